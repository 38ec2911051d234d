/// Joins lines that were cut in the middle of a sentence: hard wraps of a PDF text layer, and paragraphs a
/// scraper split across blank lines.
///
/// A line is joined to the next non-blank line (the line break, blank lines and trailing spaces between
/// them are removed, kind `hardwrap`) only when the sentence is clearly cut. Before → after, from a PDF
/// page (`003`): `"称为“半导体工业新粮\n\n食”。 为保证镓的战略"` → `"称为“半导体工业新粮食”。 为保证镓的战略"`;
/// from a scraped page (`000`): `"…而是有组织、产业化\n\n\n\n的数据窃取，…"` → `"…而是有组织、产业化的数据窃取，…"`.
/// Headings, captions, bullets and lines ending a sentence are never joined: when in doubt the break stays.
///
/// How a cut is recognised:
/// - Never after a line ending a sentence (`。！？!?….`, also behind closing quotes or brackets such as
///   `。”`), nor after a line that is one bracketed note (`（均转自国家安全部微信公号）`). A page-width PDF
///   line ending in `。` may still be mid-paragraph, but joining two paragraphs loses structure while
///   leaving the break only splits a paragraph between two sentences, so such lines stay.
/// - Never before a line that begins with white space (a new text box in a PDF layer, an indented
///   paragraph on the web), a bullet or dash (`-`, `——`, `•`, `●`, …), a list marker (`1.`, `一、`, `（二）`,
///   `①`), or a heading-like line (no punctuation, and below `min_line_share` of a hard-wrapped box or
///   at most 30 characters elsewhere) unless it starts with a character no paragraph starts with. Never between two Latin letters or digits (English wraps are left alone,
///   and digits on both sides would merge two numbers).
/// - Hard-wrapped regions: text boxes (a new box starts at a line with leading white space) where at
///   least half of the lines (and at least four) are within 10% of the box's modal display width (CJK
///   characters count 2, ASCII 1; at least 12) and at least a third are punctuated. There a line that
///   reaches `min_line_share` of the modal width and ends open (no punctuation, or `；：` at the margin)
///   is a wrap. Paragraph first lines are indented two characters, so in a 10-character column they
///   reach 0.8 of it; headings such as `国家安全机关依法处置` (10 characters in a 15-character column)
///   stay below.
/// - Everywhere, also: a line ending in `，、,`; a next line starting with a character that cannot begin a
///   paragraph (`，。、）”`, `的` but not `的确`, `们吗呢吧`); a next line whose first clause is a single
///   character (`风\n\n光，从长临河…`). And for lines that are paragraphs (with inner punctuation, 12+
///   characters), which outside hard-wrapped regions is required: a last clause after `，、；` of at most
///   four characters (`…溯源管理；全面排查` / `禁用存在…`), or a word cut in two whose two characters
///   stand together elsewhere in the document (`稀土收` / `储品类`, with `收储` earlier on the page).
public struct JoinHardWraps: TextCleaner {
  public static let name = "join-hard-wraps"
  public static let summary =
    "join lines cut mid-sentence (PDF hard wraps, scraper breaks); headings and sentence ends stay"
  public static let options = [
    OptionSpec.enabled(),
    OptionSpec(
      "min_line_share", .number, default: .double(0.8),
      help: "in a hard-wrapped text box, a line this share of the modal line width or wider runs to the margin"),
  ]

  public let enabled: Bool
  let minLineShare: Double

  public init(options: StageOptions) throws(OptionError) {
    enabled = options.bool("enabled")
    minLineShare = options.number("min_line_share")
    guard minLineShare > 0, minLineShare <= 1 else {
      throw OptionError(key: "min_line_share", message: "must be more than 0 and at most 1, got \(minLineShare)")
    }
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines().filter { !$0.isBlank }
    if lines.count < 2 { return [] }
    let facts = lines.map { LineFacts($0, in: s) }
    let regions = Self.regions(of: facts)
    var bigrams: ScalarPairSet?
    var edits: [TextEdit] = []
    // The only bigrams ever asked about: a line's last character with the next line's first.
    var asked = ScalarPairSet(capacity: lines.count)
    for k in 0..<(lines.count - 1) {
      let last = s[lines[k].content.upperBound - 1]
      let first = s[lines[k + 1].content.lowerBound]
      if ScriptClass.isHan(last), ScriptClass.isHan(first) { asked.insert(Self.pair(last, first)) }
    }
    for k in 0..<(lines.count - 1) {
      if shouldJoin(facts[k], facts[k + 1], region: regions[k], in: s, asked: asked, bigrams: &bigrams) {
        let gap = lines[k].content.upperBound..<lines[k + 1].content.lowerBound
        edits.append(.remove(gap, rule: Self.name, kind: "hardwrap"))
      }
    }
    return edits
  }

  // MARK: - The decision

  private func shouldJoin(
    _ a: LineFacts, _ b: LineFacts, region: Region, in s: [Unicode.Scalar], asked: ScalarPairSet,
    bigrams: inout ScalarPairSet?
  ) -> Bool {
    let end = a.ending
    if end == .final { return false }
    // A new text box or an indented paragraph. Past this, both lines are in the same region.
    if b.hasLeadingSpace { return false }
    let first = s[b.content.lowerBound]
    let last = s[a.content.upperBound - 1]
    if Self.startsList(s, b.content) { return false }
    if Self.isASCIIAlnum(last), Self.isASCIIAlnum(first) { return false }
    let strong = Self.cannotStartParagraph(s, b.content)
    guard strong || Self.canContinue(first) else { return false }
    if !strong, isHeadingLike(b, region) { return false }
    let paragraph = a.isParagraph
    if !region.wrapped, !(paragraph || strong || end == .clause) { return false }

    if strong || end == .clause { return true }
    if region.wrapped, Double(a.width) >= minLineShare * Double(region.modal) { return true }
    guard end == .open else { return false }
    if let lead = Self.leadingFragment(s, b.content), lead == 1 { return true }
    guard paragraph else { return false }
    if let tail = Self.trailingFragment(s, a.content), tail <= 4 { return true }
    if ScriptClass.isHan(last), ScriptClass.isHan(first) {
      if bigrams == nil { bigrams = Self.hanBigrams(s, among: asked) }
      if bigrams?.contains(Self.pair(last, first)) == true { return true }
    }
    return false
  }

  /// No punctuation at all and short: a heading or caption, not the rest of a sentence.
  private func isHeadingLike(_ line: LineFacts, _ region: Region) -> Bool {
    if line.hasPunctuation { return false }
    if region.wrapped { return Double(line.width) < minLineShare * Double(region.modal) }
    return line.nonSpaceCount <= 30
  }

  // MARK: - Regions (text boxes) and their line width

  struct Region {
    var modal = 0
    var wrapped = false
  }

  /// The region of each line: a new one starts at every line with leading white space.
  static func regions(of facts: [LineFacts]) -> [Region] {
    var out = [Region](repeating: Region(), count: facts.count)
    var start = 0
    for k in 1...facts.count where k == facts.count || facts[k].hasLeadingSpace {
      let region = measure(facts[start..<k])
      for j in start..<k { out[j] = region }
      start = k
    }
    return out
  }

  /// Modal display width (ties go to the wider) and whether the lines hug it as a hard-wrapped column of
  /// prose does.
  static func measure(_ facts: ArraySlice<LineFacts>) -> Region {
    let widths = facts.map(\.width).sorted()
    var modal = 0
    var best = 0
    var i = 0
    while i < widths.count {
      var j = i
      while j < widths.count, widths[j] == widths[i] { j += 1 }
      if j - i >= best {
        best = j - i
        modal = widths[i]
      }
      i = j
    }
    // A column of at least six CJK characters, with half of its lines within 10% (or 2) of the mode, and
    // prose: a third of its lines punctuated (a list of equally long names is not a wrapped paragraph; in a
    // narrow column many lines of prose fall between two punctuation marks).
    let tolerance = max(2, modal / 10)
    let inBand = widths.count(where: { abs($0 - modal) <= tolerance })
    let punctuated = facts.count(where: \.hasPunctuation)
    let wrapped =
      widths.count >= 4 && modal >= 12 && inBand >= 4 && inBand * 2 >= widths.count && punctuated * 3 >= widths.count
    return Region(modal: modal, wrapped: wrapped)
  }

  // MARK: - Character classes

  /// Ends a sentence.
  @inline(__always)
  static func isFinal(_ c: Unicode.Scalar) -> Bool { CharClass.isFinalMark(c) }

  /// Closing quotes and brackets, looked through to find how a sentence ends.
  @inline(__always)
  static func isCloser(_ c: Unicode.Scalar) -> Bool { CharClass.isCloser(c) }

  /// The closing bracket an opening one pairs with.
  static func matchingCloser(_ c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case "（": "）"
    case "(": ")"
    case "【": "】"
    case "[": "]"
    case "《": "》"
    case "「": "」"
    case "『": "』"
    case "〔": "〕"
    default: nil
    }
  }

  /// Clause and sentence punctuation: a line without any is a heading or a caption.
  @inline(__always)
  static func isPunctuation(_ c: Unicode.Scalar) -> Bool { CharClass.isClausePunctuationOrColon(c) }

  /// Separates clauses inside a sentence (CJK only: ASCII commas also separate keyword lists in titles).
  @inline(__always)
  static func isClauseSeparator(_ c: Unicode.Scalar) -> Bool {
    c == "，" || c == "、" || c == "；"
  }

  @inline(__always)
  static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool { CharClass.isASCIIAlnum(c) }

  /// What a continuation may start with: Han, a digit, a Latin letter, an opening quote or bracket.
  @inline(__always)
  static func canContinue(_ c: Unicode.Scalar) -> Bool {
    switch ScriptClass.of(c) {
    case .han, .digit, .latin, .kana: return true
    default:
      switch c {
      case "“", "‘", "《", "（", "(", "「", "『", "【", "〔": return true
      default: return false
      }
    }
  }

  /// Punctuation or a particle that no paragraph starts with: the line goes on from the one before.
  static func cannotStartParagraph(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    let c = s[r.lowerBound]
    switch c {
    case "，", "、", "。", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】", ",", ".", ";", ":", "!", "?", ")":
      return true
    // Particles; `之`, `地`, `得`, `过`, `着`, `了` are left out because words starting with them open sentences
    // (`之所以`, `地方`, `得益于`, `过去`).
    case "们", "吗", "呢", "吧", "啊", "呀", "嘛":
      return true
    case "的":
      return !(r.count > 1 && s[r.lowerBound + 1] == "确")
    default:
      return false
    }
  }

  static func isBullet(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "-", "–", "—", "•", "·", "●", "○", "■", "□", "◆", "◇", "▪", "►", "▶", "*", "+", ">", "#", "※", "★", "☆":
      return true
    default:
      return (0x2460...0x24FF).contains(c.value) || (0x2776...0x2793).contains(c.value)  // ① ❶
    }
  }

  @inline(__always)
  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "0"..."9", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零", "〇": return true
    default: return false
    }
  }

  /// A bullet, dash or list marker: `1.`, `1、`, `1)`, `一、`, `（二）`, `(3)`.
  static func startsList(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    let c = s[r.lowerBound]
    if isBullet(c) { return true }
    if c == "（" || c == "(" {
      var j = r.lowerBound + 1
      while j < r.upperBound, isNumeral(s[j]) { j += 1 }
      return j > r.lowerBound + 1 && j < r.upperBound && (s[j] == "）" || s[j] == ")")
    }
    var j = r.lowerBound
    while j < r.upperBound, isNumeral(s[j]) { j += 1 }
    guard j > r.lowerBound, j < r.upperBound else { return false }
    switch s[j] {
    case "、", ")", "）": return true
    case ".", "．": return j + 1 >= r.upperBound || !(0x30...0x39).contains(s[j + 1].value)  // not `1.5亿`
    default: return false
    }
  }

  // MARK: - Fragments at the cut

  /// Non-space characters of the next line before its first punctuation; nil when it has none.
  static func leadingFragment(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
    var n = 0
    for i in r {
      if isPunctuation(s[i]) { return n }
      if s[i] != " " { n += 1 }
    }
    return nil
  }

  /// Non-space characters after the line's last clause separator (`，、；`); nil when the last clause
  /// follows a sentence end or a colon, or the line has no separator.
  static func trailingFragment(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
    var end = r.upperBound
    while end > r.lowerBound, isCloser(s[end - 1]) { end -= 1 }
    var n = 0
    var i = end
    while i > r.lowerBound {
      i -= 1
      let c = s[i]
      if isClauseSeparator(c) { return n }
      if isFinal(c) || c == "：" || c == ":" { return nil }
      if c != " " { n += 1 }
    }
    return nil
  }

  @inline(__always)
  static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { ScalarPairSet.pair(a, b) }

  /// Every pair of adjacent Han characters in the text that is among `asked` (the pairs the join decision
  /// may look up): a small set, filled by one pass over the text.
  static func hanBigrams(_ s: [Unicode.Scalar], among asked: ScalarPairSet) -> ScalarPairSet {
    var pairs: [UInt64] = []
    var i = 1
    while i < s.count {
      if ScriptClass.isHan(s[i]), ScriptClass.isHan(s[i - 1]) {
        let p = pair(s[i - 1], s[i])
        if asked.contains(p) { pairs.append(p) }
      }
      i += 1
    }
    var out = ScalarPairSet(capacity: pairs.count)
    for p in pairs { out.insert(p) }
    return out
  }
}

/// What the join decision needs to know about one non-blank line.
struct LineFacts {
  enum Ending { case final, clause, soft, open }

  var content: Range<Int>
  var hasLeadingSpace: Bool
  /// Display width: CJK 2, ASCII 1; a space counts 1 beside ASCII (a real gap, as around digits) and 0
  /// between CJK characters (PDF extraction puts one after every fullwidth punctuation mark).
  var width: Int
  var nonSpaceCount: Int
  var hasPunctuation: Bool
  /// Punctuation before the last character: the line is made of clauses, not a title.
  var isParagraph: Bool
  var ending: Ending

  init(_ line: Line, in s: [Unicode.Scalar]) {
    content = line.content
    hasLeadingSpace = line.content.lowerBound > line.range.lowerBound
    var width = 0
    var count = 0
    var punctuation = false
    var inner = false
    for i in content {
      let c = s[i]
      if c == " " || c == "\t" {
        let before = s[i - 1].value
        let after = s[i + 1].value  // content is trimmed, so both neighbours exist
        if (before < 0x80 && before != 0x20) || (after < 0x80 && after != 0x20) { width += 1 }
        continue
      }
      count += 1
      width += c.value < 0x1100 ? 1 : 2
      if JoinHardWraps.isPunctuation(c) {
        punctuation = true
        if i < content.upperBound - 1 { inner = true }
      }
    }
    self.width = width
    nonSpaceCount = count
    hasPunctuation = punctuation
    isParagraph = inner && count >= 12
    ending = Self.ending(s, content)
  }

  static func ending(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Ending {
    if let closer = JoinHardWraps.matchingCloser(s[r.lowerBound]), s[r.upperBound - 1] == closer, r.count > 1 {
      return .final  // one bracketed note: complete in itself
    }
    var end = r.upperBound
    while end > r.lowerBound, JoinHardWraps.isCloser(s[end - 1]) { end -= 1 }
    if end == r.lowerBound { return .open }
    let c = s[end - 1]
    if JoinHardWraps.isFinal(c) { return .final }
    if end < r.upperBound { return .open }
    switch c {
    case "，", "、", ",": return .clause
    case "；", "：", ";", ":": return .soft
    default: return .open
    }
  }
}
