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
///   `4月15日至17日`) its year and month (relative only if that date was).
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
    let s = doc.scalars
    let published = CalendarDate(iso: doc.published)
    var out: [EntityCandidate] = []
    /// The year of the last resolved date, for 当年/同年.
    var lastYear: Int?
    for unit in doc.extractionUnits {
      let mentions = DateScanner.scan(s, unit)
      var previous: (mention: DateMention, date: CalendarDate, relative: Bool)?
      for m in mentions {
        var resolved: (CalendarDate, Bool)?
        if m.anchor == .published, let p = previous, Self.isRangeGap(s, p.mention.range.upperBound, m.range.lowerBound) {
          // The second end of a range takes what it leaves out from the first end.
          var d = m.date
          d.year = p.date.year
          if d.month == nil { d.month = p.date.month }
          resolved = d.month == nil && d.day != nil ? nil : (d, p.relative)
        } else {
          resolved = Self.resolve(m, published: published, lastYear: lastYear)
        }
        guard let (date, relative) = resolved, Self.isValid(date), let iso = date.iso else {
          previous = nil
          continue
        }
        if let y = date.year { lastYear = y }
        previous = (m, date, relative)
        out.append(EntityCandidate(m.range, .date(DateValue(value: iso + (m.time ?? ""), relative: relative))))
      }
    }
    return out
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
      return d.month == nil ? nil : (d, true)
    case .yearOffset(let k):
      if let y = p?.year { d.year = y + k }
      return d.year == nil && d.month == nil ? nil : (d, true)
    case .monthOffset(let k):
      guard let base = p?.adding(months: k) else { return nil }
      d.year = base.year
      d.month = base.month
      return (d, true)
    case .dayOffset(let k):
      guard let x = p?.adding(days: k) else { return nil }
      return (x, true)
    case .contextYear:
      d.year = lastYear
      return (d, true)
    }
  }

  /// A day that exists in its month (29 February only in leap years; 2000 stands in for an unknown year).
  static func isValid(_ d: CalendarDate) -> Bool {
    guard let day = d.day else { return true }
    guard let m = d.month else { return false }
    return day <= CalendarDate.daysIn(d.year ?? 2000, m)
  }

  static let rangeScalars: Set<Unicode.Scalar> = ["至", "到", "和", "与", "及", "或", "、", "-", "—", "–", "~", "～", "〜"]
  static let rangeWords = ["to", "and", "or", "through", "until", "till"]

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
