import Testing

@testable import QingxiAnalysis

struct DistributionTests {
  @Test func quantilesInterpolateLikeNumpy() {
    // numpy.percentile([18, 132, 138], [10, 50, 90]) == [40.8, 132, 136.8]
    let d = Distribution([138, 18, 132])
    #expect(d.count == 3)
    #expect(d.sum == 288)
    #expect(d.mean == 96)
    #expect(d.median == 132)
    #expect(abs((d.p10 ?? 0) - 40.8) < 1e-9)
    #expect(abs((d.p90 ?? 0) - 136.8) < 1e-9)
    #expect(d.min == 18 && d.max == 138)
    #expect(Distribution([1, 2, 3, 10]).median == 2.5)
  }

  @Test func fromCountsEqualsFromValues() {
    let values = [3, 3, 3, 7, 1, 12, 12, 40, 5, 5]
    var counts: [Int: Int] = [:]
    for v in values { counts[v, default: 0] += 1 }
    #expect(Distribution(counts: counts) == Distribution(values))
  }

  @Test func emptyHasOnlyACount() {
    let d = Distribution([Double]())
    #expect(d.count == 0 && d.mean == nil && d.median == nil && d.max == nil)
    #expect(d.json["mean"] == .null)
    #expect(Distribution(counts: [:]).count == 0)
    #expect(Distribution([Double.nan, 2]).count == 1)
  }
}
