/// The JSON Schema (draft 2020-12) every record conforms to; the file is
/// `Sources/Qingxi/Writers/Schema/document.schema.json`, compiled in.
public enum DocumentSchema {
  public static var text: String { String(decoding: PackageResources.document_schema_json, as: UTF8.self) }
}
