/// A prison sentence (`extract-prison-terms`).
public struct PrisonTermValue: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case fixed, life, death
  }
  public var kind: Kind
  /// Length of a fixed term in months; nil for life and death.
  public var months: Int?
  /// Probation (缓刑) in months, else nil.
  public var probationMonths: Int?
  /// Death sentence with reprieve (死刑缓期二年执行).
  public var reprieve: Bool

  public init(kind: Kind, months: Int?, probationMonths: Int?, reprieve: Bool) {
    self.kind = kind
    self.months = months
    self.probationMonths = probationMonths
    self.reprieve = reprieve
  }
}
