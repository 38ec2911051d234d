/// Commits a run's file outputs in chunks (`CommitPolicy`) and appends each chunk to the manifest: the
/// records and rejects written since the last commit are fsync'd, then the manifest line that makes them
/// count. Fed by the `RunLedger` as events are written, in input order.
public final class RunCheckpoint {
  let records: any CheckpointOutput
  let rejects: (any CheckpointOutput)?
  let manifest: ManifestWriter
  let policy: CommitPolicy
  private var number: Int
  private var cursor: RunCursor
  private var pending = RunStats()
  private var pendingIDs: [UInt64] = []
  private var pendingContents: [UInt64] = []
  private var pendingDocuments = 0
  private var pendingEvents = 0
  private let clock = ContinuousClock()
  private let started: ContinuousClock.Instant
  private var lastCommit: ContinuousClock.Instant
  private let priorSeconds: Double
  /// Records in committed chunks.
  public private(set) var committedRecords: Int
  /// True once the run has a committed chunk (this session or one before it).
  public private(set) var hasCommitted: Bool

  /// `resumed` is the manifest of the run this one continues, if any.
  init(
    records: any CheckpointOutput, rejects: (any CheckpointOutput)?, manifest: ManifestWriter, policy: CommitPolicy,
    resumed: RunManifest?
  ) {
    self.records = records
    self.rejects = rejects
    self.manifest = manifest
    self.policy = policy
    let last = resumed?.chunks.last
    number = last.map { $0.number + 1 } ?? 1
    cursor = last?.cursor ?? RunCursor()
    priorSeconds = last?.seconds ?? 0
    committedRecords = last?.recordsTotal ?? 0
    hasCommitted = last != nil
    started = clock.now
    lastCommit = started
  }

  /// Seconds spent by the run over every session so far.
  public var seconds: Double { priorSeconds + RunSummary.seconds(clock.now - started) }

  /// Notes a record written: its id hash and content key go in the chunk's manifest line.
  func note(id: UInt64, content: UInt64?) {
    pendingIDs.append(id)
    if let content { pendingContents.append(content) }
  }

  /// After each event is written: commits when the policy says so.
  func after(_ event: SourceEvent, _ delta: RunStats, recordsTotal: Int) throws {
    cursor.advance(past: event)
    pending.merge(delta)
    pendingEvents += 1
    pendingDocuments += delta.documents
    var due = pendingDocuments >= policy.documents || records.uncommittedBytes >= policy.bytes
    if !due, let s = policy.seconds, RunSummary.seconds(clock.now - lastCommit) >= s { due = true }
    if due { try commit(recordsTotal: recordsTotal) }
  }

  /// Commits what is pending, if anything.
  func commit(recordsTotal: Int) throws {
    guard pendingEvents > 0 else { return }
    let recordsMark = try records.checkpoint()
    let rejectsMark = try rejects?.checkpoint()
    let chunk = RunManifest.Chunk(
      number: number, cursor: cursor, records: recordsMark, rejects: rejectsMark, recordsTotal: recordsTotal,
      seconds: seconds, stats: pending, idHashes: pendingIDs, contentHashes: pendingContents)
    try manifest.append(chunk.json())
    number += 1
    committedRecords = recordsTotal
    hasCommitted = true
    pending = RunStats()
    pendingIDs = []
    pendingContents = []
    pendingDocuments = 0
    pendingEvents = 0
    lastCommit = clock.now
  }

  /// Asked to stop: commits what is written when chunk boundaries may fall anywhere (plain output),
  /// else leaves it to be cut off (gzip output keeps its boundaries deterministic).
  func interrupt(recordsTotal: Int) throws {
    if policy.seconds != nil { try commit(recordsTotal: recordsTotal) }
  }
}
