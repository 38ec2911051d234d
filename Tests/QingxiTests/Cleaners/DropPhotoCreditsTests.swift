import Testing

@testable import Qingxi

@Suite struct DropPhotoCreditsTests {
  static let para = "法院审理查明，被告人张某多次收受他人财物。"

  @Test(arguments: [
    "▲某省前副省长受贿一案今日一审宣判。(图/取自法院公众号,下同)",
    "↑放流现场",
    "被告人被判处无期徒刑。(圖/翻攝《某某台》)",
    "在线庭审现场(某某网发 某某法院供图)",
    "圖像來源,AP",
    "A policeman checks the seized cigarettes. File Photo |",
    "Nine smugglers were handed severe sentences by the courtGetty Images",
  ])
  func dropsCaptionLine(line: String) throws {
    let r = try clean(DropPhotoCredits.make(), "\(Self.para)\n\(line)\n\(Self.para)。")
    #expect(r.text == "\(Self.para)\n\(Self.para)。", "\(line)")
    #expect(r.removed.first?.kind == "caption")
  }

  @Test func creditOnTheHeadlineLeavesTheHeadline() throws {
    let r = try clean(DropPhotoCredits.make(), "一批毒犯被终审宣判死刑(图片来源:某某晚报)\n\(Self.para)")
    #expect(r.text == "一批毒犯被终审宣判死刑\n\(Self.para)")
  }

  @Test func photographerCreditGluedToTheParagraph() throws {
    let r = try clean(DropPhotoCredits.make(), "起到了良好效果。 通讯员 王明 李华 摄")
    #expect(r.text == "起到了良好效果。 ")
  }

  @Test func repeatedCaptionSentence() throws {
    let cap = "执法人员在码头查获走私冻肉。某某"
    let r = try clean(DropPhotoCredits.make(), "\(cap)\n\(Self.para)\n\(cap)\n\(Self.para)。")
    #expect(r.text == "\(Self.para)\n\(Self.para)。")
    // A sentence printed twice without a credit is not taken for a caption.
    let plain = "执法人员在码头查获走私冻肉。"
    let kept = try clean(DropPhotoCredits.make(), "\(plain)\n\(Self.para)\n\(plain)")
    #expect(kept.removed.isEmpty)
  }

  @Test(arguments: [
    "被告人(另案处理)在逃。", "张某(化名)被判处有期徒刑三年。", "法院在现场进行了拍摄(见下图)。", "▲", "The photo was taken in 2019.",
    "他从北京出发前往上海参加会议。",
  ])
  func keepsContent(line: String) throws {
    let text = "\(Self.para)\n\(line)\n\(Self.para)。"
    let r = try clean(DropPhotoCredits.make(), text)
    #expect(r.text.contains(line) || line == "▲", "\(line)")
  }
}
