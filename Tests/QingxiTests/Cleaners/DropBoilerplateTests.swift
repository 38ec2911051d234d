import Testing

@testable import Qingxi

@Suite struct DropBoilerplateTests {
  static let para1 = "被告人张某因受贿罪被判处有期徒刑五年，并处罚金人民币三十万元。"
  static let para2 = "法院审理查明，张某在担任某局局长期间利用职务便利为他人谋取利益。"

  @Test(arguments: [
    "发表文章发起投票", "發表文章發起投票", "读者回响", "讀者迴響", "听新闻", "跳转到主要内容", "新闻搜索:", "上一篇  下一篇",
    "Leave a Reply", "Read More", "Adjust Comment Print", "iOS App下载Android App下载", "请继续下滑阅读", "Good1Bad0", "Related Tags:", "Tags",
  ])
  func dropsFurnitureLine(line: String) throws {
    let r = try clean(DropBoilerplate.make(), "\(Self.para1)\n\(line)\n\(Self.para2)")
    #expect(r.text == "\(Self.para1)\n\(Self.para2)", "\(line)")
    #expect(r.removed.first?.rule == "drop-boilerplate")
    #expect(r.removed.first?.reason?.contains("score") == true)
  }

  @Test(arguments: [
    "法院判决:", "首个贩毒集团被铲除", "China vs US", "新闻发布会现场", "他在网上发表文章，呼吁读者关注此案。",
    "The court said the defendant would appeal the verdict to a higher court.", "走私船曾图折返香港",
  ])
  func keepsContent(line: String) throws {
    let r = try clean(DropBoilerplate.make(), "\(Self.para1)\n\(line)\n\(Self.para2)")
    #expect(r.text.contains(line), "\(line)")
    #expect(r.removed.isEmpty, "\(r.removed.map(\.reason))")
  }

  @Test func foreignScriptBannerOnChinesePage() throws {
    let text = "\(Self.para1)\nこちらのページは日本語版ではありません。移動しますか。\n\(Self.para2)\n\(Self.para1)"
    let r = try clean(DropBoilerplate.make(), text)
    #expect(!r.text.contains("こちら"))
    #expect(r.removed.first?.reason?.contains("foreign") == true)
  }

  @Test func pageIndexBetweenNavigationLines() throws {
    let text = "上一版  下一版\n某地发生一起交通事故\n市场价格平稳运行\n新闻搜索:\n\(Self.para1)\n\(Self.para2)"
    let r = try clean(DropBoilerplate.make(), text)
    #expect(r.text == "\(Self.para1)\n\(Self.para2)")
  }

  @Test func linksAfterFurnitureBelowTheLastParagraph() throws {
    let text = "The court sentenced him on Monday.\nHe will appeal.\nToday's Top News   Top China News\nNation marks holiday with parades\nRain expected in the north"
    let r = try clean(DropBoilerplate.make(), text)
    #expect(r.text == "The court sentenced him on Monday.\nHe will appeal.\n")
    #expect(r.removed.map(\.kind).contains("related"))
  }

  @Test func disabledKeepsEverything() throws {
    let text = "\(Self.para1)\n发表文章发起投票\n\(Self.para2)"
    let r = try clean(DropBoilerplate.make(["enabled": .bool(false)]), text)
    #expect(r.text == text)
  }
}
