/// The documents of the files, directories and standard input named on a command line, read lazily
/// (see `InputWalk` for the order and `InputDocuments` for the formats).
public struct FileDocumentSource: DocumentSource {
  private var walk: InputWalk
  private var current: InputDocuments?
  private let limits: ReadLimits
  private let chunkSize: Int
  private let fields: JSONLinesFields
  /// Inputs before this index are walked past without being opened (a resumed run has done them).
  private let firstInput: Int

  public init(
    arguments: [String], limits: ReadLimits, fields: JSONLinesFields = .default, chunkSize: Int = 1 << 20,
    excluding: Set<InputWalk.Identity> = [], firstInput: Int = 0
  ) {
    walk = InputWalk(arguments: arguments, excluding: excluding)
    self.limits = limits
    self.fields = fields
    self.chunkSize = chunkSize
    self.firstInput = firstInput
  }

  public mutating func next() -> SourceEvent? {
    while true {
      if current != nil {
        // Mutated in place (optional chaining), so the reader's buffers are never copied.
        if let event = current?.next() { return event }
        current = nil
      }
      guard let item = walk.next() else { return nil }
      switch item {
      case .failure(_, let index) where index < firstInput:
        continue
      case .file(let file) where file.index < firstInput:
        continue
      case .failure(let f, let index):
        return .inputFailed(f, input: index)
      case .file(let file):
        do {
          let chunks = try FileChunks(path: file.path, chunkSize: chunkSize)
          current = InputDocuments(file: file, chunks: chunks, limits: limits, fields: fields)
        } catch {
          return .inputFailed(ReadFailure(input: file.path, id: file.id, reason: error.reason), input: file.index)
        }
      }
    }
  }
}
