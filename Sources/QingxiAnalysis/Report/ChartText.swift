/// A text placed on a chart, with the box it is estimated to cover, so that a layout can be checked for
/// overlapping labels. Widths are estimated from the font size: a wide (CJK) character takes 1 em, others
/// 0.62 em (a little more than a sans-serif digit), so the estimate errs on the large side.
public struct ChartText: Sendable, Equatable {
  public enum Anchor: String, Sendable { case start, middle, end }

  public var text: String
  public var x: Double
  /// The baseline.
  public var y: Double
  public var size: Double
  public var anchor: Anchor
  /// Rotated by -90° about (x, y): reads bottom to top.
  public var vertical: Bool
  public var bold: Bool
  public var cssClass: String

  public init(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start, vertical: Bool = false, bold: Bool = false, cssClass: String = "t") {
    self.text = text
    self.x = x
    self.y = y
    self.size = size
    self.anchor = anchor
    self.vertical = vertical
    self.bold = bold
    self.cssClass = cssClass
  }

  public static func width(of text: String, size: Double) -> Double {
    var em = 0.0
    for s in text.unicodeScalars { em += DisplayWidth.width(s) == 2 ? 1.0 : 0.62 }
    return em * size
  }

  public var width: Double { ChartText.width(of: text, size: size) * (bold ? 1.08 : 1) }

  /// (minX, minY, maxX, maxY), from the top of capitals (0.8 em above the baseline) to descenders (0.25 em).
  public var box: (Double, Double, Double, Double) {
    let w = width
    let lo: Double
    switch anchor {
    case .start: lo = 0
    case .middle: lo = -w / 2
    case .end: lo = -w
    }
    if vertical {
      // Along the rotated baseline, "x" offsets run upwards.
      return (x - 0.8 * size, y - (lo + w), x + 0.25 * size, y - lo)
    }
    return (x + lo, y - 0.8 * size, x + lo + w, y + 0.25 * size)
  }

  public func overlaps(_ other: ChartText) -> Bool {
    let a = box
    let b = other.box
    return a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
  }

  var svg: String {
    var attrs = "x=\"\(Markup.n(x))\" y=\"\(Markup.n(y))\" class=\"\(cssClass)\" font-size=\"\(Markup.n(size))\""
    if anchor != .start { attrs += " text-anchor=\"\(anchor.rawValue)\"" }
    if bold { attrs += " font-weight=\"bold\"" }
    if vertical { attrs += " transform=\"rotate(-90 \(Markup.n(x)) \(Markup.n(y)))\"" }
    return "<text \(attrs)>\(Markup.escape(text))</text>"
  }
}
