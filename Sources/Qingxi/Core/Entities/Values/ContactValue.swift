/// A phone number, URL or e-mail address (`extract-contacts`).
public struct ContactValue: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case phone, url, email
  }
  public var kind: Kind
  /// Normalized: digits of a phone number, URL with lower-case host, lower-case e-mail.
  public var value: String

  public init(kind: Kind, value: String) {
    self.kind = kind
    self.value = value
  }
}
