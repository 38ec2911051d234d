import Foundation

/// A record sink that can encode a record apart from writing it, so workers do the encoding in parallel
/// and the writer only appends bytes in order.
public protocol EncodingRecordSink: RecordSink {
  /// Gives a record's bytes; a pure function, called from several threads at once.
  var encoder: @Sendable (Document) -> [UInt8] { get }
  mutating func write(encoded: [UInt8]) throws
}

extension JSONLinesSink: EncodingRecordSink {
  public var encoder: @Sendable (Document) -> [UInt8] {
    let keep = keepRemovedText
    return { $0.jsonLine(keepRemovedText: keep) }
  }

  public mutating func write(encoded: [UInt8]) throws { try output.write(encoded) }
}

/// The run loop on several threads: the calling thread reads the source in batches (bounded in documents
/// and bytes) and writes; `jobs` worker threads run the pipeline and encode the records of a batch while
/// the next batch is read and the previous one written. Outcomes are put back in input order, so the
/// records, the rejections and the counts are the bytes and numbers the sequential `RunEngine` gives,
/// for any `jobs`. Each thread runs its documents through a processor from `pool`: in the thread
/// (`ThreadProcessors`: a document that traps ends the run) or in a supervised worker process
/// (`SupervisedWorkers`: it costs only that document).
public struct ParallelRunEngine: Sendable {
  public let executor: PipelineExecutor
  public let jobs: Int
  public let pool: any ProcessorPool
  /// Most documents and document bytes held in one batch (two batches are in flight).
  public var batchDocuments: Int
  public var batchBytes = 32 << 20

  public init(pipeline: Pipeline, jobs: Int, pool: (any ProcessorPool)? = nil) {
    executor = PipelineExecutor(pipeline: pipeline)
    self.jobs = max(jobs, 1)
    self.pool = pool ?? ThreadProcessors(executor: executor)
    batchDocuments = max(jobs, 1) * 64
  }

  /// A batch of events, and the outcomes of its documents once processed (same indices).
  /// Workers write disjoint slots of `done` (raw memory: no exclusivity check across threads); the
  /// reader looks only after the group has finished.
  private final class Batch: @unchecked Sendable {
    var events: [SourceEvent] = []
    var documentIndices: [Int] = []
    private(set) var done = UnsafeMutableBufferPointer<ProcessedDocument?>(start: nil, count: 0)

    func prepare() {
      done = .allocate(capacity: events.count)
      done.initialize(repeating: nil)
    }

    deinit {
      done.deinitialize()
      done.deallocate()
    }
  }

  public func run(
    _ source: inout some DocumentSource, records: inout some EncodingRecordSink, rejects: inout some RejectSink,
    ledger: RunLedger = RunLedger()
  ) throws -> RunStats {
    let dedupe = ledger.dedupe
    let pool = self.pool
    let jobs = self.jobs
    let encode = records.encoder
    func read() -> Batch {
      let b = Batch()
      var bytes = 0
      while b.documentIndices.count < batchDocuments, bytes < batchBytes, let e = source.next() {
        if case .document(let d, _) = e {
          b.documentIndices.append(b.events.count)
          bytes += d.source.bytes
        }
        b.events.append(e)
      }
      b.prepare()
      return b
    }
    /// Starts the workers on a batch; the group is done when every document is.
    func start(_ b: Batch) -> DispatchGroup {
      let group = DispatchGroup()
      let next = Counter()
      for _ in 0..<min(jobs, max(b.documentIndices.count, 1)) {
        DispatchQueue.global().async(group: group) {
          let processor = pool.take()
          defer { pool.giveBack(processor) }
          while true {
            let k = next.take()
            guard k < b.documentIndices.count else { return }
            let i = b.documentIndices[k]
            guard case .document(let doc, let at) = b.events[i] else { continue }
            b.done[i] = processor.process(doc, at: at, dedupe: dedupe, encode: encode)
          }
        }
      }
      return group
    }
    do {
      var current = read()
      while !current.events.isEmpty {
        let group = start(current)
        let next = read()
        group.wait()
        for (i, event) in current.events.enumerated() {
          if let done = current.done[i] {
            try ledger.take(event, stats: done.stats, records: done.records.map(\.outgoing), rejects: &rejects) { k in
              try records.write(encoded: done.records[k].bytes)
            }
          } else {
            try ledger.take(event, stats: PipelineExecutor.stats(for: event), records: [], rejects: &rejects) { _ in }
          }
        }
        current = next
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

/// A shared index handed out once each.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  func take() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value - 1
  }
}
