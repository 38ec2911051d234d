import Foundation

/// Where records go: standard output, a file, or a directory (as documents.jsonl).
enum OutputTarget {
  case stdout
  case file(String)
  case directory(String)

  init(_ path: String) {
    if path == "-" {
      self = .stdout
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
  var recordsPath: String? {
    switch self {
    case .stdout: return nil
    case .file(let p): return p
    case .directory(let d): return (d as NSString).appendingPathComponent("documents.jsonl")
    }
  }

  /// The summary file beside the records, or nil for standard output.
  var summaryPath: String? {
    switch self {
    case .stdout: return nil
    case .directory(let d): return (d as NSString).appendingPathComponent("summary.json")
    case .file(let p):
      let dir = (p as NSString).deletingLastPathComponent
      let base = ((p as NSString).lastPathComponent as NSString).deletingPathExtension
      let name = base == "documents" ? "summary.json" : base + ".summary.json"
      return dir.isEmpty ? name : (dir as NSString).appendingPathComponent(name)
    }
  }
}

/// Writes a file under a temporary name and renames it into place when complete, so readers never see a
/// half-written file.
final class AtomicFileWriter {
  let finalPath: String
  let temporaryPath: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(path: String) throws {
    finalPath = path
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    temporaryPath = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporaryPath])
    }
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporaryPath))
  }

  func write(_ bytes: some Sequence<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { try flush() }
  }

  private func flush() throws {
    if buffer.isEmpty { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  func commit() throws {
    try flush()
    try handle.close()
    if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
    try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
  }

  func abandon() {
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}
