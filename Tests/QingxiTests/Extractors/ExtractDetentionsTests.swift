import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractDetentionsTests {
  func detentions(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractDetentions.make()])
    for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return doc.entities.filter { $0.type == .detention }
  }

  func expectOne(_ marked: String, kind: String, days: Int) throws {
    let m = MarkedText(marked)
    let found = try detentions(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map(\.value.json) == [.object(["kind": .string(kind), "days": .int(days)])], "\(marked)")
  }

  @Test func valueKeysInContractOrder() throws {
    #expect(try detentions("对其处以行政拘留15日。").first?.value.json.objectValue?.keys == ["kind", "days"])
  }

  // Administrative detention: the term after 拘留 (in 日 or 天, Arabic or Chinese), or before it.
  @Test(arguments: [
    ("公安机关依法对其处以⟦行政拘留15日⟧。", 15),
    ("张某被⟦行政拘留十五天⟧。", 15),
    ("对违法行为人⟦行政拘留十日⟧并处罚款五百元。", 10),
    ("王某因殴打他人被⟦治安拘留5日⟧。", 5),
    ("李某被公安机关依法⟦拘留10日⟧。", 10),
    ("警方依法对其处以⟦十日行政拘留⟧。", 10),
    ("对其处⟦15日的行政拘留⟧。", 15),
  ])
  func administrativeChinese(marked: String, days: Int) throws {
    try expectOne(marked, kind: "administrative", days: days)
  }

  // 拘役 is criminal detention; its months count 30 days.
  @Test(arguments: [("法院判处被告人⟦拘役六个月⟧。", 180), ("张某被判处⟦拘役3个月⟧，缓刑6个月。", 90), ("判处⟦四个月拘役⟧。", 120)])
  func criminalChinese(marked: String, days: Int) throws {
    try expectOne(marked, kind: "criminal", days: days)
  }

  // Seed 001 (Fu) and other English phrasing.
  @Test(arguments: [
    ("The national security agency imposed him on ⟦administrative detention for 15 days⟧ in accordance with the law.", "administrative", 15),
    ("He was ⟦administratively detained for 15 days⟧.", "administrative", 15),
    ("Police gave him ⟦10 days of administrative detention⟧.", "administrative", 10),
    ("He received a ⟦15-day administrative detention⟧.", "administrative", 15),
    ("The court sentenced him to ⟦criminal detention of six months⟧.", "criminal", 180),
    ("He was sentenced to ⟦six months of criminal detention⟧.", "criminal", 180),
  ])
  func english(marked: String, kind: String, days: Int) throws {
    try expectOne(marked, kind: kind, days: days)
  }

  // Pre-trial custody, court coercive measures, detentions without a term, dates and statute text.
  @Test(arguments: [
    "公安机关依法对张某刑事拘留。",
    "张某因涉嫌犯罪被刑事拘留30日。",
    "法院决定对其司法拘留15日。",
    "Chinese employees of overseas institutions stationed in China are administratively detained",
    "The state security agencies took criminal coercive measures against Zhu Moumou in accordance with the law.",
    "He was detained for 15 days.",
    "He was placed under criminal detention.",
    "情节严重的，可以处十日以上十五日以下拘留。",
    "依法处三年以下有期徒刑、拘役或者管制。",
    "2023年5月15日拘留所开放日活动举行。",
    "犯罪嫌疑人已被行政拘留。",
  ])
  func notDetentions(text: String) throws {
    #expect(try detentions(text).isEmpty, "\(text)")
  }

  // Seeds: only Fu's 15 days in 001 (its headline "are administratively detained" has no term).
  @Test func seeds() throws {
    for id in ["000", "002", "003", "004"] { #expect(try detentions(try PackageRoot.seed(id)).isEmpty, "seed \(id)") }
    let found = try detentions(try PackageRoot.seed("001"))
    #expect(found.map(\.text) == ["administrative detention for 15 days"])
    #expect(found.first?.value.json == .object(["kind": .string("administrative"), "days": .int(15)]))
  }
}
