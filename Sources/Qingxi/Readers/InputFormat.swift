/// How an input file is read, from its extension (or, lacking one we know, its first bytes).
public enum InputFormat: String, Sendable, CaseIterable {
  case txt, jsonl, html, warc

  /// The format for a path, and whether it is gzip-compressed (`.gz` is looked through).
  public static func detect(path: String, head: [UInt8]) -> (format: InputFormat, gzip: Bool) {
    let (format, gzip) = named(path)
    return (format ?? sniff(head), gzip)
  }

  /// The format a path's extension names (nil for none we know), and whether it ends in `.gz`. WARC:
  /// `.warc`, and Common Crawl's `.warc.wet` and `.warc.wat`.
  public static func named(_ path: String) -> (format: InputFormat?, gzip: Bool) {
    var name = path.lowercased()
    var gzip = false
    if name.hasSuffix(".gz") {
      gzip = true
      name.removeLast(3)
    }
    if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return (.jsonl, gzip) }
    if name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml") { return (.html, gzip) }
    if name.hasSuffix(".txt") || name.hasSuffix(".text") || name.hasSuffix(".md") { return (.txt, gzip) }
    if name.hasSuffix(".warc") || name.hasSuffix(".wet") || name.hasSuffix(".wat") { return (.warc, gzip) }
    return (nil, gzip)
  }

  /// Guesses from content: a WARC version line means WARC, a JSON object on the first line JSON Lines, a
  /// tag HTML.
  public static func sniff(_ head: [UInt8]) -> InputFormat {
    if head.starts(with: Array("WARC/".utf8)) { return .warc }
    let trimmed = head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
    guard let first = trimmed.first else { return .txt }
    if first == UInt8(ascii: "{") { return .jsonl }
    if first == UInt8(ascii: "<") {
      let prefix = String(decoding: trimmed.prefix(200), as: UTF8.self).lowercased()
      if prefix.hasPrefix("<!doctype html") || prefix.hasPrefix("<html") || prefix.contains("<head") || prefix.contains("<body") {
        return .html
      }
    }
    return .txt
  }

  /// The `source.format` string: `txt`, `jsonl`, `html`, `warc`, with `+gzip` when compressed.
  public func label(gzip: Bool) -> String { gzip ? rawValue + "+gzip" : rawValue }
}
