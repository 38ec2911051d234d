#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file (or standard input) read in chunks through POSIX `read`, never whole.
public final class FileChunks: ByteChunks {
  private let descriptor: Int32
  private let owned: Bool
  private let chunkSize: Int
  public private(set) var bytesRead = 0
  /// The file's size when it is a regular file, else nil (pipes, standard input).
  public let sizeHint: Int?

  /// Opens `path` for reading; `-` is standard input. Throws `cannot read: <reason>`.
  public init(path: String, chunkSize: Int = 1 << 20) throws(ReadError) {
    self.chunkSize = max(chunkSize, 1)
    if path == "-" {
      descriptor = 0
      owned = false
    } else {
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { throw ReadError("cannot read: \(Self.describe(errno))") }
      descriptor = fd
      owned = true
    }
    var st = stat()
    if fstat(descriptor, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
      sizeHint = Int(st.st_size)
    } else {
      sizeHint = nil
    }
  }

  deinit {
    if owned { close(descriptor) }
  }

  public func next() throws(ReadError) -> [UInt8]? {
    var failure: Int32 = 0
    let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
      count = 0
      while true {
        let n = read(descriptor, buffer.baseAddress, chunkSize)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { failure = errno } else { count = n }
        return
      }
    }
    if failure != 0 { throw ReadError("cannot read: \(Self.describe(failure))") }
    if chunk.isEmpty { return nil }
    bytesRead += chunk.count
    return chunk
  }

  /// The system's text for an errno, lower-cased (`permission denied`).
  static func describe(_ code: Int32) -> String {
    guard let s = strerror(code) else { return "error \(code)" }
    return String(cString: s).lowercased()
  }
}
