import Testing

@testable import Qingxi

@Suite struct HTTPResponseHeadTests {
  @Test func readsStatusFieldsAndWhereTheBodyStarts() throws {
    let block = Array("HTTP/1.1 200 OK\r\nContent-Type: Text/HTML;\r\n  charset=\"GBK\"\r\nX-Crawler-Content-Encoding: gzip\r\n\r\n<html>".utf8)
    guard case .success(let h) = HTTPResponseHead.parse(block[...]) else {
      Issue.record("not parsed")
      return
    }
    #expect(h.status == 200)
    #expect(h.contentType == MediaType(type: "text/html", charset: "gbk"))
    #expect(h.contentCodings == [])
    #expect(Array(block[h.bodyOffset...]) == Array("<html>".utf8))
  }

  @Test func bareLineFeedsAndAHeadWithoutBody() throws {
    guard case .success(let h) = HTTPResponseHead.parse(Array("HTTP/1.0 404 Not Found\nServer: x".utf8)[...]) else {
      Issue.record("not parsed")
      return
    }
    #expect(h.status == 404)
    #expect(h["server"] == "x")
  }

  @Test(arguments: ["", "dns: 1.2.3.4", "HTTP/1.1 2000 OK\r\n\r\n", "HTTP/1.1 abc\r\n\r\n", "GET / HTTP/1.1\r\n\r\n"])
  func whatIsNotAResponseHead(_ text: String) {
    #expect(HTTPResponseHead.parse(Array(text.utf8)[...]) == .failure(.notHTTP))
  }

  @Test func aHeadOverTheLimitIsRefused() {
    let block = Array(("HTTP/1.1 200 OK\r\nX: " + String(repeating: "a", count: HTTPResponseHead.maxBytes + 10)).utf8)
    #expect(HTTPResponseHead.parse(block[...]) == .failure(.tooLong))
  }

  @Test(arguments: [
    ("text/html; charset=UTF-8", "text/html", "utf-8"), ("TEXT/PLAIN", "text/plain", nil), ("text/html;charset='big5'", "text/html", "big5"),
    ("application/xhtml+xml; q=1; charset=gb2312", "application/xhtml+xml", "gb2312"),
  ])
  func mediaTypes(_ header: String, _ type: String, _ charset: String?) {
    #expect(MediaType(header: header) == MediaType(type: type, charset: charset))
  }

  @Test(arguments: ["", "html", "text/", "/html", "text /html"])
  func notMediaTypes(_ header: String) {
    #expect(MediaType(header: header) == nil)
  }

  @Test func dechunkingKeepsWhatIsNotChunked() {
    #expect(HTTPPayload.dechunk(Array("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n".utf8)) == Array("Wikipedia".utf8))
    #expect(HTTPPayload.dechunk(Array("<html>".utf8)) == nil)
    // Cut inside a chunk: the data before the cut.
    #expect(HTTPPayload.dechunk(Array("4\r\nWiki\r\n9\r\nped".utf8)) == Array("Wikiped".utf8))
  }
}
