/// News furniture inside an article body, told by the wording of a whole block: the lines every Chinese
/// news desk adds around a story — the original-title note, editor's notes and summaries, photo captions and
/// credits, byline and source lines, reprint and opinion disclaimers, QR-code and "back to the home page"
/// widgets. Applied only to HTML blocks (where a line is a block the page laid out), so plain-text input is
/// untouched. Lexicons are function words of news layout, not strings of one site.
enum EditorialLines {
  enum Kind: Equatable {
    case caption
    case byline
    /// Editor's notes, original titles, reprint notices, widgets.
    case note
  }

  /// Markers opening a note line (`原标题：`, `（原题为《…》）`, `【编前语】`, `[摘要：…]`).
  static let notePrefixes = [
    "原标题：", "原标题:", "（原标题", "(原标题", "原题：", "（原题", "(原题", "【编前语】", "【编者按】", "编者按：", "[摘要", "【摘要",
    "摘要：", "【导读】", "导读：", "点击进入专题", "延伸阅读", "相关新闻：", "相关阅读：", "此前报道：", "推荐阅读：",
  ]
  /// Phrases of reprint and opinion disclaimers.
  static let disclaimerPhrases = [
    "转载请注明", "未经授权", "未经允许", "不得转载", "禁止转载", "版权归", "版权所有", "免责声明", "仅代表作者", "仅为作者观点",
    "扫描下方二维码", "扫二维码", "长按二维码", "长按识别", "扫码关注", "二维码关注", "关注微信公众号", "下载客户端", "返回腾讯网首页",
  ]
  /// Words of byline and credit lines.
  static let bylineWords = ["记者", "作者", "编辑", "责编", "通讯员", "实习生", "撰文", "采写", "执笔", "文/", "文|", "文｜", "来源：", "来源:", "出品", "校对", "摄影"]
  /// Endings of photo captions and credits.
  static let captionEndings = ["摄", "供图", "截图", "截图）", "截图)", "资料图", "资料图）", "（资料图片）", "图片来源网络", "视频截图）"]
  static let captionPrefixes = ["图片来源", "图源：", "图源:", "图为", "▲", "△", "图：", "图:", "资料图：", "资料图:", "上图：", "下图："]

  /// The lexicons as scalar arrays, matched without building strings (this runs on every kept block).
  private static let notes = notePrefixes.map { Array($0.unicodeScalars) }
  private static let disclaimers = disclaimerPhrases.map { Array($0.unicodeScalars) }
  private static let bylines = bylineWords.map { Array($0.unicodeScalars) }
  private static let captionEnds = captionEndings.map { Array($0.unicodeScalars) }
  private static let captionStarts = captionPrefixes.map { Array($0.unicodeScalars) }
  private static let highlights = ["划重点", "划重点：", "划重点:"].map { Array($0.unicodeScalars) }
  private static let parenthesizedWords = ["来源", "编辑", "记者", "实习生", "作者", "责编", "供稿", "整理", "校对", "原题"].map {
    Array($0.unicodeScalars)
  }
  private static let notRepresenting = Array("不代表".unicodeScalars)
  private static let stance = [Array("立场".unicodeScalars), Array("观点".unicodeScalars)]
  private static let author = Array("作者".unicodeScalars)

  static func kind(of scalars: ArraySlice<Unicode.Scalar>, nearEnd: Bool) -> Kind? {
    let n = scalars.count
    guard n > 0, n <= 200 else { return nil }
    let s = Array(scalars)
    if notes.contains(where: { s.starts(with: $0) }) { return .note }
    if highlights.contains(where: { s == $0 }) { return .note }
    if disclaimers.contains(where: { contains(s, $0) }) { return .note }
    if contains(s, notRepresenting), stance.contains(where: { contains(s, $0) }) { return .note }
    guard n <= 80 else { return nil }
    let sentenceEnd = s.contains { $0 == "。" || $0 == "！" || $0 == "？" }
    if captionStarts.contains(where: { s.starts(with: $0) }) { return .caption }
    if captionEnds.contains(where: { s.count >= $0.count && s[(s.count - $0.count)...].elementsEqual($0) }) {
      // `… 摄` needs a name before it, not a word ending in 摄 (拍摄).
      if s.last == "摄" {
        if s.count >= 2 {
          let c = s[s.count - 2]
          if c == " " || c == "\u{3000}" || isHan(c) && !["拍", "航", "偷", "抓"].contains(c) { return .caption }
        }
      } else {
        return .caption
      }
    }
    // A parenthesized line naming a source, editor or reporter: （资料来源：…）（责任编辑：…）（实习生…对此文亦有贡献）.
    if let first = s.first, let last = s.last, first == "（" || first == "(", last == "）" || last == ")",
      parenthesizedWords.contains(where: { contains(s, $0) })
    {
      return .byline
    }
    // A short line of names after a byline word, without a sentence: 澎湃新闻记者 段彦超 廖艳.
    if n <= 40, !sentenceEnd, bylines.contains(where: { contains(s, $0) }),
      s.contains(where: { $0 == " " || $0 == "：" || $0 == ":" || $0 == "/" || $0 == "|" || $0 == "｜" || $0 == "\u{3000}" })
    {
      return .byline
    }
    // An author's bio closing a column: 作者为《…》主笔…
    if nearEnd, s.starts(with: author) { return .byline }
    return nil
  }

  private static func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard let first = needle.first, needle.count <= hay.count else { return false }
    var i = 0
    while i + needle.count <= hay.count {
      if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
      i += 1
    }
    return false
  }

  static func isHan(_ c: Unicode.Scalar) -> Bool {
    (0x3400...0x9FFF).contains(c.value) || (0x20000...0x2FFFF).contains(c.value)
  }
}
