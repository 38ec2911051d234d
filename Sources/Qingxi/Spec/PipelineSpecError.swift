/// A problem with a pipeline file, found before any document is processed.
public struct PipelineSpecError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The pipeline file (or `<built-in default>`).
  public var file: String
  /// 1-based line of the offending YAML node, when known.
  public var line: Int?
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}

/// The known name closest to `name` (edit distance), for "did you mean" hints.
func nearest(_ name: String, in candidates: [String]) -> String? {
  func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
  let scored = candidates.map { ($0, distance(Array(name), Array($0))) }.sorted { $0.1 < $1.1 }
  guard let best = scored.first, best.1 <= max(2, name.count / 3) else { return nil }
  return best.0
}
