// ChineseNumber.swift — pure numeral normalizer for Chinese, Arabic and mixed numerals.
//
// Scope decisions (documented once, here):
// * Accepted forms: Arabic digits (ASCII and full-width) with thousands separators and decimals;
//   Chinese numerals in lower case (一二三), financial upper case (壹贰叁…拾佰仟), traditional
//   (萬億兩貳陸…), 廿/卅/卌, 〇/零, 两/俩; big units 万/亿/兆 including compounds (万亿, 万万, 千万亿);
//   mixed Arabic+Chinese (1.5万, 51万, 3千, 200亿零四千230); digit sequences (二〇二三 → 2023);
//   colloquial abbreviations (三万五 → 35000, 两千六 → 2600, 一百二 → 120); decimals with 点
//   (三点五 → 3.5, 三点五万 → 35000); the sign 负/-; fractions X分之Y and mixed numbers A又X分之Y.
// * Percent IS in scope and is returned as a fraction: 百分之五 → 0.05 (it is just the fraction
//   5/100); `parse` also accepts a trailing `%` (5% → 0.05). `match` never consumes `%`, since `%`
//   is a unit sign, not part of the numeral.
// * Fuzzy numerals (十多万, 100余万, 二十几万, 几十万, 数千万, 三五百) are accepted; `parse` and
//   `match` return their lower bound (the figure as written, or the smallest value of the range);
//   `matchNumeral` additionally reports the upper bound and approximation flags.
// * Whole-string extras accepted only by `parse` (never when scanning running text, where they are
//   ambiguous): a leading `.` (.5), exponents (2e5), slash fractions (3/5, 1 3/5), latin multiplier
//   suffixes (40k, 30w, 2.5 M), `打` (dozen) and a trailing `%`.
// * Not accepted: ordinals (第三 — the 第 is the caller's business), powers (2^5), words such as
//   一切/四川 are only rejected when the whole string is parsed; scanners return the numeral 一/四 and
//   leave word-sense decisions to the extractors.

/// Parses and scans numerals written with Chinese characters, Arabic digits, or both.
///
/// All scanning works on `[Unicode.Scalar]` with integer offsets, so extractors can call
/// ``match(in:from:)`` at any position of a pre-split scalar array without allocating.
public enum ChineseNumber {

  /// Switches that widen or narrow the accepted grammar.
  public struct Options: OptionSet, Sendable, Hashable {
    /// The raw bit mask.
    public let rawValue: Int
    /// Creates options from a raw bit mask.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Accept a leading sign: 负, 負, `-`, `−`, `－`.
    public static let sign = Options(rawValue: 1 << 0)
    /// Accept the full-width comma `，` as a thousands separator even when the number has neither a
    /// decimal part nor an ASCII comma (in running text `，` is usually a clause separator).
    public static let fullwidthGrouping = Options(rawValue: 1 << 1)
    /// Accept latin multiplier suffixes after Arabic digits: `k`/`K` = 1 000, `w`/`W` = 万.
    public static let latinMultipliers = Options(rawValue: 1 << 2)
    /// Accept fractions (三分之一, 百分之五) and mixed numbers (一又二分之一).
    public static let fractions = Options(rawValue: 1 << 3)
    /// Accept forms that are only safe for a whole string: leading `.`, exponents (2e5).
    public static let wholeString = Options(rawValue: 1 << 4)

    /// The grammar used by ``ChineseNumber/match(in:from:)`` on running text.
    public static let scan: Options = [.sign, .fractions]
    /// The grammar used by ``ChineseNumber/parse(_:)`` on a whole string.
    public static let whole: Options = [.sign, .fractions, .fullwidthGrouping, .latinMultipliers, .wholeString]
  }

  /// A numeral found by ``matchNumeral(in:from:options:)``.
  public struct Numeral: Sendable, Hashable {
    /// The value as written; for fuzzy numerals the lower bound (十多万 → 100000).
    public var value: Double
    /// The upper bound of a fuzzy numeral (十多万 → 200000, 三五百 → 500), `nil` when exact.
    public var upperBound: Double?
    /// Offset one past the last scalar of the numeral.
    public var end: Int
    /// `true` for fuzzy numerals (多, 余, 几, 数, adjacent-digit pairs such as 三五百).
    public var isApproximate: Bool
    /// `false` when no single figure is written (几十万, 数千万, 三五百): only the range is known.
    public var hasDefiniteFigure: Bool
    /// `true` for a bare digit sequence such as 二〇二三 (years, codes) rather than a quantity.
    public var isDigitSequence: Bool
    /// The multiplier of the unit character the numeral ends with (九百亿 → 1e8, 3百 → 100),
    /// `nil` when it ends with a digit. Used to complete ranges such as 两到三万 → 2万–3万.
    public var trailingMultiplier: Double?

    /// Creates a numeral value.
    public init(value: Double, upperBound: Double? = nil, end: Int, isApproximate: Bool = false,
          hasDefiniteFigure: Bool = true, isDigitSequence: Bool = false,
          trailingMultiplier: Double? = nil) {
      self.value = value
      self.upperBound = upperBound
      self.end = end
      self.isApproximate = isApproximate
      self.hasDefiniteFigure = hasDefiniteFigure
      self.isDigitSequence = isDigitSequence
      self.trailingMultiplier = trailingMultiplier
    }
  }

  // MARK: - Public API

  /// Parses a whole string as one numeral.
  ///
  /// Leading and trailing white space is ignored; anything else that is not part of the numeral makes
  /// the result `nil` (`"十一十二"`, `"零点零大"`, `"万"`, `"一切"` → `nil`).
  ///
  /// ```
  /// parse("一千二百三十四") == 1234; parse("1.5万") == 15000; parse("3，000") == 3000
  /// parse("二〇二三") == 2023; parse("百分之五") == 0.05; parse("负十一") == -11
  /// ```
  /// - Returns: the value, or the lower bound for fuzzy numerals (十多万 → 100000).
  public static func parse(_ s: String) -> Double? {
    var scalars = trimmed(Array(s.unicodeScalars))
    guard !scalars.isEmpty else { return nil }
    var scale = 1.0
    if let last = scalars.last, last == "%" || last == "％" {
      scale = 0.01
      scalars = trimmed(Array(scalars.dropLast()))
    } else if let last = scalars.last, last == "打" {
      scale = 12
      scalars = trimmed(Array(scalars.dropLast()))
    } else if scalars.count >= 2, let last = scalars.last, last == "M",
         isArabicDigit(scalars[scalars.count - 2]) || isInlineSpace(scalars[scalars.count - 2]) {
      scale = 1_000_000
      scalars = trimmed(Array(scalars.dropLast()))
    }
    guard !scalars.isEmpty else { return nil }
    if let slash = parseSlashFraction(scalars) { return finite(slash * scale) }
    guard let m = matchNumeral(in: scalars, from: 0, options: .whole), m.end == scalars.count else {
      return nil
    }
    return finite(m.value * scale)
  }

  /// `x` when it is a finite number: a numeral too large for a `Double` (a 400-digit run, 一万万万…)
  /// is not a number at all, rather than infinity.
  static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

  /// Finds the longest numeral that starts exactly at `i`.
  ///
  /// Used by extractors to scan running text. A following unit character that is not a numeral is never
  /// consumed: in `51万美元` the match is `51万` (510000) and `end` points at `美`.
  /// - Returns: the value (lower bound for fuzzy numerals) and the offset one past the numeral, or `nil`
  ///   when no numeral starts at `i`.
  public static func match(in scalars: [Unicode.Scalar], from i: Int) -> (value: Double, end: Int)? {
    guard let m = matchNumeral(in: scalars, from: i, options: .scan) else { return nil }
    return (m.value, m.end)
  }

  /// Finds the longest numeral that starts exactly at `i`, with range and approximation details.
  public static func matchNumeral(in scalars: [Unicode.Scalar], from i: Int,
                  options: Options = .scan) -> Numeral? {
    guard i >= 0, i < scalars.count, let n = expression(scalars, i, options), n.value.isFinite,
          n.upperBound?.isFinite ?? true else { return nil }
    return n
  }

  // MARK: - Expressions: sign, fractions, mixed numbers

  static func expression(_ s: [Unicode.Scalar], _ start: Int, _ opts: Options) -> Numeral? {
    var i = start
    var negative = false
    if opts.contains(.sign), i < s.count, let signEnd = signLength(s, i) {
      negative = true
      i += signEnd
    }
    var result: Numeral
    if opts.contains(.fractions), let den = bareUnitDenominator(s, i) {
      // 百分之五, 千分之三, 万分之一
      guard let num = signed(s, den.numeratorStart, opts), den.value != 0 else { return nil }
      result = Numeral(value: num.value / den.value, end: num.end)
    } else {
      guard let a = core(s, i, opts) else { return nil }
      result = a
      if opts.contains(.fractions) {
        if let numStart = fractionSeparator(s, a.end), a.value != 0, a.upperBound == nil,
          let b = signed(s, numStart, opts), b.upperBound == nil {
          result = Numeral(value: b.value / a.value, end: b.end)
        } else if a.upperBound == nil, let fracStart = mixedSeparator(s, a.end),
             let den = core(s, fracStart, opts), den.value != 0, den.upperBound == nil,
             let numStart = fractionSeparator(s, den.end),
             let b = signed(s, numStart, opts), b.upperBound == nil {
          result = Numeral(value: a.value + b.value / den.value, end: b.end)
        }
      }
    }
    if negative {
      result.value = -result.value
      result.upperBound = result.upperBound.map { -$0 }
    }
    return result
  }

  /// A numeral with its own optional sign (the numerator of a fraction: 负３分之负一百五十七).
  private static func signed(_ s: [Unicode.Scalar], _ start: Int, _ opts: Options) -> Numeral? {
    var i = start
    var negative = false
    if opts.contains(.sign), i < s.count, let n = signLength(s, i) {
      negative = true
      i += n
    }
    guard var r = core(s, i, opts) else { return nil }
    if negative { r.value = -r.value }
    return r
  }

  /// Length of a sign at `i` (负, 負, or a minus directly followed by a digit or numeral).
  private static func signLength(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    switch s[i] {
    case "负", "負":
      return 1
    case "-", "−", "－", "﹣":
      guard i + 1 < s.count else { return nil }
      let n = s[i + 1]
      if isArabicDigit(n) || n == "." || n == "．" || chineseDigit(n) != nil { return 1 }
      return nil
    default:
      return nil
    }
  }

  /// `百分之`, `千分之`, `万分之` at `i` (a bare unit used as a denominator).
  private static func bareUnitDenominator(_ s: [Unicode.Scalar], _ i: Int)
    -> (value: Double, numeratorStart: Int)? {
    guard i < s.count else { return nil }
    let value: Double
    switch s[i] {
    case "百", "佰": value = 100
    case "千", "仟": value = 1000
    case "万", "萬": value = 10_000
    default: return nil
    }
    guard let numStart = fractionSeparator(s, i + 1) else { return nil }
    return (value, numStart)
  }

  /// After a denominator: optional spaces, 分, optional spaces, 之, optional spaces; returns the index of
  /// the numerator.
  private static func fractionSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    var j = skipSpaces(s, i)
    guard j < s.count, s[j] == "分" else { return nil }
    j = skipSpaces(s, j + 1)
    guard j < s.count, s[j] == "之" else { return nil }
    j = skipSpaces(s, j + 1)
    guard j < s.count else { return nil }
    return j
  }

  /// `又` between the whole part and the fraction of a mixed number.
  private static func mixedSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    var j = skipSpaces(s, i)
    guard j < s.count, s[j] == "又" else { return nil }
    j = skipSpaces(s, j + 1)
    guard j < s.count else { return nil }
    return j
  }

  /// `3/5`, `-3/2`, `1 3/5`, `４ ６／３` (whole-string only).
  private static func parseSlashFraction(_ s: [Unicode.Scalar]) -> Double? {
    guard let slash = s.firstIndex(where: { $0 == "/" || $0 == "／" }) else { return nil }
    var i = 0
    var negative = false
    if i < s.count, s[i] == "-" || s[i] == "－" || s[i] == "−" || s[i] == "负" {
      negative = true
      i += 1
    }
    guard let first = lexArabic(s, i, []) else { return nil }
    var whole = 0.0
    var numerator = first.value
    var j = skipSpaces(s, first.end)
    if j < slash {
      // mixed number: "1 3/5"
      guard j > first.end, let second = lexArabic(s, j, []) else { return nil }
      whole = first.value
      numerator = second.value
      j = skipSpaces(s, second.end)
    }
    guard j == slash else { return nil }
    let k = skipSpaces(s, slash + 1)
    guard let den = lexArabic(s, k, []), den.end == s.count, den.value != 0 else { return nil }
    let v = whole + numerator / den.value
    return negative ? -v : v
  }

  // MARK: - Core numeral (no sign, no fraction)

  static func core(_ s: [Unicode.Scalar], _ start: Int, _ opts: Options) -> Numeral? {
    var st = State()
    var i = start
    var best: Numeral?
    var prevArabic = false
    while i < s.count {
      var j = i
      if i > start {
        while j < s.count, isInlineSpace(s[j]), j - i < 4 { j += 1 }
        if j - i > 3 { break }
      }
      let spaced = j > i
      guard let (tok, tEnd) = lex(s, j, opts, afterArabic: prevArabic && !spaced) else { break }
      if spaced && !spaceAllowed(before: tok, at: tEnd, in: s, state: st, opts) { break }
      if case .point = tok {
        if let d = decimal(s, afterPoint: tEnd, state: st, start: start) { best = d }
        break
      }
      guard st.feed(tok) else { break }
      i = tEnd
      if case .arabic = tok { prevArabic = true } else { prevArabic = false }
      if let n = st.finish(end: i) { best = n }
    }
    return best
  }

  /// Whitespace inside a numeral is tolerated before units, 点, 多/余 and Chinese digits that follow a
  /// unit (三千 九百 六十五, 7万 5千), but never between two Arabic numbers (1 234) or in digit sequences.
  private static func spaceAllowed(before tok: Token, at end: Int, in s: [Unicode.Scalar],
                   state: State, _ opts: Options) -> Bool {
    switch tok {
    case .arabic:
      guard state.lastTokenWasUnit, end < s.count,
         let (next, _) = lex(s, end, opts, afterArabic: true) else { return false }
      switch next {
      case .small, .big, .tens: return true
      default: return false
      }
    case .digit:
      return state.mode == .structured
    case .few:
      return state.mode == .structured && state.lastTokenWasUnit // 一百 二 十 几亿
    case .several, .half:
      return false
    default:
      return true
    }
  }

  /// Decimal part after a Chinese point (点/點): 三点五, 一百点123, 三点五万. Returns `nil` when the
  /// point is not a decimal point (一点两小时, 八点三十分, 零点).
  private static func decimal(_ s: [Unicode.Scalar], afterPoint p: Int, state: State, start: Int) -> Numeral? {
    guard state.canTakeDecimal, let base = state.finish(end: p), base.upperBound == nil else { return nil }
    var k = skipSpaces(s, p)
    var digits: [UInt8] = []
    if k < s.count, isArabicDigit(s[k]) {
      while k < s.count, let d = arabicDigitValue(s[k]) { digits.append(d); k += 1 }
    } else {
      while k < s.count, let (d, kind) = chineseDigit(s[k]), kind != .liang, kind != .yao {
        digits.append(UInt8(d))
        k += 1
      }
    }
    guard !digits.isEmpty else { return nil }
    let after = skipSpaces(s, k)
    if after < s.count {
      switch s[after] {
      case "十", "拾", "百", "佰", "千", "仟", "廿", "卅", "点", "點", "分":
        return nil // 八点三十分, 两点三十, 5点3分 are clock times, not decimals
      default:
        break
      }
    }
    var text = ""
    if base.value.magnitude < 9e15 && base.value == base.value.rounded() {
      text = String(Int64(base.value))
    } else {
      text = String(base.value)
      if let dot = text.firstIndex(of: ".") { text = String(text[..<dot]) }
    }
    text += "."
    for d in digits { text += String(d) }
    guard var value = Double(text) else { return nil }
    var end = k
    var trailing: Double?
    if state.maxBig == 0 {
      // 三点五万, 三点五万亿
      var j = skipSpaces(s, k)
      var product = 1.0
      while j < s.count, let b = bigUnit(s, j) {
        product *= b.value
        trailing = b.value
        end = b.end
        j = b.end
      }
      value *= product
    }
    return Numeral(value: value, end: end, trailingMultiplier: trailing)
  }

  // MARK: - Tokens

  package enum DigitKind: Sendable { case plain, liang, yao, zero }

  package struct Arabic: Sendable {
    package var value: Double
    package var end: Int
    package var integerDigits: Int
    package var trailingZeros: Int
    package var hasFraction: Bool
    package var hasExponent: Bool
  }

  enum Token: Sendable {
    case digit(Int, DigitKind)
    case arabic(Arabic)
    case small(Double)
    case tens(Double)
    case big(Double)
    case point
    case more
    case few
    case several
    case half
  }

  static func lex(_ s: [Unicode.Scalar], _ i: Int, _ opts: Options, afterArabic: Bool) -> (Token, Int)? {
    guard i < s.count else { return nil }
    let c = s[i]
    if isArabicDigit(c) || ((c == "." || c == "．") && opts.contains(.wholeString)
                && i + 1 < s.count && isArabicDigit(s[i + 1])) {
      guard let a = lexArabic(s, i, opts) else { return nil }
      return (.arabic(a), a.end)
    }
    if let (d, kind) = chineseDigit(c) { return (.digit(d, kind), i + 1) }
    switch c {
    case "十", "拾": return (.small(10), i + 1)
    case "百", "佰": return (.small(100), i + 1)
    case "千", "仟": return (.small(1000), i + 1)
    case "廿": return (.tens(20), i + 1)
    case "卅": return (.tens(30), i + 1)
    case "卌": return (.tens(40), i + 1)
    case "点", "點": return (.point, i + 1)
    case "多", "余", "餘": return (.more, i + 1)
    case "几", "幾": return (.few, i + 1)
    case "数", "數": return (.several, i + 1)
    case "半": return (.half, i + 1)
    default: break
    }
    if let b = bigUnit(s, i) { return (.big(b.value), b.end) }
    if afterArabic && opts.contains(.latinMultipliers) {
      let nextIsLetter = i + 1 < s.count && isASCIILetter(s[i + 1])
      if !nextIsLetter {
        switch c {
        case "k", "K": return (.small(1000), i + 1)
        case "w", "W": return (.big(10_000), i + 1)
        default: break
        }
      }
    }
    return nil
  }

  /// 万/萬 = 1e4, 亿/億 = 1e8, 兆 = 1e12, and the colloquial 个亿 (两个亿).
  static func bigUnit(_ s: [Unicode.Scalar], _ i: Int) -> (value: Double, end: Int)? {
    guard i < s.count else { return nil }
    switch s[i] {
    case "万", "萬": return (1e4, i + 1)
    case "亿", "億": return (1e8, i + 1)
    case "兆": return (1e12, i + 1)
    case "个", "個":
      if i + 1 < s.count, s[i + 1] == "亿" || s[i + 1] == "億" { return (1e8, i + 2) }
      return nil
    default: return nil
    }
  }

  /// Value and kind of a Chinese digit character.
  package static func chineseDigit(_ c: Unicode.Scalar) -> (Int, DigitKind)? {
    switch c {
    case "零", "〇", "○": return (0, .zero)
    case "一", "壹", "弌": return (1, .plain)
    case "幺": return (1, .yao)
    case "二", "贰", "貳", "弍": return (2, .plain)
    case "两", "兩", "俩", "倆": return (2, .liang)
    case "三", "叁", "參", "叄", "弎": return (3, .plain)
    case "四", "肆": return (4, .plain)
    case "五", "伍": return (5, .plain)
    case "六", "陆", "陸": return (6, .plain)
    case "七", "柒": return (7, .plain)
    case "八", "捌": return (8, .plain)
    case "九", "玖": return (9, .plain)
    default: return nil
    }
  }

  /// Arabic number at `i`: digits (ASCII or full-width), thousands groups, decimals, optional exponent.
  package static func lexArabic(_ s: [Unicode.Scalar], _ i: Int, _ opts: Options) -> Arabic? {
    if let a = lexArabic(s, i, opts, allowFullwidthComma: true) {
      if !a.usedFullwidthComma || opts.contains(.fullwidthGrouping) || a.usedASCIIComma
        || a.number.hasFraction {
        return a.number
      }
    }
    return lexArabic(s, i, opts, allowFullwidthComma: false)?.number
  }

  private static func lexArabic(_ s: [Unicode.Scalar], _ i: Int, _ opts: Options, allowFullwidthComma: Bool)
    -> (number: Arabic, usedFullwidthComma: Bool, usedASCIIComma: Bool)? {
    var j = i
    var text = ""
    var integerDigits = 0
    var groupLength = 0
    var usedFW = false
    var usedASCII = false
    while j < s.count {
      if let d = arabicDigitValue(s[j]) {
        text.append(Character(Unicode.Scalar(d + 48)))
        integerDigits += 1
        groupLength += 1
        j += 1
        continue
      }
      let c = s[j]
      let isComma = c == "," || (allowFullwidthComma && c == "，")
      if isComma, integerDigits > 0, groupLength <= 3, threeDigitsThenBoundary(s, j + 1) {
        if c == "," { usedASCII = true } else { usedFW = true }
        groupLength = 0
        j += 1
        continue
      }
      break
    }
    var hasFraction = false
    if j < s.count, s[j] == "." || s[j] == "．", j + 1 < s.count, isArabicDigit(s[j + 1]) {
      text.append(".")
      j += 1
      while j < s.count, let d = arabicDigitValue(s[j]) {
        text.append(Character(Unicode.Scalar(d + 48)))
        j += 1
      }
      hasFraction = true
    }
    guard integerDigits > 0 || hasFraction else { return nil }
    var hasExponent = false
    if opts.contains(.wholeString), j < s.count, s[j] == "e" || s[j] == "E" {
      var k = j + 1
      var exp = "e"
      if k < s.count {
        switch s[k] {
        case "+", "＋": k += 1
        case "-", "－", "−": exp += "-"; k += 1
        default: break
        }
      }
      var expDigits = 0
      while k < s.count, let d = arabicDigitValue(s[k]) {
        exp.append(Character(Unicode.Scalar(d + 48)))
        expDigits += 1
        k += 1
      }
      if expDigits > 0 {
        text += exp
        j = k
        hasExponent = true
      }
    }
    if text.hasPrefix(".") { text = "0" + text }
    guard let value = Double(text) else { return nil }
    var trailingZeros = 0
    if !hasFraction && !hasExponent {
      for ch in text.reversed() {
        guard ch == "0" else { break }
        trailingZeros += 1
      }
      if trailingZeros == text.count { trailingZeros = 0 }
    }
    let number = Arabic(value: value, end: j, integerDigits: integerDigits, trailingZeros: trailingZeros,
              hasFraction: hasFraction, hasExponent: hasExponent)
    return (number, usedFW, usedASCII)
  }

  /// Exactly three digits at `i` followed by something that is not a digit.
  private static func threeDigitsThenBoundary(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i + 2 < s.count else { return false }
    for k in i..<(i + 3) where !isArabicDigit(s[k]) { return false }
    return i + 3 >= s.count || !isArabicDigit(s[i + 3])
  }

  // MARK: - Parser state

  struct State {
    enum Mode { case start, lead, sequence, structured }
    var mode = Mode.start
    var leadValue = 0
    var leadKind = DigitKind.plain
    var seqValue = 0.0
    var seqCount = 0
    var seqFirst = 0
    var seqSecond = 0

    var totalLo = 0.0
    var totalHi = 0.0
    var sectionLo = 0.0
    var sectionHi = 0.0
    var sectionTouched = false
    var pendingLo: Double?
    var pendingHi = 0.0
    var pendingSingle: Int?
    var pendingArabic: Arabic?
    var maxBig = 0.0
    var lastBig = Double.infinity
    var lastSmall = Double.infinity
    var lastUnit: Double?
    var zeroPending = false
    var lastWasBig = false
    var lastTokenWasUnit = false
    var frozen = false
    var decimalCoefficient = false
    var needsUnit = false
    var bareLead = false
    var mustEnd = false
    var afterFuzzy = false
    var approx = false
    var definite = true
    var pairRange = false
    var lastStep = 1.0
    var trailingMultiplier: Double?

    var canTakeDecimal: Bool {
      switch mode {
      case .start: return false
      case .lead: return leadKind != .yao
      case .sequence: return true
      case .structured:
        return !frozen && !decimalCoefficient && !approx && !needsUnit && !afterFuzzy
          && (pendingArabic.map { !$0.hasFraction && !$0.hasExponent } ?? true)
      }
    }

    mutating func feed(_ t: Token) -> Bool {
      switch mode {
      case .start:
        switch t {
        case .digit(let d, let kind):
          mode = .lead
          leadValue = d
          leadKind = kind
          return true
        case .small(let u) where u >= 100:
          // bare 百/千: only 百万, 千万, 千亿… or colloquial 千三 (= 1300)
          mode = .structured
          sectionLo = u
          sectionHi = u
          sectionTouched = true
          lastSmall = u
          lastUnit = u
          lastStep = u
          trailingMultiplier = u
          bareLead = true
          needsUnit = true
          lastTokenWasUnit = true
          return true
        case .arabic, .small, .tens:
          mode = .structured
          return feedStructured(t)
        case .few, .several:
          mode = .structured
          pendingLo = 1
          pendingHi = 10
          needsUnit = true
          approx = true
          definite = false
          return true
        case .half:
          mode = .structured
          pendingLo = 0.5
          pendingHi = 0.5
          needsUnit = true
          return true
        case .big, .point, .more:
          return false
        }
      case .lead:
        if case .digit(let d, let kind) = t, leadKind != .liang, kind != .liang {
          mode = .sequence
          seqFirst = leadValue
          seqSecond = d
          seqValue = Double(leadValue * 10 + d)
          seqCount = 2
          return true
        }
        if leadKind == .yao { return false }
        mode = .structured
        guard feedStructured(.digit(leadValue, leadKind)) else { return false }
        return feedStructured(t)
      case .sequence:
        switch t {
        case .digit(let d, let kind):
          guard kind != .liang else { return false }
          seqValue = seqValue * 10 + Double(d)
          seqCount += 1
          return true
        case .small, .big, .tens:
          // 三五百, 八九亿, 二三十万: two adjacent digits before a unit are a range
          guard seqCount == 2, ChineseNumber.isPair(seqFirst, seqSecond) else { return false }
          mode = .structured
          pendingLo = Double(seqFirst)
          pendingHi = Double(seqSecond)
          pairRange = true
          approx = true
          definite = false
          return feedStructured(t)
        default:
          return false
        }
      case .structured:
        return feedStructured(t)
      }
    }

    mutating func feedStructured(_ t: Token) -> Bool {
      if mustEnd { return false }
      switch t {
      case .digit(let d, let kind):
        if frozen || afterFuzzy || kind == .yao { return false }
        if kind == .zero {
          if pendingLo != nil || needsUnit { return false }
          zeroPending = true
          lastUnit = nil
          lastWasBig = false
          lastTokenWasUnit = false
          return true
        }
        if pendingLo != nil {
          if !pairRange, pendingArabic == nil, let ps = pendingSingle, ChineseNumber.isPair(ps, d) {
            pendingHi = Double(d)
            pairRange = true
            approx = true
            definite = false
            pendingSingle = nil
            return true
          }
          return false
        }
        if needsUnit && !bareLead { return false }
        if bareLead {
          mustEnd = true
          bareLead = false
          needsUnit = false
        }
        pendingLo = Double(d)
        pendingHi = Double(d)
        pendingSingle = d
        pendingArabic = nil
        lastWasBig = false
        lastTokenWasUnit = false
        trailingMultiplier = nil
        return true
      case .arabic(let a):
        if frozen || afterFuzzy || pendingLo != nil || needsUnit { return false }
        pendingLo = a.value
        pendingHi = a.value
        pendingSingle = (a.integerDigits == 1 && !a.hasFraction && !a.hasExponent) ? Int(a.value) : nil
        pendingArabic = a
        if a.hasFraction || a.hasExponent { decimalCoefficient = true }
        lastWasBig = false
        lastTokenWasUnit = false
        trailingMultiplier = nil
        return true
      case .small(let u):
        return addSmall(unit: u, fixedCoefficient: nil)
      case .tens(let v):
        guard pendingLo == nil else { return false }
        return addSmall(unit: 10, fixedCoefficient: v / 10)
      case .big(let b):
        return addBig(b)
      case .more:
        if afterFuzzy || needsUnit || (frozen && !lastWasBig) { return false }
        if let pl = pendingLo {
          guard let a = pendingArabic, !a.hasFraction, !a.hasExponent, !pairRange else { return false }
          pendingHi = pl + ChineseNumber.pow10(a.trailingZeros)
        } else if lastTokenWasUnit {
          if lastWasBig { totalHi += lastStep } else { sectionHi += lastStep }
        } else {
          return false
        }
        approx = true
        afterFuzzy = true
        return true
      case .few:
        if frozen || afterFuzzy || needsUnit || pendingLo != nil { return false }
        if lastTokenWasUnit && !lastWasBig {
          sectionHi += lastStep // 十几 → 10–20, 二十几 → 20–30
          approx = true
          afterFuzzy = true
          return true
        }
        if zeroPending {
          sectionHi += 10 // 一百零几 → 100–110
          approx = true
          afterFuzzy = true
          return true
        }
        if lastWasBig {
          pendingLo = 1 // 一万几千
          pendingHi = 10
          needsUnit = true
          approx = true
          definite = false
          return true
        }
        return false
      case .several, .half, .point:
        return false
      }
    }

    private mutating func addSmall(unit u: Double, fixedCoefficient: Double?) -> Bool {
      if afterFuzzy || bareLead { return false }
      var coLo: Double
      var coHi: Double
      if let f = fixedCoefficient {
        coLo = f
        coHi = f
      } else if let pl = pendingLo {
        coLo = pl
        coHi = pendingHi
      } else if frozen {
        return false
      } else if u == 10 {
        coLo = 1
        coHi = 1
      } else if zeroPending {
        coLo = 1 // 一万零百一十一 = 10111 (cn2an): a bare unit after 零 counts once
        coHi = 1
      } else {
        return false
      }
      guard u < lastSmall else { return false }
      sectionLo += coLo * u
      sectionHi += coHi * u
      sectionTouched = true
      pendingLo = nil
      pendingSingle = nil
      pendingArabic = nil
      lastSmall = u
      lastUnit = u
      zeroPending = false
      lastWasBig = false
      lastTokenWasUnit = true
      lastStep = u
      trailingMultiplier = u
      needsUnit = false
      if decimalCoefficient { frozen = true }
      return true
    }

    private mutating func addBig(_ b: Double) -> Bool {
      if bareLead {
        bareLead = false
        needsUnit = false
      }
      let hasPending = pendingLo != nil
      if !hasPending && !sectionTouched {
        // 万万, 万亿, 千万亿: a big unit right after a big unit multiplies
        guard lastWasBig else { return false }
        totalLo *= b
        totalHi *= b
        maxBig *= b
        lastBig = maxBig
        lastStep *= b
        trailingMultiplier = b
        return true
      }
      let step: Double
      if let a = pendingArabic {
        step = (a.hasFraction || a.hasExponent) ? 1 : ChineseNumber.pow10(a.trailingZeros)
      } else {
        step = hasPending ? 1 : lastStep
      }
      let sLo = sectionLo + (pendingLo ?? 0)
      let sHi = sectionHi + (hasPending ? pendingHi : 0)
      if b > maxBig {
        totalLo = (totalLo + sLo) * b
        totalHi = (totalHi + sHi) * b
        maxBig = b
        lastBig = b
      } else if b < lastBig {
        totalLo += sLo * b
        totalHi += sHi * b
        lastBig = b
      } else {
        return false
      }
      sectionLo = 0
      sectionHi = 0
      sectionTouched = false
      pendingLo = nil
      pendingSingle = nil
      pendingArabic = nil
      lastSmall = .infinity
      lastUnit = b
      zeroPending = false
      lastWasBig = true
      lastTokenWasUnit = true
      lastStep = step * b
      trailingMultiplier = b
      needsUnit = false
      if decimalCoefficient { frozen = true }
      return true
    }

    /// The numeral accepted so far, or `nil` when the state is not accepting.
    func finish(end: Int) -> Numeral? {
      switch mode {
      case .start:
        return nil
      case .lead:
        if leadKind == .yao { return nil }
        return Numeral(value: Double(leadValue), end: end)
      case .sequence:
        return Numeral(value: seqValue, end: end, isDigitSequence: true)
      case .structured:
        if needsUnit { return nil }
        var sLo = sectionLo
        var sHi = sectionHi
        if let pl = pendingLo {
          if let d = pendingSingle, let lu = lastUnit, lu >= 100, !zeroPending, !pairRange {
            // colloquial abbreviation: 三万五 = 35000, 两千六 = 2600, 一百二 = 120
            sLo += Double(d) * lu / 10
            sHi += Double(d) * lu / 10
          } else {
            sLo += pl
            sHi += pendingHi
          }
        }
        let lo = totalLo + sLo
        let hi = totalHi + sHi
        return Numeral(value: lo, upperBound: approx ? hi : nil, end: end, isApproximate: approx,
                hasDefiniteFigure: definite && !pairRange,
                trailingMultiplier: pendingLo == nil ? trailingMultiplier : nil)
      }
    }
  }

  // MARK: - Scalar helpers

  /// Two adjacent digits that name a range (三四, 七八, 三五).
  package static func isPair(_ a: Int, _ b: Int) -> Bool {
    a >= 1 && (b == a + 1 || (a == 3 && b == 5))
  }

  package static func pow10(_ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<max(0, n) { r *= 10 }
    return r
  }

  /// ASCII or full-width digit.
  @inline(__always)
  package static func isArabicDigit(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
  }

  /// Value of an ASCII or full-width digit.
  @inline(__always)
  package static func arabicDigitValue(_ c: Unicode.Scalar) -> UInt8? {
    if c.value >= 0x30 && c.value <= 0x39 { return UInt8(c.value - 0x30) }
    if c.value >= 0xFF10 && c.value <= 0xFF19 { return UInt8(c.value - 0xFF10) }
    return nil
  }

  @inline(__always)
  package static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
  }

  /// Horizontal white space that may sit inside a numeral or between a number and its unit.
  @inline(__always)
  package static func isInlineSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\u{3000}" || c == "\u{00A0}"
  }

  /// Skips at most three inline spaces.
  package static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < s.count, j - i < 3, isInlineSpace(s[j]) { j += 1 }
    return j
  }

  package static func trimmed(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var lo = 0
    var hi = s.count
    while lo < hi, isTrimmable(s[lo]) { lo += 1 }
    while hi > lo, isTrimmable(s[hi - 1]) { hi -= 1 }
    return Array(s[lo..<hi])
  }

  private static func isTrimmable(_ c: Unicode.Scalar) -> Bool {
    isInlineSpace(c) || c == "\n" || c == "\r"
  }
}

// MARK: - English number words

/// English cardinal number words (`eleven`, `twenty-four`, `five million`, `a`/`an` = 1), used by the
/// money and duration normalizers for English news text.
package enum EnglishNumberWords {
  /// Lower-cased ASCII word starting at `i` (letters only) and its end offset.
  package static func word(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
    var j = i
    var w = ""
    while j < s.count, ChineseNumber.isASCIILetter(s[j]) {
      w.unicodeScalars.append(lowercase(s[j]))
      j += 1
    }
    return w.isEmpty ? nil : (w, j)
  }

  package static func lowercase(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.value >= 0x41 && c.value <= 0x5A, let l = Unicode.Scalar(c.value + 32) { return l }
    return c
  }

  static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  static let tens: [String: Double] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
  ]
  static let scales: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
  ]

  /// Longest English cardinal starting at `i`: `eleven`, `twenty-four`, `twenty and four`,
  /// `one hundred and five`, `five million`. `a`/`an` count as 1 only before hundred/thousand/million.
  package static func match(_ s: [Unicode.Scalar], _ i: Int) -> (value: Double, end: Int)? {
    var total = 0.0
    var current = 0.0
    var consumedAny = false
    var end = i
    var j = i
    var lastWasTens = false
    var lastWasHundred = false
    while let (w, e) = word(s, j) {
      if let u = units[w] {
        if consumedAny && current.truncatingRemainder(dividingBy: 100) != 0 && !lastWasTens
          && !lastWasHundred {
          break
        }
        if lastWasTens && u >= 10 { break }
        current += u
        lastWasTens = false
        lastWasHundred = false
      } else if let t = tens[w] {
        if consumedAny && current.truncatingRemainder(dividingBy: 100) != 0 { break }
        current += t
        lastWasTens = true
        lastWasHundred = false
      } else if w == "hundred" {
        current = (consumedAny ? current : 1) * 100
        lastWasTens = false
        lastWasHundred = true
      } else if w == "half" || w == "quarter" || w == "quarters" {
        // "half million", "a quarter million", "three quarters billion"
        let k = skipSeparator(s, e)
        guard let (next, _) = word(s, k), scales[next] != nil else { break }
        current = (consumedAny ? current : 1) * (w == "half" ? 0.5 : 0.25)
        lastWasTens = false
        lastWasHundred = false
      } else if let sc = scales[w], consumedAny {
        total += current * sc
        current = 0
        lastWasTens = false
        lastWasHundred = false
      } else if (w == "a" || w == "an") && !consumedAny {
        // "a hundred", "a million": only when a scale word follows
        let k = skipSeparator(s, e)
        guard let (next, _) = word(s, k),
           next == "hundred" || next == "half" || next == "quarter" || scales[next] != nil else { break }
        current = 1
        consumedAny = true
        j = k
        continue
      } else {
        break
      }
      consumedAny = true
      end = e
      // separators: space, hyphen, or " and " before a unit/tens word
      let k = skipSeparator(s, e)
      if let (next, ne) = word(s, k), next == "and" {
        let k2 = skipSeparator(s, ne)
        if let (after, _) = word(s, k2), units[after] != nil || tens[after] != nil {
          j = k2
          continue
        }
        break
      }
      j = k
    }
    guard consumedAny else { return nil }
    return (total + current, end)
  }

  package static func skipSeparator(_ s: [Unicode.Scalar], _ i: Int) -> Int {
    var j = i
    while j < s.count, j - i < 3, s[j] == " " || s[j] == "-" { j += 1 }
    return j
  }
}
