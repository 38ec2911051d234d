/// An amount of money and what it is (`extract-money`).
import QingxiNumbers
public struct MoneyValue: Sendable, Hashable {
  /// Amount in units of the currency; nil when only a range is known (数千万元).
  public var amount: Double?
  /// ISO 4217 code (CNY, USD, …).
  public var currency: String
  /// True for 数千万元, 约, 超, 近, about, more than.
  public var approximate: Bool
  /// Bounds of an approximate amount, else nil.
  public var min: Double?
  public var max: Double?
  /// What the amount is.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    case fine, confiscation, bribe
    case illegalGain = "illegal_gain"
    case other
  }
  public var role: Role

  public init(amount: Double?, currency: String, approximate: Bool, min: Double?, max: Double?, role: Role) {
    self.amount = amount
    self.currency = currency
    self.approximate = approximate
    self.min = min
    self.max = max
    self.role = role
  }

  /// A parsed amount with its role.
  public init(_ m: MoneyAmount, role: Role) {
    self.init(amount: m.amount, currency: m.currency, approximate: m.approximate, min: m.min, max: m.max, role: role)
  }

  /// Roles that make an amount a penalty.
  public var isPenalty: Bool { role == .fine || role == .confiscation }
}
