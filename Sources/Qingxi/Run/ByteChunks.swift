/// The bytes of one input, in chunks of bounded size, so no reader needs the whole input in memory.
/// Sources at the bottom (`FileChunks`, `MemoryChunks`) are classes, so readers layered over one share its
/// `bytesRead`.
public protocol ByteChunks {
  /// The next chunk (never empty), or nil at the end.
  mutating func next() throws(ReadError) -> [UInt8]?
  /// Bytes taken from the underlying input so far (compressed bytes, for a gzip stream).
  var bytesRead: Int { get }
  /// The total size of what `next()` will hand out, when known in advance (a regular file).
  var sizeHint: Int? { get }
}

extension ByteChunks {
  public var sizeHint: Int? { nil }
}

/// Reading an input failed; `reason` is what the rejection says (`cannot read: permission denied`,
/// `truncated gzip data`).
public struct ReadError: Error, Sendable, Equatable {
  public var reason: String
  public init(_ reason: String) { self.reason = reason }
}
