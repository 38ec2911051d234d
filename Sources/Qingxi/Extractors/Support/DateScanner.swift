import QingxiNumbers

/// A date as written in one place of the text, before it is resolved against the publication date.
struct DateMention: Sendable, Equatable {
  /// What a missing year (or month, or the whole date) is taken from.
  enum Anchor: Sendable, Equatable {
    /// The text gives the year.
    case absolute
    /// No year is written (4月15日, "April 15"): the publication year; for a bare day (23日) also the
    /// publication month.
    case published
    /// 今年/去年/明年, "this year"/"last year": the publication year plus the offset.
    case yearOffset(Int)
    /// 本月/上月, "last month": the publication month plus the offset.
    case monthOffset(Int)
    /// 今天/昨天, "yesterday": the publication day plus the offset.
    case dayOffset(Int)
    /// 当年/同年 ("that same year"): the year of the date mentioned before it.
    case contextYear
    /// "on Thursday": the latest such weekday on or before the publication date (0 = Sunday … 6 = Saturday).
    case weekday(Int)
    /// "last March": the latest such month before the publication month.
    case pastMonth
    /// 次日 ("the next day"): the day after the date mentioned before it.
    case nextDay
  }

  var range: Range<Int>
  var date: CalendarDate
  /// `T04:31:28` when a clock time follows a numeric date; `-H1`/`-H2` for a half year (2013年下半年).
  var time: String?
  var anchor: Anchor
}

/// Finds date mentions in one sentence: Chinese (`2023年11月`, `2019 年 10 月 26 日`, `二〇二三年`,
/// `4月15日`, `今年4月`, `去年`), numeric (`2025-03-31 04:31:28`), and English (`November 2023`,
/// `April 15, 2024`, `15 April 2024`, `April 15 this year`, `in 2023`, `from 2022 to 2023`, `yesterday`).
///
/// Digits alone are never a date: a year needs 年 after it, a month name beside it, or a preposition
/// before it (`in 2023`), and must lie in 1900–2100; so `2600名`, `2,600`, `12339`, `2023万元`, `11 years`
/// and `2023 people` are not dates.
enum DateScanner {
  static func scan(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [DateMention] {
    var out: [DateMention] = []
    scanChinese(s, r, &out)
    scanEnglish(s, r, &out)
    if out.count < 2 { return out }
    out.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    var kept: [DateMention] = []
    for m in out where kept.last.map({ $0.range.upperBound <= m.range.lowerBound }) ?? true { kept.append(m) }
    return kept
  }

  // MARK: Numbers

  enum NumberKind { case arabic, hanSequence, hanValue }

  struct Number {
    var value: Int
    var count: Int
    var end: Int
    var kind: NumberKind

    var isYear: Bool { (kind == .arabic || kind == .hanSequence) && count == 4 && (1900...2100).contains(value) }
    var isMonth: Bool { ((kind == .arabic && count <= 2) || kind == .hanValue) && (1...12).contains(value) }
    var isDay: Bool { ((kind == .arabic && count <= 2) || kind == .hanValue) && (1...31).contains(value) }
  }

  /// The value of a Han digit 〇/零 … 九 (a switch, not a dictionary: it runs on every Han scalar).
  @inline(__always)
  static func hanDigit(_ c: Unicode.Scalar) -> Int? {
    switch c {
    case "〇", "零": 0
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// Characters that make a Han numeral part of a larger number (so 一百二十日 is not "二十日").
  @inline(__always)
  static func isHanNumeralChar(_ c: Unicode.Scalar) -> Bool {
    isHanNumeral(c) || c == "百" || c == "千" || c == "万" || c == "亿" || c == "两" || c == "几"
  }

  @inline(__always)
  static func isHanNumeral(_ c: Unicode.Scalar) -> Bool { c == "十" || hanDigit(c) != nil }

  /// The number starting at `i`: Arabic digits, a digit-by-digit Han year (二〇二三), or a Han value
  /// up to 39 (十一, 二十六, 三十一).
  static func number(_ s: [Unicode.Scalar], at i: Int, start: Int, end: Int) -> Number? {
    guard i < end else { return nil }
    if CharClass.digitValue(s[i]) != nil {
      guard ReferenceScan.startsNumber(s, i, start: start), let d = ReferenceScan.digits(s, at: i, end: end) else { return nil }
      return Number(value: d.value, count: d.count, end: d.end, kind: .arabic)
    }
    guard isHanNumeral(s[i]), i == start || !isHanNumeralChar(s[i - 1]) else { return nil }
    var j = i
    while j < end, isHanNumeral(s[j]) { j += 1 }
    if j < end, isHanNumeralChar(s[j]) { return nil }
    let run = s[i..<j]
    if !run.contains("十") {
      if run.count == 4 {
        var v = 0
        for c in run { v = v * 10 + (hanDigit(c) ?? 0) }
        return Number(value: v, count: 4, end: j, kind: .hanSequence)
      }
      guard run.count == 1, let v = hanDigit(s[i]), v > 0 else { return nil }
      return Number(value: v, count: 1, end: j, kind: .hanValue)
    }
    // [d]十[d]
    guard run.count <= 3, let ten = run.firstIndex(of: "十") else { return nil }
    var tens = 1
    if ten > i {
      guard ten == i + 1, let t = hanDigit(s[i]), t > 0 else { return nil }
      tens = t
    }
    var ones = 0
    if ten + 1 < j {
      guard ten + 2 == j, let o = hanDigit(s[ten + 1]), o > 0 else { return nil }
      ones = o
    }
    return Number(value: tens * 10 + ones, count: j - i, end: j, kind: .hanValue)
  }

  /// A year a PDF wrap or a typesetter split after its century, `20 10年` / `19 98 年`: `19`/`20`, one space,
  /// two digits, then 年 (only before 年: `20 10` alone is two numbers).
  static func splitYear(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Number? {
    guard i + 5 <= r.upperBound, i == r.lowerBound || CharClass.digitValue(s[i - 1]) == nil,
      let a = CharClass.digitValue(s[i]), let b = CharClass.digitValue(s[i + 1]), s[i + 2] == " ",
      let c = CharClass.digitValue(s[i + 3]), let d = CharClass.digitValue(s[i + 4]),
      a * 10 + b == 19 || a * 10 + b == 20 else { return nil }
    let u = ReferenceScan.skipSpaces(s, i + 5, end: r.upperBound, limit: 1)
    guard u < r.upperBound, s[u] == "年", i + 5 == r.upperBound || CharClass.digitValue(s[i + 5]) == nil else { return nil }
    return Number(value: (a * 10 + b) * 100 + c * 10 + d, count: 4, end: i + 5, kind: .arabic)
  }

  /// A number followed by one of `units` (spaces allowed around the number, as in 2019 年 10 月 26 日):
  /// the number and the offset after the unit.
  static func unit(_ s: [Unicode.Scalar], _ i: Int, start: Int, end: Int, _ units: Set<Unicode.Scalar>) -> (Number, Int)? {
    let k = ReferenceScan.skipSpaces(s, i, end: end, limit: 2)
    guard let n = number(s, at: k, start: start, end: end) else { return nil }
    let u = ReferenceScan.skipSpaces(s, n.end, end: end, limit: 2)
    guard u < end, units.contains(s[u]) else { return nil }
    return (n, u + 1)
  }

  // MARK: Chinese and numeric dates

  static let monthUnit: Set<Unicode.Scalar> = ["月"]
  static let dayUnits: Set<Unicode.Scalar> = ["日", "号"]
  /// Between the two ends of a range (2022至2023年, 2022-2023年).
  static let rangeConnectors: Set<Unicode.Scalar> = ["至", "到", "-", "—", "–", "~", "～", "〜"]

  static func scanChinese(_ s: [Unicode.Scalar], _ r: Range<Int>, _ out: inout [DateMention]) {
    let relative = relativeWords  // one lazy-global check per sentence, not per scalar
    var i = r.lowerBound
    let end = r.upperBound
    while i < end {
      let c = s[i]
      if CharClass.digitValue(c) != nil || isHanNumeral(c) {
        if let m = numericDate(s, i, r) ?? chineseDate(s, i, r) {
          out.append(m)
          i = m.range.upperBound
          continue
        }
        // Skip the rest of the numeral so no date starts inside it.
        let arabic = CharClass.digitValue(c) != nil
        i += 1
        while i < end, arabic ? CharClass.digitValue(s[i]) != nil : isHanNumeral(s[i]) { i += 1 }
        continue
      }
      if relative.mayStart(c), let m = relativeDate(s, i, r) {
        out.append(m)
        i = m.range.upperBound
        continue
      }
      i += 1
    }
  }

  /// 2023年11月, 2019 年 10 月 26 日, 二〇二三年, 4月15日, 十一月, 23日 (a bare day, filtered), and the
  /// first year of a range written once (2022至2023年).
  static func chineseDate(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> DateMention? {
    let end = r.upperBound
    guard let n = splitYear(s, i, r) ?? number(s, at: i, start: r.lowerBound, end: end) else { return nil }
    let u = ReferenceScan.skipSpaces(s, n.end, end: end, limit: 2)
    guard u < end else { return nil }
    var date = CalendarDate(year: nil, month: nil, day: nil)
    var stop = u + 1
    switch s[u] {
    case "年":
      // 1990年代 is a decade, not the year 1990.
      guard n.isYear, !(stop < end && s[stop] == "代") else { return nil }
      date.year = n.value
      // 2013年上半年 / 下半年 → 2013-H1 / 2013-H2
      if stop + 3 <= end, s[stop] == "上" || s[stop] == "下", s[stop + 1] == "半", s[stop + 2] == "年" {
        return DateMention(range: i..<(stop + 3), date: date, time: s[stop] == "上" ? "-H1" : "-H2", anchor: .absolute)
      }
      if let (m, me) = unit(s, stop, start: r.lowerBound, end: end, monthUnit) {
        guard m.isMonth else { return nil }  // 2024年13月 is no date
        date.month = m.value
        stop = me
        if let (d, de) = unit(s, stop, start: r.lowerBound, end: end, dayUnits) {
          guard d.isDay, d.value <= CalendarDate.daysIn(n.value, m.value) else { return nil }  // 2023年2月29日
          date.day = d.value
          stop = de
        }
      }
      return DateMention(range: i..<stop, date: date, anchor: .absolute)
    case "月":
      // After 年 a month belongs to a year date that did not parse (2023年2月29日, 1850年3月) or to a
      // length of time (有期徒刑3年6月).
      let b = ReferenceScan.skipSpacesBack(s, i, start: r.lowerBound)
      guard n.isMonth, !(b > r.lowerBound && s[b - 1] == "年") else { return nil }
      date.month = n.value
      if let (d, de) = unit(s, stop, start: r.lowerBound, end: end, dayUnits) {
        guard d.isDay, d.value <= CalendarDate.daysIn(2000, n.value) else { return nil }  // 2月30日
        date.day = d.value
        stop = de
      }
      // 一月一次 is "once a month": a Han-numeral month with neither year nor day must be followed by
      // 份, 底, 初, 中, 末, 上旬 or 下旬 (十一月份, 三月底).
      if date.day == nil, n.kind == .hanValue, !(stop < end && "份底初中末上下".unicodeScalars.contains(s[stop])) { return nil }
      return DateMention(range: i..<stop, date: date, anchor: .published)
    case "日":
      guard n.kind == .arabic, n.isDay, bareDayAllowed(s, i, dayEnd: stop, r) else { return nil }
      date.day = n.value
      return DateMention(range: i..<stop, date: date, anchor: .published)
    default:
      // 2022至2023年: the first year has no 年 of its own.
      guard n.isYear, n.kind == .arabic, n.end == u, rangeConnectors.contains(s[u]) else { return nil }
      let k = ReferenceScan.skipSpaces(s, u + 1, end: end, limit: 2)
      guard let second = number(s, at: k, start: r.lowerBound, end: end), second.isYear, second.kind == .arabic else { return nil }
      let y = ReferenceScan.skipSpaces(s, second.end, end: end, limit: 2)
      guard y < end, s[y] == "年" else { return nil }
      date.year = n.value
      return DateMention(range: i..<n.end, date: date, anchor: .absolute)
    }
  }

  /// Characters after `N日` that make it a length of time (15日内, 30日以上, 3日后) or another word (日本).
  static let notAfterBareDay: Set<Unicode.Scalar> = Set("内以之后前余多左本".unicodeScalars)
  /// Characters before `N日` that make it a length or an ordinal (第3日, 满15日, 约10日, 共5日), or the
  /// tail of a date that did not parse (2月30日).
  static let notBeforeBareDay: Set<Unicode.Scalar> = Set("第满逾达共约近每隔历用需花长短等连续足再各数头留役期超过延缩迟持时月".unicodeScalars)

  /// Whether `N日` with no month is a day of the month (`国家安全部 23 日发布`) rather than a length of
  /// time (`行政拘留15日`, `15日内`).
  static func bareDayAllowed(_ s: [Unicode.Scalar], _ i: Int, dayEnd: Int, _ r: Range<Int>) -> Bool {
    if dayEnd < r.upperBound, notAfterBareDay.contains(s[dayEnd]) { return false }
    let b = ReferenceScan.skipSpacesBack(s, i, start: r.lowerBound)
    if b > r.lowerBound, notBeforeBareDay.contains(s[b - 1]) { return false }
    return true
  }

  /// `2025-03-31`, `2025/3/31`, `2025.03.31`, with a clock time after it when present
  /// (`2025-03-31 04:31:28` → `2025-03-31T04:31:28`); not inside a URL or path (`/2023-11-05/`).
  static func numericDate(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> DateMention? {
    let end = r.upperBound
    guard CharClass.isASCIIDigit(s[i]), let y = ReferenceScan.digits(s, at: i, end: end), y.count == 4,
          (1900...2100).contains(y.value), y.end < end else { return nil }
    let sep = s[y.end]
    guard sep == "-" || sep == "/" || sep == "." else { return nil }
    if i > r.lowerBound, urlChar(s[i - 1]) { return nil }
    guard let m = ReferenceScan.digits(s, at: y.end + 1, end: end), m.count <= 2, (1...12).contains(m.value),
          m.end < end, s[m.end] == sep,
          let d = ReferenceScan.digits(s, at: m.end + 1, end: end), d.count <= 2,
          (1...CalendarDate.daysIn(y.value, m.value)).contains(d.value) else { return nil }
    var stop = d.end
    if stop < end, urlChar(s[stop]) || (s[stop] == "." && stop + 1 < end && CharClass.isASCIIAlnum(s[stop + 1])) {
      return nil
    }
    var time: String?
    if stop + 1 < end, s[stop] == " " || s[stop] == "T", let h = ReferenceScan.digits(s, at: stop + 1, end: end), h.count <= 2,
       h.value < 24, h.end < end, s[h.end] == ":", let mi = ReferenceScan.digits(s, at: h.end + 1, end: end), mi.count == 2,
       mi.value < 60 {
      func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
      var t = "T" + two(h.value) + ":" + two(mi.value)
      stop = mi.end
      if stop < end, s[stop] == ":", let se = ReferenceScan.digits(s, at: stop + 1, end: end), se.count == 2, se.value < 60 {
        t += ":" + two(se.value)
        stop = se.end
      }
      time = t
    }
    return DateMention(range: i..<stop, date: CalendarDate(year: y.value, month: m.value, day: d.value), time: time, anchor: .absolute)
  }

  /// Characters of a URL, path or identifier around a number.
  @inline(__always)
  static func urlChar(_ c: Unicode.Scalar) -> Bool {
    CharClass.isASCIIAlnum(c) || c == "/" || c == "_" || c == "=" || c == "?" || c == "&" || c == "%" || c == "#"
      || c == "-" || c == "."
  }

  // MARK: Chinese relative dates

  static let relativeWordList: [(String, DateMention.Anchor)] = [
    ("今年", .yearOffset(0)), ("去年", .yearOffset(-1)), ("前年", .yearOffset(-2)), ("明年", .yearOffset(1)),
    ("当年", .contextYear), ("同年", .contextYear),
    ("本月", .monthOffset(0)), ("上月", .monthOffset(-1)), ("上个月", .monthOffset(-1)), ("下月", .monthOffset(1)),
    ("下个月", .monthOffset(1)),
    ("今天", .dayOffset(0)), ("今日", .dayOffset(0)), ("昨天", .dayOffset(-1)), ("昨日", .dayOffset(-1)),
    ("前天", .dayOffset(-2)), ("明天", .dayOffset(1)), ("明日", .dayOffset(1)),
    ("次日", .nextDay), ("翌日", .nextDay),
    // 昨（3）日, 今(15)日: Taiwanese style, the day written in brackets
    ("昨（", .dayOffset(-1)), ("昨(", .dayOffset(-1)), ("今（", .dayOffset(0)), ("今(", .dayOffset(0)),
  ]
  static let relativeWords = PhraseMatcher(relativeWordList.map(\.0))

  /// Characters that, after a year word, make it part of another word (年轻, 年龄, 年级, 年代, 年纪).
  static let notAfterYearWord: Set<Unicode.Scalar> = Set("轻龄级代纪华薪".unicodeScalars)
  /// Characters before a relative word that make it the tail of another phrase (三年前天…, 每年, 当天).
  static let notBeforeRelative: Set<Unicode.Scalar> = Set("年月日天个几多数每两".unicodeScalars)

  /// 今年, 去年4月, 今年的4月, 当年8月1日, 上月15日, 昨天, 今日 (only where it is not part of a name
  /// such as 今日头条: followed by punctuation, a time of day or a reporting verb, or after 于/截至).
  static func relativeDate(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> DateMention? {
    let end = r.upperBound
    guard let m = relativeWords.match(in: s, at: i, end: end) else { return nil }
    if i > r.lowerBound, notBeforeRelative.contains(s[i - 1]) || isHanNumeral(s[i - 1]) { return nil }
    let anchor = relativeWordList[m.index].1
    var stop = i + m.length
    var date = CalendarDate(year: nil, month: nil, day: nil)
    switch anchor {
    case .yearOffset, .contextYear:
      if stop < end, notAfterYearWord.contains(s[stop]) { return nil }
      var k = stop
      if k < end, s[k] == "的" { k += 1 }
      if let (mo, me) = unit(s, k, start: r.lowerBound, end: end, monthUnit), mo.isMonth {
        date.month = mo.value
        stop = me
        if let (d, de) = unit(s, stop, start: r.lowerBound, end: end, dayUnits), d.isDay, d.value <= CalendarDate.daysIn(2000, mo.value) {
          date.day = d.value
          stop = de
        }
      } else if anchor == .contextYear {
        return nil  // 当年 alone is "back then", not a date
      }
    case .monthOffset:
      if let (d, de) = unit(s, stop, start: r.lowerBound, end: end, dayUnits), d.isDay {
        date.day = d.value
        stop = de
      }
    case .dayOffset:
      if s[i + 1] == "（" || s[i + 1] == "(" {
        // 昨（3）日: the bracketed day, then 日
        guard let d = ReferenceScan.digits(s, at: stop, end: end), d.count <= 2, (1...31).contains(d.value),
          d.end + 1 < end, s[d.end] == "）" || s[d.end] == ")", s[d.end + 1] == "日" else { return nil }
        date.day = d.value
        stop = d.end + 2
      } else if s[i] == "今", s[i + 1] == "日", !todayAllowed(s, i, stop, r) { return nil }
    case .nextDay:
      break
    case .absolute, .published, .weekday, .pastMonth:
      break
    }
    return DateMention(range: i..<stop, date: date, anchor: anchor)
  }

  static let afterToday = ["上午", "下午", "凌晨", "晚", "早", "起", "发布", "召开", "举行", "宣布", "公布", "表示", "通报"]
    .map { Array($0.unicodeScalars) }

  /// 今日 is "today" before punctuation, a time of day or a reporting verb, or after 于/截至/至; otherwise
  /// it is usually part of a name (今日头条, 今日说法).
  static func todayAllowed(_ s: [Unicode.Scalar], _ i: Int, _ stop: Int, _ r: Range<Int>) -> Bool {
    if i > r.lowerBound, s[i - 1] == "于" || s[i - 1] == "至" { return true }
    guard stop < r.upperBound else { return true }
    if !CharClass.isHan(s[stop]) { return true }
    return afterToday.contains { ReferenceScan.has(s, at: stop, end: r.upperBound, $0) }
  }

  // MARK: English dates

  static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
  ]
  static let monthAbbreviations: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]
  /// Words after which a bare year (`in 2023`) or a bare month (`in April`) is a date.
  static let yearPrepositions = [
    "in", "since", "from", "until", "till", "through", "during", "before", "after", "between", "year", "by", "early",
    "late", "mid", "around",
  ]
  /// Words before "of" that make `of 2023` a date (`the end of 2023`).
  static let periodNouns = ["end", "beginning", "start", "middle", "spring", "summer", "autumn", "fall", "winter", "half", "quarter"]
  /// Words joining the two ends of a range of years (`from 2022 to 2023`).
  static let rangeWords = ["to", "and", "through", "until", "till", "or"]

  /// A capitalised month name or abbreviation (`Nov.`) starting at `i`: month, end, and whether it is an
  /// abbreviation or the ambiguous "May".
  static func monthWord(_ s: [Unicode.Scalar], _ w: Range<Int>, end: Int) -> (month: Int, end: Int, weak: Bool)? {
    guard (3...9).contains(w.count) else { return nil }
    switch s[w.lowerBound] {
    case "J", "F", "M", "A", "S", "O", "N", "D": break
    default: return nil
    }
    for (k, name) in monthNames.enumerated() where ReferenceScan.equals(s, w, name) {
      return (k + 1, w.upperBound, k == 4)
    }
    for (name, m) in monthAbbreviations where ReferenceScan.equals(s, w, name) {
      let e = w.upperBound < end && s[w.upperBound] == "." ? w.upperBound + 1 : w.upperBound
      return (m, e, true)
    }
    return nil
  }

  /// A day number (1–31, `15th`) at `i`: value and end.
  static func dayNumber(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (Int, Int)? {
    guard i < r.upperBound, CharClass.isASCIIDigit(s[i]), ReferenceScan.startsNumber(s, i, start: r.lowerBound),
          let d = ReferenceScan.digits(s, at: i, end: r.upperBound), d.count <= 2, (1...31).contains(d.value) else { return nil }
    var e = d.end
    if let w = ReferenceScan.word(s, at: e, end: r.upperBound), ReferenceScan.isOneOf(s, w, ["st", "nd", "rd", "th"]) { e = w.upperBound }
    if e < r.upperBound, CharClass.isASCIIAlnum(s[e]) { return nil }
    return (d.value, e)
  }

  /// A four-digit year (1900–2100) at `i` that is not part of a larger number: value and end.
  static func yearNumber(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (Int, Int)? {
    guard i < r.upperBound, CharClass.isASCIIDigit(s[i]), ReferenceScan.startsNumber(s, i, start: r.lowerBound),
          let d = ReferenceScan.digits(s, at: i, end: r.upperBound), d.count == 4, (1900...2100).contains(d.value) else { return nil }
    let e = d.end
    if e < r.upperBound {
      let c = s[e]
      if CharClass.isASCIIAlnum(c) || c == "%" || c == "年" { return nil }
      if c == "," || c == ".", e + 1 < r.upperBound, CharClass.isASCIIDigit(s[e + 1]) { return nil }
    }
    return (d.value, e)
  }

  /// `this year`, `last year`, `next year` (after an optional comma) at `i`: offset and end.
  static func trailingYearWords(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (Int, Int)? {
    var k = ReferenceScan.skipSpaces(s, i, end: r.upperBound)
    if k < r.upperBound, s[k] == "," { k = ReferenceScan.skipSpaces(s, k + 1, end: r.upperBound) }
    guard let w = ReferenceScan.word(s, at: k, end: r.upperBound) else { return nil }
    let offset: Int
    if ReferenceScan.equals(s, w, "this") { offset = 0 } else if ReferenceScan.equals(s, w, "last") { offset = -1 } else if ReferenceScan.equals(s, w, "next") { offset = 1 } else { return nil }
    let k2 = ReferenceScan.skipSpaces(s, w.upperBound, end: r.upperBound)
    guard let y = ReferenceScan.word(s, at: k2, end: r.upperBound), ReferenceScan.equals(s, y, "year") else { return nil }
    return (offset, y.upperBound)
  }

  static func scanEnglish(_ s: [Unicode.Scalar], _ r: Range<Int>, _ out: inout [DateMention]) {
    var i = r.lowerBound
    let end = r.upperBound
    /// End of the last year mention, for the second end of `from 2022 to 2023`.
    var lastYearEnd = -1
    while i < end {
      let c = s[i]
      if CharClass.isASCIILetter(c) {
        guard let w = ReferenceScan.word(s, at: i, end: end) else {
          i += 1
          continue
        }
        if let mw = monthWord(s, w, end: end), let m = monthDate(s, w, mw, r) {
          out.append(m)
          if m.date.year != nil { lastYearEnd = m.range.upperBound }
          i = m.range.upperBound
          continue
        }
        if let m = relativeEnglish(s, w, r) {
          out.append(m)
          i = m.range.upperBound
          continue
        }
        i = w.upperBound
        continue
      }
      if CharClass.isASCIIDigit(c) {
        if let m = dayMonthDate(s, i, r) ?? yearDate(s, i, r, lastYearEnd: lastYearEnd) {
          out.append(m)
          if m.date.year != nil { lastYearEnd = m.range.upperBound }
          i = m.range.upperBound
          continue
        }
        while i < end, CharClass.isASCIIDigit(s[i]) { i += 1 }
        continue
      }
      i += 1
    }
  }

  /// Dates starting with a month name: `April 15, 2024`, `April 15 this year`, `November 2023`,
  /// `November of 2023`, `in April`, `April this year`.
  static func monthDate(_ s: [Unicode.Scalar], _ w: Range<Int>, _ mw: (month: Int, end: Int, weak: Bool), _ r: Range<Int>) -> DateMention? {
    let end = r.upperBound
    let j = ReferenceScan.skipSpaces(s, mw.end, end: end)
    var date = CalendarDate(year: nil, month: mw.month, day: nil)
    if let (day, de) = dayNumber(s, j, r) {
      date.day = day
      var k = ReferenceScan.skipSpaces(s, de, end: end)
      if k < end, s[k] == "," { k = ReferenceScan.skipSpaces(s, k + 1, end: end) }
      if let (y, ye) = yearNumber(s, k, r) {
        guard day <= CalendarDate.daysIn(y, mw.month) else { return nil }
        date.year = y
        return DateMention(range: w.lowerBound..<ye, date: date, anchor: .absolute)
      }
      guard day <= CalendarDate.daysIn(2000, mw.month) else { return nil }
      if let (off, te) = trailingYearWords(s, de, r) {
        return DateMention(range: w.lowerBound..<te, date: date, anchor: .yearOffset(off))
      }
      return DateMention(range: w.lowerBound..<de, date: date, anchor: .published)
    }
    var k = j
    if let of = ReferenceScan.word(s, at: j, end: end), ReferenceScan.equals(s, of, "of") {
      k = ReferenceScan.skipSpaces(s, of.upperBound, end: end)
    }
    if let (y, ye) = yearNumber(s, k, r) {
      date.year = y
      return DateMention(range: w.lowerBound..<ye, date: date, anchor: .absolute)
    }
    guard !mw.weak else { return nil }
    if let (off, te) = trailingYearWords(s, mw.end, r) {
      return DateMention(range: w.lowerBound..<te, date: date, anchor: .yearOffset(off))
    }
    // A bare month only after a preposition: "in April", "mid-April".
    var b = w.lowerBound
    if b > r.lowerBound, s[b - 1] == "-" { b -= 1 }
    guard let p = ReferenceScan.wordBefore(s, b, start: r.lowerBound), ReferenceScan.isOneOf(s, p, yearPrepositions) else { return nil }
    return DateMention(range: w.lowerBound..<mw.end, date: date, anchor: .published)
  }

  /// `15 April 2024`, `15 April`, `15th of April this year`.
  static func dayMonthDate(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> DateMention? {
    let end = r.upperBound
    guard let (day, de) = dayNumber(s, i, r) else { return nil }
    var j = ReferenceScan.skipSpaces(s, de, end: end)
    if let of = ReferenceScan.word(s, at: j, end: end), ReferenceScan.equals(s, of, "of") {
      j = ReferenceScan.skipSpaces(s, of.upperBound, end: end)
    }
    guard let w = ReferenceScan.word(s, at: j, end: end), let mw = monthWord(s, w, end: end) else { return nil }
    var date = CalendarDate(year: nil, month: mw.month, day: day)
    var k = ReferenceScan.skipSpaces(s, mw.end, end: end)
    if k < end, s[k] == "," { k = ReferenceScan.skipSpaces(s, k + 1, end: end) }
    if let (y, ye) = yearNumber(s, k, r) {
      guard day <= CalendarDate.daysIn(y, mw.month) else { return nil }
      date.year = y
      return DateMention(range: i..<ye, date: date, anchor: .absolute)
    }
    guard day <= CalendarDate.daysIn(2000, mw.month) else { return nil }
    if let (off, te) = trailingYearWords(s, mw.end, r) {
      return DateMention(range: i..<te, date: date, anchor: .yearOffset(off))
    }
    return DateMention(range: i..<mw.end, date: date, anchor: .published)
  }

  /// A bare year after a preposition (`in 2023`, `since 2019`, `the end of 2023`), or the second end of a
  /// range whose first end was a year (`from 2022 to 2023`, `2022-2023`).
  static func yearDate(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>, lastYearEnd: Int) -> DateMention? {
    guard let (y, ye) = yearNumber(s, i, r) else { return nil }
    let mention = DateMention(range: i..<ye, date: CalendarDate(year: y, month: nil, day: nil), anchor: .absolute)
    if i > r.lowerBound, s[i - 1] == "-" || s[i - 1] == "–", i - 1 == lastYearEnd { return mention }
    guard let p = ReferenceScan.wordBefore(s, i, start: r.lowerBound) else { return nil }
    if ReferenceScan.isOneOf(s, p, yearPrepositions) { return mention }
    if ReferenceScan.isOneOf(s, p, rangeWords), ReferenceScan.skipSpacesBack(s, p.lowerBound, start: r.lowerBound) == lastYearEnd {
      return mention
    }
    if ReferenceScan.equals(s, p, "of"), let n = ReferenceScan.wordBefore(s, p.lowerBound, start: r.lowerBound),
       ReferenceScan.isOneOf(s, n, periodNouns) {
      return mention
    }
    return nil
  }

  /// `today`, `yesterday`, `tomorrow`, `this year`, `last year`, `this month`, `last month`, `next …`
  /// (not "the last year", "the past month": those are lengths of time).
  static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

  static func relativeEnglish(_ s: [Unicode.Scalar], _ w: Range<Int>, _ r: Range<Int>) -> DateMention? {
    let empty = CalendarDate(year: nil, month: nil, day: nil)
    // Monday … Sunday, capitalised as a weekday is ("on Friday", "Friday's ruling"); "Good Friday" is a holiday.
    if CharClass.isASCIIUpper(s[w.lowerBound]), let k = weekdays.firstIndex(where: { ReferenceScan.equals(s, w, $0) }) {
      if let p = ReferenceScan.wordBefore(s, w.lowerBound, start: r.lowerBound), ReferenceScan.isOneOf(s, p, ["good", "black", "every", "each", "next"]) {
        return nil
      }
      return DateMention(range: w, date: empty, anchor: .weekday(k))
    }
    switch CharClass.asciiLower(s[w.lowerBound]) {
    case "t", "y", "l", "n": break
    default: return nil
    }
    if ReferenceScan.equals(s, w, "today") { return DateMention(range: w, date: empty, anchor: .dayOffset(0)) }
    if ReferenceScan.equals(s, w, "yesterday") { return DateMention(range: w, date: empty, anchor: .dayOffset(-1)) }
    if ReferenceScan.equals(s, w, "tomorrow") { return DateMention(range: w, date: empty, anchor: .dayOffset(1)) }
    let offset: Int
    if ReferenceScan.equals(s, w, "this") { offset = 0 } else if ReferenceScan.equals(s, w, "last") { offset = -1 } else if ReferenceScan.equals(s, w, "next") { offset = 1 } else { return nil }
    if let p = ReferenceScan.wordBefore(s, w.lowerBound, start: r.lowerBound), ReferenceScan.isOneOf(s, p, ["the", "past", "over", "for"]) {
      return nil
    }
    let k = ReferenceScan.skipSpaces(s, w.upperBound, end: r.upperBound)
    guard let unit = ReferenceScan.word(s, at: k, end: r.upperBound) else { return nil }
    // "last March": the latest March before publication
    if offset == -1, CharClass.isASCIIUpper(s[unit.lowerBound]), let mw = monthWord(s, unit, end: r.upperBound), !mw.weak {
      return DateMention(range: w.lowerBound..<mw.end, date: CalendarDate(year: nil, month: mw.month, day: nil), anchor: .pastMonth)
    }
    if ReferenceScan.equals(s, unit, "year") { return DateMention(range: w.lowerBound..<unit.upperBound, date: empty, anchor: .yearOffset(offset)) }
    if ReferenceScan.equals(s, unit, "month") { return DateMention(range: w.lowerBound..<unit.upperBound, date: empty, anchor: .monthOffset(offset)) }
    return nil
  }
}
