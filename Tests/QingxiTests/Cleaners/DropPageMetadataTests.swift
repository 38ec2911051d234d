import Testing

@testable import Qingxi

@Suite struct DropPageMetadataTests {
  static let para = "被告人张某因受贿罪被判处有期徒刑五年。"

  @Test(arguments: [
    ("来源:某某网 编辑:张三 时间:2021-03-15 10:20 阅读:", "2021-03-15T10:20"),
    ("來源:某某網 時間: 2023-04-02 19:42:41 175 人看過", "2023-04-02T19:42:41"),
    ("更新時間:14:38 2025-06-15 HKT", "2025-06-15T14:38"),
    ("2019/1/14 23:59(1/15 07:35 更新)", "2019-01-14T23:59"),
    ("2018/05/08, 9:37:47 晚上", "2018-05-08T21:37:47"),
    ("Updated: 2004-04-02 22:45", "2004-04-02T22:45"),
    ("发布时间:2020-01-02", "2020-01-02"),
    ("Updated : 19 November 2019, 09:01 AM", "2019-11-19T09:01"),
    ("First Published: Tuesday, November 19, 2019 08:38 PM", "2019-11-19T20:38"),
    ("Published on Nov. 3, 2021", "2021-11-03"),
    ("Last updated 3 March 2021", "2021-03-03"),
  ])
  func dropsStampLineAndKeepsTime(line: String, published: String) throws {
    let r = try clean(DropPageMetadata.make(), "\(line)\n\(Self.para)")
    #expect(r.text == Self.para, "\(line)")
    #expect(r.doc.published == published)
    #expect(r.removed.first?.reason?.hasPrefix("page stamp") == true)
  }

  /// An English date is read only after a time label, and only with its day.
  /// An English label before a word is prose (`Posted on social media`).
  @Test(arguments: [
    "May 5, 2020, the company said its profit had doubled.", "Updated maps of 12 May routes show the detour.",
    "Posted on social media by the analysts, the video shows the port.",
  ])
  func englishDateNeedsItsLabelAndADay(line: String) throws {
    let r = try clean(DropPageMetadata.make(), "\(line)\n\(Self.para)")
    #expect(r.doc.published == nil, "\(line)")
    #expect(r.text.hasPrefix(line), "\(line)")
  }

  @Test func recordsSourceAndEditor() throws {
    let r = try clean(DropPageMetadata.make(), "来源:某某网 编辑:张三 时间:2021-03-15 10:20\n\(Self.para)")
    #expect(r.doc.meta["source_name"] == .string("某某网"))
    #expect(r.doc.meta["editor"] == .string("张三"))
  }

  @Test func stampGluedBeforeTheFirstParagraph() throws {
    let r = try clean(DropPageMetadata.make(), " date 2026-02-03 \(Self.para)")
    #expect(r.text == Self.para)
    #expect(r.doc.published == "2026-02-03")
  }

  @Test func ePaperPageLabel() throws {
    let r = try clean(DropPageMetadata.make(), "第A08版:天下/国内\n\(Self.para)")
    #expect(r.text == Self.para)
  }

  @Test(arguments: [
    "2023年7月3日，我国商务部、海关总署发布公告。", "2023年7月3日 我国商务部发布公告称将加强管理。", "裁判日期: 2017-05-12",
    "来源于群众举报的线索，经查证属实。", "时间回到2013年底，大陆海军东海舰队营区门口出现一辆轿车。", "By 2020, the court had heard 300 cases.",
  ])
  func keepsContent(line: String) throws {
    let r = try clean(DropPageMetadata.make(), "\(line)\n\(Self.para)")
    #expect(r.text == "\(line)\n\(Self.para)", "\(line)")
  }
}
