import TextSupport

/// Finds the sentences of paragraph blocks and their language runs; sets the document's `lang`.
///
/// Boundaries start from ICU's sentence rules (UAX #29: 。！？!? and English periods, keeping closing
/// quotes and brackets with their sentence, never inside "RMB 1.5 million"), then:
/// - Chinese text also ends at ；/; and ellipses (`ChineseTerminators`);
/// - a period after an abbreviation or initial does not end a sentence (`Abbreviations`: Mr., No., U.S.);
/// - no sentence ends inside a quote (`QuoteSpans`);
/// - an opening bracket or quote ICU left at the end of a sentence starts the next one (…施行。《密码法》…).
/// A switch of language at a comma starts a new run, not a sentence (`LanguageRuns`). Headings, captions
/// and lists are blocks, never sentences. A document is `zh` or `en` when at least 90% of its sentence
/// text (Han characters against Latin letters / 3, as in `ScriptCounts`) is in that language, `mixed`
/// otherwise. Example: `国家安全部发布提示。境外间谍活动日益隐蔽；请提高警惕……` → three `zh` sentences.
public struct SplitSentences: Stage {
  public static let name = "split-sentences"
  public static let summary = "sentences of paragraph blocks (ICU rules + Chinese terminators, abbreviations, quotes) with zh/en language runs; sets the document lang"
  public static let kind = StageKind.annotate
  public static let requires: Set<Capability> = [.blocks]
  public static let produces: Set<Capability> = [.sentences]

  public init(options: StageOptions) {}

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    let s = doc.scalars
    let icu: [Int]
    do {
      icu = try Self.icuBoundaries(s)
    } catch {
      throw StageError(stage: Self.name, reason: "icu sentence break failed: \(error)")
    }
    var sentences: [Sentence] = []
    var total = ScriptCounts()
    var k = 0
    for block in doc.blocks where block.kind == .paragraph {
      while k < icu.count, icu[k] <= block.start { k += 1 }
      var cuts: [Int] = []
      var j = k
      while j < icu.count, icu[j] < block.end {
        cuts.append(icu[j])
        j += 1
      }
      let bounds = [block.start] + Self.refine(cuts, in: s, block: block.range) + [block.end]
      for m in 0..<(bounds.count - 1) {
        var a = bounds[m]
        var b = bounds[m + 1]
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        if a >= b { continue }
        let counts = ScriptCounts(s[a..<b])
        total += counts
        let runs = LanguageRuns.runs(in: s, a..<b, lang: counts.language)
        sentences.append(Sentence(start: a, end: b, lang: counts.language, runs: runs))
      }
    }
    doc.sentences = sentences
    doc.lang = Self.documentLanguage(total)
    // Text without letters cannot tell its language; the input's declared one can.
    if doc.lang == .undetermined, let declared = doc.languageHint.flatMap(Language.init(declared:)) { doc.lang = declared }
    return .keep
  }

  /// ICU's boundaries over the whole text, in scalar offsets.
  static func icuBoundaries(_ s: [Unicode.Scalar]) throws(ShimError) -> [Int] {
    let table = OffsetTable(scalars: s)
    return try BreakIterator.sentenceBoundaries(table.utf16).map { table.scalarOffset(utf16: $0) }
  }

  /// ICU's cuts inside one block, corrected by our rules; sorted, inside the block.
  static func refine(_ icu: [Int], in s: [Unicode.Scalar], block: Range<Int>) -> [Int] {
    var cuts = Set(icu)
    cuts.formUnion(ChineseTerminators.breaks(in: s, block: block))
    let quotes = QuoteSpans.find(in: s, block: block)
    var q = 0
    var out: [Int] = []
    for var cut in cuts.sorted() {
      // An opening bracket or quote ICU left before the cut starts the next sentence.
      while cut - 1 > block.lowerBound, isOpener(s[cut - 1]) { cut -= 1 }
      // Inside a quote (the cut lies after the opening mark and before the closing one).
      while q < quotes.count, quotes[q].upperBound < cut { q += 1 }
      if q < quotes.count, quotes[q].lowerBound < cut, cut < quotes[q].upperBound { continue }
      if endsInAbbreviation(s, cut, block.lowerBound) { continue }
      // `?` or `!` glued to an ASCII letter or digit is inside a URL or code (`…/B.html?x=1`), not an end.
      if cut > block.lowerBound, cut < block.upperBound, s[cut - 1] == "?" || s[cut - 1] == "!",
        s[cut].isASCII, s[cut].properties.isAlphabetic || ("0"..."9").contains(s[cut])
      {
        continue
      }
      if cut > block.lowerBound, cut < block.upperBound, out.last != cut { out.append(cut) }
    }
    return out
  }

  /// True when the text before `cut` (spaces skipped) ends with an abbreviation's period.
  static func endsInAbbreviation(_ s: [Unicode.Scalar], _ cut: Int, _ lowerBound: Int) -> Bool {
    var k = cut - 1
    while k > lowerBound, s[k] == " " { k -= 1 }
    guard k > lowerBound, s[k] == "." else { return false }
    // "etc." or "U.S." followed by a digit or capital: abbreviations keep their sentence going.
    return Abbreviations.isAbbreviation(s, dot: k, lowerBound: lowerBound)
  }

  static func isOpener(_ c: Unicode.Scalar) -> Bool { CharClass.isOpener(c) }

  /// `zh` or `en` when at least 90% of the sentence text is in it (Han characters against Latin letters / 3).
  static func documentLanguage(_ c: ScriptCounts) -> Language {
    let zh = Double(c.han)
    let en = Double(c.latin) / 3
    let total = zh + en
    if total == 0 { return .undetermined }
    if zh / total >= 0.9 { return .zh }
    if en / total >= 0.9 { return .en }
    return .mixed
  }

}
