/// The key a line of cleaned text is counted and looked up under by the learned-boilerplate table: a
/// 64-bit FNV-1a hash of the line's folded form, so that `learn-boilerplate` and
/// `drop-learned-boilerplate` agree byte for byte.
///
/// Folding (version `LineKey.fold`): white space of every kind dropped; fullwidth ASCII folded to ASCII
/// and ASCII letters to lower case (the pipeline's `normalize-unicode` has usually done the first
/// already). In a short line (at most `shortLine` scalars besides white space) with no comma or sentence
/// end, every run of decimal digits becomes one `0`, so counters and page numbers (`阅读 123`,
/// `第 2 页`) match across pages; digits in longer lines or sentences stay, so a templated report
/// sentence (`全市今日气温12度，……`) is not taken for chrome because its numbers change. Lines with fewer
/// than two letters (punctuation, a lone number, a bullet) and lines over the length limit (a paragraph;
/// repeated real paragraphs are rarer than the chrome this is for) have no key.
public enum LineKey {
  /// Names the folding above; written into tables, which a different folding cannot read.
  public static let fold = "ws-drop.ascii-lower.short-digits-0.fnv1a64"

  /// Lines up to this many scalars (white space not counted) without commas or sentence ends fold their digits.
  public static let shortLine = 24

  /// Longest line (in scalars, white space included) that gets a key, by default.
  public static let defaultMaxScalars = 300

  /// The key of `scalars[range]`, or nil when the line is too short or too long to count.
  public static func hash(_ scalars: [Unicode.Scalar], _ range: Range<Int>, maxScalars: Int = defaultMaxScalars) -> UInt64? {
    guard !range.isEmpty, range.count <= maxScalars else { return nil }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var letters = 0
    var inDigits = false
    var visible = 0
    var punctuated = false
    for i in range where !scalars[i].properties.isWhitespace {
      visible += 1
      if isSentencePunctuation(scalars[i]) { punctuated = true }
    }
    let foldDigits = visible <= shortLine && !punctuated
    func add(_ c: Unicode.Scalar) {
      for b in c.utf8 {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01B3
      }
    }
    for i in range {
      var c = scalars[i]
      if c.properties.isWhitespace { continue }
      if c.value >= 0xFF01, c.value <= 0xFF5E, let a = Unicode.Scalar(c.value - 0xFEE0) { c = a }
      if foldDigits, c.properties.numericType == .decimal {
        if !inDigits { add("0") }
        inDigits = true
        continue
      }
      inDigits = false
      if CharClass.isASCIIUpper(c) { c = CharClass.asciiLower(c) }
      if c.properties.isAlphabetic { letters += 1 }
      add(c)
    }
    return letters >= 2 ? h : nil
  }

  /// Commas and sentence ends (`，,、;` and `。！？!?；…`); colons are not (`阅读：123` is a counter).
  static func isSentencePunctuation(_ c: Unicode.Scalar) -> Bool {
    CharClass.isSentenceEnd(c) || c == "，" || c == "," || c == "、" || c == ";"
  }

  /// The key as written in tables: 16 lower-case hex digits.
  public static func hex(_ h: UInt64) -> String {
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }

  /// The key read back from `hex`, or nil.
  public static func parse(hex s: String) -> UInt64? {
    guard s.utf8.count == 16 else { return nil }
    return UInt64(s, radix: 16)
  }
}
