import Qingxi

/// Cases tried together: co-defendants one document reports side by side with the same court or date
/// (成某 and 叶某某, sentenced by the Nanchang court in November 2023). A case alone is its own proceeding.
public struct Proceeding: Sendable, Equatable {
  /// k1, k2, … in order of first case.
  public var id: String
  public var caseIds: [String]
  /// One name per case (its first).
  public var names: [String]
  public var court: CourtRecord?
  public var date: String?
  /// Ids of the documents reporting any of its cases, in input order.
  public var documents: [String]

  public init(id: String, caseIds: [String], names: [String], court: CourtRecord?, date: String?, documents: [String]) {
    self.id = id
    self.caseIds = caseIds
    self.names = names
    self.court = court
    self.date = date
    self.documents = documents
  }

  public var json: JSONValue {
    .object([
      "id": .string(id), "cases": .array(caseIds.map(JSONValue.string)), "names": .array(names.map(JSONValue.string)),
      "court": court.map { JSONValue.string($0.nameZh) } ?? .null, "date": date.map(JSONValue.string) ?? .null,
      "documents": .array(documents.map(JSONValue.string)),
    ])
  }
}
