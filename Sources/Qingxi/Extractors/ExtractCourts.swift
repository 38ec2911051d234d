/// Finds Chinese court names, written in Chinese or rendered in English, and names each canonically.
///
/// Chinese sentences are scanned by `CourtNames.find(in:)` wherever a 院 occurs (法院, 中院, 高院);
/// English ones by `CourtNames.find(inEnglish:)` wherever the word "court" occurs. A court name needs a
/// level and, below the supreme court, a place, so generic mentions (`法院`, `人民法院`, "the court")
/// are not entities. Both finders run on every sentence, so the Chinese clauses left in a machine
/// translation are read too. The entity covers the court phrase without a leading "the":
/// `the Intermediate People's Court of Nanchang City, Jiangxi Province` → 江西省南昌市中级人民法院
/// (level intermediate, province 江西省, city 南昌市); `合肥市中级人民法院` → 安徽省合肥市中级人民法院.
public struct ExtractCourts: EntityExtractor {
  public static let name = "extract-courts"
  public static let summary = "find court names (Chinese and English) and give their canonical Chinese name and level"

  public init(options: StageOptions) {}

  public func entities(in doc: Document) -> [Entity] {
    let s = doc.matchScalars
    var out: [Entity] = []
    var partials: [CourtNames.Partial] = []
    var resolved: [(start: Int, court: CourtName)] = []
    for unit in doc.extractionUnits {
      let r = unit
      var hasYuan = false
      var hasCourt = false
      var i = r.lowerBound
      while i < r.upperBound {
        let c = s[i]
        if c == "院" {
          hasYuan = true
        } else if c == "o", i + 4 <= r.upperBound, s[i + 1] == "u", s[i + 2] == "r", s[i + 3] == "t", i > r.lowerBound,
                  s[i - 1] == "C" || s[i - 1] == "c" {
          hasCourt = true
        }
        i += 1
      }
      if hasYuan {
        let slice = Array(s[r])
        for m in CourtNames.find(in: slice) {
          let range = (m.range.lowerBound + r.lowerBound)..<(m.range.upperBound + r.lowerBound)
          out.append(doc.entity(.court, range, value: Self.value(m.court)))
          resolved.append((range.lowerBound, m.court))
        }
        for var p in CourtNames.findPartial(in: slice) {
          p.range = (p.range.lowerBound + r.lowerBound)..<(p.range.upperBound + r.lowerBound)
          partials.append(p)
        }
      }
      if hasCourt {
        for m in CourtNames.find(inEnglish: doc.text(in: r)) {
          let range = (m.range.lowerBound + r.lowerBound)..<(m.range.upperBound + r.lowerBound)
          out.append(doc.entity(.court, range, value: Self.value(m.court)))
          resolved.append((range.lowerBound, m.court))
        }
      }
    }
    // 省高级法院, 市中级人民法院: the place of the nearest court named before (else the first one named).
    let placed = resolved.filter { $0.court.province != nil }
    for p in partials {
      let before = placed.last { $0.start < p.range.lowerBound } ?? placed.first
      guard let context = before?.court, let court = CourtNames.resolve(p, context: context) else { continue }
      out.append(doc.entity(.court, p.range, value: Self.value(court)))
    }
    return out
  }

  /// The JSON value of a court: name_zh, level, province, city, district (in this order).
  static func value(_ c: CourtName) -> JSONValue {
    .object([
      "name_zh": .string(c.nameZh),
      "level": .string(c.level),
      "province": c.province.map(JSONValue.string) ?? .null,
      "city": c.city.map(JSONValue.string) ?? .null,
      "district": c.district.map(JSONValue.string) ?? .null,
    ])
  }
}
