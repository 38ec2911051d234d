import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropSEOListsTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try DropSEOLists.make(options).process(&doc)
    return doc
  }

  static let seedTail = """
    编辑 陈艳婷

    最新资讯
      • 文山县开化镇
      • 宿松县二郎镇
      • 大厂回族自治县
      • 庐阳区三牌楼街县桥街
      • 河南中青综合资讯
      • 癫痫百科
      • App百科资讯
      • sitemapsitemap1sitemap2sitemap3sitemap4sitemap5sitemap6sitemap7
        XML 地图 | Sitemap 地图
    """

  @Test func seedListAndSitemap() throws {
    let doc = try clean(Self.seedTail)
    #expect(doc.text == "编辑 陈艳婷\n\n最新资讯\n")
    #expect(doc.removed.map(\.kind) == Array(repeating: "seo_list", count: 7) + ["sitemap", "sitemap"])
    #expect(doc.removed.first?.text == "  • 文山县开化镇\n")
    #expect(doc.removed.last?.text == "    XML 地图 | Sitemap 地图")
    #expect(doc.removed.allSatisfy { $0.rule == "drop-seo-lists" })
  }

  @Test func blankLinesBetweenItems() throws {
    let doc = try clean("最新资讯\n\n• 陆河县\n\n• 武冈市荆竹镇\n\n• 久诚汽车资讯\n\n正文")
    #expect(doc.text == "最新资讯\n\n\n\n\n正文")
    #expect(doc.removed.count == 3)
  }

  // Lists that belong to an article: two bullets, bullets that are sentences, short items that are not
  // names, and a list introduced by a sentence ending in a colon.
  @Test(arguments: [
    "• 文山县开化镇\n• 宿松县二郎镇",
    "• 加强对服务外包人员的背景审查，确保其具备相应的专业技能。\n• 定期对外包服务人员开展保密教育培训。\n• 切实提升服务人员保密意识和防泄密能力。",
    "• 人工智能\n• 量子计算\n• 生物医药",
    "本次改革的试点城市包括：\n• 北京市\n• 上海市\n• 广州市",
    "-5℃\n-3℃\n-1℃",
    "谷歌地图显示，该地区交通拥堵。",
    "网站地图 | 联系我们 | 关于我们",
    "The sitemap was updated yesterday.",
  ])
  func keepsArticleList(text: String) throws {
    let doc = try clean(text)
    #expect(doc.text == text)
    #expect(doc.removed.isEmpty)
  }

  @Test func sitemapLineAlone() throws {
    let doc = try clean("正文\n网站地图\n")
    #expect(doc.text == "正文\n")
    #expect(doc.removed.map(\.kind) == ["sitemap"])
  }

  @Test func disabledKeepsEverything() throws {
    #expect(try clean(Self.seedTail, ["enabled": .bool(false)]).text == Self.seedTail)
  }
}
