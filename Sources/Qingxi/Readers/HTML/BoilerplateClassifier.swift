import TextSupport

/// Tells the article's blocks from the page around it, from layout features only (no site strings).
///
/// 1. The article container. Every block of prose (long enough, not link text, not inside
///    `nav`/`aside`/`footer`/`form`) scores `1 + commas + length/100` (Han characters count three, being
///    denser than Latin letters) for its element and the elements above it (full, half, a sixth, a ninth), as
///    readability does; an element's score starts from its tag (`div` +5, lists and headings less), its
///    class/id hint (±25: `content`, `article`, `zw` against `share`, `related`, `comment`…) and its
///    semantics (`article`, `main`, `itemprop=articleBody` +25; `nav`, `aside`, `footer` −25), and ends
///    multiplied by its share of non-link text. The best element wins; when several good ones share an
///    ancestor, or its parent scores higher, that ancestor wins. Siblings of the winner that score well or
///    hold plain prose join it: the largest coherent run of content on the page.
/// 2. Inside it, blocks still go when they sit in `nav`/`aside`/`footer`/`header`/`form`/`figure` below
///    the container, have a boilerplate class/id hint below it, are mostly link text, are captions, or are
///    the headline (`<h1>`, or a heading equal to the title).
/// 3. Everything outside the container goes.
/// 4. Among the kept blocks, news furniture goes by its wording (`EditorialLines`): original-title and
///    editor's notes, captions and photo credits, byline lines, reprint notices, QR-code widgets.
public struct BoilerplateClassifier: Sendable {
  /// What happens to a block.
  public enum Label: Sendable, Equatable {
    case content
    /// Removed: outside the article, navigation, link lists, widgets.
    case boilerplate
    case caption
    case headline
    /// Byline, author and source lines.
    case byline
    /// Editor's notes, original-title lines, reprint notices, QR-code widgets.
    case note
  }

  /// Share of link text above which a block is a link (navigation, related list).
  public var maxLinkDensity = 0.5

  public init() {}

  private struct Stats {
    var scalars = 0
    var links = 0
  }

  /// One label per block of `layout`; `text` is the raw text the block ranges point into.
  public func classify(_ layout: HTMLLayout, text: [Unicode.Scalar], title: String?) -> [Label] {
    var trace: Trace? = nil
    return classify(layout, text: text, title: title, trace: &trace)
  }

  /// What the classifier saw, for `qingxi extract-html --explain`.
  public struct Trace: Sendable {
    /// Scored elements, best first: (element, score).
    public var candidates: [(element: Int, score: Double)] = []
    /// The elements making up the article container.
    public var container: [Int] = []
  }

  /// The blocks with their labels and the element chain above each, one line per block, after the best
  /// candidate elements: a debugging view.
  public func explain(_ layout: HTMLLayout, text: [Unicode.Scalar], title: String?) -> String {
    var trace: Trace? = Trace()
    let labels = classify(layout, text: text, title: title, trace: &trace)
    var out = ""
    let t = trace ?? Trace()
    func chain(_ e: Int) -> String {
      var parts: [String] = []
      var x = e
      while x > 0, x < layout.elements.count, parts.count < 12 {
        let el = layout.elements[x]
        parts.append("\(x):\(el.tag)\(el.hint != 0 ? "\(el.hint > 0 ? "+" : "")\(el.hint)" : "")")
        x = el.parent
      }
      return parts.joined(separator: "<")
    }
    for c in t.candidates.prefix(8) { out += "candidate \(chain(c.element)) score \(Int(c.score))\n" }
    out += "container \(t.container.map(chain).joined(separator: " + "))\n"
    for (i, b) in layout.blocks.enumerated() {
      let label = i < labels.count ? "\(labels[i])" : "?"
      let head = String(String.UnicodeScalarView(text[b.range].prefix(50)))
      out += "\(label)\t\(b.kind)\t\(b.linkScalars)/\(b.range.count)\t\(chain(b.element))\t\(head)\n"
    }
    return out
  }

  func classify(_ layout: HTMLLayout, text: [Unicode.Scalar], title: String?, trace: inout Trace?) -> [Label] {
    let blocks = layout.blocks
    let elements = layout.elements
    let n = elements.count
    guard !blocks.isEmpty, n > 0 else { return [] }

    // Text and link text under each element.
    var stats = [Stats](repeating: Stats(), count: n)
    for b in blocks where b.element >= 0 && b.element < n {
      stats[b.element].scalars += b.range.count
      stats[b.element].links += min(b.linkScalars, b.range.count)
    }
    for e in stride(from: n - 1, through: 1, by: -1) {
      let p = elements[e].parent
      guard p >= 0, p < e else { continue }
      stats[p].scalars += stats[e].scalars
      stats[p].links += stats[e].links
    }
    func linkDensity(_ e: Int) -> Double {
      stats[e].scalars == 0 ? 0 : Double(stats[e].links) / Double(stats[e].scalars)
    }
    func parent(_ e: Int) -> Int {
      let p = elements[e].parent
      return p >= 0 && p < e ? p : -1
    }

    // Per-block prose features.
    let features = blocks.map { Self.prose(text, $0.range) }
    // Prose under each element (weighted length of blocks that read as sentences).
    var proseMass = [Int](repeating: 0, count: n)
    for (i, b) in blocks.enumerated() where b.element > 0 && b.element < n && features[i].isProse {
      proseMass[b.element] += max(0, features[i].weighted - b.linkScalars)
    }
    for e in stride(from: n - 1, through: 1, by: -1) {
      let p = parent(e)
      if p >= 0 { proseMass[p] += proseMass[e] }
    }
    let totalProse = max(1, proseMass[0])
    // Subtrees unlikely to hold the article (readability's unlikely candidates): comments, sidebars, menus —
    // unless the class lies and the subtree holds most of the page's prose (a wrapper named `site-header`).
    var unlikely = [Bool](repeating: false, count: n)
    for e in 1..<n {
      let p = parent(e)
      let marked = elements[e].hint <= -2 && proseMass[e] * 2 < totalProse
      unlikely[e] = marked || (p >= 0 && unlikely[p])
    }

    // 1. Scores.
    var score = [Double](repeating: 0, count: n)
    var scored = [Bool](repeating: false, count: n)
    func touch(_ e: Int) {
      guard !scored[e] else { return }
      scored[e] = true
      score[e] = baseScore(elements[e])
    }
    // Not `form`: ASP.NET pages wrap the whole page in one.
    let excluded: HTMLFlags = [.nav, .aside, .footer, .button, .figcaption]
    for (i, b) in blocks.enumerated() {
      let f = features[i]
      let nonLink = max(0, b.range.count - b.linkScalars)
      // Prose: long enough, with a comma or a sentence end (dates, names and menus have none); headings
      // are not prose.
      guard f.weighted >= 25, f.commas > 0 || f.sentences > 0 || f.weighted >= 150, b.kind.headingLevel == nil,
        b.flags.isDisjoint(with: excluded), b.range.count > 0,
        Double(b.linkScalars) <= Double(b.range.count) * maxLinkDensity, nonLink > 0,
        b.element > 0, b.element < n, !unlikely[b.element]
      else { continue }
      let s = 1 + Double(f.commas) + min(Double(f.weighted) / 100, 3)
      var e = Self.isContainer(b.kind) ? b.element : parent(b.element)
      var level = 0
      while e > 0, level < 4 {
        touch(e)
        // Readability's shares: the container in full, its parent half, then a third of the level.
        let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
        score[e] += s / divider
        e = parent(e)
        level += 1
      }
    }
    var candidates: [Int] = []
    for e in 1..<n where scored[e] {
      // Class hints and tags refine, content decides: a positive base counts at most twice the content.
      let base = baseScore(elements[e])
      let content = score[e] - base
      if base > 2 * content { score[e] = content * 3 }
      score[e] *= 1 - linkDensity(e)
      candidates.append(e)
    }
    guard !candidates.isEmpty else { return fallback(blocks, features) }
    candidates.sort { score[$0] > score[$1] || (score[$0] == score[$1] && $0 < $1) }
    var top = candidates[0]
    let topScore = score[top]

    // Several strong candidates under one ancestor: the ancestor is the article.
    let strong = candidates.dropFirst().prefix(4).filter { score[$0] >= topScore * 0.75 }
    if strong.count >= 2 {
      var a = parent(top)
      while a > 0 {
        let under = strong.filter { isAncestor(a, of: $0, elements) }.count
        if under >= 2 {
          top = a
          break
        }
        a = parent(a)
      }
    }
    // Climb while the parent scores higher (the article split over several children).
    var last = score[top]
    var p = parent(top)
    while p > 0 {
      if !scored[p] {
        p = parent(p)
        continue
      }
      if score[p] < last / 3 { break }
      if score[p] > last {
        top = p
        break
      }
      last = score[p]
      p = parent(p)
    }

    // Siblings that belong to the article.
    var included = [Bool](repeating: false, count: n)
    included[top] = true
    let topParent = parent(top)
    if topParent > 0 {
      let threshold = max(10, score[top] * 0.2)
      for e in (topParent + 1)..<n where elements[e].parent == topParent && e != top {
        if scored[e], score[e] >= threshold, elements[e].hint >= 0 {
          included[e] = true
        } else if elements[e].tag == .p, stats[e].scalars > 0 {
          let ld = linkDensity(e)
          let len = stats[e].scalars
          if (len >= 40 && ld < 0.25) || (ld == 0 && len >= 10 && proseEnds(blocks, features, element: e)) {
            included[e] = true
          }
        }
      }
    }

    if trace != nil {
      trace?.candidates = candidates.prefix(10).map { ($0, score[$0]) }
      trace?.container = (0..<n).filter { included[$0] }
    }

    // Flags and hints below the container, per element.
    var inside = [Bool](repeating: false, count: n)
    var below = [HTMLFlags](repeating: [], count: n)
    var belowHint = [Int](repeating: 0, count: n)
    for e in 0..<n {
      let p = parent(e)
      if included[e] {
        inside[e] = true
      } else if p >= 0, inside[p] {
        inside[e] = true
        below[e] = below[p].union(elements[e].flags)
        belowHint[e] = belowHint[p] + elements[e].hint
      }
    }

    // 2–3. Labels.
    let titleScalars = title.map { Array(BoilerplateClassifier.squeezed($0.unicodeScalars)) }
    let dropBelow: HTMLFlags = [.nav, .aside, .footer, .header, .form, .button, .address]
    var labels: [Label] = []
    labels.reserveCapacity(blocks.count)
    for (i, b) in blocks.enumerated() {
      let e = b.element >= 0 && b.element < n ? b.element : 0
      if b.kind.headingLevel != nil,
        b.kind == .h1 || (titleScalars.map { Array(Self.squeezed(text[b.range])) == $0 } ?? false)
      {
        labels.append(.headline)
        continue
      }
      guard inside[e] else {
        labels.append(.boilerplate)
        continue
      }
      if b.kind == .figcaption || b.kind == .caption || !below[e].isDisjoint(with: [.figure, .figcaption]) {
        labels.append(.caption)
        continue
      }
      // Below the container: semantic boilerplate elements, unlikely subtrees, and boilerplate-named
      // elements unless the block is prose.
      if !below[e].isDisjoint(with: dropBelow) || belowHint[e] <= -2 || (belowHint[e] < 0 && !features[i].isProse) {
        labels.append(.boilerplate)
        continue
      }
      if b.range.count > 0, Double(b.linkScalars) > Double(b.range.count) * maxLinkDensity {
        labels.append(.boilerplate)
        continue
      }
      labels.append(.content)
    }
    // News furniture among the kept blocks, by wording (the last two may be an author's bio).
    let kept = labels.indices.filter { labels[$0] == .content }
    for (k, i) in kept.enumerated() {
      let b = blocks[i]
      guard b.range.lowerBound >= 0, b.range.upperBound <= text.count else { continue }
      switch EditorialLines.kind(of: text[b.range], nearEnd: k >= kept.count - 2) {
      case .caption?: labels[i] = .caption
      case .byline?: labels[i] = .byline
      case .note?: labels[i] = .note
      case nil: break
      }
    }
    return labels
  }

  /// No block looks like prose: keep what is not navigation, link lists or captions.
  private func fallback(_ blocks: [HTMLPage.Block], _ features: [Prose]) -> [Label] {
    blocks.map { b in
      if !b.flags.isDisjoint(with: [.nav, .aside, .footer, .button]) { return .boilerplate }
      if b.kind == .figcaption || b.kind == .caption { return .caption }
      if b.range.count > 0, Double(b.linkScalars) > Double(b.range.count) * maxLinkDensity { return .boilerplate }
      return .content
    }
  }

  private func baseScore(_ e: HTMLPage.Element) -> Double {
    var s: Double
    switch e.tag {
    case .div, .article, .main, .section, .body, .center: s = 5
    case .pre, .td, .blockquote: s = 3
    case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
    case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
    default: s = 0
    }
    s += Double(max(-1, min(1, e.hint))) * 25
    if !e.flags.isDisjoint(with: [.article, .main, .articleBody]) { s += 25 }
    if !e.flags.isDisjoint(with: [.nav, .aside, .footer]) { s -= 25 }
    return s
  }

  private func isAncestor(_ a: Int, of e: Int, _ elements: [HTMLPage.Element]) -> Bool {
    var x = e
    var steps = 0
    while x > a, steps < 4096 {
      let p = elements[x].parent
      guard p >= 0, p < x else { return false }
      x = p
      steps += 1
    }
    return x == a
  }

  private func proseEnds(_ blocks: [HTMLPage.Block], _ features: [Prose], element: Int) -> Bool {
    for (i, b) in blocks.enumerated() where b.element == element && features[i].endsSentence { return true }
    return false
  }

  /// Elements whose own text makes them the container (text directly in a `div` or `td`, lines split by
  /// `<br>`); paragraphs and list items score their parent instead.
  static func isContainer(_ tag: HTMLTag) -> Bool {
    switch tag {
    case .div, .section, .article, .main, .body, .center, .td, .other: true
    default: false
    }
  }

  struct Prose {
    /// Length with Han characters counted three times; spaces not counted.
    var weighted = 0
    var commas = 0
    /// Sentence ends inside or at the end (。！？ and . ! ? before a space or the end).
    var sentences = 0
    var endsSentence = false
    /// Long enough, with a comma or a sentence end: how paragraphs read (dates, names, menus do not).
    var isProse: Bool { weighted >= 25 && (commas > 0 || sentences > 0) }
  }

  static func prose(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Prose {
    var p = Prose()
    guard range.lowerBound >= 0, range.upperBound <= text.count else { return p }
    var last: Unicode.Scalar = " "
    var previous: Unicode.Scalar = " "
    for c in text[range] {
      let v = c.value
      if v == 0x20 {
        if previous == "." || previous == "!" || previous == "?" { p.sentences += 1 }
        previous = c
        continue
      }
      previous = c
      if v == 0x3002 || v == 0xFF01 || v == 0xFF1F { p.sentences += 1 }
      if (0x3400...0x9FFF).contains(v) || (0x20000...0x2FFFF).contains(v) {
        p.weighted += 3
      } else {
        p.weighted += 1
      }
      // , ， 、 ; ； count as commas, as readability counts commas.
      if v == 0x2C || v == 0xFF0C || v == 0x3001 || v == 0xFF1B || v == 0x3B { p.commas += 1 }
      last = c
    }
    p.endsSentence = ["。", ".", "!", "?", "！", "？", "”", "\"", "」", "…"].contains(last)
    if last == "." || last == "!" || last == "?" { p.sentences += 1 }
    return p
  }

  static func squeezed<S: Sequence>(_ s: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
    s.filter { !$0.properties.isWhitespace }
  }
}
