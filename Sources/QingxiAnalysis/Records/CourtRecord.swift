import Qingxi

/// A court as records give it (`court` entities and `cases[].court`).
public struct CourtRecord: Sendable, Hashable {
  /// Canonical full name (江西省南昌市中级人民法院).
  public var nameZh: String
  /// `supreme`, `high`, `intermediate`, `basic`, `special`, or whatever a later contract adds.
  public var level: String?
  public var province: String?
  public var city: String?
  public var district: String?

  public init(nameZh: String, level: String? = nil, province: String? = nil, city: String? = nil, district: String? = nil) {
    self.nameZh = nameZh
    self.level = level
    self.province = province
    self.city = city
    self.district = district
  }

  /// Reads a court value; nil without a name.
  public init?(json: JSONValue) {
    guard let name = json.string("name_zh"), !name.isEmpty else { return nil }
    self.init(
      nameZh: name, level: json.string("level"), province: json.string("province"), city: json.string("city"),
      district: json.string("district"))
  }

  public var json: JSONValue {
    .object([
      "name_zh": .string(nameZh), "level": level.map(JSONValue.string) ?? .null,
      "province": province.map(JSONValue.string) ?? .null, "city": city.map(JSONValue.string) ?? .null,
      "district": district.map(JSONValue.string) ?? .null,
    ])
  }
}
