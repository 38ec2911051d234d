@testable import Qingxi

/// Runs one cleaner over text and returns the cleaned text, the removals and the document.
func clean<S: TextCleaner>(_ stage: S, _ raw: String) throws -> (text: String, removed: [Removal], doc: Document) {
  var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: raw)
  _ = try stage.process(&doc)
  return (doc.text, doc.removed, doc)
}
