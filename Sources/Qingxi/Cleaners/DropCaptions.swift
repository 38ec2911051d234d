/// Removes image captions: short standalone noun-phrase lines between paragraphs, in pages that carry
/// images throughout.
///
/// A line is a caption candidate when it is short (`max_length`), has no clause punctuation or inner space,
/// is mostly Han, is not the first line (the headline) and is not a stock heading word (前言, 结语…). Captions
/// only come in image-rich pages, so nothing is removed unless the page has at least `min_candidates`
/// candidates making up at least a quarter of its paragraphs; then a candidate is a caption when it repeats
/// a word of the paragraphs around it (or is at most six characters). In a run of candidates the last one
/// opens the next section and is kept as a heading: `稀土开采` / `离职的背后` → the caption goes, the heading
/// stays. Example (seed 002): `稀土矿脉`, `廖春生`, `稀土生产` (twice) are removed as `caption`.
public struct DropCaptions: TextCleaner {
  public static let name = "drop-captions"
  public static let summary = "drop image captions (short noun-phrase lines repeating nearby words) in image-rich pages"
  public static let options = [
    OptionSpec.enabled(),
    OptionSpec("max_length", .int, default: .int(20), help: "longest line (in characters) that can be a caption"),
    OptionSpec("min_candidates", .int, default: .int(8), help: "fewest caption-like lines that make a page image-rich"),
  ]

  /// Section headings that are never captions.
  static let headingWords: Set<String> = ["前言", "结语", "引言", "导语", "背景", "总结", "结论", "后记", "摘要", "序言", "尾声", "附录"]

  public let enabled: Bool
  let maxLength: Int
  let minCandidates: Int

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    maxLength = options.int("max_length")
    minCandidates = options.int("min_candidates")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines().filter { !$0.isBlank }
    guard lines.count > 2 else { return [] }
    let candidate = lines.enumerated().map { i, line in i > 0 && isCandidate(s[line.content]) }
    let count = candidate.filter { $0 }.count
    let paragraphs = lines.count - count
    guard count >= minCandidates, count * 4 >= paragraphs else { return [] }

    var edits: [TextEdit] = []
    var i = 0
    while i < lines.count {
      guard candidate[i] else {
        i += 1
        continue
      }
      var j = i
      while j + 1 < lines.count, candidate[j + 1] { j += 1 }
      // A run: all but the last are captions; the last opens a section unless nothing follows it.
      let lastIsHeading = j > i && j + 1 < lines.count
      for k in i...j where !(k == j && lastIsHeading) {
        let c = Array(s[lines[k].content])
        if j > i || c.count <= 6 || repeatsNearbyWord(c, at: k, lines: lines, candidate: candidate, text: s) {
          edits.append(.remove(lines[k].withBreak, rule: Self.name, kind: "caption"))
        }
      }
      i = j + 1
    }
    return edits
  }

  func isCandidate(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
    guard c.count >= 2, c.count <= maxLength else { return false }
    if CharClass.hasClausePunctuation(c) { return false }
    // Quotes, brackets, bylines (文|…) and labels (来源:…) mark other kinds of lines.
    if c.contains(where: isCaptionExcluded) { return false }
    var han = 0
    for x in c where ScriptClass.isHan(x) { han += 1 }
    guard han * 2 >= c.count else { return false }
    return !Self.headingWords.contains(String(scalars: c))
  }

  /// True if a two-character Han word of the line occurs in the two paragraphs before or after it.
  func repeatsNearbyWord(_ c: [Unicode.Scalar], at k: Int, lines: [Line], candidate: [Bool], text s: [Unicode.Scalar]) -> Bool {
    var neighbours: [ArraySlice<Unicode.Scalar>] = []
    var a = k - 1
    while a >= 0, neighbours.count < 2 {
      if !candidate[a] { neighbours.append(s[lines[a].content]) }
      a -= 1
    }
    var b = k + 1
    var after = 0
    while b < lines.count, after < 2 {
      if !candidate[b] {
        neighbours.append(s[lines[b].content])
        after += 1
      }
      b += 1
    }
    for x in 0..<(c.count - 1) where ScriptClass.of(c[x]) == .han && ScriptClass.of(c[x + 1]) == .han {
      let (p, q) = (c[x], c[x + 1])
      for n in neighbours {
        var y = n.startIndex
        while y + 1 < n.endIndex {
          if n[y] == p, n[y + 1] == q { return true }
          y += 1
        }
      }
    }
    return false
  }
}

/// Scalars that never occur in a caption-like line (a switch: no hashing per scalar).
@inline(__always)
private func isCaptionExcluded(_ c: Unicode.Scalar) -> Bool {
  switch c {
  case " ", "“", "”", "\"", "《", "(", "（", "|", "｜", ":", "：": true
  default: false
  }
}
