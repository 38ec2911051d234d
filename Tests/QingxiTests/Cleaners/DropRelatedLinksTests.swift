import Testing

@testable import Qingxi

@Suite struct DropRelatedLinksTests {
  static let p1 = "The court sentenced the defendant to ten years in prison on Monday."
  static let p2 = "The defendant said he would not appeal the sentence."

  @Test(arguments: [
    "ALSO READ: Markets rally as rates hold steady", "Read Also: Minister resigns after inquiry", "相关新闻：某地法院审结一批案件",
    "相關閱讀:某地法院審結一批案件",
  ])
  func dropsInlineInsert(line: String) throws {
    let r = try clean(DropRelatedLinks.make(), "\(Self.p1)\n\(line)\n\(Self.p2)")
    #expect(r.text == "\(Self.p1)\n\(Self.p2)", "\(line)")
    #expect(r.removed.first?.kind == "related")
  }

  @Test func labelAloneTakesItsHeadlines() throws {
    let r = try clean(DropRelatedLinks.make(), "\(Self.p1)\n推荐阅读\n某地法院审结一批案件\n某市开展普法宣传\n\n\(Self.p2)")
    #expect(r.text == "\(Self.p1)\n\n\(Self.p2)")
  }

  @Test func bulletedHeadlinesEndingThePage() throws {
    let r = try clean(DropRelatedLinks.make(), "\(Self.p1)\n\(Self.p2)\n- Rain expected in the north\n- Tourism booms over holiday\n- Robot sets walking record\n\n\n")
    #expect(r.text == "\(Self.p1)\n\(Self.p2)\n\n\n")
    #expect(r.removed.count == 3)
  }

  @Test func bulletedListInsideTheArticleStays() throws {
    let text = "\(Self.p1)\n- the first count\n- the second count\n- the third count\n\(Self.p2)"
    let r = try clean(DropRelatedLinks.make(), text)
    #expect(r.text == text)
  }

  @Test(arguments: ["Related charges were filed against two others.", "相关新闻报道引起广泛关注。"])
  func keepsContent(line: String) throws {
    let r = try clean(DropRelatedLinks.make(), "\(Self.p1)\n\(line)\n\(Self.p2)")
    #expect(r.text.contains(line))
  }
}
