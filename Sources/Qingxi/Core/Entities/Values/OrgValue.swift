/// A state body (`extract-orgs`).
public struct OrgValue: Sendable, Hashable {
  /// The name as written.
  public var name: String
  /// Canonical Chinese name when known.
  public var nameZh: String?

  public init(name: String, nameZh: String?) {
    self.name = name
    self.nameZh = nameZh
  }
}
