/// Page date lines as the cleaning rules read them (character classes are `CharClass`).
enum TextPatterns {
  /// Parses a date or date-time as written on news pages (`2025-06-28`, `2025-03-31 04:31:28`,
  /// `2025/6/28 10:00`, `2025年6月28日 10:00`) into ISO 8601 (`2025-06-28`, `2025-03-31T04:31:28`).
  /// The whole string must be the date; returns nil otherwise.
  static func isoDateTime(_ s: [Unicode.Scalar]) -> String? {
    var numbers: [Int] = []
    var separators: [Unicode.Scalar] = []
    var i = 0
    while i < s.count {
      let c = s[i]
      // (An ASCII scalar has a numeric type exactly when it is a digit: no property lookup.)
      if let d = CharClass.isASCIIDigit(c) ? Int(c.value - 48) : nil {
        var n = d
        var j = i + 1
        while j < s.count, CharClass.isASCIIDigit(s[j]) {
          // No part of a date has more than four digits: stop before a long run can overflow.
          if j - i >= 4 { return nil }
          n = n * 10 + Int(s[j].value - 48)
          j += 1
        }
        numbers.append(n)
        i = j
        continue
      }
      separators.append(c)
      i += 1
    }
    guard numbers.count >= 3, numbers.count <= 6 else { return nil }
    // Separators may only be date/time punctuation.
    guard separators.allSatisfy({ dateTimeScalars.contains($0) }) else { return nil }
    let (y, m, d) = (numbers[0], numbers[1], numbers[2])
    guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var out = "\(y)-\(two(m))-\(two(d))"
    if numbers.count >= 5 {
      let (h, mi) = (numbers[3], numbers[4])
      guard h < 24, mi < 60 else { return nil }
      out += "T\(two(h)):\(two(mi))"
      if numbers.count == 6 {
        guard numbers[5] < 60 else { return nil }
        out += ":\(two(numbers[5]))"
      }
    } else if numbers.count == 4 {
      return nil
    }
    return out
  }
}

/// Scalars a page date-time stamp is made of besides digits (built once, not per call).
private let dateTimeScalars: Set<Unicode.Scalar> = ["-", "/", ".", " ", ":", "年", "月", "日", "T", "时", "分", "秒"]
