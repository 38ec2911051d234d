/// Removes page furniture around an article: ad headers, section labels, "read more" and navigation lines,
/// pagination rows, update-time and tag lines, and a headline repeated right under itself.
///
/// Facts on those lines are kept: the date of `更新时间:2025-06-28` (or of a bare `2025-03-31 04:31:28`
/// line) becomes `published` (ISO 8601), and `标签:财经 稀土 …` becomes `meta.tags`. Kinds: `ad` for
/// gambling/brand headers such as `必一运动·(B-sports)官方网站`; `chrome` for the rest. Example: the lines
/// `展开阅读全文`, `1 2 3 4 5`, `上滑加载更多 ↓`, `推荐阅读:`, `Top` are dropped whole. Lines are judged whole,
/// so a sentence that merely contains such words is kept.
public struct DropSiteChrome: TextCleaner {
  public static let name = "drop-site-chrome"
  public static let summary = "drop ad headers, section labels, read-more/navigation lines, pagination, tag and update-time lines, repeated headlines"
  public static let options = [
    OptionSpec.enabled(),
    OptionSpec("labels", .stringList, default: .array([]), help: "extra whole-line labels to drop (added to the built-in list)"),
  ]

  /// Whole-line labels (compared after trimming trailing colons, arrows and spaces).
  static let builtInLabels: [String] = [
    "展开阅读全文", "阅读全文", "上滑加载更多", "加载更多", "查看更多", "点击查看更多", "推荐阅读", "相关阅读", "延伸阅读",
    "友情链接", "更多", "Top", "TOP", "top", "返回顶部", "回到顶部", "返回首页", "分享到", "分享", "打印本页", "关闭窗口",
    "相关推荐", "热门推荐", "猜你喜欢", "精彩推荐", "往期回顾", "相关新闻", "相关文章", "热门文章", "最新文章", "热门标签",
    "点击排行", "业界动态", "最新资讯", "热点资讯", "行业资讯", "新闻资讯", "网站首页", "首页", "上一页", "下一页",
    "评论", "发表评论", "我要评论", "收藏", "点赞", "举报",
  ]
  /// Line prefixes that make a navigation line (`上一篇：…`, `当前位置：首页 > …`).
  static let navigationPrefixes: [String] = ["上一篇", "下一篇", "当前位置", "您的位置", "你的位置"]
  /// Prefixes of an update-time line; the rest of the line must be a date.
  static let datePrefixes: [String] = ["更新时间", "发布时间", "发布日期", "发表时间", "时间", "日期", "来源时间"]
  static let tagPrefixes: [String] = ["标签", "关键词", "关键字", "Tags", "TAGS", "tags"]
  /// Words of a gambling or brand header (`必一运动·(B-sports)官方网站`).
  static let adWords: [String] = ["官方网站", "官网", "登录入口", "官方入口", "注册入口", "网页版", "官方平台", "APP下载", "app下载", "手机版"]

  public let enabled: Bool
  let labels: Set<[Unicode.Scalar]>
  let longestLabel: Int
  let adWords: [[Unicode.Scalar]]

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    let all = (Self.builtInLabels + options.strings("labels")).map { Array($0.unicodeScalars) }
    labels = Set(all)
    longestLabel = all.map(\.count).max() ?? 0
    adWords = Self.adWords.map { Array($0.unicodeScalars) }
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    var previousContent: [Unicode.Scalar]?
    for line in s.lines() where !line.isBlank {
      // `classify` keeps a line over 80 scalars unless it is a tag line (a colon among its first nine), and
      // such a line never counts as a repeated headline: skip it without copying it.
      if line.content.count > 80, !s[line.content].prefix(9).contains(where: { $0 == ":" || $0 == "：" }) {
        previousContent = nil
        continue
      }
      let content = Array(s[line.content])
      if let kind = classify(content, doc: &doc) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: kind))
        continue
      }
      // A headline repeated directly under itself (only chrome between): keep the first.
      if let previous = previousContent, previous == content, content.count <= 80, !CharClass.hasClausePunctuation(content.suffix(1)) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "chrome"))
        continue
      }
      previousContent = content
    }
    return edits
  }

  /// The removal kind for a whole line, or nil to keep it. May record `published` and `meta.tags`.
  func classify(_ c: [Unicode.Scalar], doc: inout Document) -> String? {
    // Chrome lines are short; a long line is prose (or a tag line, which is checked first).
    if let rest = Self.afterPrefix(c, Self.tagPrefixes), let tags = Self.tags(rest) {
      if doc.meta["tags"] == nil { doc.meta["tags"] = .array(tags.map(JSONValue.string)) }
      return "chrome"
    }
    if c.count > 80 { return nil }
    if c.count <= longestLabel + 4, labels.contains(Self.trimmedLabel(c)) { return "chrome" }
    if c.count <= 80, let prefix = navigationPrefixScalars.first(where: { c.starts(with: $0) }) {
      let next = c.dropFirst(prefix.count).first
      if next == ":" || next == "：" || next == " " || c.contains(">") { return "chrome" }
    }
    if Self.isPagination(c) { return "chrome" }
    if let rest = Self.afterPrefix(c, Self.datePrefixes), let date = TextPatterns.isoDateTime(Self.trim(rest)) {
      if doc.published == nil { doc.published = date }
      return "chrome"
    }
    if let first = c.first, CharClass.isASCIIDigit(first), let date = TextPatterns.isoDateTime(c) {
      if doc.published == nil { doc.published = date }
      return "chrome"
    }
    if c.count <= 40, !CharClass.hasClausePunctuation(c), adWords.contains(where: { Self.contains(c, $0) })
    {
      return "ad"
    }
    return nil
  }

  /// The line without trailing colons, arrows and spaces.
  static func trimmedLabel(_ c: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var end = c.count
    while end > 0, chromeTrailing.contains(c[end - 1]) { end -= 1 }
    var start = 0
    while start < end, chromeTrailing.contains(c[start]) { start += 1 }
    return Array(c[start..<end])
  }

  /// `1 2 3 4 5`, `上一页 1 2 3 下一页`, `首页 1 2 … 10 尾页`.
  static func isPagination(_ c: [Unicode.Scalar]) -> Bool {
    // A row opens with a page number (`Int` reads ASCII digits only: a line opening with another numeric
    // character, 一 or ①, fails on its first word) or a paging word.
    guard let first = c.first, CharClass.isASCIIDigit(first) || first == "上" || first == "首" || first == "«" || first == "<"
    else { return false }
    let words = c.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" })
    var numbers: [Int] = []
    for w in words {
      let word = String(scalars: w)
      if let n = Int(word), n > 0, n < 10_000 {
        numbers.append(n)
      } else if !paginationWords.contains(word) {
        return false
      }
    }
    guard numbers.count >= 3 else { return false }
    return zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }
  }

  /// The rest of the line after `prefix:` (ASCII or fullwidth colon), for the first matching prefix.
  static func afterPrefix(_ c: [Unicode.Scalar], _ prefixes: [String]) -> ArraySlice<Unicode.Scalar>? {
    // Every prefix is followed by a colon within its first eight characters.
    guard c.prefix(9).contains(where: { $0 == ":" || $0 == "：" }) else { return nil }
    for p in prefixes {
      let ps = p.unicodeScalars
      guard c.starts(with: ps), c.count > ps.count else { continue }
      let n = ps.count
      if c[n] == ":" || c[n] == "：" { return c[(n + 1)...] }
    }
    return nil
  }

  static func trim(_ s: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    Array(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }

  /// Tag words: short items separated by spaces, commas or 、.
  static func tags(_ rest: ArraySlice<Unicode.Scalar>) -> [String]? {
    let items = rest.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{3000}" || $0 == "," || $0 == "，" || $0 == "、" || $0 == ";" || $0 == "；" })
    guard !items.isEmpty, items.count <= 40, items.allSatisfy({ $0.count <= 12 && !CharClass.hasClausePunctuation($0) }) else {
      return nil
    }
    return items.map { String(scalars: $0) }
  }

  static func contains(_ c: [Unicode.Scalar], _ w: [Unicode.Scalar]) -> Bool {
    guard w.count <= c.count else { return false }
    for i in 0...(c.count - w.count) where c[i] == w[0] && c[i..<(i + w.count)].elementsEqual(w) { return true }
    return false
  }
}

/// Trailing marks of a navigation label (built once, not per call).
private let chromeTrailing: Set<Unicode.Scalar> = [":", "：", " ", "↓", "↑", "→", "←", "»", "›", ">", "≫", "…", "."]

/// `DropSiteChrome.navigationPrefixes` as scalars (built once, not per line).
private let navigationPrefixScalars: [[Unicode.Scalar]] = DropSiteChrome.navigationPrefixes.map { Array($0.unicodeScalars) }

/// Pagination words of a page-number row (built once, not per call).
private let paginationWords: Set<String> = ["上一页", "下一页", "首页", "尾页", "末页", "…", "...", "«", "»", "<", ">"]
