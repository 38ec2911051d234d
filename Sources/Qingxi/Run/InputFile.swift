/// One input of a run: a file found on the command line or under a directory, or standard input.
public struct InputFile: Sendable, Hashable {
  /// Path as reported (`source.path`); `-` for standard input.
  public var path: String
  /// Document id derived from the path (see `InputWalk.documentID`).
  public var id: String
  /// 0-based position of this input in the run, in walk order (failed inputs count too).
  public var index: Int

  public init(path: String, id: String, index: Int) {
    self.path = path
    self.id = id
    self.index = index
  }

  /// True for standard input.
  public var isStandardInput: Bool { path == "-" }
}
