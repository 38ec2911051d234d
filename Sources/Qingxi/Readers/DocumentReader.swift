import TextSupport

/// Turns one input's bytes into documents: one for a text or HTML file, one per line of a JSON Lines
/// file. Never throws: an input that cannot be read becomes a `ReadFailure` with a reason, and the run
/// goes on.
public enum DocumentReader {
  /// What reading one input gave.
  public enum Item: Sendable {
    case document(Document)
    case failure(ReadFailure)
  }

  /// Gzip output above this is refused (decompression bombs).
  public static let maxDecompressedBytes = 1 << 32

  /// Reads an input's bytes. `path` is reported as `source.path`; `id` is the document id (JSON Lines
  /// lines without their own `id` get `id:N`).
  public static func read(bytes: [UInt8], path: String, id: String) -> [Item] {
    let (format, gzip) = InputFormat.detect(path: path, head: Array(bytes.prefix(512)))
    var body = bytes
    if gzip || Gzip.isGzip(bytes) {
      do {
        body = try Gzip.decompress(bytes, maxOutput: maxDecompressedBytes)
      } catch {
        return [.failure(ReadFailure(input: path, id: id, reason: error.name))]
      }
    }
    let compressed = gzip || Gzip.isGzip(bytes)
    let innerFormat = compressed && !gzip ? InputFormat.sniff(Array(body.prefix(512))) : format
    switch innerFormat {
    case .jsonl:
      return readLines(body, path: path, id: id, format: innerFormat.label(gzip: compressed))
    case .txt, .html:
      let source = Source(
        path: path, format: innerFormat.label(gzip: compressed), bytes: body.count, sha256: sha256Hex(body))
      return [.document(Document(id: id, source: source, bytes: body))]
    }
  }

  private static func readLines(_ body: [UInt8], path: String, id: String, format: String) -> [Item] {
    var items: [Item] = []
    var lineNumber = 0
    var start = 0
    while start < body.count {
      let end = body[start...].firstIndex(of: 0x0A) ?? body.count
      lineNumber += 1
      let line = body[start..<end]
      start = end + 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let lineID = "\(id):\(lineNumber)"
      let value: JSONValue
      do {
        value = try JSONValue.parse(bytes: Array(line))
      } catch {
        let why = String(validating: line, as: UTF8.self) == nil ? "invalid utf-8" : "not valid JSON"
        items.append(.failure(ReadFailure(input: "\(path):\(lineNumber)", id: lineID, reason: "line \(lineNumber): \(why)")))
        continue
      }
      guard case .object(let object) = value else {
        items.append(.failure(ReadFailure(input: "\(path):\(lineNumber)", id: lineID, reason: "line \(lineNumber): not a JSON object")))
        continue
      }
      guard case .string(let text)? = object["text"] else {
        items.append(.failure(ReadFailure(input: "\(path):\(lineNumber)", id: lineID, reason: "line \(lineNumber): no string field `text`")))
        continue
      }
      var docID = lineID
      switch object["id"] {
      case .string(let s)? where !s.isEmpty: docID = s
      case .int(let i)?: docID = String(i)
      default: break
      }
      var meta: [String: JSONValue] = [:]
      for (key, v) in object.pairs where key != "text" && key != "id" { meta[key] = v }
      let utf8 = Array(text.utf8)
      let source = Source(path: path, format: format, encoding: "utf-8", bytes: utf8.count, sha256: sha256Hex(utf8))
      items.append(.document(Document(id: docID, source: source, text: text, meta: meta)))
    }
    if items.isEmpty {
      items.append(.failure(ReadFailure(input: path, id: id, reason: "empty input: no JSON lines")))
    }
    return items
  }

  static func sha256Hex(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}

/// An input (or one line of one) that could not be turned into a document.
public struct ReadFailure: Error, Sendable, Equatable {
  /// The input path (with `:N` for line N of a JSON Lines file).
  public var input: String
  public var id: String
  public var reason: String
  public init(input: String, id: String, reason: String) {
    self.input = input
    self.id = id
    self.reason = reason
  }
}
