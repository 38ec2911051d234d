// Canonical Chinese court names, and finders for court names in Chinese and English text.

/// A Chinese court, named canonically in Chinese.
///
/// `nameZh` follows the official naming pattern: 最高人民法院; `<province>高级人民法院`;
/// `<province><city>中级人民法院` (municipalities and 海南: `<province>第一中级人民法院`);
/// basic courts `<province><city><district>人民法院` for districts (区) and `<province><county>人民法院`
/// for counties and county-level cities (the city is then kept in `city` but not in the name);
/// special courts keep their own names (北京知识产权法院, 上海海事法院, 南昌铁路运输中级法院).
public struct CourtName: Sendable, Hashable, Codable {
  /// Canonical Chinese name, e.g. 安徽省合肥市中级人民法院.
  public var nameZh: String
  /// One of `CourtName.Level`: "supreme", "high", "intermediate", "basic", "special".
  public var level: String
  /// Full name of the province (or municipality), e.g. 江西省, 北京市; `nil` when unknown.
  public var province: String?
  /// Full name of the prefecture-level division, e.g. 南昌市; `nil` when unknown or for municipalities.
  public var city: String?
  /// District, county or county-level city as written, e.g. 海淀区, 南昌县; `nil` above the basic level.
  public var district: String?

  /// Creates a court name.
  public init(nameZh: String, level: String, province: String? = nil, city: String? = nil, district: String? = nil) {
    self.nameZh = nameZh
    self.level = level
    self.province = province
    self.city = city
    self.district = district
  }

  /// The values of `CourtName.level`.
  public enum Level {
    /// 最高人民法院.
    public static let supreme = "supreme"
    /// 高级人民法院 (one per province-level division).
    public static let high = "high"
    /// 中级人民法院.
    public static let intermediate = "intermediate"
    /// 基层人民法院 (district, county, county-level city).
    public static let basic = "basic"
    /// Specialised courts: military, maritime, intellectual property, railway transport, internet, financial, forestry, land reclamation.
    public static let special = "special"
  }
}

/// Canonicalisation and detection of Chinese court names in Chinese and English text.
///
/// Place names are resolved with `Gazetteer.shared` (provinces and prefecture-level divisions only):
/// a county or district is kept as written, and its city/province are filled in only when the text gives them.
public enum CourtNames {
  // MARK: Public API

  /// The canonical court for a Chinese court name, or `nil` if `zh` is not exactly a recognisable court name.
  ///
  /// 合肥市中级人民法院 → 安徽省合肥市中级人民法院; 南昌中院 → 江西省南昌市中级人民法院;
  /// 北京一中院 → 北京市第一中级人民法院; 北京市海淀区人民法院 → basic, district 海淀区.
  public static func canonical(zh: String) -> CourtName? {
    let scalars = Array(zh.unicodeScalars)
    var lo = 0
    var hi = scalars.count
    while lo < hi, CharClass.isUnicodeWhitespace(scalars[lo]) { lo += 1 }
    while hi > lo, CharClass.isUnicodeWhitespace(scalars[hi - 1]) { hi -= 1 }
    guard hi - lo >= 3 else { return nil }
    let s = Array(scalars[lo..<hi])
    guard let m = match(s, end: s.count, mode: .whole), m.start == 0 else { return nil }
    return m.court
  }

  /// The canonical court for an English court name such as "the Intermediate People's Court of
  /// Nanchang City, Jiangxi Province", "Hefei Intermediate People's Court" or "Shanghai No. 1
  /// Intermediate People's Court"; `nil` if none is recognised. Basic (district/county) courts are not
  /// resolved from English because there is no county gazetteer to translate their names.
  public static func canonical(en: String) -> CourtName? {
    let found = find(inEnglish: en)
    return found.max { ($0.range.count) < ($1.range.count) }?.court
  }

  /// Court names in Chinese running text, with their ranges in scalar offsets.
  ///
  /// A court name ends in 法院 / 中院 / 高院 and extends left only over gazetteer names (provinces,
  /// prefecture-level divisions, their short names) and district/county tokens ending in 区/县/旗/市,
  /// so preceding words (由, 经, 被, 向 …) are not swallowed.
  public static func find(in scalars: [Unicode.Scalar]) -> [(range: Range<Int>, court: CourtName)] {
    var out: [(range: Range<Int>, court: CourtName)] = []
    var lastEnd = 0
    var j = 1
    while j < scalars.count {
      if scalars[j] == "院", let m = match(scalars, end: j + 1, mode: .running), m.start >= lastEnd {
        out.append((m.start..<(j + 1), m.court))
        lastEnd = j + 1
      }
      j += 1
    }
    return out
  }

  /// A court named only by its level after 省 or 市 (省高级法院, 市中级人民法院, 市一中院, 市高院): the page
  /// named the place elsewhere, so the caller fills it in from the courts it resolved.
  public struct Partial: Sendable {
    public var range: Range<Int>
    /// "high" or "intermediate".
    public var level: String
    /// 第一 … for 市一中院, 市第二中级人民法院.
    public var ordinal: String?
    /// True after 省, false after 市.
    public var province: Bool
  }

  /// Court names in Chinese running text that name their place only as 省 or 市 (see `Partial`).
  public static func findPartial(in scalars: [Unicode.Scalar]) -> [Partial] {
    var out: [Partial] = []
    var j = 2
    while j < scalars.count {
      defer { j += 1 }
      guard scalars[j] == "院", case let (kind, levelStart)? = suffix(scalars, end: j + 1), levelStart >= 1 else { continue }
      let marker = scalars[levelStart - 1]
      guard marker == "省" || marker == "市", match(scalars, end: j + 1, mode: .running) == nil else { continue }
      // 全省, 各市: not one court
      if levelStart >= 2, "全各每两".unicodeScalars.contains(scalars[levelStart - 2]) { continue }
      switch kind {
      case .high: out.append(Partial(range: (levelStart - 1)..<(j + 1), level: CourtName.Level.high, ordinal: nil, province: marker == "省"))
      case .intermediate(let ordinal):
        out.append(Partial(range: (levelStart - 1)..<(j + 1), level: CourtName.Level.intermediate, ordinal: ordinal, province: marker == "省"))
      default: continue
      }
    }
    return out
  }

  /// The court a `Partial` names, given a court the page resolved (the nearest before it, else the first):
  /// 省高级法院 after 江阴市法院 → 江苏省高级人民法院; 市中级人民法院 after 揭西县人民法院 → 广东省揭阳市中级人民法院;
  /// 市一中院 after a 北京市 court → 北京市第一中级人民法院.
  public static func resolve(_ p: Partial, context: CourtName) -> CourtName? {
    guard let provinceName = context.province, let province = gazetteer.provinces.first(where: { $0.fullName == provinceName }) else { return nil }
    if p.province, province.isMunicipality { return nil }  // 省 names a province, not a municipality
    if p.level == CourtName.Level.high {
      guard p.province || province.isMunicipality else { return nil }
      return CourtName(nameZh: province.fullName + "高级人民法院", level: CourtName.Level.high, province: province.fullName)
    }
    if province.isMunicipality {
      guard let ord = p.ordinal else { return nil }
      return CourtName(nameZh: province.fullName + ord + "中级人民法院", level: CourtName.Level.intermediate, province: province.fullName)
    }
    guard !p.province, p.ordinal == nil, let city = context.city else { return nil }
    return CourtName(nameZh: province.fullName + city + "中级人民法院", level: CourtName.Level.intermediate,
                     province: province.fullName, city: city)
  }

  /// Court names in English text, with their ranges in scalar offsets of `text.unicodeScalars`.
  ///
  /// Recognises "[the] Supreme People's Court", "<Place> High/Higher People's Court",
  /// "the Higher People's Court of <Province>", "<Place> [No. N|First…] Intermediate People's Court",
  /// "the Intermediate People's Court of <City>[,| in] <Province>", and "<Place> Maritime/Intellectual
  /// Property/Internet/Financial/Railway Transport/Military Court". A leading "the" is not part of the range.
  public static func find(inEnglish text: String) -> [(range: Range<Int>, court: CourtName)] {
    let scalars = Array(text.unicodeScalars)
    var out: [(range: Range<Int>, court: CourtName)] = []
    var lastEnd = 0
    // Tokenize only a window around each "court", so long texts with few courts stay cheap.
    var i = 0
    while i + 5 <= scalars.count {
      guard isCourtWord(scalars, at: i), hasCourtKeywordBefore(scalars, at: i) else {
        i += 1
        continue
      }
      // Window edges are moved off words so that no word is cut.
      var lo = max(lastEnd, i - 160)
      while lo > lastEnd, lo < i, isWordish(scalars[lo - 1]) { lo += 1 }
      var hi = min(scalars.count, i + 200)
      while hi < scalars.count, isWordish(scalars[hi]) { hi += 1 }
      let toks = tokenize(scalars, from: lo, to: hi)
      if let t = toks.firstIndex(where: { $0.start == i }), let m = matchEnglish(toks, court: t), m.range.lowerBound >= lastEnd {
        out.append(m)
        lastEnd = m.range.upperBound
        i = max(i + 5, lastEnd)
      } else {
        i += 5
      }
    }
    return out
  }

  /// Whether the word before "court" at `i` is one that can end a court name (People's, Property, Maritime …).
  static func hasCourtKeywordBefore(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    var e = i
    while e > 0, s[e - 1].properties.isWhitespace { e -= 1 }
    var b = e
    while b > 0, e - b < 16, isWordish(s[b - 1]) { b -= 1 }
    guard b < e else { return false }
    var word = ""
    for u in s[b..<e] { word.unicodeScalars.append(u == "\u{2019}" ? "'" : u) }
    return courtKeywords.contains(word.lowercased())
  }

  static let courtKeywords: Set<String> = [
    "people's", "peoples", "people", "property", "maritime", "military", "internet", "financial", "transport",
    "transportation",
  ]

  static func isWordish(_ u: Unicode.Scalar) -> Bool {
    u.properties.isAlphabetic || ("0"..."9").contains(u) || u == "'" || u == "\u{2019}" || u == "-"
  }

  /// Whether the word "court" (any case) starts at `i` on a word boundary.
  static func isCourtWord(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    let c = s[i]
    guard c == "c" || c == "C", i + 5 <= s.count else { return false }
    for (k, u) in "ourt".unicodeScalars.enumerated() {
      let x = s[i + 1 + k]
      guard x == u || x.properties.lowercaseMapping == String(u) else { return false }
    }
    if i > 0, s[i - 1].properties.isAlphabetic { return false }
    if i + 5 < s.count, s[i + 5].properties.isAlphabetic { return false }
    return true
  }

  // MARK: Chinese matching

  enum Mode { case whole, running }

  enum Kind {
    case supreme
    case high
    case intermediate(ordinal: String?)
    /// `bare`: written 区法院 / 县法院 without 人民.
    case basic(ordinal: String?, bare: Bool)
    /// `keyword` e.g. 海事; `tail` the rest of the name after it, e.g. 法院, 中级法院, 第一法院.
    case special(keyword: String, tail: String)
  }

  struct Match {
    let start: Int
    let court: CourtName
  }

  static let gazetteer = Gazetteer.shared

  /// Recognises a court name ending at `end` (exclusive; `scalars[end - 1]` is 院).
  static func match(_ s: [Unicode.Scalar], end: Int, mode: Mode) -> Match? {
    guard case let (kind, levelStart)? = suffix(s, end: end) else { return nil }
    switch kind {
    case .supreme:
      var start = levelStart
      if ends(s, at: start, "中华人民共和国") { start -= 7 }
      return Match(start: start, court: CourtName(nameZh: "最高人民法院", level: CourtName.Level.supreme))

    case .high:
      let c = chain(s, end: levelStart, mode: mode, district: false, city: false, preferCity: false)
      guard let p = c.province else { return nil }
      return Match(start: c.start, court: CourtName(nameZh: p.fullName + "高级人民法院", level: CourtName.Level.high, province: p.fullName))

    case .intermediate(let ordinal):
      let c = chain(s, end: levelStart, mode: mode, district: false, city: true, preferCity: ordinal == nil)
      let ord = ordinal ?? ""
      if let city = c.city, let p = c.province {
        return Match(start: c.start, court: CourtName(
          nameZh: p.fullName + city.fullName + ord + "中级人民法院", level: CourtName.Level.intermediate,
          province: p.fullName, city: city.fullName))
      }
      guard let p = c.province, ordinal != nil else { return nil }
      return Match(start: c.start, court: CourtName(
        nameZh: p.fullName + ord + "中级人民法院", level: CourtName.Level.intermediate, province: p.fullName))

    case .basic(let ordinal, let bare):
      var c = chain(s, end: levelStart, mode: mode, district: true, city: true, preferCity: false)
      let ord = ordinal ?? ""
      // A county written short (揭西法院, 江阴法院, 新罗法院): the division whose short name ends here.
      if c.district == nil, c.city == nil || bare, let short = countyShortName(s, end: levelStart, mode: mode) {
        var before = chain(s, end: levelStart - short.length, mode: mode, district: false, city: true, preferCity: false)
        if let county = resolve(short.counties, province: before.province, city: before.city) {
          before.district = county.fullName
          c = before
        }
      }
      if let d = c.district, c.province == nil || (d.hasSuffix("区") && c.city == nil),
        let county = resolve(Counties.shared.lookup(d).filter { $0.fullName == d }, province: c.province, city: c.city) {
        // 揭西县人民法院 → 广东省 (揭阳市); 江城区法院 → 广东省阳江市
        c.province = gazetteer.provinces.first { $0.fullName == county.province }
        c.city = county.city.flatMap { name in gazetteer.cities.first { $0.fullName == name } }
      }
      if let d = c.district {
        var name = c.province?.fullName ?? ""
        if d.hasSuffix("区"), let city = c.city { name += city.fullName }
        name += d + ord + "人民法院"
        return Match(start: c.start, court: CourtName(
          nameZh: name, level: CourtName.Level.basic, province: c.province?.fullName, city: c.city?.fullName, district: d))
      }
      // A prefecture-level city without districts (儋州市人民法院, 东莞市第一人民法院); other cities'
      // "X市人民法院" is not a court name.
      guard !bare, let city = c.city, let p = c.province, citiesWithoutDistricts.contains(city.fullName) else { return nil }
      return Match(start: c.start, court: CourtName(
        nameZh: p.fullName + city.fullName + ord + "人民法院", level: CourtName.Level.basic,
        province: p.fullName, city: city.fullName))

    case .special(let keyword, let tail):
      var pos = levelStart
      var qualifiers: [String] = []
      while let q = specialQualifiers.first(where: { ends(s, at: pos, $0) }) {
        qualifiers.insert(q, at: 0)
        pos -= q.unicodeScalars.count
      }
      let c = chain(s, end: pos, mode: mode, district: false, city: true, preferCity: false)
      let start = c.start
      let place: String
      if fullNameSpecials.contains(keyword) {
        place = c.city?.fullName ?? c.province?.fullName ?? ""
      } else {
        place = c.city?.shortName ?? c.province?.shortName ?? ""
      }
      // A bare 军事法院, with no place or command before it, is the PLA's own (中国人民解放军军事法院), as the
      // English "PLA Military Court" is.
      if keyword == "军事", tail == "法院", place.isEmpty, qualifiers.isEmpty { qualifiers = ["中国人民解放军"] }
      return Match(start: start, court: CourtName(
        nameZh: place + qualifiers.joined() + keyword + tail, level: CourtName.Level.special,
        province: c.province?.fullName, city: c.city?.fullName))
    }
  }

  /// The one county of `candidates` that fits the province and city the text gives, if exactly one does.
  static func resolve(_ candidates: [Counties.County], province: Gazetteer.Province?, city: Gazetteer.City?) -> Counties.County? {
    var fit = candidates
    if let p = province { fit = fit.filter { $0.province == p.fullName } }
    if let x = city { fit = fit.filter { $0.city == x.fullName } }
    return fit.count == 1 ? fit[0] : nil
  }

  /// A county's short name (揭西, 江阴, 宝坻) ending at `end`, not a prefecture's or province's name, the
  /// longest one; in running text it must start at a boundary (not inside a longer Han word).
  static func countyShortName(_ s: [Unicode.Scalar], end: Int, mode: Mode) -> (length: Int, counties: [Counties.County])? {
    guard end >= 2 else { return nil }
    for hit in Counties.shared.ending(in: s, at: end, lower: max(0, end - 4)) {
      let start = end - hit.length
      let names = hit.counties.filter { !$0.fullName.unicodeScalars.elementsEqual(s[start..<end]) }
      guard !names.isEmpty, gazetteer.placesEnding(in: s, at: end).first(where: { $0.length == hit.length }) == nil else { continue }
      if mode == .running, start > 0 {
        let p = s[start - 1]
        let placeBefore = !gazetteer.placesEnding(in: s, at: start).isEmpty
        guard !isCJK(p) || hardStops.contains(p) || softStops.contains(p) || placeBefore else { continue }
      }
      return (hit.length, names)
    }
    return nil
  }

  /// The level part of a court name ending at `end`, and where it starts.
  static func suffix(_ s: [Unicode.Scalar], end: Int) -> (Kind, Int)? {
    let j = end - 1
    guard j >= 1, j < s.count, s[j] == "院" else { return nil }
    switch s[j - 1] {
    case "法":
      let fa = j - 1
      if ends(s, at: fa, "人民") {
        let p = fa - 2
        if ends(s, at: p, "最高") { return (.supreme, p - 2) }
        if ends(s, at: p, "高级") { return (.high, p - 2) }
        if ends(s, at: p, "中级") {
          let q = p - 2
          if case let (kw, ks)? = specialKeyword(s, end: q) { return (.special(keyword: kw, tail: "中级人民法院"), ks) }
          if case let (ord, os)? = ordinal(s, end: q, requireDi: false) { return (.intermediate(ordinal: ord), os) }
          return (.intermediate(ordinal: nil), q)
        }
        if case let (ord, os)? = ordinal(s, end: p, requireDi: true) { return (.basic(ordinal: ord, bare: false), os) }
        return (.basic(ordinal: nil, bare: false), p)
      }
      // X法院 without 人民.
      if ends(s, at: fa, "最高") { return (.supreme, fa - 2) }
      var q = fa
      var infix = ""
      if ends(s, at: q, "中级") {
        infix = "中级"
        q -= 2
      } else if ends(s, at: q, "基层") {
        infix = "基层"
        q -= 2
      } else if case let (ord, os)? = ordinal(s, end: q, requireDi: true) {
        infix = ord
        q = os
      }
      if case let (kw, ks)? = specialKeyword(s, end: q), !(infixOnlySpecials.contains(kw) && infix.isEmpty) {
        return (.special(keyword: kw, tail: infix + "法院"), ks)
      }
      if infix == "中级" { return (.intermediate(ordinal: nil), q) }
      if infix.isEmpty, ends(s, at: fa, "高级") { return (.high, fa - 2) }
      if infix.isEmpty { return (.basic(ordinal: nil, bare: true), fa) }
      return nil
    case "中":
      let p = j - 1
      if case let (ord, os)? = ordinal(s, end: p, requireDi: false) { return (.intermediate(ordinal: ord), os) }
      return (.intermediate(ordinal: nil), p)
    case "高":
      let p = j - 1
      if p >= 1, s[p - 1] == "最" { return (.supreme, p - 1) }
      return (.high, p)
    default:
      return nil
    }
  }

  struct Chain {
    var start: Int
    var province: Gazetteer.Province?
    var city: Gazetteer.City?
    var district: String?
  }

  /// Extends left from `end` over [province][city][district] tokens.
  static func chain(_ s: [Unicode.Scalar], end: Int, mode: Mode, district: Bool, city: Bool, preferCity: Bool) -> Chain {
    var c = Chain(start: end, province: nil, city: nil, district: nil)
    var pos = end
    if district {
      // A full gazetteer name ending here (南昌市, 北京市, 内蒙古自治区) is not a county-level token.
      let isFullName = pos >= 1 && districtSuffixes.contains(s[pos - 1]) && !gazetteer.placesEnding(in: s, at: pos).isEmpty
      if pos >= 1, !isFullName, let d = districtToken(s, end: pos, mode: mode) {
        c.district = d.text
        pos = d.start
      }
    }
    if city, let first = gazetteer.placesEnding(in: s, at: pos).first {
      let cities = first.places.compactMap { if case .city(let x) = $0 { return x } else { return nil } }
      let alsoProvince = first.places.contains { if case .province = $0 { return true } else { return false } }
      if cities.count == 1, let x = cities.first, preferCity || !alsoProvince {
        c.city = x
        pos -= first.length
      }
    }
    if let first = gazetteer.placesEnding(in: s, at: pos).first {
      for case .province(let p) in first.places {
        if let x = c.city, x.province != p.fullName { break }
        c.province = p
        pos -= first.length
        break
      }
    }
    if c.province == nil, let x = c.city { c.province = gazetteer.province(of: x) }
    c.start = pos
    return c
  }

  /// A district / county / banner / county-level city token ending at `end`.
  static func districtToken(_ s: [Unicode.Scalar], end: Int, mode: Mode) -> (start: Int, text: String)? {
    guard end >= 2 else { return nil }
    var baseEnd: Int
    if ends(s, at: end, "自治县") || ends(s, at: end, "自治旗") {
      baseEnd = end - 3
      while baseEnd >= 2, s[baseEnd - 1] == "族", let len = ethnicLength(s, end: baseEnd - 1) {
        baseEnd -= len + 1
      }
    } else if s[end - 1] == "旗" {
      // Banners: 科尔沁左翼中旗, 巴林左旗, 鄂托克前旗.
      baseEnd = end - 1
      if let wing = bannerWings.first(where: { ends(s, at: baseEnd, $0) }) {
        baseEnd -= wing.unicodeScalars.count
      }
    } else if districtSuffixes.contains(s[end - 1]) {
      // Whole-name districts directly after a city: 阳泉市郊区, 晋城市城区.
      for whole in ["郊区", "矿区", "城区"] where ends(s, at: end, whole) {
        if !gazetteer.placesEnding(in: s, at: end - 2).isEmpty || (mode == .whole && end == 2) {
          return (end - 2, whole)
        }
      }
      baseEnd = end - 1
    } else {
      return nil
    }
    guard baseEnd >= 1 else { return nil }
    // The run of characters that may belong to the base name.
    var run = 0
    var i = baseEnd - 1
    let cap = mode == .whole ? baseEnd : 10
    while i >= 0, run < cap {
      let ch = s[i]
      guard isCJK(ch), !hardStops.contains(ch) else { break }
      if mode == .running, softStops.contains(ch), run >= 2 { break }
      run += 1
      i -= 1
    }
    // Drop a leading time word or connective: 昨日石景山区 → 石景山区.
    if run >= 3 {
      let a = baseEnd - run
      if leadingWords.contains(String(scalars: s[a..<(a + 2)])) { run -= 2 }
    }
    guard run >= 1 else { return nil }
    var k: Int?
    for len in 1...run where !gazetteer.placesEnding(in: s, at: baseEnd - len).isEmpty {
      k = len  // anchored on a gazetteer name: 北京市|海淀区, 江西省|南昌县
      break
    }
    if k == nil {
      // Not anchored: 全市 / 本区 / 辖区 are not names, nor is a lone 新区 / 城区.
      if determiners.contains(s[baseEnd - 1]) { return nil }
      if mode == .whole {
        k = run
      } else if let named = gazetteer.placesEnding(in: s, at: baseEnd).first(where: { $0.length <= run }) {
        k = named.length  // 南昌县, 乌鲁木齐县
      } else if let county = Counties.shared.ending(in: s, at: end, lower: baseEnd - run).first(where: { hit in
        hit.length > end - baseEnd
          && hit.counties.contains { $0.fullName.unicodeScalars.elementsEqual(s[(end - hit.length)..<end]) }
      }) {
        k = county.length - (end - baseEnd)  // 江城区, 揭西县: a real division's full name
      } else {
        k = run <= 3 ? run : 2
      }
      if k == 1, singleBaseBlacklist.contains(s[baseEnd - 1]) { return nil }
    }
    guard let len = k else { return nil }
    let start = baseEnd - len
    return (start, String(scalars: s[start..<end]))
  }

  /// Length of an ethnic group name (without 族) ending at `end`, longest first.
  static func ethnicLength(_ s: [Unicode.Scalar], end: Int) -> Int? {
    var best: Int?
    for e in ethnicGroups where ends(s, at: end, e) {
      let n = e.unicodeScalars.count
      if n > (best ?? 0) { best = n }
    }
    return best
  }

  /// An ordinal 第一 … 第十 (or a bare numeral when `requireDi` is false) ending at `end`.
  static func ordinal(_ s: [Unicode.Scalar], end: Int, requireDi: Bool) -> (String, Int)? {
    guard end >= 1, end <= s.count, numerals.contains(s[end - 1]) else { return nil }
    let numeral = String(Character(s[end - 1]))
    if end >= 2, s[end - 2] == "第" { return ("第" + numeral, end - 2) }
    return requireDi ? nil : ("第" + numeral, end - 1)
  }

  /// A special-court keyword ending at `end`.
  static func specialKeyword(_ s: [Unicode.Scalar], end: Int) -> (String, Int)? {
    for kw in specialKeywords where ends(s, at: end, kw) {
      return (kw, end - kw.unicodeScalars.count)
    }
    return nil
  }

  /// Whether `s[..<end]` ends with `lit`.
  static func ends(_ s: [Unicode.Scalar], at end: Int, _ lit: String) -> Bool {
    var i = end
    for u in lit.unicodeScalars.reversed() {
      i -= 1
      guard i >= 0, i < s.count, s[i] == u else { return false }
    }
    return true
  }

  static func isCJK(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
    default: return false
    }
  }


  static let specialKeywords = ["知识产权", "铁路运输", "互联网", "海事", "军事", "金融", "林区", "农垦", "垦区"]
  /// Keywords that only name a court with an infix: 林区中级法院, 农垦中级法院.
  static let infixOnlySpecials: Set<String> = ["林区", "农垦", "垦区"]
  /// Special courts named with the full province name: 吉林省林区中级法院, 黑龙江省农垦中级法院.
  static let fullNameSpecials: Set<String> = ["林区", "农垦", "垦区"]
  /// Tokens allowed before special-court keywords, in addition to gazetteer names.
  static let specialQualifiers = [
    "中国人民解放军", "东部战区", "南部战区", "西部战区", "北部战区", "中部战区", "战略支援部队", "联勤保障部队",
    "火箭军", "海军", "空军", "陆军", "武警部队", "总直属队", "北京军区", "沈阳军区", "济南军区", "南京军区",
    "广州军区", "成都军区", "兰州军区", "自由贸易港", "成渝",
  ]
  static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
  static let districtSuffixes: Set<Unicode.Scalar> = ["区", "县", "旗", "市"]
  /// Never part of a place name: the run of a district name stops here.
  static let hardStops: Set<Unicode.Scalar> = Set("由经被在对把据的了是诉称其该并时让给跟而或也就还又已则及与各向".unicodeScalars)
  /// Often a preceding word, but also the first character of some place names (和平区, 于都县, 都匀市):
  /// ends the run only when at least two base characters are already taken.
  static let softStops: Set<Unicode.Scalar> = Set("和于将为至到以等同交往赴按依请原前从当本都即曾年月日号".unicodeScalars)
  /// Single characters that do not form a district name with 区/县/市 on their own (全市, 市区, 社区, 新区…).
  static let singleBaseBlacklist: Set<Unicode.Scalar> = Set("全各本该此其我两每市社辖城郊矿新老原前小大地校园港片街灾外省县区上下中东西南北一二三四五六七八九十多几".unicodeScalars)
  /// Prefecture-level cities with no county-level divisions, whose basic courts are named after the city.
  static let citiesWithoutDistricts: Set<String> = ["东莞市", "中山市", "儋州市", "嘉峪关市"]
  /// Left-wing / right-wing / front / middle / rear banner endings, without 旗.
  static let bannerWings = ["左翼前", "左翼中", "左翼后", "右翼前", "右翼中", "右翼后", "左", "右", "前", "中", "后"]
  /// Characters that, right before 市/区/县, mean "this/every/the whole" rather than a name.
  static let determiners: Set<Unicode.Scalar> = Set("全各本该此其我两每辖社".unicodeScalars)
  /// Two-character time words and connectives that often precede a court name.
  static let leadingWords: Set<String> = [
    "今天", "昨天", "今日", "昨日", "今年", "去年", "日前", "近日", "此前", "随后", "目前", "当天", "其中", "最近",
    "同时", "此后", "后来", "当时", "此外", "另外", "之后", "以后", "据悉", "已经", "正在", "最终", "最后", "然后",
    "上午", "下午", "晚上", "当日", "次日", "今晨", "日内", "本月", "上月", "年初", "年底", "月初", "月底",
  ]
  static let ethnicGroups = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
    "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
    "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各",
  ]

  // MARK: English matching

  struct Tok {
    /// Lowercased text; apostrophes normalised to ', possessive 's removed.
    var lower: String
    var start: Int
    var end: Int
    var isWord: Bool
    var capitalized: Bool
  }

  static func tokenize(_ s: [Unicode.Scalar], from: Int, to: Int) -> [Tok] {
    var toks: [Tok] = []
    var i = from
    func isWordScalar(_ u: Unicode.Scalar) -> Bool {
      u.properties.isAlphabetic || ("0"..."9").contains(u)
    }
    while i < to {
      let u = s[i]
      if isWordScalar(u) {
        let start = i
        var text = ""
        while i < to {
          let c = s[i]
          if isWordScalar(c) {
            text.unicodeScalars.append(c)
            i += 1
          } else if (c == "'" || c == "\u{2019}" || c == "-"), i + 1 < to, isWordScalar(s[i + 1]), !text.isEmpty {
            text.unicodeScalars.append(c == "-" ? "-" : "'")
            i += 1
          } else {
            break
          }
        }
        var lower = text.lowercased()
        if lower.hasSuffix("'s"), lower != "people's" { lower.removeLast(2) }
        let cap = u.properties.isUppercase || ("0"..."9").contains(u)
        toks.append(Tok(lower: lower, start: start, end: i, isWord: true, capitalized: cap))
      } else if u.properties.isWhitespace {
        i += 1
      } else {
        toks.append(Tok(lower: String(Character(u)), start: i, end: i + 1, isWord: false, capitalized: false))
        i += 1
      }
    }
    return toks
  }

  static let englishSpecials: [([String], String)] = [
    (["intellectual", "property"], "知识产权"), (["railway", "transport"], "铁路运输"),
    (["railway", "transportation"], "铁路运输"), (["maritime"], "海事"), (["military"], "军事"),
    (["internet"], "互联网"), (["financial"], "金融"),
  ]
  static let englishOrdinals: [String: String] = [
    "first": "第一", "second": "第二", "third": "第三", "fourth": "第四", "fifth": "第五", "sixth": "第六",
    "1st": "第一", "2nd": "第二", "3rd": "第三", "4th": "第四", "5th": "第五", "6th": "第六",
    "1": "第一", "2": "第二", "3": "第三", "4": "第四", "5": "第五", "6": "第六",
  ]

  static let englishDigitOrdinals: Set<String> = ["1", "2", "3", "4", "5", "6"]

  static func isPlaceWord(_ t: Tok) -> Bool {
    guard t.isWord else { return false }
    if Gazetteer.designators[Gazetteer.normalizeEnglish(t.lower)] != nil { return true }
    if Gazetteer.ethnicAdjectives.contains(t.lower), t.lower != "and" { return true }
    return t.capitalized && !["the", "a", "an", "on", "in", "of", "at", "by"].contains(t.lower)
  }

  /// Resolves the longest run of place words ending at `last` (inclusive), leftwards.
  static func placeBefore(_ toks: [Tok], last: Int) -> (start: Int, places: [Gazetteer.Place], rest: Int)? {
    var first = last + 1
    while first - 1 >= 0, last - (first - 1) < 6, isPlaceWord(toks[first - 1]) { first -= 1 }
    guard first <= last else { return nil }
    for k in first...last {
      let phrase = toks[k...last].map(\.lower).joined(separator: " ")
      let places = gazetteer.places(en: phrase)
      if !places.isEmpty { return (k, places, first) }
    }
    return nil
  }

  /// Resolves the longest run of place words starting at `first`, rightwards.
  /// Words describing a place before its kind: "the eastern Chinese city of Suzhou", "the northern coastal
  /// province of Hebei".
  static let placeDescriptors: Set<String> = [
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
    "north", "south", "east", "west", "chinese", "coastal", "inland", "industrial", "port", "border", "mountainous", "remote",
  ]
  static let placeKinds: Set<String> = ["city", "province", "county", "district", "region", "municipality", "prefecture"]

  static func placeAfter(_ toks: [Tok], first: Int) -> (end: Int, places: [Gazetteer.Place])? {
    var i = first
    if i < toks.count, toks[i].lower == "the" { i += 1 }
    // "the eastern Chinese city of Suzhou": the place is after "<descriptors> <kind> of"
    var j = i
    while j < toks.count, j - i < 4, placeDescriptors.contains(toks[j].lower) { j += 1 }
    if j + 1 < toks.count, placeKinds.contains(toks[j].lower), toks[j + 1].lower == "of" { i = j + 2 }
    var last = i - 1
    while last + 1 < toks.count, last + 1 - i < 6, isPlaceWord(toks[last + 1]) { last += 1 }
    guard last >= i else { return nil }
    var m = last
    while m >= i {
      let phrase = toks[i...m].map(\.lower).joined(separator: " ")
      let places = gazetteer.places(en: phrase)
      if !places.isEmpty { return (m, places) }
      m -= 1
    }
    return nil
  }

  static func matchEnglish(_ toks: [Tok], court t: Int) -> (range: Range<Int>, court: CourtName)? {
    var b = t - 1
    guard b >= 0, toks[b].isWord else { return nil }
    enum EnLevel { case supreme, high, intermediate, special(String) }
    var level: EnLevel
    if ["people's", "peoples", "people"].contains(toks[b].lower) {
      b -= 1
      guard b >= 0 else { return nil }
      switch toks[b].lower {
      case "supreme": level = .supreme
      case "high", "higher": level = .high
      case "intermediate": level = .intermediate
      default: return nil
      }
    } else if case let (words, zh)? = englishSpecials.first(where: { spec in
      let n = spec.0.count
      guard b - n + 1 >= 0 else { return false }
      return toks[(b - n + 1)...b].map(\.lower) == spec.0
    }) {
      level = .special(zh)
      b -= words.count - 1
    } else {
      return nil
    }
    var start = toks[b].start
    var end = toks[t].end
    if case .supreme = level {
      return (start..<end, CourtName(nameZh: "最高人民法院", level: CourtName.Level.supreme))
    }
    // Ordinal before the level word: "No. 1", "No.1", "No 1", "First", "1st".
    var ordinal: String?
    var left = b - 1
    if left >= 0 {
      let w = toks[left].lower
      if let o = englishOrdinals[w], !englishDigitOrdinals.contains(w) {
        ordinal = o
        left -= 1
      } else if let o = englishOrdinals[w] {
        var n = left - 1
        if n >= 0, toks[n].lower == "." { n -= 1 }
        if n >= 0, toks[n].lower == "no" {
          ordinal = o
          left = n - 1
        }
      }
    }
    if ordinal != nil { start = toks[left + 1].start }
    // Places before the court ("Nanchang", "Jiangxi Provincial", "Hefei Municipal") and after
    // ("of Nanchang City, Jiangxi Province", "in Anhui Province").
    var phrases: [[Gazetteer.Place]] = []
    if left >= 0, let pb = placeBefore(toks, last: left) {
      phrases.append(pb.places)
      start = toks[pb.start].start
      if pb.start - 1 >= pb.rest, let outer = placeBefore(toks, last: pb.start - 1), outer.start >= pb.rest,
         outer.places.contains(where: { if case .province = $0 { return true } else { return false } }) {
        phrases.insert(outer.places, at: 0)
        start = toks[outer.start].start
      }
    }
    var militaryPLA = false
    if case .special("军事") = level, phrases.isEmpty, left >= 0, toks[left].lower == "pla" {
      start = toks[left].start
      militaryPLA = true
    }
    var k = t + 1
    let citiesBefore = phrases.flatMap { $0.compactMap { p -> Gazetteer.City? in if case .city(let x) = p { return x } else { return nil } } }
    if k + 1 < toks.count, toks[k].lower == ",", !citiesBefore.isEmpty, let pa = placeAfter(toks, first: k + 1),
       pa.places.contains(where: { place in
         if case .province(let p) = place { return citiesBefore.contains { $0.province == p.fullName } }
         return false
       }) {
      // "Taizhou Intermediate People's Court, Zhejiang": a trailing province that fits the city.
      phrases.append(pa.places.filter { if case .province = $0 { return true } else { return false } })
      end = toks[pa.end].end
    } else if k + 1 < toks.count, toks[k].lower == "of" || toks[k].lower == "in" {
      if case .special("军事") = level, toks.count > k + 2, toks[k + 1].lower == "the", toks[k + 2].lower == "pla" {
        militaryPLA = true
        end = toks[k + 2].end
      } else if let pa = placeAfter(toks, first: k + 1) {
        phrases.append(pa.places)
        end = toks[pa.end].end
        k = pa.end + 1
        // ", Jiangxi Province" / "in Anhui Province"
        if k + 1 < toks.count, toks[k].lower == "," || toks[k].lower == "in", let pb = placeAfter(toks, first: k + 1),
           pb.places.contains(where: { if case .province = $0 { return true } else { return false } }) {
          phrases.append(pb.places)
          end = toks[pb.end].end
        }
      }
    }
    // Resolve the phrases into a province and a city.
    let provincePhrases = phrases.map { $0.compactMap { p -> Gazetteer.Province? in if case .province(let x) = p { return x } else { return nil } } }
    let cityPhrases = phrases.map { $0.compactMap { p -> Gazetteer.City? in if case .city(let x) = p { return x } else { return nil } } }
    let wantCity: Bool
    switch level {
    case .intermediate: wantCity = ordinal == nil
    case .special: wantCity = true
    default: wantCity = false
    }
    var city: Gazetteer.City?
    var province: Gazetteer.Province?
    // A phrase that is only a province constrains the city ("Suzhou …, Jiangsu Province").
    let onlyProvinces = phrases.indices.filter { cityPhrases[$0].isEmpty && !provincePhrases[$0].isEmpty }
    let constraint = onlyProvinces.first.flatMap { provincePhrases[$0].first }
    if wantCity {
      for i in phrases.indices where !cityPhrases[i].isEmpty {
        // Prefer the province reading of 吉林/海南 only when a city is not wanted.
        var cands = cityPhrases[i]
        if let c = constraint { cands = cands.filter { $0.province == c.fullName } }
        if cands.count == 1 { city = cands.first; break }
      }
    }
    if let c = city {
      province = gazetteer.province(of: c)
      if let con = constraint, con.fullName != c.province { return nil }
    } else {
      province = constraint ?? provincePhrases.first(where: { !$0.isEmpty })?.first
    }
    let court: CourtName
    switch level {
    case .supreme:
      return nil
    case .high:
      guard let p = province else { return nil }
      court = CourtName(nameZh: p.fullName + "高级人民法院", level: CourtName.Level.high, province: p.fullName)
    case .intermediate:
      if let c = city, let p = province {
        court = CourtName(nameZh: p.fullName + c.fullName + (ordinal ?? "") + "中级人民法院",
                          level: CourtName.Level.intermediate, province: p.fullName, city: c.fullName)
      } else if let p = province, let o = ordinal {
        court = CourtName(nameZh: p.fullName + o + "中级人民法院", level: CourtName.Level.intermediate, province: p.fullName)
      } else {
        return nil
      }
    case .special(let zh):
      let place = city?.shortName ?? province?.shortName ?? ""
      let name = (zh == "军事" && militaryPLA ? "中国人民解放军" : "") + place + zh + "法院"
      court = CourtName(nameZh: name, level: CourtName.Level.special, province: province?.fullName, city: city?.fullName)
    }
    return (start..<end, court)
  }
}
