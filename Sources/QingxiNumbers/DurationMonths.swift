// DurationMonths.swift — pure normalizers for durations: prison terms in months, detention in days, and a
// general time delta (years … seconds) with sentencing-style ranges.
//
// Conventions (documented once, here):
// * Units are kept as written: 两年半 is 2.5 years, 四周 is 4 weeks, 一个半月 is 1.5 months; only 季度
//   (= 3 months), 刻钟 (= 15 minutes), decades (= 10 years) and fortnights (= 2 weeks) are converted.
//   `totalMonths`/`totalDays` convert when the caller needs one number.
// * 周年 and 载 are years; 工作日/交易日/business days are `workdays`; in `6天5晚`, `三天三夜`, `七载春秋`
//   the trailing nights/春秋 restate the same period and are skipped.
// * Bare 月 is a month count only after a year of at most 30, for 1–11 months, with no day after it
//   (一年六月 is a term; 六月 alone is June, 97年5月 and 七年十一月八日 are dates), so `六个月` is needed.
//   Bare 时 and 分 count only after a larger unit (8天20时, 5小时30分). A year count written as a digit
//   sequence (二〇二三年) or as a four-digit Arabic number from 1000 to 2999 (2023年) is a date, not a
//   duration.
// * Hedged counts (一年多, 四个多星期, 70多分钟, 三五年) give the written (lower) figure and set
//   `approximate`.
// * Fuzzy quantities without a figure (大半天, 几年) and relative expressions (上个月, 近三年 as a period
//   relative to now) are out of scope: the first returns nil, the second is left to the date extractor.

/// A duration split into calendar units, as written.
public struct TimeDelta: Sendable, Hashable, Codable {
  /// Years (两年半 → 2.5).
  public var years: Double = 0
  /// Months (季度 counts 3).
  public var months: Double = 0
  /// Weeks (周, 星期, 礼拜; a fortnight counts 2).
  public var weeks: Double = 0
  /// Calendar days (天, 日).
  public var days: Double = 0
  /// Working or trading days (工作日, 交易日, business days).
  public var workdays: Double = 0
  /// Hours (小时, 钟头).
  public var hours: Double = 0
  /// Minutes (分钟; 刻钟 counts 15).
  public var minutes: Double = 0
  /// Seconds.
  public var seconds: Double = 0
  /// `true` when the text hedges a count (一年多, 四个多星期, more than an hour).
  public var approximate: Bool = false

  /// Creates a time delta.
  public init(years: Double = 0, months: Double = 0, weeks: Double = 0, days: Double = 0, workdays: Double = 0,
        hours: Double = 0, minutes: Double = 0, seconds: Double = 0, approximate: Bool = false) {
    self.years = years
    self.months = months
    self.weeks = weeks
    self.days = days
    self.workdays = workdays
    self.hours = hours
    self.minutes = minutes
    self.seconds = seconds
    self.approximate = approximate
  }

  /// `years × 12 + months` when the delta has no smaller units, else `nil`.
  public var totalMonths: Double? {
    guard weeks == 0, days == 0, workdays == 0, hours == 0, minutes == 0, seconds == 0 else { return nil }
    return years * 12 + months
  }

  /// `weeks × 7 + days` when the delta has no other units, else `nil`.
  public var totalDays: Double? {
    guard years == 0, months == 0, workdays == 0, hours == 0, minutes == 0, seconds == 0 else { return nil }
    return weeks * 7 + days
  }

  /// Parses a whole string as one duration: `四年六个月`, `27分钟7秒`, `2 days 1 month`, `an hour and a half`.
  /// Ranges (`3年以上7年以下`) are not single durations: use ``TimeDeltaRange/parse(_:)``.
  public static func parse(_ s: String) -> TimeDelta? {
    let scalars = ChineseNumber.trimmed(Array(s.unicodeScalars))
    guard let m = match(in: scalars, from: 0), m.end == scalars.count else { return nil }
    return m.delta
  }

  /// Finds the longest duration that starts exactly at `i`.
  public static func match(in scalars: [Unicode.Scalar], from i: Int) -> (delta: TimeDelta, end: Int)? {
    guard i >= 0, i < scalars.count, let m = DurationScanner.duration(scalars, i), m.delta.isFinite else { return nil }
    return m
  }

  /// Whether every component is a finite number (a 400-digit count of years is not a duration).
  var isFinite: Bool {
    [years, months, weeks, days, workdays, hours, minutes, seconds].allSatisfy(\.isFinite)
  }
}

/// A range of durations such as the statutory `三年以上十年以下` or `3~6个月`.
public struct TimeDeltaRange: Sendable, Hashable, Codable {
  /// Lower bound; `nil` means zero (`六个月以下`).
  public var lower: TimeDelta?
  /// Upper bound; `nil` means unbounded (`三十年以上`).
  public var upper: TimeDelta?

  /// Creates a range.
  public init(lower: TimeDelta?, upper: TimeDelta?) {
    self.lower = lower
    self.upper = upper
  }

  /// Parses a whole string as a duration range: `3年以上7年以下`, `十五年以上,30年以下`, `六个月以下`,
  /// `三十年以上`, `30~90日` (the lower end takes the upper end's unit), `13天—8周`.
  public static func parse(_ s: String) -> TimeDeltaRange? {
    let scalars = ChineseNumber.trimmed(Array(s.unicodeScalars))
    guard let m = match(in: scalars, from: 0), m.end == scalars.count else { return nil }
    return m.range
  }

  /// Finds the longest duration range that starts exactly at `i`.
  public static func match(in scalars: [Unicode.Scalar], from i: Int) -> (range: TimeDeltaRange, end: Int)? {
    guard i >= 0, i < scalars.count, let m = DurationScanner.range(scalars, i),
          m.range.lower?.isFinite ?? true, m.range.upper?.isFinite ?? true else { return nil }
    return m
  }
}

/// Prison terms and other durations counted in whole months.
public enum DurationMonths {
  /// Parses a whole string as a number of months: `十一年六个月` → 138, `一年零六个月` → 18, `半年` → 6,
  /// `11 years and 6 months` → 138, `18 months` → 18. Returns `nil` for durations with days or smaller
  /// units, and for fractional month counts. Hedged terms give the written figure (一年多 → 12).
  public static func parse(_ s: String) -> Int? {
    guard let d = TimeDelta.parse(s) else { return nil }
    return months(d)
  }

  /// Finds a month-count duration starting exactly at `i` (e.g. after 有期徒刑).
  public static func match(in scalars: [Unicode.Scalar], from i: Int) -> (months: Int, end: Int)? {
    guard let m = TimeDelta.match(in: scalars, from: i), let v = months(m.delta) else { return nil }
    return (v, m.end)
  }

  package static func months(_ d: TimeDelta) -> Int? {
    guard let t = d.totalMonths, t > 0, t == t.rounded(), t < 1e6 else { return nil }
    return Int(t)
  }
}

/// Detention and other durations counted in whole days.
public enum DurationDays {
  /// Parses a whole string as a number of days: `15日`, `十五日`, `15天`, `15 days` → 15; weeks count 7.
  public static func parse(_ s: String) -> Int? {
    guard let d = TimeDelta.parse(s) else { return nil }
    return days(d)
  }

  /// Finds a day-count duration starting exactly at `i` (e.g. after 行政拘留).
  public static func match(in scalars: [Unicode.Scalar], from i: Int) -> (days: Int, end: Int)? {
    guard let m = TimeDelta.match(in: scalars, from: i), let v = days(m.delta) else { return nil }
    return (v, m.end)
  }

  static func days(_ d: TimeDelta) -> Int? {
    guard let t = d.totalDays, t > 0, t == t.rounded(), t < 1e7 else { return nil }
    return Int(t)
  }
}

// MARK: - Scanner

enum DurationScanner {
  enum Unit: Int, Sendable { case year, month, week, day, workday, hour, minute, second }

  struct Component {
    var unit: Unit
    var value: Double
    var approximate: Bool
    var end: Int
  }

  static func add(_ c: Component, to d: inout TimeDelta) {
    switch c.unit {
    case .year: d.years += c.value
    case .month: d.months += c.value
    case .week: d.weeks += c.value
    case .day: d.days += c.value
    case .workday: d.workdays += c.value
    case .hour: d.hours += c.value
    case .minute: d.minutes += c.value
    case .second: d.seconds += c.value
    }
    if c.approximate { d.approximate = true }
  }

  // MARK: Durations

  static func duration(_ s: [Unicode.Scalar], _ start: Int) -> (delta: TimeDelta, end: Int)? {
    var i = start
    var hedged = false
    if let e = englishHedge(s, i) {
      hedged = true
      i = e
    }
    var delta = TimeDelta()
    var used: Set<Int> = []
    var end: Int?
    var j = i
    while true {
      guard let c = chineseComponent(s, j, used: used, years: delta.years) ?? englishComponent(s, j),
         !used.contains(c.unit.rawValue) else { break }
      used.insert(c.unit.rawValue)
      add(c, to: &delta)
      var k = c.end
      k = skipRestatement(s, k, after: c.unit)
      end = k
      // connectors: 零, 又, 和, spaces, ", ", "and"
      var n = ChineseNumber.skipSpaces(s, k)
      if n < s.count, s[n] == "零" || s[n] == "又" || s[n] == "和" || s[n] == "," || s[n] == "，" {
        n = ChineseNumber.skipSpaces(s, n + 1)
      } else if let (w, e) = EnglishNumberWords.word(s, n), w == "and" {
        n = ChineseNumber.skipSpaces(s, e)
      }
      j = n
    }
    guard let e = end else { return nil }
    if hedged { delta.approximate = true }
    return (delta, e)
  }

  /// `6天5晚`, `三天三夜`: the nights restate the days; `七载春秋`: 春秋 restates the years.
  static func skipRestatement(_ s: [Unicode.Scalar], _ k: Int, after unit: Unit) -> Int {
    switch unit {
    case .day:
      if let n = ChineseNumber.matchNumeral(in: s, from: k, options: []), n.end < s.count,
        s[n.end] == "晚" || s[n.end] == "夜" {
        return n.end + 1
      }
    case .year:
      if k + 1 < s.count, s[k] == "春", s[k + 1] == "秋" { return k + 2 }
    default:
      break
    }
    return k
  }

  // MARK: Chinese

  static func chineseComponent(_ s: [Unicode.Scalar], _ i: Int, used: Set<Int>, years: Double) -> Component? {
    guard i < s.count else { return nil }
    var value: Double
    var approximate = false
    var j: Int
    var isHalfAlone = false
    if s[i] == "半" {
      value = 0.5
      j = i + 1
      isHalfAlone = true
    } else {
      guard let n = ChineseNumber.matchNumeral(in: s, from: i, options: []), !n.isDigitSequence else {
        return nil
      }
      value = n.value
      approximate = n.isApproximate
      j = ChineseNumber.skipSpaces(s, n.end)
    }
    var hasGe = false
    if j < s.count, s[j] == "个" || s[j] == "個" {
      hasGe = true
      j += 1
    }
    if !isHalfAlone, j < s.count, s[j] == "多" || s[j] == "余" || s[j] == "餘" {
      approximate = true
      j += 1
    }
    if hasGe, !isHalfAlone, j < s.count, s[j] == "半" {
      value += 0.5 // 一个半月
      j += 1
    }
    guard let (unit, factor, e) = chineseUnit(s, j, hasGe: hasGe, used: used) else { return nil }
    if unit == .month, !hasGe, !isHalfAlone {
      // 一年六月 is a term; 97年5月, 七年十一月八日 are dates
      guard years > 0, years <= 30, value >= 1, value <= 11, !followedByDay(s, e) else { return nil }
    }
    if unit == .year, !isHalfAlone, isDateYear(s, i, value) { return nil }
    var end = e
    value *= factor
    if !isHalfAlone, end < s.count, s[end] == "半" {
      value += 0.5 * factor // 一年半, 三天半, 三个月半
      end += 1
    }
    if end < s.count, s[end] == "多" || s[end] == "余" || s[end] == "餘" {
      // 一年多三个月, 8小时余50分钟
      approximate = true
      end += 1
    }
    return Component(unit: unit, value: value, approximate: approximate, end: end)
  }

  /// `月` followed by a day of month (`十一月八日`, `5月20号`).
  static func followedByDay(_ s: [Unicode.Scalar], _ e: Int) -> Bool {
    guard let n = ChineseNumber.matchNumeral(in: s, from: e, options: []), n.end < s.count else { return false }
    return s[n.end] == "日" || s[n.end] == "号" || s[n.end] == "號"
  }

  /// 2023年 and 二〇二三年 are dates.
  static func isDateYear(_ s: [Unicode.Scalar], _ i: Int, _ value: Double) -> Bool {
    guard ChineseNumber.isArabicDigit(s[i]) else { return false }
    var k = i
    var digits = 0
    while k < s.count, ChineseNumber.isArabicDigit(s[k]) {
      digits += 1
      k += 1
    }
    return digits == 4 && value >= 1000 && value < 3000
  }

  static let chineseUnits: [(word: [Unicode.Scalar], unit: Unit, factor: Double)] = {
    let list: [(String, Unit, Double)] = [
      ("周年", .year, 1), ("週年", .year, 1), ("年", .year, 1), ("载", .year, 1), ("載", .year, 1),
      ("月", .month, 1), ("季度", .month, 3),
      ("星期", .week, 1), ("礼拜", .week, 1), ("禮拜", .week, 1), ("周", .week, 1), ("週", .week, 1),
      ("工作日", .workday, 1), ("交易日", .workday, 1),
      ("天", .day, 1), ("日", .day, 1),
      ("小时", .hour, 1), ("小時", .hour, 1), ("钟头", .hour, 1), ("鐘頭", .hour, 1), ("时", .hour, 1),
      ("時", .hour, 1),
      ("分钟", .minute, 1), ("分鐘", .minute, 1), ("刻钟", .minute, 15), ("刻鐘", .minute, 15),
      ("分", .minute, 1),
      ("秒钟", .second, 1), ("秒鐘", .second, 1), ("秒", .second, 1),
    ]
    return list.map { (Array($0.0.unicodeScalars), $0.1, $0.2) }.sorted { $0.word.count > $1.word.count }
  }()

  static func chineseUnit(_ s: [Unicode.Scalar], _ j: Int, hasGe: Bool, used: Set<Int>)
    -> (Unit, Double, Int)? {
    for entry in chineseUnits where MoneyAmount.hasPrefix(s, j, entry.word) {
      let w = entry.word
      let end = j + w.count
      if w.count == 1 {
        switch w[0] {
        case "月":
          // 六个月 or 一年六月; 六月 alone is June
          guard hasGe || used.contains(Unit.year.rawValue) else { return nil }
        case "时", "時":
          guard !hasGe, used.contains(Unit.day.rawValue) else { return nil }
        case "分":
          guard !hasGe, used.contains(Unit.hour.rawValue) else { return nil }
          if end < s.count, s[end] == "之" { return nil } // 三分之一
        default:
          break
        }
      }
      return (entry.unit, entry.factor, end)
    }
    return nil
  }

  // MARK: English

  static func englishHedge(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    for phrase in ["less than", "more than", "at least", "at most", "about", "around", "over", "under",
            "nearly", "almost"] {
      let w = Array(phrase.unicodeScalars)
      if MoneyAmount.matchesCaseInsensitive(s, i, w) {
        let e = i + w.count
        if e < s.count, ChineseNumber.isASCIILetter(s[e]) { continue }
        return ChineseNumber.skipSpaces(s, e)
      }
    }
    return nil
  }

  static let englishUnits: [String: (Unit, Double)] = [
    "year": (.year, 1), "years": (.year, 1), "yr": (.year, 1), "yrs": (.year, 1), "y": (.year, 1),
    "decade": (.year, 10), "decades": (.year, 10),
    "month": (.month, 1), "months": (.month, 1), "mo": (.month, 1), "mos": (.month, 1),
    "quarter": (.month, 3), "quarters": (.month, 3),
    "week": (.week, 1), "weeks": (.week, 1), "wk": (.week, 1), "wks": (.week, 1),
    "fortnight": (.week, 2), "fortnights": (.week, 2),
    "day": (.day, 1), "days": (.day, 1), "d": (.day, 1),
    "hour": (.hour, 1), "hours": (.hour, 1), "hr": (.hour, 1), "hrs": (.hour, 1), "h": (.hour, 1),
    "minute": (.minute, 1), "minutes": (.minute, 1), "min": (.minute, 1), "mins": (.minute, 1),
    "second": (.second, 1), "seconds": (.second, 1), "sec": (.second, 1), "secs": (.second, 1),
    "s": (.second, 1),
  ]

  static func englishComponent(_ s: [Unicode.Scalar], _ i: Int) -> Component? {
    guard i < s.count else { return nil }
    var value: Double
    var j: Int
    var spelled = false
    if ChineseNumber.isArabicDigit(s[i]) {
      guard let a = ChineseNumber.lexArabic(s, i, []) else { return nil }
      value = a.value
      j = a.end
    } else if let (w, e) = EnglishNumberWords.word(s, i) {
      switch w {
      case "a", "an", "another", "all", "full", "whole", "one":
        value = 1
        j = e
        if w == "a" || w == "an" || w == "another" {
          // "a couple of days", "a fortnight", "an hour"
          let k = EnglishNumberWords.skipSeparator(s, e)
          if let (w2, e2) = EnglishNumberWords.word(s, k), w2 == "couple" {
            guard let of = coupleOf(s, e2) else { return nil }
            value = 2
            j = of
          } else if let (w2, _) = EnglishNumberWords.word(s, k), w2 == "half" {
            return nil
          }
        }
      case "couple":
        guard let of = coupleOf(s, e) else { return nil }
        value = 2
        j = of
      case "half":
        value = 0.5
        j = e
        let k = EnglishNumberWords.skipSeparator(s, e)
        if let (w2, e2) = EnglishNumberWords.word(s, k), w2 == "a" || w2 == "an" { j = e2 }
      default:
        guard let n = EnglishNumberWords.match(s, i) else { return nil }
        value = n.value
        j = n.end
      }
      spelled = true
    } else {
      return nil
    }
    // "two and a half hours"
    var k = EnglishNumberWords.skipSeparator(s, j)
    if let half = andAHalf(s, k) {
      value += 0.5
      k = EnglishNumberWords.skipSeparator(s, half)
    }
    var unitStart = k
    var isBusiness = false
    if let (w, e) = EnglishNumberWords.word(s, unitStart), w == "business" || w == "working" {
      isBusiness = true
      unitStart = EnglishNumberWords.skipSeparator(s, e)
    }
    guard let (uw, ue) = EnglishNumberWords.word(s, unitStart), var (unit, factor) = englishUnits[uw] else {
      return nil
    }
    if spelled && uw.count == 1 { return nil } // "a s"
    if isBusiness {
      guard unit == .day else { return nil }
      unit = .workday
      factor = 1
    }
    value *= factor
    var end = ue
    if let half = andAHalf(s, ChineseNumber.skipSpaces(s, ue)) {
      value += 0.5 * factor
      end = half
    }
    return Component(unit: unit, value: value, approximate: false, end: end)
  }

  static func coupleOf(_ s: [Unicode.Scalar], _ e: Int) -> Int? {
    let k = EnglishNumberWords.skipSeparator(s, e)
    guard let (w, e2) = EnglishNumberWords.word(s, k), w == "of" else { return nil }
    return e2
  }

  /// `and a half` / `and half` at `i`; returns the end.
  static func andAHalf(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    guard let (w, e) = EnglishNumberWords.word(s, i), w == "and" else { return nil }
    var k = ChineseNumber.skipSpaces(s, e)
    if let (w2, e2) = EnglishNumberWords.word(s, k), w2 == "a" { k = ChineseNumber.skipSpaces(s, e2) }
    guard let (w3, e3) = EnglishNumberWords.word(s, k), w3 == "half" else { return nil }
    return e3
  }

  // MARK: Ranges

  static func range(_ s: [Unicode.Scalar], _ start: Int) -> (range: TimeDeltaRange, end: Int)? {
    // "13—18天", "30~90日", "两万四千到3万秒": a bare lower end takes the upper end's unit
    if let low = ChineseNumber.matchNumeral(in: s, from: start, options: []),
      let sep = MoneyAmount.rangeSeparator(s, low.end),
      let high = duration(s, sep), let unit = singleUnit(high.delta),
      duration(s, start).map({ $0.end <= low.end }) ?? true {
      var lowDelta = TimeDelta()
      add(Component(unit: unit.unit, value: low.value * unit.factor, approximate: false, end: 0),
        to: &lowDelta)
      return (TimeDeltaRange(lower: lowDelta, upper: high.delta), high.end)
    }
    guard let first = duration(s, start) else { return nil }
    var k = ChineseNumber.skipSpaces(s, first.end)
    if let e = word(s, k, lowerBoundWords) {
      // "3年以上7年以下", "十五年以上,30年以下", "三十年以上"
      var n = ChineseNumber.skipSpaces(s, e)
      if n < s.count, s[n] == "," || s[n] == "，" || s[n] == "、" { n = ChineseNumber.skipSpaces(s, n + 1) }
      if let second = duration(s, n) {
        let m = ChineseNumber.skipSpaces(s, second.end)
        if let e2 = word(s, m, upperBoundWords) {
          return (TimeDeltaRange(lower: first.delta, upper: second.delta), e2)
        }
      }
      return (TimeDeltaRange(lower: first.delta, upper: nil), e)
    }
    if let e = word(s, k, upperBoundWords) {
      return (TimeDeltaRange(lower: nil, upper: first.delta), e)
    }
    if let sep = MoneyAmount.rangeSeparator(s, first.end) ?? chineseRangeSeparator(s, first.end),
      let second = duration(s, sep) {
      return (TimeDeltaRange(lower: first.delta, upper: second.delta), second.end)
    }
    k = first.end
    return (TimeDeltaRange(lower: first.delta, upper: first.delta), k)
  }

  /// Range separator followed by anything that starts a duration (`3天——8天`).
  static func chineseRangeSeparator(_ s: [Unicode.Scalar], _ start: Int) -> Int? {
    var i = ChineseNumber.skipSpaces(s, start)
    guard i < s.count else { return nil }
    switch s[i] {
    case "至", "到", "~", "～", "〜": i += 1
    case "-", "－", "—", "–", "―":
      while i < s.count, s[i] == "-" || s[i] == "－" || s[i] == "—" || s[i] == "–" || s[i] == "―" { i += 1 }
    default: return nil
    }
    return ChineseNumber.skipSpaces(s, i)
  }

  static func singleUnit(_ d: TimeDelta) -> (unit: Unit, factor: Double)? {
    let parts: [(Double, Unit)] = [(d.years, .year), (d.months, .month), (d.weeks, .week), (d.days, .day),
                    (d.workdays, .workday), (d.hours, .hour), (d.minutes, .minute),
                    (d.seconds, .second)]
    let nonZero = parts.filter { $0.0 != 0 }
    guard nonZero.count == 1, let only = nonZero.first else { return nil }
    return (only.1, 1)
  }

  static let lowerBoundWords = MoneyAmount.words(["以上", "之上", "及以上", "或以上"])
  static let upperBoundWords = MoneyAmount.words(["以下", "之下", "以内", "及以下"])

  /// Longest word of `list` (sorted longest first) at `i`; returns its end.
  static func word(_ s: [Unicode.Scalar], _ i: Int, _ list: [[Unicode.Scalar]]) -> Int? {
    for w in list where MoneyAmount.hasPrefix(s, i, w) { return i + w.count }
    return nil
  }
}
