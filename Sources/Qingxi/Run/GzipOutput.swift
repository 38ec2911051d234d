import TextSupport

/// Compresses what is written to it as gzip (one member) into another output: `-o x.jsonl.gz`.
public final class GzipOutput: ByteOutput {
  private let inner: any ByteOutput
  private let deflater: GzipDeflater
  private var pending: [UInt8] = []

  public init(_ inner: any ByteOutput, level: Int32 = 6) throws {
    self.inner = inner
    deflater = try GzipDeflater(level: level)
  }

  public func write(_ bytes: [UInt8]) throws {
    try deflater.compress(bytes, into: &pending)
    if pending.count >= 1 << 16 { try drain() }
  }

  private func drain() throws {
    if pending.isEmpty { return }
    try inner.write(pending)
    pending.removeAll(keepingCapacity: true)
  }

  public func commit() throws {
    try deflater.finish(into: &pending)
    try drain()
    try inner.commit()
  }

  public func abandon() { inner.abandon() }

  /// True for a path that names gzip output (`.gz`).
  public static func wanted(for path: String) -> Bool { path.lowercased().hasSuffix(".gz") }
}
