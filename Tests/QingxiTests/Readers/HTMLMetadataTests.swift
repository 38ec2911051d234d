import Testing

@testable import Qingxi

@Suite struct HTMLMetadataTests {
  func meta(_ facts: [(String, String)], headings: [String] = []) -> HTMLMetadata {
    HTMLMetadata(facts: facts.map { (key: $0.0, value: $0.1) }, headings: headings)
  }

  @Test(arguments: [
    ("多地项目连环爆雷 狂奔的龙湖集团_网易财经", "多地项目连环爆雷 狂奔的龙湖集团"),
    ("国家统计局发布粮食产量数据 - 新华网", "国家统计局发布粮食产量数据"),
    ("Grain output hits a record | Reuters", "Grain output hits a record"),
    ("标题很长的一篇新闻报道_财经_新浪网", "标题很长的一篇新闻报道"),
    ("COVID-19 cases rise in the city", "COVID-19 cases rise in the city"),
    ("  Tabs\tand\nbreaks  ", "Tabs and breaks"),
  ])
  func titleLosesTheSiteSuffix(raw: String, title: String) {
    #expect(meta([("title", raw)]).title == title)
  }

  @Test func ogTitleWinsAndH1ConfirmsIt() {
    #expect(meta([("title", "页面标题 - 某网"), ("meta:og:title", "真正的标题")]).title == "真正的标题")
    #expect(meta([("title", "真正的标题 - 频道 - 某网")], headings: ["真正的标题"]).title == "真正的标题")
    #expect(meta([], headings: ["只有一级标题"]).title == "只有一级标题")
  }

  @Test func publishedFromMetaJSONLDAndTime() {
    #expect(meta([("meta:article:published_time", "2019-09-07T13:43:45+08:00")]).published == "2019-09-07T13:43:45+08:00")
    #expect(meta([("meta:pubdate", "2020/1/2 08:05")]).published == "2020-01-02T08:05")
    #expect(meta([("ld+json", #"{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-03-04T05:06:07Z","author":{"@type":"Person","name":"Jane Roe"}}]}"#)]).published == "2021-03-04T05:06:07Z")
    #expect(meta([("time", "2018-05-06")]).published == "2018-05-06")
    #expect(meta([("meta:publishdate", "2017年8月9日")]).published == "2017-08-09")
    #expect(meta([("meta:pubdate", "yesterday")]).published == nil)
  }

  @Test func authorFromMetaOrJSONLD() {
    #expect(meta([("meta:author", "张三")]).author == "张三")
    #expect(meta([("meta:article:author", "https://x.com/u"), ("ld+json", #"{"author":[{"name":"A"},{"name":"B"}]}"#)]).author == "A, B")
  }

  @Test func langCanonicalAndSite() {
    let m = meta([("lang", "zh-CN"), ("canonical", "https://example.com/a"), ("meta:og:site_name", "例网")])
    #expect(m.lang == "zh-CN")
    #expect(m.canonicalURL == "https://example.com/a")
    #expect(m.siteName == "例网")
  }
}
