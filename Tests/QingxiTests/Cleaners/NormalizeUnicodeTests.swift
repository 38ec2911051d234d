import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct NormalizeUnicodeTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> (String, [Removal]) {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try NormalizeUnicode.make(options).process(&doc)
    return (doc.text, doc.removed)
  }

  @Test(arguments: [
    ("２０２３年７月３日", "2023年7月3日"),
    ("ＡＢＣ公司ｘｙｚ", "ABC公司xyz"),
    ("增长５０％，达到＄１００", "增长50%，达到$100"),
    ("“稀土”，（合肥站）！？：；、。", "“稀土”，（合肥站）！？：；、。"),
    ("a\u{00A0}b\u{3000}c\u{2009}d", "a b c d"),
    ("一\r\n二\r三", "一\n二\n三"),
    ("Cafe\u{301} ", "Café "),
  ])
  func folds(raw: String, expected: String) throws {
    let (text, removed) = try clean(raw)
    #expect(text == expected)
    #expect(removed.isEmpty, "width folding is not a removal")
  }

  @Test func optionsSwitchFoldsOff() throws {
    #expect(try clean("ＡＢ\u{3000}", ["fullwidth_ascii": .bool(false), "ideographic_space": .string("keep")]).0 == "ＡＢ\u{3000}")
  }
}
