import Qingxi

/// Amounts of one role (fine, confiscation, bribe) in one currency.
public struct MoneyRow: Sendable, Equatable {
  public var role: String
  public var currency: String
  /// Amounts with a figure (`amount` not null).
  public var amounts: Distribution
  /// Amounts known only as a range (数千万元), not in `amounts`.
  public var ranges: Int

  public init(role: String, currency: String, amounts: Distribution, ranges: Int) {
    self.role = role
    self.currency = currency
    self.amounts = amounts
    self.ranges = ranges
  }

  /// One row per role and currency, roles in the order given, currencies by number of amounts.
  static func rows(_ cases: [MergedCase]) -> [MoneyRow] {
    let roles: [(String, (MergedCase) -> [MoneyRecord])] = [("fine", \.fines), ("confiscation", \.confiscations), ("bribe", \.bribes)]
    var out: [MoneyRow] = []
    for (role, pick) in roles {
      var byCurrency: [String: [MoneyRecord]] = [:]
      for c in cases { for m in pick(c) { byCurrency[m.currency, default: []].append(m) } }
      let rows = byCurrency.map { currency, list in
        MoneyRow(
          role: role, currency: currency, amounts: Distribution(list.compactMap(\.amount)),
          ranges: list.filter { $0.amount == nil }.count)
      }
      out += rows.sorted { ($0.amounts.count + $0.ranges, $1.currency) > ($1.amounts.count + $1.ranges, $0.currency) }
    }
    return out
  }

  public var json: JSONValue {
    .object([
      "role": .string(role), "currency": .string(currency), "count": .int(amounts.count),
      "sum": .number(Distribution.rounded(amounts.sum)), "median": amounts.median.map(JSONValue.number) ?? .null,
      "max": amounts.max.map(JSONValue.number) ?? .null, "ranges": .int(ranges),
    ])
  }
}
