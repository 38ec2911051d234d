/// Drops the keyword lists SEO pages append (place names, sister-site names) and sitemap link lines.
///
/// SEO lists (kind `seo_list`): a run of at least three bullet lines (`•·●◦▪・`, or `-`/`*` with a
/// space), blank lines allowed between, whose items are short (at most 20 scalars, no sentence or clause
/// punctuation) and at least two thirds of them names: places (ending 省, 市, 县, 区, 镇, 乡, 街…) or
/// sites (资讯, 百科, 网, 新闻, 频道…). A run led by a sentence ending in a colon (`试点城市包括：`) is an
/// article's list and stays; so do two bullets, and bullets that are sentences. Section labels above a
/// list (`最新资讯`) are not touched.
///
/// Sitemap lines (kind `sitemap`): a line, bulleted or not, with `sitemap`, `网站地图`, `站点地图` or
/// `XML地图` and nothing but such words and separators (`XML 地图 | Sitemap 地图`).
///
///       • 文山县开化镇
///       • 宿松县二郎镇
///       • 河南中青综合资讯
///       • sitemapsitemap1sitemap2sitemap3sitemap4sitemap5sitemap6sitemap7
///         XML 地图 | Sitemap 地图
///   →
///     (all removed: three `seo_list` lines, two `sitemap` lines)
public struct DropSEOLists: TextCleaner {
  public static let name = "drop-seo-lists"
  public static let summary = "drop bullet runs of place/site names (SEO keyword lists) and sitemap link lines"
  public static let options = [OptionSpec.enabled()]

  static let minRun = 3
  static let maxItem = 20
  static let maxSitemapLine = 120

  public let enabled: Bool
  private let nameEndings: [[Unicode.Scalar]]
  private let sitemapMarks: PhraseMatcher
  private let sitemapWords: PhraseMatcher

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    nameEndings = [
      // places
      "省", "市", "县", "区", "镇", "乡", "村", "街", "街道", "路", "州", "旗", "盟", "岛",
      // sites and their sections
      "资讯", "百科", "网", "新闻", "频道", "论坛", "导航", "大全", "下载", "官网", "平台", "之家", "门户", "在线", "头条",
      "攻略", "专区", "站",
    ].map { Array($0.unicodeScalars) }
    sitemapMarks = PhraseMatcher(["sitemap", "网站地图", "站点地图", "xml地图", "xml 地图"], options: .foldASCIICase)
    sitemapWords = PhraseMatcher(["sitemap", "地图", "网站地图", "站点地图", "xml", "html", "txt", "rss"], options: .foldASCIICase)
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines()
    var edits: [TextEdit] = []
    // The run being collected: its item lines and how many look like names.
    var run: [Line] = []
    var names = 0
    var intro: Line?  // the last non-blank, non-item line before the run
    func flush() {
      if run.count >= Self.minRun, names * 3 >= run.count * 2, !isListIntro(s, intro) {
        for line in run { edits.append(.remove(line.withBreak, rule: Self.name, kind: "seo_list")) }
      }
      run.removeAll(keepingCapacity: true)
      names = 0
    }
    for line in lines {
      if line.isBlank { continue }
      if isSitemap(s, line.content) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "sitemap"))
        continue
      }
      if let item = item(s, line.content) {
        run.append(line)
        if isName(s, item) { names += 1 }
        continue
      }
      flush()
      intro = line
    }
    flush()
    return edits
  }

  /// The item text of a bullet line, or nil when the line is not a short bulleted name.
  private func item(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
    guard let bullet = r.first.map({ s[$0] }) else { return nil }
    var i = r.lowerBound + 1
    switch bullet {
    case "•", "·", "●", "◦", "▪", "・": break
    // ASCII bullets need a space, so `-5℃` or `*注` are not items.
    case "-", "*": guard i < r.upperBound, CharClass.isInlineSpace(s[i]) else { return nil }
    default: return nil
    }
    while i < r.upperBound, CharClass.isInlineSpace(s[i]) { i += 1 }
    let item = i..<r.upperBound
    guard !item.isEmpty, item.count <= Self.maxItem else { return nil }
    for k in item where CharClass.isClausePunctuationOrColon(s[k]) || s[k] == "." || s[k] == "“" || s[k] == "”" { return nil }
    return item
  }

  private func isName(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    nameEndings.contains { r.count > $0.count && s[r.upperBound - $0.count..<r.upperBound].elementsEqual($0) }
  }

  // An article introduces its own list with a sentence ending in a colon (`本次试点城市包括：`);
  // a short label with a colon (`友情链接:`) is page furniture and does not protect the list.
  private func isListIntro(_ s: [Unicode.Scalar], _ line: Line?) -> Bool {
    guard let r = line?.content, let last = r.last.map({ s[$0] }) else { return false }
    return (last == "：" || last == ":") && r.count > 8
  }

  private func isSitemap(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    guard r.count <= Self.maxSitemapLine else { return false }
    var marked = false
    sitemapMarks.forEachMatch(in: s, r) { _, _ in marked = true }
    guard marked else { return false }
    // Nothing but sitemap words, their numbers, bullets and separators.
    var i = r.lowerBound
    while i < r.upperBound {
      if let m = sitemapWords.match(in: s, at: i, end: r.upperBound) {
        i += m.length
        continue
      }
      switch s[i] {
      case "0"..."9", " ", "\t", "\u{3000}", "|", "｜", "/", "-", "_", "·", "•", ".": i += 1
      default: return false
      }
    }
    return true
  }
}
