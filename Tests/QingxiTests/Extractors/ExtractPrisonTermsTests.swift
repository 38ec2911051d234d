import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractPrisonTermsTests {
  func terms(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractPrisonTerms.make()])
    for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return doc.entities.filter { $0.type == .prisonTerm }
  }

  func expectTerms(_ marked: String, _ values: [JSONValue]) throws {
    let m = MarkedText(marked)
    let found = try terms(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map(\.value.json) == values, "\(marked)")
  }

  /// The range keys every prison term carries (null unless kind is range).
  static let noRange: [(String, JSONValue)] = [("min_months", .null), ("max_months", .null), ("defendant_count", .null)]

  static func fixed(_ months: Int, probation: Int? = nil) -> JSONValue {
    .object(JSONObject([("kind", .string("fixed")), ("months", .int(months)), ("probation_months", probation.map { .int($0) } ?? .null),
                        ("reprieve", .bool(false))] + noRange))
  }

  static let life: JSONValue = .object(JSONObject([("kind", .string("life")), ("months", .null), ("probation_months", .null),
                                                   ("reprieve", .bool(false))] + noRange))

  static func death(reprieve: Bool) -> JSONValue {
    .object(JSONObject([("kind", .string("death")), ("months", .null), ("probation_months", .null), ("reprieve", .bool(reprieve))]
                       + noRange))
  }

  @Test func valueKeysInContractOrder() throws {
    let found = try terms("被告人成某被判处有期徒刑十一年六个月。")
    #expect(found.first?.value.json.objectValue?.keys
      == ["kind", "months", "probation_months", "reprieve", "min_months", "max_months", "defendant_count"])
  }

  // 有期徒刑 followed by the term: Chinese numerals in any form, Arabic digits, 零 between parts.
  @Test(arguments: [
    ("被告人成某被判处⟦有期徒刑十一年六个月⟧。", 138),
    ("2023年11月，成某因受贿罪和为境外非法提供国家秘密罪被判⟦有期徒刑11年6个月⟧。", 138),
    ("法院以受贿罪判处其⟦有期徒刑十年⟧。", 120),
    ("一审判处被告人张某⟦有期徒刑一十一年⟧。", 132),
    ("张某被判处⟦有期徒刑两年⟧，并处罚金。", 24),
    ("王某被判处⟦有期徒刑廿年⟧。", 240),
    ("李某被判处⟦有期徒刑一年零六个月⟧。", 18),
    ("后减为⟦有期徒刑二十年⟧。", 240),
    ("判处⟦有期徒刑 3 年⟧。", 36),
  ])
  func fixedTermAfterYouqiTuxing(marked: String, months: Int) throws {
    try expectTerms(marked, [Self.fixed(months)])
  }

  // The term written before 有期徒刑, after a sentencing verb.
  @Test(arguments: [("张某被判处⟦3年有期徒刑⟧。", 36), ("法院判处其⟦十年的有期徒刑⟧。", 120)])
  func fixedTermBeforeYouqiTuxing(marked: String, months: Int) throws {
    try expectTerms(marked, [Self.fixed(months)])
  }

  // 获刑, 判刑, 判处, 被判 with the term right after.
  @Test(arguments: [
    ("叶某某⟦获刑11年⟧。", 132), ("他曾因盗窃⟦判刑三年⟧。", 36), ("一审被⟦判处十年⟧。", 120), ("张某被⟦判11年⟧。", 132),
  ])
  func bareTerm(marked: String, months: Int) throws {
    try expectTerms(marked, [Self.fixed(months)])
  }

  // A probation right after the term is part of the same entity.
  @Test(arguments: [
    ("法院判处其⟦有期徒刑三年，缓刑四年⟧。", 36, 48),
    ("判处⟦有期徒刑二年缓刑三年⟧，并处罚金人民币五万元。", 24, 36),
    ("判处⟦有期徒刑三年，缓期四年执行⟧。", 36, 48),
    ("张某⟦获刑一年，缓刑一年六个月⟧。", 12, 18),
  ])
  func chineseProbation(marked: String, months: Int, probation: Int) throws {
    try expectTerms(marked, [Self.fixed(months, probation: probation)])
  }

  @Test(arguments: [
    "以故意杀人罪判处⟦无期徒刑⟧，剥夺政治权利终身。", "二审改判⟦无期徒刑⟧。", "后减为⟦无期徒刑⟧。",
    "法院判处被告人张某⟦无期徒刑⟧。",
  ])
  func lifeImprisonment(marked: String) throws {
    try expectTerms(marked, [Self.life])
  }

  @Test(arguments: [
    ("法院以受贿罪判处赖某⟦死刑⟧，剥夺政治权利终身。", false),
    ("一审判处其⟦死刑，缓期二年执行⟧。", true),
    ("被告人被判处⟦死刑缓期两年执行⟧。", true),
    ("被告人赖某被判处⟦死刑缓期二年执行⟧，剥夺政治权利终身。", true),
    ("他此前被判处⟦死缓⟧。", true),
    ("最高人民法院核准⟦死刑⟧。", false),
  ])
  func deathSentence(marked: String, reprieve: Bool) throws {
    try expectTerms(marked, [Self.death(reprieve: reprieve)])
  }

  // Seed 001 sentences and similar English phrasing.
  @Test(arguments: [
    ("In November 2023, the Intermediate People's Court of Nanchang City, Jiangxi Province sentenced Ye Moumou to ⟦11 years in prison⟧, deprivation of political rights for 2 years.", 132, nil),
    ("Cheng was sentenced to ⟦11 years and 6 months in prison⟧, deprived of political rights for 2 years.", 138, nil),
    ("In January 2024, the court sentenced Zhu Moumou to ⟦1 year and 6 months in prison⟧ for the crime of \"illegally providing intelligence abroad.\"", 18, nil),
    ("He was sentenced to ⟦three years' imprisonment suspended for four years⟧.", 36, 48),
    ("The court handed him an ⟦11-year prison term⟧.", 132, nil),
    ("She received a ⟦prison term of 11 years⟧ for bribery.", 132, nil),
    ("He will serve ⟦two years in jail⟧.", 24, nil),
    ("He was sentenced to ⟦three years, with four years' probation⟧.", 36, 48),
    ("Liu was sentenced to ⟦eleven years⟧ for spying.", 132, nil),
    ("He was ⟦jailed for 10 years⟧ in 2019.", 120, nil),
    ("He was ⟦imprisoned for six years⟧.", 72, nil),
    ("He received a ⟦10-year sentence⟧ for corruption.", 120, nil),
    ("Three officials were sentenced to ⟦10 years' imprisonment⟧ each.", 120, nil),
  ] as [(String, Int, Int?)])
  func englishFixedTerm(marked: String, months: Int, probation: Int?) throws {
    try expectTerms(marked, [Self.fixed(months, probation: probation)])
  }

  @Test(arguments: [
    ("The former official was sentenced to ⟦life imprisonment⟧ for taking bribes.", Self.life),
    ("He will spend ⟦life in prison⟧.", Self.life),
    ("He was sentenced to ⟦death with a two-year reprieve⟧.", Self.death(reprieve: true)),
    ("Lai received a ⟦death sentence with a two-year reprieve⟧.", Self.death(reprieve: true)),
    ("He was given a ⟦suspended death sentence⟧.", Self.death(reprieve: true)),
    ("The court sentenced him to ⟦death⟧ for murder.", Self.death(reprieve: false)),
    ("He was handed the ⟦death penalty⟧ in 2015.", Self.death(reprieve: false)),
  ])
  func englishLifeAndDeath(marked: String, value: JSONValue) throws {
    try expectTerms(marked, [value])
  }

  // Spans of time, statute text, ranges, hypotheticals and other penalties are not prison terms.
  @Test(arguments: [
    "In recent years, key minerals have become a new area of strategic game among major world powers.",
    "It is also the tenth anniversary of the overall national security concept",
    "Cheng was deprived of political rights for 2 years.",
    "他在该公司工作11年，熟悉稀土收储业务。",
    "十年来，国家安全机关破获多起案件。",
    "中国稀土集团多名技术骨干在两年内相继离职。",
    "依照刑法规定，处三年以下有期徒刑、拘役或者管制。",
    "情节特别严重的，处十年以上有期徒刑、无期徒刑或者死刑。",
    "他最高可判处死刑。",
    "张某可能面临十年有期徒刑。",
    "判处有期徒刑十年以上。",
    "法院审判10年来首次公开此类案件。",
    "He faces up to 10 years in prison if convicted.",
    "He could be sentenced to life.",
    "Activists called on the country to abolish the death penalty.",
    "He was sentenced to six months of criminal detention.",
    "He received a sentence of six months of criminal detention.",
    "He was imprisoned for refusing to cooperate.",
    "死刑复核程序是我国刑事诉讼的一项特别程序。",
  ])
  func notPrisonTerms(text: String) throws {
    #expect(try terms(text).isEmpty, "\(text)")
  }

  // Every seed: the terms read by hand (001: Ye, Cheng, Zhu; 002: 成某, 叶某某; none in 000, 003, 004).
  @Test func seeds() throws {
    let expected: [String: [(String, JSONValue)]] = [
      "000": [],
      "001": [("11 years in prison", Self.fixed(132)), ("11 years and 6 months in prison", Self.fixed(138)),
              ("1 year and 6 months in prison", Self.fixed(18))],
      "002": [("有期徒刑11年6个月", Self.fixed(138)), ("获刑11年", Self.fixed(132))],
      "003": [], "004": [],
    ]
    for (id, want) in expected.sorted(by: { $0.key < $1.key }) {
      let found = try terms(try PackageRoot.seed(id))
      #expect(found.map(\.text) == want.map(\.0), "seed \(id)")
      #expect(found.map(\.value.json) == want.map(\.1), "seed \(id)")
    }
  }
}
