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

  public let enabled: Bool
  let readings: PinyinReadings

  public init(options: StageOptions) {
    enabled = options.bool("enabled")
    readings = PinyinReadings.shared
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    // Every character with a Mandarin reading is at U+2E80 (CJK radicals) or above; this also keeps
    // `Beijing (Běijīng)` and `·(B-sports)` without a table probe. A space before the gloss also fails
    // it: `报 (bao)` is kept, because a space before a parenthesis is how real asides are written.
    PinyinGloss.ranges(in: doc.scalars, readings: readings) { $0.value >= 0x2E80 }.map {
      .remove($0, rule: Self.name, kind: Self.removalKind)
    }
  }
}
