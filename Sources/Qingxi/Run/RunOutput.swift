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
      let base = ((p as NSString).lastPathComponent as NSString).deletingPathExtension
      let name = base == "documents" ? "summary.json" : base + ".summary.json"
      return dir.isEmpty ? name : (dir as NSString).appendingPathComponent(name)
    }
  }

  /// The byte output for the records: a file written atomically, or buffered standard output.
  public func recordsOutput() throws -> any ByteOutput {
    guard let path = recordsPath else { return StandardOutputWriter() }
    return try AtomicFileWriter(path: path)
  }
}
