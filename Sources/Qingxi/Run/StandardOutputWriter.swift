import Foundation

/// Standard output, buffered: written in 1 MiB pieces rather than one system call per record.
public final class StandardOutputWriter: ByteOutput {
  private var buffer: [UInt8] = []
  private let capacity: Int

  public init(capacity: Int = 1 << 20) { self.capacity = max(capacity, 1) }

  public func write(_ bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { try flush() }
  }

  public func flush() throws {
    if buffer.isEmpty { return }
    try FileHandle.standardOutput.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  public func commit() throws { try flush() }

  /// What was written stays written; what is buffered is still flushed, as an unbuffered stream would have.
  public func abandon() { try? flush() }
}
