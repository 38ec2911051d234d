/// Removes photo captions and credits on any page, recognised by their credit markers rather than by the
/// page being image-rich:
///
/// - a line opened by a caption pointer (`▲`, `△`, `▼`, `↑`, `►`);
/// - a line ending in a credit bracket — `(圖/翻攝央視)`, `(图片来源:重庆晚报)`, `(央廣網發 寶坻法院供圖)`,
///   `(新华社发)`, `(张三 摄)`, `[Photo/Xinhua]` — after a caption sentence or a short label. On the first
///   line of the page (the headline) only the bracket goes;
/// - an image-source line (`圖像來源,AP`, `图片来源:视觉中国`);
/// - a photographer credit closing a paragraph or a line (`通讯员 翁潇妍 刘新龙 摄`);
/// - an English caption ending in a credit (`…by the Chinese courtGetty Images`, `… File Photo |`);
/// - a one-sentence line without commas and with a short credit after its full stop (`…犯罪集團。星島`), printed
///   twice on the page, non-adjacent (a caption repeated under each photo).
///
/// A real sentence of the article has none of these markers; one that repeats a caption's words stays.
///
///     ▲陝西省前副省長陳國強受賄一案9月15日一審宣判。(圖/取自天津市第一中級人民法院公眾號,下同)   → removed
public struct DropPhotoCredits: TextCleaner {
  public static let name = "drop-photo-credits"
  public static let summary = "remove photo captions and credits by their markers (▲, (圖/…), 摄, 图片来源, Getty Images, File Photo) and repeated captions"
  public static let options = [OptionSpec.enabled()]

  public let enabled: Bool
  /// Words that make a bracket a photo credit.
  private let creditWords = FoldedLexicon([
    "图/", "图:", "图片来源", "图片:", "图源", "图像来源", "来源图", "供图", "摄", "摄影", "发", "资料图", "资料照", "翻摄", "截图", "图片",
    "photo", "photos", "file photo", "image", "picture",
  ])
  private let sourceLabels = FoldedLexicon(["图像来源", "图片来源", "图源", "图片", "image source", "photo", "image"])
  private let englishCredits = FoldedLexicon([
    "getty images", "file photo", "file picture", "file image", "ap photo", "afp photo", "reuters photo", "photo credit",
    "imaginechina", "visual china group", "vcg", "afp via getty images", "epa-efe", "shutterstock",
  ], wholeWords: false)

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines().filter { !$0.isBlank }
    var edits: [TextEdit] = []
    let repeats = RepeatedLines(s, lines.map { $0.content }, maxLength: 100)
    for (k, line) in lines.enumerated() {
      let r = line.content
      let first = s[r.lowerBound]
      if "▲△▼↑►".unicodeScalars.contains(first), r.count <= 200 {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "caption", reason: "caption pointer \(first)"))
        continue
      }
      if let (range, reason) = creditBracket(s, r, headline: k == 0) {
        edits.append(.remove(range == r ? line.withBreak : range, rule: Self.name, kind: "caption", reason: reason))
        continue
      }
      if r.count <= 30, let m = sourceLabels.match(s, at: r.lowerBound, end: r.upperBound), LineShape(s, r).sentenceEnds == 0,
        m.range.upperBound < r.upperBound, s[m.range.upperBound] == "," || s[m.range.upperBound] == ":" || s[m.range.upperBound] == "：" || s[m.range.upperBound] == "，"
      {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "caption", reason: "image source line"))
        continue
      }
      if let start = photographerTail(s, r) {
        let range = start == r.lowerBound ? line.withBreak : start..<r.upperBound
        edits.append(.remove(range, rule: Self.name, kind: "caption", reason: "photographer credit … 摄"))
        continue
      }
      // `LineShape.han == 0`, tested first and cheaply: no Han scalar in the line.
      if r.count <= 400, !s[r].contains(where: { LineShape.isHan($0.value) }), let reason = englishCaption(s, r) {
        edits.append(.remove(line.withBreak, rule: Self.name, kind: "caption", reason: reason))
        continue
      }
      // A caption is one plain sentence (no commas); a paragraph printed twice by a copy site is not one.
      guard r.count <= 100, repeats.count[k] >= 2 else { continue }
      let same = repeats.members(of: k)
      let shape = LineShape(s, r)
      if shape.sentenceEnds == 1, shape.clausePunct == 0, shape.letters <= 60,
        !shape.endsSentence, let stop = s[r].lastIndex(where: { $0 == "。" || $0 == "." }), r.upperBound - stop - 1 <= 6,
        zip(same, same.dropFirst()).allSatisfy({ $1 - $0 >= 2 })
      {
        edits.append(
          .remove(line.withBreak, rule: Self.name, kind: "caption", reason: "credited sentence line repeated x\(same.count) on the page"))
      }
    }
    return edits.guarded(s)
  }

  /// A credit bracket closing the line: the whole line when it is a caption (a sentence before the credit,
  /// or a short label not on the headline line), else the bracket alone.
  func creditBracket(_ s: [Unicode.Scalar], _ r: Range<Int>, headline: Bool) -> (Range<Int>, String)? {
    let last = s[r.upperBound - 1]
    guard last == ")" || last == "]" || last == "）" else { return nil }
    let open: Unicode.Scalar = last == "]" ? "[" : (last == ")" ? "(" : "（")
    var o = r.upperBound - 2
    while o >= r.lowerBound, s[o] != open, r.upperBound - o <= 50 { o -= 1 }
    guard o >= r.lowerBound, s[o] == open else { return nil }
    let inner = (o + 1)..<(r.upperBound - 1)
    guard inner.count >= 2 else { return nil }
    var isCredit = false
    var word = ""
    for k in inner {
      if let m = creditWords.match(s, at: k, end: inner.upperBound) {
        let w = creditWords.text(m)
        // 摄, 发 and 供图 close the credit (`张三 摄`, `新华社发`); the others open it (`图/…`, `图片来源:…`).
        if w == "摄" || w == "发" || w == "供图" || w == "摄影" {
          if m.range.upperBound == inner.upperBound { isCredit = true }
          if w == "发", m.range.upperBound < inner.upperBound, CharClass.isInlineSpace(s[m.range.upperBound]) { isCredit = true }
        } else if k == inner.lowerBound || w.hasPrefix("图") || w.hasPrefix("翻") {
          isCredit = true
        }
        if isCredit {
          word = w
          break
        }
      }
    }
    guard isCredit else { return nil }
    let before = r.lowerBound..<o
    let beforeShape = LineShape(s, before)
    let reason = "photo credit bracket [\(word)]"
    if before.isEmpty { return (r, reason) }
    if headline { return (o..<r.upperBound, reason + " after the headline") }
    if beforeShape.endsSentence || (beforeShape.letters <= 20 && beforeShape.clausePunct == 0) {
      return (r, reason + " after a caption")
    }
    return (o..<r.upperBound, reason)
  }

  /// `通讯员 翁潇妍 刘新龙 摄` at the line end, after a sentence end or alone: where it starts.
  func photographerTail(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
    let last = HanFold.fold(s[r.upperBound - 1])
    guard last == "摄" else { return nil }
    var i = r.upperBound - 1
    while i > r.lowerBound, r.upperBound - i <= 30 {
      let p = s[i - 1]
      if p == "。" || p == "!" || p == "！" || p == "?" || p == "？" { break }
      guard LineShape.isHan(p.value) || CharClass.isInlineSpace(p) || p == "/" else { return nil }
      i -= 1
    }
    while i < r.upperBound, CharClass.isInlineSpace(s[i]) { i += 1 }
    // At least one space-separated name before 摄, no longer than a credit.
    let tail = s[i..<(r.upperBound - 1)]
    guard tail.count >= 2, tail.count <= 28, tail.contains(where: { CharClass.isInlineSpace($0) }) else { return nil }
    return i
  }

  /// An English caption line ending in a credit (`Getty Images`, `File Photo |`).
  func englishCaption(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
    var e = r.upperBound
    while e > r.lowerBound, s[e - 1] == "|" || CharClass.isInlineSpace(s[e - 1]) || s[e - 1] == "]" || s[e - 1] == ")" { e -= 1 }
    for k in stride(from: e - 1, through: max(r.lowerBound, e - 40), by: -1) {
      if let m = englishCredits.match(s, at: k, end: e), m.range.upperBound == e {
        // Glued to the caption (`courtGetty Images`) or set off by a space or a period.
        return "English caption ending in a credit [\(englishCredits.text(m))]"
      }
    }
    return nil
  }
}
