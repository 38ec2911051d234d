/// Reads byline lines: one or more `label separator value` fields and nothing else, such as `文|馒头`,
/// `编辑 陈艳婷`, `责任编辑：李四`, `来源：新华社 作者：张三`, optionally wrapped in brackets
/// (`（记者 张三 通讯员 李四）`). Shared by `drop-bylines` (lines led by a person label) and
/// `drop-disclaimers` (lines led by a source label), so each line has one owner and both record the
/// same facts.
struct BylineParser: Sendable {
  enum Role: Sendable, Equatable {
    /// Writer: `meta.author`.
    case author
    /// Editor: `meta.editor`.
    case editor
    /// Other credits (校对, 审核, 监制…): recognised so the line goes, not recorded.
    case staff
    /// Where the article came from: `meta.source_name`.
    case source
  }

  struct Field: Sendable, Equatable {
    var role: Role
    /// The value as recorded (names without trailing 报道/摄, sources as outlet names).
    var value: String
  }

  // Longest label wins (本报记者 over 记者, 责任编辑 over 编辑).
  private static let labelRoles: [(String, Role)] = [
    ("文", .author), ("作者", .author), ("撰文", .author), ("文字", .author), ("图文", .author), ("文图", .author),
    ("记者", .author), ("本报记者", .author), ("新华社记者", .author), ("特约记者", .author), ("见习记者", .author),
    ("实习记者", .author), ("首席记者", .author), ("通讯员", .author), ("本报通讯员", .author), ("撰稿", .author),
    ("撰稿人", .author), ("特约撰稿", .author),
    ("编辑", .editor), ("责任编辑", .editor), ("责编", .editor), ("实习编辑", .editor), ("值班编辑", .editor),
    ("主编", .editor), ("文字编辑", .editor), ("网络编辑", .editor), ("编校", .editor),
    ("校对", .staff), ("审核", .staff), ("审校", .staff), ("终审", .staff), ("初审", .staff), ("复审", .staff),
    ("二审", .staff), ("三审", .staff), ("监制", .staff), ("摄影", .staff), ("摄像", .staff), ("美编", .staff),
    ("编译", .staff), ("翻译", .staff),
    ("来源", .source), ("信息来源", .source), ("文章来源", .source), ("新闻来源", .source), ("稿件来源", .source),
    ("内容来源", .source), ("本文来源", .source), ("转自", .source), ("转载自", .source), ("原载", .source),
  ]

  // Words that close a byline but are not names: 记者 张三 报道, 李四 摄.
  private static let trailingWords: Set<String> = ["报道", "摄", "摄影", "整理", "供图", "编译", "综合", "综合报道"]

  // A whole byline line is short; a longer line is prose that happens to start with 记者 or 来源.
  static let maxLineLength = 80

  private let labels: PhraseMatcher
  private let roles: [Role]

  init() {
    labels = PhraseMatcher(Self.labelRoles.map(\.0))
    roles = Self.labelRoles.map(\.1)
  }

  /// The fields of a byline line, or nil when the line is anything else.
  func parse(_ s: [Unicode.Scalar], _ content: Range<Int>) -> [Field]? {
    var lo = content.lowerBound
    var hi = content.upperBound
    guard hi - lo >= 2, hi - lo <= Self.maxLineLength else { return nil }
    if let close = CharClass.closing(for: s[lo]), s[hi - 1] == close {
      lo += 1
      hi -= 1
    }
    var fields: [Field] = []
    var i = lo
    while true {
      while i < hi, Self.isFieldGap(s[i]) { i += 1 }
      if i >= hi { break }
      guard let (role, valueStart) = fieldStart(s, i, hi) else { return nil }
      let strict = (i..<valueStart).contains { Self.isStrictSeparator(s[$0]) }
      // The value runs to the next field (a label after a gap) or the end of the line.
      var k = valueStart
      while k < hi {
        if k > valueStart, Self.isFieldGap(s[k - 1]), fieldStart(s, k, hi) != nil { break }
        k += 1
      }
      var end = k
      while end > valueStart, Self.isFieldGap(s[end - 1]) { end -= 1 }
      guard end > valueStart, let value = validValue(role, s, valueStart..<end, strict: strict) else { return nil }
      fields.append(Field(role: role, value: value))
      i = k
    }
    return fields.isEmpty ? nil : fields
  }

  /// A label at `i` followed by its separator: the role and where the value starts.
  private func fieldStart(_ s: [Unicode.Scalar], _ i: Int, _ hi: Int) -> (Role, Int)? {
    guard let m = labels.match(in: s, at: i, end: hi) else { return nil }
    var j = i + m.length
    var strict = false
    var spaced = false
    while j < hi {
      if CharClass.isInlineSpace(s[j]) {
        spaced = true
      } else if Self.isStrictSeparator(s[j]) {
        strict = true
      } else {
        break
      }
      j += 1
    }
    // `文|馒头` needs a mark; `编辑 陈艳婷` may use a space, but not after the one-character 文.
    guard strict || (spaced && m.length >= 2) else { return nil }
    return (roles[m.index], j)
  }

  /// The value to record, or nil when it does not look like names (or an outlet).
  private func validValue(_ role: Role, _ s: [Unicode.Scalar], _ r: Range<Int>, strict: Bool) -> String? {
    if role == .source {
      guard r.count <= 30 else { return nil }
      for i in r where CharClass.isClausePunctuationOrColon(s[i]) { return nil }
      // `来源：人民网 2025-06-28`: the outlet is the first word.
      let word = r.lowerBound..<(r.first { CharClass.isInlineSpace(s[$0]) } ?? r.upperBound)
      return Self.outletName(s, word) ?? ""
    }
    // Names: at most four tokens split by spaces or 、，/; a parenthesis (a role, or a pinyin gloss
    // left in) does not count toward a token's length.
    var tokens: [Range<Int>] = []
    var tokenStart = r.lowerBound
    var parenDepth = 0
    var tokenLength = 0
    var i = r.lowerBound
    func closeToken(_ end: Int) -> Bool {
      if end > tokenStart {
        tokens.append(tokenStart..<end)
        if tokenLength > 20 { return false }
      }
      tokenLength = 0
      return true
    }
    while i < r.upperBound {
      let c = s[i]
      switch c {
      case "(", "（":
        parenDepth += 1
      case ")", "）":
        parenDepth = max(0, parenDepth - 1)
      case " ", "\t", "\u{3000}", "、", "，", ",", "/":
        if parenDepth == 0 {
          guard closeToken(i) else { return nil }
          tokenStart = i + 1
        }
      default:
        if CharClass.isClausePunctuationOrColon(c) || CharClass.isASCIIDigit(c) || CharClass.isNameQuote(c) { return nil }
        if parenDepth == 0 {
          tokenLength += 1
          // A Chinese name is short; seven Han in a row is a phrase (记者 从市公安局获悉).
          if ScriptClass.isHan(c), tokenLength > 6 { return nil }
        }
      }
      i += 1
    }
    guard closeToken(r.upperBound) else { return nil }
    if let last = tokens.last, tokens.count > 1, Self.trailingWords.contains(s.string(last)) { tokens.removeLast() }
    guard !tokens.isEmpty, tokens.count <= 4 else { return nil }
    if !strict {
      // With only a space after the label, insist on real names: each Han token starts with a surname,
      // so a heading such as `记者 手记` stays.
      for t in tokens where ScriptClass.isHan(s[t.lowerBound]) {
        guard Surnames.shared.longestSurname(in: s, at: t.lowerBound) != nil else { return nil }
      }
    }
    guard let first = tokens.first, let last = tokens.last else { return nil }
    return s.string(first.lowerBound..<last.upperBound)
  }

  // Between fields: spaces and the marks sites put between credits.
  @inline(__always)
  static func isFieldGap(_ c: Unicode.Scalar) -> Bool {
    CharClass.isInlineSpace(c) || c == "|" || c == "｜" || c == "丨" || c == "/" || c == "," || c == "，" || c == "；" || c == ";"
  }

  @inline(__always)
  static func isStrictSeparator(_ c: Unicode.Scalar) -> Bool {
    c == ":" || c == "：" || c == "|" || c == "｜" || c == "丨" || c == "/"
  }

  // Channels an outlet publishes on: 央视新闻客户端 and 央视新闻微信公众号 are both 央视新闻.
  private static let channelSuffixes: [[Unicode.Scalar]] = [
    "微信公众号", "微信公号", "官方微信", "公众号", "公号", "客户端", "官方微博", "微博", "官微", "微信", "官方账号", "账号",
    "视频号", "抖音号", "头条号", "APP", "App", "app",
  ].map { Array($0.unicodeScalars) }

  // Not outlets: a picture "from the internet" names no source.
  private static let notOutlets: Set<String> = ["网络", "互联网", "网友", "网络图片", "网图", "网上", "网传", "本站", "本网", "原创", "转载", "未知"]

  /// The outlet a source mention names: quotes and title marks dropped, the channel suffix cut
  /// (`“国家安全部”微信公众号` → `国家安全部`); nil when it names no outlet (`网络`).
  static func outletName(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
    var name: [Unicode.Scalar] = []
    name.reserveCapacity(r.count)
    for i in r where !CharClass.isNameQuote(s[i]) && !CharClass.isInlineSpace(s[i]) { name.append(s[i]) }
    for suffix in channelSuffixes where name.count >= suffix.count + 2 && name.suffix(suffix.count).elementsEqual(suffix) {
      name.removeLast(suffix.count)
      break
    }
    let text = name.string(0..<name.count)
    if text.isEmpty || notOutlets.contains(text) { return nil }
    return text
  }
}
