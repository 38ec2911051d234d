import QingxiNumbers

/// Finds amounts of money in Chinese and English and tells what each is: a fine, a confiscation, a
/// bribe, an illegal gain, or something else.
///
/// Anchors on currency marks only (元, 币, 镑, 美金, ¥, $, €, £, `RMB`, `USD`, `yuan`, `dollars` …), so a
/// number without a currency is never money (日均盗取超百万条, 400客服热线, 12339, 2600名, `100 people`,
/// years, percentages). Around each mark the earliest start from which `MoneyAmount.match` reads an
/// amount through the mark is taken (hedges and a currency prefix included: 人民币50万元, 超过100万元,
/// `US$510,000`, `RMB 500,000`); the entity is that amount phrase only. 元 in words (一元化, 多元, 元素)
/// is not a currency. The role comes from the words of the same clause: a role word right after the
/// amount wins (51万美元贿赂, `$1 million in bribes`), else the nearest one before it
/// (罚金/罚款/fined → fine; 没收/追缴/confiscat* → confiscation; 贿赂/受贿/行贿/bribe → bribe;
/// 非法获利/违法所得/获利/牟利/报酬/profit/gains/earning → illegal_gain), else `other`.
///
///     成某在7年间收受51万美元贿赂 → 51万美元 {amount 510000, currency USD, role bribe}
///     confiscated personal property of RMB 900,000 and fined RMB 100,000 → RMB 900,000 (confiscation),
///     RMB 100,000 (fine)
public struct ExtractMoney: UnitExtractor {
  public static let name = "extract-money"
  public static let summary = "amounts of money (罚金10万元, 51万美元, RMB 500,000) with currency and role (fine, bribe …)"

  public init(options: StageOptions) {}

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    let s = unit.scalars
    let r = unit.range
    var out: [EntityCandidate] = []
    var lastEnd = r.lowerBound
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      var anchorEnd = 0
      if CharClass.isASCIILetter(c) {
        let e = LatinWords.end(s, i, limit: r.upperBound)
        if (i == r.lowerBound || !CharClass.isASCIILetter(s[i - 1])) && Self.isCurrencyWord(s, i..<e), !Self.placeNounAfter(s, e, r) {
          anchorEnd = e
        }
        if anchorEnd == 0 {
          i = e
          continue
        }
      } else if Self.isCurrencyScalar(s, i, r) {
        anchorEnd = i + 1
      } else if c == "罚", i >= lastEnd, let m = Self.bareFine(s, i, r) {
        // 罚金10万, 罚款5000: a fine without a currency word is in yuan
        out.append(EntityCandidate(m.range, .money(MoneyValue(m.money, role: .fine))))
        lastEnd = m.range.upperBound
        i = lastEnd
        continue
      }
      if anchorEnd > 0, i >= lastEnd, let m = amount(s, anchor: i, r, lower: lastEnd) {
        let role = Self.role(s, m.range, r)
        out.append(EntityCandidate(m.range, .money(MoneyValue(m.money, role: role))))
        lastEnd = m.range.upperBound
        i = max(i + 1, lastEnd)
        continue
      }
      i = max(i + 1, anchorEnd)
    }
    return out
  }

  // MARK: Anchors

  /// The last scalar of every non-English currency word `MoneyAmount` reads (元, 币, 镑, 郎 of 瑞士法郎, 拉 of
  /// 奈拉, 块, 铢 …) and every symbol (¥ $ € £ ₩ ₹ ₽ ₡ ₾ ₭ …): where an amount may end. An anchor only
  /// counts when `MoneyAmount` reads a figure through it, so 拉 or 特 in words cost a look and no more.
  static let anchorScalars: Set<UInt32> = {
    var set = Set<UInt32>()
    for w in MoneyAmount.suffixTable where !w.english {
      if let l = w.scalars.last { set.insert(l.value) }
      if w.symbol { for c in w.scalars { set.insert(c.value) } }
    }
    for p in MoneyAmount.prefixTable where p.latin {
      for c in p.scalars where !CharClass.isASCIILetter(c) && c != " " && c != "." { set.insert(c.value) }
    }
    return set
  }()

  /// `anchorScalars` of the Basic Multilingual Plane as bits: one load per scalar.
  static let anchorBits: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1024)
    for v in anchorScalars where v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
    return bits
  }()

  static func isCurrencyScalar(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Bool {
    let c = s[i]
    let v = c.value
    if v < 0x10000 {
      guard anchorBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 else { return false }
    } else if !anchorScalars.contains(v) {
      return false
    }
    switch c {
    case "金": return i > r.lowerBound && s[i - 1] == "美"
    case "块", "塊":
      // 十块三毛, 几十万块, 十几块钱; 三块手表 counts pieces
      guard i + 1 < r.upperBound else { return true }
      let n = s[i + 1]
      return !ScriptClass.isHan(n) || "钱錢毛角".unicodeScalars.contains(n) || PenaltyScan.isNumeralScalar(n)
    default: return true
    }
  }

  /// The words of every English currency name and code `MoneyAmount` reads (dollars, pounds, francs, lira,
  /// kuai, rmb, usd, musd …), lower-cased; written in any case (`3 million Yuan` is money).
  static let currencyWords: Set<String> = {
    var set = Set<String>()
    for w in MoneyAmount.suffixTable where w.english {
      for part in w.word.split(separator: " ") where part.allSatisfy(\.isLetter) { set.insert(String(part)) }
    }
    for p in MoneyAmount.prefixTable where p.latin {
      var letters = ""
      for c in p.scalars where CharClass.isASCIILetter(c) { letters.unicodeScalars.append(c) }
      if letters.count >= 2 { set.insert(letters.lowercased()) }
    }
    return set
  }()

  static let placeNouns = ["county", "city", "district", "province", "village", "town", "township", "road", "street",
                           "dynasty", "river", "mountain", "lake"].map(Literal.scalars)

  /// A place noun right after a currency-like word: `1989 Yuan county` is a year and a place, not money.
  static func placeNounAfter(_ s: [Unicode.Scalar], _ e: Int, _ r: Range<Int>) -> Bool {
    guard let w = LatinWords.wordsAfter(s, e, limit: r.upperBound, count: 1).first else { return false }
    return placeNouns.contains { LatinWords.equals(s, w, $0) }
  }

  /// `currencyWords` as lower-case scalar values, by length (a word is compared without building a string).
  static let currencyWordsByLength: [[[UInt32]]] = {
    var out = [[[UInt32]]](repeating: [], count: 12)
    for w in currencyWords {
      let v = w.unicodeScalars.map(\.value)
      if v.count < out.count { out[v.count].append(v) }
    }
    return out
  }()

  /// A currency code or name, in any case.
  static func isCurrencyWord(_ s: [Unicode.Scalar], _ w: Range<Int>) -> Bool {
    guard w.count >= 2, w.count < currencyWordsByLength.count else { return false }
    let first = CharClass.asciiLowerValue(s[w.lowerBound])
    outer: for cand in currencyWordsByLength[w.count] where cand[0] == first {
      var k = 1
      for i in (w.lowerBound + 1)..<w.upperBound {
        if CharClass.asciiLowerValue(s[i]) != cand[k] { continue outer }
        k += 1
      }
      return true
    }
    return false
  }

  // MARK: Amount

  /// 罚金/罚款 followed right away by a figure with no currency word (并处罚金10万, 罚款5000): the
  /// amount in CNY. Only when nothing but punctuation or a conjunction follows, so 罚款3次 is a count.
  static func bareFine(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (money: MoneyAmount, range: Range<Int>)? {
    guard i + 2 < r.upperBound, s[i + 1] == "金" || s[i + 1] == "款" else { return nil }
    let k = PenaltyScan.skipSpaces(s, i + 2, limit: r.upperBound)
    guard PenaltyScan.startsNumeral(s, k, lower: r.lowerBound), MoneyAmount.match(in: s, from: k) == nil,
      let m = MoneyAmount.match(in: s, from: k, defaultCurrency: "CNY"), m.end <= r.upperBound else { return nil }
    if m.end < r.upperBound {
      let next = s[m.end]
      if ScriptClass.isHan(next) && !"的并和及".unicodeScalars.contains(next) { return nil }
      if CharClass.isASCIILetter(next) || ChineseNumber.isArabicDigit(next) || next == "%" || next == "％" { return nil }
    }
    return (m.money, k..<m.end)
  }

  // Han scalars that name a currency before 元/币 (美元, 港币, 人民币, 新加坡元 …): skipped when looking
  // back for the figure.
  static let currencyQualifiers = Set("美港欧歐日韩韓澳加新台英泰人民门門坡拿大利亚西兰纽盾".unicodeScalars)
  // After 元 these make a word (一元化, 多元论, 三元组, 元旦), not money.
  static let yuanWordTails = Set("化素论组件旦宵首帅老气里复次朝代曲".unicodeScalars)
  static let magnitudeWords = ["thousand", "million", "billion", "trillion", "hundred", "mn", "bn", "m", "b", "k",
                                "quarter", "quarters", "half", "a"]
    .map(Literal.scalars)

  /// The amount of money through the currency mark at `anchor`: the earliest start in a short window
  /// before it that `MoneyAmount.match` reads through the mark, with the longest reach.
  func amount(_ s: [Unicode.Scalar], anchor a: Int, _ r: Range<Int>, lower: Int)
    -> (money: MoneyAmount, range: Range<Int>)? {
    // look back over currency qualifiers, then over the figure
    var b = a
    var skipped = 0
    while b > lower, skipped < 5, Self.currencyQualifiers.contains(s[b - 1]) {
      b -= 1
      skipped += 1
    }
    let floor = max(lower, a - 48)
    while b > floor {
      let c = s[b - 1]
      if PenaltyScan.isNumeralScalar(c) || ChineseNumber.isInlineSpace(c) || c == "," || c == "." {
        b -= 1
      } else if CharClass.isASCIILetter(c) {
        var w = b - 1
        while w > floor, CharClass.isASCIILetter(s[w - 1]) { w -= 1 }
        let isNumberWord = Self.magnitudeWords.contains { LatinWords.equals(s, w..<b, $0) }
          || EnglishNumberWords.match(s, w).map { $0.end == b } ?? false
        guard isNumberWord else { break }
        b = w
      } else {
        break
      }
    }
    var best: (money: MoneyAmount, range: Range<Int>)?
    var p = max(lower, b - 14)
    while p <= a {
      if isCandidateStart(s, p, lower: lower), let m = MoneyAmount.match(in: s, from: p), m.end > a,
        m.end <= r.upperBound, best.map({ m.end > $0.range.upperBound }) ?? true {
        var end = m.end
        while end > p, ChineseNumber.isInlineSpace(s[end - 1]) { end -= 1 }
        best = (m.money, p..<end)
      }
      p += 1
    }
    guard let found = best else { return nil }
    // 一元化, 多元论: 元 inside a word
    let last = found.range.upperBound - 1
    if s[last] == "元", found.range.upperBound < r.upperBound, Self.yuanWordTails.contains(s[found.range.upperBound]) {
      return nil
    }
    return found
  }

  /// First scalars of the currency prefixes and hedge words `MoneyAmount` reads before a figure
  /// (人民币, 美元, 约, 超过, 近 …): the only Han scalars, besides numerals, an amount may start with.
  static let prefixStarts: Set<Unicode.Scalar> = {
    var set = Set<Unicode.Scalar>()
    for p in MoneyAmount.prefixTable { if let f = p.scalars.first { set.insert(f) } }
    for list in [MoneyAmount.atLeastPrefixes, MoneyAmount.atMostPrefixes, MoneyAmount.aboutPrefixes] {
      for w in list { if let f = w.first { set.insert(f) } }
    }
    return set
  }()

  /// Where an amount may start: a number not continuing another, a word start, a currency symbol, or a
  /// Han scalar (a currency or hedge word: 人民币, 约, 超过).
  func isCandidateStart(_ s: [Unicode.Scalar], _ p: Int, lower: Int) -> Bool {
    let c = s[p]
    if ChineseNumber.isArabicDigit(c) { return PenaltyScan.startsNumeral(s, p, lower: lower) }
    if CharClass.isASCIILetter(c) { return p == lower || !CharClass.isASCIILetter(s[p - 1]) }
    if ScriptClass.isHan(c) {
      if PenaltyScan.isNumeralScalar(c) { return !(p > lower && PenaltyScan.isNumeralScalar(s[p - 1])) }
      return Self.prefixStarts.contains(c)
    }
    return !CharClass.isASCIILetter(c) && Self.anchorScalars.contains(c.value) && !ScriptClass.isHan(c)
  }

  // MARK: Role

  static let zhCues: [(String, MoneyValue.Role)] = [
    ("罚金", .fine), ("罚款", .fine), ("罚没", .fine),
    ("没收", .confiscation), ("追缴", .confiscation), ("收缴", .confiscation),
    ("贿赂", .bribe), ("受贿", .bribe), ("行贿", .bribe), ("索贿", .bribe), ("贿款", .bribe), ("好处费", .bribe),
    ("回扣", .bribe),
    ("非法获利", .illegalGain), ("非法牟利", .illegalGain), ("违法所得", .illegalGain), ("非法所得", .illegalGain),
    ("获利", .illegalGain), ("牟利", .illegalGain), ("报酬", .illegalGain), ("非法收入", .illegalGain),
    ("赃款", .illegalGain),
  ]
  static let zhTable = PhraseMatcher(zhCues.map(\.0))
  static let enCues: [(word: [Unicode.Scalar], role: MoneyValue.Role, prefix: Bool)] = [
    ("fine", .fine, false), ("fined", .fine, false), ("fines", .fine, false), ("fining", .fine, false),
    ("confiscat", .confiscation, true), ("forfeit", .confiscation, true),
    ("brib", .bribe, true), ("kickback", .bribe, true),
    ("profit", .illegalGain, true), ("gain", .illegalGain, false), ("gains", .illegalGain, false),
    ("earning", .illegalGain, true), ("earned", .illegalGain, false), ("proceeds", .illegalGain, false),
    ("remuneration", .illegalGain, false), ("illicit", .illegalGain, false),
  ].map { (cue: (String, MoneyValue.Role, Bool)) in (Literal.scalars(cue.0), cue.1, cue.2) }
  static let linkWords = ["in", "of", "as"].map(Literal.scalars)

  static func enRole(_ s: [Unicode.Scalar], _ w: Range<Int>) -> MoneyValue.Role? {
    for cue in enCues where cue.prefix ? LatinWords.hasPrefix(s, w, cue.word) : LatinWords.equals(s, w, cue.word) {
      return cue.role
    }
    return nil
  }

  /// The role of the amount at `range` from the words of its clause.
  static func role(_ s: [Unicode.Scalar], _ range: Range<Int>, _ r: Range<Int>) -> MoneyValue.Role {
    // right after: 51万美元贿赂, 5万元的罚款, "$1 million in bribes", "a $500 fine"
    var k = range.upperBound
    if k < r.upperBound, s[k] == "的" { k += 1 }
    k = PenaltyScan.skipSpaces(s, k, limit: r.upperBound)
    if let m = zhTable.match(in: s, at: k, end: r.upperBound) { return zhCues[m.index].1 }
    let after = LatinWords.wordsAfter(s, range.upperBound, limit: PenaltyScan.clauseEnd(s, range.upperBound, limit: r.upperBound), count: 2)
    if let w = after.first, range.upperBound < r.upperBound, s[range.upperBound] == " " {
      if let role = enRole(s, w) { return role }
      if after.count == 2, linkWords.contains(where: { LatinWords.equals(s, w, $0) }), let role = enRole(s, after[1]) {
        return role
      }
    }
    // the nearest role word before it in the clause
    let lower = PenaltyScan.clauseStart(s, range.lowerBound, lower: r.lowerBound, maxBack: 120)
    var j = range.lowerBound - 1
    while j >= lower {
      let c = s[j]
      if CharClass.isASCIILetter(c) {
        var w = j
        while w > lower, CharClass.isASCIILetter(s[w - 1]) { w -= 1 }
        if let role = enRole(s, w..<j + 1) { return role }
        j = w - 1
        continue
      }
      if c.value >= 0x80, zhTable.mayStart(c), let m = zhTable.match(in: s, at: j, end: range.lowerBound) {
        return zhCues[m.index].1
      }
      j -= 1
    }
    return .other
  }
}
