/// Removes characters that carry no text: zero-width spaces and joiners, byte-order marks inside the text,
/// soft hyphens, direction marks, and control characters other than tab and line feed.
///
/// They come from copy-paste and CMS editors and break search and word counts. A zero-width joiner between
/// two emoji is kept (it forms one emoji). Example: `"国家\u{200B}安全\u{00AD}部"` → `"国家安全部"`, two
/// `markup` removals.
public struct StripInvisibles: TextCleaner {
  public static let name = "strip-invisibles"
  public static let summary = "remove zero-width characters, soft hyphens, direction marks and control characters"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool

  public init(options: StageOptions) { enabled = options.bool("enabled") }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    var i = 0
    while i < s.count {
      guard Self.isInvisible(s, i) else {
        i += 1
        continue
      }
      var j = i + 1
      while j < s.count, Self.isInvisible(s, j) { j += 1 }
      edits.append(.remove(i..<j, rule: Self.name, kind: "markup"))
      i = j
    }
    return edits
  }

  @inline(__always)
  static func isInvisible(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    let v = s[i].value
    switch v {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0x202A...0x202E, 0x2066...0x2069: return true
    case 0x200C, 0x200D:
      // Joiners matter inside emoji sequences; elsewhere they are debris.
      let before = i > 0 ? s[i - 1].properties.isEmoji && s[i - 1].value > 0xFF : false
      let after = i + 1 < s.count ? s[i + 1].properties.isEmoji && s[i + 1].value > 0xFF : false
      return !(before && after)
    default: return false
    }
  }
}
