/// A publication date given as a field of the input (a JSON Lines `published`), read into ISO 8601.
///
/// Read: ISO 8601 (`2021-03-05T10:20:00+08:00`, kept with its zone), `2021-03-05 10:20:00`, `2021/3/5`,
/// `20210305`, Chinese `2021年3月5日 10:20` and `2021年3月5日10时20分` (`時`, `点`, `點` too), English
/// `March 5, 2021`, `5 Mar 2021 10:20` and RFC 2822 (`Fri, 05 Mar 2021 10:20:00 +0800`, as RSS writes it),
/// and Unix epoch seconds or milliseconds (a JSON number or a string of digits; UTC, `Z`). Anything else is
/// nil: the caller keeps the value in `meta` and reports it.
///
///     "2021年3月5日 10:20"  →  2021-03-05T10:20
///     1614911400            →  2021-03-05T02:30:00Z
public enum PublicationDate {
  /// The ISO 8601 form of a JSON value holding a date, or nil.
  public static func iso(_ value: JSONValue) -> String? {
    switch value {
    case .string(let s): return iso(s)
    case .int(let i): return epoch(i)
    case .double(let d) where d.isFinite && abs(d) < 1e15: return epoch(Int(d.rounded(.down)))
    default: return nil
    }
  }

  /// The ISO 8601 form of a date string, or nil.
  public static func iso(_ string: String) -> String? {
    let s = string.trimmingWhitespace()
    guard !s.isEmpty else { return nil }
    if s.unicodeScalars.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) {
      // Eight digits are a year-month-day; nine to thirteen an epoch time.
      if s.unicodeScalars.count == 8 { return HTMLMetadata.isoDate(s) }
      return Int(s).flatMap(epoch)
    }
    if var date = HTMLMetadata.isoDate(s) {
      if !date.contains("T"), let time = chineseTime(after: s) { date += time }
      return date
    }
    return english(s)
  }

  // MARK: - Epoch

  /// Seconds (or, from 1e11 on, milliseconds) since 1970 as a UTC date-time, for 1970–2100.
  static func epoch(_ value: Int) -> String? {
    guard value >= 0 else { return nil }
    let seconds = value >= 100_000_000_000 ? value / 1000 : value
    guard seconds < 4_102_444_800 else { return nil }  // 2100-01-01
    let days = seconds / 86_400
    let rest = seconds % 86_400
    let (y, m, d) = civil(days: days)
    return "\(y)-\(two(m))-\(two(d))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
  }

  /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
  static func civil(days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

  // MARK: - Chinese clock times

  /// `T10:20` from a Chinese clock time after the date's 日: `10时20分`, `10點20分`, `10时`.
  static func chineseTime(after s: String) -> String? {
    guard let day = s.unicodeScalars.firstIndex(of: "日") else { return nil }
    let u = Array(s.unicodeScalars[s.unicodeScalars.index(after: day)...].drop { $0 == " " || $0 == "\u{3000}" })
    var i = 0
    func number() -> Int? {
      var v = 0
      var n = 0
      while i < u.count, n < 2, u[i].value >= 48, u[i].value <= 57 {
        v = v * 10 + Int(u[i].value) - 48
        n += 1
        i += 1
      }
      return n == 0 ? nil : v
    }
    guard let h = number(), h < 24, i < u.count, "时時点點".unicodeScalars.contains(u[i]) else { return nil }
    i += 1
    let m = number() ?? 0
    guard m < 60 else { return nil }
    return "T\(two(h)):\(two(m))"
  }

  // MARK: - English

  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// `March 5, 2021`, `5 Mar 2021`, `Fri, 05 Mar 2021 10:20:00 +0800`, with an optional clock time and zone.
  static func english(_ s: String) -> String? {
    // Words and numbers, split at spaces and commas; a weekday is skipped.
    let words = s.split { $0 == " " || $0 == "," }.map { String($0) }
    var day: Int?
    var month: Int?
    var year: Int?
    var time: String?
    var zone = ""
    for w in words {
      let lower = w.lowercased()
      if time != nil, zone.isEmpty, let z = Self.zone(lower) {
        zone = z
      } else if month == nil, lower.count >= 3, let k = months.firstIndex(where: { lower.hasPrefix($0) }) {
        month = k + 1
      } else if w.first?.isASCII == true, w.first?.isNumber == true, let n = Int(w) {
        if n >= 1970, n <= 2100, year == nil { year = n } else if (1...31).contains(n), day == nil { day = n } else { return nil }
      } else if w.contains(":"), time == nil {
        let parts = w.split(separator: ":").map { Int($0) }
        guard parts.count >= 2, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let p = parts.compactMap { $0 }
        guard p[0] < 24, p[1] < 60, p.count < 3 || p[2] < 61 else { return nil }
        time = "T\(two(p[0])):\(two(p[1]))" + (p.count == 3 ? ":\(two(p[2]))" : "")
      } else if lower.hasSuffix("st") || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th"),
        let n = Int(lower.dropLast(2)), (1...31).contains(n), day == nil
      {
        day = n
      } else if month == nil, day == nil, year == nil, lower.count >= 3,
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(where: { lower.hasPrefix($0) })
      {
        continue
      } else {
        return nil
      }
    }
    guard let y = year, let m = month else { return nil }
    guard let d = day else { return time == nil ? "\(y)-\(two(m))" : nil }
    return "\(y)-\(two(m))-\(two(d))" + (time.map { $0 + zone } ?? "")
  }

  /// `+08:00` from `+0800`/`+08:00`, `Z` from `GMT`/`UTC`/`Z`.
  static func zone(_ w: String) -> String? {
    if w == "gmt" || w == "utc" || w == "z" { return "Z" }
    let u = Array(w.unicodeScalars)
    guard u.count == 5 || u.count == 6, u[0] == "+" || u[0] == "-" else { return nil }
    let digits = u.dropFirst().filter { $0 != ":" }
    guard digits.count == 4, digits.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return nil }
    let d = digits.map { Int($0.value) - 48 }
    guard d[0] * 10 + d[1] < 15, d[2] * 10 + d[3] < 60 else { return nil }
    return "\(u[0])\(d[0])\(d[1]):\(d[2])\(d[3])"
  }
}
