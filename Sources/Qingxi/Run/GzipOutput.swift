import TextSupport

/// Compresses what is written to it as gzip into another output: `-o x.jsonl.gz`. Over a
/// `CheckpointOutput` each checkpoint ends a gzip member (concatenated members are one valid gzip file,
/// and every member boundary is a place a resumed run can cut the file back to); otherwise one member.
public final class GzipOutput: CheckpointOutput {
  private let inner: any ByteOutput
  private let level: Int32
  private var deflater: GzipDeflater
  private var pending: [UInt8] = []
  /// Bytes written into the current member, and whether any member was ended yet.
  private var memberBytes = 0
  private var anyMember = false

  public init(_ inner: any ByteOutput, level: Int32 = 6, continuing: Bool = false) throws {
    self.inner = inner
    self.level = level
    deflater = try GzipDeflater(level: level)
    anyMember = continuing
  }

  public func write(_ bytes: [UInt8]) throws {
    memberBytes += bytes.count
    try deflater.compress(bytes, into: &pending)
    if pending.count >= 1 << 16 { try drain() }
  }

  private func drain() throws {
    if pending.isEmpty { return }
    try inner.write(pending)
    pending.removeAll(keepingCapacity: true)
  }

  /// Ends the member if anything went into it.
  private func endMember() throws {
    guard memberBytes > 0 else { return }
    try deflater.finish(into: &pending)
    try drain()
    deflater = try GzipDeflater(level: level)
    memberBytes = 0
    anyMember = true
  }

  public var uncommittedBytes: Int { memberBytes }

  public func checkpoint() throws -> ChunkMark {
    guard let inner = inner as? any CheckpointOutput else { throw OutputError(path: "", reason: "gzip checkpoint over an output with none") }
    try endMember()
    return try inner.checkpoint()
  }

  public func commit() throws {
    try endMember()
    // An empty output is still a valid gzip file: one empty member.
    if !anyMember { try deflater.finish(into: &pending) }
    try drain()
    try inner.commit()
  }

  public func abandon() { inner.abandon() }

  /// True for a path that names gzip output (`.gz`).
  public static func wanted(for path: String) -> Bool { path.lowercased().hasSuffix(".gz") }
}
