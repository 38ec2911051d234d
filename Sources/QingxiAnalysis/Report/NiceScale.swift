import Foundation

/// Axis ticks at round numbers: steps of 1, 2 or 5 × 10^k, and powers of ten for logarithmic axes.
public enum NiceScale {
  /// A round step that divides `span` into at most `maxTicks` intervals.
  public static func step(span: Double, maxTicks: Int) -> Double {
    guard span > 0, span.isFinite, maxTicks > 0 else { return 1 }
    let raw = span / Double(maxTicks)
    let magnitude = pow(10, (log10(raw)).rounded(.down))
    for m in [1.0, 2, 5, 10] where m * magnitude >= raw { return m * magnitude }
    return 10 * magnitude
  }

  /// Ticks from 0 to at least `maxValue`, at most `maxTicks` intervals, whole numbers when `integers`.
  public static func ticks(upTo maxValue: Double, maxTicks: Int, integers: Bool = true) -> [Double] {
    let top = max(maxValue, integers ? 1 : 0.000001)
    var s = step(span: top, maxTicks: maxTicks)
    if integers { s = max(1, s.rounded(.up)) }
    var out: [Double] = []
    var v = 0.0
    while out.count < 1000 {
      out.append(v)
      if v >= top { break }
      v += s
    }
    return out
  }

  /// A round amount with a unit suffix: 2000 → 2k, 500000 → 500k, 5e6 → 5M.
  public static func amountLabel(_ v: Double) -> String {
    for (scale, unit) in [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")] where v >= scale {
      return NumberFormat.decimal(v / scale, places: 1) + unit
    }
    return NumberFormat.decimal(v, places: 3)
  }
}
