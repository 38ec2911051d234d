/// What a line is made of, counted in one pass over its scalars: the features the boilerplate rules score.
struct LineShape: Sendable, Equatable {
  var han = 0
  /// ASCII letters.
  var latin = 0
  /// Kana and Hangul: a script foreign to Chinese and English pages (language banners).
  var kanaHangul = 0
  var digits = 0
  /// Punctuation and symbols other than separators.
  var symbols = 0
  /// English words (runs of letters).
  var words = 0
  /// Sentence ends: 。！？!? anywhere, and `.` after a lower-case letter followed by a space or the line end.
  var sentenceEnds = 0
  /// Clause punctuation inside the line (，,、;；:：).
  var clausePunct = 0
  /// Separators between menu items or path steps: `>` `|` `/` `·` `»` `›` `•`, and runs of two or more spaces.
  var separators = 0
  /// The line ends with sentence punctuation (behind closing quotes or brackets).
  var endsSentence = false
  var length = 0

  var letters: Int { han + latin + kanaHangul }

  init(_ s: [Unicode.Scalar], _ r: Range<Int>) {
    length = r.count
    var i = r.lowerBound
    var inWord = false
    var spaceRun = 0
    while i < r.upperBound {
      let c = s[i]
      let v = c.value
      if v >= 0x3400, Self.isHan(v) {
        // What the general path does for a Han scalar: not a letter, not a space, one more Han.
        han += 1
        inWord = false
        spaceRun = 0
        i += 1
        continue
      }
      let letter = CharClass.isASCIILetter(c)
      if letter {
        latin += 1
        if !inWord { words += 1 }
      }
      inWord = letter || (inWord && (c == "'" || c == "’" || c == "-"))
      if CharClass.isInlineSpace(c) {
        spaceRun += 1
        if spaceRun == 2 { separators += 1 }
        i += 1
        continue
      }
      spaceRun = 0
      if letter {
      } else if Self.isHan(v) {
        han += 1
      } else if (v >= 0x3040 && v <= 0x30FF) || (v >= 0xAC00 && v <= 0xD7AF) {
        kanaHangul += 1
      } else if CharClass.isASCIIDigit(c) {
        digits += 1
      } else {
        switch c {
        case "。", "！", "？", "!", "?":
          sentenceEnds += 1
        case ".":
          if i > r.lowerBound, CharClass.isASCIILower(s[i - 1]), i + 1 == r.upperBound || s[i + 1] == " " { sentenceEnds += 1 }
          symbols += 1
        case "，", ",", "、", ";", "；", ":", "：":
          clausePunct += 1
        case ">", "|", "/", "·", "»", "›", "•", "｜", "／":
          separators += 1
        default:
          symbols += 1
        }
      }
      i += 1
    }
    var e = r.upperBound
    while e > r.lowerBound, Self.closers.contains(s[e - 1]) { e -= 1 }
    if e > r.lowerBound {
      let last = s[e - 1]
      endsSentence = last == "。" || last == "！" || last == "？" || last == "!" || last == "?" || last == "…"
        || (last == "." && e - 1 > r.lowerBound && !CharClass.isASCIIUpper(s[e - 2]))
    }
  }

  @inline(__always)
  static func isHan(_ v: UInt32) -> Bool {
    (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x2FFFF)
  }

  /// Closing quotes and brackets a sentence end may stand behind.
  static let closers: Set<Unicode.Scalar> = ["”", "」", "』", ")", "）", "\"", "’", "'", "】"]

  /// A short line that does not read as a sentence: a label, a button row, a headline.
  var isHeadlineLike: Bool {
    sentenceEnds == 0 && (han > 0 ? letters <= 40 : words <= 16)
  }
}

extension Array where Element == Unicode.Scalar {
  /// The share of a line's letters covered by the functional lexicon, and the words matched. English
  /// stopwords (`a`, `the`, `your`) count neither way.
  func functionalCoverage(_ r: Range<Int>, _ lexicon: FoldedLexicon) -> (share: Double, words: [String]) {
    var covered = 0
    var total = 0
    var words: [String] = []
    var i = r.lowerBound
    var matches = lexicon.matches(self, r)[...]
    while i < r.upperBound {
      if let m = matches.first, m.range.lowerBound == i {
        matches = matches.dropFirst()
        var n = 0
        for c in self[m.range] where LineShape.isHan(c.value) || FoldedLexicon.isLetter(c) { n += 1 }
        covered += n
        total += n
        words.append(lexicon.text(m))
        i = m.range.upperBound
        continue
      }
      let c = self[i]
      if FoldedLexicon.isLetter(c) {
        // A whole English word not in the lexicon: skip stopwords.
        var j = i
        while j < r.upperBound, FoldedLexicon.isLetter(self[j]) || self[j] == "'" || self[j] == "’" { j += 1 }
        if let m = matches.first, m.range.lowerBound < j { j = m.range.lowerBound }
        if !FunctionalWords.isStopword(self, i..<j) {
          for x in self[i..<j] where FoldedLexicon.isLetter(x) { total += 1 }
        }
        i = Swift.max(j, i + 1)
        continue
      }
      if LineShape.isHan(c.value) || (c.value >= 0x3040 && c.value <= 0x30FF) { total += 1 }
      i += 1
    }
    return (total == 0 ? 0 : Double(covered) / Double(total), words)
  }
}

extension Array where Element == TextEdit {
  /// The edits in text order without any that overlaps an earlier one (two rules of one stage may claim
  /// the same line; the plumbing rejects overlapping edits).
  func withoutOverlaps() -> [TextEdit] {
    let sorted = self.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    var out: [TextEdit] = []
    out.reserveCapacity(sorted.count)
    var end = 0
    for e in sorted where e.range.lowerBound >= end {
      out.append(e)
      end = Swift.max(end, e.range.upperBound)
    }
    return out
  }

  /// `withoutOverlaps()`, or no edits at all when they would remove every letter of `s`: a page that is
  /// nothing but a stamp or a link is content, and an empty record helps nobody.
  func guarded(_ s: [Unicode.Scalar]) -> [TextEdit] {
    let edits = withoutOverlaps()
    if edits.isEmpty { return edits }
    var i = 0
    var k = 0
    while i < s.count {
      if k < edits.count, edits[k].range.lowerBound <= i {
        if edits[k].replacement.isEmpty, edits[k].range.upperBound > i {
          i = edits[k].range.upperBound
          continue
        }
        k += 1
        continue
      }
      let c = s[i]
      if !(CharClass.isInlineSpace(c) || c == "\n" || c == "\r") { return edits }
      i += 1
    }
    return []
  }
}
