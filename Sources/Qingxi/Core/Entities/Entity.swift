/// An extracted entity: `text` is exactly `Document.text[start..<end]` in scalars; `value` is its
/// normalized, typed value, whose case fixes `type`.
public struct Entity: Sendable, Hashable {
  public var text: String
  public var start: Int
  public var end: Int
  public var value: EntityValue

  public init(text: String, start: Int, end: Int, value: EntityValue) {
    self.text = text
    self.start = start
    self.end = end
    self.value = value
  }

  /// The entity's type, read from its value.
  public var type: EntityType { value.type }

  public var range: Range<Int> { start..<end }
}
