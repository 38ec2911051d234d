import TextSupport

/// One line of a JSON Lines input turned into a document: an object with a string `text`, an optional
/// `id` (string or integer), and any other fields, which are carried through under `meta`.
enum JSONLinesRecord {
  /// The document on `line` (number `number` of the input at `path`), a failure saying why there is
  /// none, or nil for a blank line. Lines without an `id` get `<input id>:<number>`.
  static func read(_ line: [UInt8], number: Int, path: String, id: String, format: String) -> Result<Document, ReadFailure>? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    let lineID = "\(id):\(number)"
    func failure(_ why: String) -> Result<Document, ReadFailure> {
      .failure(ReadFailure(input: "\(path):\(number)", id: lineID, reason: "line \(number): \(why)"))
    }
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes: line)
    } catch {
      return failure(String(validating: line, as: UTF8.self) == nil ? "invalid utf-8" : "not valid JSON")
    }
    guard case .object(let object) = value else { return failure("not a JSON object") }
    guard case .string(let text)? = object["text"] else { return failure("no string field `text`") }
    var docID = lineID
    switch object["id"] {
    case .string(let s)? where !s.isEmpty: docID = s
    case .int(let i)?: docID = String(i)
    default: break
    }
    var meta: [String: JSONValue] = [:]
    for (key, v) in object.pairs where key != "text" && key != "id" { meta[key] = v }
    let utf8 = Array(text.utf8)
    let source = Source(path: path, format: format, encoding: "utf-8", bytes: utf8.count, sha256: SHA256.hex(utf8))
    return .success(Document(id: docID, source: source, text: text, meta: meta))
  }
}
