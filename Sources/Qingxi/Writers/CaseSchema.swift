/// The JSON Schema (draft 2020-12) of a line of `qingxi cases`; the file is
/// `Sources/Qingxi/Writers/Schema/case.schema.json`, compiled in beside the record's schema.
public enum CaseSchema {
  public static var text: String { String(decoding: PackageResources.case_schema_json, as: UTF8.self) }
}
