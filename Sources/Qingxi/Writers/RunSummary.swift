/// What a run did with every input, as `summary.json` says it: the counts of `RunStats`, the wall time,
/// and the throughput. Its JSON Schema is `Writers/Schema/summary.schema.json` (`SummarySchema`,
/// `qingxi schema --summary`).
public struct RunSummary: Sendable {
  public static let schemaID = "qingxi/summary@2"

  public typealias Rejection = Qingxi.Rejection

  public var pipeline: String
  public var stats: RunStats
  /// Wall-clock seconds of the whole run.
  public var seconds: Double

  public init(pipeline: String, stats: RunStats = RunStats(), seconds: Double = 0) {
    self.pipeline = pipeline
    self.stats = stats
    self.seconds = seconds
  }

  public var megabytesPerSecond: Double { seconds > 0 ? Double(stats.bytes) / 1_000_000 / seconds : 0 }

  /// Seconds in a `Duration`.
  public static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  public func json() -> JSONValue {
    func counts(_ d: [String: Int]) -> JSONValue {
      .object(JSONObject(d.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
    }
    var o = JSONObject()
    o["schema"] = .string(Self.schemaID)
    o["pipeline"] = .string(pipeline)
    o["inputs"] = .int(stats.inputs)
    o["documents"] = .int(stats.documents)
    o["documents_written"] = .int(stats.documentsWritten)
    o["documents_rejected"] = .int(stats.rejected.count)
    o["records_written"] = .int(stats.recordsWritten)
    o["rejected"] = .array(stats.rejected.map { $0.json() })
    o["removed"] = counts(stats.removedByKind)
    o["removed_by_rule"] = counts(stats.removedByRule)
    o["entities"] = counts(stats.entitiesByType)
    o["cases"] = .int(stats.cases)
    o["bytes"] = .int(stats.bytes)
    o["seconds"] = .double((seconds * 1000).rounded() / 1000)
    o["mb_per_s"] = .double((megabytesPerSecond * 100).rounded() / 100)
    o["stage_seconds"] = .object(
      JSONObject(
        stats.timings.order.map { name in
          (name, .double((Self.seconds(stats.timings.totals[name] ?? .zero) * 1e6).rounded() / 1e6))
        }))
    // Added after the first fields, so their order is unchanged.
    o["duplicate_ids"] = .object(["count": .int(stats.duplicateIDs), "first": .array(stats.duplicateIDExamples.map { .string($0) })])
    o["unparsed_published"] = .object([
      "count": .int(stats.unparsedPublished), "first": .array(stats.unparsedPublishedExamples.map { .string($0) }),
    ])
    o["skipped_records"] = counts(stats.skippedRecords)
    // Added in summary@2.
    o["skipped_duplicates"] = .object([
      "count": .int(stats.skippedDuplicates), "first": .array(stats.skippedDuplicateExamples.map { .string($0) }),
    ])
    o["accounting"] = .object([
      "read": .int(stats.documents), "written": .int(stats.documentsWritten), "rejected": .int(stats.documentsRejected),
      "skipped": .int(stats.documentsSkipped),
    ])
    return .object(o)
  }
}
