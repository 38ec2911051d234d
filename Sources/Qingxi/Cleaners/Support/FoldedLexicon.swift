/// A word list matched in both Chinese scripts and any letter case, without rewriting the text.
///
/// Entries are written once, in Simplified Chinese or lower-case English. At match time each text scalar
/// is folded with `HanFold.fold` (Traditional → Simplified) and ASCII letters are lower-cased, so `發表`
/// matches `发表` and `Read More` matches `read more`. An entry made of ASCII letters only matches whole
/// words (not inside `comments` for `comment` unless listed; never inside `Shareholder`).
struct FoldedLexicon: Sendable {
  struct Match: Sendable, Equatable {
    var range: Range<Int>
    var entry: Int
  }

  let entries: [[Unicode.Scalar]]
  private let asciiWord: [Bool]
  private let byFirst: [UInt32: [Int]]
  /// Bit `v` set when some entry starts with folded BMP scalar `v`: one load rejects most positions.
  private let firstBits: [UInt64]

  /// With `wholeWords` false, English entries also match glued to a word (`courtGetty Images`).
  init(_ words: [String], wholeWords: Bool = true) {
    let es = words.map { w in w.unicodeScalars.map { Self.fold($0) } }
    var by: [UInt32: [Int]] = [:]
    for (i, e) in es.enumerated() {
      guard let f = e.first else { continue }
      by[f.value, default: []].append(i)
    }
    for k in by.keys { by[k]?.sort { es[$0].count > es[$1].count } }
    var bits = [UInt64](repeating: 0, count: 1024)
    for k in by.keys where k < 0x10000 { bits[Int(k >> 6)] |= 1 << UInt64(k & 63) }
    firstBits = bits
    entries = es
    asciiWord = es.map { e in wholeWords && !e.isEmpty && e.allSatisfy { $0.isASCII } && e.first.map(Self.isLetter) == true }
    byFirst = by
  }

  @inline(__always)
  static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.value >= 0x41, c.value <= 0x5A { return Unicode.Scalar(UInt8(c.value + 32)) }
    if c.value < 0x3400 { return c }
    return HanFold.fold(c)
  }

  @inline(__always)
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
  }

  /// The longest entry starting at `i` (within `end`), if any.
  func match(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Match? {
    guard i < end else { return nil }
    let f = Self.fold(s[i]).value
    if f < 0x10000, firstBits[Int(f >> 6)] & (1 << UInt64(f & 63)) == 0 { return nil }
    guard let candidates = byFirst[f] else { return nil }
    for idx in candidates {
      let e = entries[idx]
      guard i + e.count <= end else { continue }
      var k = 1
      while k < e.count, Self.fold(s[i + k]) == e[k] { k += 1 }
      guard k == e.count else { continue }
      if asciiWord[idx] {
        if i > 0, Self.isLetter(s[i - 1]) { continue }
        if i + e.count < s.count, Self.isLetter(s[i + e.count]) { continue }
      }
      return Match(range: i..<(i + e.count), entry: idx)
    }
    return nil
  }

  /// Leftmost-longest, non-overlapping matches in `range`.
  func matches(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Match] {
    var out: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let m = match(s, at: i, end: range.upperBound) {
        out.append(m)
        i = m.range.upperBound
      } else {
        i += 1
      }
    }
    return out
  }

  /// Whether the whole of `range` is one entry.
  func isEntry(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    guard let m = match(s, at: range.lowerBound, end: range.upperBound) else { return false }
    return m.range.upperBound == range.upperBound
  }

  func text(_ m: Match) -> String { String(scalars: entries[m.entry][...]) }
}
