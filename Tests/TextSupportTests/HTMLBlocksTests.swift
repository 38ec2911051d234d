import Testing

@testable import TextSupport

@Suite struct HTMLBlocksTests {
  func page(_ html: String, maxDepth: Int = 1000) throws -> HTMLPage {
    try HTMLPage.parse(utf8: Array(html.utf8), maxDepth: maxDepth)
  }

  func lines(_ html: String) throws -> [String] {
    try page(html).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func lineBreaksInsideAParagraphAreSpaces() throws {
    #expect(try lines("<body><p>第一句，\n  接着写。\n</p><p>Second\n\tline   here.</p></body>") == ["第一句， 接着写。", "Second line here."])
  }

  @Test func brAndBlockTagsBreak() throws {
    #expect(try lines("<body><div>甲<br>乙<br/><br>丙<p>丁</p>戊</div></body>") == ["甲", "乙", "丙", "丁", "戊"])
    let p = try page("<body><div>甲<br>乙</div></body>")
    #expect(p.blocks[1].flags.contains(.afterBreak))
    #expect(!p.blocks[0].flags.contains(.afterBreak))
  }

  @Test func theShortCellsOfARowShareALine() throws {
    let html = """
      <body><p>Standings after the final race:</p><table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
      <tr><td>1</td><td>Ann Lee</td><td>5040</td></tr><tr><td>2</td><td>Bo Chen</td><td>5035</td></tr></table></body>
      """
    let p = try page(html)
    #expect(p.text.split(separator: "\n").map(String.init) == ["Standings after the final race:", "Pos.\tDriver\tPoints", "1\tAnn Lee\t5040", "2\tBo Chen\t5035"])
    // Every cell is still a block of its own.
    #expect(p.blocks.count == 10)
    #expect(p.blocks.map { String(p.text.unicodeScalars.dropFirst($0.range.lowerBound).prefix($0.range.count)) }[5] == "Ann Lee")
  }

  @Test func aLongCellOfALayoutTableKeepsItsOwnLine() throws {
    let long = String(repeating: "国家统计局今天发布数据，粮食总产量再创新高。", count: 4)
    let lines = try lines("<body><table><tr><td>首页</td><td>\(long)</td><td>热点</td></tr></table></body>")
    #expect(lines == ["首页", long, "热点"])
  }

  @Test func inlineElementsDoNotBreak() throws {
    #expect(try lines("<body><p>国家<b>安全</b>部<a href='/x'>发布</a> 提示</p></body>") == ["国家安全部发布 提示"])
  }

  @Test func hiddenScriptsStylesTemplatesAndCommentsNeverReachTheText() throws {
    let html = """
      <html><head><style>p{color:red}</style><script>var a = "脚本";</script></head><body>
      <p>看得见</p>
      <div style="display: none">隐藏一</div><div hidden>隐藏二</div><span aria-hidden="true">隐藏三</span>
      <p style="visibility:hidden">隐藏四</p><template><p>模板</p></template><noscript>无脚本</noscript>
      <!-- 注释 --><script>document.write("写入")</script><p>也看得见</p></body></html>
      """
    #expect(try lines(html) == ["看得见", "也看得见"])
  }

  @Test func blocksCarryKindLinksAndSemantics() throws {
    let html = """
      <body><nav><ul><li><a href="/">首页</a></li></ul></nav>
      <article class="article-content"><h1>标题</h1><p>正文<a href="/a">链接</a>。</p>
      <figure><img src="x.jpg"><figcaption>图说</figcaption></figure></article>
      <footer><p>版权所有</p></footer></body>
      """
    let p = try page(html)
    let byText = Dictionary(uniqueKeysWithValues: p.blocks.map { (String(p.text.unicodeScalars.dropFirst($0.range.lowerBound).prefix($0.range.count)), $0) })
    #expect(byText["首页"]?.kind == .li)
    #expect(byText["首页"]?.flags.contains(.nav) == true)
    #expect(byText["首页"]?.linkScalars == 2)
    #expect(byText["标题"]?.kind == .h1)
    #expect(byText["正文链接。"]?.kind == .p)
    #expect(byText["正文链接。"]?.linkScalars == 2)
    #expect(byText["正文链接。"]?.flags.contains(.article) == true)
    #expect((byText["正文链接。"]?.hint ?? 0) > 0)
    #expect(byText["图说"]?.kind == .figcaption)
    #expect(byText["版权所有"]?.flags.contains(.footer) == true)
  }

  @Test func headFactsAreReported() throws {
    let html = """
      <html lang="zh-CN"><head><meta charset="utf-8"><title>标题_新浪网</title>
      <meta property="og:title" content="标题"><meta name="Author" content="张三">
      <link rel="canonical" href="https://example.com/a.html">
      <script type="application/ld+json">{"datePublished": "2020-01-02"}</script></head>
      <body><p>正文</p><time datetime="2020-01-03">1月3日</time></body></html>
      """
    let facts = try page(html).facts
    func value(_ k: String) -> String? { facts.first { $0.key == k }?.value }
    #expect(value("title") == "标题_新浪网")
    #expect(value("meta:og:title") == "标题")
    #expect(value("meta:author") == "张三")
    #expect(value("canonical") == "https://example.com/a.html")
    #expect(value("lang") == "zh-CN")
    #expect(value("ld+json") == "{\"datePublished\": \"2020-01-02\"}")
    #expect(value("time") == "2020-01-03")
    #expect(try lines(html) == ["正文", "1月3日"])
  }

  @Test func deepNestingIsRejectedNotACrash() throws {
    let deep = String(repeating: "<div>", count: 100_000) + "深" + String(repeating: "</div>", count: 100_000)
    #expect(throws: HTMLPage.Failure.tooDeep(limit: 1000)) { try page("<body>" + deep + "</body>") }
    // Within the limit it parses.
    let fine = String(repeating: "<div>", count: 200) + "浅" + String(repeating: "</div>", count: 200)
    #expect(try lines("<body>" + fine + "</body>") == ["浅"])
  }

  @Test func oversizeIsRejected() throws {
    #expect(throws: HTMLPage.Failure.tooLarge(limit: 10)) {
      try HTMLPage.parse(utf8: Array("<p>0123456789</p>".utf8), maxBytes: 10)
    }
  }

  @Test func brokenMarkupNeverCrashes() throws {
    let inputs = [
      "", "<html>", String(repeating: "<", count: 100_000), "<div " + String(repeating: "a=b ", count: 50_000) + ">x</div>",
      "<table>" + String(repeating: "<tr><td>", count: 5_000) + "x", "<pre>" + String(repeating: "\n", count: 10_000) + "x</pre>",
      "<html><head><title>" + String(repeating: "t", count: 100_000), "<p>a<!-- unclosed comment", "<p>&#0;&#xD800;&bogus;</p>",
    ]
    for html in inputs {
      do {
        let p = try page(html)
        // Every block range lies inside the text.
        let count = p.text.unicodeScalars.count
        #expect(p.blocks.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= count })
      } catch {
        #expect((error as? HTMLPage.Failure) == .tooDeep(limit: 1000))
      }
    }
  }

  @Test func tagCodesMatchTheCSide() {
    #expect(HTMLTag.allCases.count == HTMLPage.tagCodeCount)
    #expect(HTMLTag.allCases.enumerated().allSatisfy { Int($1.rawValue) == $0 })
  }
}
