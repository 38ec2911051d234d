/// The sequential run loop: pulls events from a source, runs each document through the executor,
/// writes records and rejections to their sinks as they come, and adds up the counts. Records come out
/// in input order. Parallel runs, resume and streaming build on the same parts (a source, the executor,
/// sinks, mergeable stats).
public struct RunEngine: Sendable {
  public let executor: PipelineExecutor

  public init(pipeline: Pipeline) { executor = PipelineExecutor(pipeline: pipeline) }

  /// Runs every document of `source`. Commits both sinks when done; on a sink failure abandons them and
  /// rethrows (rejected documents are not failures: they are counted and the run goes on). `ledger`
  /// decides duplicates, commits chunks and stops the run when asked (see `RunLedger`).
  public func run(
    _ source: inout some DocumentSource, records: inout some RecordSink, rejects: inout some RejectSink,
    ledger: RunLedger = RunLedger()
  ) throws -> RunStats {
    do {
      while let event = source.next() {
        if case .document(let doc, _) = event {
          let result = executor.process(doc)
          let outgoing = result.written.map { RunLedger.Outgoing($0, dedupe: ledger.dedupe) }
          try ledger.take(event, stats: result.stats, records: outgoing, rejects: &rejects) { i in
            try records.write(result.written[i])
          }
        } else {
          try ledger.take(event, stats: PipelineExecutor.stats(for: event), records: [], rejects: &rejects) { _ in }
        }
      }
      try ledger.end()
      try records.commit()
      try rejects.commit()
    } catch {
      records.abandon()
      rejects.abandon()
      throw error
    }
    return ledger.stats
  }
}
