/// One step of a pipeline: a type with a name, typed options and a `process` function.
///
/// Stages are pure functions of the document and of read-only resources loaded in `init`, so documents
/// can be processed independently, in any order and in parallel.
public protocol Stage: Sendable {
  /// The name used in pipeline YAML files and in `removed[].rule` (kebab-case; a renamed stage may keep
  /// its former name as the rule, as `drop-bylines` does).
  static var name: String { get }
  /// One line for `qingxi stages`.
  static var summary: String { get }
  static var kind: StageKind { get }
  /// The options this stage accepts; the pipeline loader checks names and types against them.
  static var options: [OptionSpec] { get }
  /// What must be present before this stage runs (checked when the pipeline is built).
  static var requires: Set<Capability> { get }
  /// What this stage adds.
  static var produces: Set<Capability> { get }

  /// Builds the stage from validated options (defaults filled in). Throws for values its type allowed
  /// but its meaning does not (a missing dictionary file, say).
  init(options: StageOptions) throws(OptionError)

  /// Processes one document. Throwing rejects just this document; the run goes on.
  func process(_ doc: inout Document) throws(StageError) -> Verdict
}

extension Stage {
  public static var options: [OptionSpec] { [] }
  public static var requires: Set<Capability> { [.text] }
  public static var produces: Set<Capability> { [] }
  public var name: String { Self.name }
}

/// Where a stage may stand in a pipeline: decode, then cleaners, then the layout stage; split and annotate
/// stages follow in any order among themselves.
public enum StageKind: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
  /// Bytes to text. Exactly one, first.
  case decode
  /// Rewrites the text, recording what it removes.
  case clean
  /// Lays the cleaned text out in blocks and freezes it.
  case layout
  /// Cuts a page into several documents (glued articles).
  case split
  /// Adds spans to frozen text.
  case annotate

  /// The phase a kind belongs to: split and annotate share one.
  var phase: Int { self == .annotate ? StageKind.split.rawValue : rawValue }

  public static func < (a: StageKind, b: StageKind) -> Bool { a.phase < b.phase }

  public var description: String {
    switch self {
    case .decode: "decode"
    case .clean: "clean"
    case .layout: "layout"
    case .split: "split"
    case .annotate: "annotate"
    }
  }
}

/// Something a stage needs or provides.
public enum Capability: String, Sendable, Hashable, CaseIterable {
  case text, blocks, sentences, tokens, entities, cases
}

/// What a stage decided about a document.
public enum Verdict: Sendable {
  /// Go on with this document.
  case keep
  /// Stop processing this document and write it to the rejects with this reason.
  case drop(reason: String)
  /// Replace the document by these (articles of a multi-article page); later stages run on each.
  case split([Document])
}

/// A per-document failure; the runner reports it and goes on with the next document.
public struct StageError: Error, Sendable, Equatable, CustomStringConvertible {
  public var stage: String
  public var reason: String
  public init(stage: String, reason: String) {
    self.stage = stage
    self.reason = reason
  }
  public var description: String { "\(stage): \(reason)" }
}

/// A stage option whose value its type allows but its meaning does not.
public struct OptionError: Error, Sendable, Equatable {
  public var key: String
  public var message: String
  public init(key: String, message: String) {
    self.key = key
    self.message = message
  }
}
