/// Removes page-stamp lines — time stamp, source, author, editor, view counter, font-size buttons, often
/// several on one line — and a stamp glued before the first paragraph, keeping their facts: the first time
/// stamp becomes `published` (ISO 8601 with the time of day), `来源:`/`Source:` `meta.source_name`,
/// `作者:` `meta.author`, `编辑:` `meta.editor`. E-paper page labels (`第A08版:天下/国内`) go too (kind `chrome`).
///
///     來源:法律編輯整理 時間: 2023-04-02 19:42:41 175 人看過   → removed; published 2023-04-02T19:42:41
///     更新時間:14:38 2025-06-15 HKT                          → removed; published 2025-06-15T14:38
///     date 2026-02-03 大陸前司法部長唐一軍…                    → `大陸前司法部長唐一軍…`
///
/// A stamp glued to text is removed only when it carries a label or a time of day and is set off by a
/// space: a paragraph opening with a date (`2023年7月3日，我国…`) is content.
public struct DropPageMetadata: TextCleaner {
  public static let name = "drop-page-metadata"
  public static let summary = "remove time-stamp/source/author/editor/counter lines (published with time of day, meta) and e-paper page labels"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool
  private let parser = StampParser()

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    for line in s.lines() where !line.isBlank {
      let r = line.content
      if Self.isPageLabel(s, r) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "chrome", reason: "e-paper page label 第…版"))
        continue
      }
      guard let stamp = parser.parse(s, r), stamp.end > r.lowerBound else { continue }
      let whole = stamp.end >= r.upperBound
      if !whole {
        // Glued to text: only a labelled or timed stamp, set off by a space.
        let labelled = stamp.fields.contains { $0.hasPrefix("label") || $0.hasPrefix("source") } || stamp.published?.contains("T") == true
        guard labelled, stamp.end < r.upperBound, CharClass.isInlineSpace(s[stamp.end - 1]) || CharClass.isInlineSpace(s[stamp.end]) else { continue }
      }
      if doc.published == nil, let p = stamp.published { doc.published = p }
      if let v = stamp.source { doc.recordSource(v) }
      if let v = stamp.author, doc.meta["author"] == nil { doc.meta["author"] = .string(v) }
      if let v = stamp.editor, doc.meta["editor"] == nil { doc.meta["editor"] = .string(v) }
      let reason = "page stamp: " + stamp.fields.joined(separator: ", ")
      if whole {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "chrome", reason: reason))
      } else {
        var e = stamp.end
        while e < r.upperBound, CharClass.isInlineSpace(s[e]) { e += 1 }
        edits.append(.remove(line.range.lowerBound..<e, rule: Self.name, kind: "chrome", reason: reason + " (glued to text)"))
      }
    }
    return edits.guarded(s)
  }

  /// `第A08版:天下/国内`, `第3版 要闻`: 第, up to four letters or digits, 版, then a short section name.
  static func isPageLabel(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= 24, s[r.lowerBound] == "第" else { return false }
    var i = r.lowerBound + 1
    while i < r.upperBound, i - r.lowerBound <= 5, s[i].isASCII, CharClass.isASCIIDigit(s[i]) || FoldedLexicon.isLetter(s[i]) { i += 1 }
    guard i > r.lowerBound + 1, i < r.upperBound, s[i] == "版" else { return false }
    let rest = s[(i + 1)..<r.upperBound]
    return rest.isEmpty || rest.first == ":" || rest.first == "：" || rest.first == " " || rest.first == "/"
  }
}
