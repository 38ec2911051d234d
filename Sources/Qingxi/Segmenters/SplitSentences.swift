import TextSupport

/// Finds sentences with ICU's sentence rules (UAX #29) and tags each with its language; sets the
/// document's `lang`.
///
/// Sentences never cross blocks and carry no leading or trailing white space. A document is `zh` or `en`
/// when at least 90% of its sentence text (weighted as in `ScriptCounts`) is in that language, `mixed`
/// otherwise. Example: `"国家安全部发布提示。境外间谍活动日益隐蔽。"` → two sentences, both `zh`.
public struct SplitSentences: Stage {
  public static let name = "split-sentences"
  public static let summary = "ICU sentence boundaries within blocks, each tagged zh/en/und; sets the document lang"
  public static let kind = StageKind.annotate
  public static let requires: Set<Capability> = [.blocks]
  public static let produces: Set<Capability> = [.sentences]

  public init(options: StageOptions) {}

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    let s = doc.scalars
    let table = OffsetTable(scalars: s)
    var bounds: [Int]
    do {
      bounds = try BreakIterator.sentenceBoundaries(table.utf16).map { table.scalarOffset(utf16: $0) }
    } catch {
      throw StageError(stage: Self.name, reason: "icu sentence break failed: \(error)")
    }
    // UAX #29 counts opening brackets as "Close", so ICU leaves the 《 or “ that opens the next sentence at
    // the end of the previous one (…正式施行。《 | 密码法》…); move such openers forward.
    for k in 1..<max(1, bounds.count - 1) {
      while bounds[k] - 1 > bounds[k - 1], Self.isOpener(s[bounds[k] - 1]) { bounds[k] -= 1 }
    }
    var sentences: [Sentence] = []
    var blockIndex = 0
    for k in 0..<max(0, bounds.count - 1) {
      var a = bounds[k]
      var b = bounds[k + 1]
      while a < b, s[a].properties.isWhitespace { a += 1 }
      while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
      if a >= b { continue }
      // Skip sentences in blocks that are not prose (headings, captions, lists).
      while blockIndex < doc.blocks.count, doc.blocks[blockIndex].end <= a { blockIndex += 1 }
      if blockIndex < doc.blocks.count, doc.blocks[blockIndex].kind != .paragraph { continue }
      sentences.append(Sentence(start: a, end: b, lang: ScriptCounts(s[a..<b]).language))
    }
    doc.sentences = sentences
    doc.lang = Self.documentLanguage(sentences, scalars: s)
    return .keep
  }

  static func isOpener(_ c: Unicode.Scalar) -> Bool {
    c.properties.generalCategory == .openPunctuation || c == "“" || c == "‘" || c == "«"
  }

  static func documentLanguage(_ sentences: [Sentence], scalars s: [Unicode.Scalar]) -> Language {
    var zh = 0.0
    var en = 0.0
    for sentence in sentences {
      let c = ScriptCounts(s[sentence.range])
      zh += Double(c.han)
      en += Double(c.latin) / 3
    }
    let total = zh + en
    if total == 0 { return .undetermined }
    if zh / total >= 0.9 { return .zh }
    if en / total >= 0.9 { return .en }
    return .mixed
  }
}
