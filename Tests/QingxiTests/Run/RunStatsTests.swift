import Testing

@testable import Qingxi

@Suite struct RunStatsTests {
  func stats(_ n: Int, rule: String, stage: String) -> RunStats {
    var s = RunStats()
    s.inputs = n
    s.documents = n * 2
    s.bytes = n * 100
    s.removedByKind["ad"] = n
    s.removedByRule[rule] = n
    s.entitiesByType["person"] = n
    s.rejected = [Rejection(input: "in\(n)", id: "d\(n)", stage: "read", reason: "r")]
    s.timings.add(stage, .milliseconds(n))
    return s
  }

  @Test func mergingAddsCountsAndKeepsRejectionsInOrder() {
    let a = stats(1, rule: "drop-footers", stage: "decode")
    let b = stats(2, rule: "drop-site-chrome", stage: "split-blocks")
    let sum = a + b
    #expect(sum.inputs == 3)
    #expect(sum.documents == 6)
    #expect(sum.bytes == 300)
    #expect(sum.removedByKind == ["ad": 3])
    #expect(sum.removedByRule == ["drop-footers": 1, "drop-site-chrome": 2])
    #expect(sum.entitiesByType == ["person": 3])
    #expect(sum.rejected.map(\.input) == ["in1", "in2"])
    #expect(sum.timings.order == ["decode", "split-blocks"])
  }

  @Test func mergingIsAssociativeWithAnEmptyIdentity() {
    let a = stats(1, rule: "x", stage: "decode")
    let b = stats(2, rule: "y", stage: "decode")
    let c = stats(3, rule: "x", stage: "split-blocks")
    #expect((a + b) + c == a + (b + c))
    #expect(RunStats() + a == a)
    var d = a
    d += b
    #expect(d == a + b)
    #expect(d.timings.totals["decode"] == .milliseconds(3))
  }
}
