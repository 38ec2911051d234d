import Foundation
import Testing

@testable import Qingxi

@Suite struct InputWalkTests {
  @Test func walksDirectoriesLazilyInByteOrder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-walk-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    try fm.createDirectory(at: root.appendingPathComponent("b/c"), withIntermediateDirectories: true)
    for name in ["a.txt", "B.html", "b/c/d.jsonl.gz", "b/e.txt", ".hidden.txt", "z"] {
      try Data("x".utf8).write(to: root.appendingPathComponent(name))
    }
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("y.txt").path, withDestinationPath: "/nonexistent/qingxi")
    let items = Array(InputWalk(arguments: [root.path, "/nonexistent/q.txt", "-"]))
    let described = items.map { item -> String in
      switch item {
      case .file(let f): return "\(f.index) \(f.id)"
      case .failure(let f, let index): return "\(index) ! \(f.id): \(f.reason)"
      }
    }
    #expect(described == [
      "0 B", "1 a", "2 b/c/d", "3 b/e", "4 ! y: cannot read: broken symbolic link", "5 z",
      "6 ! q: no such file or directory", "7 stdin",
    ])
  }

  @Test func idsDropGzipAndTheFormatExtension() {
    #expect(InputWalk.documentID(relative: "x/a.jsonl.gz") == "x/a")
    #expect(InputWalk.documentID(relative: "a.b.verylongext") == "a.b.verylongext")
  }
}

@Suite struct InputWalkSafetyTests {
  func ids(_ walk: InputWalk) -> [String] {
    walk.map { item in
      switch item {
      case .file(let f): return f.id
      case .failure(let f, _): return "! \(f.id)"
      }
    }
  }

  @Test func collidingNamesKeepTheirExtensions() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-walk-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("x.d"), withIntermediateDirectories: true)
    for name in ["x.txt", "x.html", "x.txt.gz", "y.txt", "x.d/x.txt"] {
      try Data("x".utf8).write(to: root.appendingPathComponent(name))
    }
    #expect(ids(InputWalk(arguments: [root.path])) == ["x.d/x", "x.html", "x.txt", "x.txt.gz", "y"])
  }

  @Test func linkLoopsEndAndEachFileIsReadOnce() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-walk-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    try fm.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("a".utf8).write(to: root.appendingPathComponent("a.txt"))
    try Data("b".utf8).write(to: root.appendingPathComponent("sub/b.txt"))
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("sub/loop").path, withDestinationPath: root.path)
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("z-link.txt").path, withDestinationPath: "a.txt")
    // The same file named again on the command line is not read again either.
    let walk = InputWalk(arguments: [root.path, root.appendingPathComponent("a.txt").path])
    #expect(ids(walk) == ["a", "sub/b"])
  }

  @Test func excludedFilesAreNotRead() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-walk-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try Data("a".utf8).write(to: root.appendingPathComponent("a.txt"))
    try Data("{}".utf8).write(to: root.appendingPathComponent("out.jsonl"))
    let out = try #require(InputWalk.Identity(path: root.appendingPathComponent("out.jsonl").path))
    #expect(ids(InputWalk(arguments: [root.path], excluding: [out])) == ["a"])
  }
}
