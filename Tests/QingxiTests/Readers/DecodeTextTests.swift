import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DecodeTextTests {
  func decode(_ bytes: [UInt8], format: String = "txt") throws -> (Verdict, Document) {
    var doc = Document(id: "d", source: Source(path: "d", format: format, bytes: bytes.count, sha256: ""), bytes: bytes)
    let v = try DecodeText.make().process(&doc)
    return (v, doc)
  }

  func reason(_ v: Verdict) -> String? {
    if case .drop(let r) = v { return r }
    return nil
  }

  @Test func decodesUTF8AndDropsTheBOM() throws {
    let (v, doc) = try decode([0xEF, 0xBB, 0xBF] + Array("新京报讯".utf8))
    #expect(reason(v) == nil)
    #expect(doc.raw == "新京报讯")
    #expect(doc.source.encoding == "utf-8")
  }

  @Test func gbkTextIsDecoded() throws {
    // GBK bytes for 国家 (b9 fa bc d2) after valid ASCII.
    let (v, doc) = try decode(Array("ok ".utf8) + [0xB9, 0xFA, 0xBC, 0xD2])
    #expect(reason(v) == nil)
    #expect(doc.raw == "ok 国家")
    #expect(doc.source.encoding == "gb18030")
  }

  @Test func undecodableBytesNameTheByte() throws {
    let (v, _) = try decode(Array("ok ".utf8) + [0xFF, 0xFF, 0x80, 0xFF])
    #expect(reason(v)?.hasPrefix("undecodable bytes: not utf-8 (invalid at byte 3, 0xff)") == true)
  }

  @Test func utf8IsStrictWhenConfigured() throws {
    var doc = Document(id: "d", source: Source(path: "d", format: "txt", bytes: 4, sha256: ""), bytes: [0x6F, 0x6B, 0x20, 0xB9])
    let v = try DecodeText.make(["encoding": .string("utf-8")]).process(&doc)
    #expect(reason(v) == "invalid utf-8 at byte 3 (0xb9)")
  }

  @Test func emptyAndBlankAreRejected() throws {
    #expect(reason(try decode([]).0) == "empty input: 0 bytes")
    #expect(reason(try decode(Array(" \n\u{3000}\n".utf8)).0) == "empty input: only white space")
  }

  @Test func binaryIsRejected() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    #expect(reason(try decode(png).0) == "binary content: NUL byte at 8")
  }

  @Test func oversizeIsRejected() throws {
    var doc = TestPipelines.document("稀土稀土")
    let v = try DecodeText.make(["max_bytes": .int(4)]).process(&doc)
    #expect(reason(v) == "document of 12 bytes is over max_bytes 4")
  }

  @Test func htmlKeepsVisibleText() throws {
    let (v, doc) = try decode(Array("<html><head><title>题</title></head><body><p>正文。</p></body></html>".utf8), format: "html")
    #expect(reason(v) == nil)
    #expect(doc.raw.contains("正文。"))
    #expect(!doc.raw.contains("<p>"))
    #expect(doc.title == "题")
  }
}
