import QingxiTestSupport
import Testing

@testable import Qingxi

/// Group records (issue 11): a range of prison terms over several people is one record with the range,
/// a count and the members named, never one person's fixed term.
@Suite struct LinkCasesGroupsTests {
  func cases(_ text: String) throws -> [CaseRecord] {
    try TestPipelines.run(try DefaultPipeline.build(), text).flatMap(\.cases)
  }

  func range(_ c: CaseRecord?) -> [Int?] { [c?.prisonTerm?.minMonths, c?.prisonTerm?.maxMonths] }

  @Test(arguments: [
    ("其余五人分别被判处有期徒刑一年至三年。", 5, [12, 36]),
    ("其余五人分別被判處有期徒刑一年至三年。", 5, [12, 36]),
    ("另有11名被告人被判处七个月至九个月不等的有期徒刑。", 11, [7, 9]),
    ("Five defendants were sentenced to between one and three years in prison.", 5, [12, 36]),
    ("Nine others received jail terms ranging from six months to ten years.", 9, [6, 120]),
  ] as [(String, Int, [Int?])])
  func countWrittenBeforeTheRange(text: String, count: Int, months: [Int?]) throws {
    let found = try cases(text)
    #expect(found.count == 1)
    let g = found.first
    #expect(g?.group == CaseGroup(count: count, members: []))
    #expect(g?.personID == "g1")
    #expect(g?.names == [])
    #expect(g?.prisonTerm?.kind == .range)
    #expect(g?.prisonTerm?.months == nil)
    #expect(range(g) == months)
  }

  // 张某等3人: 张某 is a member, the group is 3; 张某 gets no case of his own from the range.
  @Test(arguments: ["张某等3人因贩卖毒品罪被判处有期徒刑1年至3年不等。", "張某等3人因販賣毒品罪被判處有期徒刑1年至3年不等。"])
  func memberNamedWithACount(text: String) throws {
    let found = try cases(text)
    #expect(found.count == 1)
    let g = try #require(found.first)
    #expect(g.group?.count == 3)
    #expect(g.group?.members == ["p1"])
    #expect(g.names.count == 1)
    #expect(g.charges == ["贩卖毒品罪"])
    #expect(range(g) == [12, 36])
  }

  // Members listed without a count: as many as are named.
  @Test func membersListedInEnglish() throws {
    let found = try cases("Wang Moumou, Li Moumou and Zhao Moumou were jailed for between 8 and 15 years.")
    let g = try #require(found.first { $0.group != nil })
    #expect(g.group?.count == 3)
    #expect(g.group?.members.count == 3)
    #expect(g.names == ["Wang Moumou", "Li Moumou", "Zhao Moumou"])
    #expect(found.allSatisfy { $0.group != nil })
  }

  // A person sentenced on their own before the group keeps their case; the group takes the court.
  @Test func individualThenGroup() throws {
    let found = try cases("2024年5月，北京市第一中级人民法院以受贿罪判处张某有期徒刑十年，另有三名被告人被判处有期徒刑二年至五年不等。")
    #expect(found.count == 2)
    #expect(found.first?.names == ["张某"])
    #expect(found.first?.prisonTerm?.months == 120)
    let g = try #require(found.last)
    #expect(g.group?.count == 3)
    #expect(g.court?.nameZh == "北京市第一中级人民法院")
    #expect(g.date == "2024-05")
    #expect(range(g) == [24, 60])
  }

  // The JSON: optional keys only where they apply; the range is no fixed term.
  @Test func groupJSON() throws {
    let found = try cases("其余五人分别被判处有期徒刑一年至三年，张某被判处有期徒刑五年。")
    let json = found.map(\.json)
    let g = try #require(json.first { $0["group"] != nil })
    #expect(g["group"] == .object(["count": .int(5), "members": .array([])]))
    #expect(g["person_id"] == .string("g1"))
    #expect(g["prison_term"]?["kind"] == .string("range"))
    #expect(g["prison_term"]?["months"] == .null)
    let one = try #require(json.first { $0["group"] == nil })
    #expect(one["prison_term"]?["months"] == .int(60))
    #expect(one.objectValue?.keys.contains("group") == false)
    #expect(one.objectValue?.keys.contains("superseded_prison_terms") == false)
  }

  @Test(arguments: [
    ("张某等3人", 3), ("其余五人分别", 5), ("11名被告人", 11), ("five defendants were", 5), ("Three of them", 3),
    ("three former officials", 3), ("In 2019 the court", nil), ("一人", nil), ("人民法院", nil),
  ] as [(String, Int?)])
  func groupCount(text: String, count: Int?) {
    let s = Array(text.unicodeScalars)
    #expect(LinkCases.groupCount(s, from: 0, to: s.count) == count)
  }
}
