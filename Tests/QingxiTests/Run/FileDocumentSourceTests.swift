import Foundation
import Testing

@testable import Qingxi

@Suite struct FileDocumentSourceTests {
  @Test func readsEveryInputInOrderAndReportsEachOne() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-source-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try Data("稀土。".utf8).write(to: root.appendingPathComponent("a.txt"))
    try Data(InputDocumentsTests.jsonlGzip).write(to: root.appendingPathComponent("b.jsonl.gz"))
    var source = FileDocumentSource(arguments: [root.path, root.appendingPathComponent("missing.txt").path], limits: ReadLimits(), chunkSize: 3)
    var seen: [String] = []
    var positions: [DocumentPosition] = []
    while let e = source.next() {
      switch e {
      case .opened(let f): seen.append("open \(f.id)")
      case .document(let d, let at):
        seen.append("doc \(d.id)")
        positions.append(at)
      case .closed(let f, let bytes): seen.append("close \(f.id) \(bytes)")
      case .inputFailed(let f, let index): seen.append("failed \(index) \(f.reason)")
      case .unreadable(let f, _): seen.append("bad \(f.reason)")
      case .oversized: seen.append("big")
      case .skipped(let kind, _): seen.append("skip \(kind)")
      }
    }
    #expect(seen == ["open a", "doc a", "close a 9", "open b", "doc a", "doc b", "close b 62", "failed 2 no such file or directory"])
    #expect(positions == positions.sorted())
  }
}
