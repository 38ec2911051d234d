/// The header block of one WARC record (WARC/1.0 and 1.1): the version line, then `Name: value` fields
/// up to an empty line, lines ended by CRLF (a bare LF is accepted), continuation lines (starting with a
/// space or tab) folded into the field before. Field names are matched without regard to case.
/// Example: `WARC/1.1␍␊WARC-Type: response␍␊Content-Length: 1234␍␊␍␊` has type `response`, length 1234.
struct WARCHeader: Sendable, Equatable {
  /// `WARC/1.0`, `WARC/1.1`.
  var version: String
  /// Fields in order, names lower-cased.
  var fields: [(name: String, value: String)]

  static func == (a: WARCHeader, b: WARCHeader) -> Bool {
    a.version == b.version && a.fields.elementsEqual(b.fields) { $0.name == $1.name && $0.value == $1.value }
  }

  /// The first value of a field (name in any case).
  subscript(_ name: String) -> String? {
    let n = name.lowercased()
    return fields.first { $0.name == n }?.value
  }

  /// `WARC-Type`, lower-cased (`response`, `request`, `conversion`…); empty when missing.
  var type: String { self["warc-type"]?.lowercased() ?? "" }

  /// `Content-Length`: the length of the content block, or nil when missing or not a number.
  var contentLength: Int? {
    guard let v = self["content-length"], !v.isEmpty, v.count <= 18, v.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    return Int(v)
  }

  /// Header blocks longer than this are not WARC (or not sane).
  static let maxBytes = 1 << 16

  /// Why a header block could not be read.
  enum Failure: Error, Equatable {
    /// The input ended inside the header block (`nil`: before any byte of it).
    case truncated
    /// Not a WARC header: the reason.
    case malformed(String)
  }

  /// Reads a header block from `stream`, after any empty lines before it, setting `start` to the offset
  /// of its first byte. Returns nil at the end of the input (only blank lines left).
  static func read(from stream: inout ByteStream, start: inout Int) throws(ReadError) -> Result<WARCHeader, Failure>? {
    var first: [UInt8] = []
    while true {
      start = stream.offset
      guard let line = try readLine(&stream) else { return nil }
      guard case .success(let (bytes, terminated)) = line else { return .failure(.malformed("version line over \(maxBytes) bytes")) }
      if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        if !terminated { return nil }
        continue
      }
      guard terminated else { return .failure(.truncated) }
      first = bytes
      break
    }
    guard first.starts(with: Array("WARC/".utf8)), first.count <= 16 else {
      let shown = String(decoding: first.prefix(24), as: UTF8.self).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : String($0) }.joined()
      return .failure(.malformed("not a WARC record (starts \"\(shown)\")"))
    }
    var header = WARCHeader(version: String(decoding: first, as: UTF8.self), fields: [])
    var total = first.count
    while true {
      guard let line = try readLine(&stream) else { return .failure(.truncated) }
      guard case .success(let (bytes, terminated)) = line else { return .failure(.malformed("header line over \(maxBytes) bytes")) }
      guard terminated else { return .failure(.truncated) }
      total += bytes.count + 2
      if total > maxBytes { return .failure(.malformed("header block over \(maxBytes) bytes")) }
      if bytes.isEmpty { return .success(header) }
      if bytes[0] == 0x20 || bytes[0] == 0x09, !header.fields.isEmpty {
        let more = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
        header.fields[header.fields.count - 1].value += " " + more
        continue
      }
      guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0 else {
        return .failure(.malformed("header line without a name: \(String(decoding: bytes.prefix(40), as: UTF8.self))"))
      }
      let name = String(decoding: bytes[..<colon], as: UTF8.self).trimmingWhitespace().lowercased()
      let value = String(decoding: bytes[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
      header.fields.append((name, value))
    }
  }

  /// A line and whether it ended with LF, `.failure` when over the header limit, nil at the end of the input.
  private static func readLine(_ stream: inout ByteStream) throws(ReadError) -> Result<([UInt8], Bool), Failure>? {
    switch try stream.line(max: maxBytes) {
    case nil: return nil
    case .tooLong?: return .failure(.malformed("line over \(maxBytes) bytes"))
    case .text(let bytes, let terminated)?: return .success((bytes, terminated))
    }
  }
}
