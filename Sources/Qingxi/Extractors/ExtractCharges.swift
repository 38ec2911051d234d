/// Finds criminal charges (罪名) in Chinese and English and names each by its statutory Chinese name.
///
/// Chinese: at each 罪, the longest crime name of `ChargeNames` ending there (受贿罪, 间谍罪,
/// 侵犯公民个人信息罪 …). The 为境外…罪 forms that name only the act committed (为境外非法提供国家秘密罪,
/// 为境外非法提供情报罪) are art. 111's single crime, 为境外窃取、刺探、收买、非法提供国家秘密、情报罪, which is
/// the `name_zh`; the entity text stays as written. A name not in the table counts only in a charge
/// context — 犯/以/因/涉嫌/构成 + 2–20 Han characters + 罪 (`犯非法出售公民信息罪`) — and is its own
/// `name_zh`; 犯罪, 有罪, 认罪, 定罪 and the like are words, not charges.
///
/// English: a crime name from the table right after a crime context ("for the crime of", "convicted
/// of", "charged with", "guilty of" …), inside quotes or not; the entity is the name without the quotes
/// or the closing punctuation:
///
///     for the crime of "illegally providing intelligence abroad."  →  illegally providing intelligence abroad
///       {name_zh: 为境外窃取、刺探、收买、非法提供国家秘密、情报罪}
public struct ExtractCharges: UnitExtractor {
  public static let name = "extract-charges"
  public static let summary = "find criminal charges (罪名, and English renderings after \"crime of\") with their statutory Chinese name"

  public init(options: StageOptions) {}

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    let s = unit.scalars
    let r = unit.range
    var out: [EntityCandidate] = []
    var found: [(range: Range<Int>, name: String)] = []
    var hasLatin = false
    for j in r {
      let c = s[j]
      if c == "罪", let m = Self.chinese(s, j, r) {
        // A longer name ending later may contain an earlier match (…犯罪活动罪): keep the longer.
        while let last = found.last, last.range.lowerBound >= m.range.lowerBound { found.removeLast() }
        if let last = found.last, last.range.upperBound > m.range.lowerBound { continue }
        found.append(m)
      } else if !hasLatin, CharClass.isASCIILetter(c) {
        hasLatin = true
      }
    }
    Self.bareNames(s, r, &found)
    if hasLatin { Self.english(s, r, &found) }
    for f in found { out.append(EntityCandidate(f.range, .charge(ChargeValue(nameZh: f.name)))) }
    return out
  }

  // MARK: Chinese

  /// The crime name ending with the 罪 at `j`.
  static func chinese(_ s: [Unicode.Scalar], _ j: Int, _ r: Range<Int>) -> (range: Range<Int>, name: String)? {
    let end = j + 1
    var best: (range: Range<Int>, name: String)?
    for (n, len) in ChargeNames.lengths.enumerated() where len <= end - r.lowerBound {
      guard ChargeNames.firstsByLength[n].contains(s[end - len].value) else { continue }
      if let name = ChargeNames.canonical[ReferenceScan.string(s, (end - len)..<end)] {
        best = ((end - len)..<end, name)
        break
      }
    }
    if let (start, name) = ChargeNames.article111(s, end: end, start: r.lowerBound),
       best.map({ start < $0.range.lowerBound }) ?? true {
      best = (start..<end, name)
    }
    if best == nil, let start = contextName(s, j, r) {
      best = (start..<end, ReferenceScan.string(s, start..<end))
    }
    return best
  }

  /// Characters right before 罪 that make it a word, not a charge: 犯罪, 有罪, 无罪, 认罪, 定罪, 数罪 …
  static let wordBeforeZui: Set<Unicode.Scalar> = Set("犯有无认定获治脱赎谢问论死重轻原怪得请悔数此该本两三各一二何".unicodeScalars)
  /// Characters never inside a crime name; met while reading back from 罪 they end the search.
  static let notInName: Set<Unicode.Scalar> = Set("的了被在和与及是将其等有说把对从向这那罪之么何哪".unicodeScalars)

  /// The start of an unknown crime name ending at the 罪 at `j`, when a charge marker precedes it:
  /// 犯 / 以 / 因 / 涉嫌 / 构成 + 2–20 Han characters (、 allowed) + 罪.
  static func contextName(_ s: [Unicode.Scalar], _ j: Int, _ r: Range<Int>) -> Int? {
    guard j > r.lowerBound, !wordBeforeZui.contains(s[j - 1]) else { return nil }
    var k = j - 1
    var han = 0
    while k >= r.lowerBound, han <= 20 {
      let c = s[k]
      if c == "犯" || c == "以" || c == "因" { return han >= 2 ? k + 1 : nil }
      if (c == "嫌" || c == "成"), k > r.lowerBound, s[k - 1] == (c == "嫌" ? "涉" : "构") { return han >= 2 ? k + 1 : nil }
      if c == "、" {
        k -= 1
        continue
      }
      guard CharClass.isHan(c), !notInName.contains(c) else { return nil }
      han += 1
      k -= 1
    }
    return nil
  }

  // MARK: Names without 罪

  /// Charge words a bare crime name follows (因为盗窃、故意伤害、贩卖毒品先后被判, 涉嫌走私毒品, 又贩卖海洛因).
  static let bareMarkers = ["因为", "因涉嫌", "涉嫌", "犯有", "因", "又", "均因", "先后因"].map(Literal.scalars)

  /// Crime names written without 罪: after a charge word, as a 、-list (因为盗窃、故意伤害、贩卖毒品), or as
  /// the name of a case (非法捕捞水产品案, 走私毒品案, 贩毒案件, 受贿一案). Abbreviations (贩毒) count too.
  static func bareNames(_ s: [Unicode.Scalar], _ r: Range<Int>, _ found: inout [(range: Range<Int>, name: String)]) {
    var extra: [(range: Range<Int>, name: String)] = []
    func add(_ m: (range: Range<Int>, name: String)) {
      guard !found.contains(where: { $0.range.overlaps(m.range) }), !extra.contains(where: { $0.range.overlaps(m.range) }) else { return }
      extra.append(m)
    }
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      if c == "案" {
        // …案, …一案, …案件: the longest bare name ending there
        var end = i
        if end > r.lowerBound, s[end - 1] == "一" { end -= 1 }
        // the case name starts at a boundary (…审理的走私毒品案), not inside a noun (毒品走私案)
        if let m = bareEnding(s, end, r), m.range.lowerBound == r.lowerBound || !CharClass.isHan(s[m.range.lowerBound - 1])
          || Self.beforeCaseName.contains(s[m.range.lowerBound - 1]) {
          add(m)
        }
      } else if c == "因" || c == "涉" || c == "犯" || c == "又" || c == "均" || c == "先",
        let mk = PenaltyScan.first(s, i, limit: r.upperBound, bareMarkers) {
        var k = mk.end
        while let m = bareStarting(s, k, r) {
          add(m)
          k = m.range.upperBound
          guard k < r.upperBound, s[k] == "、" || s[k] == "和" || s[k] == "及" else { break }
          k += 1
        }
        i = mk.end
        continue
      }
      i += 1
    }
    guard !extra.isEmpty else { return }
    found += extra
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// Characters a case name may follow (的, 对, 起, 宗, 审理 …).
  static let beforeCaseName: Set<Unicode.Scalar> = Set("的对起宗件批名等理结涉因犯将".unicodeScalars)
  /// Characters that may follow a bare crime name (a list, punctuation, 被判, 案, 罪 …).
  static let afterBareName: Set<Unicode.Scalar> = Set("、，,。；;被案和及等先遭获而一后".unicodeScalars)

  /// The longest bare name starting at `k` that ends at a word boundary (a 、, punctuation, 被, 案 …).
  static func bareStarting(_ s: [Unicode.Scalar], _ k: Int, _ r: Range<Int>) -> (range: Range<Int>, name: String)? {
    guard k < r.upperBound, ChargeNames.bareFirsts.contains(s[k].value) else { return nil }
    for (n, len) in ChargeNames.bareLengths.enumerated() where k + len <= r.upperBound {
      guard ChargeNames.bareLastsByLength[n].contains(s[k + len - 1].value) else { continue }
      guard let name = ChargeNames.bare[ReferenceScan.string(s, k..<(k + len))] else { continue }
      let e = k + len
      if e < r.upperBound, s[e] == "罪" { return nil }  // the 罪 form is found on its own
      if e < r.upperBound, CharClass.isHan(s[e]), !afterBareName.contains(s[e]) { continue }
      return (k..<e, name)
    }
    return nil
  }

  /// The longest bare name ending at `end`.
  static func bareEnding(_ s: [Unicode.Scalar], _ end: Int, _ r: Range<Int>) -> (range: Range<Int>, name: String)? {
    guard end > r.lowerBound, ChargeNames.bareLasts.contains(s[end - 1].value) else { return nil }
    for (n, len) in ChargeNames.bareLengths.enumerated() where end - len >= r.lowerBound {
      guard ChargeNames.bareFirstsByLength[n].contains(s[end - len].value) else { continue }
      if let name = ChargeNames.bare[ReferenceScan.string(s, (end - len)..<end)] { return ((end - len)..<end, name) }
    }
    return nil
  }

  // MARK: English

  /// Words that may stand between a context and the crime name: "convicted of the crime of …".
  static let fillers = ["the", "crime", "crimes", "offence", "offense", "of"]

  static func english(_ s: [Unicode.Scalar], _ r: Range<Int>, _ found: inout [(range: Range<Int>, name: String)]) {
    ChargeNames.englishContext.forEachMatch(in: s, r) { _, ctx in
      var k = ctx.upperBound
      var names = 0
      while names < 4 {
        k = ReferenceScan.skipSpaces(s, k, end: r.upperBound)
        // Skip "the crime of" after "convicted of", and opening quotes.
        while let w = ReferenceScan.word(s, at: k, end: r.upperBound), ReferenceScan.isOneOf(s, w, fillers) {
          k = ReferenceScan.skipSpaces(s, w.upperBound, end: r.upperBound)
        }
        while k < r.upperBound, isOpeningQuote(s[k]) { k += 1 }
        guard let m = ChargeNames.english.match(in: s, at: k, start: r.lowerBound, end: r.upperBound) else { return }
        let range = k..<m.end
        if !found.contains(where: { $0.range.overlaps(range) }) { found.append((range, m.entry.payload)) }
        names += 1
        // "espionage and accepting bribes", "espionage, bribery": another name may follow.
        var n = m.end
        while n < r.upperBound, isClosingQuote(s[n]) || s[n] == "," || CharClass.isInlineSpace(s[n]) { n += 1 }
        if let w = ReferenceScan.word(s, at: n, end: r.upperBound), ReferenceScan.isOneOf(s, w, ["and", "or"]) { n = w.upperBound }
        guard n > m.end else { return }
        k = n
      }
    }
    // "bribery charges": a name followed by a charge noun needs no context before it (only in units that say
    // "charge" at all)
    guard Self.mentionsCharge(s, r) else {
      found.sort { $0.range.lowerBound < $1.range.lowerBound }
      return
    }
    ChargeNames.english.forEachMatch(in: s, r) { entry, range in
      guard !found.contains(where: { $0.range.overlaps(range) }),
        let w = LatinWords.wordsAfter(s, range.upperBound, limit: r.upperBound, count: 1).first,
        ChargeNames.englishAfter.contains(ReferenceScan.string(s, w).lowercased()) else { return }
      found.append((range, entry.payload))
    }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
  }

  static let wCharge = Array("charge".unicodeScalars)

  /// Whether the word `charge`/`charges` (any case) occurs in `r`.
  static func mentionsCharge(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    var i = r.lowerBound
    while i + 6 <= r.upperBound {
      if s[i] == "c" || s[i] == "C", CharClass.asciiLower(s[i + 1]) == "h" {
        var ok = true
        for k in 2..<6 where CharClass.asciiLower(s[i + k]) != wCharge[k] {
          ok = false
          break
        }
        if ok { return true }
      }
      i += 1
    }
    return false
  }

  static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool { CharClass.isOpeningQuote(c) }
  static func isClosingQuote(_ c: Unicode.Scalar) -> Bool { CharClass.isClosingQuote(c) }
}
