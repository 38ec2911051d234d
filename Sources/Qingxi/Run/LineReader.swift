#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits chunks into lines at LF, holding at most one line (plus one chunk) in memory. A line longer
/// than `maxLineBytes` is skipped, not buffered, and reported as too long.
public struct LineReader {
  public enum Line: Equatable {
    /// The line's bytes without the LF; `number` is 1-based, `offset` where it starts in the stream.
    case text([UInt8], number: Int, offset: Int)
    /// A line over the limit, skipped; `length` is its size in bytes without the LF.
    case tooLong(number: Int, offset: Int, length: Int)
  }

  private var base: any ByteChunks
  public let maxLineBytes: Int
  private var buffer: [UInt8] = []
  /// Start of the unread part of `buffer`.
  private var start = 0
  /// Bytes after `start` already known to hold no LF.
  private var scanned = 0
  private var atEnd = false
  private var number = 0
  /// Stream offset of `buffer[start]`.
  private var offset = 0

  public init(_ base: any ByteChunks, maxLineBytes: Int) {
    self.base = base
    self.maxLineBytes = max(maxLineBytes, 1)
  }

  public var bytesRead: Int { base.bytesRead }

  /// The next line, or nil at the end of the input. Throws when reading the input fails.
  public mutating func next() throws(ReadError) -> Line? {
    while true {
      if let lf = Self.firstLF(buffer, from: start + scanned) {
        return take(upTo: lf, skipping: 1)
      }
      scanned = buffer.count - start
      if atEnd {
        return scanned > 0 ? take(upTo: buffer.count, skipping: 0) : nil
      }
      if scanned > maxLineBytes { return try skipLongLine() }
      if start > 0 {
        buffer.removeSubrange(0..<start)
        start = 0
      }
      if let chunk = try base.next() { buffer.append(contentsOf: chunk) } else { atEnd = true }
    }
  }

  private mutating func take(upTo end: Int, skipping: Int) -> Line {
    number += 1
    let line = Array(buffer[start..<end])
    let at = offset
    offset += end - start + skipping
    start = end + skipping
    scanned = 0
    if line.count > maxLineBytes { return .tooLong(number: number, offset: at, length: line.count) }
    return .text(line, number: number, offset: at)
  }

  /// Drops the rest of an over-long line without keeping it.
  private mutating func skipLongLine() throws(ReadError) -> Line {
    number += 1
    let at = offset
    var length = buffer.count - start
    buffer = []
    start = 0
    scanned = 0
    while let chunk = try base.next() {
      if let lf = Self.firstLF(chunk, from: 0) {
        length += lf
        offset = at + length + 1
        buffer = Array(chunk[(lf + 1)...])
        return .tooLong(number: number, offset: at, length: length)
      }
      length += chunk.count
    }
    atEnd = true
    offset = at + length
    return .tooLong(number: number, offset: at, length: length)
  }

  private static func firstLF(_ bytes: [UInt8], from: Int) -> Int? {
    guard from < bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { b -> Int? in
      guard let base = b.baseAddress, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
      return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
  }
}
