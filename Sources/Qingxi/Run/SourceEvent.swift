/// What a `DocumentSource` reports, in input order: inputs opening and closing, the documents between,
/// and every part of an input that could not become a document.
public enum SourceEvent: Sendable {
  /// An input was opened; its documents follow, then `closed`.
  case opened(InputFile)
  /// An input that could not be found, opened or listed: rejected whole, holds no documents.
  case inputFailed(ReadFailure, input: Int)
  /// A document, ready for the pipeline.
  case document(Document, DocumentPosition)
  /// Something in an open input that is not a document (a bad JSON Lines line, a corrupt gzip stream,
  /// a file with no lines): counted as a document and rejected at the `read` stage.
  case unreadable(ReadFailure, DocumentPosition)
  /// A whole-input document over the size limit the source was given: counted as a document, rejected
  /// as the decode stage would, without holding it in memory.
  case oversized(InputFile, bytes: Int, limit: Int, DocumentPosition)
  /// A record of a container input (WARC) that holds no document to clean (a request, an image, a 404),
  /// counted in the summary under `kind`; not a document and not a rejection.
  case skipped(kind: String, DocumentPosition)
  /// An input is done; `bytes` were read from it (the compressed size for gzip).
  case closed(InputFile, bytes: Int)
}
