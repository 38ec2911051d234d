/// `--shard K/N`: passes on the documents of one shard of `base` and drops the rest. A document belongs
/// to shard `hash(path, line) % N` (0-based; `K` is 1-based on the command line), where `line` is its
/// JSON Lines line number (a WARC record's number), 0 for a whole-file document, and the hash is `DuplicateIDs.hash`, stable
/// across runs and machines. So N runs over the same inputs, each with its own K, split them with no
/// coordination, and together write every record of one run exactly once. Inputs opening and closing
/// pass through in every shard (`inputs` and `bytes` count what each shard read).
public struct ShardedSource<Base: DocumentSource>: DocumentSource {
  private var base: Base
  public let shard: Int
  public let count: Int
  private var path = ""

  /// `shard` in `0..<count`.
  public init(_ base: Base, shard: Int, of count: Int) {
    self.base = base
    self.count = max(count, 1)
    self.shard = min(max(shard, 0), self.count - 1)
  }

  public static func shard(path: String, line: Int, of count: Int) -> Int {
    Int(DuplicateIDs.hash(path + "\u{0}" + String(line)) % UInt64(max(count, 1)))
  }

  public mutating func next() -> SourceEvent? {
    while let event = base.next() {
      switch event {
      case .opened(let file):
        path = file.path
        return event
      case .closed:
        return event
      case .inputFailed(let f, _):
        if Self.shard(path: f.input, line: 0, of: count) == shard { return event }
      case .document(_, let at), .unreadable(_, let at), .oversized(_, _, _, let at), .skipped(_, let at):
        if Self.shard(path: path, line: at.line, of: count) == shard { return event }
      }
    }
    return nil
  }
}
