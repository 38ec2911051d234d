import Testing

@testable import Qingxi

@Suite struct ContentKeyTests {
  @Test func copiesDifferingInCompositionOrSpacingMatch() {
    let key = ContentKey.of("法院判处 café。")
    #expect(ContentKey.of("  法院判处\u{3000}\n cafe\u{301}。 ") == key)
    #expect(ContentKey.of("法院判处\tcafé。") == key)
    // Conjoining jamo compose to the syllable.
    #expect(ContentKey.of("\u{1100}\u{1161}") == ContentKey.of("가"))
  }

  @Test func differentTextDiffers() {
    #expect(ContentKey.of("法院判处三年。") != ContentKey.of("法院判处五年。"))
    #expect(ContentKey.of("Court") != ContentKey.of("court"))
    #expect(ContentKey.of("a b") != ContentKey.of("ab"))
  }

  @Test func normalisedTextIsWhatIsHashed() {
    #expect(ContentKey.normalized(" a \u{3000} b\n") == Array("a b".utf8))
    #expect(ContentKey.normalized("") == [])
  }
}
