/// A fixed set of English phrases, each with a payload string, matched on word boundaries in scalar text:
/// a `PhraseMatcher` with the `.english` options, plus the payloads.
///
/// Matching ignores ASCII case, lets one space in a phrase stand for any run of spaces, an apostrophe
/// for `'` or `’`, and a hyphen for `-`, `‐`, `‑` or a space (`Counter-Espionage`, `counter espionage`).
/// The longest phrase wins. Phrases shorter than two scalars or not starting with an ASCII scalar are
/// never matched.
struct EnglishPhraseTable: Sendable {
  struct Entry: Sendable {
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
  private let matcher: PhraseMatcher

  init(_ list: [(String, String)], capitalized: Bool = false) {
    self.init(list.map { ($0.0, $0.1, capitalized) })
  }

  init(_ list: [(String, String, Bool)]) {
    let phrases = list.map { item -> String in
      let sc = item.0.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }
      guard sc.count >= 2, let f = sc.first, f.value < 128 else { return "" }
      return String(scalars: sc)
    }
    entries = list.map { Entry(payload: $0.1, capitalized: $0.2) }
    matcher = PhraseMatcher(phrases, options: .english, capitalized: list.map(\.2))
  }

  /// The longest phrase starting at `i` (on a word boundary) and ending on a word boundary at or
  /// before `end`: its entry and the end offset.
  func match(in s: [Unicode.Scalar], at i: Int, start: Int = 0, end: Int) -> Match? {
    guard i + 1 < end, let m = matcher.match(in: s, at: i, start: start, end: end) else { return nil }
    return Match(entry: entries[m.index], end: m.end)
  }

  /// Calls `body` with each leftmost-longest, non-overlapping match in `range`.
  func forEachMatch(in s: [Unicode.Scalar], _ range: Range<Int>, _ body: (Entry, Range<Int>) -> Void) {
    matcher.forEachMatch(in: s, range) { index, r in body(entries[index], r) }
  }
}
