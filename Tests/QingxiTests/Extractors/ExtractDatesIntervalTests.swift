import QingxiTestSupport
import Testing

@testable import Qingxi

/// Intervals as one date, half years, weekdays and deictic forms against the publication date (issue 11).
@Suite struct ExtractDatesIntervalTests {
  func dates(_ text: String, published: String? = nil) throws -> [(String, String)] {
    try TestPipelines.extract(text, published: published, with: [try ExtractDates.make()]).entities.filter { $0.type == .date }
      .map { ($0.text, $0.value.json["value"]?.stringValue ?? "") }
  }

  @Test(arguments: [
    ("2013年2月至2014年5月间，他多次收受财物。", "2013年2月至2014年5月", "2013-02/2014-05"),
    ("1996年至2014年，他利用职务便利。", "1996年至2014年", "1996/2014"),
    ("2002至2017年间，他受贿1.7亿元。", "2002至2017年", "2002/2017"),
    ("2020年3月至6月28日，他们非法捕捞。", "2020年3月至6月28日", "2020-03/2020-06-28"),
    ("2022年11月3日至同年12月3日期间。", "2022年11月3日至同年12月3日", "2022-11-03/2022-12-03"),
    ("He took bribes between 1997 and 2001.", "1997 and 2001", "1997/2001"),
    ("From July to September 2017, the gang made drugs.", "July to September 2017", "2017-07/2017-09"),
  ])
  func intervals(text: String, span: String, value: String) throws {
    let found = try dates(text)
    #expect(found.map(\.1) == [value], "\(found)")
    #expect(found.first.map { $0.0.hasSuffix(span) || span.hasSuffix($0.0) } == true, "\(found)")
  }

  // A list of dates is not an interval.
  @Test func listsStayApart() throws {
    #expect(try dates("2019年3月和5月，他两次出境。").map(\.1).count == 2)
  }

  @Test func halfYears() throws {
    #expect(try dates("2013年下半年，他开始走私。").map(\.1) == ["2013-H2"])
    #expect(try dates("2003年下半年至2022年11月，他收受财物。").map(\.1) == ["2003-H2/2022-11"])
  }

  @Test func deictic() throws {
    #expect(try dates("The court ruled on Thursday.", published: "2019-05-17").map(\.1) == ["2019-05-16"])
    #expect(try dates("He was detained last March.", published: "2018-01-12").map(\.1) == ["2017-03"])
    #expect(try dates("法院昨（3）日宣判。", published: "2026-02-04").map(\.1) == ["2026-02-03"])
    #expect(try dates("次日凌晨，他被抓获。2018年5月13日晚，他出境。次日凌晨被抓获。").map(\.1).last == "2018-05-14")
    // without a publication date a bare day keeps what is known
    #expect(try dates("法院14日宣判。").map(\.1) == ["--XX-14"])
  }

  // The page's own stamp dates a page that has no `published`.
  @Test func stampAsPublication() throws {
    #expect(try dates("2019/1/14 23:59\n\n法院今天宣判。").map(\.1) == ["2019-01-14T23:59", "2019-01-14"])
  }
}
