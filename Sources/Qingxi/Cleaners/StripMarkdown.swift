/// Removes Markdown debris that scrapers keep from the page source, keeping the words it wrapped.
///
/// Bold and italic markers (`**…**`, `__…__`) wherever they stand, heading hashes at a line start
/// (`## 标题`), and the brackets of a stray label that stands alone on its line (`[诈骗套路解析]`,
/// `【微信官方声明】`): the label's words stay, as a heading. Every marker removed is a `markup` removal.
/// Example: `"** Song was a student. **"` → `"Song was a student."`. Brackets inside a sentence
/// (`[1]`, `根据[有关规定]`) and labels followed by text on the same line (`[免责声明]文章…`) are kept.
public struct StripMarkdown: TextCleaner {
  public static let name = "strip-markdown"
  public static let summary = "remove ** and __ markers, heading hashes, and brackets of stray [labels], keeping the words"
  public static let options = [
    OptionSpec.enabled(),
    OptionSpec("max_label_length", .int, default: .int(20), help: "longest bracketed line treated as a stray label"),
  ]

  public let enabled: Bool
  let maxLabel: Int

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    maxLabel = options.int("max_label_length")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    for line in s.lines() where !line.isBlank {
      let c = line.content
      // A stray label alone on its line: drop the brackets, keep the words.
      if c.count >= 3, c.count <= maxLabel + 2, let close = Self.closing(s[c.lowerBound]), s[c.upperBound - 1] == close,
        !s[(c.lowerBound + 1)..<(c.upperBound - 1)].contains(where: { $0 == "[" || $0 == "]" || $0 == "【" || $0 == "】" }),
        s[(c.lowerBound + 1)..<(c.upperBound - 1)].contains(where: { ScriptClass.of($0) == .han || ScriptClass.of($0) == .latin })
      {
        edits.append(.remove(c.lowerBound..<(c.lowerBound + 1), rule: Self.name, kind: "markup"))
        edits.append(.remove((c.upperBound - 1)..<c.upperBound, rule: Self.name, kind: "markup"))
        continue
      }
      var i = c.lowerBound
      // Heading hashes: "## " at line start.
      var hashes = i
      while hashes < c.upperBound, s[hashes] == "#" { hashes += 1 }
      if hashes > i, hashes - i <= 6, hashes < c.upperBound, s[hashes] == " " {
        var end = hashes
        while end < c.upperBound, s[end] == " " { end += 1 }
        edits.append(.remove(i..<end, rule: Self.name, kind: "markup"))
        i = end
      }
      // Emphasis markers "**" / "__", with the spaces that pad them against the line's edges.
      while i + 1 < c.upperBound {
        if (s[i] == "*" && s[i + 1] == "*") || (s[i] == "_" && s[i + 1] == "_") {
          var a = i
          var b = i + 2
          while b < c.upperBound, s[b] == s[i] { b += 1 }
          if a == c.lowerBound || (i > c.lowerBound && edits.last?.range.upperBound == i) {
            while b < c.upperBound, s[b] == " " { b += 1 }
          }
          if b == c.upperBound {
            while a > c.lowerBound, s[a - 1] == " " { a -= 1 }
          }
          if let last = edits.last, last.range.upperBound > a { a = last.range.upperBound }
          edits.append(.remove(a..<b, rule: Self.name, kind: "markup"))
          i = b
          continue
        }
        i += 1
      }
    }
    return edits
  }

  static func closing(_ open: Unicode.Scalar) -> Unicode.Scalar? {
    switch open {
    case "[": "]"
    case "【": "】"
    default: nil
    }
  }
}
