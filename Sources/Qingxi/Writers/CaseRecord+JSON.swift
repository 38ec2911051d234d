extension CaseRecord {
  /// The case as it appears in a record's `cases[]`, keys in the contract's order. The optional keys come
  /// last and only when they apply: `superseded_prison_terms` (non-empty) and `group` (group records); a
  /// prison term whose proceeding the text states carries `instance`.
  public var json: JSONValue {
    var o = JSONObject()
    o["person_id"] = .string(personID)
    o["names"] = .array(names.map(JSONValue.string))
    o["court"] = court?.json ?? .null
    o["date"] = .optional(date)
    o["charges"] = .array(charges.map(JSONValue.string))
    o["prison_term"] = prisonTerm.map { Self.termJSON($0, prisonTermInstance) } ?? .null
    o["detention"] = detention?.json ?? .null
    o["political_rights"] = politicalRights?.json ?? .null
    o["administrative_penalties"] = .array(administrativePenalties.map { .string($0.rawValue) })
    o["fines"] = .array(fines.map(\.json))
    o["confiscations"] = .array(confiscations.map(\.json))
    o["other_money"] = .array(otherMoney.map(\.json))
    o["evidence"] = .array(evidence.map { .int($0) })
    if !supersededPrisonTerms.isEmpty {
      o["superseded_prison_terms"] = .array(supersededPrisonTerms.map { Self.termJSON($0.term, $0.instance) })
    }
    if let group {
      o["group"] = .object(["count": group.count.map { .int($0) } ?? .null, "members": .array(group.members.map(JSONValue.string))])
    }
    return .object(o)
  }

  /// A prison term's JSON, with `instance` after its fields when known.
  static func termJSON(_ term: PrisonTermValue, _ instance: CourtInstance?) -> JSONValue {
    guard let instance, case .object(var o) = term.json else { return term.json }
    o["instance"] = .string(instance.rawValue)
    return .object(o)
  }
}
