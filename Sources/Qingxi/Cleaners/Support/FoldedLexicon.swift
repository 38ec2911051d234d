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
  /// Every entry's folded scalar values back to back; entry `e` is `flat[starts[e]..<starts[e] + lengths[e]]`.
  private let flat: [UInt32]
  private let starts: [Int]
  private let lengths: [Int]
  /// Entry indices grouped by first scalar, longest first; `slots` maps a first scalar to its group.
  private let byLength: [Int]
  /// Open addressing over the first scalars (a multiplicative hash, linear probing): key, and the group's
  /// bounds in `byLength`. A key of `UInt32.max` marks an empty slot (no scalar has that value).
  private let slotKeys: [UInt32]
  private let slotGroups: [Range<Int>]
  /// Per slot, whether every entry of the group matches whole words only (`asciiWord`).
  private let slotAllWords: [Bool]
  private let slotShift: UInt32
  /// Bit `v` set when some entry starts with folded BMP scalar `v`: one load rejects most positions.
  private let firstBits: [UInt64]
  /// `HanFold.table` and `HanFold.changed`, held here so folding in the match loop reads them directly.
  private let hanTable: [UInt32]
  private let hanChanged: [UInt64]

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
    let wordFlags = es.map { e in wholeWords && !e.isEmpty && e.allSatisfy { $0.isASCII } && e.first.map(Self.isLetter) == true }
    asciiWord = wordFlags
    var flat: [UInt32] = []
    var starts: [Int] = []
    for e in es {
      starts.append(flat.count)
      flat.append(contentsOf: e.map(\.value))
    }
    self.flat = flat
    self.starts = starts
    lengths = es.map(\.count)
    var bitsUsed: UInt32 = 1
    while (1 << bitsUsed) < 2 * by.count + 2 { bitsUsed += 1 }
    let size = 1 << Int(bitsUsed)
    var keys = [UInt32](repeating: .max, count: size)
    var groups = [Range<Int>](repeating: 0..<0, count: size)
    var allWords = [Bool](repeating: false, count: size)
    var order: [Int] = []
    slotShift = 32 - bitsUsed
    for k in by.keys.sorted() {
      let group = by[k] ?? []
      var slot = Int((k &* Self.hashFactor) >> (32 - bitsUsed))
      while keys[slot] != .max { slot = (slot + 1) & (size - 1) }
      keys[slot] = k
      groups[slot] = order.count..<(order.count + group.count)
      allWords[slot] = group.allSatisfy { wordFlags[$0] }
      order.append(contentsOf: group)
    }
    byLength = order
    slotKeys = keys
    slotGroups = groups
    slotAllWords = allWords
    hanTable = HanFold.table
    hanChanged = HanFold.changed
  }

  private static let hashFactor: UInt32 = 0x9E37_79B1

  @inline(__always)
  static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
    if c.value >= 0x41, c.value <= 0x5A { return Unicode.Scalar(UInt8(c.value + 32)) }
    if c.value < 0x3400 { return c }
    return HanFold.fold(c)
  }

  /// `fold` on a scalar value, reading the held fold table.
  @inline(__always)
  private func foldValue(_ v: UInt32) -> UInt32 {
    if v >= 0x41, v <= 0x5A { return v + 32 }
    return HanFold.fold(v, in: hanTable, changed: hanChanged)
  }

  @inline(__always)
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
  }

  /// Whether some entry may start with `c`: false rejects the position (one load for BMP scalars).
  @inline(__always)
  func mayStart(_ c: Unicode.Scalar) -> Bool {
    let f = foldValue(c.value)
    return f >= 0x10000 || firstBits[Int(f >> 6)] & (1 << UInt64(f & 63)) != 0
  }

  /// The entries starting with folded scalar `f`, longest first (as bounds in `byLength`), and whether
  /// all of them match whole words only.
  @inline(__always)
  private func group(_ f: UInt32) -> (Range<Int>, allWords: Bool)? {
    let mask = slotKeys.count - 1
    var slot = Int((f &* Self.hashFactor) >> slotShift)
    while true {
      let k = slotKeys[slot]
      if k == f { return (slotGroups[slot], slotAllWords[slot]) }
      if k == .max { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// The longest entry starting at `i` (within `end`), if any.
  func match(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Match? {
    guard i < end else { return nil }
    let f = foldValue(s[i].value)
    if f < 0x10000, firstBits[Int(f >> 6)] & (1 << UInt64(f & 63)) == 0 { return nil }
    guard let (candidates, allWords) = group(f) else { return nil }
    // Inside an English word no whole-word entry starts (each would be skipped below after its compare).
    if allWords, i > 0, Self.isLetter(s[i - 1]) { return nil }
    for c in candidates {
      let idx = byLength[c]
      let n = lengths[idx]
      guard i + n <= end else { continue }
      let base = starts[idx]
      var k = 1
      while k < n, foldValue(s[i + k].value) == flat[base + k] { k += 1 }
      guard k == n else { continue }
      if asciiWord[idx] {
        if i > 0, Self.isLetter(s[i - 1]) { continue }
        if i + n < s.count, Self.isLetter(s[i + n]) { continue }
      }
      return Match(range: i..<(i + n), entry: idx)
    }
    return nil
  }

  /// Whether any entry matches in `range` (the first of `matches`, without collecting the rest).
  func containsMatch(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var i = range.lowerBound
    while i < range.upperBound {
      if mayStart(s[i]), match(s, at: i, end: range.upperBound) != nil { return true }
      i += 1
    }
    return false
  }

  /// Leftmost-longest, non-overlapping matches in `range`.
  func matches(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Match] {
    var out: [Match] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if mayStart(s[i]), let m = match(s, at: i, end: range.upperBound) {
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

extension Array where Element == FoldedLexicon.Match {
  /// How many different entries the matches are.
  var distinctEntries: Int {
    var seen: [Int] = []
    for m in self where !seen.contains(m.entry) { seen.append(m.entry) }
    return seen.count
  }
}
