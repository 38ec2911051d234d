/// How much a source may hold or inflate, so that no input can exhaust memory.
public struct ReadLimits: Sendable, Equatable {
  /// A whole-input document (text, HTML) over this many bytes is not kept: it is counted and reported
  /// `oversized`. Nil: no limit. Runs set it from the decode stage's `max_bytes`.
  public var maxDocumentBytes: Int?
  /// A JSON Lines line over this many bytes is skipped and rejected (its text could not fit the
  /// document limit in any escaping short of `\u` for every character).
  public var maxLineBytes: Int
  /// Decompressed bytes allowed per gzip input (decompression bombs).
  public var maxDecompressedBytes: Int
  /// A gzip input inflating to more than this many times its compressed size (counted once
  /// `gzipRatioGrace` bytes have come out) is refused as a decompression bomb. Nil or 0: no ratio limit.
  public var maxGzipRatio: Int?
  /// Inflated bytes before the ratio is checked (small files and headers compress unevenly).
  public var gzipRatioGrace: Int

  /// The default ratio limit. Deflate cannot exceed about 1032:1, which a stream of zeros reaches; news
  /// text compresses 3–10:1 and even repetitive logs stay under 100:1, so 500:1 is refused.
  public static let defaultGzipRatio = 500
  public static let defaultGzipRatioGrace = 8 << 20

  public init(
    maxDocumentBytes: Int? = nil, maxLineBytes: Int? = nil, maxDecompressedBytes: Int = 1 << 32,
    maxGzipRatio: Int? = defaultGzipRatio, gzipRatioGrace: Int = defaultGzipRatioGrace
  ) {
    self.maxDocumentBytes = maxDocumentBytes
    self.maxLineBytes = maxLineBytes ?? maxDocumentBytes.map { max($0, 1 << 20).multipliedReportingOverflow(by: 4).partialValue } ?? (1 << 30)
    self.maxDecompressedBytes = maxDecompressedBytes
    self.maxGzipRatio = maxGzipRatio
    self.gzipRatioGrace = gzipRatioGrace
  }

  /// The limits for a pipeline: its decode stage's `max_bytes` and `max_gzip_ratio`, when it has one.
  public init(pipeline: Pipeline) {
    let decode = pipeline.stages.first as? DecodeText
    self.init(maxDocumentBytes: decode?.maxBytes, maxGzipRatio: decode?.maxGzipRatio ?? Self.defaultGzipRatio)
  }
}
