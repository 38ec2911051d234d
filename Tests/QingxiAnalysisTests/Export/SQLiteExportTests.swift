import Foundation
import GRDB
import Qingxi
import Testing

@testable import QingxiAnalysis

/// Real SQL over the SQLite export of the Corpus records, checked against `qingxi stats`' JSON.
struct SQLiteExportTests {
  static func exportCorpus(merging: Bool = true) throws -> (db: String, records: String, counts: Exporter.Counts) {
    let records = try CorpusRecords.corpusFile()
    let db = (records as NSString).deletingLastPathComponent + "/out/corpus.db"
    let counts = try SQLiteExport.write(inputs: [records], merging: merging, to: db)
    return (db, records, counts)
  }

  @Test func averagePrisonMonthsByCourtLevelAndFinesByCurrencyMatchTheStatistics() throws {
    let (db, records, counts) = try Self.exportCorpus()
    defer { CorpusRecords.remove(records) }
    let stats = try StatsReport.build(inputs: [records]).json
    let queue = try DatabaseQueue(path: db)
    try queue.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT coalesce(court_level, '(unknown)') AS level, avg(prison_months) AS mean, count(*) AS terms
          FROM cases WHERE prison_kind = 'fixed' AND prison_months IS NOT NULL AND probation_months IS NULL
          GROUP BY level ORDER BY level
          """)
      let expected = (stats["cases"]?["by_court_level"]?.arrayValue ?? []).filter { ($0["prison_months"]?["count"]?.intValue ?? 0) > 0 }
      #expect(rows.count == expected.count)
      #expect(rows.count == 1)
      for row in rows {
        let level: String = row["level"]
        let group = try #require(expected.first { $0["key"]?.stringValue == level })
        #expect(row["terms"] == group["prison_months"]?["count"]?.intValue)
        let mean: Double = row["mean"]
        #expect(abs(mean - (group["prison_months"]?["mean"]?.doubleValue ?? -1)) < 1e-6)
      }
      let money = try Row.fetchAll(
        db, sql: "SELECT role, currency, sum(amount) AS total, count(amount) AS n, max(amount) AS top FROM case_money GROUP BY role, currency")
      let expectedMoney = stats["cases"]?["money"]?.arrayValue ?? []
      #expect(money.count == expectedMoney.count)
      for m in expectedMoney {
        let row = try #require(money.first { ($0["role"] as String) == m["role"]?.stringValue && ($0["currency"] as String) == m["currency"]?.stringValue })
        #expect((row["total"] as Double) == m["sum"]?.doubleValue)
        #expect((row["n"] as Int) == m["count"]?.intValue)
        #expect((row["top"] as Double) == m["max"]?.doubleValue)
      }
      let fines = try Double.fetchOne(db, sql: "SELECT sum(amount) FROM case_money WHERE role = 'fine' AND currency = 'CNY'")
      #expect(fines == 100_000)
      // Table sizes.
      for (table, n) in [("documents", 12), ("cases", 5), ("case_sources", 7)] {
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") == n, "\(table)")
        #expect(counts.rows[table] == n)
      }
      let sentences = try Int.fetchOne(db, sql: "SELECT sum(sentences) FROM documents")
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences") == sentences)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM removals WHERE kind = 'pinyin'") == 128)
      // The rare-earth defendants: one case each, reported by seeds 001 and 002.
      let reported = try String.fetchAll(
        db,
        sql: """
          SELECT c.name || ':' || group_concat(substr(s.document_id, 1, 3), ',') FROM cases c JOIN case_sources s USING (case_id)
          WHERE c.documents > 1 GROUP BY c.case_id ORDER BY c.case_id
          """)
      #expect(reported == ["Cheng:001,002", "Ye Moumou:001,002"])
      // Keys hold and indices exist.
      #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
      let indices = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")
      #expect(indices.contains("entities_type") && indices.contains("cases_court_level") && indices.contains("case_money_role_currency"))
      // A sentence row's text is its slice of the document's text.
      let ok = try Bool.fetchOne(
        db, sql: "SELECT count(*) = sum(s.text = substr(d.text, s.start + 1, s.\"end\" - s.start)) FROM sentences s JOIN documents d USING (doc)")
      #expect(ok == true)
    }
    try queue.close()
  }

  @Test func aReExportReplacesTheFileAtomicallyAndAFailedOneLeavesItAlone() throws {
    let (db, records, _) = try Self.exportCorpus()
    defer { CorpusRecords.remove(records) }
    // Unmerged this time: 7 cases.
    _ = try SQLiteExport.write(inputs: [records], merging: false, to: db)
    let dir = (db as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["corpus.db"])
    var queue = try DatabaseQueue(path: db)
    #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cases") } == 7)
    try queue.close()
    #expect(throws: (any Error).self) { try SQLiteExport.write(inputs: [records, "/nonexistent.jsonl"], to: db) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["corpus.db"])
    queue = try DatabaseQueue(path: db)
    #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM cases") } == 7)
    try queue.close()
  }
}
