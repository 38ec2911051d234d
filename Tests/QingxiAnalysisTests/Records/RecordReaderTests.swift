import Foundation
import Testing

@testable import QingxiAnalysis

struct RecordReaderTests {
  @Test func readsLinesSkipsWhatIsNotARecordAndSaysWhere() throws {
    let text = "{\"id\":\"a\",\"text\":\"x\"}\n\nnot json\n{\"text\":\"no id\"}\n  \n{\"id\":\"b\",\"text\":\"y\"}"
    let path = try CorpusRecords.file(text)
    defer { CorpusRecords.remove(path) }
    var reader = RecordReader(inputs: [path])
    var ids: [String] = []
    try reader.forEach { ids.append($0.id) }
    #expect(ids == ["a", "b"])
    #expect(reader.recordCount == 2)
    #expect(reader.issues.map(\.line) == [3, 4])
    #expect(reader.issues.map(\.reason) == ["not JSON", "no string `id`"])
  }

  @Test func walksADirectoryInPathOrderAndSkipsHiddenNames() throws {
    let dir = try CorpusRecords.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
    try "{\"id\":\"2\"}\n".write(toFile: dir + "/sub/b.jsonl", atomically: true, encoding: .utf8)
    try "{\"id\":\"1\"}\n".write(toFile: dir + "/a.jsonl", atomically: true, encoding: .utf8)
    try "{\"id\":\"hidden\"}\n".write(toFile: dir + "/.c.jsonl", atomically: true, encoding: .utf8)
    try "{\"inputs\":1}\n".write(toFile: dir + "/summary.json", atomically: true, encoding: .utf8)
    var reader = RecordReader(inputs: [dir])
    var ids: [String] = []
    try reader.forEach { ids.append($0.id) }
    #expect(ids == ["1", "2"])
  }

  @Test func aMissingInputIsAnError() {
    var reader = RecordReader(inputs: ["/nonexistent/records.jsonl"])
    #expect(throws: RecordReaderError.self) { try reader.forEach { _ in } }
  }

  @Test func linesLongerThanAChunkAreWhole() throws {
    let long = String(repeating: "长", count: 800_000)
    let path = try CorpusRecords.file("{\"id\":\"a\",\"text\":\"\(long)\"}\n{\"id\":\"b\"}\n")
    defer { CorpusRecords.remove(path) }
    var reader = RecordReader(inputs: [path])
    var sizes: [Int] = []
    try reader.forEach { sizes.append($0.characters) }
    #expect(sizes == [800_000, 0])
  }
}
