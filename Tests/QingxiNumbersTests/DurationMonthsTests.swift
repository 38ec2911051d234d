import Testing
@testable import QingxiNumbers

@Suite struct DurationMonthsTests {

  static let months: [(String, Int)] = [
    ("十一年六个月", 138), ("11年6个月", 138), ("一年零六个月", 18), ("两年", 24), ("六个月", 6), ("半年", 6),
    ("11 years and 6 months", 138), ("1 year and 6 months", 18), ("eleven years", 132), ("2 years", 24),
    ("18 months", 18), ("一年半", 18), ("十一年零六个月", 138), ("一年六月", 18), ("拾年", 120),
    ("有期徒刑", -1), ("三年", 36), ("一年多", 12), ("two and a half years", 30), ("a year", 12),
  ]

  @Test("DurationMonths.parse", arguments: months)
  func parseMonths(_ input: String, _ expected: Int) {
    let want: Int? = expected < 0 ? nil : expected
    #expect(DurationMonths.parse(input) == want, "\(input) → \(String(describing: DurationMonths.parse(input)))")
  }

  static let notMonths: [String] = [
    "六月", "2023年", "二〇二三年", "十五日", "3天", "一个半月", "97年5月", "七年十一月八日", "", "年",
  ]

  @Test("DurationMonths.parse: dates and other units are not month counts", arguments: notMonths)
  func rejectsMonths(_ input: String) {
    #expect(DurationMonths.parse(input) == nil, "\(input) → \(String(describing: DurationMonths.parse(input)))")
  }

  static let days: [(String, Int)] = [
    ("15日", 15), ("十五日", 15), ("15天", 15), ("15 days", 15), ("fifteen days", 15), ("两周", 14), ("一天", 1),
  ]

  @Test("DurationDays.parse", arguments: days)
  func parseDays(_ input: String, _ expected: Int) {
    #expect(DurationDays.parse(input) == expected, "\(input) → \(String(describing: DurationDays.parse(input)))")
  }

  @Test("DurationDays.parse rejects months") func rejectsDays() {
    #expect(DurationDays.parse("六个月") == nil)
    #expect(DurationDays.parse("十五") == nil)
  }

  static let deltas: [(String, TimeDelta)] = [
    ("四年六个月", TimeDelta(years: 4, months: 6)),
    ("27分钟7秒", TimeDelta(minutes: 27, seconds: 7)),
    ("36天5小时30分", TimeDelta(days: 36, hours: 5, minutes: 30)),
    ("4周", TimeDelta(weeks: 4)),
    ("五个季度", TimeDelta(months: 15)),
    ("1刻钟", TimeDelta(minutes: 15)),
    ("15个交易日", TimeDelta(workdays: 15)),
    ("两年半", TimeDelta(years: 2.5)),
    ("一个半小时", TimeDelta(hours: 1.5)),
    ("四个多星期", TimeDelta(weeks: 4, approximate: true)),
    ("一年又一个月21天", TimeDelta(years: 1, months: 1, days: 21)),
    ("an hour and a half", TimeDelta(hours: 1.5)),
    ("2 days 1 month", TimeDelta(months: 1, days: 2)),
    ("3.5years", TimeDelta(years: 3.5)),
  ]

  @Test("TimeDelta.parse", arguments: deltas)
  func parseDelta(_ input: String, _ expected: TimeDelta) {
    #expect(TimeDelta.parse(input) == expected, "\(input) → \(String(describing: TimeDelta.parse(input)))")
  }

  @Test("TimeDeltaRange.parse: statutory ranges") func ranges() {
    #expect(TimeDeltaRange.parse("三年以上十年以下") == TimeDeltaRange(lower: TimeDelta(years: 3), upper: TimeDelta(years: 10)))
    #expect(TimeDeltaRange.parse("六个月以下") == TimeDeltaRange(lower: nil, upper: TimeDelta(months: 6)))
    #expect(TimeDeltaRange.parse("三十年以上") == TimeDeltaRange(lower: TimeDelta(years: 30), upper: nil))
    #expect(TimeDeltaRange.parse("30~90日") == TimeDeltaRange(lower: TimeDelta(days: 30), upper: TimeDelta(days: 90)))
    #expect(TimeDeltaRange.parse("3~6个月") == TimeDeltaRange(lower: TimeDelta(months: 3), upper: TimeDelta(months: 6)))
  }

  @Test("scanners find terms inside sentences") func scanners() {
    let s = Array("判处有期徒刑十一年六个月，剥夺政治权利三年，行政拘留15日".unicodeScalars)
    let term = DurationMonths.match(in: s, from: 6)
    #expect(term?.months == 138)
    #expect(term?.end == 12)
    #expect(DurationMonths.match(in: s, from: 19)?.months == 36)
    #expect(DurationDays.match(in: s, from: 26)?.days == 15)
    #expect(DurationMonths.match(in: s, from: 0) == nil)
    #expect(DurationMonths.match(in: s, from: 500) == nil)
    #expect(TimeDeltaRange.match(in: Array("处三年以上十年以下有期徒刑".unicodeScalars), from: 1)?.end == 9)
  }
}
