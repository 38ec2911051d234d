/// A number of state secrets (or items of intelligence) of one classification level
/// (`extract-secret-counts`).
public struct SecretCountValue: Sendable, Hashable {
  public var count: Int
  /// The classification level; the raw value is the record's.
  public enum Level: String, Sendable, Hashable, CaseIterable {
    case topSecret = "绝密"
    case confidential = "机密"
    case secret = "秘密"
    /// Items of intelligence (情报), which carry no level.
    case intelligence = "情报"
  }
  public var level: Level

  public init(count: Int, level: Level) {
    self.count = count
    self.level = level
  }
}
