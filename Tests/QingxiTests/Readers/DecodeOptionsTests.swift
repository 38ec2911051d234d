import QingxiTestSupport
import Testing
import TextSupport

@testable import Qingxi

/// The HTTP charset (WARC responses), U+FFFD replacement (`decode: {invalid: replace}`), and the gzip
/// ratio limit.
@Suite struct DecodeOptionsTests {
  func decoded(_ bytes: [UInt8], html: Bool = false, http: String? = nil, replace: Bool = false, forced: String? = nil) -> ByteDecoding? {
    if case .success(let d) = ByteDecoding.decode(bytes, html: html, forced: forced, http: http, replace: replace) { return d }
    return nil
  }

  @Test func aGBKBodyDeclaredOnlyInTheHTTPHeader() {
    let d = decoded(ByteDecodingTests.gbk, http: "gbk")
    #expect(d.map { String(decoding: $0.utf8, as: UTF8.self) } == ByteDecodingTests.gbkText)
    #expect(d?.method == .declaredHTTP)
    #expect(d?.encoding == "gb18030")
    #expect(d?.record == .object(["encoding": .string("gb18030"), "method": .string("declared-http"), "declared_http": .string("gbk")]))
  }

  @Test func theBytesOverruleTheHTTPCharset() {
    // Declared gbk, bytes valid UTF-8: UTF-8, and the declaration is recorded.
    let utf8 = decoded(Array(ByteDecodingTests.gbkText.utf8), http: "gbk")
    #expect(utf8?.method == .valid)
    #expect(utf8?.isNoteworthy == true)
    #expect(utf8?.record["declared_http"] == .string("gbk"))
    // Declared utf-8, bytes GBK: detected.
    let gbk = decoded(ByteDecodingTests.gbk, http: "utf-8")
    #expect(gbk?.encoding == "gb18030")
    #expect(gbk?.method == .detected)
  }

  @Test func theHTTPCharsetRanksAboveThePageDeclaration() {
    let page = Array("<html><head><meta charset=\"big5\"></head><body><p>".utf8) + ByteDecodingTests.gbk + Array("</p></body></html>".utf8)
    let d = decoded(page, html: true, http: "gb2312")
    #expect(d?.method == .declaredHTTP)
    #expect(d?.declared == "big5")
  }

  /// UTF-8 text with two stray bytes.
  static let damaged = Array("国家安全部今天发布提示".utf8) + [0xFF] + Array("，境外间谍情报机关针对我国产业链的窃密行为".utf8) + [0xC3] + Array("日益隐蔽。".utf8)

  @Test func invalidBytesRejectByDefaultAndAreReplacedOnRequest() {
    #expect(decoded(Self.damaged) == nil)
    let d = decoded(Self.damaged, replace: true)
    #expect(d?.encoding == "utf-8")
    #expect(d?.replaced == 2)
    #expect(d.map { String(decoding: $0.utf8, as: UTF8.self) } == "国家安全部今天发布提示\u{FFFD}，境外间谍情报机关针对我国产业链的窃密行为\u{FFFD}日益隐蔽。")
    #expect(d?.record["replaced"] == .int(2))
    #expect(d?.isNoteworthy == true)
    // Strict encodings replace too when asked.
    let forced = decoded(Self.damaged, replace: true, forced: "utf-8")
    #expect(forced?.replaced == 2)
    #expect(forced?.method == .configured)
    #expect(decoded(Self.damaged, forced: "utf-8") == nil)
    // GBK text with a byte that is not GBK: the HTTP charset, one replacement.
    let gbk = decoded(ByteDecodingTests.gbk + [0xFF] + ByteDecodingTests.gbk, http: "gbk", replace: true)
    #expect(gbk?.encoding == "gb18030")
    #expect(gbk?.method == .declaredHTTP)
    #expect(gbk?.replaced == 1)
  }

  @Test func theDecodeStageReplacesOnlyWithTheOption() throws {
    let strict = try DecodeText.make()
    var a = Document(id: "a", source: Source(path: "a.txt", format: "txt", bytes: 0, sha256: ""), bytes: Self.damaged)
    guard case .drop(let reason) = try strict.process(&a) else {
      Issue.record("not rejected")
      return
    }
    #expect(reason.hasPrefix("undecodable bytes"))
    let replacing = try DecodeText.make(["invalid": .string("replace")])
    var b = Document(id: "b", source: Source(path: "b.txt", format: "txt", bytes: 0, sha256: ""), bytes: Self.damaged)
    guard case .keep = try replacing.process(&b) else {
      Issue.record("rejected")
      return
    }
    #expect(b.raw.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
    #expect(b.meta["charset"]?["replaced"] == .int(2))
    #expect(throws: (any Error).self) { try DecodeText.make(["invalid": .string("ignore")]) }
    #expect(throws: (any Error).self) { try DecodeText.make(["max_gzip_ratio": .int(-1)]) }
  }

  @Test func theDecodeStageTakesTheHTTPCharsetAndMediaType() throws {
    var doc = Document(id: "w", source: Source(path: "x.warc", format: "warc", bytes: 0, sha256: ""), bytes: Array("<html><body><p>".utf8) + ByteDecodingTests.gbk + Array("</p></body></html>".utf8))
    doc.declaredType = MediaType(type: "text/html", charset: "gbk")
    guard case .keep = try DecodeText.make().process(&doc) else {
      Issue.record("rejected")
      return
    }
    #expect(doc.raw == ByteDecodingTests.gbkText)
    #expect(doc.source.encoding == "gb18030")
    #expect(doc.meta["charset"]?["method"] == .string("declared-http"))
    #expect(doc.html != nil)
  }

  // MARK: gzip bombs

  /// `prefix` and `count` zero bytes, gzip-compressed (about 1000:1).
  static func zeros(_ count: Int, after prefix: [UInt8] = []) throws -> [UInt8] {
    var out: [UInt8] = []
    let d = try GzipDeflater()
    try d.compress(prefix, into: &out)
    let block = [UInt8](repeating: 0, count: 1 << 20)
    var left = count
    while left > 0 {
      try d.compress(Array(block.prefix(left)), into: &out)
      left -= min(left, block.count)
    }
    try d.finish(into: &out)
    return out
  }

  @Test func aGzipBombIsRefusedByItsRatio() throws {
    let bomb = try Self.zeros(20 << 20)
    #expect(bomb.count < 40 << 10)
    var g = try GunzipChunks(MemoryChunks(bomb, chunkSize: 4096), maxOutput: 1 << 32, maxRatio: 100, ratioGrace: 1 << 20, pieceSize: 1 << 16)
    var out = 0
    let error = #expect(throws: ReadError.self) {
      while let piece = try g.next() { out += piece.count }
    }
    #expect(error?.reason.hasPrefix("gzip bomb refused: ") == true)
    #expect(error?.reason.contains("ratio over 100:1") == true)
    // It stopped soon after the grace, not at the end.
    #expect(out < 4 << 20)
    // Without a ratio limit the same stream inflates whole.
    var free = try GunzipChunks(MemoryChunks(bomb), maxOutput: 1 << 32)
    var total = 0
    while let piece = try free.next() { total += piece.count }
    #expect(total == 20 << 20)
  }

  @Test(arguments: ["x.jsonl.gz", "x.txt.gz", "x.warc.gz"])
  func everyGzipInputIsCheckedWithTheRunLimits(_ path: String) throws {
    // In a WARC, a record whose content is the bomb (a WARC of zeros is refused sooner: not a record).
    let header = path.hasSuffix(".warc.gz") ? Array("WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: \(12 << 20)\r\n\r\n".utf8) : []
    let bomb = try Self.zeros(12 << 20, after: header)
    var reader = InputDocuments(
      file: InputFile(path: path, id: "x", index: 0), chunks: MemoryChunks(bomb, chunkSize: 1 << 16),
      limits: ReadLimits(maxGzipRatio: 200, gzipRatioGrace: 1 << 20))
    var reasons: [String] = []
    while let e = reader.next() {
      if case .unreadable(let f, _) = e { reasons.append(f.reason) }
      if case .document = e { reasons.append("document") }
    }
    #expect(reasons.count == 1)
    #expect(reasons.first?.contains("gzip bomb refused") == true)
  }

  @Test func theRatioLimitComesFromTheDecodeStage() throws {
    let p = try TestPipelines.pipeline("stages:\n  - decode: {max_gzip_ratio: 50}\n  - split-blocks\n")
    #expect(ReadLimits(pipeline: p).maxGzipRatio == 50)
    #expect(ReadLimits(pipeline: try DefaultPipeline.build()).maxGzipRatio == ReadLimits.defaultGzipRatio)
    // Ordinary compressed text is far under the default.
    let text = Array(String(repeating: ByteDecodingTests.gbkText + "\n", count: 3000).utf8)
    var gz: [UInt8] = []
    let d = try GzipDeflater()
    try d.compress(text, into: &gz)
    try d.finish(into: &gz)
    #expect(text.count / gz.count < ReadLimits.defaultGzipRatio)
  }
}
