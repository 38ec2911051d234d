import Testing

@testable import Qingxi

@Suite struct DropInjectedSpamTests {
  @Test func keywordStuffedLine() throws {
    let line = "精品免费一区二区,精品无码一区,久久精品在线,精品久久成人视频,国产精品在线"
    let r = try clean(DropInjectedSpam.make(), "\(line)\n法院依法作出判决。")
    #expect(r.text == "法院依法作出判决。")
    #expect(r.removed.first?.kind == "seo_list")
  }

  @Test func gamblingBrandInjectedMidSentence() throws {
    let r = try clean(DropInjectedSpam.make(), "今日法院召开新闻发布会引abc体育官网见，全年审结案件15万件。")
    #expect(r.text == "今日法院召开新闻发布会引见，全年审结案件15万件。")
    #expect(r.removed.first?.kind == "ad")
  }

  @Test func socialPromotionLine() throws {
    let r = try clean(DropInjectedSpam.make(), "法院宣判。\n【某某娛樂IG】最新藝人動態快追蹤\n被告人不上诉。")
    #expect(r.text == "法院宣判。\n被告人不上诉。")
  }

  @Test func antiCopyRandomString() throws {
    let r = try clean(DropInjectedSpam.make(), "本案判决书Xk3pQ9已经生效。")
    #expect(r.text == "本案判决书已经生效。")
  }

  @Test(arguments: [
    "医护人员佩戴N95型口罩进入现场。", "他计划驾驶CH-47契努克直升机叛逃。", "他买了iPhone12Pro手机。", "苹果、香蕉、橘子、葡萄都是水果，价格各不相同。",
    "某体育官网发布声明。", "北京、上海、广州、深圳",
  ])
  func keepsContent(line: String) throws {
    let r = try clean(DropInjectedSpam.make(), line)
    #expect(r.text == line, "\(line)")
  }
}
