/// A one-syllable pinyin gloss in parentheses straight after the Han character it reads (`报(bao)`,
/// `长（zhang）`, `陈(chen)`): what `strip-pinyin-annotations` removes, and what person-name scanning
/// reads through in text that was not cleaned.
///
/// The parentheses are ASCII `()` or fullwidth `（）` (or one of each); the syllable is toneless, with
/// tone marks or a tone number, in any case, and must be one of the character's Mandarin readings
/// (`PinyinReadings`, from Unihan), so polyphones work and `国(bao)` is no gloss.
enum PinyinGloss {
  /// The longest gloss `PinyinReadings.normalizeSyllable` can accept: 6 letters, a tone digit, and
  /// combining marks (`u` + diaeresis + tone, `e` + circumflex + tone).
  static let maxScalars = 12

  /// The ranges of every gloss (parentheses included), in order, whose base character passes `base`
  /// (a cheap pre-test; the readings table decides).
  static func ranges(
    in s: [Unicode.Scalar], readings: PinyinReadings = .shared, base: (Unicode.Scalar) -> Bool
  ) -> [Range<Int>] {
    var out: [Range<Int>] = []
    // Pages with glosses repeat the same few (公(gong), 业(ye)): remember plain-ASCII verdicts.
    var memo: [UInt64: Bool] = [:]
    // Only opening parentheses are looked at; a character can never be its own gloss, so start at 1.
    var i = 1
    while i < s.count {
      let v = s[i].value
      if v == 0x28 || v == 0xFF08, base(s[i - 1]), let end = end(in: s, open: i, readings: readings, memo: &memo) {
        out.append(i..<end)
        i = end
      } else {
        i += 1
      }
    }
    return out
  }

  /// The end (past the closing parenthesis) of the gloss opening at `open`, if it is a reading of the
  /// character before it.
  static func end(
    in s: [Unicode.Scalar], open: Int, readings: PinyinReadings, memo: inout [UInt64: Bool]
  ) -> Int? {
    guard open >= 1, open < s.count else { return nil }
    let han = s[open - 1]
    let limit = min(s.count, open + 2 + maxScalars)
    var j = open + 1
    // Memo key: up to six ASCII scalars, 7 bits each, above the Han scalar's 21 bits; `letters` is -1
    // once anything else shows up.
    var key = UInt64(han.value)
    var letters = 0
    while j < limit {
      let v = s[j].value
      if v == 0x29 || v == 0xFF09 {
        guard j > open + 1 else { return nil }
        if letters > 0, let known = memo[key] { return known ? j + 1 : nil }
        let ok =
          PinyinReadings.normalizeSyllable(String(scalars: s[(open + 1)..<j])).map { readings.isReading($0, of: han) }
          ?? false
        if letters > 0 { memo[key] = ok }
        return ok ? j + 1 : nil
      }
      if letters >= 0, v < 0x80, letters < 6 {
        key |= UInt64(v) << UInt64(21 + 7 * letters)
        letters += 1
      } else {
        letters = -1
      }
      // Stop early at what no syllable contains: spaces, line breaks, other parentheses, CJK (but not the
      // fullwidth letters and digits at U+FF10…U+FF5A). normalizeSyllable judges the rest.
      if v <= 0x20 || v == 0x28 || v == 0xFF08 || (v >= 0x2E80 && !(0xFF10...0xFF5A).contains(v)) { return nil }
      j += 1
    }
    return nil
  }
}
