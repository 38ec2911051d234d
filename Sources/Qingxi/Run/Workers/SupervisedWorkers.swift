import Foundation

/// Worker processes, one per engine thread, supervised: a document that crashes its worker or runs past
/// `timeout` is rejected (reason `crashed: signal 4`, `timeout after 10 s`; stage: the pipeline stage the
/// worker was in, as it published on its `StagePage`, else `worker`), the worker
/// is gone, and the next document starts a new one. The records come back encoded by the worker (set up
/// with the run's pipeline and record options), so the parent only reads, orders and writes bytes.
public final class SupervisedWorkers: ProcessorPool, @unchecked Sendable {
  public let launch: WorkerLaunch
  /// The per-document limit, measured in the parent from sending the document; nil for none.
  public let timeout: Duration?
  /// The pipeline's stage names, to name the stage a worker died in.
  public let stageNames: [String]
  private let lock = NSLock()
  private var idle: [Slot] = []
  private var all: [Slot] = []

  /// The rejection stage of a document that cost its worker.
  public static let stage = "worker"

  /// Starts `count` workers and waits until each is ready; throws (a message) if one cannot start: then
  /// the run cannot either (a wrong pipeline, a missing binary), and no document has been read.
  public init(launch: WorkerLaunch, count: Int, timeout: Duration?, stageNames: [String] = []) throws {
    self.launch = launch
    self.timeout = timeout
    self.stageNames = stageNames
    do {
      // All start at once; then each is waited for.
      for _ in 0..<max(count, 1) {
        let slot = Slot(self)
        slot.worker = try WorkerProcess(launch)
        all.append(slot)
      }
      for slot in all { try slot.worker?.awaitReady() }
    } catch {
      for slot in all { slot.worker?.stop() }
      throw WorkerStartError(reason: error.reason)
    }
    idle = all
  }

  public func take() -> any DocumentProcessor {
    lock.withLock {
      if let slot = idle.popLast() { return slot }
      let slot = Slot(self)
      all.append(slot)
      return slot
    }
  }

  public func giveBack(_ processor: any DocumentProcessor) {
    guard let slot = processor as? Slot else { return }
    lock.withLock { idle.append(slot) }
  }

  public func shutdown() {
    let slots = lock.withLock { all }
    for slot in slots {
      slot.worker?.finish()
      slot.worker = nil
    }
  }

  /// Workers started after a failure (crashes and timeouts replaced), for the summary and tests.
  public var restarts: Int { lock.withLock { all.reduce(0) { $0 + $1.restarts } } }

  /// One thread's worker; replaced after each failure.
  private final class Slot: DocumentProcessor {
    unowned let pool: SupervisedWorkers
    var worker: WorkerProcess?
    var restarts = 0

    init(_ pool: SupervisedWorkers) { self.pool = pool }

    func process(
      _ doc: Document, at position: DocumentPosition, dedupe: Dedupe, encode: @Sendable (Document) -> [UInt8]
    ) -> ProcessedDocument {
      let outcome: Result<WorkerReply, WorkerFailure>
      do {
        if worker == nil {
          worker = try WorkerProcess.start(pool.launch)
          restarts += 1
        }
        outcome = worker.map { $0.process(doc, at: position, limit: pool.timeout) } ?? .failure(.failed("no worker"))
      } catch {
        outcome = .failure(error)
      }
      switch outcome {
      case .success(let reply):
        return ProcessedDocument(records: reply.records, stats: reply.stats)
      case .failure(let failure):
        let names = pool.stageNames
        let stage = worker?.lastStage.flatMap { names.indices.contains($0) ? names[$0] : nil } ?? SupervisedWorkers.stage
        worker = nil
        var stats = RunStats()
        stats.documents = 1
        stats.documentsRejected = 1
        stats.rejected = [Rejection(input: doc.source.path, id: doc.id, stage: stage, reason: failure.reason)]
        return ProcessedDocument(records: [], stats: stats)
      }
    }
  }
}

/// The run could not start its workers.
public struct WorkerStartError: Error, CustomStringConvertible {
  public var reason: String
  public var description: String { "cannot start worker processes: \(reason)" }
}
