import Testing

@testable import Qingxi

@Suite struct HeavyHittersTests {
  @Test func exactBelowCapacity() {
    var hh = HeavyHitters(capacity: 10)
    for i in 0..<20 { for _ in 0...i { hh.add(UInt64(i)) } }
    #expect(hh.counts.count == 20)
    #expect(hh.maxUndercount == 0)
    #expect(hh.counts[7] == 8)
  }

  @Test func heavyKeysSurviveAndCountsStayWithinTheBound() {
    var hh = HeavyHitters(capacity: 8)
    var truth: [UInt64: Int] = [:]
    // Three heavy keys among 3000 singletons (a deterministic mix).
    var x: UInt64 = 1
    for i in 0..<6000 {
      let key: UInt64
      if i % 6 == 0 { key = 1_000_001 } else if i % 6 == 1 { key = 1_000_002 } else if i % 6 == 2 { key = 1_000_003 } else {
        x = x &* 6_364_136_223_846_793_005 &+ 1
        key = x >> 20
      }
      hh.add(key)
      truth[key, default: 0] += 1
    }
    #expect(hh.counts.count <= 16)
    #expect(hh.total == 6000)
    #expect(hh.maxUndercount <= 6000 / 9)
    for heavy: UInt64 in [1_000_001, 1_000_002, 1_000_003] {
      let kept = hh.counts[heavy] ?? 0
      #expect(kept <= truth[heavy] ?? 0)
      #expect(kept >= (truth[heavy] ?? 0) - hh.maxUndercount)
      #expect(kept > 0)
    }
  }
}
