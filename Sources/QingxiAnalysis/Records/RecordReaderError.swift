/// An input that cannot be read at all (missing, unreadable).
public struct RecordReaderError: Error, Sendable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) { self.description = description }
}
