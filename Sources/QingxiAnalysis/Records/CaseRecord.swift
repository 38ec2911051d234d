import Qingxi

/// One `cases[]` item of a record, typed. Fields a later contract adds are ignored; missing ones are nil or
/// empty.
public struct CaseRecord: Sendable, Hashable {
  public var personId: String
  public var names: [String]
  public var court: CourtValue?
  public var date: String?
  public var charges: [String]
  public var prisonTerm: PrisonTermValue?
  public var detention: DetentionValue?
  public var politicalRights: PoliticalRightsValue?
  public var administrativePenalties: [String]
  public var fines: [MoneyValue]
  public var confiscations: [MoneyValue]
  public var otherMoney: [MoneyValue]
  /// Indices into the record's `entities`.
  public var evidence: [Int]

  public init(
    personId: String, names: [String] = [], court: CourtValue? = nil, date: String? = nil, charges: [String] = [],
    prisonTerm: PrisonTermValue? = nil, detention: DetentionValue? = nil, politicalRights: PoliticalRightsValue? = nil,
    administrativePenalties: [String] = [], fines: [MoneyValue] = [], confiscations: [MoneyValue] = [],
    otherMoney: [MoneyValue] = [], evidence: [Int] = []
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
  }

  public init(json: JSONValue) {
    self.init(
      personId: json.string("person_id") ?? "", names: json.strings("names"),
      court: json.present("court").flatMap(CourtValue.init(json:)), date: json.string("date"),
      charges: json.strings("charges"), prisonTerm: json.present("prison_term").flatMap(PrisonTermValue.init(json:)),
      detention: json.present("detention").flatMap(DetentionValue.init(json:)),
      politicalRights: json.present("political_rights").flatMap(PoliticalRightsValue.init(json:)),
      administrativePenalties: json.strings("administrative_penalties"),
      fines: json.array("fines").compactMap(MoneyValue.init(json:)),
      confiscations: json.array("confiscations").compactMap(MoneyValue.init(json:)),
      otherMoney: json.array("other_money").compactMap(MoneyValue.init(json:)),
      evidence: json.array("evidence").compactMap(\.intValue))
  }
}
