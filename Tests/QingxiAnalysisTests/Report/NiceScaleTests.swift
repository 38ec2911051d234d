import Testing

@testable import QingxiAnalysis

struct NiceScaleTests {
  @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
    #expect(NiceScale.step(span: 138, maxTicks: 8) == 20)
    #expect(NiceScale.step(span: 3, maxTicks: 8) == 0.5)
    #expect(NiceScale.step(span: 1_400_000, maxTicks: 5) == 500_000)
    #expect(NiceScale.ticks(upTo: 3, maxTicks: 8) == [0, 1, 2, 3])
    #expect(NiceScale.ticks(upTo: 41, maxTicks: 5) == [0, 10, 20, 30, 40, 50])
    #expect(NiceScale.ticks(upTo: 0, maxTicks: 5) == [0, 1])
  }

  @Test func amountsReadWithUnits() {
    #expect(NiceScale.amountLabel(1000) == "1k")
    #expect(NiceScale.amountLabel(200_000) == "200k")
    #expect(NiceScale.amountLabel(5e6) == "5M")
    #expect(NiceScale.amountLabel(1e12) == "1T")
    #expect(NiceScale.amountLabel(0.5) == "0.5")
  }
}
