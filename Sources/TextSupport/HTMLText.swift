import CXMLShim

/// Visible text of an HTML page, as libxml2's forgiving parser sees it.
public struct HTMLText: Sendable, Equatable {
  /// UTF-8 text with one line per block-level element.
  public var text: String
  /// The page's `<title>`, if any.
  public var title: String?

  /// Parses HTML bytes; `encoding` nil lets libxml2 sniff the `<meta charset>`.
  public static func extract(_ bytes: [UInt8], encoding: String? = nil) throws(ShimError) -> HTMLText {
    var result = bytes.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { c in
        qx_xml_html_text(c.baseAddress, c.count, encoding)
      }
    }
    defer { qx_xml_text_free(&result) }
    guard result.status == 0, let text = result.text else {
      let name = result.status == 2 ? "out of memory" : "no document could be parsed"
      throw ShimError(library: .libxml2, rawValue: result.status, name: name)
    }
    return HTMLText(
      text: String(cString: text),
      title: result.title.map { String(cString: $0) })
  }
}
