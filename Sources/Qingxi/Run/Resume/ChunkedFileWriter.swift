import Foundation
import TextSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output a run commits in chunks: what was written up to a checkpoint is on disk (fsync'd) and its
/// length and hash go to the run's manifest, so a later `--resume` can cut the file back to that length.
public protocol CheckpointOutput: ByteOutput {
  /// Makes everything written so far durable and says where the file now ends.
  func checkpoint() throws -> ChunkMark
  /// Bytes written since the last checkpoint (before any compression).
  var uncommittedBytes: Int { get }
}

/// The end of a committed chunk: the file's length there, and the SHA-256 of the chunk's bytes (from the
/// previous mark to this one), as read back from the file.
public struct ChunkMark: Sendable, Equatable {
  public var length: Int
  public var sha256: String

  public init(length: Int, sha256: String) {
    self.length = length
    self.sha256 = sha256
  }
}

/// Writes a file in committed chunks under a stable hidden name, `.NAME.partial` beside the final one,
/// and renames it into place when the run completes: as with `AtomicFileWriter`, readers of NAME never see
/// a half-written file, and walks never read the partial one (its name starts with `.`). Unlike it, the
/// partial file outlives a killed run: a resumed run reopens it, cuts it back to the last committed
/// length (dropping a torn tail) and appends. Errors name the final path.
public final class ChunkedFileWriter: CheckpointOutput {
  public let finalPath: String
  public let partialPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  /// Bytes in the file (written) and up to the last checkpoint (committed).
  private var length: Int
  public private(set) var committedLength: Int

  /// The hidden partial file for `path`.
  public static func partialPath(for path: String) -> String {
    let dir = (path as NSString).deletingLastPathComponent
    let name = ".\((path as NSString).lastPathComponent).partial"
    return dir.isEmpty ? name : (dir as NSString).appendingPathComponent(name)
  }

  /// Opens the partial file for `path`: empty, or (with `resumeAt`) cut back to that committed length.
  /// When resuming and only the final file is there (the run was killed as it completed), it is taken
  /// back as the partial one.
  public init(path: String, resumeAt: Int? = nil) throws(OutputError) {
    finalPath = path
    partialPath = Self.partialPath(for: path)
    let dir = (path as NSString).deletingLastPathComponent
    if !dir.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw OutputError(path: path, reason: "cannot create its directory \(dir)")
      }
    }
    if let resumeAt {
      if access(partialPath, F_OK) != 0, access(path, F_OK) == 0, rename(path, partialPath) != 0 {
        throw OutputError(path: path, errno: errno)
      }
      let fd = open(partialPath, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { throw OutputError(path: path, reason: "cannot resume: the partial output \(partialPath) is missing") }
      var st = stat()
      guard fstat(fd, &st) == 0, Int(st.st_size) >= resumeAt else {
        close(fd)
        throw OutputError(path: path, reason: "cannot resume: the partial output \(partialPath) is shorter than its manifest says")
      }
      guard ftruncate(fd, off_t(resumeAt)) == 0, lseek(fd, off_t(resumeAt), SEEK_SET) >= 0 else {
        let e = errno
        close(fd)
        throw OutputError(path: path, errno: e)
      }
      descriptor = fd
      length = resumeAt
      committedLength = resumeAt
    } else {
      let fd = open(partialPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
      descriptor = fd
      length = 0
      committedLength = 0
    }
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  public func write(_ bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 20 { try flush() }
  }

  private func flush() throws(OutputError) {
    try writeAll(descriptor, buffer, path: finalPath)
    length += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  public var uncommittedBytes: Int { length + buffer.count - committedLength }

  public func checkpoint() throws -> ChunkMark {
    try flush()
    guard fsync(descriptor) == 0 else { throw OutputError(path: finalPath, errno: errno) }
    let hash = try Self.sha256(path: partialPath, from: committedLength, to: length)
    committedLength = length
    return ChunkMark(length: length, sha256: hash)
  }

  /// Renames the complete partial file into place.
  public func commit() throws {
    try flush()
    guard fsync(descriptor) == 0 else { throw OutputError(path: finalPath, errno: errno) }
    close(descriptor)
    descriptor = -1
    if rename(partialPath, finalPath) != 0 { throw OutputError(path: finalPath, errno: errno) }
  }

  /// Drops what was written since the last checkpoint and closes; the committed chunks stay for `--resume`.
  public func abandon() {
    buffer = []
    if descriptor >= 0 {
      _ = ftruncate(descriptor, off_t(committedLength))
      close(descriptor)
      descriptor = -1
    }
  }

  /// Abandons and removes the partial file: for a run that committed nothing, so has nothing to resume.
  public func discard() {
    abandon()
    unlink(partialPath)
  }

  /// The SHA-256 of bytes `from..<to` of the file at `path`, read back.
  public static func sha256(path: String, from: Int, to: Int) throws(OutputError) -> String {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OutputError(path: path, errno: errno) }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: max(to - from, 0))
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeMutableBytes { raw in pread(fd, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(from + done)) }
      if n < 0, errno == EINTR { continue }
      guard n > 0 else { throw OutputError(path: path, reason: "cannot read back a committed chunk") }
      done += n
    }
    return SHA256.hex(bytes)
  }

}
