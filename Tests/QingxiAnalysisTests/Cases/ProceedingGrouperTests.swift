import Testing

@testable import QingxiAnalysis

struct ProceedingGrouperTests {
  static func source(_ doc: Int, _ record: CaseReport) -> CaseSource {
    CaseSource(documentId: "d\(doc)", documentOrdinal: doc, record: record, mentions: [], evidence: [])
  }

  @Test func coDefendantsOfOneDocumentWithOneCourtOrDateAreOneProceeding() {
    let court = CaseAgreementTests.nanchang
    var cases = [
      MergedCase(id: "c1", sources: [Self.source(0, CaseReport(personId: "p1", court: court, date: "2023-11")), Self.source(1, CaseReport(personId: "p1", date: "2023-11"))]),
      MergedCase(id: "c2", sources: [Self.source(0, CaseReport(personId: "p2", court: court, date: "2023-11"))]),
      // Same document, another court: another proceeding.
      MergedCase(id: "c3", sources: [Self.source(0, CaseReport(personId: "p3", court: CaseAgreementTests.hefei, date: "2024-01"))]),
      // Same document, nothing stated: alone.
      MergedCase(id: "c4", sources: [Self.source(0, CaseReport(personId: "p4"))]),
      // Reported with c2's date in another document, joins through it.
      MergedCase(id: "c5", sources: [Self.source(1, CaseReport(personId: "p5", date: "2023-11-26"))]),
    ]
    let proceedings = ProceedingGrouper.group(&cases)
    #expect(proceedings.map(\.caseIds) == [["c1", "c2", "c5"], ["c3"], ["c4"]])
    #expect(proceedings.first?.documents == ["d0", "d1"])
    #expect(proceedings.first?.date == "2023-11-26")
    #expect(cases.map(\.proceeding) == ["k1", "k1", "k2", "k3", "k1"])
  }

  @Test func theRareEarthCaseIsOneProceedingWithBothDefendantsReportedTwice() throws {
    let stats = try StatsReportTests.corpus().cases
    #expect(stats.proceedings.count == 4)
    let several = stats.severalDocuments
    #expect(several.count == 1)
    let rareEarth = try #require(several.first)
    #expect(Set(rareEarth.names) == ["Cheng", "Ye Moumou"])
    #expect(rareEarth.court?.nameZh == "江西省南昌市中级人民法院")
    #expect(rareEarth.documents.map { String($0.prefix(3)) } == ["001", "002"])
  }
}
