import TextSupport

/// The documents of a WARC input (`.warc`, `.warc.gz` with one gzip member per record, WET
/// `.warc.wet.gz`), read record by record: a record's content is held only while it becomes a document,
/// and records that hold none are skipped without being held.
///
/// - `response` records: the HTTP head gives the status and `Content-Type` (media type and charset); a
///   2xx HTML or plain-text payload (after undoing chunked transfer and gzip content coding, see
///   `HTTPPayload`) becomes a document decoded as an `.html` or `.txt` file is, with the HTTP charset
///   as a declared charset. Other statuses and media types are skipped and counted
///   (`response_status_404`, `response_other_media_type`…).
/// - `conversion` (WET) and `resource` records of HTML or plain text become documents the same way; a
///   conversion's lines are blocks (`Document.linesAreBlocks`), as Common Crawl writes them.
/// - `warcinfo`, `request`, `metadata`, `revisit`, `continuation` and unknown types are skipped and
///   counted by type.
///
/// A document's id is `<input id>:<record number>` (1-based, every record counted), its position the
/// record number and the byte offset of the record (after gzip); `source.url` is `WARC-Target-URI` and
/// `meta.warc` holds `type`, `record_id`, `date`, `offset`, and for responses `status` and `content_type`
/// (and `language`, Common Crawl's `WARC-Identified-Content-Language`, when present). An input that ends
/// inside a record, or whose framing breaks, keeps the records before and rejects the rest in one
/// rejection naming the record and its byte offset.
struct WARCDocuments {
  private var stream: ByteStream
  private let file: InputFile
  private let format: String
  private let limits: ReadLimits
  /// Records started so far.
  private var number = 0
  private var done = false
  /// True once the current record's header is read (a broken stream is then that record's fault).
  private var inRecord = false

  init(file: InputFile, chunks: any ByteChunks, format: String, limits: ReadLimits) {
    stream = ByteStream(chunks)
    self.file = file
    self.format = format
    self.limits = limits
  }

  /// Record types that never hold a document, counted under their own name.
  static let skippedTypes: Set<String> = ["warcinfo", "request", "metadata", "revisit", "continuation"]

  mutating func next() -> SourceEvent? {
    guard !done else { return nil }
    var start = stream.offset
    inRecord = false
    do {
      return try record(start: &start)
    } catch {
      // The stream itself broke (truncated or corrupt gzip, a decompression bomb): inside the record
      // being read, or before the next one.
      done = true
      let n = inRecord ? number : number + 1
      return rest(n, at: DocumentPosition(input: file.index, line: n, offset: start), error.reason)
    }
  }

  private mutating func record(start: inout Int) throws(ReadError) -> SourceEvent? {
    guard let read = try WARCHeader.read(from: &stream, start: &start) else {
      done = true
      guard number == 0 else { return nil }
      return .unreadable(ReadFailure(input: file.path, id: file.id, reason: "empty input: no WARC records"), DocumentPosition(input: file.index))
    }
    number += 1
    inRecord = true
    let at = DocumentPosition(input: file.index, line: number, offset: start)
    let header: WARCHeader
    switch read {
    case .success(let h): header = h
    case .failure(.truncated):
      done = true
      return rest(number, at: at, "truncated inside the WARC header")
    case .failure(.malformed(let why)):
      done = true
      return rest(number, at: at, why)
    }
    guard let length = header.contentLength else {
      done = true
      return rest(number, at: at, "no valid Content-Length")
    }
    let type = header.type
    switch type {
    case "response", "resource", "conversion":
      return try content(header, type: type, length: length, at: at)
    default:
      return try skip(length, kind: Self.skippedTypes.contains(type) ? type : "other_record_type", at: at)
    }
  }

  /// A record with content that may be a document.
  private mutating func content(_ header: WARCHeader, type: String, length: Int, at: DocumentPosition) throws(ReadError) -> SourceEvent {
    let limit = limits.maxDocumentBytes ?? Int.max
    let recordID = "\(file.id):\(number)"
    var head: HTTPResponseHead?
    var media: MediaType?
    if type == "response" {
      let warcType = header["content-type"].flatMap { MediaType(header: $0) }
      if let warcType, warcType.type != "application/http" { return try skip(length, kind: "response_not_http", at: at) }
      let want = min(length, HTTPResponseHead.maxBytes + 1)
      let prefix = try stream.peek(want)
      if prefix.count < want { return truncated(at, length: length, have: try stream.skip(length)) }
      let h: HTTPResponseHead
      switch HTTPResponseHead.parse(prefix) {
      case .failure(.notHTTP): return try skip(length, kind: "response_not_http", at: at)
      case .failure(let e): return try reject(length, at: at, e.reason)
      case .success(let parsed): h = parsed
      }
      guard (200...299).contains(h.status) else { return try skip(length, kind: "response_status_\(h.status)", at: at) }
      head = h
      media = h.contentType
    } else {
      media = header["content-type"].flatMap { MediaType(header: $0) }
      if type == "conversion", media == nil { media = MediaType(type: "text/plain") }
    }
    if let media, !media.isHTML, !media.isPlainText { return try skip(length, kind: "\(type)_other_media_type", at: at) }
    let bodyOffset = head?.bodyOffset ?? 0
    if length - bodyOffset > limit {
      let skipped = try stream.skip(length)
      if skipped < length { return truncated(at, length: length, have: skipped) }
      return .oversized(InputFile(path: file.path, id: recordID, index: file.index), bytes: length - bodyOffset, limit: limit, at)
    }
    let block = try stream.take(length)
    if block.count < length { return truncated(at, length: length, have: block.count) }
    var bytes = Array(block[min(bodyOffset, block.count)...])
    if let head {
      switch HTTPPayload.decode(bytes, head: head, maxBytes: limit) {
      case .bytes(let b): bytes = b
      case .unsupported: return .skipped(kind: "response_unsupported_content_encoding", at)
      case .malformed(let why): return .unreadable(failure(at, why), at)
      }
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .skipped(kind: "\(type)_empty", at) }
    let declared = media ?? MediaType(type: InputFormat.sniff(Array(bytes.prefix(512))) == .html ? "text/html" : "text/plain")
    var meta = JSONObject()
    meta["type"] = .string(type)
    if let id = header["warc-record-id"] { meta["record_id"] = .string(id) }
    if let date = header["warc-date"] { meta["date"] = .string(date) }
    meta["offset"] = .int(at.offset)
    if let head {
      meta["status"] = .int(head.status)
      if let ct = head["content-type"] { meta["content_type"] = .string(ct) }
    }
    if let lang = header["warc-identified-content-language"] { meta["language"] = .string(lang) }
    let url = header["warc-target-uri"].map(Self.unbracketed).flatMap { $0.isEmpty ? nil : $0 }
    let source = Source(path: file.path, format: format, bytes: bytes.count, sha256: SHA256.hex(bytes), url: url)
    var doc = Document(id: recordID, source: source, bytes: bytes, meta: ["warc": .object(meta)])
    doc.declaredType = declared
    // Common Crawl writes a WET conversion one block per line.
    doc.linesAreBlocks = type == "conversion"
    return .document(doc, at)
  }

  /// Skips a record's content; `.skipped(kind)`, or the truncation of the input.
  private mutating func skip(_ length: Int, kind: String, at: DocumentPosition) throws(ReadError) -> SourceEvent {
    let skipped = try stream.skip(length)
    if skipped < length { return truncated(at, length: length, have: skipped) }
    return .skipped(kind: kind, at)
  }

  /// Skips a record's content and rejects the record (the input goes on).
  private mutating func reject(_ length: Int, at: DocumentPosition, _ why: String) throws(ReadError) -> SourceEvent {
    let skipped = try stream.skip(length)
    if skipped < length { return truncated(at, length: length, have: skipped) }
    return .unreadable(failure(at, why), at)
  }

  private mutating func truncated(_ at: DocumentPosition, length: Int, have: Int) -> SourceEvent {
    done = true
    return rest(at.line, at: at, "truncated: Content-Length \(length), the input ends after \(have) bytes of content")
  }

  /// The rejection of record `n` and everything after it.
  private func rest(_ n: Int, at: DocumentPosition, _ why: String) -> SourceEvent {
    .unreadable(
      ReadFailure(
        input: "\(file.path):\(n)", id: "\(file.id):\(n)",
        reason: "WARC record \(n) at byte \(at.offset): \(why); the rest of the input is not read"),
      at)
  }

  private func failure(_ at: DocumentPosition, _ why: String) -> ReadFailure {
    ReadFailure(input: "\(file.path):\(at.line)", id: "\(file.id):\(at.line)", reason: "WARC record \(at.line) at byte \(at.offset): \(why)")
  }

  /// `<uri>` as WARC/1.0 writers bracket it, unbracketed.
  static func unbracketed(_ s: String) -> String {
    guard s.hasPrefix("<"), s.hasSuffix(">"), s.count >= 2 else { return s }
    return String(s.dropFirst().dropLast())
  }
}
