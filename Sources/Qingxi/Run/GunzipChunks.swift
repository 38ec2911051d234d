import TextSupport

/// Inflates gzip chunks as they come (every member), handing out pieces of at most `pieceSize` bytes:
/// a compressed file is never held whole. A bomb stops at `maxOutput` bytes, and sooner at the ratio
/// limit: once more than `ratioGrace` bytes have come out, output over `maxRatio` times the compressed
/// bytes used is refused.
public struct GunzipChunks: ByteChunks {
  private var base: any ByteChunks
  private let inflater: GzipInflater
  private let pieceSize: Int
  private let maxRatio: Int?
  private let ratioGrace: Int
  private var input: [UInt8] = []
  private var used = 0
  private var ended = false
  /// Compressed bytes inflated and bytes out, so far.
  private var consumed = 0
  private var produced = 0

  public init(_ base: any ByteChunks, maxOutput: Int, maxRatio: Int? = nil, ratioGrace: Int = 0, pieceSize: Int = 1 << 20) throws(ReadError) {
    self.base = base
    self.pieceSize = max(pieceSize, 1)
    self.maxRatio = maxRatio.flatMap { $0 > 0 ? $0 : nil }
    self.ratioGrace = ratioGrace
    do {
      inflater = try GzipInflater(maxOutput: maxOutput)
    } catch {
      throw ReadError(error.name)
    }
  }

  /// Inflates under a run's limits (`maxDecompressedBytes`, `maxGzipRatio` after `gzipRatioGrace`).
  public init(_ base: any ByteChunks, limits: ReadLimits, pieceSize: Int = 1 << 20) throws(ReadError) {
    try self.init(
      base, maxOutput: limits.maxDecompressedBytes, maxRatio: limits.maxGzipRatio, ratioGrace: limits.gzipRatioGrace,
      pieceSize: pieceSize)
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
      consumed += result.consumed
      if !result.output.isEmpty {
        produced += result.output.count
        if let maxRatio, produced > ratioGrace, produced / max(consumed, 1) > maxRatio {
          throw ReadError(
            "gzip bomb refused: \(produced) bytes inflated from \(consumed) (ratio over \(maxRatio):1, the limit `max_gzip_ratio`)")
        }
        return result.output
      }
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
