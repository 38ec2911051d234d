import Qingxi
import Testing

@testable import QingxiAnalysis

/// Group records (a range of terms over several people) in the analysis: read back, never merged with one
/// person's case, and counted apart from the statistics of terms (issue 11).
struct GroupRecordStatsTests {
  static let groupJSON = """
    {"person_id": "g1", "names": ["张某"], "court": null, "date": "2024-05", "charges": ["贩卖毒品罪"],
     "prison_term": {"kind": "range", "months": null, "probation_months": null, "reprieve": false, "min_months": 12,
                     "max_months": 36, "defendant_count": null},
     "detention": null, "political_rights": null, "administrative_penalties": [], "fines": [], "confiscations": [],
     "other_money": [], "evidence": [0, 1], "group": {"count": 3, "members": ["p1"]}}
    """

  static func group() throws -> CaseReport { CaseReport(json: try JSONValue.parse(groupJSON)) }

  static func source(_ r: CaseReport, _ doc: Int) -> CaseSource {
    CaseSource(documentId: "d\(doc)", documentOrdinal: doc, record: r, mentions: [], evidence: [])
  }

  @Test func readsTheGroupAndTheRange() throws {
    let g = try Self.group()
    #expect(g.group == GroupRecord(count: 3, members: ["p1"]))
    #expect(g.prisonTerm?.isRange == true)
    #expect(g.prisonTerm?.minMonths == 12)
    #expect(g.prisonTerm?.maxMonths == 36)
    #expect(g.prisonTerm?.isFixedTerm == false)
  }

  @Test func readsSupersededTermsAndInstance() throws {
    let json = try JSONValue.parse("""
      {"person_id": "p1", "names": ["张某"], "prison_term": {"kind": "fixed", "months": 36, "probation_months": null,
       "reprieve": false, "instance": "appeal"},
       "superseded_prison_terms": [{"kind": "fixed", "months": 60, "probation_months": null, "reprieve": false, "instance": "first"}]}
      """)
    let r = CaseReport(json: json)
    #expect(r.prisonTerm?.instance == "appeal")
    #expect(r.supersededPrisonTerms.map(\.months) == [60])
    #expect(r.supersededPrisonTerms.first?.instance == "first")
    #expect(!r.isGroup)
  }

  @Test func aGroupIsNeverOnePersonsCase() throws {
    let g = try Self.group()
    let one = CaseReport(personId: "p1", names: ["张某"], prisonTerm: PrisonTermRecord(kind: "fixed", months: 36))
    #expect(CaseAgreement.conflict(g, one) == "group")
    var other = g
    other.group?.count = 5
    #expect(CaseAgreement.conflict(g, other) == "group")
    var wider = g
    wider.group = GroupRecord(count: 3)
    wider.prisonTerm?.maxMonths = 60
    #expect(CaseAgreement.conflict(g, wider) == "prison_term")
  }

  // One person with a fixed term and a group of three: one case; the group counted apart, its people too.
  @Test func statisticsCountTheGroupApart() throws {
    let one = CaseReport(personId: "p1", names: ["李某"], charges: ["贩卖毒品罪"], prisonTerm: PrisonTermRecord(kind: "fixed", months: 120))
    let list = [MergedCase(id: "c1", sources: [Self.source(one, 0)]), MergedCase(id: "c2", sources: [Self.source(try Self.group(), 0)])]
    let stats = CaseStatistics(cases: list, proceedings: [], reports: 2, merged: true)
    #expect(stats.cases == 1)
    #expect(stats.ranges == 1)
    #expect(stats.rangeDefendants == 3)
    #expect(stats.prisonMonths.count == 1)
    #expect(stats.byCharge.map(\.cases) == [1])
    #expect(stats.json["prison_terms"]?["range_defendants"] == .int(3))
    #expect(list[1].json["group"]?["count"] == .int(3))
  }
}
