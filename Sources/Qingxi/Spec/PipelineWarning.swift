/// Something in a pipeline file that still works but should change (a stage named by its former name).
/// `PipelineBuilder.load` returns these with the pipeline; the CLI prints them on standard error.
public struct PipelineWarning: Sendable, Equatable, CustomStringConvertible {
  /// The pipeline file (or `<built-in default.yaml>`).
  public var file: String
  /// 1-based line of the YAML node, when known.
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
