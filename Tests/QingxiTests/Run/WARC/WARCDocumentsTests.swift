import QingxiTestSupport
import Testing
import TextSupport

@testable import Qingxi

@Suite struct WARCDocumentsTests {
  func events(_ bytes: [UInt8], path: String, chunk: Int = 1 << 20, limits: ReadLimits = ReadLimits()) -> [SourceEvent] {
    var reader = InputDocuments(file: InputFile(path: path, id: "c", index: 2), chunks: MemoryChunks(bytes, chunkSize: chunk), limits: limits)
    var out: [SourceEvent] = []
    while let e = reader.next() { out.append(e) }
    return out
  }

  /// `doc id@record+offset url`, `skip kind@record`, `bad reason`, `big N`; opening and closing left out.
  func summary(_ events: [SourceEvent]) -> [String] {
    events.compactMap {
      switch $0 {
      case .document(let d, let at): "doc \(d.id)@\(at.line)+\(at.offset) \(d.source.url ?? "-")"
      case .skipped(let kind, let at): "skip \(kind)@\(at.line)"
      case .unreadable(let f, _): "bad \(f.id) \(f.reason)"
      case .oversized(let f, let bytes, _, _): "big \(f.id) \(bytes)"
      case .inputFailed(let f, _): "failed \(f.reason)"
      case .opened, .closed: nil
      }
    }
  }

  static let crawlSummary = [
    "skip warcinfo@1", "skip request@2", "doc c:3@3+ https://a.example.cn/1.html", "skip metadata@4", "skip response_status_404@5",
    "skip response_other_media_type@6", "doc c:7@7+ https://b.example.com/en.txt", "skip revisit@8",
  ]

  /// Offsets left out of the summary, to compare across formats.
  func withoutOffsets(_ lines: [String]) -> [String] {
    lines.map { line in
      guard line.hasPrefix("doc "), let plus = line.firstIndex(of: "+"), let space = line[plus...].firstIndex(of: " ") else { return line }
      return String(line[...plus]) + String(line[space...])
    }
  }

  @Test(arguments: [1, 7, 1 << 20])
  func plainWARCGivesOneDocumentPerPageAndCountsTheRest(chunk: Int) {
    let records = WARCSamples.crawl()
    let e = events(records.flatMap { $0 }, path: "crawl.warc", chunk: chunk)
    #expect(withoutOffsets(summary(e)) == Self.crawlSummary)
    // Positions: the record number and the byte offset where the record starts.
    let starts = records.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    let docs = e.compactMap { if case .document(let d, let at) = $0 { (d, at) } else { nil } }
    #expect(docs.map(\.1.offset) == [starts[2], starts[6]])
    let (page, _) = docs[0]
    #expect(page.source.format == "warc")
    #expect(page.declaredType == MediaType(type: "text/html", charset: "utf-8"))
    #expect(page.bytes == WARCSamples.page1)
    #expect(page.source.bytes == WARCSamples.page1.count)
    #expect(page.meta["warc"]?["type"] == .string("response"))
    #expect(page.meta["warc"]?["status"] == .int(200))
    #expect(page.meta["warc"]?["date"] == .string("2025-04-23T02:15:03Z"))
    #expect(page.meta["warc"]?["record_id"] == .string("<urn:uuid:00000000-0000-4000-8000-000000000003>"))
    #expect(docs[1].0.declaredType?.isPlainText == true)
  }

  @Test(arguments: [3, 1 << 20])
  func gzipMemberPerRecordReadsTheSame(chunk: Int) throws {
    let gz = try WARCSamples.gzipped(WARCSamples.crawl())
    let e = events(gz, path: "CC-MAIN-x.warc.gz", chunk: chunk)
    #expect(withoutOffsets(summary(e)) == Self.crawlSummary)
    if case .document(let d, _)? = e.first(where: { if case .document = $0 { true } else { false } }) {
      #expect(d.source.format == "warc+gzip")
    }
    // Closing reports the compressed bytes read.
    #expect(e.contains { if case .closed(_, let b) = $0 { b == gz.count } else { false } })
  }

  @Test func wetConversionsAreTextDocumentsWhoseLinesAreBlocks() throws {
    let gz = try WARCSamples.gzipped(WARCSamples.wet())
    let e = events(gz, path: "CC-MAIN-x.warc.wet.gz")
    #expect(
      withoutOffsets(summary(e)) == [
        "skip warcinfo@1", "doc c:2@2+ https://a.example.cn/1.html", "doc c:3@3+ https://b.example.com/en.html", "skip conversion_empty@4",
      ])
    let docs = e.compactMap { if case .document(let d, _) = $0 { d } else { nil } }
    #expect(docs.allSatisfy { $0.linesAreBlocks && $0.declaredType?.isPlainText == true })
    // Through the default pipeline: the title line stays its own block (no line-wrap joining).
    let pipeline = try DefaultPipeline.build()
    let written = pipeline.run(docs[0]).compactMap { if case .written(let d) = $0 { d } else { nil } }
    #expect(written.count == 1)
    #expect(written.first?.text.hasPrefix("稀土案通报\n") == true)
    #expect(written.first?.source.url == "https://a.example.cn/1.html")
  }

  @Test func warcIsSniffedWithoutAnExtensionAndInsideGzip() throws {
    let plain = WARCSamples.crawl().flatMap { $0 }
    #expect(withoutOffsets(summary(events(plain, path: "download"))) == Self.crawlSummary)
    let gz = try WARCSamples.gzipped(WARCSamples.crawl())
    #expect(withoutOffsets(summary(events(gz, path: "download.gz"))) == Self.crawlSummary)
    #expect(withoutOffsets(summary(events(gz, path: "download.bin"))) == Self.crawlSummary)
  }

  @Test(arguments: [5, 1 << 20])
  func aTruncatedWARCKeepsTheRecordsBeforeTheCutAndRejectsTheRest(chunk: Int) {
    let records = WARCSamples.crawl()
    let before = records[0..<6].reduce(0) { $0 + $1.count }
    // Cut 40 bytes into record 7's content: its header is whole, its content is not.
    let header = (0..<records[6].count - 3).first { records[6][$0..<($0 + 4)].elementsEqual([0x0D, 0x0A, 0x0D, 0x0A]) } ?? 0
    let cut = Array(records.flatMap { $0 }.prefix(before + header + 4 + 40))
    let s = summary(events(cut, path: "cut.warc", chunk: chunk))
    #expect(s.count == 7)
    #expect(withoutOffsets(Array(s.prefix(6))) == Array(Self.crawlSummary.prefix(6)))
    #expect(s.last?.hasPrefix("bad c:7 WARC record 7 at byte \(before): truncated: Content-Length ") == true)
    #expect(s.last?.hasSuffix("; the rest of the input is not read") == true)
    // Cut inside a header.
    let s2 = summary(events(Array(records.flatMap { $0 }.prefix(before + 20)), path: "cut.warc", chunk: chunk))
    #expect(s2.last == "bad c:7 WARC record 7 at byte \(before): truncated inside the WARC header; the rest of the input is not read")
  }

  @Test func aTruncatedWARCGzipRejectsTheRestWithTheOffset() throws {
    let records = WARCSamples.crawl()
    var gz = try WARCSamples.gzipped(Array(records[0..<3]))
    let whole = gz.count
    gz += try WARCSamples.gzipped(Array(records[3...]))
    let s = summary(events(Array(gz.prefix(whole + 30)), path: "cut.warc.gz"))
    #expect(withoutOffsets(Array(s.prefix(3))) == Array(Self.crawlSummary.prefix(3)))
    #expect(s.count == 4)
    let before = records[0..<3].reduce(0) { $0 + $1.count }
    #expect(s.last?.hasPrefix("bad c:4 WARC record 4 at byte \(before): ") == true, "\(s)")
  }

  @Test func framingThatIsNotWARCRejectsTheRest() {
    let records = WARCSamples.crawl()
    let garbage = Array("<html>not a record</html>\r\n".utf8)
    let s = summary(events(records[0] + garbage + records[2], path: "bad.warc"))
    #expect(s == ["skip warcinfo@1", "bad c:2 WARC record 2 at byte \(records[0].count): not a WARC record (starts \"<html>not a record</html\"); the rest of the input is not read"])
    let noLength = Array("WARC/1.0\r\nWARC-Type: response\r\n\r\n".utf8)
    #expect(summary(events(noLength, path: "x.warc")) == ["bad c:1 WARC record 1 at byte 0: no valid Content-Length; the rest of the input is not read"])
    #expect(summary(events([], path: "empty.warc")) == ["bad c empty input: no WARC records"])
  }

  @Test func aResponseOverTheDocumentLimitIsCountedOversizedNotHeld() {
    let big = WARCSamples.response("https://a.example.cn/big.html", id: 9, Array(repeating: 0x61, count: 5000))
    let s = summary(events(WARCSamples.crawl()[0] + big + WARCSamples.crawl()[2], path: "x.warc", limits: ReadLimits(maxDocumentBytes: 1000)))
    #expect(withoutOffsets(s) == ["skip warcinfo@1", "big c:2 5000", "doc c:3@3+ https://a.example.cn/1.html"])
  }

  @Test func chunkedAndGzipPayloadsAreUndone() throws {
    let html = WARCSamples.page2
    var gz: [UInt8] = []
    let d = try GzipDeflater()
    try d.compress(html, into: &gz)
    try d.finish(into: &gz)
    let half = gz.count / 2
    var chunked: [UInt8] = Array((String(half, radix: 16) + "\r\n").utf8)
    chunked += gz[..<half]
    chunked += Array(("\r\n" + String(gz.count - half, radix: 16) + ";ext=1\r\n").utf8)
    chunked += gz[half...]
    chunked += Array("\r\n0\r\n\r\n".utf8)
    let record = WARCSamples.response("https://b.example.com/en.html", id: 1, chunked, extra: ["Transfer-Encoding: chunked", "Content-Encoding: gzip"])
    let docs = events(record, path: "x.warc").compactMap { if case .document(let d, _) = $0 { d } else { nil } }
    #expect(docs.first?.bytes == html)
    // Brotli is not undone: skipped and counted.
    let br = WARCSamples.response("https://b.example.com/en.html", id: 1, [1, 2, 3], extra: ["Content-Encoding: br"])
    #expect(summary(events(br, path: "x.warc")) == ["skip response_unsupported_content_encoding@1"])
  }
}

