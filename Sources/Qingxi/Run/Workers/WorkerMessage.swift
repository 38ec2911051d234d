/// One frame of the worker protocol, parent ↔ `qingxi worker`. On the wire a frame is an 8-byte
/// little-endian length, then that many bytes: a kind byte and the fields (`WireWriter`).
///
/// parent → worker: `setup` once, then one `request` per document; closing the socket ends the worker.
/// worker → parent: `ready` (or `failed`) after setup, then one `reply` per request, in order.
enum WorkerMessage {
  case setup(WorkerSetup)
  case ready
  case failed(String)
  case request(WorkerRequest)
  case reply(WorkerReply)

  private enum Kind: UInt8 { case setup = 1, ready, failed, request, reply }

  /// The frame payload (without the length).
  func encoded() -> [UInt8] {
    var w: WireWriter
    switch self {
    case .setup(let s):
      w = WireWriter()
      w.byte(Kind.setup.rawValue)
      s.write(to: &w)
    case .ready:
      w = WireWriter()
      w.byte(Kind.ready.rawValue)
    case .failed(let why):
      w = WireWriter()
      w.byte(Kind.failed.rawValue)
      w.string(why)
    case .request(let r):
      w = WireWriter(capacity: r.document.source.bytes + 512)
      w.byte(Kind.request.rawValue)
      r.write(to: &w)
    case .reply(let r):
      w = WireWriter(capacity: r.records.reduce(1024) { $0 + $1.bytes.count + 64 })
      w.byte(Kind.reply.rawValue)
      r.write(to: &w)
    }
    return w.bytes
  }

  init(decoding payload: [UInt8]) throws(WireError) {
    var r = WireReader(payload)
    switch Kind(rawValue: try r.byte()) {
    case .setup: self = .setup(try WorkerSetup(from: &r))
    case .ready: self = .ready
    case .failed: self = .failed(try r.string())
    case .request: self = .request(try WorkerRequest(from: &r))
    case .reply: self = .reply(try WorkerReply(from: &r))
    case nil: throw WireError.malformed("message kind")
    }
    guard r.isAtEnd else { throw WireError.malformed("trailing bytes") }
  }
}

/// What a worker needs to build the run's pipeline and encode records as the run would.
public struct WorkerSetup: Sendable, Equatable {
  /// The pipeline file's text, or nil for the built-in default pipeline. Sent rather than re-read, so a
  /// worker started late in a run (after a crash) runs the pipeline the run started with.
  public var pipelineYAML: String?
  /// The pipeline file's path (for messages and `extends:` relative to it).
  public var pipelineFile: String?
  /// False writes `removed[].text` as null.
  public var keepRemovedText: Bool
  /// What the run's ledger needs of each record to skip duplicates (content keys, counts).
  public var dedupe: Dedupe = .none
  /// The worker's file descriptor of its `StagePage`, if it has one (set by `WorkerProcess`).
  var stagePage: Int32?

  public init(pipelineYAML: String?, pipelineFile: String?, keepRemovedText: Bool = true) {
    self.pipelineYAML = pipelineYAML
    self.pipelineFile = pipelineFile
    self.keepRemovedText = keepRemovedText
  }

  func write(to w: inout WireWriter) {
    w.optionalString(pipelineYAML)
    w.optionalString(pipelineFile)
    w.bool(keepRemovedText)
    w.string(dedupe.rawValue)
    w.int(stagePage.map(Int.init) ?? -1)
  }

  init(from r: inout WireReader) throws(WireError) {
    pipelineYAML = try r.optionalString()
    pipelineFile = try r.optionalString()
    keepRemovedText = try r.bool()
    let mode = try r.string()
    guard let d = Dedupe(rawValue: mode) else { throw WireError.malformed("dedupe \(mode)") }
    dedupe = d
    let fd = try r.int()
    stagePage = fd >= 0 && fd <= Int(Int32.max) ? Int32(fd) : nil
  }
}

/// One document for a worker, as the source read it (before any stage ran): id, source, the undecoded
/// bytes or the text of a JSON Lines record, the carried-through `meta`, and the facts a reader may set
/// (`title`, `published`). A field a reader starts setting on `Document` must be added here, or worker
/// runs lose it (`workersWriteWhatThreadsWrite` and the reader tests compare both isolations).
struct WorkerRequest {
  /// The document's place in the run (for checking replies).
  var sequence: Int
  var position: DocumentPosition
  var document: Document

  func write(to w: inout WireWriter) {
    w.int(sequence)
    w.int(position.input)
    w.int(position.line)
    w.int(position.offset)
    let d = document
    w.string(d.id)
    w.string(d.source.path)
    w.string(d.source.format)
    w.optionalString(d.source.encoding)
    w.int(d.source.bytes)
    w.string(d.source.sha256)
    w.optionalString(d.source.url)
    if let bytes = d.bytes {
      w.byte(0)
      w.bytes(bytes)
    } else {
      w.byte(1)
      w.string(d.raw)
    }
    w.object(d.meta.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) })
    w.optionalString(d.title)
    w.optionalString(d.published)
    // What the readers set beside the text: how to decode it and the input's own facts.
    w.bool(d.linesAreBlocks)
    w.optionalString(d.contentFormat?.rawValue)
    w.optionalString(d.languageHint)
    w.bool(d.unparsedPublished)
    w.optionalString(d.declaredType?.type)
    w.optionalString(d.declaredType?.charset)
  }

  init(sequence: Int, position: DocumentPosition, document: Document) {
    self.sequence = sequence
    self.position = position
    self.document = document
  }

  init(from r: inout WireReader) throws(WireError) {
    sequence = try r.int()
    position = DocumentPosition(input: try r.int(), line: try r.int(), offset: try r.int())
    let id = try r.string()
    let source = Source(
      path: try r.string(), format: try r.string(), encoding: try r.optionalString(), bytes: try r.int(),
      sha256: try r.string(), url: try r.optionalString())
    let payload = try r.byte()
    let body: Document
    switch payload {
    case 0: body = Document(id: id, source: source, bytes: try r.bytes())
    case 1: body = Document(id: id, source: source, text: try r.string())
    default: throw WireError.malformed("document payload \(payload)")
    }
    var meta: [String: JSONValue] = [:]
    for (k, v) in try r.object() { meta[k] = v }
    document = body
    document.meta = meta
    document.title = try r.optionalString()
    document.published = try r.optionalString()
    document.linesAreBlocks = try r.bool()
    if let format = try r.optionalString() {
      guard let f = InputFormat(rawValue: format) else { throw WireError.malformed("content format \(format)") }
      document.contentFormat = f
    }
    document.languageHint = try r.optionalString()
    document.unparsedPublished = try r.bool()
    let mediaType = try r.optionalString()
    let charset = try r.optionalString()
    document.declaredType = mediaType.map { MediaType(type: $0, charset: charset) }
  }
}

/// What a worker made of one request: the records, already encoded as the run writes them (one JSON
/// line each, with its id for duplicate counting), and the document's counts and stage times.
struct WorkerReply {
  var sequence: Int
  var records: [ProcessedDocument.Record]
  var stats: RunStats

  func write(to w: inout WireWriter) {
    w.int(sequence)
    w.int(records.count)
    for r in records {
      w.string(r.outgoing.id)
      if let key = r.outgoing.contentKey {
        w.byte(1)
        w.uint64(key)
      } else {
        w.byte(0)
      }
      w.stats(r.outgoing.counts)
      w.bytes(r.bytes)
    }
    w.stats(stats)
  }

  init(sequence: Int, records: [ProcessedDocument.Record], stats: RunStats) {
    self.sequence = sequence
    self.records = records
    self.stats = stats
  }

  init(from r: inout WireReader) throws(WireError) {
    sequence = try r.int()
    records = []
    for _ in 0..<(try r.count()) {
      let id = try r.string()
      let key: UInt64? = try r.byte() == 1 ? try r.uint64() : nil
      let counts = try r.stats()
      records.append(ProcessedDocument.Record(outgoing: RunLedger.Outgoing(id: id, contentKey: key, counts: counts), bytes: try r.bytes()))
    }
    stats = try r.stats()
  }
}
