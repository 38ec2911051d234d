import Foundation

/// The files a run reads, in a deterministic order, found lazily: arguments in the order given, each
/// directory listed only when the walk reaches it, entries sorted by the bytes of their names, names
/// starting with `.` skipped. Missing paths, unlistable directories and broken links become failures.
public struct InputWalk: IteratorProtocol, Sequence {
  public enum Item: Sendable, Equatable {
    case file(InputFile)
    case failure(ReadFailure, index: Int)
  }

  private enum Pending {
    case argument(String)
    case entry(path: String, root: String)
  }

  /// Still to visit, last first.
  private var stack: [Pending]
  /// `InputFile.index` of the next item.
  private var index = 0

  public init(arguments: [String]) {
    stack = arguments.reversed().map { .argument($0) }
  }

  public mutating func next() -> Item? {
    let fm = FileManager.default
    while let pending = stack.popLast() {
      switch pending {
      case .argument(let arg):
        if arg == "-" { return file(path: "-", id: "stdin") }
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
          return failure(arg, Self.documentID(relative: (arg as NSString).lastPathComponent), "no such file or directory")
        }
        if !isDir.boolValue { return file(path: arg, id: Self.documentID(relative: (arg as NSString).lastPathComponent)) }
        if let f = list(directory: arg, root: arg) { return f }
      case .entry(let path, let root):
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
          // Listed but not there: a symbolic link to nothing. Report it rather than skip it silently.
          return failure(path, Self.documentID(relative: Self.relative(path, to: root)), "cannot read: broken symbolic link")
        }
        if isDir.boolValue {
          if let f = list(directory: path, root: root) { return f }
        } else {
          return file(path: path, id: Self.documentID(relative: Self.relative(path, to: root)))
        }
      }
    }
    return nil
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
    for name in sorted.reversed() {
      stack.append(.entry(path: (directory as NSString).appendingPathComponent(name), root: root))
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
    return name
  }
}
