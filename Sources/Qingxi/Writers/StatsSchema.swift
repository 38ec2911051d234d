/// The JSON Schema (draft 2020-12) of what `qingxi stats --format json` prints; the file is
/// `Sources/Qingxi/Writers/Schema/stats.schema.json`, compiled in beside the record's schema.
public enum StatsSchema {
  public static var text: String { String(decoding: PackageResources.stats_schema_json, as: UTF8.self) }
}
