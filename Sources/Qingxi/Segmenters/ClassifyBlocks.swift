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
    // The title is the heading opening the document; a heading that is only a date (`April 15 this year`,
    // `2023年4月15日`) is a stamp or a lead-in, so the heading after it is taken instead.
    if setTitle, doc.title == nil {
      var k = 0
      while k + 1 < doc.blocks.count, doc.blocks[k].kind == .heading, Self.isDateOnly(s[doc.blocks[k].range]) { k += 1 }
      if k < doc.blocks.count, doc.blocks[k].kind == .heading { doc.title = doc.text(in: doc.blocks[k].range) }
    }
    return .keep
  }

  /// Words of a date phrase: month names, relative year words, ordinals.
  static let dateWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "this", "last",
    "next", "year", "on", "of", "the", "st", "nd", "rd", "th", "today", "yesterday",
  ]

  /// A heading made only of a date: digits, month names and relative year words (`April 15 this year`), or
  /// digits with 年月日号 and 今年/去年/明年/昨天/今天.
  static func isDateOnly(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
    var digits = 0
    var i = c.startIndex
    while i < c.endIndex {
      let x = c[i]
      if x.isASCII, x.properties.isAlphabetic {
        var j = i
        while j < c.endIndex, c[j].isASCII, c[j].properties.isAlphabetic { j += 1 }
        let w = String(String.UnicodeScalarView(c[i..<j])).lowercased()
        guard dateWords.contains(w) else { return false }
        i = j
        continue
      }
      if x.value >= 0x30, x.value <= 0x39 {
        digits += 1
      } else if !(x == " " || x == "," || x == "." || x == "-" || x == "/" || "年月日号今去明昨天".unicodeScalars.contains(x)) {
        return false
      }
      i += 1
    }
    return digits > 0
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
