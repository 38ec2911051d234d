/// Removes related-article inserts: a "read also" label with its headline (`ALSO READ: …`, `Read Also: …`,
/// `相关新闻：…`), a label alone on its line with the headline lines under it (up to the next blank line
/// or sentence), and a run of three or more bulleted headlines (`- …`) below the last paragraph of the page.
/// Kind `related`.
///
///     ALSO READ: ‘Hostile’ US policies on China risk dividing world – Stiglitz      → removed
///     - China sees return travel rush as National Day holiday comes to end          → removed (with the
///     - China to see rainfall, temperature drop                                        rest of the run at
///     - Ancient grottoes in Southwest China survive, thrive via innovative measures    the page end)
///
/// A bulleted list inside the article (followed by more paragraphs) stays.
public struct DropRelatedLinks: TextCleaner {
  public static let name = "drop-related-links"
  public static let summary = "remove 'read also'/相关新闻 inserts, labelled headline lists, and bulleted headline runs at the page end"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool
  private let labels = FoldedLexicon([
    "also read", "read also", "read more", "related", "related articles", "related stories", "related news", "see also",
    "recommended", "more from", "you may also like", "must read", "相关新闻", "相关阅读", "相关报道", "相关文章", "推荐阅读", "延伸阅读",
    "更多新闻", "热门推荐", "猜你喜欢", "你可能感兴趣", "相关链接", "往期回顾", "精彩推荐", "热门文章", "更多阅读",
  ])

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let all = s.lines()
    var edits: [TextEdit] = []
    var k = 0
    while k < all.count {
      let line = all[k]
      guard !line.isBlank else {
        k += 1
        continue
      }
      let r = line.content
      if let m = labels.match(s, at: r.lowerBound, end: r.upperBound) {
        var e = m.range.upperBound
        while e < r.upperBound, s[e] == ":" || s[e] == "：" || s[e] == " " || s[e] == "|" || s[e] == "»" || s[e] == ">" { e += 1 }
        let label = labels.text(m)
        if e == r.upperBound {
          // A label alone: it and the headline lines directly under it.
          edits.append(.remove(line.withBreak, rule: Self.name, kind: "related", reason: "related label [\(label)]"))
          var j = k + 1
          while j < all.count, !all[j].isBlank, j - k <= 10 {
            let sh = LineShape(s, all[j].content)
            // Another label (`友情链接:`) ends the list.
            let lastScalar = s[all[j].content.upperBound - 1]
            guard sh.isHeadlineLike, !sh.endsSentence, lastScalar != ":", lastScalar != "：" else { break }
            edits.append(.remove(all[j].withBreak, rule: Self.name, kind: "related", reason: "headline under a related label [\(label)]"))
            j += 1
          }
          k = j
          continue
        }
        if e > m.range.upperBound, s[m.range.upperBound] == ":" || s[m.range.upperBound] == "：", LineShape(s, e..<r.upperBound).sentenceEnds <= 1,
          r.count <= 200
        {
          edits.append(.remove(line.withBreak, rule: Self.name, kind: "related", reason: "related label with a headline [\(label)]"))
        }
      }
      k += 1
    }
    edits.append(contentsOf: bulletRunAtEnd(s, all))
    return edits.guarded(s)
  }

  /// Three or more bulleted headline lines with no paragraph after them.
  func bulletRunAtEnd(_ s: [Unicode.Scalar], _ all: [Line]) -> [TextEdit] {
    let lines = all.filter { !$0.isBlank }
    var end = lines.count
    // Trailing lines after the run may only be blank (already filtered) — the run must end the page.
    var start = end
    while start > 0 {
      let l = lines[start - 1]
      let r = l.content
      guard r.count >= 4, Self.isBullet(s[r.lowerBound]), s[r.lowerBound + 1] == " " else { break }
      let sh = LineShape(s, (r.lowerBound + 2)..<r.upperBound)
      guard sh.isHeadlineLike, !sh.endsSentence else { break }
      start -= 1
    }
    guard end - start >= 3, start >= 1 else { return [] }
    // The page must have a paragraph before the run.
    let before = lines[0..<start].contains { LineShape(s, $0.content).sentenceEnds >= 1 }
    guard before else { return [] }
    var out: [TextEdit] = []
    for l in lines[start..<end] {
      out.append(.remove(l.withBreak, rule: Self.name, kind: "related", reason: "bulleted headline run (\(end - start) lines) ending the page"))
    }
    end = start
    return out
  }

  static func isBullet(_ c: Unicode.Scalar) -> Bool {
    c == "-" || c == "•" || c == "·" || c == "*" || c == "–" || c == "●" || c == "▪"
  }
}
