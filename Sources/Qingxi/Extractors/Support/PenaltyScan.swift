import QingxiNumbers

/// Scalar-level helpers shared by the penalty, money and secret-count extractors: literal matching,
/// clause bounds, numerals written before a word, and the context tests that tell a sentence that was
/// passed (被判处有期徒刑三年) from one that only could be (最高可判处死刑, faces up to ten years in prison).
enum PenaltyScan {
  /// The anchor loop every penalty extractor shares: calls `word` with the range of each English word
  /// (letters only, starting at a word start) and `other` with the offset of every non-ASCII scalar, so an
  /// extractor only says what its anchors are (徒 for 有期徒刑, "prison" …).
  @inline(__always)
  static func walk(_ s: [Unicode.Scalar], _ r: Range<Int>, word: (Range<Int>) -> Void, other: (Int) -> Void) {
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      if c.value < 0x80 {
        if CharClass.isASCIILetter(c) {
          let e = LatinWords.end(s, i, limit: r.upperBound)
          if i == r.lowerBound || !CharClass.isASCIILetter(s[i - 1]) { word(i..<e) }
          i = e
        } else {
          i += 1
        }
        continue
      }
      other(i)
      i += 1
    }
  }


  /// Whether `lit` is written at `i`, ending at or before `limit`.
  @inline(__always)
  static func has(_ s: [Unicode.Scalar], _ i: Int, limit: Int, _ lit: [Unicode.Scalar]) -> Bool {
    Literal.has(s, at: i, end: limit, lit)
  }

  /// Whether `lit` is written just before `end`, starting at or after `lower`.
  @inline(__always)
  static func endsWith(_ s: [Unicode.Scalar], _ end: Int, lower: Int, _ lit: [Unicode.Scalar]) -> Bool {
    Literal.endsWith(s, at: end, start: lower, lit)
  }

  /// The first literal of `list` written at `i`: its index and end.
  static func first(_ s: [Unicode.Scalar], _ i: Int, limit: Int, _ list: [[Unicode.Scalar]]) -> (index: Int, end: Int)? {
    for (n, w) in list.enumerated() where has(s, i, limit: limit, w) { return (n, i + w.count) }
    return nil
  }


  /// Ends a clause: a stop, a comma or a colon (a comma between digits is a thousands separator).
  @inline(__always)
  static func isClauseBreak(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    let c = s[i]
    if CharClass.isStop(c) { return true }
    switch c {
    case "，", "：", ":": return true
    case ",", ".":
      let digitBefore = i > 0 && ChineseNumber.isArabicDigit(s[i - 1])
      let digitAfter = i + 1 < s.count && ChineseNumber.isArabicDigit(s[i + 1])
      return !(digitBefore && digitAfter)
    default: return false
    }
  }

  /// Start of the clause holding `i` (after the last clause break before it), not before `lower`.
  static func clauseStart(_ s: [Unicode.Scalar], _ i: Int, lower: Int, maxBack: Int = 80) -> Int {
    var j = i
    let floor = max(lower, i - maxBack)
    while j > floor, !isClauseBreak(s, j - 1) { j -= 1 }
    return j
  }

  /// End of the clause holding `i` (at the next clause break), not after `limit`.
  static func clauseEnd(_ s: [Unicode.Scalar], _ i: Int, limit: Int, maxAhead: Int = 80) -> Int {
    var j = i
    let ceiling = min(limit, i + maxAhead)
    while j < ceiling, !isClauseBreak(s, j) { j += 1 }
    return j
  }

  /// Start of the sentence-like unit holding `i` (after the last stop), not before `lower`.
  static func unitStart(_ s: [Unicode.Scalar], _ i: Int, lower: Int, maxBack: Int = 60) -> Int {
    var j = i
    let floor = max(lower, i - maxBack)
    while j > floor, !CharClass.isStop(s[j - 1]) { j -= 1 }
    return j
  }

  /// Skips inline spaces (at most three) before `limit`.
  @inline(__always)
  static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int {
    var j = i
    while j < limit, j - i < 3, ChineseNumber.isInlineSpace(s[j]) { j += 1 }
    return j
  }

  /// Skips inline spaces backwards (at most three) from `end`, not before `lower`.
  @inline(__always)
  static func skipSpacesBack(_ s: [Unicode.Scalar], _ end: Int, lower: Int) -> Int {
    var j = end
    while j > lower, end - j < 3, ChineseNumber.isInlineSpace(s[j - 1]) { j -= 1 }
    return j
  }

  /// Skips spaces and one comma (`，` or `,`) between two parts of a penalty (`三年，缓刑四年`).
  static func skipComma(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int {
    var j = skipSpaces(s, i, limit: limit)
    if j < limit, s[j] == "，" || s[j] == "," { j = skipSpaces(s, j + 1, limit: limit) }
    return j
  }

  // MARK: Numerals

  /// A scalar that may be part of a Chinese or Arabic numeral (digits, 十百千万亿, 两, 几, 数, 多 …).
  @inline(__always)
  static func isNumeralScalar(_ c: Unicode.Scalar) -> Bool {
    if ChineseNumber.isArabicDigit(c) || ChineseNumber.chineseDigit(c) != nil { return true }
    switch c {
    case "十", "拾", "百", "佰", "千", "仟", "万", "萬", "亿", "億", "廿", "卅", "卌", "点", "點", "几", "幾", "数",
      "數", "多", "余", "餘", "半":
      return true
    default: return false
    }
  }

  /// Whether a number may start at `i`: a digit or Chinese numeral not continuing a number before it.
  @inline(__always)
  static func startsNumeral(_ s: [Unicode.Scalar], _ i: Int, lower: Int) -> Bool {
    guard i < s.count, isNumeralScalar(s[i]) else { return false }
    if i > lower {
      let p = s[i - 1]
      if ChineseNumber.isArabicDigit(s[i]) {
        if ChineseNumber.isArabicDigit(p) || p == "." || p == "," { return false }
      } else if isNumeralScalar(p) {
        return false
      }
    }
    return true
  }

  /// The whole positive count written just before `end` (`7项` → 7 at the offset of `7`), in Arabic or
  /// Chinese numerals, starting at or after `lower`.
  static func count(endingAt end: Int, _ s: [Unicode.Scalar], lower: Int) -> (value: Int, start: Int)? {
    var b = end
    while b > lower, end - b < 12, isNumeralScalar(s[b - 1]) || s[b - 1] == "," { b -= 1 }
    var p = b
    while p < end {
      if startsNumeral(s, p, lower: lower), let n = ChineseNumber.matchNumeral(in: s, from: p, options: []),
        n.end == end, !n.isApproximate, n.value >= 1, n.value == n.value.rounded(), n.value < 1e6 {
        return (Int(n.value), p)
      }
      p += 1
    }
    return nil
  }

  /// A positive whole count at `i`: Arabic digits or an English number word (`7`, `seven`).
  static func englishCount(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> (value: Int, end: Int)? {
    guard i < limit else { return nil }
    if ChineseNumber.isArabicDigit(s[i]) {
      guard let a = ChineseNumber.lexArabic(s, i, []), !a.hasFraction, a.end <= limit, a.value >= 1,
        a.value < 1e6 else { return nil }
      return (Int(a.value), a.end)
    }
    guard let n = EnglishNumberWords.match(s, i), n.end <= limit, n.value >= 1, n.value < 1e6,
      n.value == n.value.rounded() else { return nil }
    return (Int(n.value), n.end)
  }

  /// A duration in days counting a month as 30 days and a year as 360 (拘役六个月 → 180).
  static func days30(_ d: TimeDelta) -> Int? {
    guard d.workdays == 0, d.hours == 0, d.minutes == 0, d.seconds == 0 else { return nil }
    let t = d.years * 360 + d.months * 30 + d.weeks * 7 + d.days
    guard t > 0, t == t.rounded(), t < 1e6 else { return nil }
    return Int(t)
  }

  // MARK: Context

  /// Words that make a Chinese penalty hypothetical or statutory (最高可判处死刑, 可能面临十年有期徒刑).
  static let hypotheticalZh: [[Unicode.Scalar]] = ["可能", "最高", "可判", "可处", "可以", "面临", "或将", "最多", "如果",
                                                   "一旦", "将被", "应当", "依法可"].map(Literal.scalars)

  /// Whether `range` (usually the clause before a penalty) holds a hypothetical word.
  static func isHypotheticalZh(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      for w in hypotheticalZh where s[i] == w[0] && has(s, i, limit: range.upperBound, w) {
        // 最高人民法院, 最高法, 最高检 are courts, not a maximum; 最高被判处 / 最高获刑 report the heaviest
        // sentence a group got
        if w[0] == "最", i + 2 < s.count, "人法检被获判".unicodeScalars.contains(s[i + 2]) { continue }
        return true
      }
      i += 1
    }
    return false
  }

  /// An alternative (或者/或) written right before `start`: statute text lists penalties as choices
  /// (处十年以上有期徒刑、无期徒刑或者死刑).
  static func isAlternativeZh(_ s: [Unicode.Scalar], _ start: Int, lower: Int) -> Bool {
    let j = skipSpacesBack(s, start, lower: lower)
    guard j > lower else { return false }
    return s[j - 1] == "或" || s[j - 1] == "、"
  }

  /// English words that make a penalty hypothetical (faces up to 10 years in prison, punishable by life).
  static let hypotheticalEn: [[Unicode.Scalar]] = ["could", "may", "might", "would", "faces", "face", "facing",
                                                   "faced", "punishable", "maximum", "carries", "carry", "risk",
                                                   "risks", "if", "usually", "typically", "normally", "generally",
                                                   "means"].map(Literal.scalars)

  /// Whether the clause words before `i` (up to ten) make the penalty hypothetical. Only lower-case words
  /// count, so the month `May` does not.
  static func isHypotheticalEn(_ s: [Unicode.Scalar], _ i: Int, lower: Int) -> Bool {
    let words = LatinWords.wordsBefore(s, i, lower: lower, count: 10)
    for (n, w) in words.enumerated() {
      guard s[w.lowerBound].value >= 0x61 else { continue }
      for h in hypotheticalEn where LatinWords.equals(s, w, h) { return true }
      // "up to ten years": words are nearest first
      if n + 1 < words.count, LatinWords.equals(s, w, upTo[1]), LatinWords.equals(s, words[n + 1], upTo[0]) {
        return true
      }
    }
    return false
  }

  private static let upTo = [Literal.scalars("up"), Literal.scalars("to")]

  // MARK: Results

  /// Keeps the longest of overlapping candidates (the first found on a tie), in text order.
  static func longestNonOverlapping<T>(_ items: [(range: Range<Int>, value: T)]) -> [(range: Range<Int>, value: T)] {
    if items.count < 2 { return items }
    let order = items.indices.sorted { a, b in
      let la = items[a].range.count
      let lb = items[b].range.count
      return la != lb ? la > lb : a < b
    }
    var kept: [Int] = []
    for i in order where !kept.contains(where: { items[$0].range.overlaps(items[i].range) }) { kept.append(i) }
    return kept.sorted { items[$0].range.lowerBound < items[$1].range.lowerBound }.map { items[$0] }
  }
}
