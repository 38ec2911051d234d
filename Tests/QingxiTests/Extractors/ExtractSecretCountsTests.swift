import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractSecretCountsTests {
  func counts(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractSecretCounts.make()])
    for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return doc.entities.filter { $0.type == .secretCount }
  }

  func expect(_ marked: String, _ values: [(Int, String)]) throws {
    let m = MarkedText(marked)
    let found = try counts(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map(\.value.json) == values.map { .object(["count": .int($0.0), "level": .string($0.1)]) }, "\(marked)")
  }

  @Test func valueKeysInContractOrder() throws {
    #expect(try counts("涉及7项机密级国家秘密。").first?.value.json.objectValue?.keys == ["count", "level"])
  }

  @Test(arguments: [
    ("向境外输送涉及⟦7项机密级国家秘密⟧的稀土行业内幕。", 7, "机密"),
    ("将其掌握的我国稀土收储品类、数量、价格等 ⟦7 项机密级国家秘密⟧非法提供给境外。", 7, "机密"),
    ("他先后窃取⟦三项绝密级国家秘密⟧。", 3, "绝密"),
    ("共提供⟦12份秘密级⟧文件。", 12, "秘密"),
  ])
  func chinese(marked: String, count: Int, level: String) throws {
    try expect(marked, [(count, level)])
  }

  // Seed 004: a list gives one entity per level.
  @Test func chineseList() throws {
    try expect("为境外间谍情报机关提供⟦1项机密级⟧、⟦2项秘密级国家秘密⟧及其他⟦6项情报⟧，造成重大失泄密。",
               [(1, "机密"), (2, "秘密"), (6, "情报")])
  }

  @Test(arguments: [
    ("After identification by the State Secrets Department, the content provided by Cheng to overseas involves ⟦7 confidential state secrets⟧.", 7, "机密"),
    ("He leaked ⟦one top-secret state secret⟧.", 1, "绝密"),
    ("She provided ⟦two secret-level state secrets⟧.", 2, "秘密"),
    ("He sold ⟦three items of confidential state secrets⟧.", 3, "机密"),
    ("The cleaner also handed over ⟦6 pieces of intelligence⟧.", 6, "情报"),
    ("They obtained ⟦6 intelligence items⟧.", 6, "情报"),
  ])
  func english(marked: String, count: Int, level: String) throws {
    try expect(marked, [(count, level)])
  }

  // Counts without a level, documents, intelligence agencies.
  @Test(arguments: [
    "稀土公司副总向境外泄露7项国家秘密。",
    "国家安全部:外包保洁员段某投靠境外情报机关 泄露3项国家机密。",
    "有网民在文库类网站出售5份涉密文件。",
    "境外间谍情报机关利用开源情报信息锁定了小李运维人员身份。",
    "Foreign spy intelligence agencies have continued to increase their penetration.",
    "Zhu Moumou established a relationship with 2 foreign intelligence agencies.",
    "The content involves state secrets.",
    "He kept 3 secrets from his family.",
  ])
  func notSecretCounts(text: String) throws {
    #expect(try counts(text).isEmpty, "\(text)")
  }

  // Seeds: 000 and 002 one 机密 count each, 001 the English one, 004 the three-part list; 003 none.
  @Test func seeds() throws {
    let expected: [String: [(String, Int, String)]] = [
      "000": [("7 项机密级国家秘密", 7, "机密")],
      "001": [("7 confidential state secrets", 7, "机密")],
      "002": [("7项机密级国家秘密", 7, "机密")],
      "003": [],
      "004": [("1项机密级", 1, "机密"), ("2项秘密级国家秘密", 2, "秘密"), ("6项情报", 6, "情报")],
    ]
    for (id, want) in expected.sorted(by: { $0.key < $1.key }) {
      let found = try counts(try PackageRoot.seed(id))
      #expect(found.map(\.text) == want.map(\.0), "seed \(id)")
      #expect(found.map { $0.value.secretCount?.count } == want.map(\.1), "seed \(id)")
      #expect(found.map { $0.value.secretCount?.level.rawValue } == want.map(\.2), "seed \(id)")
    }
  }
}
