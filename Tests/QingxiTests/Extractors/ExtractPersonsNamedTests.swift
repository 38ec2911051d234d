import QingxiTestSupport
import Testing

@testable import Qingxi

/// Named defendants and officials, partly masked names and English forms (issue 11).
@Suite struct ExtractPersonsNamedTests {
  func persons(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractPersons.make()])
    return doc.entities.filter { $0.type == .person }
  }

  func expectMarked(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let m = MarkedText(marked)
    let found = try persons(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(found.map(\.text))", sourceLocation: sourceLocation)
  }

  func ids(_ found: [Entity]) -> [String] { found.compactMap { $0.value.json["person_id"]?.stringValue } }
  func anonymized(_ found: [Entity]) -> [Bool] { found.map { $0.value.json["anonymized"] == .bool(true) } }

  // A full name before a case word (受贿, 被判, 因…罪, …一案) or after a role, in both scripts.
  @Test(arguments: [
    "⟦孙政才⟧受贿案在天津宣判。",
    "▲陝西省前副省長⟦陳國強⟧受賄一案今日宣判。",
    "⟦唐一軍⟧被判處無期徒刑。",
    "一审宣判后，⟦刘玉⟧因受贿罪被判处有期徒刑。",
    "法院认为，被告人⟦李会旺⟧利用伪基站设备发送诈骗短信。",
    "合议庭组成人员：审判长：⟦关芳⟧；代理审判员：⟦江伟⟧、⟦王鹏⟧。",
    "两名毒犯⟦黄德昌⟧和⟦倪六军⟧被执行死刑。",
  ])
  func namedInCaseContext(marked: String) throws {
    try expectMarked(marked)
    #expect(anonymized(try persons(MarkedText(marked).text)).allSatisfy { !$0 })
  }

  // Ordinary words before the same case words are not names.
  @Test(arguments: [
    "国家安全机关破获一起间谍案。", "高速公路走私案件增多。", "本案一审被判处死刑。", "公司涉嫌走私普通货物。",
  ])
  func notNamed(text: String) throws {
    #expect(try persons(text).map(\.text) == [])
  }

  // A list with one known name, or before the court's (均另案处理), names everyone in it.
  @Test func lists() throws {
    try expectMarked("⟦薄熙来⟧、⟦周永康⟧、⟦郭伯雄⟧、⟦徐才厚⟧等多名高官落马，中央军委原副主席⟦郭伯雄⟧受贿案宣判。")
    try expectMarked("购得硬盘委托⟦黄佳伟⟧、⟦许全武⟧（均另案处理）走私入境。")
  }

  // 张某甲 and 张某乙 are two people; 伍某1 and 伍某 two; 陈某锋 keeps its given character.
  @Test func maskedOrdinals() throws {
    let found = try persons("被告人张某甲与张某乙共同作案，伍某1和伍某均到案，陈某锋等人另案处理。")
    #expect(found.map(\.text) == ["张某甲", "张某乙", "伍某1", "伍某", "陈某锋"])
    #expect(Set(ids(found)).count == 5)
    #expect(anonymized(found).allSatisfy { $0 })
  }

  // English: a pinyin full name, and a later bare surname is the same person.
  @Test func englishFullNames() throws {
    let found = try persons("The court convicted Sun Zhengcai of taking bribes. During the trial, Sun said he would not appeal.")
    #expect(found.map(\.text) == ["Sun Zhengcai", "Sun"])
    #expect(Set(ids(found)).count == 1)
    #expect(anonymized(found) == [false, false])
  }

  @Test(arguments: [
    "Hong Kong resident ⟦John Leung Shing-wan⟧ was sentenced to life imprisonment.",
    "Security minister ⟦Chris Tang⟧ told a news conference on Monday.",
    "⟦He Haibo⟧ and ⟦Huang Zhengkun⟧ were sentenced to death.",
    "The court in Xingtai handed ⟦Liu Yong⟧ a suspended death sentence.",
  ])
  func englishNamed(marked: String) throws {
    try expectMarked(marked)
  }

  // Places and institutions are not names.
  @Test(arguments: [
    "The Hong Kong government said on Monday that it would appeal.",
    "The Ministry of State Security said the case was closed.",
    "He Said the court was wrong.",
  ])
  func englishNotNamed(text: String) throws {
    #expect(try persons(text).filter { $0.value.json["anonymized"] == .bool(false) }.map(\.text) == [])
  }

  // "surnamed Zhu": an anonymized person, and every later use of Zhu is the same one.
  @Test func declaredSurname() throws {
    let found = try persons("A colleague of the man, surnamed Zhu, was sentenced to six years. Zhu was also fined.")
    #expect(found.map(\.text) == ["Zhu", "Zhu"])
    #expect(anonymized(found) == [true, true])
  }

  // A name glossed in Latin letters in brackets: one person in both scripts.
  @Test func glossedName() throws {
    let found = try persons("36歲的謝倫伯格(Robert Lloyd Schellenberg)被判處死刑。謝倫伯格提出上訴。")
    #expect(found.map(\.text) == ["謝倫伯格", "Robert Lloyd Schellenberg", "謝倫伯格"])
    #expect(Set(ids(found)).count == 1)
  }

  @Test func englishMaskedForms() throws {
    let found = try persons("张某甲与张某乙均被判刑。Zhang Moujia was sentenced to three years.")
    #expect(found.map(\.text) == ["张某甲", "张某乙", "Zhang Moujia"])
    #expect(ids(found)[2] == ids(found)[0])
  }
}
