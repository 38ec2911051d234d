// MoneyAmount.swift — pure normalizer for amounts of money in Chinese and English news text.
//
// Conventions (documented once, here):
// * `currency` is an ISO 4217 code. 元/圆/块 and 人民币/RMB/￥ are CNY; a more specific currency written
//   next to a generic 元 wins (港币两千九百六十元 → HKD, 三万元欧元 → EUR); a bare `$` is USD; `¥`/`￥`
//   is CNY (Chinese news convention). A string without any currency marker is not money (`400`,
//   `超百万条` → nil) unless the caller passes `defaultCurrency` (e.g. when the context is 罚金).
// * Approximations follow JioNLP's conventions where its tests define them:
//   - trailing 多/余/几 (100多万, 100余万, 十几万): `amount` = the written figure, `min` = the figure,
//     `max` = the figure plus one unit of its last written place (100多万 → 1 000 000 … 2 000 000,
//     3000多 → 3000 … 4000, 十几 → 10 … 20);
//   - leading 几/数 (几十万, 数千万): no figure is written, so `amount` = nil, `min`/`max` = one to ten
//     of the unit (数千万 → 10 000 000 … 100 000 000);
//   - adjacent digits (三五百, 八九亿): `amount` = nil, `min`/`max` = the two readings;
//   - explicit ranges (1万-5万元, 两到三万港元, 八到九百亿): `amount` = nil; an abbreviated lower end
//     takes the upper end's last unit when that keeps it below the upper end (两到三万 → 2万–3万, but
//     从8500到3万 stays 8500–30000);
//   - "at least" words (超过, 超, 逾, 至少, 不少于, 以上, 多于 …): `min` = figure;
//     "at most" words (近, 将近, 不到, 不足, 少于, 小于, 以下, 以内 …): `max` = figure;
//     "about" words (约, 大约, 左右, 上下, 许 …): only `approximate` = true.
// * Cheque style (壹拾壹元整, 玖仟陆佰陆拾伍圆壹角捌分), 角/毛/分 minor units after 元/块, 美分 after
//   美元, and colloquial 三块五 (= 3.5) are read. English: `$ 75 million`, `US$510,000`,
//   `HK$1.2 billion`, `RMB 500,000`, `€300`, `500,000 yuan`, `five million yen`, `3 dollars 50 cents`.
// * Not money: a bare number, a currency name without an amount, non-ISO units (比特币, francs of
//   unspecified country, pence/cents on their own).

/// An amount of money with an ISO 4217 currency, possibly approximate or a range.
public struct MoneyAmount: Sendable, Hashable, Codable {
  /// The written figure in currency units; `nil` for ranges and vague amounts (数千万, 1万-5万).
  public var amount: Double?
  /// ISO 4217 currency code (`CNY`, `USD`, `HKD`, …).
  public var currency: String
  /// `true` when the text hedges the figure (约, 近, 超过, 多, 余, 几, ranges …).
  public var approximate: Bool
  /// Lower bound, when the text gives one.
  public var min: Double?
  /// Upper bound, when the text gives one.
  public var max: Double?

  /// Creates a money amount.
  public init(amount: Double?, currency: String, approximate: Bool = false, min: Double? = nil,
        max: Double? = nil) {
    self.amount = amount
    self.currency = currency
    self.approximate = approximate
    self.min = min
    self.max = max
  }

  /// Parses a whole string as one amount of money.
  ///
  /// ```
  /// parse("10万元")      → 100000 CNY
  /// parse("51万美元")    → 510000 USD
  /// parse("数千万元")    → approximate, min 1e7, max 1e8, amount nil
  /// parse("US$510,000") → 510000 USD
  /// parse("400")        → nil (no currency)
  /// ```
  /// - Parameter defaultCurrency: ISO code assumed when the string carries no currency marker
  ///   (JioNLP assumes CNY); `nil` (the default) means such strings are not money.
  public static func parse(_ s: String, defaultCurrency: String? = nil) -> MoneyAmount? {
    let scalars = ChineseNumber.trimmed(Array(s.unicodeScalars))
    guard !scalars.isEmpty,
       let m = scan(scalars, 0, whole: true, defaultCurrency: defaultCurrency),
       m.end == scalars.count else { return nil }
    return m.money
  }

  /// Finds the longest amount of money that starts exactly at `i` (hedge words and a currency prefix
  /// such as 人民币/US$ included) and returns it with the offset one past it.
  ///
  /// Used by extractors on running text: `罚金10万元，` scanned from the `1` gives 100000 CNY with `end`
  /// at `，`.
  public static func match(in scalars: [Unicode.Scalar], from i: Int,
               defaultCurrency: String? = nil) -> (money: MoneyAmount, end: Int)? {
    guard i >= 0, i < scalars.count else { return nil }
    return scan(scalars, i, whole: false, defaultCurrency: defaultCurrency)
  }
}

// MARK: - Implementation

extension MoneyAmount {
  /// One figure with its own currency words: `1万元`, `5万`, `$ 75 million`, `123元1角1分`.
  struct Part {
    var lo: Double
    var hi: Double?
    var definite: Bool
    var fuzzy: Bool
    var trailingMultiplier: Double?
    var currency: String?
    var generic: Bool
    var end: Int
    var englishMajor: Bool
  }

  struct Hedge {
    var atLeast = false
    var atMost = false
    var about = false
    var any: Bool { atLeast || atMost || about }
  }

  static func scan(_ s: [Unicode.Scalar], _ start: Int, whole: Bool,
           defaultCurrency: String?) -> (money: MoneyAmount, end: Int)? {
    var i = start
    var hedge = Hedge()
    i = prefixHedges(s, i, &hedge)
    var prefixCode: String?
    var prefixMultiplier: Double?
    var latinPrefix = false
    if let p = prefixCurrency(s, i) {
      prefixCode = p.code
      prefixMultiplier = p.multiplier
      latinPrefix = p.latin
      i = ChineseNumber.skipSpaces(s, p.end)
      i = prefixHedges(s, i, &hedge)
    }
    if i < s.count, s[i] == "从", i + 1 < s.count, startsNumber(s, i + 1) { i += 1 }
    guard let low = part(s, i, whole: whole, multiplier: prefixMultiplier, hasPrefix: prefixCode != nil,
               latinPrefix: latinPrefix)
    else { return nil }
    var end = low.end
    var lo = low.lo
    var hi = low.hi
    var isRange = false
    var currencyWords: [String] = []
    var generic = low.generic
    if let c = low.currency { currencyWords.append(c) }

    if let hiStart = rangeSeparator(s, low.end),
      let high = part(s, hiStart, whole: whole, multiplier: prefixMultiplier, hasPrefix: prefixCode != nil,
              latinPrefix: latinPrefix),
      high.currency != nil || high.generic || low.currency == nil {
      var l = low.lo
      if low.currency == nil, !low.generic, let t = high.trailingMultiplier,
        (low.trailingMultiplier ?? 0) < t, l * t <= high.lo {
        l *= t // 两到三万 → 2万, 八到九百亿 → 8亿
      }
      lo = l
      hi = high.hi ?? high.lo
      isRange = true
      end = high.end
      generic = generic || high.generic
      if let c = high.currency { currencyWords.append(c) }
    }

    // currency resolution
    var suffixSpecific: String?
    for c in currencyWords {
      if let prev = suffixSpecific, prev != c { return nil }
      suffixSpecific = c
    }
    let currency: String
    if let sfx = suffixSpecific {
      if let p = prefixCode, p != sfx {
        return nil // 欧元1.1美元: the prefix belongs to something else
      }
      currency = sfx
    } else if let p = prefixCode {
      currency = p
    } else if generic {
      currency = "CNY"
    } else if let d = defaultCurrency {
      currency = d
    } else {
      return nil
    }

    end = suffixHedges(s, end, &hedge)

    var money = MoneyAmount(amount: lo, currency: currency)
    if isRange {
      money.amount = nil
      money.min = lo
      money.max = hi
      money.approximate = true
    } else if low.fuzzy {
      money.amount = low.definite ? lo : nil
      money.min = lo
      money.max = hi
      money.approximate = true
    }
    if hedge.any { money.approximate = true }
    if hedge.atLeast && money.min == nil { money.min = lo }
    if hedge.atMost && money.max == nil { money.max = isRange ? hi : lo }
    // A figure too large for a Double (400 digits, 一万万万…元) is not an amount of money.
    guard lo.isFinite, hi?.isFinite ?? true else { return nil }
    return (money, end)
  }

  static func startsNumber(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i < s.count else { return false }
    return ChineseNumber.isArabicDigit(s[i])
      || ChineseNumber.matchNumeral(in: s, from: i, options: [.latinMultipliers]) != nil
  }

  // MARK: Parts

  static func part(_ s: [Unicode.Scalar], _ i: Int, whole: Bool, multiplier: Double?, hasPrefix: Bool,
           latinPrefix: Bool) -> Part? {
    guard i < s.count else { return nil }
    var opts: ChineseNumber.Options = [.latinMultipliers]
    if whole { opts.insert(.fullwidthGrouping) }
    var lo: Double
    var hi: Double?
    var definite = true
    var fuzzy = false
    var trailing: Double?
    var j: Int
    var englishNumber = false
    if let n = ChineseNumber.matchNumeral(in: s, from: i, options: opts), !n.isDigitSequence || n.end - i <= 1 {
      lo = n.value
      hi = n.upperBound
      definite = n.hasDefiniteFigure
      fuzzy = n.isApproximate
      trailing = n.trailingMultiplier
      j = n.end
    } else if let n = EnglishNumberWords.match(s, i) {
      lo = n.value
      j = n.end
      englishNumber = true
    } else {
      return nil
    }
    if let m = multiplier {
      lo *= m
      hi = hi.map { $0 * m }
    }
    // English magnitude: "5 million", "$1.2bn"
    if let mag = englishMagnitude(s, j) {
      lo *= mag.value
      hi = hi.map { $0 * mag.value }
      trailing = mag.value
      j = mag.end
    }
    var currency: String?
    var generic = false
    var englishMajor = false
    var currencyWord = ""
    var k = ChineseNumber.skipSpaces(s, j)
    if k == j, k < s.count, s[k] == "-", englishNumber || !ChineseNumber.isArabicDigit(s[k - 1]) {
      k += 1 // "one-yen"
    }
    if let c = suffixCurrency(s, k), !(hasPrefix && c.symbol) {
      currency = c.code
      generic = c.generic
      englishMajor = c.english || c.symbol
      currencyWord = c.word
      if let m = c.multiplier {
        lo *= m
        hi = hi.map { $0 * m }
      }
      j = c.end
      // "75 USD million"
      if c.english, let mag = englishMagnitude(s, j) {
        lo *= mag.value
        hi = hi.map { $0 * mag.value }
        j = mag.end
      }
      if c.word == "块" && !kuaiIsMoney(s, j) { return nil }
      // second currency word after a generic one: 元人民币, 元欧元, 元日币
      if generic, let second = suffixCurrency(s, j), !second.generic, !second.english {
        currency = second.code
        generic = false
        j = second.end
      }
    }
    // minor units
    if let cur = currency ?? (generic ? "CNY" : nil), lo == lo.rounded(.down) {
      if let minor = minorUnits(s, j, currency: cur, generic: generic || currency == "CNY") {
        lo += minor.value
        j = minor.end
      } else if isKuai(currencyWord), let mao = pinyinMinor(s, j) {
        lo += mao.value
        j = mao.end
      } else if englishMajor, let cents = englishCents(s, j) {
        lo += cents.value
        j = cents.end
      }
    } else if currency == nil && !generic && latinPrefix && lo == lo.rounded(.down) && hi == nil {
      if let cents = englishCents(s, j) {
        lo += cents.value
        j = cents.end
      }
    } else if currency == nil && !generic && !hasPrefix {
      // 五毛钱, 三角钱: minor units alone need 钱
      if let minor = minorOnly(s, j, value: lo) {
        return Part(lo: minor.value, hi: nil, definite: true, fuzzy: false, trailingMultiplier: nil,
              currency: nil, generic: true, end: minor.end, englishMajor: false)
      }
    }
    if currency != nil || generic {
      j = chequeSuffix(s, j)
    }
    return Part(lo: lo, hi: hi, definite: definite, fuzzy: fuzzy, trailingMultiplier: trailing,
          currency: generic ? nil : currency, generic: generic, end: j, englishMajor: englishMajor)
  }

  /// 块 is also a measure word (三块石头, 一块蛋糕): it is money only when followed by 钱, a minor unit,
  /// a hedge, a digit (三块五), or anything that is not a CJK ideograph.
  static func kuaiIsMoney(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
    guard j < s.count else { return true }
    let c = s[j]
    guard isIdeograph(c) else { return true }
    switch c {
    case "钱", "錢", "左", "上", "以", "多", "余", "之", "及", "至", "到": return true
    default: return ChineseNumber.chineseDigit(c) != nil
    }
  }

  static func isIdeograph(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x4E00 && c.value <= 0x9FFF) || (c.value >= 0x3400 && c.value <= 0x4DBF)
      || (c.value >= 0xF900 && c.value <= 0xFAFF)
  }

  /// 角/毛/分 after 元/块 (and 美分 after 美元 …): `123元1角1分`, `十块三毛`, `三块五`, `元零五分`.
  static func minorUnits(_ s: [Unicode.Scalar], _ start: Int, currency: String,
              generic: Bool) -> (value: Double, end: Int)? {
    var j = start
    var value = 0.0
    var found = false
    if generic {
      if j < s.count, s[j] == "零" { j += 1 }
      if let (d, e) = singleDigit(s, j), e < s.count, s[e] == "角" || s[e] == "毛" {
        value += Double(d) / 10
        j = e + 1
        found = true
        if let (d2, e2) = singleDigit(s, j), e2 < s.count, s[e2] == "分" {
          value += Double(d2) / 100
          j = e2 + 1
        } else if let (d2, e2) = singleDigit(s, j), start > 0, s[start - 1] == "块" || s[start - 1] == "毛",
             e2 >= s.count || !isIdeograph(s[e2]) {
          value += Double(d2) / 100
          j = e2
        }
      } else if let (d, e) = singleDigit(s, j), e < s.count, s[e] == "分" {
        value += Double(d) / 100
        j = e + 1
        found = true
      } else if start > 0, s[start - 1] == "块", j == start, let (d, e) = singleDigit(s, j),
           e >= s.count || !(isIdeograph(s[e]) && s[e] != "钱") {
        // 三块五 = 3.5
        value += Double(d) / 10
        j = e
        found = true
      }
    } else {
      let minorWords: [(String, String)] = [("美分", "USD"), ("日本銭", "JPY"), ("日本钱", "JPY"),
                         ("欧分", "EUR"), ("便士", "GBP"), ("仙", "HKD")]
      var k = j
      if k < s.count, s[k] == "又" || s[k] == "和" || s[k] == "零" { k += 1 }
      if let n = ChineseNumber.matchNumeral(in: s, from: k, options: []), n.value < 100,
        n.upperBound == nil {
        for (w, code) in minorWords where code == currency {
          let ws = Array(w.unicodeScalars)
          if hasPrefix(s, n.end, ws) {
            value = n.value / 100
            j = n.end + ws.count
            found = true
            break
          }
        }
      }
    }
    guard found else { return nil }
    if j < s.count, s[j] == "钱" || s[j] == "錢" { j += 1 }
    return (value, j)
  }

  private static func isKuai(_ word: String) -> Bool { word == "kuai" }

  /// Pinyin minor units after `kuai`: `one kuai and five mao five` = 1.55.
  static func pinyinMinor(_ s: [Unicode.Scalar], _ start: Int) -> (value: Double, end: Int)? {
    var j = ChineseNumber.skipSpaces(s, start)
    if let (w, e) = EnglishNumberWords.word(s, j), w == "and" { j = ChineseNumber.skipSpaces(s, e) }
    guard let n = EnglishNumberWords.match(s, j) ?? arabicInteger(s, j), n.value < 10 else { return nil }
    let k = ChineseNumber.skipSpaces(s, n.end)
    guard let (unit, ue) = EnglishNumberWords.word(s, k) else { return nil }
    var value: Double
    switch unit {
    case "mao", "jiao": value = n.value / 10
    case "fen": return (n.value / 100, ue)
    default: return nil
    }
    var end = ue
    let m = ChineseNumber.skipSpaces(s, ue)
    if let f = EnglishNumberWords.match(s, m) ?? arabicInteger(s, m), f.value < 10 {
      let after = ChineseNumber.skipSpaces(s, f.end)
      if let (w, e) = EnglishNumberWords.word(s, after), w == "fen" {
        value += f.value / 100
        end = e
      } else if EnglishNumberWords.word(s, after) == nil || after == f.end {
        value += f.value / 100 // "five mao five"
        end = f.end
      }
    }
    return (value, end)
  }

  static func arabicInteger(_ s: [Unicode.Scalar], _ j: Int) -> (value: Double, end: Int)? {
    guard j < s.count, ChineseNumber.isArabicDigit(s[j]), let a = ChineseNumber.lexArabic(s, j, []),
       !a.hasFraction else { return nil }
    return (a.value, a.end)
  }

  /// `五毛钱`, `三角钱`, `五分钱` (a minor unit alone is money only with 钱).
  static func minorOnly(_ s: [Unicode.Scalar], _ j: Int, value: Double) -> (value: Double, end: Int)? {
    guard j + 1 < s.count, value < 100, s[j + 1] == "钱" || s[j + 1] == "錢" else { return nil }
    switch s[j] {
    case "角", "毛": return (value / 10, j + 2)
    case "分": return (value / 100, j + 2)
    default: return nil
    }
  }

  static func singleDigit(_ s: [Unicode.Scalar], _ j: Int) -> (Int, Int)? {
    guard j < s.count else { return nil }
    if let d = ChineseNumber.arabicDigitValue(s[j]) {
      if j + 1 < s.count, ChineseNumber.isArabicDigit(s[j + 1]) { return nil }
      return (Int(d), j + 1)
    }
    if let (d, kind) = ChineseNumber.chineseDigit(s[j]), kind != .yao { return (d, j + 1) }
    return nil
  }

  /// `整`/`正` closing a cheque-style amount (壹拾壹元整). `正` only when no ideograph follows (正在 …).
  static func chequeSuffix(_ s: [Unicode.Scalar], _ j: Int) -> Int {
    guard j < s.count else { return j }
    if s[j] == "整" { return j + 1 }
    if s[j] == "正", j + 1 >= s.count || !isIdeograph(s[j + 1]) { return j + 1 }
    return j
  }

  /// English cents after a major unit: `3 dollars 50 cents`, `thirteen dollars and forty-five cents`,
  /// `15 dollars 50`, `17 USD 25` — a number below 100 that is not itself followed by a currency.
  static func englishCents(_ s: [Unicode.Scalar], _ start: Int) -> (value: Double, end: Int)? {
    var j = ChineseNumber.skipSpaces(s, start)
    guard j > start else { return nil }
    if let (w, e) = EnglishNumberWords.word(s, j), w == "and" { j = ChineseNumber.skipSpaces(s, e) }
    var n: (value: Double, end: Int)?
    if j < s.count, ChineseNumber.isArabicDigit(s[j]), let a = ChineseNumber.lexArabic(s, j, []),
      !a.hasFraction {
      n = (a.value, a.end)
    } else if let w = EnglishNumberWords.match(s, j) {
      n = w
    }
    guard let num = n, num.value < 100, num.value >= 0 else { return nil }
    if num.end < s.count, ChineseNumber.isASCIILetter(s[num.end]) { return nil } // "11a"
    var end = num.end
    let k = ChineseNumber.skipSpaces(s, end)
    if let (w, e) = EnglishNumberWords.word(s, k), w == "cents" || w == "cent" {
      end = e
    } else {
      if suffixCurrency(s, k) != nil || englishMagnitude(s, num.end) != nil { return nil }
      if let (w, _) = EnglishNumberWords.word(s, k), ["is", "are", "of", "times", "time"].contains(w) {
        return nil
      }
      if k < s.count, s[k] == "%" || s[k] == "$" { return nil }
    }
    return (num.value / 100, end)
  }

  // MARK: Hedges and ranges

  package static let atLeastPrefixes = words(["超过", "超出", "多于", "高于", "大于", "不少于", "不低于", "至少", "起码", "最少",
                    "最低", "逾", "超", "more than", "over", "at least", "above"])
  package static let atMostPrefixes = words(["不到", "不足", "少于", "低于", "小于", "未满", "最多", "至多", "不超过", "不高于",
                    "最高", "将近", "接近", "近", "less than", "under", "up to", "nearly",
                    "almost", "at most"])
  package static let aboutPrefixes = words(["大约", "约合", "大概", "大致", "约", "approximately", "about", "around",
                   "roughly", "some"])
  static let atLeastSuffixes = words(["及以上", "以上", "之上", "起", "or more"])
  static let atMostSuffixes = words(["及以下", "以下", "之下", "以内", "之内"])
  static let aboutSuffixes = words(["左右", "上下", "许"])

  package static func words(_ list: [String]) -> [[Unicode.Scalar]] {
    list.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  }

  static func prefixHedges(_ s: [Unicode.Scalar], _ start: Int, _ h: inout Hedge) -> Int {
    var i = start
    for _ in 0..<2 {
      if let e = longestWord(s, i, atLeastPrefixes) {
        h.atLeast = true
        i = ChineseNumber.skipSpaces(s, e)
      } else if let e = longestWord(s, i, atMostPrefixes) {
        h.atMost = true
        i = ChineseNumber.skipSpaces(s, e)
      } else if let e = longestWord(s, i, aboutPrefixes) {
        h.about = true
        i = ChineseNumber.skipSpaces(s, e)
      } else {
        break
      }
    }
    return i
  }

  static func suffixHedges(_ s: [Unicode.Scalar], _ start: Int, _ h: inout Hedge) -> Int {
    var i = ChineseNumber.skipSpaces(s, start)
    if let e = inclusiveMark(s, i) { i = e }
    if let e = longestWord(s, i, atLeastSuffixes) {
      h.atLeast = true
      return e
    }
    if let e = longestWord(s, i, atMostSuffixes) {
      h.atMost = true
      return e
    }
    if let e = longestWord(s, i, aboutSuffixes) {
      h.about = true
      return e
    }
    return start
  }

  /// `(含)` / `（含）` after a bound.
  static func inclusiveMark(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    guard i + 2 < s.count, s[i] == "(" || s[i] == "（", s[i + 1] == "含",
       s[i + 2] == ")" || s[i + 2] == "）" else { return nil }
    return i + 3
  }

  /// `-`, `--`, `—`, `——`, `~`, `～`, `至`, `到` between the two ends of a range; returns the start of
  /// the upper end.
  package static func rangeSeparator(_ s: [Unicode.Scalar], _ start: Int) -> Int? {
    var i = ChineseNumber.skipSpaces(s, start)
    if let e = inclusiveMark(s, i) { i = ChineseNumber.skipSpaces(s, e) }
    guard i < s.count else { return nil }
    switch s[i] {
    case "至", "到", "~", "～", "〜":
      i += 1
    case "-", "－", "—", "–", "―":
      while i < s.count, s[i] == "-" || s[i] == "－" || s[i] == "—" || s[i] == "–" || s[i] == "―" { i += 1 }
    default:
      return nil
    }
    i = ChineseNumber.skipSpaces(s, i)
    guard startsNumber(s, i) else { return nil }
    return i
  }

  // MARK: Currency words

  package struct CurrencyWord {
    package var scalars: [Unicode.Scalar]
    package var word: String
    package var code: String
    package var generic: Bool
    package var english: Bool
    package var symbol: Bool
    package var multiplier: Double?
    /// Offset one past the word, set by ``suffixCurrency(_:_:)``.
    var end = 0
  }

  /// Words and symbols that may follow a number.
  package static let suffixTable: [CurrencyWord] = {
    var t: [CurrencyWord] = []
    func add(_ words: [String], _ code: String, generic: Bool = false) {
      for w in words {
        let sc = Array(w.unicodeScalars)
        let english = sc.allSatisfy { $0.isASCII }
        t.append(CurrencyWord(scalars: sc, word: w, code: code, generic: generic,
                   english: english && ChineseNumber.isASCIILetter(sc[0]),
                   symbol: !english && !isIdeograph(sc[0]) || (english && !ChineseNumber.isASCIILetter(sc[0])),
                   multiplier: nil))
      }
    }
    add(["元", "圆", "圓", "块钱", "块", "塊錢", "塊", "元钱"], "CNY", generic: true)
    add(["人民币", "人民幣", "rmb", "cny", "yuan", "renminbi", "chinese yuan", "kuai"], "CNY")
    add(["美元", "美金", "美圆", "美圓", "美刀", "usd", "us dollars", "us dollar", "u.s. dollars",
       "u.s. dollar", "united states dollars", "american dollars", "dollars", "dollar", "$", "＄"], "USD")
    add(["港元", "港币", "港幣", "港圆", "港紙", "hkd", "hong kong dollars", "hong kong dollar",
       "hk dollars"], "HKD")
    add(["欧元", "歐元", "eur", "euros", "euro", "€"], "EUR")
    add(["日元", "日圆", "日圓", "日币", "日幣", "円", "jpy", "yen"], "JPY")
    add(["英镑", "英鎊", "gbp", "pounds sterling", "pounds", "pound", "sterling", "£"], "GBP")
    add(["新台币", "新台幣", "台币", "台幣", "twd", "new taiwan dollars", "taiwan dollars"], "TWD")
    add(["澳门元", "澳門元", "澳门币", "澳門幣", "澳币元", "葡币", "mop", "patacas"], "MOP")
    add(["澳元", "澳币", "澳幣", "澳大利亚元", "aud", "australian dollars", "australian dollar"], "AUD")
    add(["加元", "加币", "加幣", "加拿大元", "cad", "canadian dollars", "canadian dollar"], "CAD")
    add(["新加坡元", "新元", "新币", "新幣", "sgd", "singapore dollars"], "SGD")
    add(["新西兰元", "纽元", "紐元", "nzd", "new zealand dollars"], "NZD")
    add(["韩元", "韓元", "韩币", "韓幣", "krw", "won"], "KRW")
    add(["泰铢", "泰銖", "thb", "baht"], "THB")
    add(["卢布", "盧布", "俄罗斯卢布", "rub", "rubles", "roubles"], "RUB")
    add(["瑞士法郎", "瑞郎", "chf", "swiss francs", "swiss franc"], "CHF")
    add(["印度卢比", "卢比", "inr", "₹"], "INR")
    add(["奈拉", "尼日利亚奈拉", "ngn", "naira"], "NGN")
    add(["林吉特", "马币", "馬幣", "myr", "ringgit"], "MYR")
    add(["菲律宾比索", "php"], "PHP")
    add(["墨西哥比索", "mxn"], "MXN")
    add(["越南盾", "vnd", "dong"], "VND")
    add(["印尼盾", "idr", "rupiah"], "IDR")
    add(["土耳其里拉", "try", "turkish lira"], "TRY")
    add(["兰特", "南非兰特", "zar", "rand"], "ZAR")
    add(["瑞典克朗", "sek"], "SEK")
    add(["挪威克朗", "nok"], "NOK")
    add(["丹麦克朗", "dkk"], "DKK")
    add(["迪拉姆", "aed", "dirhams"], "AED")
    add(["雷亚尔", "brl", "reais"], "BRL")
    add(["₩"], "KRW")
    add(["₽"], "RUB")
    add(["₡"], "CRC")
    add(["₾"], "GEL")
    add(["₭"], "LAK")
    add(["ரூ"], "LKR")
    add(["￥", "¥"], "CNY")
    for code in ["usd", "eur", "gbp", "aud", "cad", "jpy", "cny", "hkd"] {
      let up = code.uppercased()
      let w = "m" + code
      t.append(CurrencyWord(scalars: Array(w.unicodeScalars), word: w, code: up, generic: false, english: true,
                 symbol: false, multiplier: 1e6))
    }
    return t.sorted { $0.scalars.count > $1.scalars.count }
  }()

  package struct PrefixWord {
    package var scalars: [Unicode.Scalar]
    package var code: String
    /// Ends with a letter: needs a non-letter after it.
    package var endsWithLetter: Bool
    /// Latin code or symbol (`USD`, `$`, `HK$`): English cents may follow the amount.
    package var latin: Bool
    package var multiplier: Double?
  }

  /// Currency words and symbols that may precede a number, with the ISO code.
  package static let prefixTable: [PrefixWord] = {
    var t: [PrefixWord] = []
    func add(_ words: [String], _ code: String, multiplier: Double? = nil) {
      for w in words {
        let sc = Array(w.unicodeScalars)
        let last = sc[sc.count - 1]
        t.append(PrefixWord(scalars: sc, code: code, endsWithLetter: ChineseNumber.isASCIILetter(last),
                  latin: !isIdeograph(sc[0]), multiplier: multiplier))
      }
    }
    add(["人民币", "人民幣", "rmb", "cny", "￥", "¥"], "CNY")
    add(["美元", "美金", "usd", "us$", "u.s.$", "u.s. $", "u.s $", "us $", "usd$", "usd $", "$", "＄"], "USD")
    add(["港币", "港幣", "港元", "hkd", "hk$", "hk $", "hkd$"], "HKD")
    add(["欧元", "歐元", "eur", "€"], "EUR")
    add(["日元", "jpy", "円"], "JPY")
    add(["英镑", "英鎊", "gbp", "£"], "GBP")
    add(["新台币", "新台幣", "台币", "台幣", "twd", "nt$", "nt $"], "TWD")
    add(["澳门币", "澳門幣", "mop$", "mop"], "MOP")
    add(["澳元", "aud", "a$", "au$", "aud$", "aud $"], "AUD")
    add(["加元", "cad", "c$", "c $", "ca$", "cad$", "cad $"], "CAD")
    add(["sgd", "s$"], "SGD")
    add(["nzd", "nz$", "nzd$", "nzd $"], "NZD")
    add(["mex$", "mx$", "mxn$", "mxn $", "mxn"], "MXN")
    add(["chf"], "CHF")
    add(["₩"], "KRW")
    add(["₹"], "INR")
    add(["₽"], "RUB")
    for code in ["usd", "eur", "gbp", "aud", "cad", "jpy", "cny", "hkd"] {
      add(["m" + code], code.uppercased(), multiplier: 1e6) // MUSD 60 = 60 million USD
    }
    return t.sorted { $0.scalars.count > $1.scalars.count }
  }()

  static func prefixCurrency(_ s: [Unicode.Scalar], _ i: Int)
    -> (code: String, end: Int, multiplier: Double?, latin: Bool)? {
    guard i < s.count else { return nil }
    for entry in prefixTable where matchesCaseInsensitive(s, i, entry.scalars) {
      let e = i + entry.scalars.count
      if entry.endsWithLetter, e < s.count, ChineseNumber.isASCIILetter(s[e]) { continue }
      // a prefix must be followed by a number (possibly after spaces)
      let k = ChineseNumber.skipSpaces(s, e)
      guard k < s.count, startsNumber(s, k) || EnglishNumberWords.match(s, k) != nil else { continue }
      return (entry.code, e, entry.multiplier, entry.latin)
    }
    return nil
  }

  static func suffixCurrency(_ s: [Unicode.Scalar], _ i: Int) -> CurrencyWord? {
    guard i < s.count else { return nil }
    for entry in suffixTable where matchesCaseInsensitive(s, i, entry.scalars) {
      let e = i + entry.scalars.count
      if entry.english, e < s.count, ChineseNumber.isASCIILetter(s[e]) { continue }
      if entry.symbol || entry.english {
        // "1 $10": a symbol glued to the next number is that number's prefix
        if e < s.count, ChineseNumber.isArabicDigit(s[e]) { continue }
      }
      var found = entry
      found.end = e
      return found
    }
    return nil
  }

  static func englishMagnitude(_ s: [Unicode.Scalar], _ j: Int) -> (value: Double, end: Int)? {
    let k = ChineseNumber.skipSpaces(s, j)
    guard let (w, e) = EnglishNumberWords.word(s, k) else { return nil }
    switch w {
    case "thousand": return (1e3, e)
    case "million", "mn", "mln": return (1e6, e)
    case "billion", "bn": return (1e9, e)
    case "trillion", "tn": return (1e12, e)
    case "m" where k == j: return (1e6, e)
    case "b" where k == j: return (1e9, e)
    case "lakh": return (1e5, e)
    case "crore": return (1e7, e)
    default: return nil
    }
  }

  package static func matchesCaseInsensitive(_ s: [Unicode.Scalar], _ i: Int, _ w: [Unicode.Scalar]) -> Bool {
    guard i + w.count <= s.count else { return false }
    for k in 0..<w.count where EnglishNumberWords.lowercase(s[i + k]) != w[k] { return false }
    return true
  }

  package static func hasPrefix(_ s: [Unicode.Scalar], _ i: Int, _ w: [Unicode.Scalar]) -> Bool {
    guard i + w.count <= s.count else { return false }
    for k in 0..<w.count where s[i + k] != w[k] { return false }
    return true
  }

  static func longestWord(_ s: [Unicode.Scalar], _ i: Int, _ list: [[Unicode.Scalar]]) -> Int? {
    for w in list where matchesCaseInsensitive(s, i, w) {
      let e = i + w.count
      if let last = w.last, ChineseNumber.isASCIILetter(last), e < s.count, ChineseNumber.isASCIILetter(s[e]) {
        continue
      }
      if ChineseNumber.isASCIILetter(w[0]) {
        return ChineseNumber.skipSpaces(s, e)
      }
      return e
    }
    return nil
  }
}
