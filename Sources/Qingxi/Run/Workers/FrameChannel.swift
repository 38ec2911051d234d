#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Frames over one end of a socket pair: each frame an 8-byte little-endian length and the payload.
/// Reads may carry a deadline (the parent's per-document time limit); writes never raise SIGPIPE.
struct FrameChannel {
  let fd: Int32
  /// A frame longer than this is a broken peer, not a document.
  static let maxFrame = 1 << 40

  enum Failure: Error, Equatable {
    /// The peer closed its end (a worker that died, or a parent that is gone).
    case closed
    case timedOut
    case io(String)
    case tooLong(Int)
  }

  func write(_ payload: [UInt8]) throws(Failure) {
    var header = [UInt8](repeating: 0, count: 8)
    for k in 0..<8 { header[k] = UInt8(truncatingIfNeeded: UInt64(payload.count) >> UInt64(8 * k)) }
    try writeAll(header)
    try writeAll(payload)
  }

  private func writeAll(_ bytes: [UInt8]) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { buf in
        send(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset, Int32(MSG_NOSIGNAL))
      }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE || errno == ECONNRESET { throw .closed }
        throw .io(Self.errorText())
      }
      offset += n
    }
  }

  /// The next frame's payload; `deadline` (a `ContinuousClock` instant) bounds the wait, nil waits forever.
  func read(until deadline: ContinuousClock.Instant?) throws(Failure) -> [UInt8] {
    var header = [UInt8](repeating: 0, count: 8)
    try readExactly(into: &header, until: deadline)
    var length: UInt64 = 0
    for k in 0..<8 { length |= UInt64(header[k]) << UInt64(8 * k) }
    guard length <= UInt64(Self.maxFrame) else { throw .tooLong(Int(truncatingIfNeeded: length)) }
    var payload = [UInt8](repeating: 0, count: Int(length))
    try readExactly(into: &payload, until: deadline)
    return payload
  }

  private func readExactly(into buffer: inout [UInt8], until deadline: ContinuousClock.Instant?) throws(Failure) {
    var offset = 0
    while offset < buffer.count {
      if let deadline { try wait(until: deadline) }
      let n = buffer.withUnsafeMutableBytes { buf in
        recv(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset, 0)
      }
      if n == 0 { throw .closed }
      if n < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        if errno == ECONNRESET { throw .closed }
        throw .io(Self.errorText())
      }
      offset += n
    }
  }

  /// Returns when the socket is readable (or closed); throws `timedOut` at the deadline.
  private func wait(until deadline: ContinuousClock.Instant) throws(Failure) {
    while true {
      let left = ContinuousClock.now.duration(to: deadline)
      guard left > .zero else { throw .timedOut }
      let (s, atto) = left.components
      let ms = min(Int64(Int32.max), s * 1000 + atto / 1_000_000_000_000_000 + 1)
      var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let r = poll(&p, 1, Int32(ms))
      if r > 0 { return }
      if r < 0, errno != EINTR { throw .io(Self.errorText()) }
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)).lowercased() }
}
