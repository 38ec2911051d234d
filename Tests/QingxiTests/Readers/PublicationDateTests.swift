import Testing

@testable import Qingxi

@Suite struct PublicationDateTests {
  @Test(arguments: [
    ("2021-03-05T10:20:00+08:00", "2021-03-05T10:20:00+08:00"),
    ("2021-03-05 10:20:00", "2021-03-05T10:20:00"),
    ("2021/3/5", "2021-03-05"),
    ("20210305", "2021-03-05"),
    ("2021年3月5日 10:20", "2021-03-05T10:20"),
    ("2021年3月5日10时20分", "2021-03-05T10:20"),
    ("2021年03月05日 09點05分", "2021-03-05T09:05"),
    ("2021年3月5日", "2021-03-05"),
    ("March 5, 2021", "2021-03-05"),
    ("5 Mar 2021 10:20", "2021-03-05T10:20"),
    ("Fri, 05 Mar 2021 10:20:00 +0800", "2021-03-05T10:20:00+08:00"),
    ("Fri, 05 Mar 2021 02:20:00 GMT", "2021-03-05T02:20:00Z"),
    ("March 5th 2021", "2021-03-05"),
    ("1614911400", "2021-03-05T02:30:00Z"),
    ("1614911400000", "2021-03-05T02:30:00Z"),
  ])
  func readsCommonForms(input: String, iso: String) {
    #expect(PublicationDate.iso(input) == iso)
  }

  @Test func readsEpochNumbers() {
    #expect(PublicationDate.iso(.int(0)) == "1970-01-01T00:00:00Z")
    #expect(PublicationDate.iso(.int(951_782_400)) == "2000-02-29T00:00:00Z")
    #expect(PublicationDate.iso(.double(1_614_911_400.7)) == "2021-03-05T02:30:00Z")
    #expect(PublicationDate.iso(.int(-5)) == nil)
    #expect(PublicationDate.iso(.int(Int.max)) == nil)
    #expect(PublicationDate.iso(.double(.infinity)) == nil)
    #expect(PublicationDate.iso(.bool(true)) == nil)
  }

  @Test(arguments: ["上周五", "yesterday", "", "  ", "2021年13月5日", "32 March 2021", "Mar 5", "1999999999999999999999", "12:00", "abc 2021"])
  func refusesWhatIsNotADate(input: String) {
    #expect(PublicationDate.iso(input) == nil)
  }
}
