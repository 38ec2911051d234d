/// Marks headings among the blocks, and takes the first one as the document's `title`.
///
/// A block is a heading when it is short and does not read as a sentence: Chinese up to `max_heading_zh`
/// characters with no sentence-final punctuation (。！？；…) anywhere, English up to `max_heading_words`
/// words with no sentence-final period. Headings are never counted as sentences. Example (seed 002):
/// `前言`, `离职的背后`, `结语` become `heading` blocks; `稀土这种物质,就算不了解的人也知道其蕴含的意义。` stays a
/// paragraph.
public struct ClassifyBlocks: Stage {
  public static let name = "classify-blocks"
  public static let summary = "mark heading blocks (short, no sentence punctuation); the first heading is the title"
  public static let kind = StageKind.annotate
  public static let options = [
    OptionSpec("max_heading_zh", .int, default: .int(40), help: "longest Chinese heading, in characters"),
    OptionSpec("max_heading_words", .int, default: .int(16), help: "longest English heading, in words"),
    OptionSpec("title", .bool, default: .bool(true), help: "take a heading that opens the document as its title"),
  ]
  public static let requires: Set<Capability> = [.blocks]
  public static let produces: Set<Capability> = [.blocks]

  let maxZh: Int
  let maxWords: Int
  let setTitle: Bool

  public init(options: StageOptions) {
    maxZh = options.int("max_heading_zh")
    maxWords = options.int("max_heading_words")
    setTitle = options.bool("title")
  }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    let s = doc.scalars
    for k in doc.blocks.indices where doc.blocks[k].kind == .paragraph {
      // The headline may run longer than a section heading.
      let slack = k == 0 ? 1.5 : 1.0
      if isHeading(s[doc.blocks[k].range], slack: slack) { doc.blocks[k].kind = .heading }
    }
    if setTitle, doc.title == nil, let first = doc.blocks.first, first.kind == .heading {
      doc.title = doc.text(in: first.range)
    }
    return .keep
  }

  /// True if a period after `before` ends a sentence: the word before it is not an abbreviation or an
  /// initial (`U.S.`, `Mr.`, `J.`).
  static func endsSentence(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
    !Abbreviations.endsWithAbbreviation(before)
  }

  func isHeading(_ c: ArraySlice<Unicode.Scalar>, slack: Double) -> Bool {
    let counts = ScriptCounts(c)
    if counts.language == .en {
      var words = 1
      for x in c where x == " " { words += 1 }
      guard Double(words) <= Double(maxWords) * slack else { return false }
      // A period (or ? !) that ends a sentence, not one inside "U.S." or "No.".
      if let last = c.last, last == "." || last == "?" || last == "!" || last == ";" { return false }
      var i = c.startIndex
      while i + 1 < c.endIndex {
        if c[i] == ".", c[i + 1] == " ", Self.endsSentence(c[c.startIndex..<i]) { return false }
        i += 1
      }
      return true
    }
    guard Double(c.count) <= Double(maxZh) * slack else { return false }
    let final: Set<Unicode.Scalar> = ["。", "！", "!", "；", ";", "…"]
    if c.contains(where: { final.contains($0) }) { return false }
    // Commas and quoted speech (坦言:“…”) belong to sentences; only a headline may carry commas.
    if slack == 1.0, c.contains(where: { $0 == "，" || $0 == "," }) { return false }
    var i = c.startIndex
    while i + 1 < c.endIndex {
      if (c[i] == ":" || c[i] == "：") && (c[i + 1] == "“" || c[i + 1] == "\"") { return false }
      i += 1
    }
    // A question that is short is a heading (什么是密码？); one ending a longer clause is a sentence.
    if let q = c.firstIndex(where: { $0 == "？" || $0 == "?" }), q != c.index(before: c.endIndex) || c.count > 16 { return false }
    return true
  }
}
