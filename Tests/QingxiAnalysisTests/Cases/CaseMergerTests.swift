import Testing

@testable import QingxiAnalysis

struct CaseMergerTests {
  static func document(_ id: String, _ cases: [(String, String, String, CaseReport)]) -> DocumentRecord {
    var entities: [EntityRecord] = []
    for (i, c) in cases.enumerated() {
      entities.append(
        EntityRecord(
          index: i, type: "person", text: c.0, start: 0, end: 1,
          value: .object(["anonymized": .bool(true), "surname": .string(c.1), "pinyin": .string(c.2), "person_id": .string(c.3.personId)])))
    }
    return DocumentRecord(id: id, entities: entities, cases: cases.map(\.3))
  }

  static func term(_ months: Int) -> PrisonTermRecord { PrisonTermRecord(kind: "fixed", months: months) }

  @Test func theRareEarthCaseOfSeeds001And002IsOneCaseWithBothDefendants() throws {
    let path = try CorpusRecords.corpusFile()
    defer { CorpusRecords.remove(path) }
    var reader = RecordReader(inputs: [path])
    var merger = CaseMerger()
    var ordinal = 0
    try reader.forEach {
      merger.add($0, ordinal: ordinal)
      ordinal += 1
    }
    let cases = merger.cases()
    #expect(merger.reportCount == 7)
    #expect(cases.count == 5)
    let cheng = try #require(cases.first { $0.names.contains("成某") })
    let ye = try #require(cases.first { $0.names.contains("叶某某") })
    #expect(Set(cheng.names) == ["Cheng", "成某"])
    #expect(Set(ye.names) == ["Ye Moumou", "叶某某"])
    for c in [cheng, ye] {
      #expect(c.sources.map { String($0.documentId.prefix(3)) } == ["001", "002"])
      #expect(c.court?.nameZh == "江西省南昌市中级人民法院")
      #expect(c.date == "2023-11")
    }
    #expect(cheng.prisonTerm?.months == 138)
    #expect(ye.prisonTerm?.months == 132)
    // What each report adds is kept: the bribe and the charges from 002, the fine and court from 001.
    #expect(cheng.bribes.map(\.amount) == [510_000])
    #expect(cheng.fines.map(\.amount) == [100_000])
    #expect(Set(cheng.charges) == ["受贿罪", "为境外窃取、刺探、收买、非法提供国家秘密、情报罪"])
    // No other name appears in two cases.
    let names = cases.flatMap(\.names)
    #expect(names.count == Set(names).count)
    // Every source's evidence is the text of the entity it points at.
    #expect(cheng.sources.allSatisfy { !$0.evidence.isEmpty && $0.evidence.allSatisfy { !$0.text.isEmpty } })
  }

  @Test func withoutMergingEveryReportIsACase() throws {
    let a = Self.document("a", [("成某", "成", "cheng", CaseReport(personId: "p1", prisonTerm: Self.term(138)))])
    let b = Self.document("b", [("成某", "成", "cheng", CaseReport(personId: "p1", prisonTerm: Self.term(138)))])
    var merged = CaseMerger()
    var apart = CaseMerger(merging: false)
    for (i, d) in [a, b].enumerated() {
      merged.add(d, ordinal: i)
      apart.add(d, ordinal: i)
    }
    #expect(merged.cases().count == 1)
    #expect(apart.cases().count == 2)
    #expect(apart.cases().map(\.id) == ["c1", "c2"])
  }

  @Test func aReportJoinsACaseOnlyIfItAgreesWithEveryReportInIt() {
    // a ~ b (same term, b has no date), b ~ c (same term, c has another date) but a and c disagree on the date.
    let a = Self.document("a", [("张某", "张", "zhang", CaseReport(personId: "p1", date: "2021-05", prisonTerm: Self.term(36)))])
    let b = Self.document("b", [("张某", "张", "zhang", CaseReport(personId: "p1", prisonTerm: Self.term(36)))])
    let c = Self.document("c", [("张某", "张", "zhang", CaseReport(personId: "p1", date: "2022-07", prisonTerm: Self.term(36)))])
    var merger = CaseMerger()
    for (i, d) in [a, b, c].enumerated() { merger.add(d, ordinal: i) }
    let cases = merger.cases()
    #expect(cases.map { $0.sources.map(\.documentId) } == [["a", "b"], ["c"]])
  }

  @Test func twoPeopleOfOneDocumentAreNeverMerged() {
    let d = Self.document(
      "a",
      [("张某", "张", "zhang", CaseReport(personId: "p1", prisonTerm: Self.term(36))), ("张某某", "张", "zhang", CaseReport(personId: "p2", prisonTerm: Self.term(36)))])
    var merger = CaseMerger()
    merger.add(d, ordinal: 0)
    #expect(merger.cases().count == 2)
  }

  @Test func onlyAPersonIsNotEnough() {
    // Same surname, no penalty in common: two cases.
    let a = Self.document("a", [("王某", "王", "wang", CaseReport(personId: "p1", prisonTerm: Self.term(24)))])
    let b = Self.document("b", [("王某", "王", "wang", CaseReport(personId: "p1", administrativePenalties: ["warning"]))])
    var merger = CaseMerger()
    merger.add(a, ordinal: 0)
    merger.add(b, ordinal: 1)
    #expect(merger.cases().count == 2)
  }
}
