/// A crime name (`extract-charges`).
public struct ChargeValue: Sendable, Hashable {
  /// Canonical Chinese crime name ending in 罪.
  public var nameZh: String

  public init(nameZh: String) { self.nameZh = nameZh }
}
