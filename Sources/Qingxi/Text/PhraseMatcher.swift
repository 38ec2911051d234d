/// A fixed set of phrases found in scalar text: a trie over scalars, built once (in a stage's `init` or
/// a static table) and shared by every matcher in Qingxi (cleaner word lists, role and verb cues, org,
/// law and charge names in both languages).
///
/// At each offset the longest phrase wins (on a tie, the one listed first); a bit set over first scalars
/// makes offsets where no phrase starts cost one load. Options:
/// - `foldASCIICase`: ASCII letters match either case (`CopyRight` matches `copyright`);
/// - `foldHan`: Traditional characters match Simplified phrases (`HanFold`), so one lexicon in Simplified
///   serves both scripts (`判處` matches `判处`) without rewriting the text;
/// - `wordBoundaries`: a match neither starts nor ends inside an ASCII word (letters and digits);
/// - `looseSeparators`: for English, a space in a phrase matches any run of inline spaces, a hyphen
///   matches `-`, `‐`, `‑` or one space (`Counter-Espionage`, `counter espionage`), an apostrophe `'` or `’`.
///
/// Each phrase may also require an upper-case first letter in the text (`capitalized`: proper names
/// such as `Ministry of Commerce`).
public struct PhraseMatcher: Sendable {
  public struct Options: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let foldASCIICase = Options(rawValue: 1)
    public static let foldHan = Options(rawValue: 2)
    public static let wordBoundaries = Options(rawValue: 4)
    public static let looseSeparators = Options(rawValue: 8)
    /// Case-insensitive English phrases on word boundaries with loose separators.
    public static let english: Options = [.foldASCIICase, .wordBoundaries, .looseSeparators]
  }

  /// A phrase found in the text: its index in the list and the text range it covers.
  public struct Match: Sendable, Equatable {
    public let index: Int
    public let range: Range<Int>
    public var length: Int { range.count }
    public var end: Int { range.upperBound }
  }

  /// The phrases as matched (folded as the options say), in list order.
  public let phrases: [[Unicode.Scalar]]
  public let options: Options
  /// Per phrase, whether the text must start it with an upper-case ASCII letter (empty: none must).
  private let capitalized: [Bool]
  /// Bit `v` set when some phrase may start with BMP scalar `v` (either case with `foldASCIICase`; with
  /// `foldHan` the text's scalar is folded before the test).
  private let firstBits: [UInt64]
  /// First scalars above the BMP.
  private let firstAstral: Set<UInt32>
  /// Trie in compressed rows: node `n`'s edges are `edgeStart[n]..<edgeStart[n + 1]`, keys sorted.
  private let edgeStart: [Int32]
  private let edgeKeys: [UInt32]
  private let edgeTargets: [Int32]
  /// Phrases ending at node `n`, in list order: `terms[termStart[n]..<termStart[n + 1]]`.
  private let termStart: [Int32]
  private let terms: [Int32]
  /// `HanFold.table` and `HanFold.changed`, held so folding reads them directly.
  private let hanTable: [UInt32]
  private let hanChanged: [UInt64]

  public init(_ list: [String], options: Options = [], capitalized: [Bool] = []) {
    let loose = options.contains(.looseSeparators)
    let ps: [[Unicode.Scalar]] = list.map { p in
      p.unicodeScalars.map { c in
        var c = Self.fold(c, options)
        if loose, c == "\u{2019}" { c = "'" }
        return c
      }
    }
    // Build with one dictionary of edges (`node << 32 | scalar` → child), then flatten: a dictionary per
    // node cost tens of milliseconds for the large English tables.
    var edges: [UInt64: Int32] = [:]
    var nodeCount = 1
    var ending: [[Int32]] = [[]]
    var bits = [UInt64](repeating: 0, count: 1024)
    var astral: Set<UInt32> = []
    func mark(_ v: UInt32) {
      if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }
    for (index, p) in ps.enumerated() {
      guard let f = p.first else { continue }
      mark(f.value)
      if options.contains(.foldASCIICase), f.value >= 0x61, f.value <= 0x7A { mark(f.value - 32) }
      var node = 0
      for c in p {
        let edge = UInt64(node) << 32 | UInt64(c.value)
        if let next = edges[edge] {
          node = Int(next)
        } else {
          ending.append([])
          let next = Int32(nodeCount)
          nodeCount += 1
          edges[edge] = next
          node = Int(next)
        }
      }
      ending[node].append(Int32(index))
    }
    var es: [Int32] = [0]
    var keys: [UInt32] = []
    var targets: [Int32] = []
    var ts: [Int32] = [0]
    var tl: [Int32] = []
    // Sorted by node, then by scalar.
    let sortedEdges = edges.sorted { $0.key < $1.key }
    var e = 0
    for n in 0..<nodeCount {
      while e < sortedEdges.count, sortedEdges[e].key >> 32 == UInt64(n) {
        keys.append(UInt32(truncatingIfNeeded: sortedEdges[e].key))
        targets.append(sortedEdges[e].value)
        e += 1
      }
      es.append(Int32(keys.count))
      tl.append(contentsOf: ending[n])
      ts.append(Int32(tl.count))
    }
    self.phrases = ps
    self.options = options
    self.capitalized = capitalized.contains(true) ? capitalized : []
    self.firstBits = bits
    self.firstAstral = astral
    self.edgeStart = es
    self.edgeKeys = keys
    self.edgeTargets = targets
    self.termStart = ts
    self.terms = tl
    self.hanTable = HanFold.table
    self.hanChanged = HanFold.changed
  }

  @inline(__always)
  static func fold(_ c: Unicode.Scalar, _ options: Options) -> Unicode.Scalar {
    var c = c
    if options.contains(.foldASCIICase) { c = CharClass.asciiLower(c) }
    if options.contains(.foldHan) { c = HanFold.fold(c) }
    return c
  }

  /// `Self.fold` as a value, folding Han through the held table.
  @inline(__always)
  private func fold(_ c: Unicode.Scalar) -> UInt32 {
    var v = c.value
    if options.contains(.foldASCIICase), v >= 0x41, v <= 0x5A { v += 32 }
    if options.contains(.foldHan) { v = HanFold.fold(v, in: hanTable, changed: hanChanged) }
    return v
  }

  /// Whether some phrase may start with `c` (cheap pre-check).
  @inline(__always)
  public func mayStart(_ c: Unicode.Scalar) -> Bool {
    let v = options.contains(.foldHan) ? HanFold.fold(c.value, in: hanTable, changed: hanChanged) : c.value
    if v < 0x10000 { return firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
    return firstAstral.contains(v)
  }

  /// The child of `node` along `key`, or -1.
  @inline(__always)
  private func child(_ node: Int, _ key: UInt32) -> Int {
    var lo = Int(edgeStart[node])
    var hi = Int(edgeStart[node + 1])
    if hi - lo <= 8 {
      while lo < hi {
        if edgeKeys[lo] == key { return Int(edgeTargets[lo]) }
        lo += 1
      }
      return -1
    }
    while lo < hi {
      let mid = (lo + hi) >> 1
      let k = edgeKeys[mid]
      if k == key { return Int(edgeTargets[mid]) }
      if k < key { lo = mid + 1 } else { hi = mid }
    }
    return -1
  }

  /// The first phrase (list order) ending at `node` that may match text starting with `first`, or -1.
  @inline(__always)
  private func terminal(_ node: Int, first: Unicode.Scalar) -> Int {
    var k = Int(termStart[node])
    let e = Int(termStart[node + 1])
    while k < e {
      let index = Int(terms[k])
      if capitalized.isEmpty || !capitalized[index] || CharClass.isASCIIUpper(first) { return index }
      k += 1
    }
    return -1
  }

  /// The longest phrase that starts at `i` and ends at or before `end` (with `wordBoundaries`, not
  /// inside a word: `start` is where the text before `i` may be looked at from).
  public func match(in s: [Unicode.Scalar], at i: Int, start: Int = 0, end: Int) -> Match? {
    guard i >= 0, i < end, end <= s.count, mayStart(s[i]) else { return nil }
    let bounded = options.contains(.wordBoundaries)
    if bounded, i > start, CharClass.isASCIIAlnum(s[i - 1]) { return nil }
    if options.contains(.looseSeparators) {
      var best = (depth: 0, index: -1, end: 0)
      loose(s, node: 0, depth: 0, j: i, first: s[i], end: end, best: &best)
      return best.index >= 0 ? Match(index: best.index, range: i..<best.end) : nil
    }
    var node = 0
    var j = i
    var found: Match?
    while j < end {
      let next = child(node, fold(s[j]))
      if next < 0 { break }
      node = next
      j += 1
      let t = terminal(node, first: s[i])
      if t >= 0, !bounded || j == end || !CharClass.isASCIIAlnum(s[j]) { found = Match(index: t, range: i..<j) }
    }
    return found
  }

  /// Depth-first walk for `looseSeparators`, where a text scalar may follow several edges (a space is
  /// a space run or a hyphen). Keeps the deepest phrase (the longest as listed), the first listed on a tie.
  private func loose(
    _ s: [Unicode.Scalar], node: Int, depth: Int, j: Int, first: Unicode.Scalar, end: Int,
    best: inout (depth: Int, index: Int, end: Int)
  ) {
    if depth > 0 {
      let t = terminal(node, first: first)
      if t >= 0, depth > best.depth || (depth == best.depth && t < best.index),
        !options.contains(.wordBoundaries) || j == end || !CharClass.isASCIIAlnum(s[j]) {
        best = (depth, t, j)
      }
    }
    guard j < end else { return }
    let c = s[j]
    if CharClass.isInlineSpace(c) {
      let next = child(node, 0x20)
      if next >= 0 {
        var k = j
        while k < end, CharClass.isInlineSpace(s[k]) { k += 1 }
        loose(s, node: next, depth: depth + 1, j: k, first: first, end: end, best: &best)
      }
    }
    if c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == " " {
      let next = child(node, 0x2D)
      if next >= 0 { loose(s, node: next, depth: depth + 1, j: j + 1, first: first, end: end, best: &best) }
    }
    if c == "'" || c == "\u{2019}" {
      let next = child(node, 0x27)
      if next >= 0 { loose(s, node: next, depth: depth + 1, j: j + 1, first: first, end: end, best: &best) }
    }
    let key = Self.fold(c, options)
    if key != " " && key != "-" && key != "'" {
      let next = child(node, key.value)
      if next >= 0 { loose(s, node: next, depth: depth + 1, j: j + 1, first: first, end: end, best: &best) }
    }
  }

  /// Calls `body` with each leftmost-longest, non-overlapping match in `range` (phrase index and
  /// range). With `skipQuoted`, matches inside “…”, 「…」, 『…』 or "…" are skipped: a phrase quoted
  /// in a sentence is being talked about, not used. With `wordBoundaries`, matches are tried at word
  /// starts only.
  public func forEachMatch(
    in s: [Unicode.Scalar], _ range: Range<Int>, skipQuoted: Bool = false, _ body: (Int, Range<Int>) -> Void
  ) {
    let r = range.clamped(to: 0..<s.count)
    if options.contains(.wordBoundaries) {
      var i = r.lowerBound
      while i < r.upperBound {
        guard CharClass.isASCIIAlnum(s[i]) else {
          i += 1
          continue
        }
        if mayStart(s[i]), let m = match(in: s, at: i, start: r.lowerBound, end: r.upperBound) {
          body(m.index, m.range)
          i = m.end
          continue
        }
        // Phrases start on word starts only: skip the rest of the word.
        i += 1
        while i < r.upperBound, CharClass.isASCIIAlnum(s[i]) { i += 1 }
      }
      return
    }
    var i = r.lowerBound
    var depth = 0
    var asciiOpen = false
    while i < r.upperBound {
      let c = s[i]
      if skipQuoted {
        switch c {
        case "“", "「", "『": depth += 1
        case "”", "」", "』": depth = max(0, depth - 1)
        case "\"": asciiOpen.toggle()
        default: break
        }
      }
      if (depth == 0 && !asciiOpen) || !skipQuoted, mayStart(c), let m = match(in: s, at: i, start: r.lowerBound, end: r.upperBound) {
        body(m.index, m.range)
        i += m.length
        continue
      }
      i += 1
    }
  }
}
