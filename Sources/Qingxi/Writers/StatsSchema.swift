/// The JSON Schema (draft 2020-12) of what `qingxi stats --format json` prints; the file is
/// `Sources/Qingxi/Writers/Schema/stats.schema.json`, compiled in beside the record's schema.
public enum StatsSchema {
  public static var text: String { String(decoding: PackageResources.stats_schema_json, as: UTF8.self) }
}

/// The JSON Schema (draft 2020-12) of `summary.json`, the file a run writes beside its records
/// (`RunSummary.json()`); the file is `Sources/Qingxi/Writers/Schema/summary.schema.json`.
public enum SummarySchema {
  public static var text: String { String(decoding: PackageResources.summary_schema_json, as: UTF8.self) }
}
