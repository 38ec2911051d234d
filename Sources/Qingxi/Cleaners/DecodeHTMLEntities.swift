/// Replaces HTML character references left in scraped text by the characters they stand for.
///
/// Named references for the characters that occur in news text (`&nbsp;` `&amp;` `&lt;` `&gt;` `&quot;`
/// `&apos;` `&middot;` `&mdash;` `&ldquo;` …) and numeric ones (`&#20013;`, `&#x4e2d;`). Each replacement is
/// recorded as a `markup` removal of the reference. Example: `"B&amp;C Speakers&nbsp;公司"` →
/// `"B&C Speakers 公司"`. Text that only looks like a reference (`&foo;`, `AT&T`) is kept.
public struct DecodeHTMLEntities: TextCleaner {
  public static let name = "decode-html-entities"
  public static let summary = "replace HTML character references (&amp; &nbsp; &#20013;) by their characters"
  public static let options = [OptionSpec.enabled()]

  static let named: [String: Unicode.Scalar] = [
    "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "middot": "·", "mdash": "—",
    "ndash": "–", "hellip": "…", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "laquo": "«",
    "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "times": "×", "divide": "÷", "yen": "¥", "deg": "°",
    "bull": "•", "ensp": " ", "emsp": " ", "thinsp": " ",
  ]

  public let enabled: Bool

  public init(options: StageOptions) { enabled = options.bool("enabled") }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    var i = 0
    while i < s.count {
      guard s[i] == "&", let (end, scalar) = Self.reference(s, at: i) else {
        i += 1
        continue
      }
      edits.append(TextEdit(range: i..<end, replacement: [scalar], rule: Self.name, kind: "markup"))
      i = end
    }
    return edits
  }

  /// The reference starting at `i` (`&…;`), its end and character.
  static func reference(_ s: [Unicode.Scalar], at i: Int) -> (Int, Unicode.Scalar)? {
    var j = i + 1
    let limit = min(s.count, i + 12)
    while j < limit, s[j] != ";", s[j].isASCII, s[j].properties.isAlphabetic || s[j].properties.numericType != nil || s[j] == "#" {
      j += 1
    }
    guard j < limit, s[j] == ";", j > i + 1 else { return nil }
    let body = String(scalars: s[(i + 1)..<j])
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32? =
        digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let v = value, v != 0, let scalar = Unicode.Scalar(v) else { return nil }
      return (j + 1, scalar)
    }
    guard let scalar = named[body] else { return nil }
    return (j + 1, scalar)
  }
}
