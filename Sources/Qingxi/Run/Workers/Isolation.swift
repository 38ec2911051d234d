/// Where a run processes its documents.
public enum Isolation: String, Sendable, CaseIterable {
  /// Threads of the run's own process: no start-up or copying cost, but a document that trips a bug (a
  /// Swift trap) ends the whole run, and nothing bounds the time a document takes.
  case thread
  /// Supervised worker processes (`qingxi worker`): a crash or a document past the time limit costs only
  /// that document, which is rejected with the reason.
  case process
}
