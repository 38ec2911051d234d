import Qingxi

/// Count, sum, mean, median, 10th and 90th percentiles, minimum and maximum of a list of numbers. Quantiles
/// interpolate linearly between order statistics (numpy's default, "type 7"): the median of 1, 2, 3, 10 is 2.5.
public struct Distribution: Sendable, Equatable {
  public var count: Int
  public var sum: Double
  public var mean: Double?
  public var median: Double?
  public var p10: Double?
  public var p90: Double?
  public var min: Double?
  public var max: Double?

  public init(_ values: [Double]) {
    let sorted = values.filter(\.isFinite).sorted()
    self.init(count: sorted.count, sum: sorted.reduce(0, +)) { sorted[$0] }
  }

  public init(_ values: [Int]) { self.init(values.map(Double.init)) }

  /// From value → number of occurrences (lengths of millions of sentences in little memory).
  public init(counts: [Int: Int]) {
    let keys = counts.keys.sorted()
    var cumulative: [Int] = []
    var total = 0
    var sum = 0.0
    for k in keys {
      total += Swift.max(counts[k] ?? 0, 0)
      cumulative.append(total)
      sum += Double(k) * Double(counts[k] ?? 0)
    }
    self.init(count: total, sum: sum) { rank in
      // The first key whose cumulative count exceeds the rank.
      var lo = 0
      var hi = cumulative.count - 1
      while lo < hi {
        let mid = (lo + hi) / 2
        if cumulative[mid] > rank { hi = mid } else { lo = mid + 1 }
      }
      return Double(keys[lo])
    }
  }

  /// From `count` values, of which `orderStatistic(k)` is the k-th smallest (0-based).
  init(count: Int, sum: Double, orderStatistic: (Int) -> Double) {
    self.count = count
    self.sum = sum
    guard count > 0 else { return }
    func quantile(_ q: Double) -> Double {
      let h = Double(count - 1) * q
      let lo = Int(h.rounded(.down))
      let hi = Swift.min(lo + 1, count - 1)
      let a = orderStatistic(lo)
      return a + (h - Double(lo)) * (orderStatistic(hi) - a)
    }
    mean = sum / Double(count)
    median = quantile(0.5)
    p10 = quantile(0.1)
    p90 = quantile(0.9)
    min = orderStatistic(0)
    max = orderStatistic(count - 1)
  }

  public var json: JSONValue {
    func n(_ d: Double?) -> JSONValue { d.map { JSONValue.number(Distribution.rounded($0)) } ?? .null }
    return .object([
      "count": .int(count), "sum": .number(Distribution.rounded(sum)), "mean": n(mean), "median": n(median),
      "p10": n(p10), "p90": n(p90), "min": n(min), "max": n(max),
    ])
  }

  /// Six significant decimals after the point: enough for months and amounts, stable across platforms.
  static func rounded(_ d: Double) -> Double { (d * 1_000_000).rounded() / 1_000_000 }
}
