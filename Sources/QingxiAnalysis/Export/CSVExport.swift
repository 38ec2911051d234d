import Foundation

/// Writes an export as CSV: one file per table (`documents.csv`, …) in a directory, RFC 4180 (fields with
/// a comma, quote, CR or LF quoted, quotes doubled, lines ending in CRLF), UTF-8 with a header row, NULL as
/// an empty field. Each file is written under a temporary name and renamed when every table is complete.
public enum CSVExport {
  public static func write(inputs: [String], merging: Bool = true, toDirectory dir: String) throws -> Exporter.Counts {
    let fm = FileManager.default
    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var sink = try Sink(directory: dir)
    do {
      let counts = try Exporter(inputs: inputs, merging: merging).run(into: &sink)
      try sink.commit()
      return counts
    } catch {
      sink.abandon()
      throw error
    }
  }

  /// One field, quoted when needed.
  public static func field(_ v: ExportValue) -> String {
    switch v {
    case .null: return ""
    case .int(let i): return String(i)
    case .real(let d):
      let whole = d == d.rounded() && d.magnitude < 9e15
      return whole ? String(Int(d)) : String(d)
    case .text(let s):
      let special: Set<UInt8> = [0x2C, 0x22, 0x0A, 0x0D]  // , " LF CR
      guard s.utf8.contains(where: special.contains) else { return s }
      let doubled: String = s.replacingOccurrences(of: "\"", with: "\"\"")
      return "\"" + doubled + "\""
    }
  }

  /// One line (with its CRLF).
  public static func line(_ fields: [ExportValue]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }

  final class Sink: ExportSink {
    let directory: String
    let suffix = ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    var handles: [String: FileHandle] = [:]
    var buffers: [String: [UInt8]] = [:]

    init(directory: String) throws {
      self.directory = directory
      for table in ExportTable.all {
        let path = self.path(table.name) + suffix
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
          throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handles[table.name] = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffers[table.name] = Array(CSVExport.line(table.columns.map { .text($0.name) }).utf8)
      }
    }

    func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name + ".csv") }

    func insert(_ row: [ExportValue], into table: ExportTable) throws {
      buffers[table.name, default: []].append(contentsOf: CSVExport.line(row).utf8)
      if (buffers[table.name]?.count ?? 0) >= 1 << 20 { try flush(table.name) }
    }

    func flush(_ name: String) throws {
      guard let buffer = buffers[name], !buffer.isEmpty, let handle = handles[name] else { return }
      try handle.write(contentsOf: buffer)
      buffers[name] = []
    }

    func commit() throws {
      for table in ExportTable.all {
        try flush(table.name)
        try handles[table.name]?.close()
      }
      let fm = FileManager.default
      for table in ExportTable.all {
        let final = path(table.name)
        if fm.fileExists(atPath: final) { try fm.removeItem(atPath: final) }
        try fm.moveItem(atPath: final + suffix, toPath: final)
      }
    }

    func abandon() {
      for table in ExportTable.all {
        try? handles[table.name]?.close()
        try? FileManager.default.removeItem(atPath: path(table.name) + suffix)
      }
    }
  }
}
