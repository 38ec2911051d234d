import Foundation

/// Lines learned as boilerplate, per site: what `qingxi learn-boilerplate` writes and
/// `drop-learned-boilerplate` reads.
///
/// File format (version 1): JSON Lines, UTF-8, `\n` after each line. The first line is the header,
/// `{"format":"qingxi-boilerplate-table","version":1,"fold":"…","min_docs":5,"min_share":0.3,"max_line":300,"hosts":N}`
/// (`fold` names the `LineKey` folding the hashes were made with; the thresholds are those it was learned
/// with, for the record). Then one line per host, sorted by the bytes of `host`:
/// `{"host":"news.example.com","documents":50,"lines":[["1f3a…",40],…]}` — `documents` is how many
/// distinct documents of the host were read, and each line is a `LineKey` hash (16 hex digits) with the
/// number of those documents it occurred in (a lower bound, see `HeavyHitters`), sorted by hash. The same
/// inputs always give the same bytes.
public struct BoilerplateTable: Sendable, Equatable {
  public static let format = "qingxi-boilerplate-table"
  public static let version = 1

  public struct Host: Sendable, Equatable {
    /// Distinct documents of this host that were read.
    public var documents: Int
    /// Line hash → documents it occurred in.
    public var lines: [UInt64: Int]

    public init(documents: Int, lines: [UInt64: Int]) {
      self.documents = documents
      self.lines = lines
    }
  }

  public var hosts: [String: Host]
  public var minDocuments: Int
  public var minShare: Double
  public var maxLineScalars: Int

  public init(hosts: [String: Host], minDocuments: Int, minShare: Double, maxLineScalars: Int) {
    self.hosts = hosts
    self.minDocuments = minDocuments
    self.minShare = minShare
    self.maxLineScalars = maxLineScalars
  }

  /// The table's file bytes.
  public func serialized() -> [UInt8] {
    var out: [UInt8] = []
    let header: JSONValue = .object([
      "format": .string(Self.format), "version": .int(Self.version), "fold": .string(LineKey.fold),
      "min_docs": .int(minDocuments), "min_share": .double(minShare), "max_line": .int(maxLineScalars),
      "hosts": .int(hosts.count),
    ])
    out.append(contentsOf: header.serialized().utf8)
    out.append(0x0A)
    let names = hosts.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    for name in names {
      guard let host = hosts[name] else { continue }
      let lines = host.lines.keys.sorted().map { JSONValue.array([.string(LineKey.hex($0)), .int(host.lines[$0] ?? 0)]) }
      let obj: JSONValue = .object(["host": .string(name), "documents": .int(host.documents), "lines": .array(lines)])
      out.append(contentsOf: obj.serialized().utf8)
      out.append(0x0A)
    }
    return out
  }

  /// Reads a table file's bytes; throws `BoilerplateTableError` saying what is wrong (never traps).
  public init(bytes: [UInt8]) throws(BoilerplateTableError) {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    guard let first = lines.first else { throw .init("empty file, not a boilerplate table") }
    func parse(_ line: ArraySlice<UInt8>, _ number: Int) throws(BoilerplateTableError) -> JSONObject {
      guard let value = try? JSONValue.parse(bytes: Array(line)), let obj = value.objectValue else {
        throw .init("line \(number): not a JSON object")
      }
      return obj
    }
    let header = try parse(first, 1)
    guard header["format"]?.stringValue == Self.format else {
      throw .init("line 1: not a boilerplate table (format is not \"\(Self.format)\")")
    }
    guard header["version"]?.intValue == Self.version else {
      throw .init("line 1: table version \(header["version"].map { $0.serialized() } ?? "missing"), this build reads version \(Self.version)")
    }
    guard header["fold"]?.stringValue == LineKey.fold else {
      throw .init("line 1: table made with line folding \(header["fold"]?.serialized() ?? "missing"), this build uses \"\(LineKey.fold)\"; learn it again")
    }
    minDocuments = header["min_docs"]?.intValue ?? 0
    minShare = header["min_share"]?.doubleValue ?? 0
    maxLineScalars = header["max_line"]?.intValue ?? LineKey.defaultMaxScalars
    guard maxLineScalars > 0 else { throw .init("line 1: max_line must be positive") }
    hosts = [:]
    for (i, line) in lines.dropFirst().enumerated() {
      let number = i + 2
      let obj = try parse(line, number)
      guard let name = obj["host"]?.stringValue, let documents = obj["documents"]?.intValue, documents >= 0,
        let entries = obj["lines"]?.arrayValue
      else { throw .init("line \(number): a host line needs `host`, `documents` and `lines`") }
      var counts: [UInt64: Int] = [:]
      for entry in entries {
        guard let pair = entry.arrayValue, pair.count == 2, let hex = pair[0].stringValue, let h = LineKey.parse(hex: hex),
          let count = pair[1].intValue, count >= 0
        else { throw .init("line \(number): each of `lines` is [16 hex digits, count]") }
        counts[h] = count
      }
      guard hosts.updateValue(Host(documents: documents, lines: counts), forKey: name) == nil else {
        throw .init("line \(number): host \(name) listed twice")
      }
    }
    if let declared = header["hosts"]?.intValue, declared != hosts.count {
      throw .init("the header announces \(declared) hosts, the file has \(hosts.count) (truncated?)")
    }
  }

  /// Reads a table file.
  public init(path: String) throws(BoilerplateTableError) {
    guard let data = FileManager.default.contents(atPath: path) else { throw .init("cannot read \(path)") }
    do {
      try self.init(bytes: Array(data))
    } catch {
      throw .init("\(path): \(error.message)")
    }
  }
}

/// Why a table file could not be read.
public struct BoilerplateTableError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
