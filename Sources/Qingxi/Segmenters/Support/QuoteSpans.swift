/// Quoted stretches of a block, inside which no sentence ends: `He said "Stop. Now." and left.` and
/// `他说：“我错了。我会改。”随后离开。` are one sentence each.
///
/// Pairs are “…”, 「…」, 『…』, ‘…’ (only when ‘ opens after a space or CJK text, so the apostrophe of
/// "China's" is not a quote), and straight "…" paired left to right. A quote that does not close within
/// `maxLength` scalars, or before the block ends, is ignored: one stray mark must not glue a whole
/// paragraph into a sentence.
enum QuoteSpans {
  static let maxLength = 300

  /// The inner ranges (after the opening mark, up to and including the closing mark) of quotes in `block`.
  static func find(in s: [Unicode.Scalar], block: Range<Int>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var i = block.lowerBound
    while i < block.upperBound {
      let c = s[i]
      let close: Unicode.Scalar?
      switch c {
      case "“": close = "”"
      case "「": close = "」"
      case "『": close = "』"
      case "\"": close = "\""
      case "‘": close = (i == block.lowerBound || s[i - 1] == " " || ScriptClass.of(s[i - 1]) != .latin) ? "’" : nil
      default: close = nil
      }
      guard let close else {
        i += 1
        continue
      }
      let limit = min(block.upperBound, i + 1 + maxLength)
      var j = i + 1
      while j < limit, s[j] != close { j += 1 }
      if j < limit {
        spans.append((i + 1)..<(j + 1))
        i = j + 1
      } else {
        i += 1
      }
    }
    return spans
  }
}
