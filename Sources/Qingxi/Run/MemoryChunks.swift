/// Bytes already in memory, handed out in chunks (tests, and `DocumentReader.read(bytes:)`).
public final class MemoryChunks: ByteChunks {
  private let bytes: [UInt8]
  private let chunkSize: Int
  private var position = 0

  public init(_ bytes: [UInt8], chunkSize: Int = 1 << 20) {
    self.bytes = bytes
    self.chunkSize = max(chunkSize, 1)
  }

  public var bytesRead: Int { position }
  public var sizeHint: Int? { bytes.count }

  public func next() throws(ReadError) -> [UInt8]? {
    guard position < bytes.count else { return nil }
    let end = min(position + chunkSize, bytes.count)
    defer { position = end }
    if position == 0 && end == bytes.count { return bytes }
    return Array(bytes[position..<end])
  }
}
