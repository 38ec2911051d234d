import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropHTMLBoilerplateTests {
  /// A portal page written for this test: menu, breadcrumb, headline, byline, article, related list,
  /// sidebar, footer.
  static let page = """
    <html><head><title>粮食总产量再创新高_财经_某某网</title>
    <meta name="pubdate" content="2024-12-09 10:20:00"></head>
    <body>
    <div id="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li>
    <li><a href="/finance">财经</a></li><li><a href="/sports">体育</a></li></ul></div>
    <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/finance">财经</a> &gt; 正文</div>
    <div class="main-wrap">
     <div class="article">
      <h1>粮食总产量再创新高</h1>
      <div class="article-info"><span class="time">2024-12-09 10:20</span> <span class="source">来源：某某网</span></div>
      <div class="article-content">
       <p>新华社北京12月9日电 国家统计局今天发布数据，全国粮食总产量再创新高，
       连续多年稳定在一万三千亿斤以上。</p>
       <p>统计局有关负责人表示，今年粮食生产克服了多种不利因素，夏粮、早稻和秋粮均实现增产，
       单位面积产量明显提高。<br>专家认为，这为稳定物价、保障民生提供了坚实基础。</p>
       <figure><img src="a.jpg"><figcaption>农民在田间收割稻谷。</figcaption></figure>
       <p>据介绍，全国粮食播种面积保持稳定，其中玉米、大豆种植面积有所增加，主要粮食品种结构持续优化。</p>
      </div>
      <div class="related"><h3>相关新闻</h3><ul><li><a href="/1">秋粮收购进度过半</a></li>
      <li><a href="/2">多地加快冬小麦播种</a></li><li><a href="/3">农业农村部部署冬春生产</a></li></ul></div>
     </div>
     <div class="sidebar"><h3>热点排行</h3><ol><li><a href="/a">某地发布暴雨预警</a></li><li><a href="/b">油价今晚下调</a></li></ol></div>
    </div>
    <div class="footer"><p>关于我们 | 联系我们 | 广告服务</p><p>Copyright © 2024 某某网 版权所有</p></div>
    </body></html>
    """

  func dropReason(_ v: Verdict) -> String? {
    if case .drop(let r) = v { return r }
    return nil
  }

  func run(_ html: String) throws -> Document {
    let bytes = Array(html.utf8)
    var doc = Document(id: "p", source: Source(path: "p.html", format: "html", bytes: bytes.count, sha256: ""), bytes: bytes)
    #expect(dropReason(try DecodeText.make().process(&doc)) == nil)
    _ = try DropHTMLBoilerplate.make().process(&doc)
    return doc
  }

  @Test func keepsTheArticleAndDropsThePageAroundIt() throws {
    let doc = try run(Self.page)
    let lines = doc.text.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines.first?.hasPrefix("新华社北京12月9日电 国家统计局今天发布数据，全国粮食总产量再创新高， 连续多年") == true)
    #expect(lines.contains("专家认为，这为稳定物价、保障民生提供了坚实基础。"))
    #expect(lines.last?.hasPrefix("据介绍") == true)
    for gone in ["首页", "相关新闻", "热点排行", "版权所有", "来源：某某网", "农民在田间收割稻谷。"] {
      #expect(!doc.text.contains(gone), "\(gone)")
    }
  }

  @Test func everyRemovedBlockIsRecordedWithItsRule() throws {
    let doc = try run(Self.page)
    #expect(doc.removed.allSatisfy { $0.rule == "drop-html-boilerplate" })
    #expect(doc.removed.contains { $0.kind == "headline" && $0.text.hasPrefix("粮食总产量再创新高") })
    #expect(doc.removed.contains { $0.kind == "caption" && $0.text.hasPrefix("农民在田间收割稻谷。") })
    #expect(doc.removed.contains { $0.kind == "boilerplate" && $0.text.hasPrefix("首页") })
    // Removed text is exactly the raw text at its offsets.
    let raw = Array(doc.raw.unicodeScalars)
    for r in doc.removed {
      #expect(String(String.UnicodeScalarView(raw[r.rawStart..<r.rawEnd])) == r.text)
    }
  }

  @Test func titleAndPublishedComeFromTheHead() throws {
    let doc = try run(Self.page)
    #expect(doc.title == "粮食总产量再创新高")
    #expect(doc.published == "2024-12-09T10:20:00")
  }

  @Test func aFormWrappingThePageIsNotBoilerplate() throws {
    // ASP.NET pages put the whole page in one <form>.
    let doc = try run(
      """
      <html><body><form id="aspnetForm"><div class="menu"><a href="/">Home</a> <a href="/n">News</a></div>
      <div class="story"><p>The council approved the budget on Monday, after a debate that lasted four hours.</p>
      <p>Members voted nine to two, and the new rules take effect in March, officials said.</p></div>
      </form></body></html>
      """)
    #expect(doc.text.contains("The council approved the budget on Monday"))
    #expect(doc.text.contains("Members voted nine to two"))
    #expect(!doc.text.contains("Home"))
  }

  @Test func commentsAreAnUnlikelySubtree() throws {
    let doc = try run(
      """
      <html><body><div class="article"><div class="content">The mayor opened the new bridge on Saturday, two years
      after work began.<br><br>Traffic will start flowing on Monday, the city said.</div></div>
      <div id="comments"><div class="comment"><p>I agree, but it begs the question, who was in charge of the
      project, and why did it take so long, and why did nobody ask, and who paid for the delays?</p></div>
      <div class="comment"><p>Great news, finally, after years of waiting, we can cross the river again, at last,
      and without the ferry, which was slow, crowded, and expensive.</p></div></div></body></html>
      """)
    #expect(doc.text.contains("The mayor opened the new bridge"))
    #expect(doc.text.contains("Traffic will start flowing on Monday"))
    #expect(!doc.text.contains("I agree"))
    #expect(!doc.text.contains("Great news"))
  }

  @Test func textInputIsUntouched() throws {
    var doc = Document(id: "t", source: Source(path: "t.txt", format: "txt", bytes: 0, sha256: ""), text: "首页\n新闻\n正文一段。")
    _ = try DropHTMLBoilerplate.make().process(&doc)
    #expect(doc.text == "首页\n新闻\n正文一段。")
    #expect(doc.removed.isEmpty)
  }

  @Test func gbkPageWithoutMetaIsDecoded() throws {
    let bytes = Array("<html><body><div class=\"content\"><p>".utf8) + ByteDecodingTests.gbk + Array("</p></div></body></html>".utf8)
    var doc = Document(id: "g", source: Source(path: "g.html", format: "html", bytes: bytes.count, sha256: ""), bytes: bytes)
    #expect(dropReason(try DecodeText.make().process(&doc)) == nil)
    #expect(doc.raw == ByteDecodingTests.gbkText)
    #expect(doc.source.encoding == "gb18030")
    #expect(doc.meta["charset"]?["method"]?.stringValue == "detected")
  }

  @Test func deeplyNestedPageIsRejected() throws {
    let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "深" + "</body></html>"
    let bytes = Array(deep.utf8)
    var doc = Document(id: "d", source: Source(path: "d.html", format: "html", bytes: bytes.count, sha256: ""), bytes: bytes)
    #expect(dropReason(try DecodeText.make().process(&doc)) == "html nested deeper than max_depth 1000")
  }

  // MARK: - Facts of removed stamp and credit blocks

  /// A Chinese article page written for this test: a stamp block under the headline and an editor's
  /// credit closing the article; no date in the head.
  static let stampedPage = """
    <html><head><title>某市新建三座水库</title></head><body>
    <article><h1>某市新建三座水库</h1>
    <div class="info">2023-05-06 08:15 来源：央视新闻客户端 编辑：王晓明</div>
    <p>记者从市水务局获悉，今年全市新建的三座中型水库已全部完工，总库容达到一亿二千万立方米，可满足周边三个县区的灌溉需要。</p>
    <p>水务局有关负责人介绍，三座水库均采用了新型防渗结构，施工期间没有发生一起安全事故，工程质量全部达到优良标准。</p>
    <p>据了解，明年该市还将启动两座水库的扩容工程，进一步提高汛期调蓄能力，保障城乡居民的饮水安全和农业生产用水。</p>
    <p>（责任编辑：李四）</p>
    </article></body></html>
    """

  @Test func factsOfRemovedStampAndCreditBlocksAreKept() throws {
    let doc = try run(Self.stampedPage)
    #expect(!doc.text.contains("来源"))
    #expect(!doc.text.contains("责任编辑"))
    #expect(doc.published == "2023-05-06T08:15")
    #expect(doc.meta["source_name"] == .string("央视新闻客户端"))
    #expect(doc.meta["editor"] == .string("王晓明"))
  }

  @Test func aCreditClosingTheArticleGivesTheEditorWhenTheStampHasNone() throws {
    let page = Self.stampedPage.replacingOccurrences(of: " 编辑：王晓明", with: "")
    let doc = try run(page)
    #expect(doc.meta["editor"] == .string("李四"))
    #expect(doc.meta["source_name"] == .string("央视新闻客户端"))
  }

  @Test func theHeadDateWinsOverAStamp() throws {
    let page = Self.stampedPage.replacingOccurrences(
      of: "<title>", with: "<meta property=\"article:published_time\" content=\"2023-05-07T09:00:00+08:00\"><title>")
    let doc = try run(page)
    #expect(doc.published == "2023-05-07T09:00:00+08:00")
  }

  @Test func aDatedHeadlineInARelatedListGivesNoFacts() throws {
    let page = Self.stampedPage
      .replacingOccurrences(of: "<div class=\"info\">2023-05-06 08:15 来源：央视新闻客户端 编辑：王晓明</div>", with: "")
      .replacingOccurrences(of: "<p>（责任编辑：李四）</p>", with: "")
      .replacingOccurrences(
        of: "</article>",
        with: "</article><div class=\"related\"><p>2023-05-01 某地发布暴雨预警</p><p>2023-04-28 水库开闸泄洪 下游群众安全转移</p></div>")
    let doc = try run(page)
    #expect(!doc.text.contains("暴雨预警"))
    #expect(doc.published == nil)
    #expect(doc.meta["source_name"] == nil)
  }

  /// An English article page written for this test: byline and date lines under the headline.
  static let englishPage = """
    <html><head><title>City opens three reservoirs | The Daily Example</title></head><body>
    <article><h1>City opens three reservoirs</h1>
    <p class="byline">By Jane Doe | Published 3 March 2021</p>
    <p>The city opened three new reservoirs on Tuesday, adding enough storage to water the farms of three counties through a dry summer, officials said.</p>
    <p>Engineers used a new kind of lining to stop leaks, and the work was finished without a single accident, according to the water bureau.</p>
    <p>Two more reservoirs will be enlarged next year to hold back floods and to keep drinking water safe for residents of the region.</p>
    </article></body></html>
    """

  @Test func englishBylineAndDateBlocksGiveAuthorAndPublished() throws {
    let doc = try run(Self.englishPage)
    #expect(!doc.text.contains("Jane Doe"))
    #expect(doc.meta["author"] == .string("Jane Doe"))
    #expect(doc.published == "2021-03-03")
  }
}
