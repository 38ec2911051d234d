/// Removes author and editor credit lines and the source tails that end an article, keeping them as
/// `meta.author`, `meta.editor` and `meta.source_name`.
///
/// Credit lines (kind `byline`): a line made only of credit fields led by a person label — `文|馒头`,
/// `编辑|江娱迟`, `编辑 陈艳婷`, `责任编辑：李四`, `记者 张三 李四`, `作者：王五`, `（记者 张三 通讯员 李四）`. A
/// value is at most four names, no digits or sentence punctuation, a Han name at most six characters;
/// with only a space after the label each Han name must start with a surname, so `记者 手记` stays. The first
/// author and the first editor on the page are recorded. Lines led by `来源：` belong to `drop-disclaimers`.
///
/// Source tails (kind `byline`): at the end of a line, after a sentence end or alone on it, a `据` + outlet
/// (`据央视新闻客户端`, `据央视新闻微信公众号`, `据新华社报道`), the outlet ending in 客户端, 公众号, 公号,
/// 新闻, 报, 网, 社, 电视台, 频道, 微博…; or a bracketed credit (`（均转自国家安全部微信公号）`,
/// `（据新华社）`, `（来源：人民网）`). Only the tail goes when it is glued to the paragraph. The outlet,
/// channel cut (`央视新闻客户端` → `央视新闻`), is recorded with `Document.recordSource`: the first becomes
/// `meta.source_name`, and a page naming several lists them all in `meta.source_names`. A `据` that opens a
/// sentence (`据“国家安全部”微信公号消息,随着…`) or names no outlet (`据了解`) is content and stays.
/// Each removed `据` tail also leaves a `SourceTail` on the document (raw extent, outlet): the article
/// borders `split-articles` reads.
///
/// Formerly `extract-bylines`; the removals still carry that name as their `rule` (contract v1).
///
///     …或直接向当地国家安全机关进行举报。据央视新闻客户端
///   →
///     …或直接向当地国家安全机关进行举报。              (meta.source_name = "央视新闻")
public struct DropBylines: TextCleaner {
  public static let name = "drop-bylines"
  /// The stage's name before it was renamed; pipeline files naming it still work (with a warning).
  public static let formerName = "extract-bylines"
  /// The `rule` of this stage's removals: still the former name, so records stay byte-identical.
  static let removalRule = formerName
  public static let summary = "remove 文|/编辑/记者/作者 credit lines and 据… source tails, keeping author, editor and source in meta"
  public static let options = [OptionSpec.enabled()]

  // A source tail is short: `据` + outlet (+ 报道/消息), or a bracketed credit.
  static let maxTail = 30

  public let enabled: Bool
  private let bylines = BylineParser()
  private let outletSuffixes: [[Unicode.Scalar]]
  private let notOutletEndings: [[Unicode.Scalar]]
  private let tailOpeners: PhraseMatcher

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    outletSuffixes = [
      "客户端", "公众号", "公号", "新闻", "报", "网", "社", "电视台", "电台", "广播", "频道", "微博", "官微", "APP", "App",
      "app", "周刊", "杂志", "之声",
    ].map { Array($0.unicodeScalars) }
    // Words ending like an outlet that are not one: 据警方通报, 据合作社, 据某平台.
    notOutletEndings = [
      "通报", "举报", "情报", "预报", "汇报", "警报", "简报", "回报", "上报", "申报", "海报", "电报", "互联网", "上网", "联网",
      "电网", "合作社", "旅行社", "相关新闻", "有关新闻",
    ].map { Array($0.unicodeScalars) }
    tailOpeners = PhraseMatcher(Self.openers.map(\.word))
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    for line in s.lines() where !line.isBlank {
      let r = line.content
      if let fields = bylines.parse(s, r) {
        if fields.first?.role != .source {
          doc.record(fields)
          edits.append(.remove(line.withBreak, rule: Self.removalRule, kind: "byline"))
        }
        continue
      }
      if let (start, outlet) = sourceTail(s, r) {
        if let outlet { doc.recordSource(outlet) }
        let range = start == r.lowerBound ? line.withBreak : start..<r.upperBound
        // A marker for a tail removed from its 据 (a whole line with leading spaces is not one: as
        // before the typed marker, when borders were found by removal text starting with 据).
        if s[range.lowerBound] == "据" { doc.sourceTails.append(Self.sourceTail(s, range, doc.clean)) }
        edits.append(.remove(range, rule: Self.removalRule, kind: "byline"))
      }
    }
    return edits
  }

  /// The article-border marker of a 据 tail removed over `range`: its raw extent and the outlet named
  /// between 据 and the end of the removal (trailing white space dropped).
  static func sourceTail(_ s: [Unicode.Scalar], _ range: Range<Int>, _ clean: CleanText) -> SourceTail {
    var end = range.upperBound
    while end > range.lowerBound + 1, s[end - 1].properties.isWhitespace { end -= 1 }
    let rawStart = Int(clean.origins[range.lowerBound])
    return SourceTail(
      rawStart: rawStart, rawEnd: max(rawStart, Int(clean.origins[range.upperBound])),
      outlet: BylineParser.outletName(s, range.lowerBound + 1..<end))
  }

  /// A source tail ending `r`: where it starts and the outlet it names (nil when it names none worth
  /// keeping).
  func sourceTail(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (Int, String?)? {
    var end = r.upperBound
    if end > r.lowerBound, s[end - 1] == "。" { end -= 1 }
    guard end > r.lowerBound else { return nil }
    if let close = Self.closingBracket(s[end - 1]) {
      return bracketedTail(s, r.lowerBound, end, close)
    }
    // Walk back over the tail's letters to a 据; any punctuation but quotes ends the search.
    var i = end - 1
    while i >= r.lowerBound, end - i <= Self.maxTail {
      let c = s[i]
      if c == "据" {
        guard Self.startsSentence(s, r.lowerBound, i) else { return nil }
        guard let outlet = outlet(s, i + 1..<end, needsSuffix: true) else { return nil }
        return (i, outlet)
      }
      if !(ScriptClass.isHan(c) || CharClass.isNameQuote(c) || Self.isWordChar(c)) { return nil }
      i -= 1
    }
    return nil
  }

  private func bracketedTail(_ s: [Unicode.Scalar], _ lo: Int, _ end: Int, _ close: Unicode.Scalar)
    -> (Int, String?)?
  {
    let open: Unicode.Scalar = close == ")" ? "(" : "（"
    var i = end - 2
    while i >= lo, end - i <= Self.maxTail + 2, s[i] != open {
      if CharClass.isSentenceEnd(s[i]) || s[i] == close { return nil }
      i -= 1
    }
    guard i >= lo, s[i] == open, Self.startsSentence(s, lo, i) else { return nil }
    let inner = i + 1..<end - 1
    guard let m = tailOpeners.match(in: s, at: inner.lowerBound, end: inner.upperBound) else { return nil }
    var j = inner.lowerBound + m.length
    while j < inner.upperBound, s[j] == ":" || s[j] == "：" || CharClass.isInlineSpace(s[j]) { j += 1 }
    let opener = Self.openers[m.index]
    if opener.needsColon, j == inner.lowerBound + m.length { return nil }
    guard j < inner.upperBound, let outlet = outlet(s, j..<inner.upperBound, needsSuffix: opener.needsSuffix) else { return nil }
    return (i, outlet)
  }

  /// The outlet named in `r` (after 据 or 转自), or nil when `r` names no outlet. `报道`/`消息`/`电` after
  /// the name are dropped; with `needsSuffix` the name must end like an outlet (新闻, 报, 网, 社…).
  private func outlet(_ s: [Unicode.Scalar], _ r: Range<Int>, needsSuffix: Bool) -> String?? {
    var end = r.upperBound
    for word in Self.reportWords where end - r.lowerBound > word.count + 1 && s[end - word.count..<end].elementsEqual(word) {
      end -= word.count
      break
    }
    let name = r.lowerBound..<end
    var letters = 0
    for i in name {
      let c = s[i]
      if CharClass.isClausePunctuationOrColon(c) || CharClass.isSentenceEnd(c) { return nil }
      if !CharClass.isNameQuote(c), !CharClass.isInlineSpace(c) { letters += 1 }
    }
    guard letters >= 2 else { return nil }
    if needsSuffix {
      // Compare without closing quotes: 据“央视新闻” ends in 新闻.
      var e = end
      while e > name.lowerBound, CharClass.isNameQuote(s[e - 1]) { e -= 1 }
      guard letters >= 3, outletSuffixes.contains(where: { Self.hasSuffix(s, name.lowerBound, e, $0) }),
        !notOutletEndings.contains(where: { Self.hasSuffix(s, name.lowerBound, e, $0) })
      else { return nil }
    }
    return .some(BylineParser.outletName(s, name))
  }

  // What opens a bracketed credit. 转自 and 来源： name their source outright (`（均转自国家安全部微信公号）`);
  // 来源 needs its colon (`（来源于网络）` is no credit); 据, 来自, 摘自 need a name ending like an outlet.
  private static let openers: [(word: String, needsSuffix: Bool, needsColon: Bool)] = [
    ("据", true, false), ("均据", true, false), ("来自", true, false), ("均来自", true, false), ("摘自", true, false),
    ("选自", true, false), ("转自", false, false), ("均转自", false, false), ("转载自", false, false),
    ("来源", false, true), ("稿件来源", false, true),
  ]

  private static let reportWords: [[Unicode.Scalar]] = ["报道", "消息", "电"].map { Array($0.unicodeScalars) }

  @inline(__always)
  private static func hasSuffix(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, _ suffix: [Unicode.Scalar]) -> Bool {
    hi - lo >= suffix.count && s[hi - suffix.count..<hi].elementsEqual(suffix)
  }

  // Letters, digits and the marks inside outlet names (CCTV-13, 21世纪经济报道).
  @inline(__always)
  private static func isWordChar(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || c == "-" || c == " "
  }

  @inline(__always)
  private static func closingBracket(_ c: Unicode.Scalar) -> Unicode.Scalar? {
    c == "）" || c == ")" ? c : nil
  }

  /// Whether position `i` starts a sentence: the line start, or after a sentence end (and spaces).
  private static func startsSentence(_ s: [Unicode.Scalar], _ lo: Int, _ i: Int) -> Bool {
    var k = i - 1
    while k >= lo, CharClass.isInlineSpace(s[k]) { k -= 1 }
    if k < lo { return true }
    let c = s[k]
    return c == "。" || c == "！" || c == "？" || c == "!" || c == "?" || c == "”" || c == "」" || c == "…"
  }
}
