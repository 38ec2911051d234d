import Testing

@testable import Qingxi

@Suite("PinyinReadings")
struct PinyinReadingsTests {
  let table = PinyinReadings.shared

  @Test("table covers Unihan")
  func tableSize() {
    #expect(table.characterCount > 40_000)
    #expect(table.syllableCount > 400)
    #expect(table.syllableCount < 450)
  }

  @Test("polyphones keep every reading", arguments: [
    ("长", ["chang", "zhang"]),
    ("行", ["hang", "xing"]),
    ("重", ["chong", "zhong"]),
  ] as [(Unicode.Scalar, [String])])
  func polyphones(scalar: Unicode.Scalar, expected: [String]) {
    let readings = table.readings(of: scalar)
    for syllable in expected {
      #expect(readings.contains(syllable), "\(scalar) should read \(syllable), got \(readings)")
      #expect(table.isReading(syllable, of: scalar))
    }
    #expect(readings == readings.sorted())
  }

  @Test("single readings", arguments: [
    ("报", "bao"), ("公", "gong"), ("信", "xin"), ("积", "ji"), ("极", "ji"),
    ("京", "jing"), ("绿", "lv"), ("女", "nv"),
  ] as [(Unicode.Scalar, String)])
  func singleReadings(scalar: Unicode.Scalar, syllable: String) {
    #expect(table.isReading(syllable, of: scalar), "\(scalar) \(table.readings(of: scalar))")
  }

  @Test("supplementary-plane characters are included")
  func supplementaryPlane() {
    #expect(table.readings(of: "\u{30EDE}") == ["biang"])  // 𰻞
  }

  @Test("non-readings are rejected")
  func nonReadings() {
    #expect(!table.isReading("bao", of: "国"))
    #expect(!table.isReading("sports", of: "一"))
    #expect(!table.isReading("a", of: "站"))
    #expect(!table.isReading("www", of: "网"))
    #expect(!table.isReading("bao", of: "A"))
    #expect(!table.isReading("", of: "报"))
    #expect(!table.isReading("bào", of: "报"))  // not normalized
    #expect(table.readings(of: "A").isEmpty)
  }

  @Test("normalizeSyllable accepts glosses", arguments: [
    ("bào", "bao"), ("ba4o", "bao"), ("bao4", "bao"), ("BAO", "bao"), ("Bao", "bao"),
    ("lǜ", "lv"), ("lü", "lv"), ("lu:", "lv"), ("LǗ", "lv"), ("lv4", "lv"),
    ("ｂａｏ", "bao"), ("ＢＡＯ", "bao"), ("bao４", "bao"),
    ("zhuàng", "zhuang"), ("chang2", "chang"), ("ḿ", "m"), ("ň", "n"), ("ế", "e"),
    ("ba\u{300}o", "bao"), ("lu\u{308}\u{300}", "lv"), ("e\u{302}\u{304}", "e"),
    ("m\u{304}", "m"), ("www", "www"),
  ])
  func normalizeAccepts(raw: String, expected: String) {
    #expect(PinyinReadings.normalizeSyllable(raw) == expected)
  }

  @Test("normalizeSyllable rejects non-syllables", arguments: [
    "", "B-sports", "2023", "4", "bao 4", "ba44o", "bao6", "zhuangg", "bào4̀",
    "新", "a.b", "(bao)", "u\u{302}", "\u{301}a", "bàò",
  ])
  func normalizeRejects(raw: String) {
    #expect(PinyinReadings.normalizeSyllable(raw) == nil)
  }

  @Test("normalizeSyllable works on substrings")
  func substrings() {
    let text = "新京报(bào)讯"
    guard let open = text.firstIndex(of: "("), let close = text.firstIndex(of: ")") else {
      Issue.record("no parentheses")
      return
    }
    let gloss = text[text.index(after: open)..<close]
    let syllable = PinyinReadings.normalizeSyllable(gloss)
    #expect(syllable == "bao")
    #expect(table.isReading(syllable ?? "", of: "报"))
  }
}
