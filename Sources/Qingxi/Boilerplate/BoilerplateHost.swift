import Foundation

/// The site a document belongs to, for the learned-boilerplate table: the host of its URL
/// (`source.url`, else a string `url` field carried through from JSON Lines under `meta`), lower-cased,
/// without `www.`, port or user; else, for a JSON Lines input, `file:` and the file's name without `.gz`
/// and extension; else `dir:` and the name of the folder holding the input file (only its last component,
/// so a table learned on `crawl/2026-12-02/sina/` applies to `crawl/2026-12-03/sina/`); `stdin` for
/// standard input.
public enum BoilerplateHost {
  public static func key(for doc: Document) -> String {
    if let url = doc.source.url ?? doc.meta["url"]?.stringValue, let host = host(of: url) { return host }
    let path = doc.source.path
    if path == "-" { return "stdin" }
    if doc.source.format.hasPrefix("jsonl") {
      return "file:" + InputWalk.documentID(relative: (path as NSString).lastPathComponent)
    }
    let dir = (path as NSString).deletingLastPathComponent
    let name = (dir as NSString).lastPathComponent
    return "dir:" + (name.isEmpty || name == "/" ? "." : name)
  }

  /// The host of an absolute URL (`scheme://[user@]host[:port]/…`), or nil.
  public static func host(of url: String) -> String? {
    guard let scheme = url.range(of: "://") else { return nil }
    var rest = url[scheme.upperBound...]
    if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
    if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
    if !rest.hasPrefix("["), let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
    var host = rest.lowercased()
    while host.hasSuffix(".") { host.removeLast() }
    if host.hasPrefix("www.") { host.removeFirst(4) }
    return host.isEmpty ? nil : host
  }
}
