import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractChargesTests {
  static let art111 = "为境外窃取、刺探、收买、非法提供国家秘密、情报罪"

  static func charges(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractCharges.make()]).entities.filter { $0.type == .charge }
  }

  static func check(_ marked: String, _ names: [String]) throws {
    let m = MarkedText(marked)
    let found = try charges(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map { $0.value.charge?.nameZh ?? "" } == names, "\(marked)")
  }

  @Test func valueShape() throws {
    let found = try Self.charges("以受贿罪判处有期徒刑。")
    #expect(found.first?.value.json == .object(["name_zh": .string("受贿罪")]))
  }

  // Seed 002: the act-specific form of art. 111 is named by the statutory crime.
  @Test func seedSentenceChinese() throws {
    try Self.check("2023年11月，成某因⟦受贿罪⟧和⟦为境外非法提供国家秘密罪⟧被判有期徒刑11年6个月，叶某某获刑11年。", ["受贿罪", Self.art111])
  }

  @Test func article111Forms() throws {
    try Self.check("朱某某犯⟦为境外非法提供情报罪⟧。", [Self.art111])
    try Self.check("以⟦为境外刺探、非法提供国家秘密罪⟧判处。", [Self.art111])
    try Self.check("以⟦为境外窃取、刺探、收买、非法提供国家秘密、情报罪⟧判处。", [Self.art111])
    try Self.check("以⟦为境外窃取、刺探、收买、非法提供商业秘密罪⟧判处。", ["为境外窃取、刺探、收买、非法提供商业秘密罪"])
  }

  @Test func tableNames() throws {
    try Self.check("法院以⟦间谍罪⟧判处黄某死刑。", ["间谍罪"])
    try Self.check("被告人犯⟦侵犯公民个人信息罪⟧，判处有期徒刑三年。", ["侵犯公民个人信息罪"])
    // 犯罪 inside a name does not cut it.
    try Self.check("以⟦帮助信息网络犯罪活动罪⟧提起公诉。", ["帮助信息网络犯罪活动罪"])
    try Self.check("涉嫌⟦偷越国(边)境罪⟧被刑事拘留。", ["偷越国（边）境罪"])
    try Self.check("其行为已构成⟦故意泄露国家秘密罪⟧、⟦非法获取国家秘密罪⟧。", ["故意泄露国家秘密罪", "非法获取国家秘密罪"])
  }

  // A name outside the table counts in a charge context, as written.
  @Test func unknownNameInContext() throws {
    try Self.check("以⟦非法制造、买卖、运输、储存危险物质罪⟧判处。", ["非法制造、买卖、运输、储存危险物质罪"])
    try Self.check("他涉嫌⟦非法出售珍贵文物罪⟧被逮捕。", ["非法出售珍贵文物罪"])
  }

  @Test(arguments: [
    "其行为已构成犯罪，依法应予惩处。",
    "严禁利用密码从事违法犯罪活动。",
    "被告人认罪认罚，依法从宽处理。",
    "法院宣告其无罪。",
    "对其数罪并罚。",
    "犯罪嫌疑人已被刑事拘留。",
    "这是有罪推定的说法。",
    "In recent years, the national security agencies have cracked down on various espionage and theft activities.",
    "He was accused of lying to investigators.",
  ])
  func notCharges(text: String) throws {
    #expect(try Self.charges(text).isEmpty, "\(text)")
  }

  // Seed 001: English renderings after "the crime of", inside quotes, without the closing period.
  @Test func seedSentencesEnglish() throws {
    try Self.check(
      "In November 2023, the Intermediate People's Court of Nanchang City, Jiangxi Province sentenced Ye Moumou to 11 years in prison, deprivation of political rights for 2 years, and confiscation of personal property of RMB 500,000 for the crime of \"⟦buying and illegally providing state secrets for overseas countries⟧.\"",
      [Self.art111])
    try Self.check(
      "In January 2024, the Intermediate People's Court of Hefei City, Anhui Province sentenced Zhu Moumou to 1 year and 6 months in prison for the crime of \"⟦illegally providing intelligence abroad⟧.\"",
      [Self.art111])
  }

  @Test func englishContexts() throws {
    try Self.check("He was convicted of ⟦espionage⟧ and ⟦accepting bribes⟧.", ["间谍罪", "受贿罪"])
    try Self.check("She was charged with ⟦bribery⟧.", ["受贿罪"])
    try Self.check(
      "He was found guilty of the crime of ⟦stealing, spying, buying or illegally providing state secrets or intelligence for overseas entities⟧.",
      [Self.art111])
    try Self.check("The man was sentenced for the crime of ⟦infringing on citizens’ personal information⟧.", ["侵犯公民个人信息罪"])
  }

  @Test func seeds() throws {
    var all: [String: [String]] = [:]
    for id in ["000", "001", "002", "003", "004"] {
      let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractCharges.make()])
      for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
      all[id] = doc.entities.filter { $0.type == .charge }.map(\.text)
      #expect(doc.entities.allSatisfy { $0.value.charge?.nameZh == ($0.text == "受贿罪" ? "受贿罪" : Self.art111) })
    }
    #expect(all == [
      "000": [], "003": [], "004": [],
      "001": ["buying and illegally providing state secrets for overseas countries", "illegally providing intelligence abroad"],
      "002": ["受贿罪", "为境外非法提供国家秘密罪"],
    ])
  }
}
