/// A fixed set of English phrases, each with a payload string, matched on word boundaries in scalar text.
/// (Not generic on purpose: a generic table paid for runtime metadata lookups on every match.)
///
/// Matching ignores ASCII case, lets one space in a phrase stand for any run of spaces, an apostrophe
/// for `'` or `’`, and a hyphen for `-`, `‐`, `‑` or a space (`Counter-Espionage`, `counter espionage`).
/// Candidates are indexed by their first two letters and tried longest first; a bit mask of first
/// letters makes the scan one test per scalar where no phrase starts.
struct EnglishPhraseTable: Sendable {
  struct Entry: Sendable {
    /// Lower-case scalars of the phrase.
    let scalars: [Unicode.Scalar]
    let payload: String
    /// The first letter must be upper case in the text (proper names: `Ministry of Commerce`).
    let capitalized: Bool
  }

  /// A phrase found in the text: its entry and the offset after it.
  struct Match {
    let entry: Entry
    let end: Int
  }

  let entries: [Entry]
  /// Entry indices by their first two lower-case scalars (`first * 128 + second`; second 0 when it is
  /// not an ASCII letter or digit, a bucket always tried), longest phrase first.
  private let byPrefix: [[Int]]
  /// Bit `v` set when some phrase starts with ASCII scalar `v` (either case): one test per scalar.
  private let firstLow: UInt64
  private let firstHigh: UInt64

  init(_ list: [(String, String)], capitalized: Bool = false) {
    self.init(list.map { ($0.0, $0.1, capitalized) })
  }

  init(_ list: [(String, String, Bool)]) {
    var es: [Entry] = []
    for (phrase, payload, cap) in list {
      let sc = phrase.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }
      es.append(Entry(scalars: sc, payload: payload, capitalized: cap))
    }
    var idx = [[Int]](repeating: [], count: 128 * 128)
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (i, e) in es.enumerated() {
      guard e.scalars.count >= 2, let f = e.scalars.first, f.value < 128 else { continue }
      let second = e.scalars[1]
      let key = Int(f.value) * 128 + (ReferenceScan.isASCIIAlnum(second) ? Int(second.value) : 0)
      idx[key].append(i)
      for v in [f.value] + (f.value >= 0x61 && f.value <= 0x7A ? [f.value - 32] : []) {
        if v < 64 { low |= 1 << UInt64(v) } else { high |= 1 << UInt64(v - 64) }
      }
    }
    for k in idx.indices where idx[k].count > 1 { idx[k].sort { es[$0].scalars.count > es[$1].scalars.count } }
    entries = es
    byPrefix = idx
    firstLow = low
    firstHigh = high
  }

  /// Whether some phrase may start with `c`.
  @inline(__always)
  func mayStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    if v < 64 { return firstLow & (1 << UInt64(v)) != 0 }
    if v < 128 { return firstHigh & (1 << UInt64(v - 64)) != 0 }
    return false
  }

  /// The longest phrase starting at `i` (on a word boundary) and ending on a word boundary at or
  /// before `end`: its entry and the end offset.
  func match(in s: [Unicode.Scalar], at i: Int, start: Int = 0, end: Int) -> Match? {
    guard i + 1 < end, mayStart(s[i]) else { return nil }
    if i > start, ReferenceScan.isASCIIAlnum(s[i - 1]) { return nil }
    let first = Int(ReferenceScan.lower(s[i]).value) * 128
    let second = ReferenceScan.lower(s[i + 1])
    var best: Match?
    if ReferenceScan.isASCIIAlnum(second) { best = longest(in: first + Int(second.value), s, i, end, longerThan: 0) }
    if let other = longest(in: first, s, i, end, longerThan: best?.entry.scalars.count ?? 0) { best = other }
    return best
  }

  /// The longest entry of bucket `key` longer than `minimum` scalars matching at `i`.
  private func longest(in key: Int, _ s: [Unicode.Scalar], _ i: Int, _ end: Int, longerThan minimum: Int) -> Match? {
    for k in byPrefix[key] {
      let e = entries[k]
      if e.scalars.count <= minimum { return nil }
      if e.capitalized, !ReferenceScan.isASCIIUpper(s[i]) { continue }
      if let j = matchEntry(e.scalars, s, i, end), j == end || !ReferenceScan.isASCIIAlnum(s[j]) { return Match(entry: e, end: j) }
    }
    return nil
  }

  /// Calls `body` with each leftmost-longest, non-overlapping match in `range`.
  func forEachMatch(in s: [Unicode.Scalar], _ range: Range<Int>, _ body: (Entry, Range<Int>) -> Void) {
    var i = range.lowerBound
    while i < range.upperBound {
      let c = s[i]
      guard ReferenceScan.isASCIIAlnum(c) else {
        i += 1
        continue
      }
      // Phrases start on word starts only: try here, else skip the rest of the word.
      if mayStart(c), let m = match(in: s, at: i, start: range.lowerBound, end: range.upperBound) {
        body(m.entry, i..<m.end)
        i = m.end
        continue
      }
      i += 1
      while i < range.upperBound, ReferenceScan.isASCIIAlnum(s[i]) { i += 1 }
    }
  }

  private func matchEntry(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
    var j = i
    for u in p {
      guard j < end else { return nil }
      let c = s[j]
      switch u {
      case " ":
        guard ReferenceScan.isSpace(c) else { return nil }
        while j < end, ReferenceScan.isSpace(s[j]) { j += 1 }
        continue
      case "'":
        guard c == "'" || c == "\u{2019}" else { return nil }
      case "-":
        guard c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == " " else { return nil }
      default:
        guard ReferenceScan.lower(c) == u else { return nil }
      }
      j += 1
    }
    return j
  }
}
