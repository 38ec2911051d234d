import Testing

@testable import Qingxi

@Suite struct JoinLineWrapsTests {
  @Test func englishWrapJoinsWithASpace() throws {
    let r = try clean(JoinLineWraps.make(), "The court in the northern city of Xingtai handed the\nsmuggler a suspended death sentence.")
    #expect(r.text == "The court in the northern city of Xingtai handed the smuggler a suspended death sentence.")
    #expect(r.removed.first?.kind == "hardwrap")
  }

  @Test func chineseClauseWrapJoinsWithNothing() throws {
    let r = try clean(JoinLineWraps.make(), "近日，由某地海警局查获的2起非法捕捞\n水产品案在\n某区法院开庭判决。")
    #expect(r.text == "近日，由某地海警局查获的2起非法捕捞水产品案在某区法院开庭判决。")
  }

  @Test(arguments: [
    "The court sentenced him to ten years.\nthe next paragraph starts lower-case.",
    "Shaoyang drug traffickers receive sentence\nA group of drug traffickers was sentenced.",
    "Copyright 2024 Example News All Rights Reserved\nprivacy policy terms of use cookies",
    "群发诈骗短信6万条,虽未得手\n河南男子仍获刑4年半",
    "法院判决如下\n一、被告人张某犯受贿罪",
    "Read the full text of the verdict here\nshare print comment",
  ])
  func leavesRealBreaks(text: String) throws {
    let r = try clean(JoinLineWraps.make(), text)
    #expect(r.text == text, "\(text)")
  }
}
