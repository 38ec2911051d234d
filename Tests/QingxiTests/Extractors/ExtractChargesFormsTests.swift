import QingxiTestSupport
import Testing

@testable import Qingxi

/// Variant names of 选择性罪名, names written without 罪 after a charge word or as a case name, and English
/// phrasings (issue 11).
@Suite struct ExtractChargesFormsTests {
  func charges(_ text: String) throws -> [(String, String)] {
    try TestPipelines.extract(text, with: [try ExtractCharges.make()]).entities.filter { $0.type == .charge }
      .map { ($0.text, $0.value.json["name_zh"]?.stringValue ?? "") }
  }

  @Test func selectiveVariants() {
    let v = Set(ChargeNames.variants(of: "走私、贩卖、运输、制造毒品罪"))
    #expect(v.contains("贩卖毒品罪"))
    #expect(v.contains("贩卖、运输毒品罪"))
    #expect(v.contains("走私海洛因罪"))
    #expect(Set(ChargeNames.variants(of: "走私普通货物、物品罪")).contains("走私普通货物罪"))
    #expect(Set(ChargeNames.variants(of: "掩饰、隐瞒犯罪所得、犯罪所得收益罪")).contains("掩饰、隐瞒犯罪所得罪"))
    #expect(Set(ChargeNames.variants(of: "走私国家禁止进出口的货物、物品罪")).contains("走私国家禁止进出口的货物罪"))
    // a name whose parts are not acts and objects gives no variants
    #expect(ChargeNames.variants(of: "非法持有、私藏枪支、弹药罪").isEmpty)
  }

  @Test(arguments: [
    ("法院以走私毒品罪判处其死刑。", [("走私毒品罪", "走私毒品罪")]),
    ("以走私國家禁止進出口的貨物罪判處。", [("走私國家禁止進出口的貨物罪", "走私国家禁止进出口的货物罪")]),
    ("他因为盗窃、故意伤害、贩卖海洛因先后被判刑。", [("盗窃", "盗窃罪"), ("故意伤害", "故意伤害罪"), ("贩卖海洛因", "贩卖毒品罪")]),
    ("海警查获2起非法捕捞水产品案。", [("非法捕捞水产品", "非法捕捞水产品罪")]),
    ("他涉嫌走私毒品，被依法逮捕。", [("走私毒品", "走私毒品罪")]),
    ("对另外5名犯有贩毒等罪的被告人宣判。", [("贩毒", "走私、贩卖、运输、制造毒品罪")]),
  ] as [(String, [(String, String)])])
  func chineseForms(text: String, expected: [(String, String)]) throws {
    let found = try charges(text)
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
  }

  // A noun phrase that ends in a crime word is no case name; 犯什么罪 and 规定之罪 are no names.
  @Test(arguments: ["公安机关破获一起毒品走私案。", "犯什么罪要看情节。", "构成本法第三百八十五条规定之罪的。", "他因间谍活动被捕。"])
  func notCharges(text: String) throws {
    #expect(try charges(text).map(\.0) == [])
  }

  @Test(arguments: [
    ("He was jailed for accepting bribes.", "受贿罪"),
    ("Sun pleaded guilty to bribery charges.", "受贿罪"),
    ("They were convicted of trafficking a large amount of methamphetamine.", "走私、贩卖、运输、制造毒品罪"),
    ("Liu was sentenced for producing and trafficking fentanyl.", "走私、贩卖、运输、制造毒品罪"),
    ("He was investigated for abusing his power.", "滥用职权罪"),
  ])
  func englishForms(text: String, name: String) throws {
    #expect(try charges(text).map(\.1) == [name])
  }
}
