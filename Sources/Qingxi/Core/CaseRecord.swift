/// One sentenced or penalized person and everything linked to them (filled by `link-cases`; written by
/// `Writers/CaseRecord+JSON.swift` in this field order).
public struct CaseRecord: Sendable, Hashable {
  /// The `person_id` of the person's mentions (p1, p2, …); for a group record g1, g2, … in the document.
  public var personID: String
  /// Every distinct mention of the person, in order (成某, Cheng).
  public var names: [String]
  public var court: CourtName?
  /// ISO date of the judgment or decision, as precise as the text.
  public var date: String?
  /// Canonical crime names (`ChargeValue.nameZh`).
  public var charges: [String]
  /// The sentence to serve: of several, the last one not given at first instance when a later one is.
  public var prisonTerm: PrisonTermValue?
  /// The proceeding that gave `prisonTerm`, when the text says.
  public var prisonTermInstance: CourtInstance?
  /// Earlier terms the text says were changed (a first-instance term replaced on appeal or retrial), in
  /// text order; empty when none.
  public var supersededPrisonTerms: [InstanceTerm]
  /// Set on a group record: one penalty over several people (a range of terms); nil for one person's case.
  public var group: CaseGroup?
  public var detention: DetentionValue?
  public var politicalRights: PoliticalRightsValue?
  /// Kinds of warning-type penalties, each once, in order.
  public var administrativePenalties: [WarningValue.Kind]
  public var fines: [MoneyValue]
  public var confiscations: [MoneyValue]
  /// Bribes, illegal gains and other amounts owned by the person.
  public var otherMoney: [MoneyValue]
  /// Indices into `Document.entities` of everything this record was built from, ascending.
  public var evidence: [Int]

  public init(
    personID: String, names: [String] = [], court: CourtName? = nil, date: String? = nil, charges: [String] = [],
    prisonTerm: PrisonTermValue? = nil, detention: DetentionValue? = nil, politicalRights: PoliticalRightsValue? = nil,
    administrativePenalties: [WarningValue.Kind] = [], fines: [MoneyValue] = [], confiscations: [MoneyValue] = [],
    otherMoney: [MoneyValue] = [], evidence: [Int] = [], prisonTermInstance: CourtInstance? = nil,
    supersededPrisonTerms: [InstanceTerm] = [], group: CaseGroup? = nil
  ) {
    self.personID = personID
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
    self.prisonTermInstance = prisonTermInstance
    self.supersededPrisonTerms = supersededPrisonTerms
    self.group = group
  }
}
