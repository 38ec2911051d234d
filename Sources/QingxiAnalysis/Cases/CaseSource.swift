import Qingxi

/// One document's report of a case: the record's `cases[]` item with the document it came from, the person's
/// mentions there and the evidence entities.
public struct CaseSource: Sendable, Hashable {
  /// The record's `id`.
  public var documentId: String
  /// 0-based position of the record in the input (records may share an id).
  public var documentOrdinal: Int
  public var record: CaseReport
  public var mentions: [PersonMention]
  public var evidence: [EvidenceItem]

  public init(documentId: String, documentOrdinal: Int, record: CaseReport, mentions: [PersonMention], evidence: [EvidenceItem]) {
    self.documentId = documentId
    self.documentOrdinal = documentOrdinal
    self.record = record
    self.mentions = mentions
    self.evidence = evidence
  }

  /// Every case of a record.
  public static func all(in document: DocumentRecord, ordinal: Int) -> [CaseSource] {
    document.cases.map { c in
      CaseSource(
        documentId: document.id, documentOrdinal: ordinal, record: c, mentions: document.persons(of: c.personId),
        evidence: c.evidence.compactMap { i in document.entity(at: i).map { EvidenceItem(index: i, type: $0.type, text: $0.text) } })
    }
  }

  public var personKey: PersonKey { PersonKey(mentions: mentions) }

  public var json: JSONValue {
    .object([
      "document": .string(documentId), "person_id": .string(record.personId),
      "names": .array(record.names.map(JSONValue.string)), "evidence": .array(evidence.map(\.json)),
    ])
  }
}
