import QingxiTestSupport
import Testing

@testable import Qingxi

/// JSON Lines of other shapes (`--text-field`, `--id-field`, `--html-field`) and the fields used as such
/// (`title`, `published`, `url`, `lang`).
@Suite struct JSONLinesRecordTests {
  func read(_ line: String, _ fields: JSONLinesFields = .default) -> Result<Document, ReadFailure>? {
    JSONLinesRecord.read(Array(line.utf8), number: 3, path: "in/feed.jsonl", id: "feed", format: "jsonl", fields: fields)
  }

  func document(_ line: String, _ fields: JSONLinesFields = .default) throws -> Document {
    guard case .success(let d)? = read(line, fields) else {
      Issue.record("no document from \(line)")
      throw ReadFailure(input: "", id: "", reason: "no document")
    }
    return d
  }

  func reason(_ line: String, _ fields: JSONLinesFields = .default) -> String? {
    guard case .failure(let f)? = read(line, fields) else { return nil }
    return f.reason
  }

  /// The records the default pipeline writes for one JSON Lines line.
  func records(_ line: String, _ fields: JSONLinesFields = .default) throws -> [Document] {
    try DefaultPipeline.build().run(try document(line, fields)).compactMap {
      if case .written(let d) = $0 { d } else { nil }
    }
  }

  @Test func textFieldNamesTheContentEvenNested() throws {
    let fields = JSONLinesFields(text: "content.body")
    let d = try document(#"{"content":{"body":"法院判处被告人有期徒刑三年。","lead":"导语"},"n":1}"#, fields)
    #expect(d.raw == "法院判处被告人有期徒刑三年。")
    // The content is not carried twice; its siblings are.
    #expect(d.meta["content"] == .object(["lead": .string("导语")]))
    #expect(d.meta["n"] == .int(1))
    #expect(d.source.bytes == "法院判处被告人有期徒刑三年。".utf8.count)
    // A key holding a dot is found as it is.
    let flat = try document(#"{"content.body":"甲。","content":{"body":"乙。"}}"#, fields)
    #expect(flat.raw == "甲。")
    #expect(flat.meta["content"] != nil && flat.meta["content.body"] == nil)
    // A nested object left empty goes.
    #expect(try document(#"{"content":{"body":"丙。"}}"#, fields).meta.isEmpty)
  }

  @Test func idFieldNamesTheIdAndAnUnusableOneStaysInMeta() throws {
    let fields = JSONLinesFields(id: "doc_id")
    let d = try document(#"{"doc_id":"sina-42","id":"other","text":"稀土。"}"#, fields)
    #expect(d.id == "sina-42")
    #expect(d.meta["id"] == .string("other") && d.meta["doc_id"] == nil)
    #expect(try document(#"{"doc_id":17,"text":"稀土。"}"#, fields).id == "17")
    let unusable = try document(#"{"doc_id":{"n":1},"text":"稀土。"}"#, fields)
    #expect(unusable.id == "feed:3")
    #expect(unusable.meta["doc_id"] == .object(["n": .int(1)]))
    #expect(try document(#"{"text":"稀土。"}"#, fields).id == "feed:3")
  }

  @Test func aMissingContentFieldIsRejectedNamingIt() {
    #expect(reason(#"{"body":"稀土。"}"#) == "line 3: no field `text`")
    #expect(reason(#"{"text":"稀土。"}"#, JSONLinesFields(text: "content.body")) == "line 3: no field `content.body`")
    #expect(reason(#"{"content":"稀土。"}"#, JSONLinesFields(text: "content.body")) == "line 3: no field `content.body`")
    #expect(reason(#"{"text":"稀土。"}"#, JSONLinesFields(html: "raw_html")) == "line 3: no field `raw_html`")
    // The rejection names the record by its own id when it has one.
    if case .failure(let f)? = read(#"{"id":"n7","body":"稀土。"}"#) {
      #expect(f.id == "n7" && f.input == "in/feed.jsonl:3")
    } else {
      Issue.record("not rejected")
    }
    if case .failure(let f)? = read(#"{"body":"稀土。"}"#) { #expect(f.id == "feed:3") }
  }

  @Test func aNonStringContentFieldIsRejectedSayingWhatItIs() {
    #expect(reason(#"{"text":42}"#) == "line 3: field `text` is a number, not a string")
    #expect(reason(#"{"text":null}"#) == "line 3: field `text` is null, not a string")
    #expect(reason(#"{"text":["a"]}"#) == "line 3: field `text` is an array, not a string")
    #expect(reason(#"{"html":{"a":1}}"#, JSONLinesFields(html: "html")) == "line 3: field `html` is an object, not a string")
  }

  static let page = """
    <html lang="zh-CN"><head><title>法院审结一起泄密案_新闻中心_某某网</title>
    <meta property="article:published_time" content="2024-04-15T09:00:00+08:00"></head>
    <body><nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/law">法治</a> <a href="/video">视频</a></nav>
    <article><h1>法院审结一起泄密案</h1>
    <p>记者从法院获悉，被告人张某因为境外非法提供国家秘密罪，被判处有期徒刑五年，剥夺政治权利一年。</p>
    <p>法院审理查明，张某于2021年起多次向境外人员提供内部资料，从中获利人民币十万元。</p></article>
    <footer>版权所有 某某网 京ICP备12345678号</footer></body></html>
    """

  static func htmlLine(_ extra: String = "") -> String {
    var o = JSONObject([("id", .string("p1")), ("html", .string(page))])
    if !extra.isEmpty, case .object(let more)? = try? JSONValue.parse(extra) {
      for (k, v) in more.pairs { o[k] = v }
    }
    return JSONValue.object(o).serialized()
  }

  @Test func htmlFieldGoesThroughTheHTMLPath() throws {
    let fields = JSONLinesFields(html: "html")
    let read = try document(Self.htmlLine(), fields)
    #expect(read.contentFormat == .html && read.bytes != nil && read.meta["html"] == nil)
    let out = try records(Self.htmlLine(), fields)
    let d = try #require(out.first)
    #expect(d.source.format == "jsonl" && d.source.encoding == "utf-8")
    // The page's chrome is gone, the article kept; head facts read as from an .html file.
    #expect(d.text.contains("被判处有期徒刑五年") && d.text.contains("从中获利人民币十万元"))
    #expect(!d.text.contains("首页") && !d.text.contains("版权所有"))
    #expect(d.removed.contains { $0.rule == "drop-html-boilerplate" })
    #expect(d.title == "法院审结一起泄密案")
    #expect(d.published == "2024-04-15T09:00:00+08:00")
    #expect(d.meta["html_lang"] == .string("zh-CN"))
    #expect(d.entities.contains { $0.type == .prisonTerm })
  }

  @Test func theRecordsOwnFactsWinOverThePages() throws {
    let fields = JSONLinesFields(html: "html")
    let line = Self.htmlLine(#"{"title":" 张某泄密案  宣判 ","published":"2024-04-16 08:30:00","url":"https://news.example.cn/a/1.html"}"#)
    let d = try #require(try records(line, fields).first)
    #expect(d.title == "张某泄密案 宣判")
    #expect(d.published == "2024-04-16T08:30:00")
    #expect(d.source.url == "https://news.example.cn/a/1.html")
    // Still carried through, as every field.
    #expect(d.meta["url"] == .string("https://news.example.cn/a/1.html"))
  }

  @Test func titleURLAndLangAreUsed() throws {
    let d = try #require(
      try records(#"{"text":"短标题\n\n法院判处被告人有期徒刑三年。","title":"输入的标题","url":"http://x.cn/1","lang":"zh-Hans"}"#).first)
    #expect(d.title == "输入的标题")
    #expect(d.source.url == "http://x.cn/1")
    #expect(d.languageHint == "zh-Hans")
    #expect(d.record()["source"]?["url"] == .string("http://x.cn/1"))
    // Without a title field the first heading is the title, as before.
    #expect(try records(#"{"text":"短标题\n\n法院判处被告人有期徒刑三年。"}"#).first?.title == "短标题")
    // The declared language decides only what the text cannot: a page of figures.
    #expect(try records(#"{"text":"95.5 / 100","lang":"en-US"}"#).first?.lang == .en)
    #expect(try records(#"{"text":"95.5 / 100"}"#).first?.lang == .undetermined)
    #expect(try records(#"{"text":"法院判处被告人有期徒刑三年。","lang":"en"}"#).first?.lang == .zh)
  }

  @Test func otherFactFieldNamesCanBeGiven() throws {
    let fields = JSONLinesFields(title: "headline", published: "meta.pubtime", url: "link")
    let d = try document(#"{"text":"稀土。","headline":"标题","meta":{"pubtime":1614911400},"link":"http://y.cn"}"#, fields)
    #expect(d.title == "标题")
    #expect(d.published == "2021-03-05T02:30:00Z")
    #expect(d.source.url == "http://y.cn")
  }

  @Test func publishedAnchorsRelativeDates() throws {
    let zh = try #require(try records(#"{"text":"被告人张某昨日被判处有期徒刑三年。","published":"2021年3月5日 10:20"}"#).first)
    #expect(zh.published == "2021-03-05T10:20")
    #expect(Self.dates(zh) == ["昨日 2021-03-04 relative"])
    let en = try #require(try records(#"{"text":"The court sentenced him to three years in prison yesterday.","published":"Fri, 05 Mar 2021 10:20:00 +0800"}"#).first)
    #expect(en.published == "2021-03-05T10:20:00+08:00")
    #expect(Self.dates(en) == ["yesterday 2021-03-04 relative"])
    // Without a publication date the relative word names no date.
    let bare = try #require(try records(#"{"text":"被告人张某昨日被判处有期徒刑三年。"}"#).first)
    #expect(Self.dates(bare) == [])
  }

  /// Each date entity as `text value [relative]`.
  static func dates(_ d: Document) -> [String] {
    d.entities.compactMap {
      guard case .date(let v) = $0.value else { return nil }
      return "\($0.text) \(v.value)" + (v.relative ? " relative" : "")
    }
  }

  @Test func anUnparseablePublishedStaysInMetaAndIsCounted() throws {
    let d = try document(#"{"text":"稀土。","published":"上周五"}"#)
    #expect(d.published == nil && d.unparsedPublished)
    #expect(d.meta["published"] == .string("上周五"))
    let result = PipelineExecutor(pipeline: try DefaultPipeline.build()).process(d)
    #expect(result.written.count == 1)
    #expect(result.written.first?.published == nil)
    #expect(result.stats.unparsedPublished == 1 && result.stats.unparsedPublishedExamples == ["feed:3"])
    let summary = RunSummary(pipeline: "default", stats: result.stats).json()
    #expect(summary["unparsed_published"] == .object(["count": .int(1), "first": .array([.string("feed:3")])]))
    // Empty and null dates say nothing and are not reported.
    #expect(try !document(#"{"text":"稀土。","published":""}"#).unparsedPublished)
    #expect(try !document(#"{"text":"稀土。","published":null}"#).unparsedPublished)
  }

  @Test func fieldPathsRejectEmptySegments() {
    #expect(FieldPath(parsing: "") == nil && FieldPath(parsing: "a..b") == nil && FieldPath(parsing: ".a") == nil && FieldPath(parsing: "a.") == nil)
    #expect(FieldPath(parsing: "a.b")?.name == "a.b")
  }

  @Test func theRunReadsOtherShapesFromFiles() {
    let body = #"{"doc_id":"x1","content":{"body":"稀土。"}}"# + "\n" + #"{"doc_id":"x2"}"# + "\n"
    let items = DocumentReader.read(
      bytes: Array(body.utf8), path: "feed.jsonl", id: "feed", fields: JSONLinesFields(text: "content.body", id: "doc_id"))
    var ids: [String] = []
    var reasons: [String] = []
    for item in items {
      switch item {
      case .document(let d): ids.append(d.id)
      case .failure(let f): reasons.append(f.reason)
      }
    }
    #expect(ids == ["x1"])
    #expect(reasons == ["line 2: no field `content.body`"])
  }
}
