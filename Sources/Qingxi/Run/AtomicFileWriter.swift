import Foundation

/// Writes a file under a temporary name and renames it into place when complete, so readers never see a
/// half-written file. Buffers 1 MiB between writes.
public final class AtomicFileWriter: ByteOutput {
  public let finalPath: String
  public let temporaryPath: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  public init(path: String) throws {
    finalPath = path
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
    temporaryPath = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporaryPath])
    }
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporaryPath))
  }

  public func write(_ bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { try flush() }
  }

  private func flush() throws {
    if buffer.isEmpty { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  public func commit() throws {
    try flush()
    try handle.close()
    if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
    try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
  }

  public func abandon() {
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}
