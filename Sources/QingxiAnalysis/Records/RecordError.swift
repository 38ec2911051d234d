/// Why a line of input could not be read as a record.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) { self.description = description }
}
