import Foundation

/// Where a run's records go: standard output, a file, or a directory (as `documents.jsonl`); and where
/// its summary goes beside them.
public enum RunOutput: Sendable, Equatable {
  case standardOutput
  case file(String)
  case directory(String)

  /// `-` is standard output; a path ending in `/` or naming an existing directory is a directory.
  public init(_ path: String) {
    if path == "-" {
      self = .standardOutput
      return
    }
    var isDir: ObjCBool = false
    if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue) {
      self = .directory(path)
    } else {
      self = .file(path)
    }
  }

  /// The records file, or nil for standard output.
  public var recordsPath: String? {
    switch self {
    case .standardOutput: return nil
    case .file(let p): return p
    case .directory(let d): return (d as NSString).appendingPathComponent("documents.jsonl")
    }
  }

  /// The summary file beside the records, or nil for standard output.
  public var summaryPath: String? {
    switch self {
    case .standardOutput: return nil
    case .directory(let d): return (d as NSString).appendingPathComponent("summary.json")
    case .file(let p):
      let dir = (p as NSString).deletingLastPathComponent
      var name0 = (p as NSString).lastPathComponent
      if GzipOutput.wanted(for: name0) { name0.removeLast(3) }
      let base = (name0 as NSString).deletingPathExtension
      let name = base == "documents" ? "summary.json" : base + ".summary.json"
      return dir.isEmpty ? name : (dir as NSString).appendingPathComponent(name)
    }
  }

  /// The byte output for the records: a file written atomically (gzip-compressed when its name ends in
  /// `.gz`), or buffered standard output.
  public func recordsOutput() throws -> any ByteOutput {
    guard let path = recordsPath else { return StandardOutputWriter() }
    return try Self.file(path)
  }

  /// A file output written atomically, compressed when `path` ends in `.gz`.
  public static func file(_ path: String) throws -> any ByteOutput {
    let w = try AtomicFileWriter(path: path)
    return GzipOutput.wanted(for: path) ? try GzipOutput(w) : w
  }

  /// Every file this output writes (records and summary), for the safety checks.
  public var paths: [String] { [recordsPath, summaryPath].compactMap { $0 } }
}
