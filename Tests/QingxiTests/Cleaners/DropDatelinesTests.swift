import Testing

@testable import Qingxi

@Suite struct DropDatelinesTests {
  @Test(arguments: [
    ("本报讯(记者 王明 李华)昨天上午，市中级人民法院公开宣判。", "昨天上午，市中级人民法院公开宣判。"),
    ("本报讯 (记者 王明 通讯员 李 华) 近日，法院审结一起案件。", "近日，法院审结一起案件。"),
    ("某某在线06月27日讯\n昨天是国际禁毒日。", "昨天是国际禁毒日。"),
    ("某某日报1月2日讯:近日，法院公开宣判。", "近日，法院公开宣判。"),
    ("新华社杭州12月15日电(记者王明)某市中级人民法院集中宣判。", "新华社杭州12月15日电某市中级人民法院集中宣判。"),
    ("某某網天津2月24日消息(記者王明)2月24日上午，法院開庭。", "某某網天津2月24日消息2月24日上午，法院開庭。"),
    ("(某某社北京14日綜合外電報導)法院今天宣判。", "法院今天宣判。"),
    ("法院依法作出判决。(撰稿:王明,責編:李華)", "法院依法作出判决。"),
    ("两国关系随之紧张。(譯者:王明)1080114", "两国关系随之紧张。"),
    ("将共同开展增殖放流活动。(某某海警局 王明)", "将共同开展增殖放流活动。"),
    ("記者王明/綜合報導\n法院今天宣判。", "法院今天宣判。"),
    ("综合报导\n法院今天宣判。", "法院今天宣判。"),
    ("文◎王 明*\n法院今天宣判。", "法院今天宣判。"),
    ("新聞來源:某某新聞\n法院今天宣判。", "法院今天宣判。"),
    ("N据新华社电\n法院今天宣判。", "法院今天宣判。"),
    ("【某某新聞台】法院今天宣判。", "法院今天宣判。"),
    ("法院今天宣判。\nreporter@example.com", "法院今天宣判。\n"),
    ("Court jails nine\nBy Jane Doe\nThe court said on Monday.", "Court jails nine\nThe court said on Monday."),
    ("Court jails nine\nJane Doe, Beijing\nThe court said on Monday.", "Court jails nine\nThe court said on Monday."),
    ("Court jails nine\nJane Doe, Beijing\nThe Daily Example\nThe court said on Monday.", "Court jails nine\nThe court said on Monday."),
  ])
  func removesCredit(raw: String, expected: String) throws {
    let r = try clean(DropDatelines.make(), raw)
    #expect(r.text == expected, "\(raw)")
    #expect(r.removed.allSatisfy { $0.reason != nil })
  }

  @Test func captionSentenceBesideADateline() throws {
    let r = try clean(DropDatelines.make(), "一名女子在法庭外痛哭。\n某某在线06月27日讯\n昨天是国际禁毒日。")
    #expect(r.text == "昨天是国际禁毒日。")
    #expect(r.removed.map(\.kind) == ["caption", "byline"])
    let glued = try clean(DropDatelines.make(), "毒贩听候宣判。 本报讯(记者 王明)昨天是禁毒日。")
    #expect(glued.text == "昨天是禁毒日。")
  }

  @Test func recordsAuthorAndEditor() throws {
    let r = try clean(DropDatelines.make(), "本报讯(记者 王明)法院宣判。\n法院依法作出判决。(撰稿:李华,责编:赵强)")
    #expect(r.doc.meta["author"] == .string("王明"))
    #expect(r.doc.meta["editor"] == .string("赵强"))
  }

  @Test(arguments: [
    "记者从市中级人民法院获悉，该案已审结。", "被告人(另案处理)在逃。", "他说：“文化(传统)很重要。”", "本报讯员是一个不存在的词。", "警方于5日讯问了两名嫌疑人。",
    "新华社杭州12月15日电 某市中级人民法院集中宣判。", "China vs US", "The court, Beijing", "卓某等人(均另案处理)共谋建立网站。",
    "法院判处其有期徒刑三年。(完)",
  ])
  func keepsContent(line: String) throws {
    let r = try clean(DropDatelines.make(), line)
    #expect(r.text == line, "\(line)")
  }
}
