/// The normalized value of an entity, one case per `EntityType`. The JSON shape of each is fixed by the
/// schema (`qingxi schema`) and written by `Writers/EntityValue+JSON.swift`, keys in the order of the
/// payload's stored properties.
public enum EntityValue: Sendable, Hashable {
  case person(PersonValue)
  case court(CourtName)
  case prisonTerm(PrisonTermValue)
  case detention(DetentionValue)
  case politicalRights(PoliticalRightsValue)
  case warning(WarningValue)
  case money(MoneyValue)
  case date(DateValue)
  case charge(ChargeValue)
  case secretCount(SecretCountValue)
  case law(LawValue)
  case org(OrgValue)
  case contact(ContactValue)

  /// The entity type this value belongs to.
  public var type: EntityType {
    switch self {
    case .person: .person
    case .court: .court
    case .prisonTerm: .prisonTerm
    case .detention: .detention
    case .politicalRights: .politicalRights
    case .warning: .warning
    case .money: .money
    case .date: .date
    case .charge: .charge
    case .secretCount: .secretCount
    case .law: .law
    case .org: .org
    case .contact: .contact
    }
  }

  // Typed access for readers of other stages' entities (nil when the value is of another type).

  public var person: PersonValue? { if case .person(let v) = self { v } else { nil } }
  public var court: CourtName? { if case .court(let v) = self { v } else { nil } }
  public var prisonTerm: PrisonTermValue? { if case .prisonTerm(let v) = self { v } else { nil } }
  public var detention: DetentionValue? { if case .detention(let v) = self { v } else { nil } }
  public var politicalRights: PoliticalRightsValue? { if case .politicalRights(let v) = self { v } else { nil } }
  public var warning: WarningValue? { if case .warning(let v) = self { v } else { nil } }
  public var money: MoneyValue? { if case .money(let v) = self { v } else { nil } }
  public var date: DateValue? { if case .date(let v) = self { v } else { nil } }
  public var charge: ChargeValue? { if case .charge(let v) = self { v } else { nil } }
  public var secretCount: SecretCountValue? { if case .secretCount(let v) = self { v } else { nil } }
  public var law: LawValue? { if case .law(let v) = self { v } else { nil } }
  public var org: OrgValue? { if case .org(let v) = self { v } else { nil } }
  public var contact: ContactValue? { if case .contact(let v) = self { v } else { nil } }
}
