extension CaseRecord {
  /// The case as it appears in a record's `cases[]`, keys in the contract's order.
  public var json: JSONValue {
    var o = JSONObject()
    o["person_id"] = .string(personID)
    o["names"] = .array(names.map(JSONValue.string))
    o["court"] = court?.json ?? .null
    o["date"] = .optional(date)
    o["charges"] = .array(charges.map(JSONValue.string))
    o["prison_term"] = prisonTerm?.json ?? .null
    o["detention"] = detention?.json ?? .null
    o["political_rights"] = politicalRights?.json ?? .null
    o["administrative_penalties"] = .array(administrativePenalties.map { .string($0.rawValue) })
    o["fines"] = .array(fines.map(\.json))
    o["confiscations"] = .array(confiscations.map(\.json))
    o["other_money"] = .array(otherMoney.map(\.json))
    o["evidence"] = .array(evidence.map { .int($0) })
    return .object(o)
  }
}
