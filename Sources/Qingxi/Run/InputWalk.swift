import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files a run reads, in a deterministic order, found lazily: arguments in the order given, each
/// directory listed only when the walk reaches it, entries sorted by the bytes of their names, names
/// starting with `.` skipped (the run's temporary files are hidden so). Missing paths, unlistable
/// directories and broken links become failures. Each real file (device and inode, links followed) is
/// read once, at its first path in walk order, and each directory listed once, so a symbolic-link loop
/// ends; files in `excluding` (the run's own outputs) are never read from a directory. Ids are the path relative to the
/// input directory without `.gz` and the format extension, unless that collides with a sibling's
/// (`x.txt`, `x.html`): then the whole name is kept.
public struct InputWalk: IteratorProtocol, Sequence {
  /// A file's identity: device and inode.
  public struct Identity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64

    public init(device: UInt64, inode: UInt64) {
      self.device = device
      self.inode = inode
    }

    /// The identity of what `path` names (links followed), or nil if it cannot be found.
    public init?(path: String) {
      var st = stat()
      guard stat(path, &st) == 0 else { return nil }
      device = UInt64(st.st_dev)
      inode = UInt64(st.st_ino)
    }
  }

  public enum Item: Sendable, Equatable {
    case file(InputFile)
    case failure(ReadFailure, index: Int)
  }

  private enum Pending {
    case argument(String)
    case entry(path: String, root: String, keepExtension: Bool)
  }

  /// Files and directories already reached, and the outputs never to read.
  private var seenFiles: Set<Identity> = []
  private var seenDirectories: Set<Identity> = []
  private let excluded: Set<Identity>

  /// Still to visit, last first.
  private var stack: [Pending]
  /// `InputFile.index` of the next item.
  private var index = 0

  public init(arguments: [String], excluding: Set<Identity> = []) {
    stack = arguments.reversed().map { .argument($0) }
    excluded = excluding
  }

  /// What a path is, links followed: nil if nothing is there.
  private enum Kind { case file(Identity), directory(Identity) }

  private func kind(_ path: String) -> Kind? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    let id = Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    return (st.st_mode & S_IFMT) == S_IFDIR ? .directory(id) : .file(id)
  }

  public mutating func next() -> Item? {
    while let pending = stack.popLast() {
      switch pending {
      case .argument(let arg):
        if arg == "-" { return file(path: "-", id: "stdin") }
        let id = Self.documentID(relative: (arg as NSString).lastPathComponent)
        switch kind(arg) {
        case nil:
          return failure(arg, id, "no such file or directory")
        case .file(let identity):
          // A file named on the command line is read even if it is an output (`--force` over an input).
          if seenFiles.insert(identity).inserted { return file(path: arg, id: id) }
        case .directory(let identity):
          if seenDirectories.insert(identity).inserted, let f = list(directory: arg, root: arg) { return f }
        }
      case .entry(let path, let root, let keep):
        let rel = Self.relative(path, to: root)
        let id = keep ? rel : Self.documentID(relative: rel)
        switch kind(path) {
        case nil:
          // Listed but not there: a symbolic link to nothing. Report it rather than skip it silently.
          return failure(path, id, "cannot read: broken symbolic link")
        case .file(let identity):
          if let item = reach(file: path, identity, id: id) { return item }
        case .directory(let identity):
          // A directory reached again (a link loop, or two links to one place) is not walked again.
          if seenDirectories.insert(identity).inserted, let f = list(directory: path, root: root) { return f }
        }
      }
    }
    return nil
  }

  /// The item for a file, or nil when it was read already or is one of the run's outputs.
  private mutating func reach(file path: String, _ identity: Identity, id: String) -> Item? {
    if excluded.contains(identity) || !seenFiles.insert(identity).inserted { return nil }
    return file(path: path, id: id)
  }

  /// Pushes a directory's entries (sorted) onto the stack, or returns the failure to list it.
  private mutating func list(directory: String, root: String) -> Item? {
    let entries: [String]
    do {
      entries = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      let rel = Self.relative(directory, to: root)
      return failure(directory, rel.isEmpty ? "." : rel, "cannot list directory: permission denied or unreadable")
    }
    let sorted = entries.filter { !$0.hasPrefix(".") }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    // Names whose ids would collide keep their extensions (`x.txt`, `x.html`, `x.txt.gz`).
    // Directories take no part: their names are kept whole in the ids below them.
    let paths = sorted.map { (directory as NSString).appendingPathComponent($0) }
    var isFile: [Bool] = []
    var idCounts: [String: Int] = [:]
    for (name, path) in zip(sorted, paths) {
      var file = true
      if case .directory? = kind(path) { file = false }
      isFile.append(file)
      if file { idCounts[Self.documentID(relative: name), default: 0] += 1 }
    }
    for i in sorted.indices.reversed() {
      let keep = isFile[i] && (idCounts[Self.documentID(relative: sorted[i])] ?? 0) > 1
      stack.append(.entry(path: paths[i], root: root, keepExtension: keep))
    }
    return nil
  }

  private mutating func file(path: String, id: String) -> Item {
    defer { index += 1 }
    return .file(InputFile(path: path, id: id, index: index))
  }

  private mutating func failure(_ input: String, _ id: String, _ reason: String) -> Item {
    defer { index += 1 }
    return .failure(ReadFailure(input: input, id: id, reason: reason), index: index)
  }

  static func relative(_ path: String, to root: String) -> String {
    let r = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(r) ? String(path.dropFirst(r.count)) : path
  }

  /// The id for a file: its path relative to the input directory, without `.gz` and the format extension.
  public static func documentID(relative: String) -> String {
    var name = relative
    if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
    let ext = (name as NSString).pathExtension
    if !ext.isEmpty, ext.count <= 6 { name.removeLast(ext.count + 1) }
    // Common Crawl's `x.warc.wet.gz` and `x.warc.wat.gz`: the id is `x`, as for `x.warc.gz`.
    if ["wet", "wat"].contains(ext.lowercased()), name.lowercased().hasSuffix(".warc") { name.removeLast(5) }
    return name
  }
}
