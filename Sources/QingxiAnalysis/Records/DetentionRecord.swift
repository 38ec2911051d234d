import Qingxi

/// Administrative (行政拘留) or criminal (拘役) detention.
public struct DetentionRecord: Sendable, Hashable {
  public var kind: String
  public var days: Int?

  public init(kind: String, days: Int?) {
    self.kind = kind
    self.days = days
  }

  public init?(json: JSONValue) {
    guard let kind = json.string("kind") else { return nil }
    self.init(kind: kind, days: json.count("days"))
  }

  public var json: JSONValue { .object(["kind": .string(kind), "days": days.map(JSONValue.int) ?? .null]) }
}
