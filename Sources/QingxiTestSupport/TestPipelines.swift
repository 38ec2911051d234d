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
  /// The stage with its default options, overridden by `given`. Like `PipelineBuilder`, it rejects a key
  /// the stage does not declare and a value of the wrong type; it also fails when the stage read a key it
  /// never declared (a misspelt key would otherwise read as 0 or false).
  public static func make(_ given: [String: JSONValue] = [:]) throws -> Self {
    for (key, value) in given.sorted(by: { $0.key < $1.key }) {
      guard let spec = options.first(where: { $0.key == key }) else {
        throw PipelineSpecError(
          file: "<test>", line: nil,
          message: "stage `\(name)` has no option `\(key)`; valid options are \(options.map(\.key).joined(separator: ", "))")
      }
      guard Self.fits(value, spec) else {
        throw PipelineSpecError(
          file: "<test>", line: nil, message: "stage `\(name)` option `\(key)` must be a \(spec.type.rawValue), not \(value)")
      }
    }
    let options = StageOptions(specs: options, given: given)
    let stage = try Self(options: options)
    guard options.undeclaredReads.isEmpty else {
      throw PipelineSpecError(
        file: "<test>", line: nil,
        message: "stage `\(name)` read undeclared option(s) \(options.undeclaredReads.joined(separator: ", "))")
    }
    return stage
  }

  /// Whether `value` has the type `spec` declares (and is one of its choices).
  static func fits(_ value: JSONValue, _ spec: OptionSpec) -> Bool {
    switch (spec.type, value) {
    case (.bool, .bool), (.int, .int), (.number, .int), (.number, .double), (.path, .string): return true
    case (.string, .string(let s)): return spec.choices?.contains(s) ?? true
    case (.stringList, .array(let items)): return items.allSatisfy { $0.stringValue != nil }
    default: return false
    }
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
