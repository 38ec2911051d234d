import QingxiTestSupport
import Testing

@testable import Qingxi
import QingxiNumbers

@Suite struct ExtractDatesTests {
  static func dates(_ text: String, published: String? = nil) throws -> [Entity] {
    try TestPipelines.extract(text, published: published, with: [try ExtractDates.make()]).entities.filter { $0.type == .date }
  }

  /// Checks the marked spans and their values (each "value" string, and whether it is relative).
  static func check(_ marked: String, published: String? = nil, _ values: [(String, Bool)]) throws {
    let m = MarkedText(marked)
    let found = try dates(m.text, published: published)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map { $0.value.date?.value ?? "" } == values.map(\.0), "\(marked)")
    #expect(found.map { $0.value.date?.relative } == values.map(\.1), "\(marked)")
  }

  @Test func valueShape() throws {
    let found = try Self.dates("2023年11月，成某因受贿罪被判有期徒刑11年6个月。")
    #expect(found.first?.value.json.objectValue?.keys == ["value", "relative"])
  }

  // Absolute Chinese dates, as precise as written; spaces between digits and units may remain.
  @Test func chineseAbsolute() throws {
    try Self.check("⟦2023年11月⟧，成某因受贿罪和为境外非法提供国家秘密罪被判有期徒刑11年6个月，叶某某获刑11年。", [("2023-11", false)])
    try Self.check("⟦2019 年 10 月 26 日⟧， 第十三届全国人大常委会第十四次会议审议通过 《中华人民共和国密码法》。", [("2019-10-26", false)])
    try Self.check("⟦2023年⟧底,中国商务部和科技部联合发布《中国禁止出口限制出口技术目录》。", [("2023", false)])
    try Self.check("盛和资源董事长颜世强亦于⟦2024年7月⟧离职。", [("2024-07", false)])
    try Self.check("⟦二〇二三年十一月⟧，南昌中院作出判决。", [("2023-11", false)])
    try Self.check("⟦十一月⟧份以来，⟦三月二十六日⟧宣判。", [("--11", true), ("--03-26", true)])
    try Self.check("自⟦2020年1月1日⟧起施行，⟦4月15号⟧开幕。", published: "2024-04-15", [("2020-01-01", false), ("2024-04-15", true)])
  }

  @Test func numericDates() throws {
    try Self.check("更新时间:⟦2025-06-28⟧", [("2025-06-28", false)])
    try Self.check("⟦2025-03-31 04:31:28⟧", [("2025-03-31T04:31:28", false)])
    try Self.check("发布于⟦2024/4/15⟧。", [("2024-04-15", false)])
  }

  @Test func englishAbsolute() throws {
    try Self.check(
      "In ⟦November 2023⟧, the Intermediate People's Court of Nanchang City, Jiangxi Province sentenced Ye Moumou to 11 years in prison.",
      [("2023-11", false)])
    try Self.check("In ⟦January 2024⟧, the court sentenced Zhu Moumou.", [("2024-01", false)])
    try Self.check("The law took effect on ⟦April 15, 2024⟧ and on ⟦15 April 2024⟧.", [("2024-04-15", false), ("2024-04-15", false)])
    try Self.check("It was signed on ⟦Nov. 5, 2023⟧ in Beijing.", [("2023-11-05", false)])
    try Self.check("The rule has applied since ⟦2019⟧ and by the end of ⟦2023⟧ it was revised.", [("2019", false), ("2023", false)])
  }

  // Dates without a year take the publication year; relative words the publication date.
  @Test func relativeResolvedAgainstPublished() throws {
    let p = "2024-04-15T10:00:00"
    try Self.check("⟦April 15 this year⟧", published: p, [("2024-04-15", true)])
    try Self.check("在⟦今年的4月⟧,中国进一步对钐、钆、铽等7类中重稀土相关物项实施出口管制。", published: p, [("2024-04", true)])
    try Self.check("⟦4月22日⟧，微信安全中心微信公众号发布一则提醒。", published: p, [("2024-04-22", true)])
    try Self.check("国家安全部 ⟦23 日⟧发布安全提示文章。", published: p, [("2024-04-23", true)])
    try Self.check("⟦去年⟧同期，⟦上月⟧底和⟦昨天⟧都有报道。", published: p, [("2023", true), ("2024-03", true), ("2024-04-14", true)])
    try Self.check("The ministry said ⟦yesterday⟧ that cases rose ⟦last year⟧.", published: p, [("2024-04-14", true), ("2023", true)])
    try Self.check("⟦今日⟧，国家安全部发布提示。", published: "2024-04-15", [("2024-04-15", true)])
    // Day arithmetic crosses months and leap days.
    try Self.check("⟦昨天⟧，警方通报了案情。", published: "2024-03-01", [("2024-02-29", true)])
    try Self.check("⟦上个月⟧的数据显示增长。", published: "2024-01-10", [("2023-12", true)])
  }

  // Without a publication date: month-days become `--MM-DD`; what cannot be resolved is dropped.
  @Test func relativeWithoutPublished() throws {
    try Self.check("⟦April 15 this year⟧", [("--04-15", true)])
    try Self.check("⟦4月22日⟧，微信安全中心微信公众号发布一则提醒。", [("--04-22", true)])
    try Self.check("在⟦今年的4月⟧,中国进一步实施出口管制。", [("--04", true)])
    // a bare day keeps what is known: the day of an unknown month
    try Self.check("国家安全部 ⟦23 日⟧发布安全提示文章。去年同期，昨天，today。", [("--XX-23", true)])
  }

  // 当年/同年 take the year of the date before them.
  @Test func contextYear() throws {
    try Self.check("⟦2023 年 7 月 3 日⟧， 我国商务部、海关总署发布公告， 将镓列为出口管制物项， 并于⟦当年 8 月 1 日⟧正式实施。",
                   [("2023-07-03", false), ("2023-08-01", true)])
    try Self.check("当年他还是一名学生。", [])
  }

  // Both ends of a range; the second end takes what it leaves out from the first.
  // The two ends of an interval are one date, `A/B`.
  @Test func ranges() throws {
    try Self.check("⟦2022年至2023年⟧，国家安全机关破获多起案件。", [("2022/2023", false)])
    try Self.check("⟦2022至2023年⟧，国家安全机关破获多起案件。", [("2022/2023", false)])
    try Self.check("⟦2022年3月至5月⟧开展专项行动。", [("2022-03/2022-05", false)])
    try Self.check("⟦4月15日至17日⟧举行。", [("--04-15/--04-17", true)])
    try Self.check(
      "the national security agencies took the initiative to crack down on a series of spy theft cases from ⟦2022 to 2023⟧, investigate and review nearly 100 people",
      [("2022/2023", false)])
  }

  // Numbers that are counts, amounts, codes, ordinals or lengths of time are not dates.
  @Test(arguments: [
    "吸引了来自 30 余个国家的近 100 位驻华使节以及国内外约 2600 名骑行爱好者参与。",
    "More than 2,600 cyclists took part.",
    "可通过 12339 国家安全机关举报受理电话进行举报。",
    "将其掌握的我国稀土收储品类、数量、价格等 7 项机密级国家秘密非法提供给境外。",
    "详见 http://www.example.com/2023-11-05/a.html 的说明。",
    "依据刑法第二十六条的规定。",
    "Ye Moumou was sentenced to 11 years in prison.",
    "增长了百分之二十。",
    "涉案金额2023万元。",
    "In all, 2023 people attended the meeting.",
    "对其处以行政拘留15日。",
    "应在15日内提交材料。",
    "被判有期徒刑11年6个月。",
    "判处有期徒刑3年6月。",
    "成某在7年间收受51万美元贿赂。",
    "上世纪1990年代的旧案。",
    "聪明年轻人都在看今日头条。",
    "Over the last year, cases rose.",
    "每个账号一月一次。",
    "2月30日和2023年2月29日都不存在。",
    "It was not February 29, 2023.",
    "Good Friday is a holiday.",
    "© CopyRight 2020- All Rights Reserved. Powered By 61893.com",
    "联系电话：13812345678。",
  ])
  func notDates(text: String) throws {
    #expect(try Self.dates(text, published: "2024-04-15").isEmpty, "\(text)")
  }

  @Test func calendarArithmetic() {
    #expect(CalendarDate(iso: "2024-04-15T10:00:00") == CalendarDate(year: 2024, month: 4, day: 15))
    #expect(CalendarDate(iso: "2024-04") == CalendarDate(year: 2024, month: 4, day: nil))
    #expect(CalendarDate(iso: nil) == nil)
    #expect(CalendarDate(iso: "unknown") == nil)
    #expect(CalendarDate(year: 2024, month: 1, day: 1).adding(days: -1) == CalendarDate(year: 2023, month: 12, day: 31))
    #expect(CalendarDate(year: 2023, month: 3, day: 1).adding(days: -1) == CalendarDate(year: 2023, month: 2, day: 28))
    #expect(CalendarDate(year: 2024, month: 12, day: nil).adding(months: 1) == CalendarDate(year: 2025, month: 1, day: nil))
    #expect(CalendarDate(year: nil, month: 4, day: 15).iso == "--04-15")
  }

  @Test func seeds() throws {
    var all: [String: [String]] = [:]
    for id in ["000", "001", "002", "003", "004"] {
      let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractDates.make()])
      for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
      all[id] = doc.entities.filter { $0.type == .date }.map { "\($0.text)=\($0.value.date?.value ?? "")" }
    }
    // 000: 国家安全部 23 日 is a day of an unknown month without a publication date; 2026“一带一路” and 2600 名
    // are not dates.
    #expect(all["000"] == ["23 日=--XX-23", "4月22日=--04-22", "4月19日=--04-19"])
    #expect(all["001"] == ["April 15 this year=--04-15", "November 2023=2023-11", "2022 to 2023=2022/2023", "January 2024=2024-01"])
    #expect(all["002"] == [
      "2023年=2023", "今年的4月=--04", "2025年4月=2025-04", "2024年7月=2024-07", "2017年=2017", "2023年11月=2023-11",
      "2024年=2024", "2025-06-28=2025-06-28",
    ])
    // 003 is hard-wrapped: "2023 年 7 / 月 3 日" lies across two blocks, so only its year is a date here.
    #expect(all["003"] == ["2023 年=2023", "当年 8 月 1 日=2023-08-01", "2024 年=2024", "2019 年 10 月 26 日=2019-10-26", "2020 年=2020"])
    #expect(all["004"] == ["2025-03-31 04:31:28=2025-03-31T04:31:28"])
    // With the publication date the relative ones resolve.
    let doc = try TestPipelines.extract(try PackageRoot.seed("000"), published: "2025-04-23", with: [try ExtractDates.make()])
    #expect(doc.entities.map { $0.value.date?.value ?? "" } == ["2025-04-23", "2025-04-22", "2025-04-19"])
  }
}
