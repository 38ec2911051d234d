import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct LinkCasesTests {
  /// The default pipeline's records for `text`.
  func records(_ text: String) throws -> [Document] {
    try TestPipelines.run(try DefaultPipeline.build(), text)
  }

  func cases(_ text: String) throws -> [JSONValue] {
    try records(text).flatMap { $0.cases.map(\.json) }
  }

  func money(_ amount: Int, _ currency: String, _ role: String) -> JSONValue {
    .object([
      "amount": .int(amount), "currency": .string(currency), "approximate": .bool(false), "min": .null, "max": .null,
      "role": .string(role),
    ])
  }

  func fixed(_ months: Int) -> JSONValue {
    .object(["kind": .string("fixed"), "months": .int(months), "probation_months": .null, "reprieve": .bool(false),
             "min_months": .null, "max_months": .null, "defendant_count": .null])
  }

  @Test("seed 001: five people, court and date carried to Cheng from the sentence before")
  func seed001() throws {
    let all = try cases(try PackageRoot.seed("001"))
    func find(_ name: String) -> JSONValue? {
      all.first { $0["names"]?.arrayValue?.contains(.string(name)) == true }
    }
    let nanchang = try #require(CourtNames.canonical(zh: "江西省南昌市中级人民法院"))
    let ye = try #require(find("Ye Moumou"))
    #expect(ye["prison_term"] == fixed(132))
    #expect(ye["political_rights"]?["months"] == .int(24))
    #expect(ye["confiscations"] == .array([money(500_000, "CNY", "confiscation")]))
    #expect(ye["court"]?["name_zh"] == .string(nanchang.nameZh))
    #expect(ye["date"] == .string("2023-11"))
    #expect(ye["names"] == .array([.string("Ye Moumou"), .string("叶某某")]))
    let cheng = try #require(find("Cheng"))
    #expect(cheng["names"]?.arrayValue?.contains(.string("成某")) == true)
    #expect(cheng["prison_term"] == fixed(138))
    #expect(cheng["political_rights"]?["months"] == .int(24))
    #expect(cheng["confiscations"] == .array([money(900_000, "CNY", "confiscation")]))
    #expect(cheng["fines"] == .array([money(100_000, "CNY", "fine")]))
    #expect(cheng["court"]?["name_zh"] == .string(nanchang.nameZh))
    #expect(cheng["date"] == .string("2023-11"))
    let zhu = try #require(find("Zhu Moumou"))
    #expect(zhu["prison_term"] == fixed(18))
    #expect(zhu["court"]?["name_zh"] == .string("安徽省合肥市中级人民法院"))
    #expect(zhu["date"] == .string("2024-01"))
    let fu = try #require(find("Fu"))
    #expect(fu["detention"] == .object(["kind": .string("administrative"), "days": .int(15)]))
    let song = try #require(find("Song"))
    #expect(song["administrative_penalties"] == .array([.string("warning")]))
    #expect(all.count == 5)
  }

  @Test("seed 002: 成某 138 months with the USD 510,000 bribe from another sentence; 叶某某 132 months; 2023-11")
  func seed002() throws {
    let all = try cases(try PackageRoot.seed("002"))
    #expect(all.count == 2)
    let cheng = try #require(all.first { $0["names"] == .array([.string("成某")]) })
    #expect(cheng["prison_term"] == fixed(138))
    #expect(cheng["date"] == .string("2023-11"))
    #expect(cheng["other_money"] == .array([money(510_000, "USD", "bribe")]))
    #expect(cheng["charges"]?.arrayValue?.contains(.string("受贿罪")) == true)
    let ye = try #require(all.first { $0["names"] == .array([.string("叶某某")]) })
    #expect(ye["prison_term"] == fixed(132))
    #expect(ye["date"] == .string("2023-11"))
    // 受贿罪 is in 成某's clause, not 叶某某's.
    #expect(ye["charges"] == .array([]))
  }

  @Test("evidence lists the entities each record was built from")
  func evidencePointsAtEntities() throws {
    let doc = try #require(try records("2024年3月，北京市第一中级人民法院以受贿罪判处张某有期徒刑五年，并处罚金人民币30万元。").first)
    let record = try #require(doc.cases.first?.json)
    let evidence = try #require(record["evidence"]?.arrayValue).compactMap(\.intValue)
    let types = Set(evidence.map { doc.entities[$0].type.rawValue })
    #expect(types == ["date", "court", "charge", "person", "prison_term", "money"])
    #expect(record["date"] == .string("2024-03"))
    #expect(record["fines"] == .array([money(300_000, "CNY", "fine")]))
  }

  @Test("a penalty in a sentence naming no one goes to the person named just before; no penalty, no case")
  func pronounFallsBackToLastPerson() throws {
    let all = try cases("傅某拒不配合调查。\n\n国家安全机关依法对其处以行政拘留15日。\n\n李某某是一名学生。")
    #expect(all.count == 1)
    #expect(all.first?["names"] == .array([.string("傅某")]))
    #expect(all.first?["detention"]?["days"] == .int(15))
  }

  @Test("a penalty named before its person belongs to the person after it in the sentence")
  func personAfterPenalty() throws {
    let all = try cases("李某拒不认罪。\n\n被判处有期徒刑五年的张某提出上诉。")
    #expect(all.count == 1)
    #expect(all.first?["names"] == .array([.string("张某")]))
    #expect(all.first?["prison_term"] == fixed(60))
  }
}


/// Linking rules of issue 11, one test each, on sentences in the style of court reports.
@Suite struct LinkCasesRulesTests {
  func cases(_ text: String) throws -> [CaseRecord] {
    let stages: [any Stage] = [
      try ExtractPersons.make(), try ExtractPrisonTerms.make(), try ExtractCharges.make(), try ExtractCourts.make(),
      try LinkCases.make(),
    ]
    return try TestPipelines.extract(text, with: stages).cases
  }

  func terms(_ found: [CaseRecord]) -> [String: Int?] {
    var out: [String: Int?] = [:]
    for c in found { if let n = c.names.first { out[n] = c.prisonTerm?.months } }
    return out
  }

  // A、B分别被判处X、Y: the k-th term is the k-th person's.
  @Test func respectively() throws {
    let found = try cases("被告人张某、李某分别被判处有期徒刑三年、有期徒刑二年。")
    #expect(terms(found) == ["张某": 36, "李某": 24])
  }

  // A被判处…，B被判处…: each term goes to the person named before it.
  @Test func eachBeforeItsOwn() throws {
    #expect(terms(try cases("张某被判处有期徒刑五年，李某被判处有期徒刑三年。")) == ["张某": 60, "李某": 36])
    let en = terms(try cases("Zhang Moumou was jailed for five years. Li Moumou was jailed for three years."))
    #expect(en["Zhang Moumou"] == 60)
    #expect(en["Li Moumou"] == 36)
  }

  // A range over a group is no one person's sentence: it is a group record of its own.
  @Test func groupRangeIsNobodys() throws {
    let found = try cases("主犯张某被判处无期徒刑，其余五人分别被判处有期徒刑一年至三年。")
    #expect(found.map(\.names) == [["张某"], []])
    #expect(found.first?.prisonTerm?.kind == .life)
    #expect(found.first?.group == nil)
    #expect(found.last?.group == CaseGroup(count: 5, members: []))
    #expect(found.last?.prisonTerm?.kind == .range)
  }

  // A first-instance term gives way to the term given on retrial, whatever the order in the text.
  @Test func retrialWins() throws {
    let found = try cases("大连中院重审判处加拿大男子谢伦伯格(Robert Lloyd Schellenberg)死刑。谢伦伯格一审被判处有期徒刑15年。")
    #expect(found.count == 1)
    #expect(found.first?.prisonTerm?.kind == .death)
  }
}
