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

  public init(maxDocumentBytes: Int? = nil, maxLineBytes: Int? = nil, maxDecompressedBytes: Int = 1 << 32) {
    self.maxDocumentBytes = maxDocumentBytes
    self.maxLineBytes = maxLineBytes ?? maxDocumentBytes.map { max($0, 1 << 20).multipliedReportingOverflow(by: 4).partialValue } ?? (1 << 30)
    self.maxDecompressedBytes = maxDecompressedBytes
  }

  /// The limits for a pipeline: its decode stage's `max_bytes`, when it has one.
  public init(pipeline: Pipeline) {
    self.init(maxDocumentBytes: (pipeline.stages.first as? DecodeText)?.maxBytes)
  }
}
