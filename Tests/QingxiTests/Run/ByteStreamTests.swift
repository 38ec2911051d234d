import Testing

@testable import Qingxi

@Suite struct ByteStreamTests {
  @Test(arguments: [1, 2, 5, 100])
  func linesTakesAndSkipsAcrossChunks(chunk: Int) throws {
    var s = ByteStream(MemoryChunks(Array("ab\r\ncd\nxyz0123456789tail".utf8), chunkSize: chunk))
    #expect(try s.line(max: 10) == .text(Array("ab".utf8), terminated: true))
    #expect(s.offset == 4)
    #expect(try s.line(max: 10) == .text(Array("cd".utf8), terminated: true))
    #expect(try s.peek(3) == Array("xyz".utf8)[...])
    #expect(try s.take(3) == Array("xyz".utf8))
    #expect(try s.skip(10) == 10)
    #expect(s.offset == 20)
    #expect(try s.line(max: 2) == .tooLong)
    #expect(try s.line(max: 10) == .text(Array("tail".utf8), terminated: false))
    #expect(try s.line(max: 10) == nil)
    #expect(try s.skip(5) == 0)
    #expect(try s.atEnd())
  }

  @Test func takeAtTheEndGivesWhatIsLeft() throws {
    var s = ByteStream(MemoryChunks(Array("abc".utf8), chunkSize: 2))
    #expect(try s.take(10) == Array("abc".utf8))
    #expect(s.offset == 3)
  }
}
