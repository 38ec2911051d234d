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

  /// Label of a power of ten for money: 1, 10, 100, 1k, 10k, 100k, 1M, …, 1B, 1T.
  public static func powerLabel(_ exponent: Int) -> String {
    let units = [(12, "T"), (9, "B"), (6, "M"), (3, "k")]
    for (e, u) in units where exponent >= e { return "1" + String(repeating: "0", count: exponent - e) + u }
    if exponent >= 0 { return "1" + String(repeating: "0", count: exponent) }
    return "1e\(exponent)"
  }
}
