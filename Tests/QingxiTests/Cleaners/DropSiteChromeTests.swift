import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropSiteChromeTests {
  @Test(arguments: [
    ("必一运动·(B-sports)官方网站", "ad"),
    ("业界动态", "chrome"),
    ("最新资讯", "chrome"),
    ("展开阅读全文", "chrome"),
    ("上滑加载更多 ↓", "chrome"),
    ("推荐阅读:", "chrome"),
    ("友情链接:", "chrome"),
    ("更多:", "chrome"),
    ("Top", "chrome"),
    ("1 2 3 4 5", "chrome"),
    ("上一页 1 2 3 下一页", "chrome"),
    ("上一篇：国家安全部提示", "chrome"),
    ("当前位置：首页 > 新闻 > 正文", "chrome"),
  ])
  func dropsWholeLine(line: String, kind: String) throws {
    let r = try clean(DropSiteChrome.make(), "正文第一段。\n\(line)\n正文第二段。")
    #expect(r.text == "正文第一段。\n正文第二段。")
    #expect(r.removed.map(\.kind) == [kind])
    #expect(r.removed.first?.text == line + "\n")
  }

  @Test(arguments: [
    "更多信息请关注国家安全部微信公众号。",
    "官方网站显示，该公司已于去年注销。",
    "2023年7月3日，我国商务部、海关总署发布公告。",
    "标签:这是一个句子，不是标签。",
    "Top secret documents were found.",
  ])
  func keepsContent(line: String) throws {
    let r = try clean(DropSiteChrome.make(), line)
    #expect(r.text == line)
    #expect(r.removed.isEmpty)
  }

  @Test func updateTimeBecomesPublished() throws {
    let r = try clean(DropSiteChrome.make(), "正文。\n更新时间:2025-06-28\n")
    #expect(r.doc.published == "2025-06-28")
    #expect(r.text == "正文。\n")
  }

  @Test func tagsGoToMeta() throws {
    let r = try clean(DropSiteChrome.make(), "正文。\n标签:财经   稀土 \u{A0} 禁令\n")
    #expect(r.doc.meta["tags"] == .array([.string("财经"), .string("稀土"), .string("禁令")]))
  }

  @Test func repeatedHeadlineKeepsOneAndTheDate() throws {
    // Seed 004's head.
    let raw = "国家安全部:外包保洁员段某投靠境外情报机关 泄露3项国家机密\n2025-03-31 04:31:28\n国家安全部:外包保洁员段某投靠境外情报机关 泄露3项国家机密\n\n新京报讯 据“国家安全部”微信公号消息。"
    let r = try clean(DropSiteChrome.make(), raw)
    #expect(r.text == "国家安全部:外包保洁员段某投靠境外情报机关 泄露3项国家机密\n\n新京报讯 据“国家安全部”微信公号消息。")
    #expect(r.doc.published == "2025-03-31T04:31:28")
    #expect(r.removed.count == 2)
  }

  @Test func extraLabelsFromOptions() throws {
    let r = try clean(DropSiteChrome.make(["labels": .array([.string("独家报道")])]), "独家报道\n正文。")
    #expect(r.text == "正文。")
  }

  @Test(arguments: [
    ("2025-06-28", "2025-06-28"), ("2025-03-31 04:31:28", "2025-03-31T04:31:28"), ("2025/6/8 10:05", "2025-06-08T10:05"),
    ("2025年6月28日", "2025-06-28"),
  ])
  func datesNormalize(raw: String, iso: String) {
    #expect(TextPatterns.isoDateTime(Array(raw.unicodeScalars)) == iso)
  }

  @Test(arguments: ["2025-13-01", "12339", "2025-06-28 发布会", "2600"])
  func notDates(raw: String) {
    #expect(TextPatterns.isoDateTime(Array(raw.unicodeScalars)) == nil)
  }

  /// A run of digits longer than any date part is no date, however long (20 digits used to overflow).
  @Test(arguments: [20, 42, 400])
  func longDigitRunsAreNotDates(n: Int) {
    let digits = String(repeating: "9", count: n)
    for raw in [digits, "2019-01-" + digits, digits + "-01-01", "2019年" + digits + "月", "2019-01-01 " + digits + ":00"] {
      #expect(TextPatterns.isoDateTime(Array(raw.unicodeScalars)) == nil, "\(raw.prefix(30))")
    }
  }
}
