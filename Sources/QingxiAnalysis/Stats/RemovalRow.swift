import Qingxi

/// What one noise kind or one rule removed: removals, characters, and their share of the characters before
/// cleaning.
public struct RemovalRow: Sendable, Equatable {
  public var key: String
  public var removals: Int
  public var characters: Int
  /// characters / characters before cleaning (0 when there was no text).
  public var share: Double

  public init(key: String, removals: Int, characters: Int, share: Double) {
    self.key = key
    self.removals = removals
    self.characters = characters
    self.share = share
  }

  public var json: JSONValue {
    .object([
      "key": .string(key), "removals": .int(removals), "characters": .int(characters),
      "share": .number(Distribution.rounded(share)),
    ])
  }
}
