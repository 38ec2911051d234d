import Foundation
import Testing
import TextSupport

@testable import Qingxi

@Suite struct ChunkedFileWriterTests {
  func directory() throws -> String {
    let d = FileManager.default.temporaryDirectory.appendingPathComponent("qx-chunked-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }

  func contents(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

  @Test func checkpointsAreDurableAndAbandonCutsBackToTheLastOne() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.jsonl"
    let w = try ChunkedFileWriter(path: path)
    #expect(w.partialPath == dir + "/.out.jsonl.partial")
    try w.write(Array("a\n".utf8))
    let mark = try w.checkpoint()
    #expect(mark == ChunkMark(length: 2, sha256: SHA256.hex(Array("a\n".utf8))))
    try w.write(Array("b\n".utf8))
    #expect(w.uncommittedBytes == 2)
    w.abandon()
    // The final file is not there; the partial one holds what was committed.
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(contents(w.partialPath) == Array("a\n".utf8))
  }

  @Test func resumingCutsATornTailAndAppends() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.jsonl"
    let partial = ChunkedFileWriter.partialPath(for: path)
    try Data("a\nb\ntorn".utf8).write(to: URL(fileURLWithPath: partial))
    let w = try ChunkedFileWriter(path: path, resumeAt: 4)
    try w.write(Array("c\n".utf8))
    let mark = try w.checkpoint()
    #expect(mark.length == 6)
    #expect(mark.sha256 == SHA256.hex(Array("c\n".utf8)))
    try w.commit()
    #expect(contents(path) == Array("a\nb\nc\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: partial))
    // Resuming past the end of the file is refused, naming the user's path.
    try Data("x".utf8).write(to: URL(fileURLWithPath: partial))
    #expect(throws: OutputError.self) { try ChunkedFileWriter(path: path + "2", resumeAt: 10) }
  }

  @Test func aRunKilledAsItCompletedIsTakenBackFromTheFinalFile() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.jsonl"
    try Data("a\n".utf8).write(to: URL(fileURLWithPath: path))
    let w = try ChunkedFileWriter(path: path, resumeAt: 2)
    #expect(!FileManager.default.fileExists(atPath: path))
    try w.commit()
    #expect(contents(path) == Array("a\n".utf8))
  }

  @Test func gzipCheckpointsEndMembersSoAnyCommittedPrefixIsValidGzip() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/out.jsonl.gz"
    let file = try ChunkedFileWriter(path: path)
    let gz = try GzipOutput(file)
    try gz.write(Array("one\n".utf8))
    let first = try gz.checkpoint()
    // A checkpoint with nothing new adds no empty member.
    #expect(try gz.checkpoint().length == first.length)
    try gz.write(Array("two\n".utf8))
    _ = try gz.checkpoint()
    try gz.write(Array("lost\n".utf8))
    gz.abandon()
    let partial = contents(file.partialPath)
    #expect(try Gzip.decompress(Array(partial.prefix(first.length))) == Array("one\n".utf8))
    #expect(try Gzip.decompress(partial) == Array("one\ntwo\n".utf8))
    // Resumed from the first member, it goes on to a file equal to writing it all at once.
    let again = try GzipOutput(try ChunkedFileWriter(path: path, resumeAt: first.length), continuing: true)
    try again.write(Array("two\n".utf8))
    _ = try again.checkpoint()
    try again.commit()
    #expect(contents(path) == partial)
  }

  @Test func anEmptyGzipOutputIsStillGzip() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/empty.jsonl.gz"
    let gz = try GzipOutput(try ChunkedFileWriter(path: path))
    _ = try gz.checkpoint()
    try gz.commit()
    #expect(try Gzip.decompress(contents(path)) == [])
  }
}
