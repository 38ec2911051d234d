import QingxiTestSupport
import Testing

@testable import Qingxi

/// A month-day continuing a chronology the text dates, and years split by a wrap (issue 11).
@Suite struct ExtractDatesChronologyTests {
  func values(_ text: String, published: String? = nil) throws -> [String] {
    try ExtractDatesTests.dates(text, published: published).compactMap { $0.value.date?.value }
  }

  // The page is from 2025; the story it tells is dated 2023: its month-days are 2023's.
  @Test func chronologyKeepsTheStatedYear() throws {
    let text = "2023年2月17日，李某招募王某等人驾驶船舶出发。2月18日，该船到达南丫岛附近。3月10日，该船装运冻品。3月11日凌晨，该船被截停。"
    #expect(try values(text, published: "2025-06-15") == ["2023-02-17", "2023-02-18", "2023-03-10", "2023-03-11"])
    let trad = "2023年2月17日，李某招募王某等人駕駛船舶出發。2月18日，該船到達南丫島附近。"
    #expect(try values(trad, published: "2025-06-15") == ["2023-02-17", "2023-02-18"])
    let en = "On February 17, 2023, the ship left Guangdong. On February 18, it reached Hong Kong."
    #expect(try values(en, published: "2025-06-15") == ["2023-02-17", "2023-02-18"])
  }

  // Across the new year; and far from the stated date, the publication year still holds.
  @Test func chronologyBounds() throws {
    #expect(try values("2022年12月30日，张某被抓获。1月3日，张某被刑事拘留。", published: "2024-05-01") == ["2022-12-30", "2023-01-03"])
    #expect(try values("自2020年1月1日起施行，4月15号开幕。", published: "2024-04-15") == ["2020-01-01", "2024-04-15"])
    // without a publication date a month-day stays year-less, as before
    #expect(try values("2023年2月17日出发。2月18日到达。") == ["2023-02-17", "--02-18"])
    // the publication's own year: nothing to change
    #expect(try values("2025年2月17日出发。2月18日到达。", published: "2025-06-15") == ["2025-02-17", "2025-02-18"])
  }

  @Test(arguments: [
    ("20 10年6月28日，美国司法部宣布逮捕10人。", ["2010-06-28"]),
    ("19 98 年，他开始经商。", ["1998"]),
    ("2020 10年后", [] as [String]),
  ] as [(String, [String])])
  func splitYear(text: String, expected: [String]) throws {
    #expect(try values(text) == expected)
  }
}
