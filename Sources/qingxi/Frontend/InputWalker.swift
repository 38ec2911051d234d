import Foundation
import Qingxi

/// Expands command-line inputs into the files to read, in a deterministic order.
enum InputWalker {
  struct Input {
    /// Path as reported (`source.path`); `-` for standard input.
    var path: String
    /// Document id derived from the path.
    var id: String
  }

  /// Files under each argument, directories walked recursively and sorted by path; unreadable
  /// directories and missing paths become failures.
  static func expand(_ arguments: [String]) -> [Result<Input, ReadFailure>] {
    var out: [Result<Input, ReadFailure>] = []
    let fm = FileManager.default
    for arg in arguments {
      if arg == "-" {
        out.append(.success(Input(path: "-", id: "stdin")))
        continue
      }
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
        out.append(.failure(ReadFailure(input: arg, id: documentID(relative: (arg as NSString).lastPathComponent), reason: "no such file or directory")))
        continue
      }
      if !isDir.boolValue {
        out.append(.success(Input(path: arg, id: documentID(relative: (arg as NSString).lastPathComponent))))
        continue
      }
      out.append(contentsOf: walk(directory: arg, root: arg))
    }
    return out
  }

  private static func walk(directory: String, root: String) -> [Result<Input, ReadFailure>] {
    let fm = FileManager.default
    let entries: [String]
    do {
      entries = try fm.contentsOfDirectory(atPath: directory)
    } catch {
      let rel = relative(directory, to: root)
      return [.failure(ReadFailure(input: directory, id: rel.isEmpty ? "." : rel, reason: "cannot list directory: permission denied or unreadable"))]
    }
    var out: [Result<Input, ReadFailure>] = []
    for name in entries.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
      let path = (directory as NSString).appendingPathComponent(name)
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        // Listed but not there: a symbolic link to nothing. Report it rather than skip it silently.
        out.append(.failure(ReadFailure(input: path, id: documentID(relative: relative(path, to: root)), reason: "cannot read: broken symbolic link")))
        continue
      }
      if isDir.boolValue {
        out.append(contentsOf: walk(directory: path, root: root))
      } else {
        out.append(.success(Input(path: path, id: documentID(relative: relative(path, to: root)))))
      }
    }
    return out
  }

  private static func relative(_ path: String, to root: String) -> String {
    let r = root.hasSuffix("/") ? root : root + "/"
    return path.hasPrefix(r) ? String(path.dropFirst(r.count)) : path
  }

  /// The id for a file: its path relative to the input directory, without `.gz` and the format extension.
  static func documentID(relative: String) -> String {
    var name = relative
    if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
    let ext = (name as NSString).pathExtension
    if !ext.isEmpty, ext.count <= 6 { name.removeLast(ext.count + 1) }
    return name
  }
}
