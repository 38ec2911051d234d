import Qingxi

/// Builders used across tests.
public enum TestPipelines {
  /// A document of plain text bytes as a reader would make it.
  public static func document(_ text: String, id: String = "t", format: String = "txt") -> Document {
    let bytes = Array(text.utf8)
    return Document(id: id, source: Source(path: "\(id).txt", format: format, bytes: bytes.count, sha256: String(repeating: "0", count: 64)), bytes: bytes)
  }

  /// Builds a pipeline from inline YAML (stage names and options), failing loudly.
  public static func pipeline(_ yaml: String) throws -> Pipeline {
    try PipelineBuilder.build(yaml: yaml, file: "<test>")
  }

  /// Runs a pipeline on text and returns the written documents (rejections become an error).
  public static func run(_ pipeline: Pipeline, _ text: String) throws -> [Document] {
    try pipeline.run(document(text)).map { outcome in
      switch outcome {
      case .written(let d): return d
      case .rejected(_, let stage, let reason): throw StageError(stage: stage, reason: reason)
      }
    }
  }
}

extension Stage {
  /// The stage with its default options, overridden by `given`.
  public static func make(_ given: [String: JSONValue] = [:]) throws -> Self {
    try Self(options: StageOptions(specs: options, given: given))
  }
}

extension TestPipelines {
  /// Text laid out in blocks and sentences (`decode, split-blocks, split-sentences`), ready for extractors.
  /// `published` sets the publication date relative dates resolve against.
  public static func sentenced(_ text: String, published: String? = nil) throws -> Document {
    let p = try pipeline("stages: [decode, split-blocks, split-sentences]")
    guard var doc = try run(p, text).first else { throw StageError(stage: "test", reason: "no document") }
    doc.published = published
    return doc
  }

  /// Runs extractors (in order) over `text` laid out in sentences and returns the document.
  public static func extract(_ text: String, published: String? = nil, with stages: [any Stage]) throws -> Document {
    var doc = try sentenced(text, published: published)
    for stage in stages { _ = try stage.process(&doc) }
    return doc
  }
}
