/// A `Content-Type` as a container declared it for a document's bytes (the HTTP header of a WARC
/// response, or the WARC record's own): the media type, lower case, and the charset parameter if any.
/// Example: `Text/HTML; Charset="GBK"` is `text/html` with charset `gbk`.
public struct MediaType: Sendable, Equatable {
  public var type: String
  public var charset: String?

  public init(type: String, charset: String? = nil) {
    self.type = type
    self.charset = charset
  }

  /// Parses a header value; nil when it names no `type/subtype`.
  public init?(header: String) {
    var parts = header.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
    guard let first = parts.next() else { return nil }
    let t = String(first).trimmingWhitespace().lowercased()
    guard let slash = t.firstIndex(of: "/"), slash != t.startIndex, t.index(after: slash) != t.endIndex,
      !t.contains(" ")
    else { return nil }
    type = t
    while let p = parts.next() {
      guard let eq = p.firstIndex(of: "=") else { continue }
      guard String(p[..<eq]).trimmingWhitespace().lowercased() == "charset" else { continue }
      var v = Substring(String(p[p.index(after: eq)...]).trimmingWhitespace())
      while let f = v.first, f == "\"" || f == "'" { v.removeFirst() }
      while let l = v.last, l == "\"" || l == "'" { v.removeLast() }
      let value = String(v).trimmingWhitespace().lowercased()
      if !value.isEmpty, value.count < 40 { charset = value }
      break
    }
  }

  /// HTML (or XHTML): decoded into blocks as an `.html` file is.
  public var isHTML: Bool { type == "text/html" || type == "application/xhtml+xml" }

  /// Plain text: decoded as a `.txt` file is.
  public var isPlainText: Bool { type == "text/plain" }
}
