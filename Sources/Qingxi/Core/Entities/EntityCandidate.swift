/// What an extractor finds: a span of the cleaned text (scalar offsets into `Document.text`) and its
/// value. The extractor base turns candidates into `Entity`s, slicing their text from the document.
public struct EntityCandidate: Sendable, Hashable {
  public var range: Range<Int>
  public var value: EntityValue

  public init(_ range: Range<Int>, _ value: EntityValue) {
    self.range = range
    self.value = value
  }
}
