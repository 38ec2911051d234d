/// Scalar-level predicates and readers shared by the court, date, charge, law, org and contact
/// extractors (ASCII words themselves are `LatinWords`, shared with the penalty extractors). Everything works on `[Unicode.Scalar]` with integer offsets and allocates nothing
/// unless it returns a `String`.
enum ReferenceScan {








  /// Whether `lit` (already lower-case when `foldCase`) starts at `i` and ends at or before `end`.
  @inline(__always)
  static func has(_ s: [Unicode.Scalar], at i: Int, end: Int, _ lit: [Unicode.Scalar], foldCase: Bool = false) -> Bool {
    Literal.has(s, at: i, end: end, lit, foldCase: foldCase)
  }

  /// Whether `s[..<end]` ends with `lit` (the match may not start before `start`).
  static func endsWith(_ s: [Unicode.Scalar], at end: Int, start: Int = 0, _ lit: [Unicode.Scalar], foldCase: Bool = false) -> Bool {
    Literal.endsWith(s, at: end, start: start, lit, foldCase: foldCase)
  }

  /// The offset after the horizontal spaces starting at `i` (at most `limit` of them).
  @inline(__always)
  static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int, end: Int, limit: Int = .max) -> Int {
    var j = i
    while j < end, j - i < limit, CharClass.isInlineSpace(s[j]) { j += 1 }
    return j
  }

  /// The offset before the horizontal spaces ending at `i` (down to `start`).
  @inline(__always)
  static func skipSpacesBack(_ s: [Unicode.Scalar], _ i: Int, start: Int) -> Int {
    var j = i
    while j > start, CharClass.isInlineSpace(s[j - 1]) { j -= 1 }
    return j
  }

  /// The ASCII-letter word ending at `end` (after skipping spaces back from `end`), as a range.
  static func wordBefore(_ s: [Unicode.Scalar], _ end: Int, start: Int) -> Range<Int>? {
    let e = skipSpacesBack(s, end, start: start)
    var b = e
    while b > start, CharClass.isASCIILetter(s[b - 1]) { b -= 1 }
    return b < e ? b..<e : nil
  }

  /// The ASCII-letter word starting at `i` (no spaces skipped).
  static func word(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Range<Int>? {
    guard i < end, LatinWords.startsWord(s, i) else { return nil }
    return i..<LatinWords.end(s, i, limit: end)
  }

  /// Whether the scalars of `range` equal `lit` ignoring ASCII case (`lit` lower-case ASCII).
  static func equals(_ s: [Unicode.Scalar], _ range: Range<Int>, _ lit: String) -> Bool {
    // Comparing UTF-8 bytes of an ASCII literal needs no decoding; the length test settles most calls.
    guard range.count == lit.utf8.count else { return false }
    var k = range.lowerBound
    for b in lit.utf8 {
      guard CharClass.asciiLower(s[k]).value == UInt32(b) else { return false }
      k += 1
    }
    return true
  }

  /// Whether the lower-cased word in `range` is one of `words`.
  static func isOneOf(_ s: [Unicode.Scalar], _ range: Range<Int>, _ words: [String]) -> Bool {
    words.contains { equals(s, range, $0) }
  }

  /// The text of a scalar range.
  static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String { String(scalars: s[range]) }

  /// A run of ASCII/fullwidth digits starting at `i`: its value (saturating) and end.
  static func digits(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (value: Int, count: Int, end: Int)? {
    var j = i
    var v = 0
    while j < end, let d = CharClass.digitValue(s[j]) {
      if v < 1_000_000_000 { v = v * 10 + d }
      j += 1
    }
    return j > i ? (v, j - i, j) : nil
  }

  /// Whether `i` starts a number: the scalar before it is not a digit, and not a decimal point or
  /// thousands comma after a digit (so `2,600` and `1.2023` do not yield `600` or `2023`).
  static func startsNumber(_ s: [Unicode.Scalar], _ i: Int, start: Int) -> Bool {
    guard i > start else { return true }
    let p = s[i - 1]
    if CharClass.digitValue(p) != nil { return false }
    if p == "." || p == "," || p == "，" || p == "．", i - 2 >= start, CharClass.digitValue(s[i - 2]) != nil { return false }
    return true
  }
}
