/// The sequential run loop: pulls events from a source, runs each document through the executor,
/// writes records and rejections to their sinks as they come, and adds up the counts. Records come out
/// in input order. Parallel runs, resume and streaming build on the same parts (a source, the executor,
/// sinks, mergeable stats).
public struct RunEngine: Sendable {
  public let executor: PipelineExecutor

  public init(pipeline: Pipeline) { executor = PipelineExecutor(pipeline: pipeline) }

  /// Runs every document of `source`. Commits both sinks when done; on a sink failure abandons them and
  /// rethrows (rejected documents are not failures: they are counted and the run goes on).
  public func run(
    _ source: inout some DocumentSource, records: inout some RecordSink, rejects: inout some RejectSink
  ) throws -> RunStats {
    var stats = RunStats()
    var ids = DuplicateIDs()
    do {
      while let event = source.next() {
        var delta: RunStats
        if case .document(let doc, _) = event {
          let result = executor.process(doc)
          delta = result.stats
          for d in result.written {
            if ids.isDuplicate(d.id) { delta.countDuplicate(id: d.id) }
            try records.write(d)
          }
        } else {
          delta = PipelineExecutor.stats(for: event)
        }
        for r in delta.rejected { try rejects.reject(r) }
        stats.merge(delta)
      }
      try records.commit()
      try rejects.commit()
    } catch {
      records.abandon()
      rejects.abandon()
      throw error
    }
    return stats
  }
}
