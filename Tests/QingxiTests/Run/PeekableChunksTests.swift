import Testing

@testable import Qingxi

@Suite struct PeekableChunksTests {
  @Test func headShowsTheFirstBytesAndNextReplaysThem() throws {
    var p = PeekableChunks(MemoryChunks(Array("abcdefgh".utf8), chunkSize: 3))
    #expect(try p.head(5) == Array("abcde".utf8))
    #expect(try p.head(2) == Array("ab".utf8))
    var all: [UInt8] = []
    while let c = try p.next() { all += c }
    #expect(all == Array("abcdefgh".utf8))
    #expect(p.bytesRead == 8)
  }

  @Test func headOfAShortInputIsAllOfIt() throws {
    var p = PeekableChunks(MemoryChunks(Array("ab".utf8)))
    #expect(try p.head(512) == Array("ab".utf8))
    #expect(try p.next() == Array("ab".utf8))
    #expect(try p.next() == nil)
  }
}
