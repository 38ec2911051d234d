import Testing

@testable import Qingxi

@Suite struct DocumentReaderTests {
  func documents(_ items: [DocumentReader.Item]) -> [Document] {
    items.compactMap { if case .document(let d) = $0 { d } else { nil } }
  }
  func failures(_ items: [DocumentReader.Item]) -> [ReadFailure] {
    items.compactMap { if case .failure(let f) = $0 { f } else { nil } }
  }

  @Test func textFileIsOneDocumentWithHash() {
    let items = DocumentReader.read(bytes: Array("abc".utf8), path: "in/a.txt", id: "a")
    let d = documents(items)
    #expect(d.count == 1)
    #expect(d.first?.source.format == "txt")
    #expect(d.first?.source.bytes == 3)
    // sha256("abc")
    #expect(d.first?.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func jsonLinesCarryIdAndMeta() {
    let body = """
      {"id":"n1","text":"稀土","url":"http://x","n":3}

      {"text":"第二篇"}
      not json
      {"title":"no text"}
      [1,2]
      """
    let items = DocumentReader.read(bytes: Array(body.utf8), path: "feed.jsonl", id: "feed")
    let d = documents(items)
    #expect(d.map(\.id) == ["n1", "feed:3"])
    #expect(d.first?.raw == "稀土")
    #expect(d.first?.meta["url"] == .string("http://x"))
    #expect(d.first?.meta["n"] == .int(3))
    #expect(d.first?.source.format == "jsonl")
    let f = failures(items)
    #expect(f.map(\.reason) == ["line 4: not valid JSON", "line 5: no field `text`", "line 6: not a JSON object"])
    #expect(f.first?.input == "feed.jsonl:4")
  }

  @Test func gzipIsLookedThrough() {
    let gz: [UInt8] = [
      0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x7b, 0xbe, 0xa2, 0xe1, 0xe9, 0x9c, 0xf9, 0x5c,
      0x00, 0xa3, 0xeb, 0x66, 0x1c, 0x07, 0x00, 0x00, 0x00,
    ]
    let d = documents(DocumentReader.read(bytes: gz, path: "a.txt.gz", id: "a"))
    #expect(d.first?.bytes == Array("稀土\n".utf8))
    #expect(d.first?.source.format == "txt+gzip")
    let f = failures(DocumentReader.read(bytes: Array(gz.prefix(14)), path: "b.txt.gz", id: "b"))
    #expect(f.first?.reason == "truncated gzip data")
  }

  @Test func formatsAreDetected() {
    #expect(InputFormat.detect(path: "x.JSONL", head: []).format == .jsonl)
    #expect(InputFormat.detect(path: "x.htm.gz", head: []) == (.html, true))
    #expect(InputFormat.detect(path: "noext", head: Array("<!DOCTYPE html><html>".utf8)).format == .html)
    #expect(InputFormat.detect(path: "noext", head: Array("{\"text\":1}".utf8)).format == .jsonl)
    #expect(InputFormat.detect(path: "noext", head: Array("稀土".utf8)).format == .txt)
  }
}
