import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file under a temporary name and renames it into place when complete, so readers never see a
/// half-written file. Buffers 1 MiB between writes. The temporary file is `.NAME.tmp-PID` beside the
/// final one: hidden, so a later run walking the directory never reads it as input. Errors name the
/// final path, the one the user gave (`OutputError`).
public final class AtomicFileWriter: ByteOutput {
  public let finalPath: String
  public let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []

  public init(path: String) throws(OutputError) {
    finalPath = path
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw OutputError(path: path, reason: "cannot create its directory \(dir)")
      }
    }
    let name = (path as NSString).lastPathComponent
    let tmpName = ".\(name).tmp-\(ProcessInfo.processInfo.processIdentifier)"
    temporaryPath = dir.isEmpty ? tmpName : (dir as NSString).appendingPathComponent(tmpName)
    let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
    descriptor = fd
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  public func write(_ bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { try flush() }
  }

  private func flush() throws(OutputError) {
    try writeAll(descriptor, buffer, path: finalPath)
    buffer.removeAll(keepingCapacity: true)
  }

  public func commit() throws {
    do {
      try flush()
    } catch {
      abandon()
      throw error
    }
    let closed = close(descriptor)
    descriptor = -1
    if closed != 0 {
      let e = errno
      unlink(temporaryPath)
      throw OutputError(path: finalPath, errno: e)
    }
    // rename replaces an existing file atomically.
    if rename(temporaryPath, finalPath) != 0 {
      let e = errno
      unlink(temporaryPath)
      throw OutputError(path: finalPath, errno: e)
    }
  }

  public func abandon() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    unlink(temporaryPath)
  }
}

/// An output that could not be written, named by the path the user gave.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  init(path: String, errno code: Int32) {
    self.init(path: path, reason: FileChunks.describe(code))
  }

  public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes all of `bytes` to `fd`, retrying short writes and EINTR; an error names `path` (the user's).
func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(OutputError) {
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeBytes { raw in systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset) }
    if n < 0 {
      if errno == EINTR { continue }
      throw OutputError(path: path, errno: errno)
    }
    offset += n
  }
}

private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, p, n)
  #else
    Darwin.write(fd, p, n)
  #endif
}
