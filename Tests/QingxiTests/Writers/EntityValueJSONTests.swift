import Testing

@testable import Qingxi
import QingxiNumbers

/// The writer's JSON of typed values against the schema: every key the schema lists, in its `required` order.
@Suite struct EntityValueJSONTests {
  static let samples: [EntityValue] = [
    .person(PersonValue(anonymized: true, surname: "成", pinyin: "cheng", personID: "p1")),
    .court(CourtName(nameZh: "江西省南昌市中级人民法院", level: "intermediate", province: "江西省", city: "南昌市")),
    .prisonTerm(PrisonTermValue(kind: .fixed, months: 36, probationMonths: 48, reprieve: false)),
    .detention(DetentionValue(kind: .administrative, days: 15)),
    .politicalRights(PoliticalRightsValue(months: nil)),
    .warning(WarningValue(kind: .seriousDemerit)),
    .money(MoneyValue(MoneyAmount(amount: 1.5e8, currency: "CNY"), role: .fine)),
    .date(DateValue(value: "2023-11", relative: false)),
    .charge(ChargeValue(nameZh: "受贿罪")),
    .secretCount(SecretCountValue(count: 7, level: .confidential)),
    .law(LawValue(title: "密码法", titleZh: "中华人民共和国密码法")),
    .org(OrgValue(name: "Ministry of Commerce", nameZh: "商务部")),
    .contact(ContactValue(kind: .phone, value: "12339")),
  ]

  /// The `value` schema of each entity type, `$ref`s resolved.
  static func valueSchemas() throws -> [String: JSONValue] {
    let schema = try JSONValue.parse(DocumentSchema.text)
    var out: [String: JSONValue] = [:]
    for branch in schema["properties"]?["entities"]?["items"]?["oneOf"]?.arrayValue ?? [] {
      guard let type = branch["properties"]?["type"]?["const"]?.stringValue, var value = branch["properties"]?["value"]
      else { continue }
      if let ref = value["$ref"]?.stringValue, let name = ref.split(separator: "/").last {
        value = schema["$defs"]?[String(name)] ?? .null
      }
      out[type] = value
    }
    return out
  }

  @Test func oneSamplePerType() {
    #expect(Self.samples.map(\.type) == EntityType.allCases)
  }

  @Test func keysAreTheSchemasInItsOrder() throws {
    let schemas = try Self.valueSchemas()
    for value in Self.samples {
      let schema = try #require(schemas[value.type.rawValue], "\(value.type)")
      // (The parser sorts object keys, so `properties` gives the set and `required` the order.)
      #expect(Set(value.json.objectValue?.keys ?? []) == Set(schema["properties"]?.objectValue?.keys ?? ["?"]), "\(value.type)")
      #expect(value.json.objectValue?.keys == schema["required"]?.arrayValue?.compactMap(\.stringValue), "\(value.type)")
    }
  }

  @Test func enumsWriteTheirContractStrings() {
    #expect(EntityValue.warning(WarningValue(kind: .seriousDemerit)).json == .object(["kind": .string("serious_demerit")]))
    #expect(EntityValue.secretCount(SecretCountValue(count: 7, level: .confidential)).json["level"] == .string("机密"))
    #expect(EntityValue.money(MoneyValue(MoneyAmount(amount: 5, currency: "CNY"), role: .illegalGain)).json["role"] == .string("illegal_gain"))
  }

  @Test func nilIsNullAndWholeAmountsAreIntegers() {
    #expect(EntityValue.politicalRights(PoliticalRightsValue(months: nil)).json == .object(["months": .null, "life": .bool(true)]))
    #expect(EntityValue.money(MoneyValue(MoneyAmount(amount: 1.5e8, currency: "CNY"), role: .fine)).json["amount"] == .int(150_000_000))
    #expect(EntityValue.money(MoneyValue(MoneyAmount(amount: 2.5, currency: "USD"), role: .other)).json["amount"] == .double(2.5))
    #expect(EntityValue.law(LawValue(title: "X Law", titleZh: nil)).json["title_zh"] == .null)
  }

  @Test func caseRecordKeysAreTheSchemas() throws {
    let schema = try JSONValue.parse(DocumentSchema.text)
    let cases = try #require(schema["properties"]?["cases"]?["items"])
    let record = CaseRecord(personID: "p1", names: ["成某"], date: "2023", evidence: [0, 2])
    #expect(record.json.objectValue?.keys == cases["required"]?.arrayValue?.compactMap(\.stringValue))
    #expect(record.json["court"] == .null)
    #expect(record.json["evidence"] == .array([.int(0), .int(2)]))
  }
}
