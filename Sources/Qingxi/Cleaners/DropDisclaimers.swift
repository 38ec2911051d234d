/// Drops disclaimer lines and source-credit lines, keeping the source as `meta.source_name`.
///
/// Disclaimers (kind `disclaimer`): a line led by `[免责声明]`, `【免责声明】` or `免责声明：`; a line led by
/// `特别声明：`, `版权声明：` or `声明：` when disclaimer words follow (仅代表, 侵权, 转载, 来源于网络, 删除…);
/// a label alone on its line together with the disclaimer line after it; and an unlabelled line of at most
/// 150 scalars holding two different disclaimer phrases (`图片来源于网络，如有侵权请联系删除`). Phrases
/// inside quotation marks do not count and a sentence that only mentions a 免责声明 stays.
///
/// Source credits (kind `byline`): a line made only of credit fields and led by a source label
/// (`信息来源:观察者网`, `来源：新华社 作者：张三`). The outlet becomes `meta.source_name` (see
/// `Document.recordSource`), and any author or editor on the line `meta.author` / `meta.editor`.
///
///     [免责声明]文章描述过程、图片都来源于网络,此文章旨在倡导社会正能量,无低俗等不良引导。…
///     信息来源:观察者网
///   →
///     (both lines removed; meta.source_name = "观察者网")
public struct DropDisclaimers: TextCleaner {
  public static let name = "drop-disclaimers"
  public static let summary = "drop 免责声明 disclaimers and 来源： source lines, keeping the source in meta.source_name"
  public static let options = [OptionSpec.enabled()]

  // Disclaimers are short; a longer line with these words is an article paragraph.
  static let maxUnlabelledLine = 150
  static let maxLabelledLine = 400

  public let enabled: Bool
  private let label = DisclaimerLabel()
  private let bylines = BylineParser()
  /// Phrases that make a disclaimer; two different ones make an unlabelled line one.
  private let phrases: PhraseMatcher
  /// Words that, after a weaker label (`声明：`), say the line is a disclaimer.
  private let labelWords: PhraseMatcher

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    phrases = PhraseMatcher([
      "来源于网络", "来源网络", "来自网络", "来源于互联网", "如有侵权", "如涉及版权", "侵权请联系", "联系删除", "请联系删除",
      "侵删", "仅代表作者", "仅代表个人观点", "不代表本站", "不代表本网", "不代表本平台", "不代表本号", "仅供参考",
      "不构成投资建议", "不构成任何投资建议", "版权归原作者", "请及时联系我们", "即刻删除", "第一时间删除",
    ])
    labelWords = PhraseMatcher([
      "仅代表", "观点", "侵权", "转载", "来源于网络", "来源网络", "来自网络", "删除", "仅供参考", "不构成", "版权归",
      "原作者", "本文", "本站", "本网", "本平台", "本号",
    ])
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines()
    var edits: [TextEdit] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      i += 1
      if line.isBlank { continue }
      let r = line.content
      if let m = label.match(s, r) {
        if m.rest == r.upperBound {
          // A label alone: it goes with the disclaimer line after it.
          var n = i
          while n < lines.count, lines[n].isBlank { n += 1 }
          if n < lines.count, lines[n].content.count <= Self.maxLabelledLine, count(phrases, s, lines[n].content) >= 1 {
            edits.append(.remove(line.withBreak, rule: Self.name, kind: "disclaimer"))
            edits.append(.remove(lines[n].withBreak, rule: Self.name, kind: "disclaimer"))
            i = n + 1
          } else if m.isDisclaimer {
            edits.append(.remove(line.withBreak, rule: Self.name, kind: "disclaimer"))
          }
          continue
        }
        let rest = m.rest..<r.upperBound
        if r.count <= Self.maxLabelledLine, m.isDisclaimer || count(labelWords, s, rest) >= 1 {
          edits.append(.remove(line.withBreak, rule: Self.name, kind: "disclaimer"))
          continue
        }
      }
      if let fields = bylines.parse(s, r), fields.first?.role == .source {
        doc.record(fields)
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "byline"))
        continue
      }
      if r.count <= Self.maxUnlabelledLine, count(phrases, s, r) >= 2 {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "disclaimer"))
      }
    }
    return edits
  }

  /// How many different phrases of `table` occur in `r` outside quotation marks.
  private func count(_ table: PhraseMatcher, _ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
    var seen = Set<Int>()
    table.forEachMatch(in: s, r, skipQuoted: true) { idx, _ in seen.insert(idx) }
    return seen.count
  }
}
