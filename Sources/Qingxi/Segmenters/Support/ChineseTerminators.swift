/// Sentence ends that ICU's rules miss in Chinese text: ；/; and ellipses (…… … ...), in their fullwidth
/// and halfwidth forms, when they follow Chinese text. Closing quotes and brackets after the mark stay with
/// the sentence they close: `他说：“就这样吧……”随后` ends after `……”`.
///
/// ICU already ends sentences at 。！？!? (UAX #29 STerm); a halfwidth `;` or `...` after English text is
/// left alone (English clauses joined by semicolons are one sentence).
enum ChineseTerminators {
  /// Offsets just after each such sentence end in `block` (after closing marks and spaces), excluding the
  /// block's end.
  static func breaks(in s: [Unicode.Scalar], block: Range<Int>) -> [Int] {
    var out: [Int] = []
    var i = block.lowerBound
    while i < block.upperBound {
      let c = s[i]
      let isMark = c == "；" || c == ";" || c == "…" || c == "⋯" || (c == "." && i + 2 < block.upperBound && s[i + 1] == "." && s[i + 2] == ".")
      guard isMark, followsChinese(s, i, lowerBound: block.lowerBound) else {
        i += 1
        continue
      }
      var j = i
      while j < block.upperBound, s[j] == c || s[j] == "…" || s[j] == "." || s[j] == "⋯" { j += 1 }
      while j < block.upperBound, isCloser(s[j]) { j += 1 }
      while j < block.upperBound, s[j] == " " || s[j] == "\u{3000}" { j += 1 }
      if j < block.upperBound { out.append(j) }
      i = j
    }
    return out
  }

  /// Closing quotes and brackets that belong to the sentence before them.
  static func isCloser(_ c: Unicode.Scalar) -> Bool { CharClass.isSentenceCloser(c) }

  /// True when the nearest letter before `i` (skipping closers, digits and spaces) is Han, or a CJK
  /// punctuation mark precedes directly.
  private static func followsChinese(_ s: [Unicode.Scalar], _ i: Int, lowerBound: Int) -> Bool {
    var k = i - 1
    while k >= lowerBound {
      let c = s[k]
      switch ScriptClass.of(c) {
      case .han, .kana: return true
      case .latin: return false
      case .digit, .space: k -= 1
      case .punctuation:
        if c.value >= 0x3000 && c.value <= 0x303F || c.value >= 0xFF00 { return true }
        k -= 1
      default: return false
      }
    }
    return false
  }
}
