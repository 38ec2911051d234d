import Foundation

/// The tables of an export, their columns, keys and indices. The same rows go to SQLite and to CSV.
public struct ExportTable: Sendable, Equatable {
  public var name: String
  public var columns: [ExportColumn]
  public var primaryKey: [String]
  public var indices: [[String]]

  public init(_ name: String, _ columns: [ExportColumn], primaryKey: [String], indices: [[String]] = []) {
    self.name = name
    self.columns = columns
    self.primaryKey = primaryKey
    self.indices = indices
  }

  static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

  /// CREATE TABLE and CREATE INDEX statements.
  public var createSQL: [String] {
    var defs = columns.map { c in
      var d = "\(ExportTable.quoted(c.name)) \(c.type)"
      if !c.nullable { d += " NOT NULL" }
      if let r = c.references { d += " REFERENCES \(r)" }
      return d
    }
    defs.append("PRIMARY KEY (\(primaryKey.map(ExportTable.quoted).joined(separator: ", ")))")
    var sql = ["CREATE TABLE \(ExportTable.quoted(name)) (\n  \(defs.joined(separator: ",\n  "))\n)"]
    for index in indices {
      sql.append("CREATE INDEX \(ExportTable.quoted(name + "_" + index.joined(separator: "_"))) ON \(ExportTable.quoted(name)) (\(index.map(ExportTable.quoted).joined(separator: ", ")))")
    }
    return sql
  }

  public var insertSQL: String {
    "INSERT INTO \(ExportTable.quoted(name)) (\(columns.map { ExportTable.quoted($0.name) }.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
  }

  // MARK: - The tables

  public static let documents = ExportTable(
    "documents",
    [
      ExportColumn("doc", "INTEGER", nullable: false), ExportColumn("id", "TEXT", nullable: false), ExportColumn("lang", "TEXT"),
      ExportColumn("title", "TEXT"), ExportColumn("published", "TEXT"), ExportColumn("source_path", "TEXT"),
      ExportColumn("source_format", "TEXT"), ExportColumn("source_bytes", "INTEGER"), ExportColumn("source_sha256", "TEXT"),
      ExportColumn("characters", "INTEGER", nullable: false), ExportColumn("removed_characters", "INTEGER", nullable: false),
      ExportColumn("sentences", "INTEGER", nullable: false), ExportColumn("entities", "INTEGER", nullable: false),
      ExportColumn("cases", "INTEGER", nullable: false), ExportColumn("text", "TEXT", nullable: false),
    ], primaryKey: ["doc"], indices: [["id"], ["lang"]])

  public static let sentences = ExportTable(
    "sentences",
    [
      ExportColumn("doc", "INTEGER", nullable: false, references: "documents(doc)"), ExportColumn("idx", "INTEGER", nullable: false),
      ExportColumn("start", "INTEGER", nullable: false), ExportColumn("end", "INTEGER", nullable: false),
      ExportColumn("lang", "TEXT", nullable: false), ExportColumn("characters", "INTEGER", nullable: false),
      ExportColumn("words", "INTEGER", nullable: false), ExportColumn("text", "TEXT", nullable: false),
    ], primaryKey: ["doc", "idx"], indices: [["lang"]])

  public static let entities = ExportTable(
    "entities",
    [
      ExportColumn("doc", "INTEGER", nullable: false, references: "documents(doc)"), ExportColumn("idx", "INTEGER", nullable: false),
      ExportColumn("type", "TEXT", nullable: false), ExportColumn("text", "TEXT", nullable: false),
      ExportColumn("start", "INTEGER", nullable: false), ExportColumn("end", "INTEGER", nullable: false),
      ExportColumn("person_id", "TEXT"), ExportColumn("name_zh", "TEXT"), ExportColumn("level", "TEXT"),
      ExportColumn("province", "TEXT"), ExportColumn("kind", "TEXT"), ExportColumn("months", "INTEGER"),
      ExportColumn("amount", "REAL"), ExportColumn("currency", "TEXT"), ExportColumn("role", "TEXT"),
      ExportColumn("date", "TEXT"), ExportColumn("value", "TEXT", nullable: false),
    ], primaryKey: ["doc", "idx"], indices: [["type"], ["person_id"]])

  public static let removals = ExportTable(
    "removals",
    [
      ExportColumn("doc", "INTEGER", nullable: false, references: "documents(doc)"), ExportColumn("idx", "INTEGER", nullable: false),
      ExportColumn("kind", "TEXT", nullable: false), ExportColumn("rule", "TEXT", nullable: false),
      ExportColumn("raw_start", "INTEGER", nullable: false), ExportColumn("raw_end", "INTEGER", nullable: false),
      ExportColumn("characters", "INTEGER", nullable: false), ExportColumn("text", "TEXT"),
    ], primaryKey: ["doc", "idx"], indices: [["kind"], ["rule"]])

  public static let cases = ExportTable(
    "cases",
    [
      ExportColumn("case_id", "TEXT", nullable: false), ExportColumn("name", "TEXT"), ExportColumn("names", "TEXT", nullable: false),
      ExportColumn("surname", "TEXT"), ExportColumn("pinyin", "TEXT"), ExportColumn("court", "TEXT"),
      ExportColumn("court_level", "TEXT"), ExportColumn("province", "TEXT"), ExportColumn("city", "TEXT"),
      ExportColumn("date", "TEXT"), ExportColumn("year", "INTEGER"), ExportColumn("charges", "TEXT", nullable: false),
      ExportColumn("prison_kind", "TEXT"), ExportColumn("prison_months", "INTEGER"), ExportColumn("probation_months", "INTEGER"),
      ExportColumn("reprieve", "INTEGER"), ExportColumn("detention_kind", "TEXT"), ExportColumn("detention_days", "INTEGER"),
      ExportColumn("political_rights_months", "INTEGER"), ExportColumn("political_rights_life", "INTEGER"),
      ExportColumn("administrative_penalties", "TEXT", nullable: false), ExportColumn("proceeding", "TEXT"),
      ExportColumn("documents", "INTEGER", nullable: false),
    ], primaryKey: ["case_id"], indices: [["court_level"], ["province"], ["year"], ["proceeding"]])

  public static let caseSources = ExportTable(
    "case_sources",
    [
      ExportColumn("case_id", "TEXT", nullable: false, references: "cases(case_id)"),
      ExportColumn("doc", "INTEGER", nullable: false, references: "documents(doc)"),
      ExportColumn("person_id", "TEXT", nullable: false), ExportColumn("document_id", "TEXT", nullable: false),
      ExportColumn("names", "TEXT", nullable: false), ExportColumn("evidence", "TEXT", nullable: false),
    ], primaryKey: ["case_id", "doc", "person_id"], indices: [["doc"]])

  public static let caseMoney = ExportTable(
    "case_money",
    [
      ExportColumn("case_id", "TEXT", nullable: false, references: "cases(case_id)"), ExportColumn("idx", "INTEGER", nullable: false),
      ExportColumn("role", "TEXT", nullable: false), ExportColumn("currency", "TEXT", nullable: false),
      ExportColumn("amount", "REAL"), ExportColumn("approximate", "INTEGER", nullable: false),
      ExportColumn("min", "REAL"), ExportColumn("max", "REAL"),
    ], primaryKey: ["case_id", "idx"], indices: [["role", "currency"]])

  /// Every table, parents before children.
  public static let all: [ExportTable] = [documents, sentences, entities, removals, cases, caseSources, caseMoney]
}
