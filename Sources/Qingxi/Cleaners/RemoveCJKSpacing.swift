/// Removes the spaces PDF extraction (and some pages) put into Chinese text.
///
/// A run of spaces inside a line goes (kind `spacing`, one removal per run) when it stands:
/// - beside CJK punctuation, on either side: `， ` → `，`, `。 ` → `。`, `、 `, `《密码法》 规定` → `《密码法》规定`,
///   `调查 ，` → `调查，`, `》 《` → `》《`;
/// - between a digit and a Han character, either way: `2023 年 7 月 3 日` → `2023年7月3日`,
///   `12339 国家安全机关` → `12339国家安全机关`;
/// - between a Han character and a quotation mark, `…`, `—` or `·` (marks English shares, so only beside
///   Han): `“工作原因” 离职` → `“工作原因”离职`;
/// - between two single Han characters, both cut off by it (letter-spaced text): `国 家 安 全` → `国家安全`.
///
/// Before → after, from a PDF page (`003`): `"储备需要， 2023 年 7 月 3 日， 我国商务部、"` →
/// `"储备需要，2023年7月3日，我国商务部、"`.
///
/// Kept: spaces in English (`Under the command`, `RMB 500,000`, `11 years`, `B&C Speakers`); spaces
/// between Latin and CJK (`com 闽ICP备`), which are a style choice, not an extraction artifact; spaces
/// between two Han words (`伪装身份 套号来电`, a title and its subtitle, tag lists `财经   稀土`), which
/// separate phrases on web pages; and leading and trailing spaces of a line, which are layout.
public struct RemoveCJKSpacing: TextCleaner {
  public static let name = "remove-cjk-spacing"
  public static let summary = "remove spaces beside CJK punctuation and between digits and Han characters"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    var i = 1
    while i < s.count {
      guard s[i] == " " else {
        i += 1
        continue
      }
      var j = i + 1
      while j < s.count, s[j] == " " { j += 1 }
      if j < s.count, s[i - 1] != " ", Self.isArtifact(s, before: i - 1, after: j) {
        edits.append(.remove(i..<j, rule: Self.name, kind: "spacing"))
      }
      i = j + 1
    }
    return edits
  }

  enum Kind { case han, punctuation, quote, digit, other }

  @inline(__always)
  static func kind(_ c: Unicode.Scalar) -> Kind {
    let v = c.value
    switch v {
    case 0x30...0x39: return .digit
    case 0..<0x80: return .other
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3007, 0x3040...0x30FF: return .han
    // CJK symbols and punctuation (not U+3000, the ideographic space), fullwidth punctuation.
    case 0x3001...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return .punctuation
    // Quotation marks, ellipsis and dashes shared with English: CJK only beside Han.
    case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7: return .quote
    default: return .other
    }
  }

  /// Whether the spaces between `s[a]` and `s[b]` are an artifact (both are on the same line).
  static func isArtifact(_ s: [Unicode.Scalar], before a: Int, after b: Int) -> Bool {
    let x = s[a]
    let y = s[b]
    if x == "\n" || y == "\n" { return false }
    let kx = kind(x)
    let ky = kind(y)
    switch (kx, ky) {
    case (.punctuation, _), (_, .punctuation): return true
    case (.digit, .han), (.han, .digit): return true
    case (.quote, .han), (.han, .quote): return true
    case (.han, .han):
      // Letter-spaced text: a lone character on each side. Two words (`伪装身份 套号来电`) keep their space.
      return runLength(s, from: a, step: -1) == 1 && runLength(s, from: b, step: 1) == 1
    default: return false
    }
  }

  /// Length of the run of CJK characters (Han, punctuation, quotes) starting at `i` and going `step`.
  static func runLength(_ s: [Unicode.Scalar], from i: Int, step: Int) -> Int {
    var n = 0
    var k = i
    while k >= 0, k < s.count, kind(s[k]) != .digit, kind(s[k]) != .other, n < 2 {
      n += 1
      k += step
    }
    return n
  }
}
