// The JSON of entity values: snake_case keys in the order of each payload's stored properties, the
// shapes of the schema's `entities` oneOf branches (`qingxi schema`).

extension EntityValue {
  /// The value as it appears in a record's `entities[].value`.
  public var json: JSONValue {
    switch self {
    case .person(let v): v.json
    case .court(let v): v.json
    case .prisonTerm(let v): v.json
    case .detention(let v): v.json
    case .politicalRights(let v): v.json
    case .warning(let v): .object(["kind": .string(v.kind.rawValue)])
    case .money(let v): v.json
    case .date(let v): .object(["value": .string(v.value), "relative": .bool(v.relative)])
    case .charge(let v): .object(["name_zh": .string(v.nameZh)])
    case .secretCount(let v): .object(["count": .int(v.count), "level": .string(v.level.rawValue)])
    case .law(let v): .object(["title": .string(v.title), "title_zh": .optional(v.titleZh)])
    case .org(let v): .object(["name": .string(v.name), "name_zh": .optional(v.nameZh)])
    case .contact(let v): .object(["kind": .string(v.kind.rawValue), "value": .string(v.value)])
    }
  }
}

extension PersonValue {
  var json: JSONValue {
    .object([
      "anonymized": .bool(anonymized), "surname": .optional(surname), "pinyin": .optional(pinyin),
      "person_id": .string(personID),
    ])
  }
}

extension CourtName {
  var json: JSONValue {
    .object([
      "name_zh": .string(nameZh), "level": .string(level), "province": .optional(province), "city": .optional(city),
      "district": .optional(district),
    ])
  }
}

extension PrisonTermValue {
  var json: JSONValue {
    .object([
      "kind": .string(kind.rawValue), "months": months.map { .int($0) } ?? .null,
      "probation_months": probationMonths.map { .int($0) } ?? .null, "reprieve": .bool(reprieve),
      "min_months": minMonths.map { .int($0) } ?? .null, "max_months": maxMonths.map { .int($0) } ?? .null,
      "defendant_count": defendantCount.map { .int($0) } ?? .null,
    ])
  }
}

extension DetentionValue {
  var json: JSONValue { .object(["kind": .string(kind.rawValue), "days": .int(days)]) }
}

extension PoliticalRightsValue {
  var json: JSONValue { .object(["months": months.map { .int($0) } ?? .null, "life": .bool(life)]) }
}

extension MoneyValue {
  /// Whole amounts are written as integers (`150000000`, not `1.5e8`).
  var json: JSONValue {
    .object([
      "amount": amount.map { .number($0) } ?? .null,
      "currency": .string(currency),
      "approximate": .bool(approximate),
      "min": min.map { .number($0) } ?? .null,
      "max": max.map { .number($0) } ?? .null,
      "role": .string(role.rawValue),
    ])
  }
}

extension JSONValue {
  /// A string, or null.
  static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
}
