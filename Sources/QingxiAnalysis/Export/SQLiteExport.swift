import Foundation
import GRDB

/// Writes an export to an SQLite database through GRDB: every table with its keys and indices, all rows in
/// one transaction, into a temporary file renamed over `path` when complete — a re-export replaces the
/// database atomically and a failed one leaves the old one untouched.
public enum SQLiteExport {
  public static func write(inputs: [String], merging: Bool = true, to path: String) throws -> Exporter.Counts {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    let fm = FileManager.default
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    for leftover in [temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm"] where fm.fileExists(atPath: leftover) {
      try fm.removeItem(atPath: leftover)
    }
    do {
      var config = Configuration()
      config.foreignKeysEnabled = true
      let queue = try DatabaseQueue(path: temporary, configuration: config)
      let counts = try queue.write { db -> Exporter.Counts in
        for table in ExportTable.all { for sql in table.createSQL { try db.execute(sql: sql) } }
        var sink = Sink(db: db)
        return try Exporter(inputs: inputs, merging: merging).run(into: &sink)
      }
      try queue.close()
      // rename(2) replaces an existing file atomically: readers see the old database or the new one.
      guard rename(temporary, path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
      }
      return counts
    } catch {
      try? fm.removeItem(atPath: temporary)
      throw error
    }
  }

  struct Sink: ExportSink {
    let db: Database

    mutating func insert(_ row: [ExportValue], into table: ExportTable) throws {
      let statement = try db.cachedStatement(sql: table.insertSQL)
      try statement.execute(arguments: StatementArguments(row.map(Sink.value)))
    }

    static func value(_ v: ExportValue) -> DatabaseValue {
      switch v {
      case .null: .null
      case .int(let i): i.databaseValue
      case .real(let d): d.databaseValue
      case .text(let s): s.databaseValue
      }
    }
  }
}
