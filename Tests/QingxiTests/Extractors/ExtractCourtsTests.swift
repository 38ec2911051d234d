import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractCourtsTests {
  static func courts(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractCourts.make()]).entities.filter { $0.type == .court }
  }

  static func check(_ marked: String, _ names: [String]) throws {
    let m = MarkedText(marked)
    let found = try courts(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map { $0.value.court?.nameZh ?? "" } == names, "\(marked)")
  }

  // English renderings from seed 001: the leading "the" is not part of the entity.
  @Test func englishSeedSentences() throws {
    try Self.check(
      "In November 2023, the ⟦Intermediate People's Court of Nanchang City, Jiangxi Province⟧ sentenced Ye Moumou to 11 years in prison.",
      ["江西省南昌市中级人民法院"])
    try Self.check(
      "In January 2024, the ⟦Intermediate People's Court of Hefei City, Anhui Province⟧ sentenced Zhu Moumou to 1 year and 6 months in prison.",
      ["安徽省合肥市中级人民法院"])
    try Self.check("The ⟦Hefei Intermediate People's Court⟧ heard the case.", ["安徽省合肥市中级人民法院"])
    try Self.check("The ⟦Supreme People's Court⟧ issued the interpretation.", ["最高人民法院"])
  }

  @Test func valueShape() throws {
    let found = try Self.courts("In November 2023, the Intermediate People's Court of Nanchang City, Jiangxi Province sentenced Ye Moumou.")
    #expect(found.count == 1)
    #expect(found.first?.value.json.objectValue?.keys == ["name_zh", "level", "province", "city", "district"])
    #expect(found.first?.value.json == .object([
      "name_zh": .string("江西省南昌市中级人民法院"), "level": .string("intermediate"), "province": .string("江西省"),
      "city": .string("南昌市"), "district": .null,
    ]))
  }

  @Test func chineseCourts() throws {
    try Self.check("2024年1月，⟦合肥市中级人民法院⟧以为境外非法提供情报罪判处朱某某有期徒刑1年6个月。", ["安徽省合肥市中级人民法院"])
    try Self.check("2023年11月，⟦江西省南昌市中级人民法院⟧一审宣判。", ["江西省南昌市中级人民法院"])
    try Self.check("案件由⟦北京市海淀区人民法院⟧审理，⟦最高人民法院⟧发布典型案例。", ["北京市海淀区人民法院", "最高人民法院"])
    try Self.check("⟦南昌中院⟧依法作出判决。", ["江西省南昌市中级人民法院"])
    let basic = try Self.courts("北京市海淀区人民法院审理了此案。")
    #expect(basic.first?.value.court?.level == "basic")
    #expect(basic.first?.value.court?.district == "海淀区")
  }

  // A Chinese clause left inside a machine-translated English sentence is read too.
  @Test func chineseClauseInEnglishSentence() throws {
    try Self.check("此后,⟦合肥市中级人民法院⟧ sentenced Zhu Moumou to 1 year and 6 months in prison.", ["安徽省合肥市中级人民法院"])
  }

  // Generic mentions name no court.
  @Test(arguments: [
    "法院认为，被告人的行为已构成犯罪。",
    "人民法院依法审理了此案。",
    "中级人民法院作出判决。",
    "The court held that the defendant was guilty.",
    "He was taken to court in Beijing.",
    "微信团队无权限也不会协助转接任何公检法机关电话。",
  ])
  func genericMentionsAreNotCourts(text: String) throws {
    #expect(try Self.courts(text).isEmpty)
  }

  @Test func seeds() throws {
    var counts: [String: Int] = [:]
    for id in ["000", "001", "002", "003", "004"] {
      let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractCourts.make()])
      for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
      let found = doc.entities.filter { $0.type == .court }
      counts[id] = found.count
      if id == "001" {
        #expect(found.map(\.text) == [
          "Intermediate People's Court of Nanchang City, Jiangxi Province",
          "Intermediate People's Court of Hefei City, Anhui Province",
        ])
        #expect(found.map { $0.value.court?.nameZh } == ["江西省南昌市中级人民法院", "安徽省合肥市中级人民法院"])
      }
    }
    #expect(counts == ["000": 0, "001": 2, "002": 0, "003": 0, "004": 0])
  }
}
