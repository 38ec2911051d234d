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
