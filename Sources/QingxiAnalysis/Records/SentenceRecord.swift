/// One `sentences[]` item with its length measured on the record's text: characters (Unicode scalars that
/// are not white space) for Chinese, words (stretches of letters or digits) for English.
public struct SentenceRecord: Sendable, Hashable {
  public var start: Int
  public var end: Int
  public var lang: String
  public var characters: Int
  public var words: Int

  public init(start: Int, end: Int, lang: String, characters: Int, words: Int) {
    self.start = start
    self.end = end
    self.lang = lang
    self.characters = characters
    self.words = words
  }

  /// Measures `text[start..<end]` (offsets clamped to the text).
  public init(start: Int, end: Int, lang: String, scalars: [Unicode.Scalar]) {
    let lo = Swift.min(Swift.max(start, 0), scalars.count)
    let hi = Swift.min(Swift.max(end, lo), scalars.count)
    var characters = 0
    var words = 0
    var inWord = false
    for s in scalars[lo..<hi] {
      let space = s.properties.isWhitespace
      if !space { characters += 1 }
      // A word is a run of Latin letters or digits (apostrophes and hyphens inside keep it whole).
      let wordish = s.isASCII ? (s.properties.isAlphabetic || ("0"..."9").contains(s)) : (s.properties.isAlphabetic && !SentenceRecord.isHan(s))
      if wordish {
        if !inWord { words += 1 }
        inWord = true
      } else if inWord && (s == "'" || s == "-" || s == "\u{2019}") {
        continue
      } else {
        inWord = false
      }
    }
    self.init(start: start, end: end, lang: lang, characters: characters, words: words)
  }

  /// The length in the unit of the sentence's language: words for `en`, characters otherwise.
  public var length: Int { lang == "en" ? words : characters }

  static func isHan(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
    default: false
    }
  }
}
