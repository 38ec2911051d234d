import QingxiNumbers

/// Finds dates in Chinese and English and normalizes them to ISO 8601, as precise as the text.
///
/// `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a numeric date with a clock time keeps it:
/// `2025-03-31T04:31:28`); `relative` is true when any part came from outside the phrase:
/// - the publication date (`doc.published`) for dates without a year (`4月15日`, "April 15 this year"),
///   a bare day (`23 日`, month and year from it) and relative words (今年, 去年, 上月, 昨天, "yesterday",
///   "last year"). Without a publication date a month-day becomes the ISO 8601:2000 truncated form
///   `--04-15` (a month alone `--04`); a relative word or bare day that cannot be resolved is dropped.
///   Vague words (近日, 近期, "recently") name no date and are not entities.
/// - the date before it: 当年/同年 take its year, and the second end of a range (`2022年3月至5月`,
///   `4月15日至17日`) its year and month (relative only if that date was). A month-day up to 60 days after a full
///   date the text states continues its chronology, taking its year rather than the publication's
///   (`2023年2月17日…2月18日…3月10日` on a page stamped 2025 → 2023-02-18, 2023-03-10; 12月30日 … 1月3日 → the
///   next year).
/// - a year split after its century by a wrap, `20 10年6月28日` → 2010-06-28 (only before 年).
///
/// Digits are a date only in a date pattern: a year needs 年, a month name, or a preposition (`in 2023`)
/// and must lie in 1900–2100. Not dates: `2600名`, `2,600`, `12339`, `7项`, `第二十六条`, `11 years`,
/// `2023万元`, `2023 people`, `行政拘留15日`, `15日内`, and numbers inside URLs.
///
///     In November 2023, the Intermediate People's Court …  →  "November 2023" {value 2023-11, relative false}
///     2019 年 10 月 26 日  →  {value 2019-10-26, relative false}
///     今年4月 (published 2024-04-15)  →  {value 2024-04, relative true}
public struct ExtractDates: EntityExtractor {
  public static let name = "extract-dates"
  public static let summary = "find Chinese and English dates, ISO 8601 values; relative ones resolved against the publication date"

  public init(options: StageOptions) {}

  // Reads the whole document, not one unit: 当年/同年 take the year of the last date of earlier units.
  public func candidates(in doc: Document) -> [EntityCandidate] {
    let s = doc.matchScalars
    let units = doc.extractionUnits
    let scanned = units.map { DateScanner.scan(s, $0) }
    // The publication date: `published` (the input's own, a JSON Lines field or the page's `<head>`, else a
    // stamp a cleaner removed), else the page's own stamp left in the text (the first full date written with
    // a clock time, `2019/1/14 23:59`), which dates a news page the same way.
    var published = CalendarDate(iso: doc.published)
    if published == nil {
      for mentions in scanned {
        if let stamp = mentions.first(where: { $0.anchor == .absolute && $0.date.day != nil && ($0.time?.hasPrefix("T") ?? false) }) {
          published = stamp.date
          break
        }
      }
    }
    var out: [EntityCandidate] = []
    /// The year of the last resolved date, for 当年/同年; the last full date, for 次日.
    var lastYear: Int?
    var lastFull: CalendarDate?
    /// The last date the text states with its year and month (2023年2月17日), for a month-day after it.
    var lastStated: CalendarDate?
    for (u, unit) in units.enumerated() {
      _ = unit
      let mentions = scanned[u]
      var previous: (mention: DateMention, date: CalendarDate, relative: Bool)?
      for m in mentions {
        var resolved: (CalendarDate, Bool)?
        var chained = false
        let gap = previous.map { Self.isRangeGap(s, $0.mention.range.upperBound, m.range.lowerBound) } ?? false
        if m.anchor == .nextDay {
          resolved = lastFull.flatMap { $0.adding(days: 1) }.map { ($0, true) }
        } else if m.anchor == .published, gap, let p = previous {
          // The second end of a range takes what it leaves out from the first end.
          var d = m.date
          d.year = p.date.year
          if d.month == nil { d.month = p.date.month }
          resolved = d.month == nil && d.day != nil ? nil : (d, p.relative)
        } else if m.anchor == .published, let stated = lastStated, let py = published?.year, stated.year != py,
          let d = Self.continuing(m.date, after: stated) {
          // 2023年2月17日 … 2月18日 … 3月10日: a chronology continues the year the text states, not the page
          // stamp's (2025)
          resolved = (d, true)
          chained = true
        } else {
          resolved = Self.resolve(m, published: published, lastYear: lastYear)
        }
        guard var (date, relative) = resolved, Self.isValid(date), var iso = date.iso ?? date.dayOnly else {
          previous = nil
          continue
        }
        if let y = date.year { lastYear = y }
        if (m.anchor == .absolute || chained) && date.year != nil && date.month != nil && date.day != nil { lastStated = date }
        if date.day != nil, date.year != nil { lastFull = date }
        iso += m.time ?? ""
        // Two ends of an interval (2013年2月至2014年5月, 1996年至2014年, between 1997 and 2001, From July to
        // September 2017) are one date `A/B`; a first end without a year takes the second's.
        if gap, let p = previous, Self.isIntervalGap(s, p.mention.range, m.range.lowerBound, unit: unit), let last = out.last,
          last.range.lowerBound == p.mention.range.lowerBound, case .date(let firstValue) = last.value {
          let first = firstValue.value
          var a = first
          if p.mention.anchor == .published, m.anchor == .absolute, var d = Optional(p.mention.date), let y = date.year {
            d.year = y
            if let fixed = d.iso { a = fixed + (p.mention.time ?? "") }
          }
          if a < iso {
            relative = relative && p.relative
            out.removeLast()
            out.append(EntityCandidate(p.mention.range.lowerBound..<m.range.upperBound, .date(DateValue(value: a + "/" + iso, relative: relative))))
            previous = nil
            continue
          }
        }
        previous = (m, date, relative)
        out.append(EntityCandidate(m.range, .date(DateValue(value: iso, relative: relative))))
      }
    }
    return out
  }

  /// A month-day (2月18日, "March 10") read as the next step of a chronology after `stated`, a full date the
  /// text gives: the first date on or after `stated` with that month and day, when it is at most 60 days
  /// later (so `自2020年1月1日起施行，4月15号开幕` keeps the publication year); else nil.
  static func continuing(_ d: CalendarDate, after stated: CalendarDate) -> CalendarDate? {
    guard d.year == nil, let mo = d.month, let day = d.day, let y = stated.year, let sm = stated.month, let sd = stated.day else {
      return nil
    }
    let from = CalendarDate.days(y, sm, sd)
    for year in [y, y + 1] {
      guard day <= CalendarDate.daysIn(year, mo) else { continue }
      let n = CalendarDate.days(year, mo, day) - from
      if n >= 0 { return n <= 60 ? CalendarDate(year: year, month: mo, day: day) : nil }
    }
    return nil
  }

  /// Fills in what the mention leaves out; `nil` when that cannot be known.
  static func resolve(_ m: DateMention, published p: CalendarDate?, lastYear: Int?) -> (CalendarDate, Bool)? {
    var d = m.date
    switch m.anchor {
    case .absolute:
      return (d, false)
    case .published:
      if let y = p?.year {
        d.year = y
        if d.month == nil {
          guard let pm = p?.month else { return nil }
          d.month = pm
        }
      }
      // a bare day without a publication date stays a day of an unknown month (`--XX-14`)
      return d.month == nil && d.year != nil ? nil : (d, true)
    case .yearOffset(let k):
      if let y = p?.year { d.year = y + k }
      return d.year == nil && d.month == nil ? nil : (d, true)
    case .monthOffset(let k):
      guard let base = p?.adding(months: k) else { return nil }
      d.year = base.year
      d.month = base.month
      return (d, true)
    case .dayOffset(let k):
      if let day = d.day {
        // 昨（3）日: the day is written; the month is the publication's (the one before if the day is later)
        guard let p, let y = p.year, let pm = p.month, let pd = p.day else { return (d, true) }
        let base = day > pd ? CalendarDate(year: y, month: pm, day: nil).adding(months: -1) : CalendarDate(year: y, month: pm, day: nil)
        return base.map { (CalendarDate(year: $0.year, month: $0.month, day: day), true) }
      }
      guard let x = p?.adding(days: k) else { return nil }
      return (x, true)
    case .contextYear:
      d.year = lastYear
      return (d, true)
    case .weekday(let k):
      guard let p, let y = p.year, let mo = p.month, let day = p.day else { return nil }
      // days from 1970-01-01 (a Thursday, weekday 4)
      let n = CalendarDate.days(y, mo, day)
      let w = ((n % 7) + 7 + 4) % 7
      return p.adding(days: -((w - k + 7) % 7)).map { ($0, true) }
    case .pastMonth:
      guard let p, let y = p.year, let pm = p.month, let mo = d.month else { return nil }
      d.year = mo < pm ? y : y - 1
      return (d, true)
    case .nextDay:
      return nil
    }
  }

  /// A day that exists in its month (29 February only in leap years; 2000 stands in for an unknown year).
  static func isValid(_ d: CalendarDate) -> Bool {
    guard let day = d.day else { return true }
    if d.month == nil, d.year == nil { return (1...31).contains(day) }
    guard let m = d.month else { return false }
    return day <= CalendarDate.daysIn(d.year ?? 2000, m)
  }

  static let rangeScalars: Set<Unicode.Scalar> = ["至", "到", "和", "与", "及", "或", "、", "-", "—", "–", "~", "～", "〜"]
  static let rangeWords = ["to", "and", "or", "through", "until", "till"]

  static let intervalScalars: Set<Unicode.Scalar> = ["至", "到", "-", "—", "–", "~", "～", "〜"]

  /// Whether the connector between two dates makes an interval (至, 到, a dash, "to", "through", "until", or
  /// "and" after "between"), not a list (和, 、, "and").
  static func isIntervalGap(_ s: [Unicode.Scalar], _ first: Range<Int>, _ b: Int, unit: Range<Int>) -> Bool {
    let k = ReferenceScan.skipSpaces(s, first.upperBound, end: b)
    guard k < b else { return false }
    if intervalScalars.contains(s[k]) { return true }
    guard let w = ReferenceScan.word(s, at: k, end: b) else { return false }
    if ReferenceScan.isOneOf(s, w, ["to", "through", "until", "till"]) { return true }
    if ReferenceScan.isOneOf(s, w, ["and"]), let p = ReferenceScan.wordBefore(s, first.lowerBound, start: unit.lowerBound) {
      return ReferenceScan.isOneOf(s, p, ["between", "Between"])
    }
    return false
  }

  /// Whether only spaces and one range connector (至, 到, 、, -, "to", "and" …) stand between `a` and `b`.
  static func isRangeGap(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
    var k = ReferenceScan.skipSpaces(s, a, end: b)
    guard k < b else { return false }
    if rangeScalars.contains(s[k]) {
      k += 1
    } else if let w = ReferenceScan.word(s, at: k, end: b), ReferenceScan.isOneOf(s, w, rangeWords) {
      k = w.upperBound
    } else {
      return false
    }
    return ReferenceScan.skipSpaces(s, k, end: b) == b
  }
}
