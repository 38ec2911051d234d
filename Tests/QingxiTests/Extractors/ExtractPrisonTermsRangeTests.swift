import QingxiTestSupport
import Testing

@testable import Qingxi
import QingxiNumbers

/// Ranges over a group of defendants, bare 徒刑/监禁 terms and English ranges (issue 11).
@Suite struct ExtractPrisonTermsRangeTests {
  func terms(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractPrisonTerms.make()]).entities.filter { $0.type == .prisonTerm }
  }

  func range(_ e: Entity) -> [Int?] {
    [e.value.json["min_months"]?.intValue, e.value.json["max_months"]?.intValue, e.value.json["defendant_count"]?.intValue]
  }

  @Test(arguments: [
    ("五人分别被判处⟦有期徒刑一年至三年⟧。", [12, 36, 5]),
    ("其余被告人被判处⟦有期徒刑八年至一年六个月不等⟧。", [18, 96, nil]),
    ("11名被告人被判处⟦七个月至九个月不等的有期徒刑⟧。", [7, 9, nil]),
    ("判处⟦十五年至一年六個月不等的有期徒刑⟧。", [18, 180, nil]),
    ("其中判处⟦3年以上10年以下有期徒刑⟧92人。", [36, 120, 92]),
    ("Nine others received ⟦jail terms ranging from six months to ten years⟧.", [6, 120, nil]),
    ("Five were ⟦jailed for between three and 15 years⟧.", [36, 180, nil]),
    ("Three were sentenced to ⟦terms between 8 to 15 years⟧.", [96, 180, nil]),
  ] as [(String, [Int?])])
  func groupRanges(marked: String, expected: [Int?]) throws {
    let m = MarkedText(marked)
    let found = try terms(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(found.map(\.text))")
    #expect(found.first?.value.json["kind"]?.stringValue == "range")
    #expect(found.first?.value.json["months"] == .null)
    #expect(found.first.map(range) == expected)
  }

  // Statute text quotes ranges for no one: not a sentence.
  @Test(arguments: ["依照刑法规定，处三年以上十年以下有期徒刑。", "情节严重的，最高可判处有期徒刑一年至三年。"])
  func statuteRanges(text: String) throws {
    #expect(try terms(text).map(\.text) == [])
  }

  @Test(arguments: [
    ("蘇佳金於2004年被⟦判處15年監禁⟧。", 180),
    ("2005年因非法持有武器被判處⟦3年徒刑⟧。", 36),
    ("他一审被判⟦15年徒刑⟧。", 180),
    ("他在香港被⟦判囚3年⟧。", 36),
  ])
  func bareTerms(marked: String, months: Int) throws {
    let m = MarkedText(marked)
    let found = try terms(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(found.map(\.text))")
    #expect(found.first?.value.json["months"]?.intValue == months)
  }

  // A life or death sentence glossed as what it "usually means" is not a second sentence.
  @Test func usuallyMeans() throws {
    let found = try terms("The court handed Liu Yong a suspended death sentence, which usually means life in prison.")
    #expect(found.map { $0.value.json["kind"]?.stringValue } == ["death"])
  }

  // 最高被判处 reports the heaviest sentence given; 最高可判处 is the law's maximum.
  @Test func heaviestGiven() throws {
    #expect(try terms("本案被告人最高被判处无期徒刑。").map { $0.value.json["kind"]?.stringValue } == ["life"])
    #expect(try terms("该罪最高可判处无期徒刑。").isEmpty)
  }
}
