import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractOrgsTests {
  static func orgs(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractOrgs.make()]).entities.filter { $0.type == .org }
  }

  static func check(_ marked: String, _ zh: [String]) throws {
    let m = MarkedText(marked)
    let found = try orgs(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map { $0.value.org?.nameZh ?? "" } == zh, "\(marked)")
    #expect(found.allSatisfy { $0.value.org?.name == $0.text })
  }

  @Test func valueShape() throws {
    let found = try Self.orgs("国家安全部 23 日发布安全提示文章。")
    #expect(found.first?.value.json == .object(["name": .string("国家安全部"), "name_zh": .string("国家安全部")]))
  }

  @Test func chinese() throws {
    try Self.check("⟦国家安全部⟧ 23 日发布安全提示文章。", ["国家安全部"])
    try Self.check("2023年底,⟦中国商务部⟧和⟦科技部⟧联合发布《中国禁止出口限制出口技术目录》。", ["商务部", "科学技术部"])
    try Self.check("2023 年 7 月 3 日， 我国⟦商务部⟧、 ⟦海关总署⟧发布公告。", ["商务部", "海关总署"])
    try Self.check("第十三届⟦全国人大常委会⟧第十四次会议审议通过。", ["全国人民代表大会常务委员会"])
    try Self.check("⟦中华人民共和国国家安全部⟧依法处置。", ["国家安全部"])
    try Self.check("可通过 12339 ⟦国家安全机关⟧举报受理电话或直接向当地⟦国家安全机关⟧进行举报。", ["国家安全机关", "国家安全机关"])
    try Self.check("⟦最高人民检察院⟧、⟦工信部⟧和⟦国家保密局⟧联合发文。", ["最高人民检察院", "工业和信息化部", "国家保密局"])
  }

  @Test(arguments: [
    "国家安全部门和公安部门加强协作。",
    "外交部长王毅会见来宾。",
    "国家安全机关会同有关部门处置了一起案件。",  // only 国家安全机关, checked below
    "是受国内某金属材料公司人员汤某所托。",
    "最高人民法院发布典型案例。",
    "国家密码管理部门负责管理全国的密码工作。",
    "公安部署了专项行动。",
  ])
  func onlyTableBodies(text: String) throws {
    let found = try Self.orgs(text).map(\.text)
    #expect(found == (text.hasPrefix("国家安全机关") ? ["国家安全机关"] : []), "\(text)")
  }

  @Test func english() throws {
    try Self.check("The ⟦Ministry of National Security⟧ announced today", ["国家安全部"])
    try Self.check("⟦National security agencies⟧ crack down on overseas enterprises", ["国家安全机关"])
    try Self.check("After identification by the ⟦State Secrets Department⟧, the content involves 7 confidential state secrets.", ["国家保密局"])
    try Self.check("According to the law, the ⟦state security agencies⟧ took measures.", ["国家安全机关"])
    try Self.check("The ⟦Ministry of Commerce⟧ and the ⟦General Administration of Customs⟧ issued a notice.", ["商务部", "海关总署"])
  }

  @Test(arguments: [
    "Documents leaked from the U.S. National Security Agency were published.",
    "It is the ninth National Security Education Day.",
    "It is also the tenth anniversary of the overall national security concept.",
    "The Supreme People's Court issued the interpretation.",
    "the ministry of commerce",  // ministries must be capitalised
  ])
  func notEnglishOrgs(text: String) throws {
    #expect(try Self.orgs(text).isEmpty, "\(text)")
  }

  @Test func seeds() throws {
    var all: [String: [String]] = [:]
    for id in ["000", "001", "002", "003", "004"] {
      let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractOrgs.make()])
      for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
      all[id] = doc.entities.filter { $0.type == .org }.map { $0.value.org?.nameZh ?? "" }
    }
    #expect(all["000"] == ["国家安全部", "国家安全部", "国家安全机关", "国家安全部", "国家安全机关", "公安机关"])
    let seed001 = all["001"] ?? []
    #expect(seed001.count == 22)
    #expect(seed001.filter { $0 == "国家安全部" }.count == 1)
    #expect(seed001.filter { $0 == "国家保密局" }.count == 1)
    #expect(seed001.filter { $0 == "国家安全机关" }.count == 20)
    #expect(all["002"] == ["商务部", "科学技术部", "商务部"])
    #expect(all["003"]?.first == "商务部")
    #expect(all["003"]?.contains("全国人民代表大会常务委员会") == true)
    #expect(all["003"]?.filter { $0 == "国家安全机关" }.count == 13)
    #expect(all["004"] == ["国家安全部", "国家安全部", "国家安全部", "国家安全机关"])
  }
}
