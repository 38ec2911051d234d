import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractPersonsTests {
  func persons(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractPersons.make()])
    let found = doc.entities.filter { $0.type == .person }
    for e in found { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return found
  }

  func expectMarked(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let m = MarkedText(marked)
    let found = try persons(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(found.map(\.text))", sourceLocation: sourceLocation)
  }

  func ids(_ found: [Entity]) -> [String] { found.compactMap { $0.value.person?.personID } }

  // MARK: Surname + 某

  // Seed sentences and court phrasing: a surname before 某/某某, with a role, a particle or a clause start.
  @Test(arguments: [
    "公开案例显示，国内某半导体企业前工程师⟦张某⟧，离职后违反保密义务。",
    "境外某有色金属公司通过其中方雇员⟦叶某某⟧，以金钱利诱国内某稀土公司副总经理⟦成某⟧。",
    "⟦成某⟧为谋私利违反规定，将其掌握的我国稀土收储品类非法提供给境外。",
    "身为稀土行业涉密人员的⟦成某⟧,在明知相关信息涉及国家秘密的情况下,仍提供给⟦叶某某⟧。",
    "国家安全机关依法对⟦杜某⟧进行批评教育。",
    "⟦汤某⟧将装有金属镓的瓶子转交给境外人员⟦杜某⟧，委托⟦杜某⟧携带出境转交⟦范某⟧。",
    "犯罪嫌疑人⟦于某某⟧因涉嫌间谍罪被逮捕。",
    "三名被告人⟦高某⟧、⟦方某⟧、⟦常某⟧均认罪。",
    "⟦欧阳某⟧与⟦上官某某⟧均被判刑。",
    "公安机关对⟦何某⟧采取强制措施。",
  ])
  func surnameMou(marked: String) throws {
    try expectMarked(marked)
  }

  // 某 meaning "some", after a word ending in a surname character, a place name or a function word.
  @Test(arguments: [
    "公开案例显示，国内某公司通过技术手段寄生在某电商平台系统内。",
    "如某重(zhong)要涉密单位长期将办公(gong)楼物业(ye)管理外包给某物业(ye)服务公(gong)司运营。",
    "正如某欧洲高管坦言：“只要能买到稀土，中国让我们干啥都行”",
    "该公司某员工向某公司提供了资料。",
    "此事造成某公司损失数千万元。",
    "如何某种程度上解决问题？",
    "他任职于某国有企业。",
    "任何某一方不得擅自变更合同。",
    "人员某某与该公司签订合同。",
    "同时某公司也被查处。",
    "浙江某公司与吉林某集团签约。",
    "提高某项指标。",
    "家住某市某区某街道。",
    "法院认定何某构成犯罪。",
  ])
  func notAPerson(text: String) throws {
    #expect(try persons(text).map(\.text) == [])
  }

  // A surname that is also a word (何) counts after a neutral word only when the same form is a name
  // elsewhere in the document.
  @Test func ambiguousSurnameNeedsEvidenceElsewhere() throws {
    try expectMarked("被告人⟦何某⟧认罪。法院认定⟦何某⟧构成犯罪。")
  }

  @Test func glossInsideName() throws {
    let found = try persons("该公(gong)司保洁人员段(duan)某为满足个人私(si)欲主动联系境外间(jian)谍情报(bao)机关。")
    #expect(found.map(\.text) == ["段(duan)某"])
    #expect(found.first?.value.person?.surname == "段")
  }

  // MARK: 小/老 + surname

  @Test func xiaoLao() throws {
    try expectMarked("如⟦小李⟧是某邮件系统厂家运维人员。⟦小王⟧说他明天来，⟦老张⟧也在。")
    // 运 after 小李 is no name boundary: it counts because 小李 is a name in the first sentence.
    try expectMarked("如⟦小李⟧是运维人员。境外间谍情报机关锁定了⟦小李⟧运维人员身份。")
    #expect(try persons("境外间谍情报机关锁定了小李运维人员身份。").isEmpty)
  }

  @Test(arguments: [
    "老师说小时候住在小区里，老人和老板都在老家。",
    "邓小平同志曾说过这句话。",
    "一小时后到达，老年人优先。",
    "全面建成小康社会。",
  ])
  func xiaoLaoWords(text: String) throws {
    #expect(try persons(text).map(\.text) == [])
  }

  @Test func xiaoLaoIsNotLinkedToMou() throws {
    let found = try persons("小李说，李某已离职。")
    #expect(found.map(\.text) == ["小李", "李某"])
    #expect(ids(found) == ["p1", "p2"])
  }

  // MARK: Full names

  @Test(arguments: [
    "中国稀土集团资源科技股份有限公司副总经理⟦廖春生⟧于2025年4月辞职,网传其加入加拿大某实验室。",
    "而且就在前几天,董事长⟦杨国安⟧、董事⟦董贤庭⟧等3人也因“工作原因”离职。",
    "盛和资源董事长⟦颜世强⟧亦于2024年7月离职,转投中国地质科学院。",
    "编辑|⟦江娱迟⟧",
    "编辑 ⟦陈(chen)艳婷⟧",
    "被告人⟦颜世强⟧犯受贿罪。",
    "记者⟦王强⟧说，这是事实。",
    "会上，⟦王建国⟧表示，将加强管理。",
    "常务副总经理⟦王建国⟧表示，将加强管理。",
    "据新华社北京5月10日电 记者⟦张晓燕⟧、⟦李明⟧ 国家安全机关近日破获一起间谍案。",
    "外交部发言人⟦毛宁⟧在例行记者会上表示，中方对此坚决反对。",
  ])
  func fullName(marked: String) throws {
    try expectMarked(marked)
    let found = try persons(MarkedText(marked).text)
    #expect(found.allSatisfy { $0.value.person?.anonymized == false })
  }

  @Test(arguments: [
    "董事长表示，公司业绩稳定。",
    "记者从公安局获悉，案件已告破。",
    "有消息称，该公司将裁员。",
    "马斯克表示，特斯拉将降价。",
    "国家安全部门指出，要提高警惕。",
    "中国近期要求稀土企业全面上报技术专家信息,建立“稀土人才名录”。",
    "选手们分为男子精英组、男子大师组、女子精英组、男子公开组。",
    "他回忆起学生时代的经历。",
    "公司应保障员工安全，按时支付律师费用。",
    "市民王女士说，她每天早上都会去公园锻炼。",
  ])
  func notAFullName(text: String) throws {
    #expect(try persons(text).map(\.text) == [])
  }

  @Test func fullNameRecurs() throws {
    let found = try persons("副总经理廖春生于2025年4月辞职。\n\n廖春生\n\n盛和资源董事长颜世强亦于2024年7月离职。\n\n颜世强辞职")
    #expect(found.map(\.text) == ["廖春生", "廖春生", "颜世强", "颜世强"])
    #expect(ids(found) == ["p1", "p1", "p2", "p2"])
  }

  @Test func fullNameIsNotLinkedToMou() throws {
    let found = try persons("董事长杨国安离职。杨某否认此事。")
    #expect(found.map(\.text) == ["杨国安", "杨某"])
    #expect(ids(found) == ["p1", "p2"])
    #expect(found.map { $0.value.person?.anonymized } == [false, true])
  }

  // MARK: English

  @Test func englishMoumou() throws {
    let found = try persons("In daily business exchanges, Cheng met Ye Moumou, an employee of the Shanghai subsidiary.")
    // A single bare "Cheng" with no Chinese mention is not enough evidence.
    #expect(found.map(\.text) == ["Ye Moumou"])
    let value = JSONValue.object([
      "anonymized": .bool(true), "surname": .null, "pinyin": .string("ye"), "person_id": .string("p1"),
    ])
    #expect(found.first?.value.json == value)
  }

  @Test func englishLinksToChinese() throws {
    let text = """
      Song followed the website's prompts and applied to join the political party.

      注册后,宋某陆续收到来自该反华政党发送的电子邮件,并且 Invite Song as a volunteer to help the political party carry out canvassing。
      """
    let found = try persons(text)
    #expect(found.map(\.text) == ["Song", "宋某", "Song"])
    #expect(ids(found) == ["p1", "p1", "p1"])
    #expect(found.map { $0.value.person?.surname } == ["宋", "宋", "宋"])
  }

  @Test func bareSurnameUsedTwice() throws {
    let text =
      "Recently, police officers imposed administrative penalties on Fu, a Chinese employee. Fu refused to cooperate."
    let found = try persons(text)
    #expect(found.map(\.text) == ["Fu", "Fu"])
    #expect(found.first?.value.person.map(\.surname) == .some(nil))
    #expect(found.first?.value.person?.pinyin == "fu")
  }

  @Test func surnamedInEnglishNews() throws {
    let found = try persons("The suspect, surnamed Wang, was detained. Wang told police he was innocent.")
    #expect(found.map(\.text) == ["Wang", "Wang"])
  }

  @Test func ambiguousPinyinStaysAlone() throws {
    let found = try persons("程某与成某均被判刑。Cheng was sentenced and Cheng appealed.")
    #expect(found.map(\.text) == ["程某", "成某", "Cheng", "Cheng"])
    #expect(ids(found) == ["p1", "p2", "p3", "p3"])
    #expect(found[2].value.person.map(\.surname) == .some(nil))
  }

  @Test func moumouFormsPreferTheirChineseForm() throws {
    let found = try persons("叶某与叶某某是兄弟。Ye Moumou and Ye Mou met.")
    #expect(found.map(\.text) == ["叶某", "叶某某", "Ye Moumou", "Ye Mou"])
    #expect(ids(found) == ["p1", "p2", "p2", "p1"])
  }

  @Test(arguments: [
    "He said that the case was closed. He later left. After that, He was sentenced.",
    "The Tang dynasty and the Song Dynasty were great. The Song was sung twice, the Song again.",
    "In Hong Kong, Sun Yat-sen is famous. Hong Kong is a city.",
    "The actress Fan is famous. Fan smiled.",
    "The Ministry of National Security announced today several typical cases endangering China's national security.",
    "In November 2023, the Intermediate People's Court of Nanchang City, Jiangxi Province sentenced him to RMB 500.",
  ])
  func notAnEnglishName(text: String) throws {
    #expect(try persons(text).map(\.text) == [])
  }

  // MARK: Value

  @Test func valueShape() throws {
    let found = try persons("副总经理成某。")
    guard case .object(let o)? = found.first?.value.json else {
      Issue.record("no person")
      return
    }
    #expect(o.keys == ["anonymized", "surname", "pinyin", "person_id"])
    #expect(o["surname"] == .string("成"))
    #expect(o["pinyin"] == .string("cheng"))
  }

  // MARK: Seeds

  /// Per seed: (text, count, person id, surname) of every person, as read in the seed.
  static let seedPeople: [(String, [(String, Int, String, String?)])] = [
    ("000", [("张某", 2, "p1", "张"), ("叶某某", 2, "p2", "叶"), ("成某", 3, "p3", "成")]),
    (
      "001",
      [
        ("Cheng", 7, "p1", "成"), ("成某", 1, "p1", "成"), ("Ye Moumou", 4, "p2", "叶"), ("叶某某", 1, "p2", "叶"),
        ("Zhu Moumou", 6, "p3", nil), ("Song", 6, "p4", "宋"), ("宋某", 2, "p4", "宋"), ("Fu", 7, "p5", nil),
      ]
    ),
    (
      "002",
      [
        ("江娱迟", 1, "p1", "江"), ("廖春生", 2, "p2", "廖"), ("杨国安", 1, "p3", "杨"), ("董贤庭", 1, "p4", "董"),
        ("颜世强", 2, "p5", "颜"), ("叶某某", 2, "p6", "叶"), ("成某", 3, "p7", "成"), ("廖某", 1, "p8", "廖"),
      ]
    ),
    ("003", [("杜某", 5, "p1", "杜"), ("汤某", 5, "p2", "汤"), ("范某", 2, "p3", "范")]),
    ("004", [("段某", 3, "p1", "段"), ("蒋某", 1, "p2", "蒋"), ("小李", 4, "p3", "李"), ("陈(chen)艳婷", 1, "p4", "陈")]),
  ]

  @Test(arguments: seedPeople.map(\.0))
  func seed(_ id: String) throws {
    let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractPersons.make()])
    let found = doc.entities.filter { $0.type == .person }
    for e in found { #expect(e.text == doc.text(in: e.start..<e.end)) }
    let expected = Self.seedPeople.first { $0.0 == id }?.1 ?? []
    #expect(found.count == expected.reduce(0) { $0 + $1.1 }, "\(found.map(\.text))")
    for (text, count, pid, surname) in expected {
      let same = found.filter { $0.text == text }
      #expect(same.count == count, "\(text)")
      #expect(same.allSatisfy { $0.value.person?.personID == pid }, "\(text)")
      #expect(same.allSatisfy { $0.value.person.map(\.surname) == .some(surname) }, "\(text)")
    }
  }
}
