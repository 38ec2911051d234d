/// The in-order side of a run, shared by the sequential and the parallel engine: given each event's
/// outcome in input order, it decides which records are written and which skipped as duplicates
/// (`Dedupe`), reports ids written twice, accounts for every document (written, skipped or rejected),
/// adds up the counts, and hands each event to the checkpoint that commits file outputs in chunks. It is
/// also where a run asked to stop (SIGINT, SIGTERM) stops, between two events.
public final class RunLedger {
  public let dedupe: Dedupe
  public private(set) var stats: RunStats
  /// Output line (1-based) of the first record with each id hash and each content key.
  private var firstByID: [UInt64: Int] = [:]
  private var firstByContent: [UInt64: Int] = [:]
  /// Records written so far: the output's line count.
  public private(set) var recordsTotal = 0
  let checkpoint: RunCheckpoint?
  /// Asked after every event; true stops the run (`RunInterrupted`).
  public var shouldStop: (() -> Bool)?

  /// One record of an event's outcome, as the ledger needs it.
  public struct Outgoing: Sendable {
    public var id: String
    /// `ContentKey` of the record's text, when deduplicating by content.
    public var contentKey: UInt64?
    /// What `RunStats.count(record:)` added for it (taken back if it is skipped).
    public var counts: RunStats

    public init(id: String, contentKey: UInt64?, counts: RunStats) {
      self.id = id
      self.contentKey = contentKey
      self.counts = counts
    }

    /// The record `d`, with its content key when `dedupe` needs one, and its counts when it may be skipped.
    public init(_ d: Document, dedupe: Dedupe) {
      self.init(
        id: d.id, contentKey: dedupe == .content ? ContentKey.of(d.text) : nil,
        counts: dedupe == .none ? RunStats() : RunStats.counts(of: d))
    }
  }

  public init(dedupe: Dedupe = .none) {
    self.dedupe = dedupe
    stats = RunStats()
    checkpoint = nil
  }

  /// A ledger that commits through `checkpoint`, continuing the run `resumed` describes (its counts and
  /// every id and content key it wrote).
  init(dedupe: Dedupe, checkpoint: RunCheckpoint?, resumed: RunManifest?) {
    self.dedupe = dedupe
    self.checkpoint = checkpoint
    stats = resumed?.stats ?? RunStats()
    for chunk in resumed?.chunks ?? [] {
      var line = recordsTotal
      for h in chunk.idHashes {
        line += 1
        if firstByID[h] == nil { firstByID[h] = line }
      }
      line = recordsTotal
      for k in chunk.contentHashes {
        line += 1
        if firstByContent[k] == nil { firstByContent[k] = line }
      }
      recordsTotal = chunk.recordsTotal
    }
  }

  /// Takes one event's outcome, in input order: `stats` as the executor counted it (or the event's own
  /// counts), its records, and `write(i)` to write record `i`. Rejections and skipped duplicates go to
  /// `rejects`.
  public func take<R: RejectSink>(
    _ event: SourceEvent, stats eventStats: RunStats, records: [Outgoing], rejects: inout R, write: (Int) throws -> Void
  ) throws {
    var delta = eventStats
    var written = 0
    var skipped = 0
    for (i, r) in records.enumerated() {
      let idHash = DuplicateIDs.hash(r.id)
      let first: Int? =
        switch dedupe {
        case .none: nil
        case .id: firstByID[idHash]
        case .content: r.contentKey.flatMap { firstByContent[$0] }
        }
      if let first {
        skipped += 1
        delta.uncount(r.counts)
        delta.countSkipped(id: r.id)
        let input = if case .document(let d, _) = event { d.source.path } else { "" }
        let what = dedupe == .id ? "id" : "content"
        try rejects.skip(
          Rejection(input: input, id: r.id, stage: Dedupe.stage, reason: "duplicate \(what) of record \(first) (line \(first) of the output)"))
        continue
      }
      try write(i)
      written += 1
      recordsTotal += 1
      if firstByID[idHash] == nil { firstByID[idHash] = recordsTotal } else { delta.countDuplicate(id: r.id) }
      let content = dedupe == .content ? r.contentKey : nil
      if let content, firstByContent[content] == nil { firstByContent[content] = recordsTotal }
      checkpoint?.note(id: idHash, content: content)
    }
    // A document whose every record was a duplicate is skipped, not written (the executor counted it
    // written; rejected documents it counted already).
    if delta.documentsWritten > 0, written == 0, skipped > 0 {
      delta.documentsWritten = 0
      delta.documentsSkipped = 1
    }
    for r in delta.rejected { try rejects.reject(r) }
    stats.merge(delta)
    try checkpoint?.after(event, delta, recordsTotal: recordsTotal)
    if let shouldStop, shouldStop() {
      try checkpoint?.interrupt(recordsTotal: recordsTotal)
      throw RunInterrupted(committedRecords: checkpoint?.committedRecords ?? recordsTotal)
    }
  }

  /// The run is done: commits the last chunk.
  public func end() throws { try checkpoint?.commit(recordsTotal: recordsTotal) }
}
