/// A lazy stream of documents and what happened reading them, input by input: what an executor pulls
/// from. `FileDocumentSource` reads files, directories and standard input; later sources (WARC, a
/// resumed run skipping finished inputs) conform the same way.
public protocol DocumentSource {
  /// The next event, or nil when every input is done.
  mutating func next() -> SourceEvent?
}
