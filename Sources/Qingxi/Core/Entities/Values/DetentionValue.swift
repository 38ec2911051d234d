/// Administrative or criminal detention (`extract-detentions`).
public struct DetentionValue: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// 行政拘留.
    case administrative
    /// 拘役.
    case criminal
  }
  public var kind: Kind
  /// Length in days (a month counts 30 days).
  public var days: Int

  public init(kind: Kind, days: Int) {
    self.kind = kind
    self.days = days
  }
}
