/// Runs the pipeline over one document and says what came of it: the records to write and the
/// document's own `RunStats` (rejections, removals, entities, stage times). A pure function of the
/// document, `Sendable`: a parallel executor calls it from several workers and merges the results in
/// `DocumentPosition` order.
public struct PipelineExecutor: Sendable {
  public let pipeline: Pipeline

  public init(pipeline: Pipeline) { self.pipeline = pipeline }

  /// What one document gave.
  public struct Result: Sendable {
    /// Records to write, in order (several for a page split into articles).
    public var written: [Document]
    /// This document's contribution to the run's counts (`documents` is 1).
    public var stats: RunStats
  }

  /// `willRun` is told each stage's index as it starts (see `Pipeline.run`).
  public func process(_ doc: consuming Document, willRun: ((Int) -> Void)? = nil) -> Result {
    var stats = RunStats()
    stats.documents = 1
    let path = doc.source.path
    if doc.unparsedPublished { stats.countUnparsedPublished(id: doc.id) }
    var written: [Document] = []
    for outcome in pipeline.run(doc, timings: &stats.timings, willRun: willRun) {
      switch outcome {
      case .written(let d):
        stats.count(record: d)
        written.append(d)
      case .rejected(let id, let stage, let reason):
        stats.rejected.append(Rejection(input: path, id: id, stage: stage, reason: reason))
      }
    }
    if written.isEmpty { stats.documentsRejected = 1 } else { stats.documentsWritten = 1 }
    return Result(written: written, stats: stats)
  }

  /// The counts for a source event that is not a document: inputs, bytes, and what could not be read.
  public static func stats(for event: SourceEvent) -> RunStats {
    var stats = RunStats()
    switch event {
    case .opened:
      stats.inputs = 1
    case .inputFailed(let f, _):
      stats.inputs = 1
      stats.rejected = [Rejection(input: f.input, id: f.id, stage: Rejection.readStage, reason: f.reason)]
    case .unreadable(let f, _):
      stats.documents = 1
      stats.documentsRejected = 1
      stats.rejected = [Rejection(input: f.input, id: f.id, stage: Rejection.readStage, reason: f.reason)]
    case .oversized(let file, let bytes, let limit, _):
      stats.documents = 1
      stats.documentsRejected = 1
      stats.rejected = [Rejection(input: file.path, id: file.id, stage: DecodeText.name, reason: DecodeText.oversizeReason(bytes: bytes, limit: limit))]
    case .skipped(let kind, _):
      stats.skippedRecords[kind] = 1
    case .closed(_, let bytes):
      stats.bytes = bytes
    case .document:
      break
    }
    return stats
  }
}
