import Testing

@testable import Qingxi

@Suite struct DropMarkupRemnantsTests {
  @Test func rawLinkElementLineGoesWhole() throws {
    let line = "- <link type=\"page\"><caption> 专家解读：某项改革</caption><url href=\"http://example.com/a.shtml\" platform=\"highweb\"/></link>"
    let r = try clean(DropMarkupRemnants.make(), "法院宣判。\n\(line)\n被告人不上诉。")
    #expect(r.text == "法院宣判。\n被告人不上诉。")
    #expect(r.removed.first?.kind == "related")
  }

  @Test func inlineTagsGoTextStays() throws {
    let r = try clean(DropMarkupRemnants.make(), "判决<br/>已经生效，<strong>被告人</strong>不上诉。")
    #expect(r.text == "判决已经生效，被告人不上诉。")
    #expect(r.removed.allSatisfy { $0.kind == "markup" })
  }

  @Test func markdownImage() throws {
    let r = try clean(DropMarkupRemnants.make(), "法院宣判。![图片](http://example.com/x.jpg)被告人不上诉。")
    #expect(r.text == "法院宣判。被告人不上诉。")
  }

  @Test(arguments: ["若 a < b 且 b > c，则……", "《刑法》<<第一百条>>规定", "x <y> z 是一个变量名。", "价格<5元"])
  func keepsNonTags(line: String) throws {
    let r = try clean(DropMarkupRemnants.make(), line)
    #expect(r.text == line)
  }
}
