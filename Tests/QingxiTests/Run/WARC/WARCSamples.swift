import TextSupport

@testable import Qingxi

/// WARC records built in memory for the WARC tests: header fields, CRLF framing, `Content-Length`.
enum WARCSamples {
  static func record(_ type: String, uri: String? = nil, id: Int, contentType: String? = nil, _ block: [UInt8]) -> [UInt8] {
    var head = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Date: 2025-04-23T02:15:0\(id % 10)Z\r\n"
    head += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(repeating: "0", count: 12 - String(id).count))\(id)>\r\n"
    if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
    if let contentType { head += "Content-Type: \(contentType)\r\n" }
    head += "Content-Length: \(block.count)\r\n\r\n"
    return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
  }

  static func http(_ status: Int, _ contentType: String?, _ body: [UInt8], extra: [String] = []) -> [UInt8] {
    var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Other")\r\nServer: test\r\n"
    if let contentType { head += "Content-Type: \(contentType)\r\n" }
    for e in extra { head += e + "\r\n" }
    return Array((head + "\r\n").utf8) + body
  }

  static func response(_ uri: String, id: Int, status: Int = 200, type: String? = "text/html; charset=utf-8", _ body: [UInt8], extra: [String] = []) -> [UInt8] {
    record("response", uri: uri, id: id, contentType: "application/http; msgtype=response", http(status, type, body, extra: extra))
  }

  static let page1 = Array(
    "<html><head><title>稀土案通报</title></head><body><nav><a href=\"/\">首页</a></nav><article><h1>稀土案通报</h1><p>国家安全部23日发布安全提示文章，披露一起稀土公司副总向境外泄露国家秘密的案件。</p><p>经审理，法院以为境外非法提供国家秘密罪判处其有期徒刑七年。</p></article></body></html>"
      .utf8)
  static let page2 = Array(
    "<html><body><article><p>The Ministry of State Security disclosed a case of a cleaner who sold documents to a foreign agency.</p></article></body></html>"
      .utf8)

  /// A crawl: warcinfo, request + response (UTF-8 HTML), metadata, a 404, an image, a plain-text
  /// response, a revisit. Records 3, 7 hold documents.
  static func crawl() -> [[UInt8]] {
    [
      record("warcinfo", id: 1, contentType: "application/warc-fields", Array("software: test\r\n".utf8)),
      record("request", uri: "https://a.example.cn/1.html", id: 2, contentType: "application/http; msgtype=request", Array("GET /1.html HTTP/1.1\r\nHost: a.example.cn\r\n\r\n".utf8)),
      response("https://a.example.cn/1.html", id: 3, page1),
      record("metadata", uri: "https://a.example.cn/1.html", id: 4, contentType: "application/warc-fields", Array("fetchTimeMs: 5\r\n".utf8)),
      response("https://a.example.cn/gone.html", id: 5, status: 404, Array("<html><body>not found</body></html>".utf8)),
      response("https://a.example.cn/x.jpg", id: 6, type: "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0xFF, 0xD9]),
      response("https://b.example.com/en.txt", id: 7, type: "text/plain", Array("The Ministry of State Security disclosed a case.\n".utf8)),
      record("revisit", uri: "https://a.example.cn/1.html", id: 8, contentType: "application/http; msgtype=response", Array("HTTP/1.1 304 Not Modified\r\n\r\n".utf8)),
    ]
  }

  /// Each record as its own gzip member, as Common Crawl writes `.warc.gz`.
  static func gzipped(_ records: [[UInt8]]) throws -> [UInt8] {
    var out: [UInt8] = []
    for r in records {
      let d = try GzipDeflater()
      try d.compress(r, into: &out)
      try d.finish(into: &out)
    }
    return out
  }

  /// A WET: warcinfo and conversion records of plain text, one block per line.
  static func wet() -> [[UInt8]] {
    [
      record("warcinfo", id: 11, contentType: "application/warc-fields", Array("software: test\r\n".utf8)),
      record("conversion", uri: "https://a.example.cn/1.html", id: 12, contentType: "text/plain", Array("稀土案通报\n国家安全部23日发布安全提示文章，披露一起泄密案件。\n法院以为境外非法提供国家秘密罪判处其有期徒刑七年。".utf8)),
      record("conversion", uri: "https://b.example.com/en.html", id: 13, contentType: "text/plain", Array("Security case\nThe Ministry of State Security disclosed a case of a cleaner.".utf8)),
      record("conversion", uri: "https://c.example.com/empty.html", id: 14, contentType: "text/plain", []),
    ]
  }
}
