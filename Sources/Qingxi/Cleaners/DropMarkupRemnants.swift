/// Removes markup a scraper left in the text: raw HTML/XML tags (`<br/>`, `<p>`, `<link type="page">`,
/// `<caption>`, `<url href="…"/>`) and markdown image placeholders (`![图片](http://…)`). A line that is a
/// raw link element — tags around a short headline, such as a related-article `<link><caption>…</caption>
/// <url …/></link>` — goes whole (kind `related`); elsewhere only the tags go and their text stays (kind
/// `markup`). A `<` in prose (`a < b`, `<<刑法>>`) is not a tag: the name must be a known HTML element.
///
///     - <link type="page"><caption> 新聞人物:…郭伯雄</caption><url href="http://www.bbc.com/…" platform="highweb"/></link>   → removed
///     判决<br/>生效。                                                                                          → 判决生效。
public struct DropMarkupRemnants: TextCleaner {
  public static let name = "drop-markup-remnants"
  public static let summary = "remove raw HTML/XML tags and markdown image placeholders; a line that is a raw link element goes whole"
  public static let options = [OptionSpec.enabled()]

  static let tagNames: Set<String> = [
    "a", "b", "i", "u", "p", "br", "hr", "em", "strong", "span", "div", "img", "link", "caption", "url", "figure",
    "figcaption", "iframe", "script", "style", "source", "video", "audio", "table", "tr", "td", "th", "tbody", "ul", "ol",
    "li", "h1", "h2", "h3", "h4", "h5", "h6", "font", "center", "section", "article", "header", "footer", "nav", "meta",
    "title", "picture", "blockquote", "sup", "sub", "small", "label", "input", "button", "noscript", "image", "media",
  ]

  public let enabled: Bool

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    guard s.contains(where: { $0 == "<" || $0 == "[" }) else { return [] }
    var edits: [TextEdit] = []
    for line in s.lines() where !line.isBlank {
      let r = line.content
      var pieces: [Range<Int>] = []
      var i = r.lowerBound
      while i < r.upperBound {
        if s[i] == "<", let e = Self.tagEnd(s, i, r.upperBound) {
          pieces.append(i..<e)
          i = e
        } else if s[i] == "!", i + 1 < r.upperBound, s[i + 1] == "[", let e = Self.markdownImageEnd(s, i, r.upperBound) {
          pieces.append(i..<e)
          i = e
        } else {
          i += 1
        }
      }
      guard !pieces.isEmpty else { continue }
      // What is left of the line without its tags.
      var left: [Unicode.Scalar] = []
      var cursor = r.lowerBound
      for p in pieces {
        left.append(contentsOf: s[cursor..<p.lowerBound])
        cursor = p.upperBound
      }
      left.append(contentsOf: s[cursor..<r.upperBound])
      let shape = LineShape(left, 0..<left.count)
      let isLink = pieces.contains { Self.name(s, $0) == "link" || Self.name(s, $0) == "url" || Self.name(s, $0) == "a" }
      if pieces.count >= 2, shape.isHeadlineLike, !shape.endsSentence {
        edits.append(
          .remove(line.withBreak, rule: Self.name, kind: isLink ? "related" : "markup", reason: "line of raw markup (\(pieces.count) tags)"))
        continue
      }
      for p in pieces {
        edits.append(.remove(p, rule: Self.name, kind: "markup", reason: "raw tag"))
      }
    }
    return edits.guarded(s)
  }

  /// The end of a tag starting at `i` (`<name …>`, `</name>`, `<name …/>`), or nil.
  static func tagEnd(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
    var j = i + 1
    if j < end, s[j] == "/" { j += 1 }
    let nameStart = j
    while j < end, FoldedLexicon.isLetter(s[j]) || (j > nameStart && CharClass.isASCIIDigit(s[j])) { j += 1 }
    guard j > nameStart, j < end, j - nameStart <= 10 else { return nil }
    let name = String(String.UnicodeScalarView(s[nameStart..<j].map { FoldedLexicon.fold($0) }))
    guard tagNames.contains(name) else { return nil }
    guard s[j] == ">" || s[j] == " " || s[j] == "/" else { return nil }
    var k = j
    var quote: Unicode.Scalar?
    while k < end, k - i <= 400 {
      let c = s[k]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == ">" {
        return k + 1
      } else if c == "<" {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// The tag's element name, lower-cased.
  static func name(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
    var j = r.lowerBound + 1
    if j < r.upperBound, s[j] == "/" { j += 1 }
    let st = j
    while j < r.upperBound, FoldedLexicon.isLetter(s[j]) || (j > st && CharClass.isASCIIDigit(s[j])) { j += 1 }
    return String(String.UnicodeScalarView(s[st..<j].map { FoldedLexicon.fold($0) }))
  }

  /// `![alt](url)` starting at `i`: its end.
  static func markdownImageEnd(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
    guard let close = s[(i + 2)..<min(end, i + 200)].firstIndex(of: "]"), close + 1 < end, s[close + 1] == "(" else { return nil }
    guard let paren = s[(close + 2)..<min(end, close + 600)].firstIndex(of: ")") else { return nil }
    return paren + 1
  }
}
