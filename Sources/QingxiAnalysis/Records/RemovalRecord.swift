import Qingxi

/// One `removed[]` item: what cleaning removed, by which rule, at which raw offsets.
public struct RemovalRecord: Sendable, Hashable {
  public var kind: String
  public var rule: String
  /// The removed text; nil when the run dropped it (`--no-removed-text`).
  public var text: String?
  public var rawStart: Int
  public var rawEnd: Int

  public init(kind: String, rule: String, text: String?, rawStart: Int, rawEnd: Int) {
    self.kind = kind
    self.rule = rule
    self.text = text
    self.rawStart = rawStart
    self.rawEnd = rawEnd
  }

  public init?(json: JSONValue) {
    guard let kind = json.string("kind") else { return nil }
    let start = json.count("raw_start") ?? 0
    self.init(
      kind: kind, rule: json.string("rule") ?? "", text: json.string("text"), rawStart: start,
      rawEnd: Swift.max(json.count("raw_end") ?? start, start))
  }

  /// Removed Unicode scalars (known from the offsets even when the text was dropped).
  public var characters: Int { rawEnd - rawStart }
}
