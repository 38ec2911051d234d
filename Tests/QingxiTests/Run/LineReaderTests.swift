import Testing

@testable import Qingxi

@Suite struct LineReaderTests {
  func lines(_ text: String, chunk: Int, max: Int = 100) throws -> [LineReader.Line] {
    var reader = LineReader(MemoryChunks(Array(text.utf8), chunkSize: chunk), maxLineBytes: max)
    var out: [LineReader.Line] = []
    while let l = try reader.next() { out.append(l) }
    return out
  }

  @Test(arguments: [1, 2, 3, 7, 1 << 20])
  func splitsAtLineFeedsWhateverTheChunkSize(chunk: Int) throws {
    let got = try lines("ab\n\n稀土\r\nlast", chunk: chunk)
    #expect(got == [
      .text(Array("ab".utf8), number: 1, offset: 0),
      .text([], number: 2, offset: 3),
      .text(Array("稀土\r".utf8), number: 3, offset: 4),
      .text(Array("last".utf8), number: 4, offset: 12),
    ])
  }

  @Test func aFinalLineFeedEndsTheLastLine() throws {
    #expect(try lines("a\nb\n", chunk: 1).count == 2)
    #expect(try lines("", chunk: 4).isEmpty)
  }

  @Test(arguments: [1, 4, 64])
  func overlongLinesAreSkippedNotKept(chunk: Int) throws {
    let long = String(repeating: "x", count: 50)
    let got = try lines("ok\n\(long)\nafter\n\(long)", chunk: chunk, max: 10)
    #expect(got == [
      .text(Array("ok".utf8), number: 1, offset: 0),
      .tooLong(number: 2, offset: 3, length: 50),
      .text(Array("after".utf8), number: 3, offset: 54),
      .tooLong(number: 4, offset: 60, length: 50),
    ])
  }

  @Test func readFailuresPassThrough() {
    var reader = LineReader(Failing(), maxLineBytes: 10)
    #expect(throws: ReadError("cannot read: boom")) { try reader.next() }
  }

  struct Failing: ByteChunks {
    var bytesRead: Int { 0 }
    mutating func next() throws(ReadError) -> [UInt8]? { throw ReadError("cannot read: boom") }
  }
}
