/// Removes spam injected into pages by copy sites and forums:
///
/// - keyword-stuffed lines (kind `seo_list`): four or more short items separated by commas, slashes, `|` or
///   spaces, no sentence end, and either repeating their own character pairs (keyword variations:
///   `精品一区二区, 精品人妻…, 久久精品…`) or carrying two or more spam words (adult, gambling);
/// - a gambling brand injected inside a sentence (kind `ad`): a Latin name glued between Han characters and
///   followed by a gambling word and a site word (`引ued体育官网见` → `引见`);
/// - a social-media promotion line (kind `ad`): a follow/subscribe word with a platform name
///   (`【東森娛樂IG】最新藝人八卦動態快追蹤`);
/// - forum anti-copy strings (kind `spam`): a random run of mixed-case letters and digits between Han
///   characters (`判决书Xk3pQ9生效` → `判决书生效`); model numbers (`N95`, `CH-47`) stay.
public struct DropInjectedSpam: TextCleaner {
  public static let name = "drop-injected-spam"
  public static let summary = "remove keyword-stuffed lines, gambling brands injected mid-sentence, social-media promos and forum anti-copy strings"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool
  private let spamWords = FoldedLexicon([
    "精品", "免费", "在线", "成人", "无码", "有码", "一区", "二区", "三区", "乱码", "国产", "久久", "人妻", "内射", "喷潮", "av", "视频",
    "福利", "午夜", "高清", "日韩", "欧美", "亚洲", "彩票", "博彩", "赌场", "娱乐城", "棋牌", "百家乐", "老虎机", "真人", "网投", "体育官网",
  ])
  private let gambling = FoldedLexicon(["体育", "娱乐", "电竞", "彩票", "棋牌", "真人", "博彩", "国际", "赌场", "竞彩"])
  private let siteWords = FoldedLexicon(["官网", "官方网站", "平台", "入口", "登录", "网址", "注册", "app", "下载"], wholeWords: false)
  private let followWords = FoldedLexicon(["追踪", "关注", "订阅", "follow", "subscribe"])
  private let platforms = FoldedLexicon([
    "ig", "instagram", "fb", "facebook", "youtube", "line", "twitter", "tiktok", "抖音", "微信", "微博", "脸书", "公众号",
  ], wholeWords: false)

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    for line in s.lines() where !line.isBlank {
      let r = line.content
      if let reason = keywordList(s, r) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "seo_list", reason: reason))
        continue
      }
      if let reason = socialPromo(s, r) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "ad", reason: reason))
        continue
      }
      edits.append(contentsOf: injected(s, r))
    }
    return edits.guarded(s)
  }

  func keywordList(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
    // Cheap first: a short line, at least three separators and no sentence end.
    guard r.count <= 300 else { return nil }
    var separators = 0
    for c in s[r] {
      if c == "," || c == "，" || c == "、" || c == "/" || c == "|" || c == " " { separators += 1 }
      if c == "。" || c == "!" || c == "?" || c == "！" || c == "？" { return nil }
    }
    guard separators >= 3 else { return nil }
    let shape = LineShape(s, r)
    guard shape.sentenceEnds == 0, shape.han >= 8 else { return nil }
    let items = s[r].split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == "/" || $0 == "|" || $0 == " " })
    guard items.count >= 4, items.allSatisfy({ $0.count <= 16 }) else { return nil }
    // Repeated character pairs across the line.
    var seen: [UInt64: Int] = [:]
    var pairs = 0
    for k in r.lowerBound..<(r.upperBound - 1) where LineShape.isHan(s[k].value) && LineShape.isHan(s[k + 1].value) {
      seen[UInt64(s[k].value) << 32 | UInt64(s[k + 1].value), default: 0] += 1
      pairs += 1
    }
    let repeated = seen.values.filter { $0 >= 2 }.reduce(0, +)
    let spam = Set(spamWords.matches(s, r).map(\.entry)).count
    let share = pairs == 0 ? 0 : Double(repeated) / Double(pairs)
    guard share >= 0.3 || spam >= 2 else { return nil }
    return "keyword list: \(items.count) items, repeated pairs \(Int(share * 100))%, spam words \(spam)"
  }

  func socialPromo(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
    guard r.count <= 40 else { return nil }
    // The word test first: it rejects nearly every line before the shape is counted.
    guard followWords.containsMatch(s, r), LineShape(s, r).sentenceEnds == 0 else { return nil }
    let ps = platforms.matches(s, r).filter { m in
      // A Latin platform name must stand apart from other letters.
      let before = m.range.lowerBound > r.lowerBound ? s[m.range.lowerBound - 1] : " "
      let after = m.range.upperBound < r.upperBound ? s[m.range.upperBound] : " "
      return !FoldedLexicon.isLetter(before) && !FoldedLexicon.isLetter(after)
    }
    guard let p = ps.first else { return nil }
    return "social-media promotion [\(platforms.text(p))]"
  }

  /// Gambling brands and anti-copy strings inside a line.
  func injected(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [TextEdit] {
    var out: [TextEdit] = []
    var i = r.lowerBound + 1
    while i < r.upperBound {
      guard s[i].isASCII, FoldedLexicon.isLetter(s[i]) || CharClass.isASCIIDigit(s[i]), LineShape.isHan(s[i - 1].value) else {
        i += 1
        continue
      }
      var j = i
      while j < r.upperBound, s[j].isASCII, FoldedLexicon.isLetter(s[j]) || CharClass.isASCIIDigit(s[j]) { j += 1 }
      let run = i..<j
      // Gambling brand: latin run + gambling word + site word, Han after.
      if run.count <= 10, let g = gambling.match(s, at: j, end: r.upperBound), let w = siteWords.match(s, at: g.range.upperBound, end: r.upperBound) {
        let e = w.range.upperBound
        if e < r.upperBound, LineShape.isHan(s[e].value) || CharClass.hasClausePunctuation(CollectionOfOne(s[e])) {
          out.append(.remove(i..<e, rule: Self.name, kind: "ad", reason: "gambling brand injected mid-sentence [\(gambling.text(g))\(siteWords.text(w))]"))
          i = e
          continue
        }
      }
      if j < r.upperBound, LineShape.isHan(s[j].value), Self.isRandom(s[run]) {
        out.append(.remove(run, rule: Self.name, kind: "spam", reason: "random letters and digits between Han characters"))
      }
      i = j
    }
    return out
  }

  /// Mixed lower- and upper-case letters and digits, switching between them at least three times: a
  /// generated string, not a word, an acronym or a model number.
  static func isRandom(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
    guard run.count >= 5, run.count <= 16 else { return false }
    var lower = 0
    var upper = 0
    var digits = 0
    var switches = 0
    var last = -1
    var runLength = 0
    var longest = 0
    for c in run {
      let cls = CharClass.isASCIIDigit(c) ? 0 : (CharClass.isASCIIUpper(c) ? 1 : 2)
      switch cls {
      case 0: digits += 1
      case 1: upper += 1
      default: lower += 1
      }
      if last >= 0, cls != last { switches += 1 }
      runLength = cls == last ? runLength + 1 : 1
      longest = max(longest, runLength)
      last = cls
    }
    return lower > 0 && upper > 0 && digits > 0 && switches >= 3 && longest <= 2
  }
}
