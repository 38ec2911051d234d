/// Removes what is not the article from an HTML page: navigation, menus, sidebars, related-link lists,
/// share widgets, footers, the headline (it is `title`), and photo captions — judged per block by
/// `BoilerplateClassifier` from the page's layout, which `decode` keeps on the document — and, inside the
/// article, news furniture by its wording (original-title and editor's notes, photo credits, byline lines,
/// reprint notices). Does nothing to text input. Each removed block is recorded (`boilerplate`, `headline`,
/// `caption`, `byline` or `editorial`), its line break with it. The facts of a removed byline or editorial
/// block — `published`, `meta.source_name`, `meta.author`, `meta.editor` — are read with the text stages'
/// grammars (`RemovedBlockFacts`), as they would be from the same line of a text page; so are those of
/// whole stamp lines among boilerplate blocks near the article (`stampZone`). Example: a page whose
/// `<nav>` holds `首页 新闻 体育` and whose `<article>` holds two paragraphs keeps the two paragraphs; the
/// menu line is removed as `boilerplate`.
public struct DropHTMLBoilerplate: TextCleaner {
  public static let name = "drop-html-boilerplate"
  public static let summary = "HTML pages: drop blocks outside the article (menus, sidebars, link lists, footers), the headline and captions"
  public static let options = [
    OptionSpec.enabled(),
    OptionSpec("max_link_density", .number, default: .double(0.5), help: "share of link text above which a block is a link list"),
  ]

  public let enabled: Bool
  let classifier: BoilerplateClassifier
  private let facts = RemovedBlockFacts()

  public init(options: StageOptions) throws(OptionError) {
    enabled = options.bool("enabled")
    var c = BoilerplateClassifier()
    c.maxLinkDensity = options.number("max_link_density")
    guard c.maxLinkDensity > 0, c.maxLinkDensity <= 1 else {
      throw OptionError(key: "max_link_density", message: "must be in (0, 1], not \(c.maxLinkDensity)")
    }
    classifier = c
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    guard let layout = doc.html else { return [] }
    let raw = doc.clean.rawScalars
    let labels = classifier.classify(layout, text: raw, title: doc.title)
    guard labels.count == layout.blocks.count else { return [] }
    let clean = doc.clean
    var edits: [TextEdit] = []
    let count = clean.count
    let zone = Self.stampZone(labels)
    for (i, b) in layout.blocks.enumerated() {
      let kind: String
      switch labels[i] {
      case .content: continue
      case .boilerplate: kind = "boilerplate"
      case .caption: kind = "caption"
      case .headline: kind = "headline"
      case .byline: kind = "byline"
      case .note: kind = "editorial"
      }
      // The block and the line break after it (the last block: none).
      let start = clean.position(ofRaw: b.range.lowerBound)
      let end = i + 1 < layout.blocks.count ? clean.position(ofRaw: layout.blocks[i + 1].range.lowerBound) : count
      guard start < end, end <= count else { continue }
      if labels[i] == .byline || labels[i] == .note {
        facts.record(clean.scalars, start..<end, in: &doc)
      } else if labels[i] == .boilerplate, zone.contains(i) {
        facts.record(clean.scalars, start..<end, wholeLinesOnly: true, in: &doc)
      }
      edits.append(.remove(start..<end, rule: Self.name, kind: kind))
    }
    return edits
  }

  /// The blocks where a page prints its stamp and credit lines even when their class names them
  /// boilerplate (`<div class="info">`, `<p class="byline">`): from the headline (or the first content
  /// block) to the last content block, and the two blocks after it.
  static func stampZone(_ labels: [BoilerplateClassifier.Label]) -> Range<Int> {
    guard let first = labels.firstIndex(of: .content), let last = labels.lastIndex(of: .content) else { return 0..<0 }
    var start = first
    if let h = labels[..<first].lastIndex(of: .headline) { start = h }
    return start..<min(labels.count, last + 3)
  }
}
