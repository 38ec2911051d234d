/// Removes datelines and credit lines, whole-line or glued to a paragraph, in both scripts and English,
/// keeping who wrote and edited the piece as `meta.author`/`meta.editor` and the outlet as `meta.source_name`.
///
/// - `讯` datelines opening a paragraph (`本报讯`, `浙江在线06月27日讯`, `唐人日报1月2日讯:`), with a bracketed credit
///   after them (`本报讯(记者 肖玉 邓雪)`); a single-sentence caption glued before the dateline or on the line
///   just above it goes too (kind `caption`). `电`/`消息` datelines (`新华社杭州12月15日电`) name place and date
///   and stay; only their bracketed credit goes (`(記者陳曉波)`).
/// - bracketed credits at the start or end of a paragraph: a credit label (记者, 通讯员, 撰稿, 责编, 译者…) inside
///   (`(撰稿:威克,責編:橫路)`, `(譯者:林治平)1080114`), an agency report (`(中央社渥太華14日綜合外電報導)`), or an
///   organization and a name closing the last paragraph (`(广东海警局 朱嘉伟)`).
/// - credit lines: `記者陳政錄/綜合報導`, `大陸中心/綜合報導`, `綜合報導`, `文◎靳 婷*`, `新聞來源:華視新聞`, `N据新华社电`,
///   a lone e-mail address or link, a source tag opening a paragraph (`【Now新聞台】`), English `By …`,
///   `Reporting by …; Editing by …`, `(China Daily)` and `Name Name, City` under the headline.
///
///     本报讯(记者 肖玉 邓雪)昨天是6•26国际禁毒日。   →   昨天是6•26国际禁毒日。   (meta.author = 肖玉)
public struct DropDatelines: TextCleaner {
  public static let name = "drop-datelines"
  public static let summary = "remove datelines (本报讯, …讯), bracketed credits ((记者…), (撰稿:…)), credit lines and English bylines; author/editor/source to meta"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool

  /// Labels of a person credit, with the meta field they fill (nil: not recorded).
  static let creditLabels: [(String, String?)] = [
    ("记者", "author"), ("本报记者", "author"), ("特约记者", "author"), ("见习记者", "author"), ("实习记者", "author"),
    ("通讯员", "author"), ("实习生", nil), ("撰稿", "author"), ("撰文", "author"), ("作者", "author"), ("文", "author"),
    ("责编", "editor"), ("责任编辑", "editor"), ("编辑", "editor"), ("主编", "editor"), ("译者", nil), ("翻译", nil),
    ("编译", nil), ("摄影", nil), ("摄", nil), ("校对", nil), ("审核", nil),
  ]
  /// Words that end a report credit: `综合报导`, `综合外电报导`, `报道`.
  static let reportWords: [String] = ["综合报导", "综合报道", "综合外电报导", "综合外电报道", "报导", "报道", "外电", "讯", "电"]
  static let sourceLabels: [String] = ["来源", "新闻来源", "文章来源", "稿源", "消息来源", "信息来源"]
  /// Word endings of an outlet or an organization (a 【…】 source tag, an agency in a credit bracket).
  static let outletEndings: [String] = [
    "台", "报", "网", "社", "新闻", "电视", "日报", "晚报", "客户端", "中心", "局", "院", "所", "队", "厅", "部", "委", "办", "站",
  ]

  private let labels: FoldedLexicon
  private let labelField: [String?]
  private let reports: FoldedLexicon
  private let sources: FoldedLexicon
  private let outlets: FoldedLexicon
  /// `HanFold.table` and `HanFold.changed`, held for the per-scalar fold in `xunDateline`.
  private let hanTable = HanFold.table
  private let hanChanged = HanFold.changed

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    labels = FoldedLexicon(Self.creditLabels.map(\.0))
    labelField = Self.creditLabels.map(\.1)
    reports = FoldedLexicon(Self.reportWords)
    sources = FoldedLexicon(Self.sourceLabels)
    outlets = FoldedLexicon(Self.outletEndings)
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines().filter { !$0.isBlank }
    var edits: [TextEdit] = []
    var captionDone = Set<Int>()
    var lastEnglishByline: Int?
    for (k, line) in lines.enumerated() {
      let r = line.content
      // Whole credit lines.
      if let reason = creditLine(s, r, index: k, doc: &doc) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "byline", reason: reason))
        lastEnglishByline = reason.hasPrefix("English") ? k : nil
        continue
      }
      // The outlet line of an English byline block (`Jane Doe, Beijing` / `The Times`): one to three
      // capitalized words, no punctuation, right under the byline.
      if let b = lastEnglishByline, b == k - 1, Self.isOutletLine(s, r) {
        doc.recordSource(String(scalars: s[r]))
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "byline", reason: "outlet line under an English byline"))
        continue
      }
      lastEnglishByline = nil
      // A caption sentence glued before a 讯 dateline, or a one-sentence line just above one.
      if let (start, end, reason) = xunDateline(s, r, doc: &doc) {
        if start > r.lowerBound {
          let before = r.lowerBound..<start
          if Self.isCaptionSentence(s, before) {
            edits.append(.remove(before, rule: Self.name, kind: "caption", reason: "one sentence glued before a dateline"))
          }
        } else if k > 0, !captionDone.contains(k - 1), Self.isCaptionSentence(s, lines[k - 1].content) {
          edits.append(.remove(lines[k - 1].withBreak, rule: Self.name, kind: "caption", reason: "one-sentence line above a dateline"))
          captionDone.insert(k - 1)
        }
        var e = end
        while e < r.upperBound, CharClass.isInlineSpace(s[e]) || s[e] == ":" || s[e] == "：" { e += 1 }
        edits.append(.remove(start..<(e == r.upperBound ? line.withBreak.upperBound : e), rule: Self.name, kind: "byline", reason: reason))
        continue
      }
      // Bracketed credit at the start (after an optional 电/消息 dateline) or at the end of the paragraph.
      if let (range, reason) = leadingCredit(s, r, doc: &doc) {
        edits.append(.remove(range, rule: Self.name, kind: "byline", reason: reason))
      }
      if let (range, reason) = trailingCredit(s, r, last: k == lines.count - 1, doc: &doc) {
        if !edits.contains(where: { $0.range.overlaps(range) }) {
          edits.append(.remove(range, rule: Self.name, kind: "byline", reason: reason))
        }
      }
    }
    return edits.guarded(s)
  }

  // MARK: - Rules

  /// `本报讯`, `浙江在线06月27日讯`, `唐人日报1月2日讯:` at the start of `r` or after one caption sentence, with a
  /// bracketed credit after it: (start, end, reason).
  func xunDateline(_ s: [Unicode.Scalar], _ r: Range<Int>, doc: inout Document) -> (Int, Int, String)? {
    // Find 讯 within the first 60 scalars, preceded by a date or by 本报/本刊/本台.
    var i = r.lowerBound
    let limit = min(r.upperBound, r.lowerBound + 60)
    while i < limit {
      if HanFold.fold(s[i].value, in: hanTable, changed: hanChanged) == ("讯" as Unicode.Scalar).value {
        var start = i
        let hasDate = i > r.lowerBound && s[i - 1] == "日"
        let ownPaper = i >= r.lowerBound + 2 && (s[i - 2] == "本") && !hasDate
        // 讯 ends the dateline only before punctuation, a bracket, a space or the line end: `5日讯问` is a verb.
        let next = i + 1 < r.upperBound ? s[i + 1] : " "
        let closes = !LineShape.isHan(next.value) && !FoldedLexicon.isLetter(next) && !CharClass.isASCIIDigit(next)
        if (hasDate || ownPaper) && closes {
          // Walk back over the outlet, place and date to a sentence end or the line start.
          while start > r.lowerBound {
            let p = s[start - 1]
            if p == "。" || p == "!" || p == "?" || p == "！" || p == "？" || CharClass.isInlineSpace(p) && start - 1 < i - 12 { break }
            if !(LineShape.isHan(p.value) || CharClass.isASCIIDigit(p) || FoldedLexicon.isLetter(p) || CharClass.isInlineSpace(p)) { break }
            start -= 1
          }
          while start < i, CharClass.isInlineSpace(s[start]) { start += 1 }
          guard i - start <= 20 else { return nil }
          var end = i + 1
          var j = end
          while j < r.upperBound, CharClass.isInlineSpace(s[j]) { j += 1 }
          var reason = "dateline …讯"
          if j < r.upperBound, let close = CharClass.closing(for: s[j]), let c2 = s[j..<min(r.upperBound, j + 40)].firstIndex(of: close),
            creditInside(s, (j + 1)..<c2, doc: &doc) != nil
          {
            end = c2 + 1
            reason += " with a bracketed credit"
          }
          return (start, end, reason)
        }
      }
      i += 1
    }
    return nil
  }

  /// A bracket right at the start of the paragraph, or right after a `…电`/`…消息` dateline, holding a credit.
  func leadingCredit(_ s: [Unicode.Scalar], _ r: Range<Int>, doc: inout Document) -> (Range<Int>, String)? {
    var i = r.lowerBound
    // Skip a 电/消息 dateline: up to 24 scalars ending in 日电 / 日消息 / 电 right before the bracket.
    let limit = min(r.upperBound, r.lowerBound + 30)
    var open: Int?
    while i < limit {
      if s[i] == "(" || s[i] == "（" || s[i] == "【" || s[i] == "[" {
        open = i
        break
      }
      if CharClass.hasClausePunctuation(CollectionOfOne(s[i])) { return nil }
      i += 1
    }
    guard let o = open, let closeGlyph = CharClass.closing(for: s[o]) else { return nil }
    if o > r.lowerBound {
      let f = HanFold.fold(s[o - 1])
      let datelineEnd = f == "电" || (o - 2 >= r.lowerBound && HanFold.fold(s[o - 2]) == "消" && f == "息")
      guard datelineEnd else { return nil }
    }
    guard let close = s[o..<min(r.upperBound, o + 40)].firstIndex(of: closeGlyph), close > o + 1 else { return nil }
    if s[o] == "【", o == r.lowerBound, let reason = sourceTag(s, (o + 1)..<close, doc: &doc) {
      return (o..<(close + 1), reason)
    }
    guard let reason = creditInside(s, (o + 1)..<close, doc: &doc) ?? agencyReport(s, (o + 1)..<close, doc: &doc) else { return nil }
    return (o..<(close + 1), reason)
  }

  /// `【Now新聞台】` opening a paragraph: an outlet name (ending in 台, 报, 网, 社, 新闻…), no punctuation.
  func sourceTag(_ s: [Unicode.Scalar], _ r: Range<Int>, doc: inout Document) -> String? {
    guard r.count >= 2, r.count <= 12, !CharClass.hasClausePunctuation(s[r]) else { return nil }
    for k in r where outlets.match(s, at: k, end: r.upperBound)?.range.upperBound == r.upperBound {
      doc.recordSource(String(scalars: s[r]))
      return "source tag 【…】"
    }
    return nil
  }

  /// A credit bracket closing the paragraph, with an optional date code after it (`(譯者:林治平)1080114`).
  func trailingCredit(_ s: [Unicode.Scalar], _ r: Range<Int>, last: Bool, doc: inout Document) -> (Range<Int>, String)? {
    var e = r.upperBound
    while e > r.lowerBound, CharClass.isASCIIDigit(s[e - 1]), r.upperBound - e < 8 { e -= 1 }
    guard e > r.lowerBound, let open = Self.opening(for: s[e - 1]) else { return nil }
    var o = e - 2
    while o >= r.lowerBound, s[o] != open, e - o <= 40 { o -= 1 }
    guard o >= r.lowerBound, s[o] == open, o + 1 < e - 1 else { return nil }
    let inner = (o + 1)..<(e - 1)
    if let reason = creditInside(s, inner, doc: &doc) { return (o..<r.upperBound, reason) }
    // `(广东海警局 朱嘉伟)`: an organization and a name, closing the article after a sentence end.
    if o > r.lowerBound, s[o - 1] == "。" || s[o - 1] == ".", let reason = orgAndName(s, inner) { return (o..<r.upperBound, reason) }
    return nil
  }

  /// Credit fields inside a bracket: every field is `label[:| ]names`; the first author and editor go to meta.
  func creditInside(_ s: [Unicode.Scalar], _ r: Range<Int>, doc: inout Document) -> String? {
    guard r.count >= 2, r.count <= 36 else { return nil }
    var found: [String] = []
    var facts: [(String, String)] = []
    var i = r.lowerBound
    var sawLabel = false
    while i < r.upperBound {
      if let m = labels.match(s, at: i, end: r.upperBound) {
        // A one-character label (文, 摄) must be followed by a separator; longer ones may run into the name.
        if m.range.count == 1, m.range.upperBound < r.upperBound,
          !(s[m.range.upperBound] == ":" || s[m.range.upperBound] == "：" || s[m.range.upperBound] == "/" || CharClass.isInlineSpace(s[m.range.upperBound]))
        {
          return nil
        }
        var j = m.range.upperBound
        while j < r.upperBound, s[j] == ":" || s[j] == "：" || CharClass.isInlineSpace(s[j]) { j += 1 }
        var e = j
        while e < r.upperBound, s[e] != "," && s[e] != "，" && s[e] != ";" {
          if e > j, CharClass.isInlineSpace(s[e - 1]), labels.match(s, at: e, end: r.upperBound) != nil { break }
          e += 1
        }
        let value = String(scalars: s[j..<e]).trimmingSpaces
        guard Self.isNames(s, j..<e) else { return nil }
        if let field = labelField[m.entry], !value.isEmpty {
          facts.append((field, String(String.UnicodeScalarView(value.unicodeScalars.filter { !CharClass.isInlineSpace($0) }))))
        }
        found.append(labels.text(m))
        sawLabel = true
        i = e
        while i < r.upperBound, s[i] == "," || s[i] == "，" || s[i] == ";" || CharClass.isInlineSpace(s[i]) { i += 1 }
        continue
      }
      return nil
    }
    guard sawLabel else { return nil }
    for (field, value) in facts where doc.meta[field] == nil { doc.meta[field] = .string(value) }
    return "bracketed credit [\(found.joined(separator: " "))]"
  }

  /// `(中央社渥太華14日綜合外電報導)`: an outlet, place and date ending in a report word, no punctuation.
  func agencyReport(_ s: [Unicode.Scalar], _ r: Range<Int>, doc: inout Document) -> String? {
    guard r.count <= 30, !CharClass.hasClausePunctuation(s[r]) else { return nil }
    for k in r.lowerBound..<r.upperBound {
      if let m = reports.match(s, at: k, end: r.upperBound), m.range.upperBound == r.upperBound, m.range.count >= 2 {
        guard k - r.lowerBound >= 2, s[r.lowerBound..<k].contains(where: { CharClass.isASCIIDigit($0) || $0 == "日" }) || m.range.count >= 4 else { return nil }
        return "bracketed agency report [\(reports.text(m))]"
      }
    }
    return nil
  }

  /// `广东海警局 朱嘉伟`: an organization ending in an outlet/agency word, a space, and a 2–4 character name.
  func orgAndName(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
    guard let sp = s[r].firstIndex(where: { CharClass.isInlineSpace($0) }), sp > r.lowerBound else { return nil }
    let org = r.lowerBound..<sp
    let name = (sp + 1)..<r.upperBound
    guard org.count >= 3, org.count <= 12, name.count >= 2, name.count <= 4,
      s[org].allSatisfy({ LineShape.isHan($0.value) }), s[name].allSatisfy({ LineShape.isHan($0.value) })
    else { return nil }
    var endsOutlet = false
    for k in org { if let m = outlets.match(s, at: k, end: org.upperBound), m.range.upperBound == org.upperBound { endsOutlet = true } }
    return endsOutlet ? "bracketed organization and name" : nil
  }

  /// Whole credit lines.
  func creditLine(_ s: [Unicode.Scalar], _ r: Range<Int>, index: Int, doc: inout Document) -> String? {
    guard r.count <= 60 else { return nil }
    let shape = LineShape(s, r)
    let text = s[r]
    // A lone e-mail address or link.
    if !text.contains(where: { CharClass.isInlineSpace($0) }) {
      if text.contains("@"), text.contains("."), shape.han == 0, r.count <= 60 { return "lone e-mail address" }
      if text.starts(with: "http://".unicodeScalars) || text.starts(with: "https://".unicodeScalars) { return "lone link" }
    }
    guard shape.sentenceEnds == 0 else { return nil }
    // English bylines.
    if shape.han == 0 {
      return englishByline(s, r, index: index, doc: &doc)
    }
    // `N据新华社电`: an optional bullet letter, 据, an outlet, 电/讯.
    var a = r.lowerBound
    if r.count >= 3, !LineShape.isHan(s[a].value), s[a + 1] == "据" { a += 1 }
    if s[a] == "据", r.count <= 16, let last = s[r].last, HanFold.fold(last) == "电" || HanFold.fold(last) == "讯" {
      doc.recordSource(String(scalars: s[(a + 1)..<(r.upperBound - 1)]))
      return "据…电 credit line"
    }
    // `新聞來源:華視新聞`.
    if let m = sources.match(s, at: r.lowerBound, end: r.upperBound), m.range.upperBound < r.upperBound,
      s[m.range.upperBound] == ":" || s[m.range.upperBound] == "：", r.count <= 24
    {
      let v = String(scalars: s[(m.range.upperBound + 1)..<r.upperBound]).trimmingSpaces
      guard !v.isEmpty, !CharClass.hasClausePunctuation(v.unicodeScalars) else { return nil }
      doc.recordSource(v)
      return "source line [\(sources.text(m))]"
    }
    // `記者陳政錄/綜合報導`, `大陸中心/綜合報導`, `綜合報導`, `文◎靳 婷*`.
    guard r.count <= 24, shape.clausePunct == 0 else { return nil }
    let parts = text.split(whereSeparator: { $0 == "/" || $0 == "◎" || $0 == "|" || $0 == "｜" || $0 == "／" })
    var hasReport = false
    var hasLabel = false
    for p in parts {
      let st = p.startIndex
      if let m = reports.match(s, at: st, end: p.endIndex), m.range.upperBound == p.endIndex, m.range.count >= 2 { hasReport = true }
      if let m = labels.match(s, at: st, end: p.endIndex), p.count > m.range.count || parts.count > 1 {
        let rest = m.range.upperBound..<p.endIndex
        if rest.isEmpty || Self.isNames(s, rest) {
          hasLabel = true
          if let f = labelField[m.entry], !rest.isEmpty, doc.meta[f] == nil {
            doc.meta[f] = .string(String(scalars: s[rest]).trimmingSpaces)
          }
        }
      }
    }
    if hasReport && (parts.count >= 2 || r.count <= 6) { return "report credit line" }
    if hasLabel && parts.count >= 2 { return "credit line" }
    return nil
  }

  /// `By Jane Doe`, `Reporting by A; Editing by B`, `(China Daily)`, `Didi Tang, Beijing` near the top.
  func englishByline(_ s: [Unicode.Scalar], _ r: Range<Int>, index: Int, doc: inout Document) -> String? {
    let text = String(scalars: s[r])
    let words = text.split(separator: " ")
    guard !words.isEmpty, words.count <= 10 else { return nil }
    let capitalized = { (w: Substring) -> Bool in w.first.map { $0.isUppercase } ?? false }
    if words[0] == "By" || words[0] == "BY", words.count >= 3, words.count <= 7,
      words.dropFirst().allSatisfy({ capitalized($0) || $0 == "and" || $0 == "&" })
    {
      if doc.meta["author"] == nil { doc.meta["author"] = .string(words.dropFirst().joined(separator: " ")) }
      return "English byline By …"
    }
    let lower = text.lowercased()
    if lower.hasPrefix("reporting by ") || lower.hasPrefix("additional reporting by ") || lower.hasPrefix("editing by ")
      || lower.hasPrefix("writing by ")
    {
      return "English credit line"
    }
    guard index <= 6 else { return nil }
    // `(China Daily)`: a bracketed name of two to four capitalized words.
    if text.hasPrefix("("), text.hasSuffix(")"), words.count >= 2, words.count <= 4 {
      let inner = text.dropFirst().dropLast().split(separator: " ")
      if inner.allSatisfy(capitalized) {
        doc.recordSource(String(text.dropFirst().dropLast()))
        return "bracketed source under the headline"
      }
    }
    // `Didi Tang, Beijing`: two or three capitalized words, a comma, one or two capitalized words.
    if let comma = text.firstIndex(of: ","), text.filter({ $0 == "," }).count == 1 {
      let name = text[..<comma].split(separator: " ")
      let place = text[text.index(after: comma)...].split(separator: " ")
      if (2...3).contains(name.count), (1...2).contains(place.count), name.allSatisfy(capitalized), place.allSatisfy(capitalized),
        name.allSatisfy({ $0.allSatisfy(\.isLetter) })
      {
        if doc.meta["author"] == nil { doc.meta["author"] = .string(name.joined(separator: " ")) }
        return "English byline Name, Place under the headline"
      }
    }
    return nil
  }

  // MARK: - Helpers

  /// One to four names: Han (at most four characters each, spaces inside allowed as in `李 洁`), or Latin
  /// words; an optional trailing `*`, 摄 or 报道.
  static func isNames(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    var body = s[r].filter { !CharClass.isInlineSpace($0) && $0 != "*" }
    if body.last == "摄" || body.last == "攝" { body.removeLast() }
    guard !body.isEmpty, body.count <= 20 else { return false }
    return body.allSatisfy { LineShape.isHan($0.value) || FoldedLexicon.isLetter($0) || $0 == "、" || $0 == "·" }
  }

  /// A single short sentence (a photo caption), at most 40 characters, ending in 。.
  static func isCaptionSentence(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b, CharClass.isInlineSpace(s[a]) { a += 1 }
    while b > a, CharClass.isInlineSpace(s[b - 1]) { b -= 1 }
    guard b - a >= 5, b - a <= 40, s[b - 1] == "。" else { return false }
    return !s[a..<(b - 1)].contains { $0 == "。" || $0 == "！" || $0 == "？" || $0 == "“" || $0 == "\"" }
  }

  /// `The Times`: one to three capitalized Latin words and nothing else.
  static func isOutletLine(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    let words = s[r].split(separator: " ")
    guard (1...3).contains(words.count) else { return false }
    return words.allSatisfy { w in
      guard let f = w.first, CharClass.isASCIIUpper(f) else { return false }
      return w.allSatisfy { FoldedLexicon.isLetter($0) }
    }
  }

  static func opening(for c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case ")": "("
    case "）": "（"
    case "】": "【"
    default: nil
    }
  }
}

extension String {
  var trimmingSpaces: String {
    let sc = Array(unicodeScalars)
    var a = 0
    var b = sc.count
    while a < b, CharClass.isInlineSpace(sc[a]) { a += 1 }
    while b > a, CharClass.isInlineSpace(sc[b - 1]) { b -= 1 }
    return String(scalars: sc[a..<b])
  }
}
