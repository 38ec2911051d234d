import Testing
@testable import QingxiNumbers

/// Numerals too large for their kind are "not a number of that kind": `nil`, never a trap and never an
/// infinite value (which the writer would print as `null`). In-range values are unchanged.
@Suite struct OutOfRangeTests {
  static func nines(_ n: Int) -> String { String(repeating: "9", count: n) }

  @Test(arguments: [20, 42, 400])
  func longArabicNumerals(n: Int) {
    let digits = Self.nines(n)
    let expected: Double? = n < 300 ? Double(digits) : nil
    #expect(ChineseNumber.parse(digits) == expected)
    #expect(ChineseNumber.match(in: Array((digits + "元").unicodeScalars), from: 0)?.value == expected)
    #expect(ChineseNumber.parse("1.5" + digits) == Double("1.5" + digits))  // the decimals round away
    #expect(MoneyAmount.parse("¥" + digits)?.amount == expected)
    #expect(MoneyAmount.parse("US$ " + digits + " million")?.amount == (n < 300 ? expected! * 1e6 : nil))
    #expect(MoneyAmount.parse(digits + "元")?.amount == expected)
  }

  @Test(arguments: [20, 42, 400])
  func longChineseNumerals(n: Int) {
    // 一万万万…: 10^(4n), finite up to 一 followed by 76 万.
    let wan = "一" + String(repeating: "万", count: n)
    let value = ChineseNumber.parse(wan)
    if n < 77 { #expect(value.map { $0.isFinite && $0 > 1e79 } == true) } else { #expect(value == nil) }
    if n < 77 { #expect(MoneyAmount.parse(wan + "元")?.amount == value) } else { #expect(MoneyAmount.parse(wan + "元") == nil) }
    // 九九九… read digit by digit: a number while a Double holds it, then none.
    let nines = ChineseNumber.parse(String(repeating: "九", count: n))
    if n >= 400 { #expect(nines == nil) } else { #expect(nines.map(\.isFinite) ?? true) }
  }

  @Test(arguments: [20, 42, 400])
  func durationsOutOfRange(n: Int) {
    let digits = Self.nines(n)
    #expect(DurationMonths.parse(digits + "年") == nil)
    #expect(DurationMonths.parse(digits + " years") == nil)
    #expect(DurationMonths.parse(digits + "个月") == nil)
    #expect(DurationDays.parse(digits + "日") == nil)
    if n >= 400 {
      #expect(TimeDelta.parse(digits + "年") == nil)
      #expect(TimeDeltaRange.parse("3年以上" + digits + "年以下") == nil)
    }
    // In range, unchanged.
    #expect(DurationMonths.parse("十一年六个月") == 138)
  }

  @Test(arguments: [20, 42, 400])
  func datesOutOfRange(n: Int) {
    let digits = Self.nines(n)
    #expect(CalendarDate(iso: "2019-" + digits) == CalendarDate(year: 2019, month: nil, day: nil))
    #expect(CalendarDate(iso: digits) == nil)
    #expect(CalendarDate(iso: "2019-01-" + digits) == CalendarDate(year: 2019, month: 1, day: nil))
  }
}
