import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The manifest of a run that writes to files: JSON Lines, appended as the run commits. The first line
/// names the run (`fingerprint` of the inputs and options); each further line is one committed chunk:
/// the cursor reached, the lengths and SHA-256 of the records and rejects files there, the records written
/// so far, the chunk's counts (`RunStats`), and the 8-byte hashes of the ids (and content keys) of the
/// records it wrote, so a resumed run knows every duplicate. A line is appended only after the chunk's
/// data is fsync'd, and the manifest is fsync'd after it: a kill at any moment leaves at most a torn last
/// line, which a resumed run ignores and cuts off. A completed run removes its manifest.
public struct RunManifest: Sendable {
  public static let schemaID = "qingxi/manifest@1"

  public struct Chunk: Sendable {
    public var number: Int
    public var cursor: RunCursor
    public var records: ChunkMark
    public var rejects: ChunkMark?
    /// Records written by the end of this chunk (the output's line count).
    public var recordsTotal: Int
    /// Seconds the run had spent by this chunk, over every session.
    public var seconds: Double
    public var stats: RunStats
    public var idHashes: [UInt64]
    public var contentHashes: [UInt64]
  }

  public var fingerprint: String
  public var chunks: [Chunk] = []
  /// Bytes of the file up to the end of its last whole, valid line.
  public var validLength = 0

  public init(fingerprint: String) { self.fingerprint = fingerprint }

  /// The manifest for a run writing `recordsPath` (`NAME.manifest.jsonl` beside `NAME.jsonl`).
  public static func path(forSummary summary: String) -> String {
    var s = summary
    if s.hasSuffix("summary.json") { s.removeLast("summary.json".count) }
    return s + "manifest.jsonl"
  }

  /// Reads the manifest at `path`: nil if there is none; throws if it is not a manifest.
  public static func read(path: String) throws(OutputError) -> RunManifest? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let bytes = [UInt8](data)
    var manifest: RunManifest?
    var start = 0
    while start < bytes.count, let end = bytes[start...].firstIndex(of: 0x0A) {
      guard let value = try? JSONValue.parse(bytes: Array(bytes[start..<end])) else { break }
      if manifest == nil {
        guard value["manifest"]?.stringValue == schemaID, let f = value["fingerprint"]?.stringValue else {
          throw OutputError(path: path, reason: "not a qingxi run manifest")
        }
        manifest = RunManifest(fingerprint: f)
      } else {
        guard let chunk = Chunk(json: value) else { break }
        manifest?.chunks.append(chunk)
      }
      start = end + 1
      manifest?.validLength = start
    }
    guard let manifest else { throw OutputError(path: path, reason: "a torn run manifest with no header: remove it or use --force") }
    return manifest
  }

  /// The header line.
  func header() -> JSONValue {
    .object(["manifest": .string(Self.schemaID), "fingerprint": .string(fingerprint)])
  }

  /// Every chunk's counts, merged: the run so far.
  public var stats: RunStats {
    var s = RunStats()
    for c in chunks { s.merge(c.stats) }
    return s
  }
}

extension RunManifest.Chunk {
  func json() -> JSONValue {
    var o = JSONObject()
    o["chunk"] = .int(number)
    o["input"] = .int(cursor.input)
    o["events"] = .int(cursor.events)
    o["records_bytes"] = .int(records.length)
    o["records_sha256"] = .string(records.sha256)
    if let rejects {
      o["rejects_bytes"] = .int(rejects.length)
      o["rejects_sha256"] = .string(rejects.sha256)
    }
    o["records_total"] = .int(recordsTotal)
    o["seconds"] = .double((seconds * 1000).rounded() / 1000)
    o["ids"] = .string(Self.hex(idHashes))
    o["contents"] = .string(Self.hex(contentHashes))
    o["stats"] = stats.manifestJSON()
    return .object(o)
  }

  init?(json v: JSONValue) {
    guard let n = v["chunk"]?.intValue, let input = v["input"]?.intValue, let events = v["events"]?.intValue,
      let rb = v["records_bytes"]?.intValue, let rh = v["records_sha256"]?.stringValue,
      let total = v["records_total"]?.intValue, let seconds = v["seconds"]?.doubleValue,
      let ids = v["ids"]?.stringValue.flatMap(Self.hashes), let contents = v["contents"]?.stringValue.flatMap(Self.hashes),
      let statsJSON = v["stats"], let stats = RunStats(manifestJSON: statsJSON)
    else { return nil }
    number = n
    cursor = RunCursor(input: input, events: events)
    records = ChunkMark(length: rb, sha256: rh)
    if let b = v["rejects_bytes"]?.intValue, let h = v["rejects_sha256"]?.stringValue {
      rejects = ChunkMark(length: b, sha256: h)
    } else {
      rejects = nil
    }
    recordsTotal = total
    self.seconds = seconds
    self.stats = stats
    idHashes = ids
    contentHashes = contents
  }

  /// 16 hex digits per hash, concatenated.
  static func hex(_ hashes: [UInt64]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(hashes.count * 16)
    for h in hashes {
      for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((h >> UInt64(shift)) & 0xF)]) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func hashes(_ s: String) -> [UInt64]? {
    let bytes = Array(s.utf8)
    guard bytes.count % 16 == 0 else { return nil }
    var out: [UInt64] = []
    out.reserveCapacity(bytes.count / 16)
    var h: UInt64 = 0
    for (i, b) in bytes.enumerated() {
      let d: UInt8
      switch b {
      case 0x30...0x39: d = b - 0x30
      case 0x61...0x66: d = b - 0x61 + 10
      default: return nil
      }
      h = h << 4 | UInt64(d)
      if i % 16 == 15 {
        out.append(h)
        h = 0
      }
    }
    return out
  }
}

/// Appends lines to a run's manifest, each fsync'd.
final class ManifestWriter {
  let path: String
  private var descriptor: Int32

  /// Starts a new manifest with `header`, or (with `resumeAt`) reopens one cut back to its valid length.
  init(path: String, header: JSONValue?, resumeAt: Int?) throws(OutputError) {
    self.path = path
    let fd = resumeAt == nil ? open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) : open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
    descriptor = fd
    if let resumeAt {
      guard ftruncate(fd, off_t(resumeAt)) == 0, lseek(fd, off_t(resumeAt), SEEK_SET) >= 0 else {
        throw OutputError(path: path, errno: errno)
      }
    }
    if let header { try append(header) }
  }

  deinit { close() }

  func append(_ value: JSONValue) throws(OutputError) {
    var line: [UInt8] = []
    value.write(into: &line, indent: nil, level: 0)
    line.append(0x0A)
    try writeAll(descriptor, line, path: path)
    guard fsync(descriptor) == 0 else { throw OutputError(path: path, errno: errno) }
  }

  /// The run completed: the manifest goes.
  func remove() {
    close()
    unlink(path)
  }

  func close() {
    if descriptor >= 0 {
      _ = Self.closeFD(descriptor)
      descriptor = -1
    }
  }

  private static func closeFD(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.close(fd)
    #else
      Darwin.close(fd)
    #endif
  }
}
