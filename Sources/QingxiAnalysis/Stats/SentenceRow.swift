import Qingxi

/// Sentences of one language and their lengths: in words for English, in characters otherwise.
public struct SentenceRow: Sendable, Equatable {
  public var lang: String
  public var unit: String
  public var length: Distribution
  /// Length → number of sentences, for histograms.
  public var counts: [Int: Int]

  public init(lang: String, counts: [Int: Int]) {
    self.lang = lang
    unit = SentenceRow.unit(of: lang)
    self.counts = counts
    length = Distribution(counts: counts)
  }

  public static func unit(of lang: String) -> String { lang == "en" ? "words" : "characters" }

  public var json: JSONValue {
    .object(["lang": .string(lang), "count": .int(length.count), "unit": .string(unit), "length": length.json])
  }
}
