/// A possibly partial Gregorian date (year, month, day; each may be unknown), with the arithmetic
/// relative dates need (昨天 is the publication day minus one, 上月 the month before).
public struct CalendarDate: Sendable, Equatable {
  public var year: Int?
  public var month: Int?
  public var day: Int?

  /// Reads the leading `YYYY[-MM[-DD]]` of an ISO 8601 date or date-time (`2024-04-15T10:00:00`,
  /// `2024-04-15`, `2024-04`, `2024`); `nil` when it does not start with a plausible year.
  public init?(iso: String?) {
    guard let iso else { return nil }
    let s = Array(iso.unicodeScalars)
    var parts: [Int] = []
    var i = 0
    while i < s.count, parts.count < 3 {
      guard let d = Self.digits(s, at: i) else { break }
      parts.append(d.value)
      i = d.end
      guard i < s.count, s[i] == "-" || s[i] == "/" || s[i] == "." else { break }
      i += 1
    }
    guard let y = parts.first, (1000...9999).contains(y) else { return nil }
    year = y
    if parts.count > 1, (1...12).contains(parts[1]) {
      month = parts[1]
      if parts.count > 2, (1...Self.daysIn(y, parts[1])).contains(parts[2]) { day = parts[2] }
    }
  }

  /// A run of ASCII or fullwidth digits at `i`: its value (saturating past 10^9, so a long run is just
  /// "too large", never an overflow) and end.
  static func digits(_ s: [Unicode.Scalar], at i: Int) -> (value: Int, end: Int)? {
    var j = i
    var v = 0
    while j < s.count {
      let c = s[j].value
      let d: UInt32
      if c >= 0x30 && c <= 0x39 { d = c - 0x30 } else if c >= 0xFF10 && c <= 0xFF19 { d = c - 0xFF10 } else { break }
      if v < 1_000_000_000 { v = v * 10 + Int(d) }
      j += 1
    }
    return j > i ? (v, j) : nil
  }

  public init(year: Int?, month: Int?, day: Int?) {
    self.year = year
    self.month = month
    self.day = day
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 of a full date (H. Hinnant's `days_from_civil`).
  public static func days(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The full date `days` after 1970-01-01 (`civil_from_days`).
  public static func civil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// This full date moved by `n` days; `nil` unless year, month and day are known.
  public func adding(days n: Int) -> CalendarDate? {
    guard let y = year, let m = month, let d = day, Self.inRange(y, n) else { return nil }
    let c = Self.civil(Self.days(y, m, d) + n)
    return CalendarDate(year: c.year, month: c.month, day: c.day)
  }

  /// This year-month moved by `n` months (the day is dropped); `nil` unless year and month are known.
  public func adding(months n: Int) -> CalendarDate? {
    guard let y = year, let m = month, Self.inRange(y, n) else { return nil }
    let total = y * 12 + (m - 1) + n
    return CalendarDate(year: total / 12, month: total % 12 + 1, day: nil)
  }

  /// A day of an unknown month and year, `--XX-14` (the project's form for what ISO 8601 cannot say).
  public var dayOnly: String? {
    guard year == nil, month == nil, let d = day else { return nil }
    return "--XX-" + (d < 10 ? "0\(d)" : "\(d)")
  }

  /// Whether a year and an offset are small enough for the day and month arithmetic never to overflow
  /// (a million years either way: any date a text can mean).
  static func inRange(_ year: Int, _ offset: Int) -> Bool {
    year.magnitude <= 1_000_000 && offset.magnitude <= 1_000_000_000
  }

  /// ISO 8601 as precise as known: `2024`, `2024-04`, `2024-04-15`; without a year the truncated
  /// forms of ISO 8601:2000, `--04` and `--04-15`.
  public var iso: String? {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    if let y = year {
      var out = "\(y)"
      if let m = month {
        out += "-" + two(m)
        if let d = day { out += "-" + two(d) }
      }
      return out
    }
    guard let m = month else { return nil }
    return "--" + two(m) + (day.map { "-" + two($0) } ?? "")
  }
}
