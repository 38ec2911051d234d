/// The entity types of the JSON contract, one per `oneOf` branch of the schema's `entities` items; the
/// raw value is the record's `type` string.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
  case person, court
  case prisonTerm = "prison_term"
  case detention
  case politicalRights = "political_rights"
  case warning, money, date, charge
  case secretCount = "secret_count"
  case law, org, contact
}
