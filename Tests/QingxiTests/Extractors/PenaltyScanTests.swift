import Testing

@testable import Qingxi
import QingxiNumbers

// The shared helpers of the penalty, money and secret-count extractors.
@Suite struct PenaltyScanTests {
  func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  // The count written right before an offset, in any numeral form; none when it continues a number.
  @Test(arguments: [("提供7项", 7 as Int?), ("提供 12 项", 12), ("窃取三项", 3), ("其他十一项", 11), ("共计一百二十项", 120), ("多项", nil)])
  func countEndingAt(text: String, value: Int?) {
    let s = scalars(text)
    var end = s.count - 1 // before 项
    while end > 0, s[end - 1] == " " { end -= 1 }
    #expect(PenaltyScan.count(endingAt: end, s, lower: 0)?.value == value, "\(text)")
  }

  @Test func days30CountsMonthsAsThirtyDays() {
    #expect(PenaltyScan.days30(TimeDelta(months: 6)) == 180)
    #expect(PenaltyScan.days30(TimeDelta(months: 4, days: 15)) == 135)
    #expect(PenaltyScan.days30(TimeDelta(days: 15)) == 15)
    #expect(PenaltyScan.days30(TimeDelta(hours: 5)) == nil)
  }

  // Lower-case hypothetical words only: the month May is not "may".
  @Test(arguments: [("He faces up to ", true), ("He could be sentenced to ", true), ("In May the court sentenced him to ", false),
                    ("The court sentenced him to ", false)])
  func englishHypothetical(text: String, hypothetical: Bool) {
    let s = scalars(text)
    #expect(PenaltyScan.isHypotheticalEn(s, s.count, lower: 0) == hypothetical, "\(text)")
  }

  // 最高 is a maximum, but not in 最高人民法院.
  @Test(arguments: [("最高可判处", true), ("最高人民法院核准", false), ("可能面临", true), ("法院判处", false)])
  func chineseHypothetical(text: String, hypothetical: Bool) {
    let s = scalars(text)
    #expect(PenaltyScan.isHypotheticalZh(s, 0..<s.count) == hypothetical, "\(text)")
  }

  // A comma between digits is a thousands separator, not a clause break.
  @Test func clauseBounds() {
    let s = scalars("fined, RMB 100,000 and more")
    #expect(PenaltyScan.clauseStart(s, 14, lower: 0) == 6)
    #expect(PenaltyScan.clauseEnd(s, 7, limit: s.count) == s.count)
  }

  @Test func longestOfOverlappingCandidates() {
    let kept = PenaltyScan.longestNonOverlapping([(range: 5..<9, value: "a"), (range: 3..<12, value: "b"), (range: 20..<22, value: "c")])
    #expect(kept.map(\.value) == ["b", "c"])
  }

  @Test func latinPhrasesFoldCaseAndNeedWholeWords() {
    let s = scalars("In Prison terms, imprisonment")
    #expect(LatinWords.phrase(s, 3, limit: s.count, [Literal.scalars("prison"), Literal.scalars("term")]) == nil)
    #expect(LatinWords.phrase(s, 3, limit: s.count, [Literal.scalars("prison"), Literal.scalars("terms")]) == 15)
    #expect(LatinWords.wordsBefore(s, 17, lower: 0, count: 5).isEmpty) // the comma ends the clause
  }
}
