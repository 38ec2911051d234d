import Qingxi

/// One `cases[]` item of a record, typed. Fields a later contract adds are ignored; missing ones are nil or
/// empty.
public struct CaseReport: Sendable, Hashable {
  public var personId: String
  public var names: [String]
  public var court: CourtRecord?
  public var date: String?
  public var charges: [String]
  public var prisonTerm: PrisonTermRecord?
  public var detention: DetentionRecord?
  public var politicalRights: PoliticalRightsRecord?
  public var administrativePenalties: [String]
  public var fines: [MoneyRecord]
  public var confiscations: [MoneyRecord]
  public var otherMoney: [MoneyRecord]
  /// Indices into the record's `entities`.
  public var evidence: [Int]
  /// Earlier terms the report says were changed on appeal or retrial (`superseded_prison_terms`).
  public var supersededPrisonTerms: [PrisonTermRecord]
  /// Set on a group record (one range of terms over several people; `group`).
  public var group: GroupRecord?

  /// Whether this report is about a group of people rather than one person.
  public var isGroup: Bool { group != nil }

  public init(
    personId: String, names: [String] = [], court: CourtRecord? = nil, date: String? = nil, charges: [String] = [],
    prisonTerm: PrisonTermRecord? = nil, detention: DetentionRecord? = nil, politicalRights: PoliticalRightsRecord? = nil,
    administrativePenalties: [String] = [], fines: [MoneyRecord] = [], confiscations: [MoneyRecord] = [],
    otherMoney: [MoneyRecord] = [], evidence: [Int] = [], supersededPrisonTerms: [PrisonTermRecord] = [], group: GroupRecord? = nil
  ) {
    self.personId = personId
    self.names = names
    self.court = court
    self.date = date
    self.charges = charges
    self.prisonTerm = prisonTerm
    self.detention = detention
    self.politicalRights = politicalRights
    self.administrativePenalties = administrativePenalties
    self.fines = fines
    self.confiscations = confiscations
    self.otherMoney = otherMoney
    self.evidence = evidence
    self.supersededPrisonTerms = supersededPrisonTerms
    self.group = group
  }

  public init(json: JSONValue) {
    self.init(
      personId: json.string("person_id") ?? "", names: json.strings("names"),
      court: json.present("court").flatMap(CourtRecord.init(json:)), date: json.string("date"),
      charges: json.strings("charges"), prisonTerm: json.present("prison_term").flatMap(PrisonTermRecord.init(json:)),
      detention: json.present("detention").flatMap(DetentionRecord.init(json:)),
      politicalRights: json.present("political_rights").flatMap(PoliticalRightsRecord.init(json:)),
      administrativePenalties: json.strings("administrative_penalties"),
      fines: json.array("fines").compactMap(MoneyRecord.init(json:)),
      confiscations: json.array("confiscations").compactMap(MoneyRecord.init(json:)),
      otherMoney: json.array("other_money").compactMap(MoneyRecord.init(json:)),
      evidence: json.array("evidence").compactMap { $0.intValue.flatMap { $0 >= 0 ? $0 : nil } },
      supersededPrisonTerms: json.array("superseded_prison_terms").compactMap(PrisonTermRecord.init(json:)),
      group: json.present("group").flatMap(GroupRecord.init(json:)))
  }
}
