/// How far a run has written, in the order its source gives events: every event of the inputs before
/// `input`, and the first `events` events of input `input` (as the run saw them, after sharding). Events
/// are deterministic for the same inputs and options, so a resumed run skips exactly these.
public struct RunCursor: Sendable, Equatable {
  public var input: Int
  public var events: Int

  public init(input: Int = 0, events: Int = 0) {
    self.input = input
    self.events = events
  }

  /// Moves past `event`: an input that closed or failed is done whole.
  public mutating func advance(past event: SourceEvent) {
    let index = event.inputIndex
    if index != input {
      input = index
      events = 0
    }
    switch event {
    case .closed, .inputFailed:
      input = index + 1
      events = 0
    default:
      events += 1
    }
  }
}

extension SourceEvent {
  /// `InputFile.index` of the input this event belongs to.
  public var inputIndex: Int {
    switch self {
    case .opened(let f), .closed(let f, _): f.index
    case .inputFailed(_, let i): i
    case .document(_, let at), .unreadable(_, let at), .oversized(_, _, _, let at), .skipped(_, let at): at.input
    }
  }
}

/// Passes on the events of `base` after a cursor: a resumed run's source. Inputs before the cursor are
/// best not opened at all (`FileDocumentSource(firstInput:)`); any that come are dropped here too.
public struct ResumedSource<Base: DocumentSource>: DocumentSource {
  private var base: Base
  private let cursor: RunCursor
  private var skipped = 0

  public init(_ base: Base, after cursor: RunCursor) {
    self.base = base
    self.cursor = cursor
  }

  public mutating func next() -> SourceEvent? {
    while let event = base.next() {
      let index = event.inputIndex
      if index < cursor.input { continue }
      if index == cursor.input, skipped < cursor.events {
        skipped += 1
        continue
      }
      return event
    }
    return nil
  }
}
