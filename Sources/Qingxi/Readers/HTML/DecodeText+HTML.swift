import TextSupport

extension DecodeText {
  /// Parses an HTML page (already UTF-8) into its blocks: the raw text is the visible text one block per
  /// line, the layout is kept on the document for `drop-html-boilerplate`, and the page's facts fill
  /// `title`, `published`, `source.url` and `meta` (`author`, `html_lang`, `site_name`) — each only when the
  /// input did not give it already (a JSON Lines record's own `title`, `published`, `url` win).
  func decodeHTML(_ utf8: [UInt8], into doc: inout Document) -> Verdict {
    let page: HTMLPage
    do {
      page = try HTMLPage.parse(utf8: utf8, maxDepth: maxDepth, maxBytes: maxBytes)
    } catch {
      switch error {
      case .tooDeep(let limit): return .drop(reason: "html nested deeper than max_depth \(limit)")
      case .tooLarge(let limit): return .drop(reason: "html of \(utf8.count) bytes is over max_bytes \(limit)")
      case .outOfMemory: return .drop(reason: "html could not be parsed: out of memory")
      case .unparsable: return .drop(reason: "html could not be parsed: no document")
      }
    }
    let scalars = Array(page.text.unicodeScalars)
    let headings = page.blocks.lazy.filter { $0.kind == .h1 }.prefix(1).map { String(scalars: scalars[$0.range]) }
    let facts = HTMLMetadata(facts: page.facts, headings: Array(headings))
    if doc.title == nil { doc.title = facts.title }
    if doc.published == nil { doc.published = facts.published }
    if doc.source.url == nil { doc.source.url = facts.canonicalURL }
    if doc.meta["author"] == nil, let a = facts.author { doc.meta["author"] = .string(a) }
    if let l = facts.lang {
      doc.meta["html_lang"] = .string(l)
      if doc.languageHint == nil { doc.languageHint = l }
    }
    if let s = facts.siteName { doc.meta["site_name"] = .string(s) }
    if page.blocks.isEmpty { return .drop(reason: "empty input: html without visible text") }
    doc.setRaw(page.text)
    doc.html = HTMLLayout(blocks: page.blocks, elements: page.elements)
    return .keep
  }
}
