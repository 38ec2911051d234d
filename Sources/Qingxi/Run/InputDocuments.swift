import TextSupport

/// The documents of one input, read lazily: a text or HTML file is one document (read whole, up to the
/// size limit), a JSON Lines file one per line (read line by line), a WARC file one per record that
/// holds a page (read record by record, see `WARCDocuments`), gzip of any inflated as it is read.
/// Yields `opened`, then documents and failures in input order, then `closed`.
public struct InputDocuments {
  private let file: InputFile
  private let limits: ReadLimits
  /// Which JSON Lines fields hold the content, the id and the facts.
  private let fields: JSONLinesFields
  /// The input as opened: counts the bytes read (a reference type, shared by the readers over it).
  private let input: any ByteChunks
  private var lines: LineReader?
  private var whole: (any ByteChunks)?
  private var warc: WARCDocuments?
  /// Why the input could not be opened as its format (bad gzip header, unreadable), reported once.
  private var failure: String?
  private var format = ""
  private var step = Step.open
  /// Documents and failures yielded from a JSON Lines input.
  private var items = 0

  private enum Step { case open, body, close, done }

  public init(file: InputFile, chunks: any ByteChunks, limits: ReadLimits, fields: JSONLinesFields = .default) {
    self.file = file
    self.limits = limits
    self.fields = fields
    input = chunks
  }

  public mutating func next() -> SourceEvent? {
    switch step {
    case .open:
      start()
      step = .body
      return .opened(file)
    case .body:
      if let reason = failure {
        failure = nil
        step = .close
        return .unreadable(ReadFailure(input: file.path, id: file.id, reason: reason), DocumentPosition(input: file.index))
      }
      if lines != nil, let event = nextLine() { return event }
      if warc != nil {
        if let event = warc?.next() { return event }
        warc = nil
      }
      step = .close
      if let whole {
        self.whole = nil
        return read(whole)
      }
      return next()
    case .close:
      step = .done
      return .closed(file, bytes: input.bytesRead)
    case .done:
      return nil
    }
  }

  /// Detects the format (from the name, else the first bytes, looking through gzip) and sets up the reader.
  private mutating func start() {
    do {
      var raw = PeekableChunks(input)
      let head = try raw.head(512)
      let (named, namedGzip) = InputFormat.named(file.path)
      let compressed = namedGzip || Gzip.isGzip(head)
      var body: any ByteChunks = raw
      let inner: InputFormat
      if compressed {
        var inflated = PeekableChunks(try GunzipChunks(raw, limits: limits))
        // A name without `.gz` on gzip bytes says nothing of what is inside.
        if namedGzip, let named { inner = named } else { inner = InputFormat.sniff(try inflated.head(512)) }
        body = inflated
      } else {
        inner = named ?? InputFormat.sniff(head)
      }
      format = inner.label(gzip: compressed)
      switch inner {
      case .jsonl: lines = LineReader(body, maxLineBytes: limits.maxLineBytes)
      case .txt, .html: whole = body
      case .warc: warc = WARCDocuments(file: file, chunks: body, format: format, limits: limits)
      }
    } catch {
      failure = error.reason
    }
  }

  private mutating func nextLine() -> SourceEvent? {
    while true {
      let line: LineReader.Line?
      do {
        line = try lines?.next()
      } catch {
        // The stream broke (corrupt or truncated gzip): the lines before it stand, the rest is rejected.
        lines = nil
        items += 1
        return .unreadable(ReadFailure(input: file.path, id: file.id, reason: error.reason), DocumentPosition(input: file.index))
      }
      guard let line else {
        lines = nil
        guard items == 0 else { return nil }
        items += 1
        return .unreadable(ReadFailure(input: file.path, id: file.id, reason: "empty input: no JSON lines"), DocumentPosition(input: file.index))
      }
      switch line {
      case .text(let bytes, let number, let offset):
        guard let read = JSONLinesRecord.read(bytes, number: number, path: file.path, id: file.id, format: format, fields: fields) else { continue }
        items += 1
        let at = DocumentPosition(input: file.index, line: number, offset: offset)
        switch read {
        case .success(let doc): return .document(doc, at)
        case .failure(let f): return .unreadable(f, at)
        }
      case .tooLong(let number, let offset, let length):
        items += 1
        let f = ReadFailure(
          input: "\(file.path):\(number)", id: "\(file.id):\(number)",
          reason: "line \(number): \(length) bytes, over the line limit of \(limits.maxLineBytes)")
        return .unreadable(f, DocumentPosition(input: file.index, line: number, offset: offset))
      }
    }
  }

  /// Reads a whole-input document, keeping at most the document limit in memory.
  private func read(_ source: any ByteChunks) -> SourceEvent {
    var chunks = source
    let at = DocumentPosition(input: file.index)
    let limit = limits.maxDocumentBytes ?? Int.max
    var body: [UInt8] = []
    if let size = chunks.sizeHint { body.reserveCapacity(min(size, limit)) }
    var total = 0
    do {
      while let chunk = try chunks.next() {
        total += chunk.count
        if total <= limit { body.append(contentsOf: chunk) } else if !body.isEmpty { body = [] }
      }
    } catch {
      return .unreadable(ReadFailure(input: file.path, id: file.id, reason: error.reason), at)
    }
    if total > limit { return .oversized(file, bytes: total, limit: limit, at) }
    let source = Source(path: file.path, format: format, bytes: body.count, sha256: SHA256.hex(body))
    return .document(Document(id: file.id, source: source, bytes: body), at)
  }
}
