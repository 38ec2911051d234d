import Qingxi

/// A case as one or more documents report it: the person, what every report states (agreeing by
/// construction), and the reports themselves.
public struct MergedCase: Sendable {
  /// c1, c2, … in order of first report.
  public var id: String
  public var sources: [CaseSource]
  public var names: [String] = []
  public var surname: String?
  public var pinyin: String?
  public var court: CourtRecord?
  public var date: String?
  public var charges: [String] = []
  public var prisonTerm: PrisonTermRecord?
  public var detention: DetentionRecord?
  public var politicalRights: PoliticalRightsRecord?
  public var administrativePenalties: [String] = []
  public var fines: [MoneyRecord] = []
  public var confiscations: [MoneyRecord] = []
  public var otherMoney: [MoneyRecord] = []
  /// Earlier terms changed on appeal or retrial, as the reports give them.
  public var supersededPrisonTerms: [PrisonTermRecord] = []
  /// Set when the case is a group record: one range of terms over several people.
  public var group: GroupRecord?
  /// The proceeding (co-defendants tried together) once grouped: see `ProceedingGrouper`.
  public var proceeding: String?

  /// Combines the reports (which must agree: see `CaseAgreement`).
  public init(id: String, sources: [CaseSource]) {
    self.id = id
    self.sources = sources
    for s in sources { absorb(s) }
  }

  private mutating func absorb(_ s: CaseSource) {
    let r = s.record
    func union<T: Equatable>(_ list: inout [T], _ more: [T]) {
      for x in more where !list.contains(x) { list.append(x) }
    }
    union(&names, r.names.isEmpty ? s.mentions.map(\.text) : r.names)
    if surname == nil { surname = s.mentions.lazy.compactMap(\.surname).first }
    if pinyin == nil { pinyin = s.mentions.lazy.compactMap(\.pinyin).first }
    if court == nil { court = r.court }
    if let d = r.date { date = date.map { CaseAgreement.preciser($0, d) } ?? d }
    union(&charges, r.charges)
    if prisonTerm == nil { prisonTerm = r.prisonTerm }
    if detention == nil { detention = r.detention }
    if politicalRights == nil { politicalRights = r.politicalRights }
    union(&administrativePenalties, r.administrativePenalties)
    union(&fines, r.fines)
    union(&confiscations, r.confiscations)
    union(&otherMoney, r.otherMoney)
    union(&supersededPrisonTerms, r.supersededPrisonTerms)
    if group == nil { group = r.group }
  }

  /// The year of the judgment, from `date`.
  public var year: Int? {
    guard let date, date.count >= 4, let y = Int(date.prefix(4)), (1900...2200).contains(y) else { return nil }
    return y
  }

  /// Bribes among the person's other money.
  public var bribes: [MoneyRecord] { otherMoney.filter { $0.role == "bribe" } }

  /// The case as a `qingxi/case@1` JSON Lines record.
  public var json: JSONValue {
    func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
    func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    var pairs: [(String, JSONValue)] = [("schema", .string("qingxi/case@1")), ("id", .string(id))]
    pairs.append(("names", strings(names)))
    pairs.append(("surname", optional(surname)))
    pairs.append(("pinyin", optional(pinyin)))
    pairs.append(("court", court?.json ?? .null))
    pairs.append(("date", optional(date)))
    pairs.append(("charges", strings(charges)))
    pairs.append(("prison_term", prisonTerm?.json ?? .null))
    pairs.append(("detention", detention?.json ?? .null))
    pairs.append(("political_rights", politicalRights?.json ?? .null))
    pairs.append(("administrative_penalties", strings(administrativePenalties)))
    pairs.append(("fines", .array(fines.map(\.json))))
    pairs.append(("confiscations", .array(confiscations.map(\.json))))
    pairs.append(("other_money", .array(otherMoney.map(\.json))))
    if !supersededPrisonTerms.isEmpty { pairs.append(("superseded_prison_terms", .array(supersededPrisonTerms.map(\.json)))) }
    if let group { pairs.append(("group", group.json)) }
    pairs.append(("proceeding", optional(proceeding)))
    pairs.append(("documents", .int(Set(sources.map(\.documentOrdinal)).count)))
    pairs.append(("sources", .array(sources.map(\.json))))
    return .object(JSONObject(pairs))
  }
}
