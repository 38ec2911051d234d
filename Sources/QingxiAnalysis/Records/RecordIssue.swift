/// A line of input that was skipped, with where it was and why.
public struct RecordIssue: Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// 1-based line number.
  public var line: Int
  public var reason: String

  public init(path: String, line: Int, reason: String) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  public var description: String { "\(path):\(line): \(reason)" }
}
