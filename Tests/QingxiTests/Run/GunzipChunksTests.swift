import Testing

@testable import Qingxi

@Suite struct GunzipChunksTests {
  @Test func piecesStayWithinTheirSize() throws {
    var g = try GunzipChunks(MemoryChunks(InputDocumentsTests.jsonlGzip, chunkSize: 7), maxOutput: 1 << 20, pieceSize: 10)
    var out: [UInt8] = []
    while let piece = try g.next() {
      #expect(piece.count <= 10)
      out += piece
    }
    #expect(String(decoding: out, as: UTF8.self) == "{\"id\":\"a\",\"text\":\"稀土。\"}\n{\"id\":\"b\",\"text\":\"第二。\"}\n")
    #expect(g.bytesRead == InputDocumentsTests.jsonlGzip.count)
  }

  @Test func theOutputLimitStopsABomb() throws {
    var g = try GunzipChunks(MemoryChunks(InputDocumentsTests.jsonlGzip), maxOutput: 20, pieceSize: 8)
    #expect(throws: ReadError("decompressed size over the limit of 20 bytes")) {
      while try g.next() != nil {}
    }
  }
}
