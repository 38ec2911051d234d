/// A stage that rewrites the text: it only says what to change, and the plumbing applies the edits and
/// records every removal with its raw offsets.
public protocol TextCleaner: Stage {
  /// False when the pipeline switched the rule off (`enabled: false`); the plumbing then makes no edits,
  /// so a rule never checks its own switch. Rules without a switch are always on.
  var enabled: Bool { get }

  /// The edits to make, in offsets of `doc.scalars`. The cleaner may also set document facts it finds
  /// (`published`, `meta`), but must not touch the text itself.
  func edits(in doc: inout Document) -> [TextEdit]
}

extension TextCleaner {
  public static var kind: StageKind { .clean }

  public var enabled: Bool { true }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    guard enabled else { return .keep }
    let edits = edits(in: &doc)
    try doc.apply(edits, stage: Self.name)
    return .keep
  }
}

extension Document {
  /// Applies a cleaner's edits and appends the removals they record.
  public mutating func apply(_ edits: [TextEdit], stage: String) throws(StageError) {
    if edits.isEmpty { return }
    var removals: [Removal] = []
    try updateClean { (clean: inout CleanText) throws(StageError) in
      do throws(CleanTextError) {
        removals = try clean.apply(edits)
      } catch {
        throw StageError(stage: stage, reason: error.description)
      }
    }
    removed.append(contentsOf: removals)
  }
}
