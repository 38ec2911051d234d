extension Document {
  /// A new document holding blocks `blocks` of this one (text frozen, blocks re-based), as article
  /// `index` of `count`. Removals and source tails are kept by the part whose raw extent holds them; `raw` is shared, so
  /// removal offsets keep pointing into the page's raw text.
  public func part(blocks range: Range<Int>, index: Int, count: Int, rawExtent: Range<Int>) -> Document {
    let start = blocks[range.lowerBound].start
    let end = blocks[range.upperBound - 1].end
    var doc = self
    doc.id = "\(id)#\(index)"
    doc.article = ArticlePart(index: index, count: count)
    doc.clean = clean.slice(start..<end)
    // Folding is per scalar, so the slice of the page's folded view is the part's folded view: kept, the
    // extractors need not fold the part again on every call (`matchScalars`).
    if let folded = frozenMatchScalars, folded.count == clean.count {
      doc.frozenMatchScalars = Array(folded[start..<end])
    } else {
      doc.frozenMatchScalars = nil
    }
    doc.blocks = blocks[range].map { Block(start: $0.start - start, end: $0.end - start, kind: $0.kind) }
    doc.sentences = []
    doc.tokens = nil
    doc.entities = []
    doc.cases = []
    doc.title = nil
    doc.removed = removed.filter { rawExtent.contains($0.rawStart) }
    doc.sourceTails = sourceTails.filter { rawExtent.contains($0.rawStart) }
    return doc
  }
}
