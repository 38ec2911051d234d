/// Chunks with a look-ahead: `head(_:)` reads far enough to show the first bytes (to sniff a format)
/// and `next()` then hands out the same chunks again, so nothing is read twice or held longer.
public struct PeekableChunks: ByteChunks {
  private var base: any ByteChunks
  private var buffered: [[UInt8]] = []
  private var next0 = 0

  public init(_ base: any ByteChunks) { self.base = base }

  public var bytesRead: Int { base.bytesRead }
  public var sizeHint: Int? { base.sizeHint }

  /// The first `count` bytes (fewer if the input is shorter).
  public mutating func head(_ count: Int) throws(ReadError) -> [UInt8] {
    var have = buffered.reduce(0) { $0 + $1.count }
    while have < count, let chunk = try base.next() {
      buffered.append(chunk)
      have += chunk.count
    }
    var out: [UInt8] = []
    for chunk in buffered where out.count < count { out.append(contentsOf: chunk.prefix(count - out.count)) }
    return out
  }

  public mutating func next() throws(ReadError) -> [UInt8]? {
    if next0 < buffered.count {
      defer {
        next0 += 1
        if next0 == buffered.count {
          buffered = []
          next0 = 0
        }
      }
      return buffered[next0]
    }
    return try base.next()
  }
}
