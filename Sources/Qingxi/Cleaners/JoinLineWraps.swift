/// Joins single-newline hard wraps inside a sentence (kind `hardwrap`), which `split-blocks` would otherwise
/// turn into separate paragraphs:
///
/// - English: a line of four or more words that stops without closing punctuation, followed by a line that
///   starts with a lower-case letter, is joined with ONE SPACE (`the court\nsaid` → `the court said`), so
///   words never run together;
/// - Chinese: a line that is already a clause (sixteen or more characters with a comma inside) and stops on a
///   Han character, followed by a line starting with a Han character, is joined with nothing
///   (`…查获的2起非法捕捞\n水产品案在\n江城区法院…` → `…查获的2起非法捕捞水产品案在江城区法院…`).
///
/// Text whose lines are blocks (WET conversion records) is left alone. Lines separated by a blank line are never joined here (see `join-hard-wraps`), nor lines made mostly of
/// functional words (two footer or menu lines), a line starting with a capital, a bullet or a list marker.
public struct JoinLineWraps: TextCleaner {
  public static let name = "join-line-wraps"
  public static let summary = "join single-newline wraps mid-sentence: English with a space, Chinese clauses with nothing"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    guard !doc.linesAreBlocks else { return [] }
    let s = doc.scalars
    let lines = s.lines()
    guard lines.count >= 2 else { return [] }
    var edits: [TextEdit] = []
    var carriedClause = false
    for k in 0..<(lines.count - 1) {
      let a = lines[k]
      let b = lines[k + 1]
      guard !a.isBlank, !b.isBlank else {
        carriedClause = false
        continue
      }
      let sa = LineShape(s, a.content)
      let sb = LineShape(s, b.content)
      let lastA = s[a.content.upperBound - 1]
      let firstB = s[b.content.lowerBound]
      let gap = a.content.upperBound..<b.content.lowerBound
      if sa.han == 0, sb.han == 0, sa.words >= 4, a.content.count >= 25, CharClass.isASCIILower(firstB),
        FoldedLexicon.isLetter(lastA) || CharClass.isASCIIDigit(lastA) || lastA == ",",
        s.functionalCoverage(a.content, FunctionalWords.lexicon).share < 0.5,
        s.functionalCoverage(b.content, FunctionalWords.lexicon).share < 0.5
      {
        edits.append(TextEdit(range: gap, replacement: [" "], rule: Self.name, kind: "hardwrap", reason: "English line wrap before a lower-case word"))
        carriedClause = false
        continue
      }
      let clause = carriedClause || (a.content.count >= 16 && sa.clausePunct >= 1)
      if sa.han > 0, clause, LineShape.isHan(lastA.value), LineShape.isHan(firstB.value), sa.han * 2 >= sa.letters,
        !Self.startsList(s, b.content)
      {
        edits.append(TextEdit(range: gap, replacement: [], rule: Self.name, kind: "hardwrap", reason: "Chinese clause wrapped on a Han character"))
        carriedClause = true
        continue
      }
      carriedClause = false
    }
    return edits.guarded(s)
  }

  /// `一、`, `（二）`, `1.`, `第一`, bullets.
  static func startsList(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    let c = s[r.lowerBound]
    if "一二三四五六七八九十".unicodeScalars.contains(c), r.count > 1, s[r.lowerBound + 1] == "、" { return true }
    if c == "第" { return true }
    return false
  }
}
