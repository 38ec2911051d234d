/// Counts of the most frequent keys of a stream in bounded memory (Misra–Gries, batched): at most
/// `2 × capacity` keys are held. When that fills, every count drops by the (capacity+1)-th largest count
/// and keys reaching 0 go. A kept count is never above the true count and at most `total/(capacity+1)`
/// below it; a key whose true count exceeds that bound is always kept. Below `2 × capacity` distinct keys
/// the counts are exact. The result depends only on the order of `add` calls, so it is deterministic.
public struct HeavyHitters: Sendable {
  public let capacity: Int
  public private(set) var counts: [UInt64: Int] = [:]
  /// Everything added (the stream length).
  public private(set) var total = 0
  /// The sum of all decrements so far: the most any kept count is below its true count.
  public private(set) var maxUndercount = 0

  public init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  public mutating func add(_ key: UInt64) {
    total += 1
    counts[key, default: 0] += 1
    if counts.count > 2 * capacity { shrink() }
  }

  private mutating func shrink() {
    let sorted = counts.values.sorted(by: >)
    let cut = sorted[capacity]
    maxUndercount += cut
    counts = counts.compactMapValues { $0 > cut ? $0 - cut : nil }
  }
}
