import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractContactsTests {
  static func contacts(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractContacts.make()]).entities.filter { $0.type == .contact }
  }

  /// Checks spans and (kind, value) pairs.
  static func check(_ marked: String, _ values: [(String, String)]) throws {
    let m = MarkedText(marked)
    let found = try contacts(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map { $0.value.contact?.kind.rawValue ?? "" } == values.map(\.0), "\(marked)")
    #expect(found.map { $0.value.contact?.value ?? "" } == values.map(\.1), "\(marked)")
  }

  @Test func valueShape() throws {
    let found = try Self.contacts("举报电话 12339")
    #expect(found.first?.value.json == .object(["kind": .string("phone"), "value": .string("12339")]))
  }

  // Seeds 000 and 003: the state security hotline and reporting site.
  @Test func hotlineAndSite() throws {
    try Self.check(
      "可通过 ⟦12339⟧ 国家安全机关举报受理电话、网络举报受理平台（⟦www.12339.gov.cn⟧）、国家安全部微信公众号举报受理渠道进行举报。",
      [("phone", "12339"), ("url", "www.12339.gov.cn")])
    try Self.check("广大人民群众如发现有关可疑线索， 可拨打 ⟦12339⟧ 国家安全机关举", [("phone", "12339")])
    try Self.check(
      "they should immediately call the ⟦12339⟧ National Security Agency Report Acceptance Telephone Number.",
      [("phone", "12339")])
  }

  @Test func phoneNumbers() throws {
    try Self.check("客服电话：⟦400-123-4567⟧。", [("phone", "4001234567")])
    try Self.check("咨询电话⟦010-12345678⟧，手机⟦13812345678⟧或⟦139 1234 5678⟧。",
                   [("phone", "01012345678"), ("phone", "13812345678"), ("phone", "13912345678")])
    try Self.check("电话⟦（0791）86123456⟧", [("phone", "079186123456")])
    try Self.check("遇到诈骗请拨打⟦110⟧报警，或拨打⟦96110⟧咨询。", [("phone", "110"), ("phone", "96110")])
    try Self.check("请拨打⟦95588⟧。", [("phone", "95588")])
  }

  @Test func urlsAndEmails() throws {
    // (A query string is not tested here: split-sentences currently breaks a sentence after the `?`.)
    try Self.check("详见⟦https://WWW.Example.com/a/B.html#top⟧。", [("url", "https://www.example.com/a/B.html#top")])
    try Self.check("See ⟦http://www.mss.gov.cn/⟧, or write to ⟦Press@MSS.gov.cn⟧.",
                   [("url", "http://www.mss.gov.cn/"), ("email", "Press@mss.gov.cn")])
  }

  // Numbers that are counts, amounts, years, dates, registrations or service numbers without context.
  @Test(arguments: [
    "吸引了国内外约 2600 名骑行爱好者参与。",
    "More than 2,600 cyclists took part.",
    "共有12339人参加。",
    "涉案金额12339万元。",
    "2023年11月宣判。",
    "将 7 项机密级国家秘密非法提供给境外。",
    "微信官方 400 客服热线仅为全国统一服务热线。",
    "如有版权问题,请与我联系,QQ:4156828",
    "闽ICP备11008920号 闽公网安备35020302035593号",
    "© CopyRight 2020- All Rights Reserved. Powered By 61893.com",
    "12345 is a number.",
    "现场有110名民警。",
    "更新时间:2025-06-28",
    "在 156 公里环巢湖赛道上驰骋竞速。",
  ])
  func notContacts(text: String) throws {
    #expect(try Self.contacts(text).isEmpty, "\(text)")
  }

  @Test func seeds() throws {
    var all: [String: [String]] = [:]
    for id in ["000", "001", "002", "003", "004"] {
      let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractContacts.make()])
      for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
      all[id] = doc.entities.filter { $0.type == .contact }.map { "\($0.value.contact?.kind.rawValue ?? ""):\($0.value.contact?.value ?? "")" }
    }
    #expect(all == [
      "000": ["phone:12339", "url:www.12339.gov.cn"],
      "001": ["phone:12339"],
      "002": [],
      "003": ["phone:12339", "phone:12339", "url:www.12339.gov.cn"],
      "004": [],
    ])
  }
}
