import Qingxi

/// An amount of money with its ISO 4217 currency and role (fine, confiscation, bribe, illegal_gain, other).
public struct MoneyRecord: Sendable, Hashable {
  /// Amount in units of the currency; nil when only a range is known (数千万元).
  public var amount: Double?
  public var currency: String
  public var approximate: Bool
  public var min: Double?
  public var max: Double?
  public var role: String

  public init(amount: Double?, currency: String, approximate: Bool = false, min: Double? = nil, max: Double? = nil, role: String) {
    self.amount = amount
    self.currency = currency
    self.approximate = approximate
    self.min = min
    self.max = max
    self.role = role
  }

  public init?(json: JSONValue) {
    // An ISO 4217 code, else the amount cannot be added to any other.
    guard let currency = json.string("currency"), currency.utf8.count == 3, currency.utf8.allSatisfy({ (65...90).contains($0) }) else {
      return nil
    }
    let finite: (Double?) -> Double? = { d in d.flatMap { $0.isFinite ? $0 : nil } }
    self.init(
      amount: finite(json.double("amount")), currency: currency, approximate: json.bool("approximate") ?? false,
      min: finite(json.double("min")), max: finite(json.double("max")), role: json.string("role") ?? "other")
  }

  public var json: JSONValue {
    .object([
      "amount": amount.map(JSONValue.number) ?? .null, "currency": .string(currency), "approximate": .bool(approximate),
      "min": min.map(JSONValue.number) ?? .null, "max": max.map(JSONValue.number) ?? .null, "role": .string(role),
    ])
  }
}
