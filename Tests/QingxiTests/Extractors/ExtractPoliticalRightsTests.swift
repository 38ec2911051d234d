import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractPoliticalRightsTests {
  func rights(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractPoliticalRights.make()])
    for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return doc.entities.filter { $0.type == .politicalRights }
  }

  func expectOne(_ marked: String, months: Int?) throws {
    let m = MarkedText(marked)
    let found = try rights(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    let value: JSONValue = .object(["months": months.map { .int($0) } ?? .null, "life": .bool(months == nil)])
    #expect(found.map(\.value.json) == [value], "\(marked)")
  }

  @Test func valueKeysInContractOrder() throws {
    #expect(try rights("剥夺政治权利2年。").first?.value.json.objectValue?.keys == ["months", "life"])
  }

  @Test(arguments: [
    ("判处有期徒刑十一年，⟦剥夺政治权利2年⟧。", 24 as Int?),
    ("判处有期徒刑十年，⟦剥夺政治权利二年⟧，并处没收个人财产。", 24),
    ("判处无期徒刑，⟦剥夺政治权利终身⟧。", nil),
    ("判处其有期徒刑八年，并⟦剥夺其政治权利三年⟧。", 36),
    ("判处有期徒刑五年，⟦剥夺政治权利一年六个月⟧。", 18),
  ])
  func chinese(marked: String, months: Int?) throws {
    try expectOne(marked, months: months)
  }

  @Test(arguments: [
    ("The court sentenced Ye Moumou to 11 years in prison, ⟦deprivation of political rights for 2 years⟧, and confiscation of personal property.", 24 as Int?),
    ("Cheng was sentenced to 11 years and 6 months in prison, ⟦deprived of political rights for 2 years⟧.", 24),
    ("He was sentenced to life imprisonment and ⟦deprived of political rights for life⟧.", nil),
    ("She was ⟦stripped of her political rights for three years⟧.", 36),
    ("He also received ⟦two years' deprivation of political rights⟧.", 24),
  ])
  func english(marked: String, months: Int?) throws {
    try expectOne(marked, months: months)
  }

  // No term, statute text, or political rights in another sense.
  @Test(arguments: [
    "对于危害国家安全的犯罪分子应当附加剥夺政治权利。",
    "剥夺政治权利的期限，除本法第五十七条规定外，为一年以上五年以下。",
    "He was deprived of political rights.",
    "Citizens enjoy political rights for life under the constitution.",
    "The website attacked and slandered China's political system.",
  ])
  func notPoliticalRights(text: String) throws {
    #expect(try rights(text).isEmpty, "\(text)")
  }

  // Seeds: 001 has Ye's and Cheng's 2 years; the Chinese seeds have none.
  @Test func seeds() throws {
    for id in ["000", "002", "003", "004"] { #expect(try rights(try PackageRoot.seed(id)).isEmpty, "seed \(id)") }
    let found = try rights(try PackageRoot.seed("001"))
    #expect(found.map(\.text) == ["deprivation of political rights for 2 years", "deprived of political rights for 2 years"])
    #expect(found.map { $0.value.politicalRights?.months } == [24, 24])
  }
}

@Suite struct ExtractPoliticalRightsPassiveTests {
  @Test func passiveEnglish() throws {
    let doc = try TestPipelines.extract(
      "He was sentenced to life imprisonment and had his political rights stripped for life.",
      with: [try ExtractPoliticalRights.make()])
    let found = doc.entities.filter { $0.type == .politicalRights }
    #expect(found.map(\.text) == ["his political rights stripped for life"])
    #expect(found.first?.value.json["life"] == .bool(true))
  }
}
