import Testing
@testable import Qingxi

@Suite struct PinyinGlossTests {
  func glosses(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return PinyinGloss.ranges(in: s) { CharClass.isHan($0) }.map { String(scalars: s[$0]) }
  }

  @Test func findsReadingsOfTheCharacterBefore() {
    #expect(glosses("新京报(bao)讯 微信(xin)公(gong)号") == ["(bao)", "(xin)", "(gong)"])
    #expect(glosses("长（zhang）大，长(cháng)期，陈(Chen4)艳婷") == ["（zhang）", "(cháng)", "(Chen4)"])
  }

  @Test func keepsWhatIsNotAGloss() {
    #expect(glosses("国(bao)") == [])  // not a reading of 国
    #expect(glosses("报 (bao)") == [])  // a space before: an aside
    #expect(glosses("微信(xin gong)") == [])  // two syllables
    #expect(glosses("Beijing (Běijīng) (2023)（合肥站）()") == [])
    #expect(glosses("(bao)") == [])
  }

  @Test func repeatedGlossesUseTheMemoAndAgree() {
    let text = String(repeating: "公(gong)国(gong)", count: 5)
    #expect(glosses(text) == Array(repeating: "(gong)", count: 5))
  }

  @Test func baseTestIsTheCallers() {
    let s = Array("报(bao)".unicodeScalars)
    #expect(PinyinGloss.ranges(in: s) { _ in false }.isEmpty)
    #expect(PinyinGloss.ranges(in: s) { $0.value >= 0x2E80 } == [1..<6])
  }
}
