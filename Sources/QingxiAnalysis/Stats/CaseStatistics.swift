import Qingxi

/// Statistics of cases: prison terms (fixed terms in months; life and death apart; suspended sentences
/// apart), groups by charge, court level, province and year, money by role and currency, detentions,
/// political rights and administrative penalties.
public struct CaseStatistics: Sendable {
  public var merged: Bool
  /// Case records in the input (one per person per document).
  public var reports: Int
  public var cases: Int
  /// Cases reported by more than one document.
  public var casesInSeveralDocuments: Int
  /// Fixed terms without probation, in months.
  public var prisonMonths: Distribution
  public var life: Int
  public var death: Int
  public var deathWithReprieve: Int
  /// Group records: terms over several defendants known only as a range. They are counted here and
  /// nowhere else (not in `cases`, the term distributions or the rows by charge, court, province, year):
  /// a range gives no one's term, so it cannot enter a distribution of months, and weighting it by its
  /// count would add people without terms (and such counts are often a court's yearly statistics).
  public var ranges: Int
  /// The people the group records are over, where they state a count.
  public var rangeDefendants: Int
  /// Suspended sentences: the terms, and the probation, in months.
  public var suspendedMonths: Distribution
  public var probationMonths: Distribution
  public var byCharge: [GroupRow]
  public var byCourtLevel: [GroupRow]
  public var byProvince: [GroupRow]
  public var byYear: [GroupRow]
  public var money: [MoneyRow]
  /// Detentions by kind, in days.
  public var detentions: [(kind: String, days: Distribution)]
  public var politicalRightsMonths: Distribution
  public var politicalRightsLife: Int
  public var administrativePenalties: [(kind: String, cases: Int)]
  /// Co-defendants tried together (see `ProceedingGrouper`); a case alone is its own proceeding.
  public var proceedings: [Proceeding]

  public static let unknown = "(unknown)"
  public static let none = "(none)"

  public init(cases all: [MergedCase], proceedings: [Proceeding], reports: Int, merged: Bool) {
    self.merged = merged
    self.proceedings = proceedings
    self.reports = reports
    let groups = all.filter { $0.group != nil || $0.prisonTerm?.isRange == true }
    let list = all.filter { $0.group == nil && $0.prisonTerm?.isRange != true }
    ranges = groups.count
    rangeDefendants = groups.reduce(0) { $0 + ($1.group?.count ?? $1.prisonTerm?.count ?? 0) }
    cases = list.count
    casesInSeveralDocuments = list.filter { Set($0.sources.map(\.documentOrdinal)).count > 1 }.count
    prisonMonths = CaseStatistics.servedTerms(list)
    let terms = list.compactMap(\.prisonTerm)
    life = terms.filter { $0.kind == "life" }.count
    death = terms.filter { $0.kind == "death" }.count
    deathWithReprieve = terms.filter { $0.kind == "death" && $0.reprieve }.count
    let suspended = terms.filter { $0.isFixedTerm && $0.isSuspended }
    suspendedMonths = Distribution(suspended.compactMap(\.months))
    probationMonths = Distribution(suspended.compactMap(\.probationMonths))
    byCharge = GroupRow.rows(list, missing: CaseStatistics.none) { $0.charges }
    byCourtLevel = GroupRow.rows(list, missing: CaseStatistics.unknown) { c in c.court?.level.map { [$0] } ?? [] }
    byProvince = GroupRow.rows(list, missing: CaseStatistics.unknown) { c in c.court?.province.map { [$0] } ?? [] }
    byYear = GroupRow.rows(list, missing: CaseStatistics.unknown, byKey: true) { c in c.year.map { [String($0)] } ?? [] }
    money = MoneyRow.rows(list)
    var detentionDays: [String: [Int]] = [:]
    for d in list.compactMap(\.detention) { detentionDays[d.kind, default: []].append(contentsOf: d.days.map { [$0] } ?? []) }
    detentions = detentionDays.keys.sorted().map { ($0, Distribution(detentionDays[$0] ?? [])) }
    let rights = list.compactMap(\.politicalRights)
    politicalRightsMonths = Distribution(rights.filter { !$0.life }.compactMap(\.months))
    politicalRightsLife = rights.filter(\.life).count
    var penalties: [String: Int] = [:]
    for c in list { for p in Set(c.administrativePenalties) { penalties[p, default: 0] += 1 } }
    administrativePenalties = penalties.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
  }

  /// Proceedings reported by more than one document.
  public var severalDocuments: [Proceeding] { proceedings.filter { $0.documents.count > 1 } }

  /// Fixed terms of known length without probation, in months.
  static func servedTerms(_ cases: [MergedCase]) -> Distribution {
    Distribution(cases.compactMap { c in c.prisonTerm.flatMap { $0.isFixedTerm && !$0.isSuspended ? $0.months : nil } })
  }

  public var json: JSONValue {
    .object([
      "merged": .bool(merged), "reports": .int(reports), "cases": .int(cases),
      "cases_in_several_documents": .int(casesInSeveralDocuments),
      "prison_terms": .object([
        "fixed_months": prisonMonths.json, "life": .int(life), "death": .int(death),
        "death_with_reprieve": .int(deathWithReprieve), "ranges": .int(ranges), "range_defendants": .int(rangeDefendants),
        "suspended": .object(["months": suspendedMonths.json, "probation_months": probationMonths.json]),
      ]),
      "by_charge": .array(byCharge.map(\.json)), "by_court_level": .array(byCourtLevel.map(\.json)),
      "by_province": .array(byProvince.map(\.json)), "by_year": .array(byYear.map(\.json)),
      "money": .array(money.map(\.json)),
      "detentions": .array(detentions.map { .object(["kind": .string($0.kind), "days": $0.days.json]) }),
      "political_rights": .object(["months": politicalRightsMonths.json, "life": .int(politicalRightsLife)]),
      "administrative_penalties": .array(administrativePenalties.map { .object(["kind": .string($0.kind), "cases": .int($0.cases)]) }),
      "proceedings": .object([
        "count": .int(proceedings.count), "with_several_cases": .int(proceedings.filter { $0.caseIds.count > 1 }.count),
        "reported_by_several_documents": .array(severalDocuments.map(\.json)),
      ]),
    ])
  }
}
