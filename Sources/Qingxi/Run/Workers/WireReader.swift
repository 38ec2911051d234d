/// Reads a payload written by `WireWriter`. Total: a short or malformed payload throws
/// `WireError`, never traps (a worker that died mid-write must not take the supervisor with it).
struct WireReader {
  private let data: [UInt8]
  private var at = 0

  init(_ data: [UInt8]) { self.data = data }

  var isAtEnd: Bool { at == data.count }

  mutating func uint64() throws(WireError) -> UInt64 {
    guard data.count - at >= 8 else { throw WireError.truncated }
    var v: UInt64 = 0
    for k in 0..<8 { v |= UInt64(data[at + k]) << UInt64(8 * k) }
    at += 8
    return v
  }

  mutating func int() throws(WireError) -> Int { Int(Int64(bitPattern: try uint64())) }

  /// A count or length: not negative, and not more than the bytes left (each item takes a byte at least).
  mutating func count() throws(WireError) -> Int {
    let n = try int()
    guard n >= 0, n <= data.count - at else { throw WireError.malformed("length \(n)") }
    return n
  }

  mutating func byte() throws(WireError) -> UInt8 {
    guard at < data.count else { throw WireError.truncated }
    at += 1
    return data[at - 1]
  }

  mutating func bool() throws(WireError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    case let b: throw WireError.malformed("bool \(b)")
    }
  }

  mutating func bytes() throws(WireError) -> [UInt8] {
    let n = try count()
    defer { at += n }
    return Array(data[at..<at + n])
  }

  mutating func string() throws(WireError) -> String {
    let n = try count()
    defer { at += n }
    guard let s = String(validating: data[at..<at + n], as: UTF8.self) else { throw WireError.malformed("string not utf-8") }
    return s
  }

  mutating func optionalString() throws(WireError) -> String? {
    try bool() ? try string() : nil
  }

  mutating func duration() throws(WireError) -> Duration {
    let seconds = try int()
    let attoseconds = try int()
    return Duration(secondsComponent: Int64(seconds), attosecondsComponent: Int64(attoseconds))
  }

  mutating func counts() throws(WireError) -> [String: Int] {
    var d: [String: Int] = [:]
    for _ in 0..<(try count()) {
      let k = try string()
      d[k] = try int()
    }
    return d
  }
}

/// A worker-protocol payload that cannot be read.
enum WireError: Error, Equatable, CustomStringConvertible {
  case truncated
  case malformed(String)

  var description: String {
    switch self {
    case .truncated: "truncated message"
    case .malformed(let what): "malformed message: \(what)"
    }
  }
}
