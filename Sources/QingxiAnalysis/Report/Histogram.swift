/// A histogram: counts over consecutive numeric bins [lo, hi), a count axis on the left and a value axis
/// at the bottom, both labelled with units. Bin edges are labelled only as often as their labels fit.
public struct Histogram: Sendable {
  public var title: String
  public var valueAxis: String
  public var countAxis: String
  /// (lower edge, upper edge, count); consecutive.
  public var bins: [(lo: Double, hi: Double, count: Int)]
  public var width: Double = 640
  public var height: Double = 280
  /// The last bin collects everything above its lower edge (its upper label reads "≥ lo").
  public var openEnded = false

  public init(title: String, valueAxis: String, countAxis: String, bins: [(lo: Double, hi: Double, count: Int)]) {
    self.title = title
    self.valueAxis = valueAxis
    self.countAxis = countAxis
    self.bins = bins
  }

  /// Bins of round width over `counts` (value → occurrences), about `target` of them; values above the
  /// `capQuantile` go into a last open bin so one long outlier does not squash the rest.
  /// With `step`, bins are that wide.
  public static func bins(counts: [Int: Int], target: Int = 16, capQuantile: Double = 0.99, step fixedStep: Double? = nil) -> (bins: [(lo: Double, hi: Double, count: Int)], openEnded: Bool) {
    let total = counts.values.reduce(0, +)
    guard total > 0, let minKey = counts.keys.min(), let maxKey = counts.keys.max() else { return ([], false) }
    // The value at the cap quantile.
    var cap = maxKey
    var seen = 0
    for k in counts.keys.sorted() {
      seen += counts[k] ?? 0
      if Double(seen) >= capQuantile * Double(total) {
        cap = k
        break
      }
    }
    let lo = Double(min(minKey, 0))
    let step = max(1, fixedStep ?? NiceScale.step(span: Double(cap) - lo + 1, maxTicks: target).rounded(.up))
    var bins: [(lo: Double, hi: Double, count: Int)] = []
    var edge = lo
    while edge <= Double(cap) && bins.count < 200 {
      bins.append((edge, edge + step, 0))
      edge += step
    }
    let openEnded = Double(maxKey) >= edge
    if openEnded { bins.append((edge, edge + step, 0)) }
    for (k, n) in counts {
      let i = min(Int((Double(k) - lo) / step), bins.count - 1)
      bins[max(i, 0)].count += n
    }
    return (bins, openEnded)
  }

  public func render() -> SVGChart {
    var chart = SVGChart(title: title, width: width, height: height)
    let top = 40.0
    let bottom = height - 46
    let maxCount = Double(bins.map(\.count).max() ?? 0)
    let yTicks = NiceScale.ticks(upTo: maxCount, maxTicks: 5)
    let yMax = yTicks.last ?? 1
    let tickWidth = yTicks.map { ChartText.width(of: NumberFormat.decimal($0), size: 11) }.max() ?? 10
    let left = 30 + tickWidth + 8
    // Room for half of the last edge label.
    let right = width - 28
    let plotWidth = right - left
    let y = { (c: Double) in bottom - (yMax > 0 ? c / yMax * (bottom - top) : 0) }
    for t in yTicks {
      chart.line(left, y(t), right, y(t), cssClass: "grid")
      chart.add(ChartText(NumberFormat.decimal(t), x: left - 5, y: y(t) + 4, size: 11, anchor: .end, cssClass: "muted"))
    }
    chart.line(left, bottom, right, bottom)
    chart.line(left, top, left, bottom)
    if bins.isEmpty {
      chart.add(ChartText("no data", x: left + plotWidth / 2, y: (top + bottom) / 2, size: 12, anchor: .middle, cssClass: "muted"))
    } else {
      let binWidth = plotWidth / Double(bins.count)
      for (i, b) in bins.enumerated() {
        let x = left + Double(i) * binWidth
        let last = openEnded && i == bins.count - 1
        let range = last ? "≥ \(NumberFormat.decimal(b.lo))" : "\(NumberFormat.decimal(b.lo))–\(NumberFormat.decimal(b.hi))"
        chart.rect(x + 1, y(Double(b.count)), binWidth - 2, bottom - y(Double(b.count)), tooltip: "\(range): \(b.count)")
      }
      // Edge labels: every k-th edge so that labels keep apart.
      var edges = bins.map(\.lo)
      if !openEnded, let last = bins.last { edges.append(last.hi) }
      let labels = edges.enumerated().map { i, e in (openEnded && i == edges.count - 1) ? "≥\(NumberFormat.decimal(e))" : NumberFormat.decimal(e) }
      let widest = labels.map { ChartText.width(of: $0, size: 11) }.max() ?? 10
      let every = max(1, Int((widest + 10) / binWidth) + 1)
      for (i, label) in labels.enumerated() where i % every == 0 {
        let x = left + Double(i) * binWidth + (openEnded && i == edges.count - 1 ? binWidth / 2 : 0)
        chart.line(x, bottom, x, bottom + 4)
        chart.add(ChartText(label, x: x, y: bottom + 16, size: 11, anchor: .middle, cssClass: "muted"))
      }
    }
    chart.add(ChartText(valueAxis, x: left + plotWidth / 2, y: height - 10, size: 12, anchor: .middle))
    chart.add(ChartText(countAxis, x: 16, y: (top + bottom) / 2, size: 12, anchor: .middle, vertical: true))
    return chart
  }
}
