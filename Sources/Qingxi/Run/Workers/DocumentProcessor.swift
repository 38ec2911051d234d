/// One document's outcome as the run writes it: the records, encoded, with their ids (for duplicate
/// counting), and the document's counts.
public struct ProcessedDocument: Sendable {
  /// One record: what the run's ledger needs of it (id, content key, counts) and its encoded line.
  public struct Record: Sendable {
    public var outgoing: RunLedger.Outgoing
    public var bytes: [UInt8]
  }
  public var records: [Record]
  public var stats: RunStats
}

/// Runs documents for one of the parallel engine's threads: in that thread, or in a worker process the
/// thread supervises. A thread takes one from a `ProcessorPool`, uses it for a stretch of documents,
/// and gives it back; it is never used by two threads at once.
public protocol DocumentProcessor: AnyObject {
  func process(
    _ doc: Document, at position: DocumentPosition, dedupe: Dedupe, encode: @Sendable (Document) -> [UInt8]
  ) -> ProcessedDocument
}

/// Where the parallel engine's threads get their processors.
public protocol ProcessorPool: Sendable {
  func take() -> any DocumentProcessor
  func giveBack(_ processor: any DocumentProcessor)
  /// Ends what the pool started (worker processes); called once the run is done.
  func shutdown()
}

/// The pipeline on the engine's own threads: fast, no isolation (a trap ends the run).
public struct ThreadProcessors: ProcessorPool {
  let executor: PipelineExecutor

  public init(executor: PipelineExecutor) { self.executor = executor }

  public func take() -> any DocumentProcessor { InThread(executor: executor) }
  public func giveBack(_ processor: any DocumentProcessor) {}
  public func shutdown() {}

  private final class InThread: DocumentProcessor {
    let executor: PipelineExecutor
    init(executor: PipelineExecutor) { self.executor = executor }

    func process(
      _ doc: Document, at position: DocumentPosition, dedupe: Dedupe, encode: @Sendable (Document) -> [UInt8]
    ) -> ProcessedDocument {
      let result = executor.process(doc)
      return ProcessedDocument(
        records: result.written.map { .init(outgoing: RunLedger.Outgoing($0, dedupe: dedupe), bytes: encode($0)) },
        stats: result.stats)
    }
  }
}
