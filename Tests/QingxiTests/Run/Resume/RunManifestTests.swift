import Foundation
import Testing

@testable import Qingxi

@Suite struct RunManifestTests {
  func chunk(_ n: Int) -> RunManifest.Chunk {
    var stats = RunStats()
    stats.inputs = 1
    stats.documents = 3
    stats.documentsWritten = 2
    stats.documentsSkipped = 1
    stats.recordsWritten = 2
    stats.rejected = [Rejection(input: "a.jsonl:2", id: "a:2", stage: "read", reason: "line 2: not valid JSON")]
    stats.entitiesByType = ["person": 3]
    stats.removedByRule = ["drop-footers": 1]
    stats.countSkipped(id: "a:3")
    stats.countDuplicate(id: "x")
    stats.skippedRecords = ["request": 2, "response_status_404": 1]
    stats.countUnparsedPublished(id: "a:4")
    stats.timings.add("decode", .nanoseconds(1_234_567_891))
    return RunManifest.Chunk(
      number: n, cursor: RunCursor(input: 2, events: 5), records: ChunkMark(length: 10 * n, sha256: "ab"),
      rejects: ChunkMark(length: 3, sha256: "cd"), recordsTotal: 2 * n, seconds: 1.5, stats: stats,
      idHashes: [0, 1, .max, 0x0123_4567_89ab_cdef], contentHashes: [42])
  }

  @Test func statsRoundTripExactly() throws {
    let stats = chunk(1).stats
    let back = try #require(RunStats(manifestJSON: try JSONValue.parse(stats.manifestJSON().serialized())))
    #expect(back == stats)
  }

  @Test func aTornLastLineIsIgnored() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("qx-manifest-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let writer = try ManifestWriter(path: path, header: RunManifest(fingerprint: "f").header(), resumeAt: nil)
    try writer.append(chunk(1).json())
    try writer.append(chunk(2).json())
    writer.close()
    let whole = try #require(FileManager.default.contents(atPath: path))
    // Cut inside the second chunk's line, as a kill during the append would.
    try whole.prefix(whole.count - 40).write(to: URL(fileURLWithPath: path))
    let m = try #require(try RunManifest.read(path: path))
    #expect(m.fingerprint == "f")
    #expect(m.chunks.count == 1)
    let c = try #require(m.chunks.first)
    #expect(c.cursor == RunCursor(input: 2, events: 5))
    #expect(c.idHashes == [0, 1, .max, 0x0123_4567_89ab_cdef])
    #expect(c.contentHashes == [42])
    #expect(c.rejects == ChunkMark(length: 3, sha256: "cd"))
    #expect(c.stats == chunk(1).stats)
    // The valid length ends after the first chunk's line; appending from there gives a whole manifest.
    let again = try ManifestWriter(path: path, header: nil, resumeAt: m.validLength)
    try again.append(chunk(2).json())
    again.close()
    #expect(try RunManifest.read(path: path)?.chunks.map(\.number) == [1, 2])
  }

  @Test func aFileThatIsNotAManifestIsRefused() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("qx-manifest-\(UUID().uuidString).jsonl").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("{\"id\":1,\"text\":\"x\"}\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: OutputError.self) { try RunManifest.read(path: path) }
    #expect(try RunManifest.read(path: path + ".none") == nil)
  }

  @Test func manifestSitsBesideTheSummary() {
    #expect(RunManifest.path(forSummary: "out/summary.json") == "out/manifest.jsonl")
    #expect(RunManifest.path(forSummary: "out/x.summary.json") == "out/x.manifest.jsonl")
  }
}
