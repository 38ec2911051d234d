import Testing

@testable import QingxiAnalysis

struct TextTableTests {
  @Test func columnsAlignCountingWideCharactersAsTwo() {
    var t = TextTable(["province", "cases"])
    t.add(["江西省", "2"])
    t.add(["(unknown)", "12"])
    let lines = t.render().split(separator: "\n").map(String.init)
    #expect(lines == ["province   cases", "江西省         2", "(unknown)     12"])
    #expect(Set(lines.map(DisplayWidth.of)).count == 1)
  }

  @Test func numbersReadTheSameEverywhere() {
    #expect(NumberFormat.grouped(1_400_000) == "1,400,000")
    #expect(NumberFormat.grouped(-1234) == "-1,234")
    #expect(NumberFormat.grouped(999) == "999")
    #expect(NumberFormat.decimal(96) == "96")
    #expect(NumberFormat.decimal(40.8) == "40.8")
    #expect(NumberFormat.decimal(1234.56, places: 2) == "1,234.56")
    #expect(NumberFormat.decimal(0.05, places: 1) == "0.1")
    #expect(NumberFormat.decimal(-2.25, places: 1) == "-2.3")
    #expect(NumberFormat.decimal(nil) == "–")
    #expect(NumberFormat.percent(0.1234) == "12.3%")
    #expect(NumberFormat.percent(0.01) == "1.0%")
    #expect(NumberFormat.percent(1) == "100.0%")
  }

  @Test func displayWidth() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("叶某某") == 6)
    #expect(DisplayWidth.of("ｂ") == 2)
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }
}
