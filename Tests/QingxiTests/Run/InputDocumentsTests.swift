import Testing

@testable import Qingxi

@Suite struct InputDocumentsTests {
  /// `{"id":"a","text":"稀土。"}` and `{"id":"b","text":"第二。"}` as JSON Lines, gzip-compressed.
  static let jsonlGzip: [UInt8] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xab, 0x56, 0xca, 0x4c, 0x51, 0xb2, 0x52, 0x4a,
    0x54, 0xd2, 0x51, 0x2a, 0x49, 0xad, 0x28, 0x01, 0x32, 0x9f, 0xaf, 0x68, 0x78, 0x3a, 0x67, 0xfe, 0xe3, 0x86,
    0x26, 0xa5, 0x5a, 0xae, 0x6a, 0x88, 0x6c, 0x12, 0x92, 0xec, 0x9a, 0x35, 0x4f, 0x76, 0xf5, 0x40, 0x64, 0x01,
    0x46, 0xc0, 0xf1, 0x18, 0x3c, 0x00, 0x00, 0x00,
  ]

  func events(_ bytes: [UInt8], path: String, chunk: Int = 1 << 20, limits: ReadLimits = ReadLimits()) -> [SourceEvent] {
    var reader = InputDocuments(
      file: InputFile(path: path, id: "f", index: 7), chunks: MemoryChunks(bytes, chunkSize: chunk), limits: limits)
    var out: [SourceEvent] = []
    while let e = reader.next() { out.append(e) }
    return out
  }

  /// Each event in short: `open`, `doc id@line`, `bad reason`, `big N`, `skip kind`, `close N`.
  func summary(_ events: [SourceEvent]) -> [String] {
    events.map {
      switch $0 {
      case .opened: "open"
      case .document(let d, let at): "doc \(d.id)@\(at.line)"
      case .unreadable(let f, _): "bad \(f.reason)"
      case .inputFailed(let f, _): "failed \(f.reason)"
      case .oversized(_, let bytes, _, _): "big \(bytes)"
      case .skipped(let kind, _): "skip \(kind)"
      case .closed(_, let bytes): "close \(bytes)"
      }
    }
  }

  @Test(arguments: [1, 5, 1 << 20])
  func gzipJSONLinesAreReadLineByLine(chunk: Int) {
    let e = events(Self.jsonlGzip, path: "feed.jsonl.gz", chunk: chunk)
    #expect(summary(e) == ["open", "doc a@1", "doc b@2", "close 62"])
    if case .document(let d, let at) = e[2] {
      #expect(d.source.format == "jsonl+gzip")
      #expect(d.raw == "第二。")
      #expect(at == DocumentPosition(input: 7, line: 2, offset: 30))
    }
  }

  @Test func gzipIsSniffedWithoutAName() {
    #expect(summary(events(Self.jsonlGzip, path: "-")) == ["open", "doc a@1", "doc b@2", "close 62"])
  }

  @Test func aBrokenStreamKeepsTheLinesBeforeIt() {
    // Cut inside the deflate data: the first line may come out, then the stream is reported truncated.
    let e = summary(events(Array(Self.jsonlGzip.prefix(45)), path: "feed.jsonl.gz", chunk: 8))
    #expect(e.first == "open")
    #expect(e.last == "close 45")
    #expect(e.dropLast().last == "bad truncated gzip data")
    #expect(!e.contains("doc b@2"))
  }

  @Test func aTextFileIsOneDocumentWithItsHash() {
    let e = events(Array("abc".utf8), path: "a.txt", chunk: 1)
    #expect(summary(e) == ["open", "doc f@0", "close 3"])
    if case .document(let d, let at) = e[1] {
      #expect(d.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
      #expect(d.bytes == Array("abc".utf8))
      #expect(at == DocumentPosition(input: 7))
    }
  }

  @Test func aTextOverTheLimitIsCountedNotKept() {
    let e = events([UInt8](repeating: 0x61, count: 100), path: "a.txt", chunk: 16, limits: ReadLimits(maxDocumentBytes: 40))
    #expect(summary(e) == ["open", "big 100", "close 100"])
  }

  @Test func jsonLinesFailuresAndLimits() {
    let body = "{\"text\":\"好\"}\nnot json\n\n{\"text\":\"\(String(repeating: "长", count: 100))\"}\n"
    let e = events(Array(body.utf8), path: "x.jsonl", chunk: 3, limits: ReadLimits(maxDocumentBytes: 10, maxLineBytes: 64))
    #expect(summary(e) == ["open", "doc f:1@1", "bad line 2: not valid JSON", "bad line 4: 311 bytes, over the line limit of 64", "close \(body.utf8.count)"])
  }

  @Test func emptyJSONLinesIsOneFailure() {
    #expect(summary(events(Array("\n \n".utf8), path: "x.jsonl")) == ["open", "bad empty input: no JSON lines", "close 3"])
    #expect(summary(events([], path: "x.txt")) == ["open", "doc f@0", "close 0"])
  }

  @Test func aGzipNameOnOtherBytesIsNotGzip() {
    #expect(summary(events(Array("plain".utf8), path: "a.txt.gz")) == ["open", "bad not gzip data", "close 5"])
  }
}
