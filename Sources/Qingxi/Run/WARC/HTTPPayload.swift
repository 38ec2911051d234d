import TextSupport

/// The payload of an HTTP response as stored in a WARC record, undone to the bytes of the page:
/// `Transfer-Encoding: chunked` is de-chunked and `Content-Encoding: gzip` inflated (capped at the
/// document limit). Common Crawl stores payloads already de-chunked and decompressed and renames those
/// headers (`X-Crawler-Transfer-Encoding`), so its payloads pass through untouched; other crawlers
/// (wget, Heritrix, warcprox) store what the server sent, which this undoes. A payload whose header says
/// chunked or gzip but whose bytes are not (a tool that decoded it and kept the header) is kept as is.
enum HTTPPayload {
  enum Outcome: Equatable {
    case bytes([UInt8])
    /// A content coding we do not undo (`br`, `deflate`, `compress`): the record is skipped.
    case unsupported(String)
    /// The coding is broken: the record is rejected with this reason.
    case malformed(String)
  }

  static func decode(_ body: [UInt8], head: HTTPResponseHead, maxBytes: Int) -> Outcome {
    var bytes = body
    if head.transferCodings.contains("chunked"), let plain = dechunk(bytes) { bytes = plain }
    for coding in head.contentCodings.reversed() {
      switch coding {
      case "gzip", "x-gzip":
        guard Gzip.isGzip(bytes) else { continue }
        do {
          bytes = try Gzip.decompress(bytes, maxOutput: maxBytes)
        } catch {
          return .malformed("content-encoding gzip: \(error.name)")
        }
      default:
        return .unsupported(coding)
      }
    }
    return .bytes(bytes)
  }

  /// The data of a chunked body (hex size line, data, CRLF, …, a zero size), or nil when `body` does not
  /// start with a chunk size line. A body cut inside a chunk keeps the data before the cut.
  static func dechunk(_ body: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(body.count)
    var i = 0
    var first = true
    while i < body.count {
      guard let lf = body[i...].firstIndex(of: 0x0A), lf - i <= 256 else { return first ? nil : out }
      var size = 0
      var digits = 0
      var j = i
      while j < lf, let d = hexValue(body[j]) {
        guard digits < 15 else { return first ? nil : out }
        size = size * 16 + d
        digits += 1
        j += 1
      }
      // After the digits: optional white space, `;extensions`, CR.
      if digits == 0 || (j < lf && body[j] != 0x3B && body[j] != 0x0D && body[j] != 0x20 && body[j] != 0x09) {
        return first ? nil : out
      }
      first = false
      if size == 0 { return out }
      let start = lf + 1
      let end = min(start + size, body.count)
      out.append(contentsOf: body[start..<end])
      i = end
      if i < body.count, body[i] == 0x0D { i += 1 }
      if i < body.count, body[i] == 0x0A { i += 1 }
    }
    return out
  }

  private static func hexValue(_ b: UInt8) -> Int? {
    switch b {
    case 0x30...0x39: Int(b - 0x30)
    case 0x41...0x46: Int(b - 0x41 + 10)
    case 0x61...0x66: Int(b - 0x61 + 10)
    default: nil
    }
  }
}
