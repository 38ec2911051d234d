/// Removes the pinyin gloss that some scrapers put in parentheses after a Han character.
///
/// A gloss goes only if all of these hold:
/// - it is in parentheses, ASCII `()` or fullwidth `（）`, or one of each;
/// - it comes straight after a Han character, with nothing in between (not even a space);
/// - it is one pinyin syllable: toneless, with tone marks or with a tone number (`bao`, `bào`, `bao4`,
///   `ba4o`), in any case;
/// - that syllable is one of the Mandarin readings of the character before it
///   (`PinyinReadings.shared`, taken from Unihan), so polyphones work: `长(chang)期` and `长(zhang)大`.
///
/// The parentheses go with the gloss, and each removal is recorded with kind `pinyin`. Everything else
/// stays: `必一运动·(B-sports)官方网站`, `(www.12339.gov.cn)`, `（合肥站）`, `(2023)`, `Beijing (Běijīng)`
/// (no Han character before it), `国(bao)` (not a reading of 国), `(xin gong)` (two syllables).
///
/// Before: `新京报(bao)讯 据“国家安全部”微信(xin)公(gong)号消息`
/// After:  `新京报讯 据“国家安全部”微信公号消息`
public struct StripPinyinAnnotations: TextCleaner {
  public static let name = "strip-pinyin-annotations"
  public static let summary = "remove a parenthesised pinyin gloss after the Han character it reads: 报(bao) → 报"
  public static let options = [OptionSpec.enabled()]
  /// `removed[].kind` of every removal this rule makes.
  static let removalKind = "pinyin"

  // The longest gloss normalizeSyllable can accept: 6 letters, a tone digit, and combining marks
  // (`u` + diaeresis + tone, `e` + circumflex + tone).
  private static let maxGlossScalars = 12

  public let enabled: Bool
  let readings: PinyinReadings

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    readings = PinyinReadings.shared
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let scalars = doc.scalars
    var edits: [TextEdit] = []
    scalars.withUnsafeBufferPointer { s in
      // Only opening parentheses are looked at; a character can never be its own gloss, so start at 1.
      var i = 1
      while i < s.count {
        let v = s[i].value
        if v == 0x28 || v == 0xFF08, let end = glossEnd(s, open: i) {
          edits.append(.remove(i..<end, rule: Self.name, kind: Self.removalKind))
          i = end
        } else {
          i += 1
        }
      }
    }
    return edits
  }

  /// The end (past the closing parenthesis) of the gloss opening at `open`, if it is a reading of the
  /// character before it.
  private func glossEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, open: Int) -> Int? {
    let han = s[open - 1]
    // Every character with a Mandarin reading is at U+2E80 (CJK radicals) or above; this also keeps
    // `Beijing (Běijīng)` and `·(B-sports)` without a table probe. A space before the gloss also lands
    // here: `报 (bao)` is kept, because a space before a parenthesis is how real asides are written.
    guard han.value >= 0x2E80 else { return nil }
    let limit = min(s.count, open + 2 + Self.maxGlossScalars)
    var j = open + 1
    while j < limit {
      let v = s[j].value
      if v == 0x29 || v == 0xFF09 {
        guard j > open + 1 else { return nil }
        guard let syllable = PinyinReadings.normalizeSyllable(Self.string(s[(open + 1)..<j])),
          readings.isReading(syllable, of: han)
        else { return nil }
        return j + 1
      }
      // Stop early at what no syllable contains: spaces, line breaks, other parentheses, CJK (but not the
      // fullwidth letters and digits at U+FF10…U+FF5A). normalizeSyllable judges the rest.
      if v <= 0x20 || v == 0x28 || v == 0xFF08 || (v >= 0x2E80 && !(0xFF10...0xFF5A).contains(v)) {
        return nil
      }
      j += 1
    }
    return nil
  }

  /// The scalars as a String, written as UTF-8 in one go: a gloss of up to 15 bytes fits the small-string
  /// storage and does not allocate (appending to a `String.UnicodeScalarView` took ten times as long).
  @inline(__always)
  private static func string(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[k] = byte
          k += 1
        }
      }
      return k
    }
  }
}
