import Qingxi

/// One `entities[]` item: its position in the record, type, text, offsets and raw value. Typed readings of
/// the value (`person`, `court`, `money`, …) are nil when the type differs or the value is unreadable.
public struct EntityRecord: Sendable, Hashable {
  /// Index in the record's `entities` (what `cases[].evidence` points at).
  public var index: Int
  public var type: String
  public var text: String
  public var start: Int
  public var end: Int
  public var value: JSONValue

  public init(index: Int, type: String, text: String, start: Int, end: Int, value: JSONValue) {
    self.index = index
    self.type = type
    self.text = text
    self.start = start
    self.end = end
    self.value = value
  }

  public init?(index: Int, json: JSONValue) {
    guard let type = json.string("type") else { return nil }
    self.init(
      index: index, type: type, text: json.string("text") ?? "", start: json.count("start") ?? 0, end: json.count("end") ?? 0,
      value: json["value"] ?? .null)
  }

  public var person: PersonMention? { type == "person" ? PersonMention(text: text, json: value) : nil }
  public var court: CourtRecord? { type == "court" ? CourtRecord(json: value) : nil }
  public var money: MoneyRecord? { type == "money" ? MoneyRecord(json: value) : nil }
  public var prisonTerm: PrisonTermRecord? { type == "prison_term" ? PrisonTermRecord(json: value) : nil }
}
