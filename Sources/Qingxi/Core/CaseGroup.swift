/// What makes a case record a group record: one penalty stated over several people at once
/// (`五人分别被判处有期徒刑一年至三年`, `张某等3人被判处…1年至3年不等`, "five defendants were sentenced to between
/// one and three years"). The record's prison term is then a range (kind `range`, min/max), never one
/// person's fixed term, and its `names` are the members the text lists, if any.
public struct CaseGroup: Sendable, Hashable {
  /// How many people the penalty is over, when the text says (五人, 张某等3人, 92人, "five defendants"), or
  /// the number of members listed when two or more are; else nil.
  public var count: Int?
  /// The `person_id`s of the members the text names with the group (张某等3人 → 张某's id), in order.
  public var members: [String]

  public init(count: Int?, members: [String] = []) {
    self.count = count
    self.members = members
  }
}
