import Qingxi

/// A `ByteOutput` that keeps what is written, for tests of sinks and runs.
public final class MemoryOutput: ByteOutput {
  public private(set) var bytes: [UInt8] = []
  public private(set) var committed = false
  public private(set) var abandoned = false

  public init() {}

  public func write(_ bytes: [UInt8]) throws { self.bytes += bytes }
  public func commit() throws { committed = true }
  public func abandon() { abandoned = true }

  /// What was written, as text lines.
  public var lines: [String] { String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init) }
}
