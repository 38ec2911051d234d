/// Turns one input held in memory into documents: one for a text or HTML file, one per line of a JSON
/// Lines file. The same reader as a run's (`InputDocuments`), for tests and callers that have the bytes.
/// Never throws: an input that cannot be read becomes a `ReadFailure` with a reason.
public enum DocumentReader {
  /// What reading one input gave.
  public enum Item: Sendable {
    case document(Document)
    case failure(ReadFailure)
  }

  /// Gzip output above this is refused (decompression bombs).
  public static let maxDecompressedBytes = 1 << 32

  /// Reads an input's bytes. `path` is reported as `source.path`; `id` is the document id (JSON Lines
  /// lines without their own `id` get `id:N`); `fields` says which JSON Lines fields hold what.
  public static func read(bytes: [UInt8], path: String, id: String, fields: JSONLinesFields = .default) -> [Item] {
    var reader = InputDocuments(
      file: InputFile(path: path, id: id, index: 0), chunks: MemoryChunks(bytes),
      limits: ReadLimits(maxDecompressedBytes: maxDecompressedBytes), fields: fields)
    var items: [Item] = []
    while let event = reader.next() {
      switch event {
      case .document(let doc, _): items.append(.document(doc))
      case .unreadable(let f, _), .inputFailed(let f, _): items.append(.failure(f))
      case .oversized(let file, let size, let limit, _):
        items.append(.failure(ReadFailure(input: file.path, id: file.id, reason: DecodeText.oversizeReason(bytes: size, limit: limit))))
      case .opened, .closed, .skipped: break
      }
    }
    return items
  }
}

/// An input (or one line of one) that could not be turned into a document.
public struct ReadFailure: Error, Sendable, Equatable {
  /// The input path (with `:N` for line N of a JSON Lines file).
  public var input: String
  public var id: String
  public var reason: String
  public init(input: String, id: String, reason: String) {
    self.input = input
    self.id = id
    self.reason = reason
  }
}
