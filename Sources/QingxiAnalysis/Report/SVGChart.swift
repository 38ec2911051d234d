/// An SVG chart being drawn: shapes, and texts kept apart so their boxes can be checked for overlaps.
/// Colours come from CSS classes (`bar`, `axis`, `grid`, `dot`, `t`, `muted`) that the page defines for light
/// and dark schemes.
public struct SVGChart: Sendable {
  public var title: String
  public var width: Double
  public var height: Double
  public var shapes: [String] = []
  public private(set) var texts: [ChartText] = []

  public init(title: String, width: Double, height: Double) {
    self.title = title
    self.width = width
    self.height = height
    add(ChartText(title, x: 12, y: 22, size: 15, bold: true))
  }

  public mutating func add(_ text: ChartText) { texts.append(text) }

  public mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String = "axis") {
    shapes.append("<line x1=\"\(Markup.n(x1))\" y1=\"\(Markup.n(y1))\" x2=\"\(Markup.n(x2))\" y2=\"\(Markup.n(y2))\" class=\"\(cssClass)\"/>")
  }

  public mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, cssClass: String = "bar", tooltip: String? = nil) {
    let body = "x=\"\(Markup.n(x))\" y=\"\(Markup.n(y))\" width=\"\(Markup.n(max(w, 0)))\" height=\"\(Markup.n(max(h, 0)))\" class=\"\(cssClass)\""
    if let tooltip {
      shapes.append("<rect \(body)><title>\(Markup.escape(tooltip))</title></rect>")
    } else {
      shapes.append("<rect \(body)/>")
    }
  }

  public mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, cssClass: String = "dot", tooltip: String? = nil) {
    let body = "cx=\"\(Markup.n(cx))\" cy=\"\(Markup.n(cy))\" r=\"\(Markup.n(r))\" class=\"\(cssClass)\""
    shapes.append(tooltip.map { "<circle \(body)><title>\(Markup.escape($0))</title></circle>" } ?? "<circle \(body)/>")
  }

  /// Pairs of texts whose boxes overlap (empty for a clean layout), and texts that leave the canvas.
  public var layoutProblems: [String] {
    var problems: [String] = []
    for i in texts.indices {
      let b = texts[i].box
      if b.0 < -0.5 || b.1 < -0.5 || b.2 > width + 0.5 || b.3 > height + 0.5 {
        problems.append("\(title): `\(texts[i].text)` leaves the chart")
      }
      for j in texts.indices where j > i && texts[i].overlaps(texts[j]) {
        problems.append("\(title): `\(texts[i].text)` overlaps `\(texts[j].text)`")
      }
    }
    return problems
  }

  public var svg: String {
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Markup.n(width)) \(Markup.n(height))\" width=\"\(Markup.n(width))\" height=\"\(Markup.n(height))\" role=\"img\" aria-label=\"\(Markup.escape(title))\">"
    out += "<title>\(Markup.escape(title))</title>"
    for s in shapes { out += s }
    for t in texts { out += t.svg }
    return out + "</svg>"
  }
}
