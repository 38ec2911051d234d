/// Finds cited laws and regulations in Chinese and English, with their canonical Chinese title.
///
/// Chinese: a title in 《》 that names a law or regulation (ends in 法, 条例, 规定, 办法, 决定, 法典, 法案,
/// 细则, 解释, 规则, or is a 修正案) — newspapers, books and catalogues (《人民日报》,
/// 《中国禁止出口限制出口技术目录》) are skipped — and bare mentions of the laws in `LawNames`
/// (根据刑法第一百一十一条) where the name is not part of a longer word (国家安全法律制度 is not a law).
/// The entity is the title without the brackets; `title_zh` is the full title of a PRC law given by its
/// short name (《密码法》 → 中华人民共和国密码法), else the title itself.
///
/// English: a law title from the table, capitalised ("the Cryptography Law", "Counter-Espionage Law of
/// the People's Republic of China" → 中华人民共和国反间谍法), or any capitalised "… Law of the People's
/// Republic of China" (`title_zh` null when the title is not in the table). "the law" and "laws and
/// regulations" are not entities.
public struct ExtractLaws: UnitExtractor {
  public static let name = "extract-laws"
  public static let summary = "find cited laws (《…法》, bare PRC law names, English law titles) with their canonical Chinese title"

  public init(options: StageOptions) {}

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    let s = unit.scalars
    let r = unit.range
    var out: [EntityCandidate] = []
    var found: [(range: Range<Int>, zh: String?)] = []
    var hasLawWord = false
    /// Where a bare name may start: after the last bracketed title or name.
    var floor = r.lowerBound
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      if c == "《" {
        // A bracketed title: skipped whole whether or not it is a law, so no bare name matches inside.
        var j = i + 1
        while j < r.upperBound, j - i <= 80, s[j] != "》", s[j] != "《", s[j] != "\n" { j += 1 }
        guard j < r.upperBound, s[j] == "》" else {
          i += 1
          continue
        }
        let inner = ReferenceScan.skipSpaces(s, i + 1, end: j)..<ReferenceScan.skipSpacesBack(s, j, start: i + 1)
        if !inner.isEmpty, let zh = LawNames.titleZh(ReferenceScan.string(s, inner)) { found.append((inner, zh)) }
        i = j + 1
        floor = i
        continue
      }
      if LawNames.isBareLast(c), let range = LawNames.bareName(s, end: i + 1, floor: floor),
         Self.bareAllowed(s, range, r) {
        found.append((range, LawNames.canonical[ReferenceScan.string(s, range)]))
        floor = range.upperBound
        i += 1
        continue
      }
      // English titles all hold "Law" or "Code": only sentences with one are read for them.
      if !hasLawWord, c == "L" || c == "C", i + 2 < r.upperBound,
         (s[i + 1] == "a" && s[i + 2] == "w") || (i + 3 < r.upperBound && s[i + 1] == "o" && s[i + 2] == "d" && s[i + 3] == "e") {
        hasLawWord = true
      }
      i += 1
    }
    if hasLawWord { Self.english(s, r, &found) }
    for f in found {
      out.append(EntityCandidate(f.range, .law(LawValue(title: unit.text(in: f.range), titleZh: f.zh))))
    }
    return out
  }

  /// A bare law name must not run on into a longer word: 国家安全法律, 刑法学, 密码法规 (规定 is fine).
  static func bareAllowed(_ s: [Unicode.Scalar], _ range: Range<Int>, _ r: Range<Int>) -> Bool {
    let e = range.upperBound
    guard e < r.upperBound else { return true }
    let c = s[e]
    if c == "规" { return e + 1 < r.upperBound && s[e + 1] == "定" }
    return !LawNames.notAfterBare.contains(c)
  }

  static func english(_ s: [Unicode.Scalar], _ r: Range<Int>, _ found: inout [(range: Range<Int>, zh: String?)]) {
    var english: [(range: Range<Int>, zh: String?)] = []
    LawNames.english.forEachMatch(in: s, r) { entry, range in
      var end = range.upperBound
      let k = ReferenceScan.skipSpaces(s, end, end: r.upperBound)
      if k > end, let suffix = LawNames.englishSuffix.match(in: s, at: k, start: r.lowerBound, end: r.upperBound) { end = suffix.end }
      english.append((range.lowerBound..<end, entry.payload))
    }
    // "<Capitalised words> Law of the People's Republic of China" not in the table.
    LawNames.englishSuffix.forEachMatch(in: s, r) { _, suffix in
      guard !english.contains(where: { $0.range.upperBound == suffix.upperBound }),
            let law = ReferenceScan.wordBefore(s, suffix.lowerBound, start: r.lowerBound), ReferenceScan.equals(s, law, "law"),
            CharClass.isASCIIUpper(s[law.lowerBound]) else { return }
      var start = law.lowerBound
      var words = 0
      while words < 6 {
        var b = ReferenceScan.skipSpacesBack(s, start, start: r.lowerBound)
        if b > r.lowerBound, s[b - 1] == "-" { b -= 1 }
        guard let w = ReferenceScan.wordBefore(s, b, start: r.lowerBound), CharClass.isASCIIUpper(s[w.lowerBound]),
              !ReferenceScan.isOneOf(s, w, ["the", "a", "an", "in", "of", "under", "by", "to"]) else { break }
        start = w.lowerBound
        words += 1
      }
      if words > 0 { english.append((start..<suffix.upperBound, nil)) }
    }
    for e in english where !found.contains(where: { $0.range.overlaps(e.range) }) { found.append(e) }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
  }
}
