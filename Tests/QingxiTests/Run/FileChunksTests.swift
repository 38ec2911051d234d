import Foundation
import Testing

@testable import Qingxi

@Suite struct FileChunksTests {
  @Test func readsAFileInChunksAndKnowsItsSize() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-chunks-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("0123456789".utf8).write(to: URL(fileURLWithPath: path))
    let f = try FileChunks(path: path, chunkSize: 4)
    #expect(f.sizeHint == 10)
    var sizes: [Int] = []
    while let c = try f.next() { sizes.append(c.count) }
    #expect(sizes == [4, 4, 2])
    #expect(f.bytesRead == 10)
  }

  @Test func aMissingFileSaysWhy() {
    #expect(throws: ReadError("cannot read: no such file or directory")) { try FileChunks(path: "/nonexistent/qingxi") }
  }
}
