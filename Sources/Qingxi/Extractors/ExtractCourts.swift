/// Finds Chinese court names, written in Chinese or rendered in English, and names each canonically.
///
/// Chinese sentences are scanned by `CourtNames.find(in:)` wherever a 院 occurs (法院, 中院, 高院);
/// English ones by `CourtNames.find(inEnglish:)` wherever the word "court" occurs. A court name needs a
/// level and, below the supreme court, a place, so generic mentions (`法院`, `人民法院`, "the court")
/// are not entities. Both finders run on every sentence, so the Chinese clauses left in a machine
/// translation are read too. The entity covers the court phrase without a leading "the":
/// `the Intermediate People's Court of Nanchang City, Jiangxi Province` → 江西省南昌市中级人民法院
/// (level intermediate, province 江西省, city 南昌市); `合肥市中级人民法院` → 安徽省合肥市中级人民法院.
public struct ExtractCourts: UnitExtractor {
  public static let name = "extract-courts"
  public static let summary = "find court names (Chinese and English) and give their canonical Chinese name and level"

  public init(options: StageOptions) {}

  /// What follows 最高法 when it is not the court: 最高法定刑, 最高法律, 最高法规, 最高法典, 最高法官, 最高法令 …
  static let notSupremeAfter: Set<Unicode.Scalar> = ["院", "定", "律", "规", "典", "官", "令", "条", "则", "益", "理", "庭", "制", "学"]

  /// 最高法 (最高法：5年来判处…, 最高法发布), the common short form of 最高人民法院 (at `最`).
  static func supremeShortForm(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> EntityCandidate? {
    guard i + 3 <= r.upperBound, s[i + 1] == "高", s[i + 2] == "法", i + 3 == r.upperBound || !notSupremeAfter.contains(s[i + 3])
    else { return nil }
    return EntityCandidate(i..<(i + 3), .court(CourtName(nameZh: "最高人民法院", level: CourtName.Level.supreme)))
  }

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    let s = unit.scalars
    let r = unit.range
    var out: [EntityCandidate] = []
    var hasYuan = false
    var hasCourt = false
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      if c == "院" {
        hasYuan = true
      } else if c == "最", let m = Self.supremeShortForm(s, i, r) {
        out.append(m)
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
        out.append(EntityCandidate(range, .court(m.court)))
      }
    }
    if hasCourt {
      for m in CourtNames.find(inEnglish: unit.text(in: r)) {
        let range = (m.range.lowerBound + r.lowerBound)..<(m.range.upperBound + r.lowerBound)
        out.append(EntityCandidate(range, .court(m.court)))
      }
    }
    return out
  }

  /// Every unit's courts, then the courts named only by 省 or 市 (省高级法院, 市中级人民法院, 市一中院): the
  /// place of the nearest court named before on the page (else the first one named).
  public func candidates(in doc: Document) -> [EntityCandidate] {
    let s = doc.matchScalars
    let written = doc.scalars
    var out: [EntityCandidate] = []
    var partials: [CourtNames.Partial] = []
    for range in doc.extractionUnits {
      out += candidates(in: ExtractionUnit(scalars: s, range: range, written: written))
      var hasYuan = false
      for i in range where s[i] == "院" {
        hasYuan = true
        break
      }
      guard hasYuan else { continue }
      for var p in CourtNames.findPartial(in: Array(s[range])) {
        p.range = (p.range.lowerBound + range.lowerBound)..<(p.range.upperBound + range.lowerBound)
        partials.append(p)
      }
    }
    guard !partials.isEmpty else { return out }
    var placed: [(start: Int, court: CourtName)] = []
    for c in out { if case .court(let court) = c.value, court.province != nil { placed.append((c.range.lowerBound, court)) } }
    for p in partials {
      let before = placed.last { $0.start < p.range.lowerBound } ?? placed.first
      guard let context = before?.court, let court = CourtNames.resolve(p, context: context) else { continue }
      out.append(EntityCandidate(p.range, .court(court)))
    }
    return out
  }
}
