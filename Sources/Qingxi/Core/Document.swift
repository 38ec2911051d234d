/// One document on its way through a pipeline: the decoded raw text, the text being cleaned, and every
/// annotation made on it.
///
/// Offsets. Every span (`blocks`, `sentences`, `tokens`, `entities`) is a half-open range of Unicode
/// scalar (code point) offsets into `text`: the unit Python `str` slicing and most JSON consumers use.
/// Every removal is a half-open range of scalar offsets into `raw`. Cleaners rewrite `text`
/// (through `CleanText`, which remembers where each scalar came from in `raw`); once blocks are laid
/// out the text is frozen and stages only add spans.
public struct Document: Sendable {
  /// Stable identifier: the input's own `id`, else one derived from its path.
  public var id: String
  public var source: Source
  /// Set when an article splitter cut this record out of a page holding several articles.
  public var article: ArticlePart?
  /// Undecoded input bytes, until the decode stage turns them into `raw`.
  public var bytes: [UInt8]?
  /// The decoded input text, exactly as read (offsets of `removed` refer to it).
  public private(set) var raw: String = ""
  /// The text as cleaning left it, with an origin (raw offset) for each scalar.
  public internal(set) var clean = CleanText()
  /// True once the layout stage has fixed the text; after that only spans are added.
  public private(set) var isTextFrozen = false
  /// True when each line of `raw` is a block of its own (WET text, one block per line): line-wrap joining
  /// does not apply. Not written to the record.
  public var linesAreBlocks = false

  public var lang: Language = .undetermined
  public var title: String?
  /// Publication date and time as found in the page, ISO 8601 where it could be normalized.
  public var published: String?
  public var blocks: [Block] = []
  public var sentences: [Sentence] = []
  /// Nil until a word stage runs; `tokens` is omitted from the record while nil.
  public var tokens: [Token]?
  public var entities: [Entity] = []
  public var cases: [CaseRecord] = []
  public var removed: [Removal] = []
  /// Source tails cleaning removed (`据…`), in text order: the article borders `split-articles` reads.
  public var sourceTails: [SourceTail] = []
  /// Fields carried through from the input (JSON Lines) and facts stages found (tags, source name, author).
  public var meta: [String: JSONValue] = [:]
  /// The format of `bytes` when it is not the one `source.format` names: `.html` for an HTML page carried in
  /// a JSON Lines field (`--html-field`), which `decode` then reads exactly as an `.html` file.
  public var contentFormat: InputFormat?
  /// The language the input declares (a JSON Lines `lang`, an HTML page's `<html lang>`), as given: the
  /// record's `lang` when the text itself cannot tell (`und`).
  public var languageHint: String?
  /// True when the input gave a `published` that is not a date: it stays in `meta`, `published` stays
  /// unset, and the run summary counts it (`unparsed_published`).
  public var unparsedPublished = false
  /// For HTML input: the page's blocks and their layout features (set by `decode`, read by
  /// `drop-html-boilerplate`); not written to the record.
  public var html: HTMLLayout?
  /// The `Content-Type` a container declared for `bytes` (a WARC record's HTTP header): decides HTML or
  /// text and gives the HTTP charset to `decode`. Nil for plain files; not written to the record.
  public var declaredType: MediaType?

  public init(id: String, source: Source, bytes: [UInt8]? = nil, meta: [String: JSONValue] = [:]) {
    self.id = id
    self.source = source
    self.bytes = bytes
    self.meta = meta
  }

  /// A document whose text is already decoded (JSON Lines input, tests).
  public init(id: String, source: Source, text: String, meta: [String: JSONValue] = [:]) {
    self.init(id: id, source: source, bytes: nil, meta: meta)
    setRaw(text)
  }

  /// The cleaned text.
  public var text: String { clean.string }

  /// The cleaned text as scalars (what every span offset counts).
  public var scalars: [Unicode.Scalar] { clean.scalars }

  /// Sets the decoded text; cleaning starts from it.
  public mutating func setRaw(_ text: String) {
    raw = text
    clean = CleanText(raw: text)
    bytes = nil
  }

  /// Replaces the text under cleaning (cleaners go through `CleanText.apply`).
  mutating func updateClean(_ body: (inout CleanText) throws(StageError) -> Void) throws(StageError) {
    precondition(!isTextFrozen, "text rewritten after it was frozen")
    try body(&clean)
  }

  /// Fixes the text: from now on stages only add spans.
  mutating func freezeText() {
    isTextFrozen = true
    frozenMatchScalars = HanFold.folded(clean.scalars)
  }

  /// The folded view of the frozen text (`matchScalars`), computed once when the text is frozen.
  var frozenMatchScalars: [Unicode.Scalar]?

  /// The slice of `text` covered by a scalar range.
  public func text(in range: Range<Int>) -> String {
    clean.substring(range)
  }
}

/// Where a document came from.
public struct Source: Sendable, Equatable {
  /// The input path as given on the command line (or `-` for standard input).
  public var path: String
  /// `txt`, `jsonl`, `html`, `warc`, with `+gzip` when the file was gzip-compressed.
  public var format: String
  /// The byte encoding the text was decoded from (`utf-8`, `gb18030`, `big5-hkscs`, `utf-16le`…), set by
  /// the decode stage.
  public var encoding: String?
  /// Size of the raw input bytes of this document.
  public var bytes: Int
  /// Lower-case hex SHA-256 of the raw input bytes of this document.
  public var sha256: String
  /// The page's URL when known (an HTML page's canonical link or `og:url`); written only when set.
  public var url: String?

  public init(path: String, format: String, encoding: String? = nil, bytes: Int, sha256: String, url: String? = nil) {
    self.url = url
    self.path = path
    self.format = format
    self.encoding = encoding
    self.bytes = bytes
    self.sha256 = sha256
  }
}

/// Which part of a multi-article page a record is.
public struct ArticlePart: Sendable, Equatable {
  /// 1-based position of the article on its page.
  public var index: Int
  public var count: Int
}
