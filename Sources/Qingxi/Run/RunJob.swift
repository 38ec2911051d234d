import Foundation

/// One `qingxi run`: the files, directories and standard input named, through a pipeline, into a
/// `RunOutput`, with `summary.json` beside file output. The front end only fills this in and prints.
public struct RunJob {
  public var pipeline: Pipeline
  public var inputs: [String]
  public var output: RunOutput
  /// False writes `removed[].text` as null.
  public var keepRemovedText = true
  /// A file to write every rejection to as JSON Lines, if any.
  public var rejectsPath: String?
  /// Called with each rejection as it happens (progress, logging).
  public var onReject: ((Rejection) -> Void)?

  public init(pipeline: Pipeline, inputs: [String], output: RunOutput) {
    self.pipeline = pipeline
    self.inputs = inputs
    self.output = output
  }

  /// Runs every input. Throws only when the run itself fails (an output cannot be written); rejected
  /// inputs are in the summary.
  public func execute() throws -> RunSummary {
    let clock = ContinuousClock()
    let started = clock.now
    var source = FileDocumentSource(arguments: inputs, limits: ReadLimits(pipeline: pipeline))
    var records = JSONLinesSink(output: try output.recordsOutput(), keepRemovedText: keepRemovedText)
    var rejects = ForwardingRejectSink(file: nil, onReject: onReject)
    do {
      rejects.file = try rejectsPath.map { JSONLinesRejectSink(output: try AtomicFileWriter(path: $0)) }
    } catch {
      records.abandon()
      throw error
    }
    let stats = try RunEngine(pipeline: pipeline).run(&source, records: &records, rejects: &rejects)
    let elapsed = clock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let summary = RunSummary(pipeline: pipeline.name, stats: stats, seconds: seconds)
    if let path = output.summaryPath {
      let w = try AtomicFileWriter(path: path)
      try w.write(Array(summary.json().pretty().utf8))
      try w.commit()
    }
    return summary
  }
}

/// Hands each rejection to the caller's callback and to the rejects file, if any.
private struct ForwardingRejectSink: RejectSink {
  var file: JSONLinesRejectSink?
  let onReject: ((Rejection) -> Void)?

  mutating func reject(_ rejection: Rejection) throws {
    onReject?(rejection)
    try file?.reject(rejection)
  }

  mutating func commit() throws { try file?.commit() }
  mutating func abandon() { file?.abandon() }
}
