/// When a run commits a chunk of its file outputs: after `documents` documents (any source event that
/// counts as one), or `bytes` of records output since the last commit, or `seconds` since it, whichever
/// comes first. Documents and bytes are properties of the data, so with `seconds` nil the chunk
/// boundaries are the same in every run over the same inputs — which gzip output needs for a resumed run
/// to give the same compressed bytes (each chunk is a gzip member). Plain output may also commit on time.
public struct CommitPolicy: Sendable, Equatable {
  public var documents: Int
  public var bytes: Int
  public var seconds: Double?

  public init(documents: Int = 1000, bytes: Int = 16 << 20, seconds: Double? = 10) {
    self.documents = max(documents, 1)
    self.bytes = max(bytes, 1)
    self.seconds = seconds
  }
}

/// The run stopped early because it was asked to (SIGINT, SIGTERM), after committing what it could; the
/// manifest stays so `--resume` continues.
public struct RunInterrupted: Error, Sendable, Equatable {
  /// Records in committed chunks when the run stopped.
  public var committedRecords: Int

  public init(committedRecords: Int) { self.committedRecords = committedRecords }
}
