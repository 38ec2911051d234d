/// What a run, or any part of one, did: counts that add up. Each document's contribution is a `RunStats`
/// of its own (see `PipelineExecutor`), so workers can count apart and merge, in input order, into the
/// same totals a sequential run gets (`a + b`; `merge` in place). Rejections keep their order.
public struct RunStats: Sendable, Equatable {
  /// Inputs seen (files, `-`, and paths that could not be read or listed).
  public var inputs = 0
  /// Documents read from them (a JSON Lines file holds many), including those that could not be read.
  public var documents = 0
  /// Documents that produced at least one record.
  public var documentsWritten = 0
  /// Records written (a page split into articles gives several).
  public var recordsWritten = 0
  public var rejected: [Rejection] = []
  /// Input bytes read (compressed size for gzip files).
  public var bytes = 0
  /// Time spent in each stage, summed over documents, in pipeline order.
  public var timings = StageTimings(enabled: true)
  /// Removals in written records, by `kind` and by `rule` (the stage that removed).
  public var removedByKind: [String: Int] = [:]
  public var removedByRule: [String: Int] = [:]
  /// Entities in written records, by type, and case records written.
  public var entitiesByType: [String: Int] = [:]
  public var cases = 0
  /// Records written with an id an earlier record of the run already had, and the first few such ids.
  public var duplicateIDs = 0
  public var duplicateIDExamples: [String] = []
  /// Records of container inputs (WARC) that held no document, by kind: the record type (`request`,
  /// `warcinfo`, `metadata`, `revisit`…) or why a response was passed over (`response_status_404`,
  /// `response_other_media_type`…). Not documents, not rejections.
  public var skippedRecords: [String: Int] = [:]
  /// How many duplicate ids are kept as examples.
  public static let duplicateExampleLimit = 10
  /// Documents whose input gave a `published` that is not a date (kept in `meta`), and the first few ids.
  public var unparsedPublished = 0
  public var unparsedPublishedExamples: [String] = []
  /// Records skipped as duplicates (`--dedupe id|content`), and the ids of the first few.
  public var skippedDuplicates = 0
  public var skippedDuplicateExamples: [String] = []
  /// What became of each document read, counted once each so that they add up to `documents`: written
  /// (`documentsWritten`: at least one record written), skipped (every record a duplicate), or rejected
  /// (no record written or skipped). The executor counts written or rejected; the run's ledger moves a
  /// document to skipped when `--dedupe` skips all its records.
  public var documentsSkipped = 0
  public var documentsRejected = 0

  public init() {}

  /// Counts one record written with an id seen before.
  public mutating func countDuplicate(id: String) {
    duplicateIDs += 1
    if duplicateIDExamples.count < Self.duplicateExampleLimit { duplicateIDExamples.append(id) }
  }

  /// Counts one document whose input `published` could not be read as a date.
  public mutating func countUnparsedPublished(id: String) {
    unparsedPublished += 1
    if unparsedPublishedExamples.count < Self.duplicateExampleLimit { unparsedPublishedExamples.append(id) }
  }

  /// Counts one record skipped as a duplicate.
  public mutating func countSkipped(id: String) {
    skippedDuplicates += 1
    if skippedDuplicateExamples.count < Self.duplicateExampleLimit { skippedDuplicateExamples.append(id) }
  }

  /// Takes back the counts of one record (`counts` is what `count(record:)` added for it), for a record
  /// that is skipped after all. Keys left at zero are removed, as if never counted.
  public mutating func uncount(_ counts: RunStats) {
    recordsWritten -= counts.recordsWritten
    cases -= counts.cases
    func take(_ d: inout [String: Int], _ other: [String: Int]) {
      for (k, v) in other {
        let left = (d[k] ?? 0) - v
        d[k] = left == 0 ? nil : left
      }
    }
    take(&removedByKind, counts.removedByKind)
    take(&removedByRule, counts.removedByRule)
    take(&entitiesByType, counts.entitiesByType)
  }

  /// What `count(record:)` adds for `d`.
  public static func counts(of d: Document) -> RunStats {
    var s = RunStats()
    s.timings = StageTimings(enabled: false)
    s.count(record: d)
    return s
  }

  /// Counts one written record.
  public mutating func count(record d: Document) {
    recordsWritten += 1
    for r in d.removed {
      removedByKind[r.kind, default: 0] += 1
      removedByRule[r.rule, default: 0] += 1
    }
    for e in d.entities { entitiesByType[e.type.rawValue, default: 0] += 1 }
    cases += d.cases.count
  }

  public mutating func merge(_ other: RunStats) {
    inputs += other.inputs
    documents += other.documents
    documentsWritten += other.documentsWritten
    recordsWritten += other.recordsWritten
    rejected += other.rejected
    bytes += other.bytes
    timings.merge(other.timings)
    removedByKind.merge(other.removedByKind, uniquingKeysWith: +)
    removedByRule.merge(other.removedByRule, uniquingKeysWith: +)
    entitiesByType.merge(other.entitiesByType, uniquingKeysWith: +)
    cases += other.cases
    skippedRecords.merge(other.skippedRecords, uniquingKeysWith: +)
    duplicateIDs += other.duplicateIDs
    duplicateIDExamples += other.duplicateIDExamples.prefix(Self.duplicateExampleLimit - duplicateIDExamples.count)
    unparsedPublished += other.unparsedPublished
    unparsedPublishedExamples += other.unparsedPublishedExamples.prefix(
      Self.duplicateExampleLimit - unparsedPublishedExamples.count)
    skippedDuplicates += other.skippedDuplicates
    skippedDuplicateExamples += other.skippedDuplicateExamples.prefix(
      Self.duplicateExampleLimit - skippedDuplicateExamples.count)
    documentsSkipped += other.documentsSkipped
    documentsRejected += other.documentsRejected
  }

  public static func + (a: RunStats, b: RunStats) -> RunStats {
    var sum = a
    sum.merge(b)
    return sum
  }

  public static func += (a: inout RunStats, b: RunStats) { a.merge(b) }
}
