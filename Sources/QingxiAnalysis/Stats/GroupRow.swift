import Qingxi

/// Cases of one group (a charge, a court level, a province, a year) and their prison terms.
public struct GroupRow: Sendable, Equatable {
  public var key: String
  public var cases: Int
  /// Fixed terms without probation, in months.
  public var prisonMonths: Distribution
  public var life: Int
  public var death: Int

  public init(key: String, cases: Int, prisonMonths: Distribution, life: Int, death: Int) {
    self.key = key
    self.cases = cases
    self.prisonMonths = prisonMonths
    self.life = life
    self.death = death
  }

  /// Rows of `cases` grouped by `keys` (a case may fall in several groups, or none: `missing`). Sorted by
  /// number of cases, descending, then key; the missing group last. With `byKey`, sorted by key.
  static func rows(_ cases: [MergedCase], missing: String, byKey: Bool = false, keys: (MergedCase) -> [String]) -> [GroupRow] {
    var groups: [String: [MergedCase]] = [:]
    for c in cases {
      let k = keys(c)
      for key in k.isEmpty ? [missing] : k { groups[key, default: []].append(c) }
    }
    let rows = groups.map { key, members in
      GroupRow(
        key: key, cases: members.count, prisonMonths: CaseStatistics.servedTerms(members),
        life: members.filter { $0.prisonTerm?.kind == "life" }.count,
        death: members.filter { $0.prisonTerm?.kind == "death" }.count)
    }
    return rows.sorted { a, b in
      if (a.key == missing) != (b.key == missing) { return b.key == missing }
      if !byKey && a.cases != b.cases { return a.cases > b.cases }
      return a.key < b.key
    }
  }

  public var json: JSONValue {
    .object([
      "key": .string(key), "cases": .int(cases), "prison_months": prisonMonths.json, "life": .int(life), "death": .int(death),
    ])
  }
}
