/// A block of the cleaned text: a paragraph, heading or other unit separated from its neighbours by a
/// blank line. Offsets are Unicode scalar offsets into `Document.text`, end exclusive.
public struct Block: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case paragraph, heading, caption, list
  }
  public var start: Int
  public var end: Int
  public var kind: Kind
  public init(start: Int, end: Int, kind: Kind) {
    self.start = start
    self.end = end
    self.kind = kind
  }
  public var range: Range<Int> { start..<end }
}

/// A sentence (scalar offsets into `Document.text`, end exclusive), its language, and its language runs.
public struct Sentence: Sendable, Equatable {
  public var start: Int
  public var end: Int
  /// The language most of the sentence is written in (`zh`, `en`, `und`).
  public var lang: Language
  /// Stretches in one language, tiling the sentence in order; a single run for a one-language sentence.
  public var runs: [Run]
  public init(start: Int, end: Int, lang: Language, runs: [Run]? = nil) {
    self.start = start
    self.end = end
    self.lang = lang
    self.runs = runs ?? [Run(start: start, end: end, lang: lang)]
  }
  public var range: Range<Int> { start..<end }
}

/// A stretch of a sentence written in one language (scalar offsets into `Document.text`, end exclusive).
public struct Run: Sendable, Equatable {
  public var start: Int
  public var end: Int
  public var lang: Language
  public init(start: Int, end: Int, lang: Language) {
    self.start = start
    self.end = end
    self.lang = lang
  }
  public var range: Range<Int> { start..<end }
}

/// A word (scalar offsets into `Document.text`, end exclusive).
public struct Token: Sendable, Equatable {
  public var start: Int
  public var end: Int
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

/// Something cleaning took out: `text` is exactly `Document.raw[rawStart..<rawEnd]` in scalars.
public struct Removal: Sendable, Equatable {
  /// What kind of noise it was (`pinyin`, `ad`, `footer`, …).
  public var kind: String
  /// The stage or rule that removed it.
  public var rule: String
  public var text: String
  public var rawStart: Int
  public var rawEnd: Int
  /// Why the rule decided so, for audit (`lexicon 1.00 [发表 文章 发起 投票]; short; no sentence end`);
  /// nil for rules whose name says it all. Written as `removed[].reason` only when set.
  public var reason: String?
  public init(kind: String, rule: String, text: String, rawStart: Int, rawEnd: Int, reason: String? = nil) {
    self.kind = kind
    self.rule = rule
    self.text = text
    self.rawStart = rawStart
    self.rawEnd = rawEnd
    self.reason = reason
  }
}
