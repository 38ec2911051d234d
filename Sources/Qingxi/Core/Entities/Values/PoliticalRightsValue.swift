/// Deprivation of political rights (`extract-political-rights`).
public struct PoliticalRightsValue: Sendable, Hashable {
  /// Length in months; nil when for life.
  public var months: Int?
  public var life: Bool

  public init(months: Int?, life: Bool) {
    self.months = months
    self.life = life
  }

  /// A term of `months`, or for life when nil.
  public init(months: Int?) {
    self.init(months: months, life: months == nil)
  }
}
