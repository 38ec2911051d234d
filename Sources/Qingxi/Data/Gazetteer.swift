// Lookup over the provincial- and prefecture-level divisions in Gazetteer+Data.swift.

/// China's provincial-level divisions and all prefecture-level divisions, looked up by
/// Chinese full name, Chinese short name, or pinyin/English name.
///
/// Municipalities (北京市, 天津市, 上海市, 重庆市) are provinces here and have no cities.
/// Known ambiguities: the short names 吉林 (吉林省 / 吉林市) and 海南 (海南省 / 海南藏族自治州, 青海);
/// the pinyin suzhou (苏州 / 宿州), taizhou (泰州 / 台州), yichun (伊春 / 宜春), fuzhou (福州 / 抚州),
/// yulin (玉林 / 榆林), jilin and hainan. Lookups that must return one value return `nil` when ambiguous.
public struct Gazetteer: Sendable {
  /// A provincial-level division.
  public struct Province: Sendable, Hashable, Codable {
    /// Full name, e.g. 江西省, 北京市, 内蒙古自治区, 香港特别行政区.
    public let fullName: String
    /// Short name, e.g. 江西, 北京, 内蒙古, 香港.
    public let shortName: String
    /// Toneless lowercase pinyin without spaces, e.g. "jiangxi", "shaanxi" (陕西), "neimenggu".
    public let pinyin: String
    /// Standard English names that differ from the pinyin (e.g. "Inner Mongolia"); usually empty.
    public let englishNames: [String]

    /// Whether this is one of the four municipalities directly under the central government.
    public var isMunicipality: Bool {
      fullName == "北京市" || fullName == "天津市" || fullName == "上海市" || fullName == "重庆市"
    }
  }

  /// A prefecture-level division: prefecture-level city, autonomous prefecture (州), 地区 or 盟.
  public struct City: Sendable, Hashable, Codable {
    /// Full name, e.g. 南昌市, 延边朝鲜族自治州, 阿里地区, 锡林郭勒盟.
    public let fullName: String
    /// Short name, e.g. 南昌, 延边, 阿里, 锡林郭勒.
    public let shortName: String
    /// Toneless lowercase pinyin without spaces, e.g. "nanchang", "xilinguole".
    public let pinyin: String
    /// Full name of the province the division belongs to, e.g. 江西省.
    public let province: String
    /// Standard English names that differ from the pinyin (e.g. "Harbin", "Urumqi"); usually empty.
    public let englishNames: [String]
  }

  /// A province or a city, as returned by name-agnostic lookups.
  public enum Place: Sendable, Hashable {
    /// A provincial-level division.
    case province(Province)
    /// A prefecture-level division.
    case city(City)
  }

  /// The shared instance built from the bundled table.
  public static let shared = Gazetteer(table: Gazetteer.table)

  /// All provincial-level divisions in table order (34).
  public let provinces: [Province]
  /// All prefecture-level divisions in table order (333).
  public let cities: [City]

  /// Chinese name (full, short, or alias such as 延边州) → places.
  private let zhIndex: [String: [Place]]
  /// Normalised pinyin/English name → places.
  private let enIndex: [String: [Place]]
  /// Longest Chinese name in scalars.
  let maxZhLength: Int
  /// Last scalars of all Chinese names, to reject most positions without building strings.
  private let zhLastScalars: Set<Unicode.Scalar>

  /// Builds the lookup from the tab-separated table format documented on `Gazetteer.table`.
  init(table: String) {
    var provinces: [Province] = []
    var cities: [City] = []
    for line in table.split(separator: "\n", omittingEmptySubsequences: true) {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
      func english(_ i: Int) -> [String] {
        guard f.count > i else { return [] }
        return f[i].split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
      }
      if f.first == "P", f.count >= 4 {
        provinces.append(Province(fullName: f[1], shortName: f[2], pinyin: f[3], englishNames: english(4)))
      } else if f.first == "C", f.count >= 5 {
        cities.append(City(fullName: f[2], shortName: f[3], pinyin: f[4], province: f[1], englishNames: english(5)))
      }
    }
    var zh: [String: [Place]] = [:]
    var en: [String: [Place]] = [:]
    func add(_ key: String, _ place: Place, to index: inout [String: [Place]]) {
      guard !key.isEmpty else { return }
      if !(index[key]?.contains(place) ?? false) { index[key, default: []].append(place) }
    }
    for p in provinces {
      let place = Place.province(p)
      add(p.fullName, place, to: &zh)
      add(p.shortName, place, to: &zh)
      add(p.pinyin, place, to: &en)
      for e in p.englishNames { add(Gazetteer.normalizeEnglish(e), place, to: &en) }
    }
    for c in cities {
      let place = Place.city(c)
      add(c.fullName, place, to: &zh)
      add(c.shortName, place, to: &zh)
      if c.fullName.hasSuffix("自治州") { add(c.shortName + "州", place, to: &zh) }
      add(c.pinyin, place, to: &en)
      for e in c.englishNames { add(Gazetteer.normalizeEnglish(e), place, to: &en) }
    }
    // Common abbreviations of the three Xinjiang Mongol/Kyrgyz prefectures.
    for (alias, full) in [("博州", "博尔塔拉蒙古自治州"), ("巴州", "巴音郭楞蒙古自治州"), ("克州", "克孜勒苏柯尔克孜自治州")] {
      if let c = cities.first(where: { $0.fullName == full }) { add(alias, .city(c), to: &zh) }
    }
    self.provinces = provinces
    self.cities = cities
    self.zhIndex = zh
    self.enIndex = en
    self.maxZhLength = zh.keys.map { $0.unicodeScalars.count }.max() ?? 0
    self.zhLastScalars = Set(zh.keys.compactMap { $0.unicodeScalars.last })
  }

  // MARK: Chinese lookups

  /// All places whose Chinese full name, short name or alias (延边州, 博州) is exactly `name`.
  public func places(zh name: String) -> [Place] {
    zhIndex[name] ?? []
  }

  /// The province whose full or short Chinese name is `name` (江西省 / 江西).
  public func province(zh name: String) -> Province? {
    for case .province(let p) in places(zh: name) { return p }
    return nil
  }

  /// All cities whose full or short Chinese name (or alias) is `name`.
  public func cities(zh name: String) -> [City] {
    places(zh: name).compactMap { if case .city(let c) = $0 { return c } else { return nil } }
  }

  /// The unique city named `name` (full, short or alias), optionally restricted to `province`
  /// (full or short name); `nil` if none or ambiguous. 南昌 → 南昌市; 吉林 → 吉林市.
  public func city(zh name: String, province: String? = nil) -> City? {
    Gazetteer.unique(cities(zh: name), in: province.flatMap { self.province(zh: $0) ?? self.province(en: $0) })
  }

  /// The province a city belongs to.
  public func province(of city: City) -> Province? {
    province(zh: city.province)
  }

  /// All cities of a province given by full or short Chinese name or pinyin/English name.
  public func cities(in province: String) -> [City] {
    guard let p = self.province(zh: province) ?? self.province(en: province) else { return [] }
    return cities.filter { $0.province == p.fullName }
  }

  // MARK: English / pinyin lookups

  /// All places whose pinyin or English name matches `name`, case-insensitively and ignoring spaces,
  /// hyphens and apostrophes ("Nanchang", "Inner Mongolia", "Hohhot", "Xi'an"). Trailing designators
  /// ("City", "Province", "Municipality", "Autonomous Region", "SAR", "League", an ethnic adjective
  /// before "Autonomous Prefecture", …) are ignored when the exact name is not found, and then
  /// restrict the kind: "Jilin City" is only the city, "Jilin Province" only the province.
  public func places(en name: String) -> [Place] {
    let key = Gazetteer.normalizeEnglish(name)
    if let hit = enIndex[key] { return hit }
    var words = Gazetteer.englishWords(name)
    var hint: Kind?
    while let last = words.last, let kind = Gazetteer.designators[last] {
      // The most specific designator wins: "Autonomous Prefecture" → city.
      if hint == nil || (hint == .either && kind != .either) { hint = kind }
      words.removeLast()
    }
    guard !words.isEmpty else { return [] }
    // Ethnic adjectives sit between the name and the designator: "Yanbian Korean".
    var n = words.count
    while n >= 1 {
      if let hit = enIndex[words[0..<n].joined()] {
        return hit.filter { place in
          switch (hint, place) {
          case (.city?, .province(let p)): return p.isMunicipality
          case (.province?, .city): return false
          default: return true
          }
        }
      }
      guard Gazetteer.ethnicAdjectives.contains(words[n - 1]) else { break }
      n -= 1
    }
    return []
  }

  /// The province whose pinyin or English name is `name` ("Jiangxi", "Inner Mongolia", "Tibet", "Shaanxi").
  public func province(en name: String) -> Province? {
    for case .province(let p) in places(en: name) { return p }
    return nil
  }

  /// All cities whose pinyin or English name is `name` ("Suzhou" → 苏州市 and 宿州市).
  public func cities(en name: String) -> [City] {
    places(en: name).compactMap { if case .city(let c) = $0 { return c } else { return nil } }
  }

  /// The unique city whose pinyin or English name is `name`, optionally restricted to a province
  /// (Chinese or English name); `nil` if none or ambiguous ("Suzhou" alone → nil).
  public func city(en name: String, province: String? = nil) -> City? {
    Gazetteer.unique(cities(en: name), in: province.flatMap { self.province(zh: $0) ?? self.province(en: $0) })
  }

  /// A province by any of its names: Chinese full/short, pinyin or English.
  public func province(named name: String) -> Province? {
    province(zh: name) ?? province(en: name)
  }

  /// The unique city with any of its names: Chinese full/short/alias, pinyin or English.
  public func city(named name: String) -> City? {
    city(zh: name) ?? city(en: name)
  }

  // MARK: Scalar-level matching (for extractors)

  /// Places whose Chinese name ends exactly at `end` in `scalars`, longest names first, each with
  /// its length in scalars. Names of one scalar do not exist, so lengths are at least 2.
  public func placesEnding(in scalars: [Unicode.Scalar], at end: Int) -> [(length: Int, places: [Place])] {
    guard end <= scalars.count, end >= 2, zhLastScalars.contains(scalars[end - 1]) else { return [] }
    var out: [(length: Int, places: [Place])] = []
    var len = min(maxZhLength, end)
    while len >= 2 {
      if let hit = zhIndex[String(scalars: scalars[(end - len)..<end])] { out.append((len, hit)) }
      len -= 1
    }
    return out
  }

  // MARK: Helpers

  enum Kind: Sendable { case province, city, either }

  /// Words that designate the kind of division in English names.
  static let designators: [String: Kind] = [
    "city": .city, "prefecture": .city, "league": .city, "prefecturelevel": .city,
    "province": .province, "provincial": .province, "municipality": .province,
    "sar": .province, "special": .province, "administrative": .province,
    "region": .either, "autonomous": .either, "municipal": .either, "area": .city,
  ]

  /// Ethnic adjectives that appear in the English names of autonomous divisions.
  static let ethnicAdjectives: Set<String> = [
    "korean", "tibetan", "hui", "mongolian", "mongol", "zhuang", "uygur", "uyghur", "uighur", "yi",
    "miao", "tujia", "bai", "dai", "buyei", "bouyei", "dong", "qiang", "lisu", "hani", "jingpo",
    "kazak", "kazakh", "kirgiz", "kyrgyz", "and",
  ]

  /// Lowercased words of an English name with apostrophes removed and possessive "'s" dropped.
  static func englishWords(_ s: String) -> [String] {
    var words: [String] = []
    var cur = ""
    func flush() {
      if cur.hasSuffix("'s") { cur.removeLast(2) }
      let w = normalizeEnglish(cur)
      if !w.isEmpty { words.append(w) }
      cur = ""
    }
    for ch in s.lowercased() {
      if ch.isLetter || ch.isNumber {
        cur.append(ch)
      } else if ch == "'" || ch == "\u{2019}" {
        cur.append("'")
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// Lowercases and removes everything but letters and digits; ü becomes v.
  public static func normalizeEnglish(_ s: String) -> String {
    // ASCII text (nearly every call): the same result byte by byte, A–Z lowered, letters and digits kept.
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(s.utf8.count)
      for b in s.utf8 {
        if b >= 0x41, b <= 0x5A {
          bytes.append(b + 32)
        } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
          bytes.append(b)
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    var out = ""
    for ch in s.lowercased() {
      switch ch {
      case "ü", "ǖ", "ǘ", "ǚ", "ǜ": out.append("v")
      case "ā", "á", "ǎ", "à": out.append("a")
      case "ē", "é", "ě", "è", "ê": out.append("e")
      case "ī", "í", "ǐ", "ì": out.append("i")
      case "ō", "ó", "ǒ", "ò": out.append("o")
      case "ū", "ú", "ǔ", "ù": out.append("u")
      default:
        if ch.isASCII, ch.isLetter || ch.isNumber { out.append(ch) }
      }
    }
    return out
  }

  static func unique(_ cities: [City], in province: Province?) -> City? {
    let filtered = province.map { p in cities.filter { $0.province == p.fullName } } ?? cities
    return filtered.count == 1 ? filtered.first : nil
  }
}
