import Foundation

/// Folds character variants that scrapers and PDF extractors produce into one form each.
///
/// Fullwidth ASCII letters, digits and symbols become halfwidth (`２０２３年` → `2023年`, `ＡＢＣ` → `ABC`);
/// CJK punctuation (`，。！？：；（）“”`) is kept as written. No-break and other fixed-width spaces become an
/// ordinary space, and so does the ideographic space unless `ideographic_space: keep`. Line ends become
/// `\n`. Decomposed accents are composed (NFC). These are substitutions, not removals, so they are not
/// listed in `removed`.
public struct NormalizeUnicode: TextCleaner {
  public static let name = "normalize-unicode"
  public static let summary = "fullwidth ASCII to halfwidth (CJK punctuation kept), odd spaces to space, CRLF to LF, NFC"
  public static let options = [
    OptionSpec("fullwidth_ascii", .bool, default: .bool(true), help: "fold fullwidth letters, digits and symbols to ASCII"),
    OptionSpec(
      "ideographic_space", .string, default: .string("space"), help: "what U+3000 becomes", choices: ["space", "keep"]),
    OptionSpec("nfc", .bool, default: .bool(true), help: "compose decomposed characters (Unicode NFC)"),
  ]

  let foldWidth: Bool
  let ideographicSpace: Bool
  let nfc: Bool

  public init(options: StageOptions) {
    foldWidth = options.bool("fullwidth_ascii")
    ideographicSpace = options.string("ideographic_space") == "space"
    nfc = options.bool("nfc")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    var i = 0
    while i < s.count {
      let v = s[i].value
      // Fast path: ASCII needs nothing but CR handling.
      if v < 0x80 {
        if v == 0x0D {
          let end = (i + 1 < s.count && s[i + 1] == "\n") ? i + 2 : i + 1
          edits.append(TextEdit(range: i..<end, replacement: ["\n"], rule: Self.name, kind: nil))
          i = end
          continue
        }
        i += 1
        continue
      }
      // CJK ideographs, CJK punctuation (before the combining tone marks U+302A–302F) and general
      // punctuation without a replacement: no replacement and combining class 0, so nothing to do.
      if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3001 && v <= 0x3029) || (v >= 0x2010 && v <= 0x2027) {
        i += 1
        continue
      }
      if let r = replacement(for: v) {
        edits.append(TextEdit(range: i..<i + 1, replacement: [r], rule: Self.name, kind: nil))
      } else if nfc, s[i].properties.canonicalCombiningClass != .notReordered, i > 0 {
        // A combining mark: recompose the cluster it belongs to (rare, so Foundation is fine here).
        var start = i - 1
        while start > 0, s[start].properties.canonicalCombiningClass != .notReordered { start -= 1 }
        var end = i + 1
        while end < s.count, s[end].properties.canonicalCombiningClass != .notReordered { end += 1 }
        if let last = edits.last, last.range.upperBound > start {
          i = end
          continue
        }
        var cluster = String.UnicodeScalarView()
        cluster.append(contentsOf: s[start..<end])
        let composed = Array(String(cluster).precomposedStringWithCanonicalMapping.unicodeScalars)
        if composed != Array(s[start..<end]) {
          edits.append(TextEdit(range: start..<end, replacement: composed, rule: Self.name, kind: nil))
        }
        i = end
        continue
      }
      i += 1
    }
    return edits
  }

  private func replacement(for v: UInt32) -> Unicode.Scalar? {
    switch v {
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F:
      return " "
    case 0x3000:
      return ideographicSpace ? " " : nil
    case 0x2028, 0x2029, 0x0085:
      return "\n"
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
      return foldWidth ? Unicode.Scalar(v - 0xFEE0) : nil
    // Fullwidth symbols that are not CJK punctuation: ＃＄％＆＊＋－／＜＝＞＠＼＾＿｜～
    case 0xFF03, 0xFF04, 0xFF05, 0xFF06, 0xFF0A, 0xFF0B, 0xFF0D, 0xFF0F, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF20, 0xFF3C,
      0xFF3E, 0xFF3F, 0xFF5C, 0xFF5E:
      return foldWidth ? Unicode.Scalar(v - 0xFEE0) : nil
    default:
      return nil
    }
  }
}
