import Foundation

/// Amounts on a logarithmic axis: one row per series (fine · CNY, bribe · USD, …), one dot per amount, ticks
/// at powers of ten. Amounts a hundred times apart stay readable side by side.
public struct LogDotPlot: Sendable {
  public var title: String
  public var valueAxis: String
  public var seriesAxis: String
  public var series: [(label: String, values: [Double])]
  public var width: Double = 640

  public init(title: String, valueAxis: String, seriesAxis: String, series: [(label: String, values: [Double])]) {
    self.title = title
    self.valueAxis = valueAxis
    self.seriesAxis = seriesAxis
    self.series = series
  }

  public func render() -> SVGChart {
    let rowHeight = 28.0
    let top = 40.0
    let rows = max(series.count, 1)
    let plotHeight = max(Double(rows) * rowHeight, ChartText.width(of: seriesAxis, size: 12) + 12)
    let height = top + plotHeight + 52
    var chart = SVGChart(title: title, width: width, height: height)
    let labelWidth = series.map { ChartText.width(of: $0.label, size: 12) }.max() ?? 20
    let left = 30 + labelWidth + 10
    let right = width - 24
    let positive = series.flatMap(\.values).filter { $0 > 0 && $0.isFinite }
    // A little room beyond the extreme amounts, so no dot sits on the axis.
    var lo = Int((log10(positive.min() ?? 1000) - 0.05).rounded(.down))
    var hi = Int((log10(positive.max() ?? 1_000_000) + 0.05).rounded(.up))
    if hi <= lo { hi = lo + 1 }
    lo = max(lo, -3)
    hi = min(max(hi, lo + 1), 15)
    let x = { (v: Double) in left + (log10(v) - Double(lo)) / Double(hi - lo) * (right - left) }
    // Ticks at powers of ten, and at 2× and 5× when the axis spans few decades; kept only where a label
    // clears the one before it.
    var ticks: [Double] = []
    for e in lo...hi {
      let p = pow(10, Double(e))
      ticks.append(p)
      if hi - lo <= 3 && e < hi { ticks += [2 * p, 5 * p] }
    }
    var lastEnd = -Double.infinity
    for t in ticks {
      let px = x(t)
      let label = NiceScale.amountLabel(t)
      let half = ChartText.width(of: label, size: 11) / 2
      let major = t == pow(10, (log10(t)).rounded())
      if major { chart.line(px, top, px, top + plotHeight, cssClass: "grid") }
      guard px - half >= lastEnd + 8 else { continue }
      if !major { chart.line(px, top + plotHeight, px, top + plotHeight + 4) }
      chart.add(ChartText(label, x: px, y: top + plotHeight + 16, size: 11, anchor: .middle, cssClass: "muted"))
      lastEnd = px + half
    }
    chart.line(left, top + plotHeight, right, top + plotHeight)
    chart.line(left, top, left, top + plotHeight)
    if positive.isEmpty {
      chart.add(ChartText("no data", x: (left + right) / 2, y: top + plotHeight / 2 + 4, size: 12, anchor: .middle, cssClass: "muted"))
    }
    let offset = (plotHeight - Double(series.count) * rowHeight) / 2
    for (i, s) in series.enumerated() {
      let cy = top + offset + (Double(i) + 0.5) * rowHeight
      chart.line(left, cy, right, cy, cssClass: "grid")
      chart.add(ChartText(s.label, x: left - 6, y: cy + 4, size: 12, anchor: .end))
      for v in s.values where v > 0 && v.isFinite {
        chart.circle(x(min(max(v, pow(10, Double(lo))), pow(10, Double(hi)))), cy, 5, tooltip: "\(s.label): \(NumberFormat.decimal(v, places: 2))")
      }
    }
    chart.add(ChartText(valueAxis, x: (left + right) / 2, y: height - 10, size: 12, anchor: .middle))
    chart.add(ChartText(seriesAxis, x: 16, y: top + plotHeight / 2, size: 12, anchor: .middle, vertical: true))
    return chart
  }
}
