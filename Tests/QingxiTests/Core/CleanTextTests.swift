import Testing

@testable import Qingxi

@Suite struct CleanTextTests {
  @Test func removalsReportRawOffsetsAcrossEarlierEdits() throws {
    var t = CleanText(raw: "新京报(bao)讯 据“国家安全部”微信(xin)公号")
    // First pass removes the first gloss; the second pass sees shifted offsets.
    let first = try t.apply([.remove(3..<8, rule: "r1", kind: "pinyin")])
    #expect(first == [Removal(kind: "pinyin", rule: "r1", text: "(bao)", rawStart: 3, rawEnd: 8)])
    #expect(t.string == "新京报讯 据“国家安全部”微信(xin)公号")
    let at = Array(t.scalars).firstIndex(of: "(") ?? -1
    let second = try t.apply([.remove(at..<at + 5, rule: "r1", kind: "pinyin")])
    #expect(second.first?.rawStart == at + 5)
    #expect(second.first?.text == "(xin)")
    #expect(t.string == "新京报讯 据“国家安全部”微信公号")
  }

  @Test func replacementsCarryTheOriginOfWhatTheyReplace() throws {
    var t = CleanText(raw: "a\r\nb")
    try t.apply([TextEdit(range: 1..<3, replacement: ["\n"], rule: "crlf", kind: nil)])
    #expect(t.string == "a\nb")
    #expect(t.origins == [0, 1, 3, 4])
    // A later removal of the inserted newline maps back to the whole raw CRLF it stands for.
    let r = try t.apply([.remove(1..<2, rule: "x", kind: "spacing")])
    #expect(r == [Removal(kind: "spacing", rule: "x", text: "\r\n", rawStart: 1, rawEnd: 3)])
  }

  @Test func removalsNeverOverlapEarlierOnes() throws {
    // Seed 004: the gloss goes first, then the byline line that held it.
    var t = CleanText(raw: "编辑 陈(chen)艳婷\n最新资讯")
    let first = try t.apply([.remove(4..<10, rule: "pinyin", kind: "pinyin")])
    #expect(first.map(\.text) == ["(chen)"])
    let second = try t.apply([.remove(0..<7, rule: "byline", kind: "byline")])
    #expect(second == [
      Removal(kind: "byline", rule: "byline", text: "编辑 陈", rawStart: 0, rawEnd: 4),
      Removal(kind: "byline", rule: "byline", text: "艳婷\n", rawStart: 10, rawEnd: 13),
    ])
    #expect(t.string == "最新资讯")
  }

  @Test func unrecordedEditsLeaveNoRemoval() throws {
    var t = CleanText(raw: "ａ b")
    let r = try t.apply([TextEdit(range: 0..<1, replacement: ["a"], rule: "w", kind: nil)])
    #expect(r.isEmpty)
    #expect(t.string == "a b")
  }

  @Test func overlappingEditsAreRejected() {
    var t = CleanText(raw: "abcdef")
    #expect(throws: CleanTextError.self) {
      try t.apply([.remove(0..<3, rule: "a", kind: "k"), .remove(2..<4, rule: "b", kind: "k")])
    }
  }

  @Test func editsMayComeInAnyOrder() throws {
    var t = CleanText(raw: "0123456789")
    try t.apply([.remove(7..<9, rule: "a", kind: "k"), .remove(1..<3, rule: "b", kind: "k")])
    #expect(t.string == "034569")
  }
}
