import Qingxi

/// The `group` of a group record: how many people one range of terms is over, and the ids of the members
/// the text names.
public struct GroupRecord: Sendable, Hashable {
  public var count: Int?
  public var members: [String]

  public init(count: Int? = nil, members: [String] = []) {
    self.count = count
    self.members = members
  }

  public init?(json: JSONValue) {
    guard case .object = json else { return nil }
    self.init(count: json.count("count"), members: json.strings("members"))
  }

  public var json: JSONValue {
    .object(JSONObject([("count", count.map(JSONValue.int) ?? .null), ("members", .array(members.map(JSONValue.string)))]))
  }
}
