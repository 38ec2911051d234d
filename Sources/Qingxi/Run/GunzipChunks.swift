import TextSupport

/// Inflates gzip chunks as they come (every member), handing out pieces of at most `pieceSize` bytes:
/// a compressed file is never held whole, and a bomb stops at `maxOutput` bytes.
public struct GunzipChunks: ByteChunks {
  private var base: any ByteChunks
  private let inflater: GzipInflater
  private let pieceSize: Int
  private var input: [UInt8] = []
  private var used = 0
  private var ended = false

  public init(_ base: any ByteChunks, maxOutput: Int, pieceSize: Int = 1 << 20) throws(ReadError) {
    self.base = base
    self.pieceSize = max(pieceSize, 1)
    do {
      inflater = try GzipInflater(maxOutput: maxOutput)
    } catch {
      throw ReadError(error.name)
    }
  }

  public var bytesRead: Int { base.bytesRead }

  public mutating func next() throws(ReadError) -> [UInt8]? {
    while !ended {
      let result: (consumed: Int, output: [UInt8])
      do {
        result = try inflater.feed(input[used...], outputLimit: pieceSize)
      } catch {
        throw ReadError(error.name)
      }
      used += result.consumed
      if !result.output.isEmpty { return result.output }
      if used < input.count {
        // zlib always moves while it has input and room; standing still would loop forever.
        if result.consumed == 0 { throw ReadError("corrupt gzip data") }
        continue
      }
      if let chunk = try base.next() {
        input = chunk
        used = 0
      } else {
        ended = true
        do { try inflater.finish() } catch { throw ReadError(error.name) }
      }
    }
    return nil
  }
}
