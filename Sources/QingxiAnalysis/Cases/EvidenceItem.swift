import Qingxi

/// An entity a case was built from: its index in the record's `entities`, type and text.
public struct EvidenceItem: Sendable, Hashable {
  public var index: Int
  public var type: String
  public var text: String

  public init(index: Int, type: String, text: String) {
    self.index = index
    self.type = type
    self.text = text
  }

  public var json: JSONValue { .object(["index": .int(index), "type": .string(type), "text": .string(text)]) }
}
