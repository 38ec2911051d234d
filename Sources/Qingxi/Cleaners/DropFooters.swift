/// Drops site footer lines: copyright notices, ICP licence and 公网安备 registration numbers, site
/// boilerplate and the site owner's QQ/微信 contact.
///
/// Whole lines go, recorded as kind `footer`. A line goes when it carries a strong mark (`©`,
/// `Copyright 2020`, `All Rights Reserved`, `Powered By`, a registration number such as `闽ICP备11008920号`,
/// `京ICP证030173号`, `闽公网安备35020302035593号`); or two different boilerplate phrases (`本站资料`,
/// `仅用于学习交流`, `如有版权问题`, `请与我联系`, `版权所有：…`, `QQ:4156828`…); or one of them on a short
/// line that is not a sentence (`版权所有：新华网`, `联系QQ：4156828`). Phrases inside quotation marks do
/// not count, and `版权所有` counts only as a label (not in `版权所有人`), so a news sentence about
/// copyright stays. Labelled disclaimers (`【免责声明】…`) are left to `drop-disclaimers`.
///
///     本站资料均由网友自行发布提供,仅用于学习交流。如有版权问题,请与我联系,QQ:4156828
///     © CopyRight 2020- All Rights Reserved. Powered By 61893.com 闽ICP备11008920号
///     闽公网安备35020302035593号
///   →
///     (all three lines removed)
public struct DropFooters: TextCleaner {
  public static let name = "drop-footers"
  public static let summary = "drop copyright, ICP/公网安备 registration, site boilerplate and site contact lines"
  public static let options = [OptionSpec.enabled()]

  // A line longer than this is an article paragraph (perhaps with a footer glued on): kept whole.
  static let maxStrongLine = 200
  // Boilerplate phrases alone remove only short non-sentence lines.
  static let maxSingleWeakLine = 40

  /// What a phrase of the table means for the line.
  private enum Mark {
    /// `©`, `All Rights Reserved`, `Powered By`: a footer wherever it stands.
    case strong
    /// A licence or registration word: a footer when a number follows.
    case registration
    /// `Copyright`: a footer when ©, (c), a year or the line end follows (not `copyright law`).
    case copyrightWord
    /// `版权所有` as a label: followed by the end, a space, a colon, ©, a bracket or a separator, not by
    /// more words (`版权所有人`).
    case copyrightLabel
    /// `QQ:4156828`, `QQ群：…`, `微信：abc123`, `微信号:…`: the site owner's contact.
    case contact
    /// Site boilerplate (`本站资料`, `仅用于学习交流`, `转载请注明`…).
    case boilerplate
  }

  public let enabled: Bool
  private let table: PhraseMatcher
  private let marks: [Mark]
  private let disclaimers = DisclaimerLabel()

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    var phrases: [(String, Mark)] = [("©", .strong), ("all rights reserved", .strong), ("powered by", .strong)]
    // Licence and registration words count only when a number follows (`京ICP证030173号`), so an
    // article about ICP filing (`未取得ICP备案`) stays.
    phrases += ["icp备", "icp证", "公网安备", "网安备", "许可证", "备案号"].map { ($0, .registration) }
    phrases += [("copyright", .copyrightWord), ("版权所有", .copyrightLabel), ("qq", .contact), ("微信", .contact)]
    phrases += [
      "本站资料", "本站内容", "本站文章", "本站所有", "本站部分", "本站发布", "本站转载", "本站不", "本网站",
      "仅用于学习交流", "仅供学习交流", "仅供学习", "如有版权问题", "如有侵权", "请与我联系", "请与我们联系",
      "请联系我们", "请联系本站", "联系本站", "未经授权", "未经许可", "未经本站", "未经本网", "禁止转载", "严禁转载",
      "不得转载", "谢绝转载", "转载请注明", "违法和不良信息举报", "不良信息举报",
    ].map { ($0, .boilerplate) }
    table = PhraseMatcher(phrases.map(\.0), options: .foldASCIICase)
    marks = phrases.map(\.1)
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    var edits: [TextEdit] = []
    for line in s.lines() where !line.isBlank && isFooter(s, line.content) {
      edits.append(.remove(line.withBreak, rule: Self.name, kind: "footer"))
    }
    return edits
  }

  func isFooter(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    // Article paragraphs are mostly longer than any footer: skip them without a scan.
    if r.count > Self.maxStrongLine || disclaimers.starts(s, r) { return false }
    // One pass: a strong mark decides at once; weak ones (boilerplate, 版权所有, contact) are counted,
    // each different phrase once, and only outside quotation marks.
    var weak: UInt64 = 0
    var depth = 0
    var asciiQuote = false
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      switch c {
      case "“", "「", "『": depth += 1
      case "”", "」", "』": depth = max(0, depth - 1)
      case "\"": asciiQuote.toggle()
      default: break
      }
      guard table.mayStart(c), let m = table.match(in: s, at: i, end: r.upperBound) else {
        i += 1
        continue
      }
      let next = i + m.length
      let quoted = depth > 0 || asciiQuote
      switch marks[m.index] {
      case .strong:
        return true
      case .registration:
        if Self.numberFollows(s, next, r.upperBound) { return true }
      case .copyrightWord:
        if Self.copyrightFollows(s, next, r.upperBound) { return true }
      case .copyrightLabel:
        if !quoted, Self.isLabelEnd(s, next, r.upperBound) { weak |= 1 << 62 }
      case .contact:
        if !quoted, i == r.lowerBound || !CharClass.isASCIILetter(s[i - 1]), Self.contactFollows(s, c, next, r.upperBound) {
          weak |= 1 << 63
        }
      case .boilerplate:
        if !quoted { weak |= 1 << UInt64(m.index % 62) }
      }
      i = next
    }
    switch weak.nonzeroBitCount {
    case 0: return false
    case 1: return r.count <= Self.maxSingleWeakLine && !r.contains { CharClass.isSentenceEnd(s[$0]) }
    default: return true
    }
  }

  // `Copyright 2020`, `Copyright ©`, `Copyright (c)`, or `Copyright` ending the line.
  private static func copyrightFollows(_ s: [Unicode.Scalar], _ from: Int, _ end: Int) -> Bool {
    var j = from
    while j < end, CharClass.isInlineSpace(s[j]) { j += 1 }
    return j == end || s[j] == "©" || s[j] == "(" || CharClass.isASCIIDigit(s[j])
  }

  private static func isLabelEnd(_ s: [Unicode.Scalar], _ j: Int, _ end: Int) -> Bool {
    if j == end { return true }
    switch s[j] {
    case " ", "\u{3000}", ":", "：", "©", "(", "（", "|", "丨", ",", "，", "-", "·": return true
    default: return false
    }
  }

  // After QQ or 微信: an optional 号/群, a colon, then a number (QQ) or an ID (微信: a letter or digit).
  private static func contactFollows(_ s: [Unicode.Scalar], _ first: Unicode.Scalar, _ from: Int, _ end: Int) -> Bool {
    var j = from
    if j < end, s[j] == "号" || s[j] == "群" { j += 1 }
    while j < end, CharClass.isInlineSpace(s[j]) { j += 1 }
    guard j < end, s[j] == ":" || s[j] == "：" else { return false }
    j += 1
    while j < end, CharClass.isInlineSpace(s[j]) { j += 1 }
    guard j < end else { return false }
    return CharClass.isASCIIDigit(s[j]) || (first == "微" && CharClass.isASCIILetter(s[j]))
  }

  // A registration number: five digits or more within a few scalars, with only spaces and label marks
  // before it (`ICP备11008920号`, `公网安备 35020302035593号`, `许可证编号：11120180002`), so `许可证3张` stays.
  private static func numberFollows(_ s: [Unicode.Scalar], _ from: Int, _ end: Int) -> Bool {
    var j = from
    while j < end, j < from + 5 {
      let c = s[j]
      if CharClass.isASCIIDigit(c) {
        var k = j
        while k < end, CharClass.isASCIIDigit(s[k]) { k += 1 }
        return k - j >= 5
      }
      if !(CharClass.isInlineSpace(c) || c == ":" || c == "：" || c == "字" || c == "第" || c == "编" || c == "号") { return false }
      j += 1
    }
    return false
  }

}
