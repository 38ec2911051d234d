import QingxiNumbers

/// ASCII word scanning over scalar text, for the English side of the penalty and money extractors.
///
/// A word is a maximal run of ASCII letters (`CharClass.isASCIILetter`); comparisons fold ASCII case and
/// never allocate. Phrases here are short word sequences tried at one offset in list order, with words
/// separated by one to three spaces or hyphens (`two-year`, `intra-party`), so a phrase never crosses
/// punctuation; lexicons scanned over whole sentences use `PhraseMatcher` instead.
enum LatinWords {



  /// Whether a word starts at `i`: a letter with no letter before it.
  @inline(__always)
  static func startsWord(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    i < s.count && CharClass.isASCIILetter(s[i]) && (i == 0 || !CharClass.isASCIILetter(s[i - 1]))
  }

  /// One past the letter run starting at `i`, at most `limit`.
  @inline(__always)
  static func end(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int {
    var j = i
    while j < limit, CharClass.isASCIILetter(s[j]) { j += 1 }
    return j
  }

  /// Whether the scalars of `range` spell `lit` (lower case), ignoring ASCII case.
  static func equals(_ s: [Unicode.Scalar], _ range: Range<Int>, _ lit: [Unicode.Scalar]) -> Bool {
    guard range.count == lit.count else { return false }
    var k = 0
    for i in range {
      if CharClass.asciiLowerValue(s[i]) != lit[k].value { return false }
      k += 1
    }
    return true
  }

  /// Whether the word starting at `i` begins with `lit` (`confiscat` matches `confiscated`).
  static func hasPrefix(_ s: [Unicode.Scalar], _ range: Range<Int>, _ lit: [Unicode.Scalar]) -> Bool {
    guard range.count >= lit.count else { return false }
    return equals(s, range.lowerBound..<range.lowerBound + lit.count, lit)
  }

  /// The whole word at `i` when it equals `lit`: its end, else nil.
  static func word(_ s: [Unicode.Scalar], _ i: Int, limit: Int, _ lit: [Unicode.Scalar]) -> Int? {
    guard i < limit, CharClass.isASCIILetter(s[i]) else { return nil }
    let e = end(s, i, limit: limit)
    return equals(s, i..<e, lit) ? e : nil
  }

  /// Skips one to three spaces (or a hyphen) between the words of a phrase; nil when there is none.
  @inline(__always)
  static func gap(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int? {
    var j = i
    while j < limit, j - i < 3, s[j] == " " || s[j] == "-" || s[j] == "\u{A0}" { j += 1 }
    return j > i ? j : nil
  }

  /// Matches the words of `phrase` starting at `i`, separated by gaps; returns the end of the last word.
  static func phrase(_ s: [Unicode.Scalar], _ i: Int, limit: Int, _ phrase: [[Unicode.Scalar]]) -> Int? {
    var j = i
    for (n, lit) in phrase.enumerated() {
      if n > 0 {
        guard let k = gap(s, j, limit: limit) else { return nil }
        j = k
      }
      guard let e = word(s, j, limit: limit, lit) else { return nil }
      j = e
    }
    return j
  }

  /// The first phrase of `list` that matches at `i` (list order), with its index and end.
  static func firstPhrase(_ s: [Unicode.Scalar], _ i: Int, limit: Int, _ list: [[[Unicode.Scalar]]])
    -> (index: Int, end: Int)? {
    for (n, p) in list.enumerated() {
      if let e = phrase(s, i, limit: limit, p) { return (n, e) }
    }
    return nil
  }

  /// Word ranges before `i`, nearest first, at most `count`, not crossing `lower` or clause punctuation
  /// (`,` `;` `.` `:`; an apostrophe or hyphen inside a phrase is fine).
  static func wordsBefore(_ s: [Unicode.Scalar], _ i: Int, lower: Int, count: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var j = i
    while out.count < count, j > lower {
      let c = s[j - 1]
      if CharClass.isASCIILetter(c) {
        var b = j - 1
        while b > lower, CharClass.isASCIILetter(s[b - 1]) { b -= 1 }
        out.append(b..<j)
        j = b
      } else if isInnerMark(c) || (j - 1 > lower && j < s.count && isNumberPunct(c, s[j - 2], s[j])) {
        j -= 1
      } else {
        break
      }
    }
    return out
  }

  /// Word ranges from `i` on, at most `count`, not crossing `limit` or clause punctuation.
  static func wordsAfter(_ s: [Unicode.Scalar], _ i: Int, limit: Int, count: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var j = i
    while out.count < count, j < limit {
      let c = s[j]
      if CharClass.isASCIILetter(c) {
        let e = end(s, j, limit: limit)
        out.append(j..<e)
        j = e
      } else if isInnerMark(c) || (j > 0 && j + 1 < limit && isNumberPunct(c, s[j - 1], s[j + 1])) {
        j += 1
      } else {
        break
      }
    }
    return out
  }

  /// Spaces, digits, quotes, apostrophes and hyphens: what may stand between the words of one clause.
  @inline(__always)
  static func isInnerMark(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case " ", "-", "'", "’", "\u{A0}", "\"", "“", "”", "$", "€", "£", "¥", "￥": return true
    default: return ChineseNumber.isArabicDigit(c)
    }
  }

  /// A comma or point inside a number (`500,000`, `1.5`), which does not end a clause.
  @inline(__always)
  static func isNumberPunct(_ c: Unicode.Scalar, _ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
    (c == "," || c == ".") && ChineseNumber.isArabicDigit(before) && ChineseNumber.isArabicDigit(after)
  }
}
