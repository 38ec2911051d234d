import TextSupport

/// One line of a JSON Lines input turned into a document: an object with a string content field (`text`,
/// or the field `JSONLinesFields` names; an HTML page with `html`), an optional id (string or integer),
/// and any other fields, which are carried through under `meta`. The facts `title`, `published`, `url`
/// and `lang` are also used as such: `title`, `published` (ISO 8601, see `PublicationDate`), `source.url`
/// and the language hint.
enum JSONLinesRecord {
  /// The document on `line` (number `number` of the input at `path`), a failure saying why there is
  /// none, or nil for a blank line. Lines without an id get `<input id>:<number>`.
  static func read(
    _ line: [UInt8], number: Int, path: String, id: String, format: String, fields: JSONLinesFields = .default
  ) -> Result<Document, ReadFailure>? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    let lineID = "\(id):\(number)"
    func failure(_ why: String) -> Result<Document, ReadFailure> {
      .failure(ReadFailure(input: "\(path):\(number)", id: lineID, reason: "line \(number): \(why)"))
    }
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes: line)
    } catch {
      return failure(String(validating: line, as: UTF8.self) == nil ? "invalid utf-8" : "not valid JSON")
    }
    guard case .object(let object) = value else { return failure("not a JSON object") }
    var docID = lineID
    var idUsed = true
    switch fields.id.value(in: object) {
    case .string(let s)? where !s.isEmpty: docID = s
    case .int(let i)?: docID = String(i)
    default: idUsed = false  // no usable id: the line's, and whatever the field held stays in `meta`
    }
    let contentField = fields.content
    func rejected(_ why: String) -> Result<Document, ReadFailure> {
      .failure(ReadFailure(input: "\(path):\(number)", id: docID, reason: "line \(number): \(why)"))
    }
    let content: String
    switch contentField.value(in: object) {
    case .string(let s)?: content = s
    case nil: return rejected("no field `\(contentField)`")
    case let other?: return rejected("field `\(contentField)` is \(Self.kind(other)), not a string")
    }
    var carried = contentField.removing(from: object)
    if idUsed { carried = fields.id.removing(from: carried) }
    var meta: [String: JSONValue] = [:]
    for (key, v) in carried.pairs { meta[key] = v }
    let utf8 = Array(content.utf8)
    var doc: Document
    if fields.html != nil {
      let source = Source(path: path, format: format, bytes: utf8.count, sha256: SHA256.hex(utf8))
      doc = Document(id: docID, source: source, bytes: utf8, meta: meta)
      doc.contentFormat = .html
    } else {
      let source = Source(path: path, format: format, encoding: "utf-8", bytes: utf8.count, sha256: SHA256.hex(utf8))
      doc = Document(id: docID, source: source, text: content, meta: meta)
    }
    Self.useFacts(of: object, fields: fields, in: &doc)
    return .success(doc)
  }

  /// Sets `title`, `published`, `source.url` and the language hint from the record's fields (strings; a
  /// `published` may also be an epoch number). A `published` that is not a date is flagged.
  static func useFacts(of object: JSONObject, fields: JSONLinesFields, in doc: inout Document) {
    if case .string(let t)? = fields.title.value(in: object) {
      let title = HTMLMetadata.collapse(t)
      if !title.isEmpty { doc.title = title }
    }
    if let p = fields.published.value(in: object), p != .null {
      if case .string(let s) = p, s.trimmingWhitespace().isEmpty {
        // An empty date says nothing.
      } else if let iso = PublicationDate.iso(p) {
        doc.published = iso
      } else {
        doc.unparsedPublished = true
      }
    }
    if case .string(let u)? = fields.url.value(in: object) {
      let url = u.trimmingWhitespace()
      if !url.isEmpty { doc.source.url = url }
    }
    if case .string(let l)? = fields.lang.value(in: object) {
      let lang = l.trimmingWhitespace()
      if !lang.isEmpty { doc.languageHint = lang }
    }
  }

  /// A JSON value's kind, for messages: `a number`, `an object`, `null`…
  static func kind(_ v: JSONValue) -> String {
    switch v {
    case .null: "null"
    case .bool: "a boolean"
    case .int, .double: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
