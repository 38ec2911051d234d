import Qingxi

/// A `qingxi/document@1` record read back into types. Unknown fields are ignored and missing ones read as
/// nil or empty, so records of a later contract version are still read.
public struct DocumentRecord: Sendable {
  public var id: String
  public var lang: String?
  public var title: String?
  public var published: String?
  public var sourcePath: String?
  public var sourceFormat: String?
  public var sourceBytes: Int?
  public var sourceSHA256: String?
  public var text: String
  /// Length of `text` in Unicode scalars.
  public var characters: Int
  public var sentences: [SentenceRecord]
  public var entities: [EntityRecord]
  public var cases: [CaseReport]
  public var removed: [RemovalRecord]

  public init(
    id: String, lang: String? = nil, title: String? = nil, published: String? = nil, sourcePath: String? = nil,
    sourceFormat: String? = nil, sourceBytes: Int? = nil, sourceSHA256: String? = nil, text: String = "",
    sentences: [SentenceRecord] = [], entities: [EntityRecord] = [], cases: [CaseReport] = [],
    removed: [RemovalRecord] = []
  ) {
    self.id = id
    self.lang = lang
    self.title = title
    self.published = published
    self.sourcePath = sourcePath
    self.sourceFormat = sourceFormat
    self.sourceBytes = sourceBytes
    self.sourceSHA256 = sourceSHA256
    self.text = text
    self.characters = text.unicodeScalars.count
    self.sentences = sentences
    self.entities = entities
    self.cases = cases
    self.removed = removed
  }

  /// Reads a record; throws when the value is not a Qingxi document record.
  public init(json: JSONValue) throws(RecordError) {
    guard case .object = json else { throw RecordError("not a JSON object") }
    if let schema = json.string("schema"), !schema.hasPrefix("qingxi/document@") {
      throw RecordError("not a qingxi document record (schema \(schema))")
    }
    guard let id = json.string("id") else { throw RecordError("no string `id`") }
    let text = json.string("text") ?? ""
    let scalars = Array(text.unicodeScalars)
    let source = json["source"] ?? .null
    let sentences = json.array("sentences").compactMap { s -> SentenceRecord? in
      guard let start = s.count("start"), let end = s.count("end") else { return nil }
      return SentenceRecord(start: start, end: end, lang: s.string("lang") ?? "und", scalars: scalars)
    }
    self.init(
      id: id, lang: json.string("lang"), title: json.string("title"), published: json.string("published"),
      sourcePath: source.string("path"), sourceFormat: source.string("format"), sourceBytes: source.count("bytes"),
      sourceSHA256: source.string("sha256"), text: text, sentences: sentences,
      entities: json.array("entities").enumerated().compactMap { EntityRecord(index: $0.offset, json: $0.element) },
      cases: json.array("cases").map(CaseReport.init(json:)),
      removed: json.array("removed").compactMap(RemovalRecord.init(json:)))
  }

  /// The entity at `index` of `entities`, if any.
  public func entity(at index: Int) -> EntityRecord? {
    // Entities are read in order and skipped only when unreadable, so the index usually matches directly.
    if index >= 0, index < entities.count, entities[index].index == index { return entities[index] }
    return entities.first { $0.index == index }
  }

  /// The person mentions (entities) of `personId`, in text order.
  public func persons(of personId: String) -> [PersonMention] {
    entities.compactMap { e in e.person.flatMap { $0.personId == personId ? $0 : nil } }
  }

  /// Removed Unicode scalars, all rules together.
  public var removedCharacters: Int { removed.reduce(0) { $0 + $1.characters } }
}
