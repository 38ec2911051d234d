/// A fixed set of phrases to look for in scalar text, built once in a stage's `init`.
///
/// A bitset over first scalars makes the scan one load per scalar; phrases are compared only where one
/// can start, longest first. With `foldCase`, ASCII letters match case-insensitively (`CopyRight`).
public struct PhraseTable: Sendable {
  public let phrases: [[Unicode.Scalar]]
  private let foldCase: Bool
  /// Bit `v` set when some phrase starts with BMP scalar `v`.
  private let firstBits: [UInt64]
  /// Phrase indices by first scalar, longest phrase first.
  private let byFirst: [UInt32: [Int]]

  public init(_ list: [String], foldCase: Bool = false) {
    let ps = list.map { p in p.unicodeScalars.map { foldCase ? Self.fold($0) : $0 } }
    var bits = [UInt64](repeating: 0, count: 1024)
    var byFirst: [UInt32: [Int]] = [:]
    for (i, p) in ps.enumerated() {
      guard let f = p.first else { continue }
      if f.value < 0x10000 { bits[Int(f.value >> 6)] |= 1 << UInt64(f.value & 63) }
      byFirst[f.value, default: []].append(i)
    }
    for key in byFirst.keys { byFirst[key]?.sort { ps[$0].count > ps[$1].count } }
    self.phrases = ps
    self.foldCase = foldCase
    self.firstBits = bits
    self.byFirst = byFirst
  }

  @inline(__always)
  static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
    (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(UInt8(c.value + 32)) : c
  }

  /// Whether some phrase may start with `c` (cheap pre-check).
  @inline(__always)
  public func mayStart(_ c: Unicode.Scalar) -> Bool {
    let v = foldCase ? Self.fold(c).value : c.value
    if v < 0x10000 { return firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
    return byFirst[v] != nil
  }

  /// The longest phrase that starts at `i` and ends at or before `end`: its index and length.
  public func match(in s: [Unicode.Scalar], at i: Int, end: Int) -> (index: Int, length: Int)? {
    guard i < end, mayStart(s[i]) else { return nil }
    let first = foldCase ? Self.fold(s[i]).value : s[i].value
    guard let candidates = byFirst[first] else { return nil }
    for idx in candidates {
      let p = phrases[idx]
      guard i + p.count <= end else { continue }
      var k = 1
      while k < p.count {
        let c = foldCase ? Self.fold(s[i + k]) : s[i + k]
        if c != p[k] { break }
        k += 1
      }
      if k == p.count { return (idx, p.count) }
    }
    return nil
  }

  /// Calls `body` with each leftmost-longest, non-overlapping match in `range` (phrase index and
  /// range). With `skipQuoted`, matches inside “…”, 「…」, 『…』 or "…" are skipped: a phrase quoted
  /// in a sentence is being talked about, not used.
  public func forEachMatch(
    in s: [Unicode.Scalar], _ range: Range<Int>, skipQuoted: Bool = false, _ body: (Int, Range<Int>) -> Void
  ) {
    var i = range.lowerBound
    var depth = 0
    var asciiOpen = false
    while i < range.upperBound {
      let c = s[i]
      if skipQuoted {
        switch c {
        case "“", "「", "『": depth += 1
        case "”", "」", "』": depth = max(0, depth - 1)
        case "\"": asciiOpen.toggle()
        default: break
        }
      }
      if (depth == 0 && !asciiOpen) || !skipQuoted, let m = match(in: s, at: i, end: range.upperBound) {
        body(m.index, i..<i + m.length)
        i += m.length
        continue
      }
      i += 1
    }
  }
}

/// Small scalar tests shared by the line rules.
enum Glyph {
  /// Ends a Chinese sentence (`。！？` and their ASCII forms when followed by Han are rare enough to ignore).
  @inline(__always)
  static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
    c == "。" || c == "！" || c == "？" || c == "!" || c == "?" || c == "；" || c == "…"
  }

  /// Punctuation that a name, a list item or a label value never contains.
  @inline(__always)
  static func isClausePunct(_ c: Unicode.Scalar) -> Bool {
    isSentenceEnd(c) || c == "，" || c == "," || c == ";" || c == "：" || c == ":" || c == "、"
  }

  @inline(__always)
  static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  @inline(__always)
  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}"
  }

  /// Quotation and title marks that wrap a name (`“国家安全部”`, `《人民日报》`).
  @inline(__always)
  static func isNameQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "“", "”", "\"", "《", "》", "「", "」", "『", "』", "‘", "’", "〈", "〉": return true
    default: return false
    }
  }

  /// The closing bracket for an opening one, for brackets that wrap a whole line or a tail.
  static func closing(for c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case "(": ")"
    case "（": "）"
    case "[": "]"
    case "【": "】"
    case "［": "］"
    case "〔": "〕"
    default: nil
    }
  }
}
