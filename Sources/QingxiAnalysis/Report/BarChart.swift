/// A horizontal bar chart: one bar per category (label on the left, value at the bar's end), a value axis
/// with round ticks at the bottom, and both axes labelled with their units. Horizontal bars keep long and
/// Chinese category names readable without rotating them.
public struct BarChart: Sendable {
  public var title: String
  public var categoryAxis: String
  public var valueAxis: String
  public var bars: [(label: String, value: Double, text: String)]
  public var width: Double = 640
  /// Values are whole numbers (counts): ticks are too.
  public var integers: Bool = true

  public init(title: String, categoryAxis: String, valueAxis: String, bars: [(label: String, value: Double, text: String)]) {
    self.title = title
    self.categoryAxis = categoryAxis
    self.valueAxis = valueAxis
    self.bars = bars
  }

  /// A label cut to `columns` terminal columns with an ellipsis (the full label stays in the bar's tooltip).
  static func shortened(_ label: String, columns: Int = 28) -> String {
    guard DisplayWidth.of(label) > columns else { return label }
    var out = ""
    var width = 0
    for s in label.unicodeScalars {
      let w = DisplayWidth.width(s)
      if width + w > columns - 1 { break }
      out.unicodeScalars.append(s)
      width += w
    }
    return out + "…"
  }

  public func render() -> SVGChart {
    let bars = self.bars.map { (label: BarChart.shortened($0.label), value: $0.value, text: $0.text, full: $0.label) }
    let rowHeight = 22.0
    let top = 40.0
    let rows = max(bars.count, 1)
    // Tall enough for the rotated category-axis label beside it.
    let plotHeight = max(Double(rows) * rowHeight, ChartText.width(of: categoryAxis, size: 12) + 12)
    let height = top + plotHeight + 52
    var chart = SVGChart(title: title, width: width, height: height)
    let labelWidth = bars.map { ChartText.width(of: $0.label, size: 12) }.max() ?? 0
    let left = 30 + max(labelWidth, 20) + 8
    let valueWidth = (bars.map { ChartText.width(of: $0.text, size: 11) }.max() ?? 0) + 8
    let plotWidth = max(width - left - valueWidth - 12, 60)
    let maxValue = bars.map(\.value).max() ?? 0
    let ticks = NiceScale.ticks(upTo: maxValue, maxTicks: BarChart.tickCount(maxValue, plotWidth), integers: integers)
    let scaleMax = ticks.last ?? 1
    let x = { (v: Double) in left + (scaleMax > 0 ? v / scaleMax * plotWidth : 0) }
    // Grid and value axis.
    for t in ticks {
      chart.line(x(t), top, x(t), top + plotHeight, cssClass: "grid")
      chart.add(ChartText(NumberFormat.decimal(t, places: 2), x: x(t), y: top + plotHeight + 16, size: 11, anchor: .middle, cssClass: "muted"))
    }
    chart.line(left, top + plotHeight, left + plotWidth, top + plotHeight)
    chart.line(left, top, left, top + plotHeight)
    if bars.isEmpty {
      chart.add(ChartText("no data", x: left + plotWidth / 2, y: top + rowHeight * 0.7, size: 12, anchor: .middle, cssClass: "muted"))
    }
    for (i, bar) in bars.enumerated() {
      let y = top + Double(i) * rowHeight + (plotHeight - Double(rows) * rowHeight) / 2
      chart.rect(left, y + 4, x(bar.value) - left, rowHeight - 8, tooltip: "\(bar.full): \(bar.text)")
      chart.add(ChartText(bar.label, x: left - 6, y: y + rowHeight * 0.68, size: 12, anchor: .end))
      chart.add(ChartText(bar.text, x: x(bar.value) + 4, y: y + rowHeight * 0.68, size: 11, cssClass: "muted"))
    }
    chart.add(ChartText(valueAxis, x: left + plotWidth / 2, y: height - 10, size: 12, anchor: .middle))
    chart.add(ChartText(categoryAxis, x: 16, y: top + plotHeight / 2, size: 12, anchor: .middle, vertical: true))
    return chart
  }

  /// As many intervals as fit labels of the largest value with room between them.
  static func tickCount(_ maxValue: Double, _ plotWidth: Double) -> Int {
    let labelWidth = ChartText.width(of: NumberFormat.decimal(maxValue, places: 2), size: 11) + 24
    return max(1, min(8, Int(plotWidth / labelWidth)))
  }
}
