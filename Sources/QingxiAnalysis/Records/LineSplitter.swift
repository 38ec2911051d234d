import Foundation

/// Cuts a stream of byte chunks into lines at `\n` (the `\n` is not part of the line).
struct LineSplitter {
  private var pending: [UInt8] = []

  mutating func push(_ chunk: Data) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      var start = 0
      for (i, byte) in raw.enumerated() where byte == 0x0A {
        pending.append(contentsOf: raw[start..<i])
        lines.append(pending)
        pending.removeAll(keepingCapacity: true)
        start = i + 1
      }
      pending.append(contentsOf: raw[start...])
    }
    return lines
  }

  /// The last line when the stream did not end with `\n`.
  mutating func finish() -> [UInt8]? {
    defer { pending = [] }
    return pending.isEmpty ? nil : pending
  }
}
