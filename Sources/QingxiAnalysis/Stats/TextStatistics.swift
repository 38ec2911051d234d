import Qingxi

/// Statistics of the text: documents by language, characters before and after cleaning, what each noise
/// kind and rule removed, and sentences per language with their lengths. Characters are Unicode scalars;
/// "before cleaning" is the cleaned text plus every removal (layout white space and character folding are
/// not removals, so they are not counted).
public struct TextStatistics: Sendable {
  public private(set) var documents = 0
  public private(set) var languages: [String: Int] = [:]
  public private(set) var charactersAfter = 0
  public private(set) var charactersRemoved = 0
  /// Bytes of the distinct inputs the records came from (articles of one page count once).
  public private(set) var inputBytes = 0
  private var seenSources: Set<String> = []
  private var kinds: [String: (removals: Int, characters: Int)] = [:]
  private var rules: [String: (removals: Int, characters: Int)] = [:]
  private var lengths: [String: [Int: Int]] = [:]

  public init() {}

  public mutating func add(_ d: DocumentRecord) {
    documents += 1
    languages[d.lang ?? CaseStatistics.unknown, default: 0] += 1
    charactersAfter += d.characters
    if let bytes = d.sourceBytes {
      let key = (d.sourcePath ?? d.id) + "\u{0}" + (d.sourceSHA256 ?? "")
      if seenSources.insert(key).inserted { inputBytes += bytes }
    }
    for r in d.removed {
      charactersRemoved += r.characters
      kinds[r.kind, default: (0, 0)].removals += 1
      kinds[r.kind, default: (0, 0)].characters += r.characters
      let rule = r.rule.isEmpty ? CaseStatistics.unknown : r.rule
      rules[rule, default: (0, 0)].removals += 1
      rules[rule, default: (0, 0)].characters += r.characters
    }
    for s in d.sentences { lengths[s.lang, default: [:]][s.length, default: 0] += 1 }
  }

  public var charactersBefore: Int { charactersAfter + charactersRemoved }

  /// The share of the characters before cleaning that was removed.
  public var removedShare: Double { charactersBefore == 0 ? 0 : Double(charactersRemoved) / Double(charactersBefore) }

  public var byKind: [RemovalRow] { rows(kinds) }
  public var byRule: [RemovalRow] { rows(rules) }

  private func rows(_ table: [String: (removals: Int, characters: Int)]) -> [RemovalRow] {
    let before = Double(charactersBefore)
    return table.map { RemovalRow(key: $0.key, removals: $0.value.removals, characters: $0.value.characters, share: before == 0 ? 0 : Double($0.value.characters) / before) }
      .sorted { ($0.characters, $1.key) > ($1.characters, $0.key) }
  }

  /// One row per sentence language, most sentences first.
  public var sentences: [SentenceRow] {
    lengths.map { SentenceRow(lang: $0.key, counts: $0.value) }
      .sorted { ($0.length.count, $1.lang) > ($1.length.count, $0.lang) }
  }

  public var json: JSONValue {
    .object([
      "documents": .int(documents),
      "languages": .array(languages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { .object(["lang": .string($0.key), "documents": .int($0.value)]) }),
      "input_bytes": .int(inputBytes),
      "characters": .object([
        "before": .int(charactersBefore), "after": .int(charactersAfter), "removed": .int(charactersRemoved),
        "removed_share": .number(Distribution.rounded(removedShare)),
      ]),
      "removed_by_kind": .array(byKind.map(\.json)), "removed_by_rule": .array(byRule.map(\.json)),
      "sentences": .array(sentences.map(\.json)),
    ])
  }
}
