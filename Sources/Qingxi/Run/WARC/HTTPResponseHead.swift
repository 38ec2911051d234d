/// The status line and header fields at the start of a WARC `response` record's content block, and
/// where the payload starts. Lines end with CRLF or LF; the head ends at the first empty line.
/// Example: `HTTP/1.1 200 OK␍␊Content-Type: text/html; charset=gbk␍␊␍␊<html>…` has status 200, media
/// type `text/html`, charset `gbk`, and its body starts at the `<`.
struct HTTPResponseHead: Sendable, Equatable {
  var status: Int
  /// Fields in order, names lower-cased.
  var fields: [(name: String, value: String)]
  /// Offset of the payload's first byte in the content block.
  var bodyOffset: Int

  static func == (a: HTTPResponseHead, b: HTTPResponseHead) -> Bool {
    a.status == b.status && a.bodyOffset == b.bodyOffset
      && a.fields.elementsEqual(b.fields) { $0.name == $1.name && $0.value == $1.value }
  }

  subscript(_ name: String) -> String? {
    let n = name.lowercased()
    return fields.first { $0.name == n }?.value
  }

  var contentType: MediaType? { self["content-type"].flatMap { MediaType(header: $0) } }

  /// `Transfer-Encoding` codings, lower case, in order (`chunked`).
  var transferCodings: [String] { codings(self["transfer-encoding"]) }

  /// `Content-Encoding` codings, lower case, in order, without `identity` (`gzip`, `br`…).
  var contentCodings: [String] { codings(self["content-encoding"]) }

  private func codings(_ value: String?) -> [String] {
    guard let value else { return [] }
    return value.split(separator: ",").map { String($0).trimmingWhitespace().lowercased() }.filter { !$0.isEmpty && $0 != "identity" }
  }

  /// Heads longer than this are refused.
  static let maxBytes = 1 << 16

  /// Parses the head at the start of `block`, or says why it is not an HTTP response head.
  static func parse(_ block: ArraySlice<UInt8>) -> Result<HTTPResponseHead, HTTPHeadError> {
    var i = block.startIndex
    var lines: [ArraySlice<UInt8>] = []
    var ended = false
    while i < block.endIndex {
      guard let lf = block[i...].firstIndex(of: 0x0A) else { break }
      var end = lf
      if end > i, block[end - 1] == 0x0D { end -= 1 }
      let line = block[i..<end]
      i = lf + 1
      if line.isEmpty {
        ended = true
        break
      }
      lines.append(line)
      if i - block.startIndex > maxBytes { return .failure(.tooLong) }
    }
    if !ended {
      // A head with no empty line after it (a body-less response cut at the header) ends the block.
      if i - block.startIndex > maxBytes || block.count > maxBytes { return .failure(.tooLong) }
      if i < block.endIndex { lines.append(block[i...]) }
      i = block.endIndex
    }
    guard let statusLine = lines.first else { return .failure(.notHTTP) }
    let parts = statusLine.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: true)
    guard parts.count >= 2, parts[0].starts(with: Array("HTTP/".utf8)), parts[1].count == 3,
      parts[1].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return .failure(.notHTTP) }
    let status = parts[1].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    var fields: [(name: String, value: String)] = []
    for line in lines.dropFirst() {
      if let f = line.first, f == 0x20 || f == 0x09, !fields.isEmpty {
        fields[fields.count - 1].value += " " + String(decoding: line, as: UTF8.self).trimmingWhitespace()
        continue
      }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { continue }
      fields.append(
        (
          String(decoding: line[..<colon], as: UTF8.self).trimmingWhitespace().lowercased(),
          String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
        ))
    }
    return .success(HTTPResponseHead(status: status, fields: fields, bodyOffset: i - block.startIndex))
  }
}

/// Why a response record's content is not an HTTP response.
enum HTTPHeadError: Error, Equatable {
  case notHTTP
  case tooLong

  var reason: String {
    switch self {
    case .notHTTP: "the content does not start with an HTTP status line"
    case .tooLong: "HTTP header over \(HTTPResponseHead.maxBytes) bytes"
    }
  }
}
