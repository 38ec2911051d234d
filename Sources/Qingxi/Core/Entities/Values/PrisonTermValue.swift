/// A prison sentence (`extract-prison-terms`), or a range of sentences over a group (kind `range`:
/// 五人分别被判处有期徒刑一年至三年, "jail terms ranging from 10 to 15 years").
public struct PrisonTermValue: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case fixed, life, death, range
  }
  public var kind: Kind
  /// Length of a fixed term in months; nil for life and death.
  public var months: Int?
  /// Probation (缓刑) in months, else nil.
  public var probationMonths: Int?
  /// Death sentence with reprieve (死刑缓期二年执行).
  public var reprieve: Bool

  /// Only for kind `range`: the shortest and the longest term in months.
  public var minMonths: Int?
  public var maxMonths: Int?
  /// Only for kind `range`: how many people the range is over, when written next to it (…有期徒刑92人).
  public var defendantCount: Int?

  public init(kind: Kind, months: Int?, probationMonths: Int?, reprieve: Bool, minMonths: Int? = nil, maxMonths: Int? = nil,
              defendantCount: Int? = nil) {
    self.kind = kind
    self.months = months
    self.probationMonths = probationMonths
    self.reprieve = reprieve
    self.minMonths = minMonths
    self.maxMonths = maxMonths
    self.defendantCount = defendantCount
  }
}
