import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct StripMarkdownTests {
  @Test(arguments: [
    // Seed 001: a paragraph wrapped in bold markers.
    ("** Song was a student at a certain college. **", "Song was a student at a certain college."),
    ("这是**重点**内容", "这是重点内容"),
    ("## 离职的背后", "离职的背后"),
    // Seed 000: a stray label alone on its line keeps its words.
    ("[诈骗套路解析]", "诈骗套路解析"),
    ("【微信官方声明】", "微信官方声明"),
  ])
  func strips(raw: String, expected: String) throws {
    let r = try clean(StripMarkdown.make(), raw)
    #expect(r.text == expected)
    #expect(!r.removed.isEmpty)
    #expect(r.removed.allSatisfy { $0.kind == "markup" })
  }

  @Test(arguments: [
    "[免责声明]文章描述过程、图片都来源于网络",
    "根据[有关规定]处理",
    "[1]",
    "5 * 3 = 15",
    "#12339 举报",
    "[这是一个非常非常长的方括号里的句子，它不是标签而是正文内容]",
  ])
  func keeps(raw: String) throws {
    let r = try clean(StripMarkdown.make(), raw)
    #expect(r.text == raw)
  }

  @Test func boldMarkersRecordTheirRawText() throws {
    let r = try clean(StripMarkdown.make(), "** Fu refused. **")
    #expect(r.removed.map(\.text) == ["** ", " **"])
    #expect(r.removed.map(\.rawStart) == [0, 14])
  }
}
