/// A buffered reader over byte chunks, for formats framed by lines and lengths (WARC): reads a line,
/// looks ahead, takes or skips a number of bytes, and knows the offset of the next byte. It holds one
/// chunk plus whatever a caller asks for at once, so skipping a large record never holds it.
struct ByteStream {
  private var base: any ByteChunks
  private var buffer: [UInt8] = []
  private var position = 0
  private var ended = false
  /// Offset of the next byte in the input (after gzip).
  private(set) var offset = 0

  init(_ base: any ByteChunks) { self.base = base }

  /// Bytes taken from the underlying input (compressed bytes, for gzip).
  var bytesRead: Int { base.bytesRead }

  private var available: Int { buffer.count - position }

  /// Buffers at least `count` bytes past the position unless the input ends first; returns how many are.
  @discardableResult
  private mutating func fill(_ count: Int) throws(ReadError) -> Int {
    while available < count, !ended {
      guard let chunk = try base.next() else {
        ended = true
        break
      }
      if position == buffer.count {
        buffer = chunk
      } else {
        if position > 0 { buffer.removeSubrange(0..<position) }
        buffer.append(contentsOf: chunk)
      }
      position = 0
    }
    return available
  }

  /// True when no byte is left.
  mutating func atEnd() throws(ReadError) -> Bool { try fill(1) == 0 }

  /// A line read by `line(max:)`.
  enum Line: Equatable {
    /// The bytes without the LF (nor a CR before it); `terminated` is false for a last line without LF.
    case text([UInt8], terminated: Bool)
    /// No LF within the limit; nothing was consumed.
    case tooLong
  }

  /// The next line, or nil at the end of the input.
  mutating func line(max: Int) throws(ReadError) -> Line? {
    var scanned = 0
    while true {
      if let lf = buffer[(position + scanned)...].firstIndex(of: 0x0A) {
        if lf - position > max { return .tooLong }
        var end = lf
        if end > position, buffer[end - 1] == 0x0D { end -= 1 }
        let out = Array(buffer[position..<end])
        consume(lf + 1 - position)
        return .text(out, terminated: true)
      }
      scanned = available
      if scanned > max { return .tooLong }
      if try fill(scanned + 1) == scanned {
        guard scanned > 0 else { return nil }
        let out = Array(buffer[position...])
        consume(scanned)
        return .text(out, terminated: false)
      }
    }
  }

  /// Up to `count` next bytes, without consuming them (fewer at the end of the input).
  mutating func peek(_ count: Int) throws(ReadError) -> ArraySlice<UInt8> {
    let n = min(try fill(count), count)
    return buffer[position..<(position + n)]
  }

  /// The next `count` bytes (fewer at the end of the input).
  mutating func take(_ count: Int) throws(ReadError) -> [UInt8] {
    let n = min(try fill(count), count)
    let out = Array(buffer[position..<(position + n)])
    consume(n)
    return out
  }

  /// Skips up to `count` bytes without holding them; returns how many were there.
  mutating func skip(_ count: Int) throws(ReadError) -> Int {
    var left = count
    while left > 0 {
      if available == 0 {
        guard !ended, let chunk = try base.next() else {
          ended = true
          break
        }
        buffer = chunk
        position = 0
      }
      let n = min(left, available)
      consume(n)
      left -= n
    }
    return count - left
  }

  private mutating func consume(_ n: Int) {
    position += n
    offset += n
    if position == buffer.count {
      buffer = []
      position = 0
    }
  }
}
