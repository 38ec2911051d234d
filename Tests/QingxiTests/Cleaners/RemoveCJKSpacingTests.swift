import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct RemoveCJKSpacingTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try RemoveCJKSpacing.make(options).process(&doc)
    return doc
  }

  // Spaces a PDF text layer (003) and number spacing (000) put into Chinese text.
  @Test(arguments: [
    ("储备需要， 2023 年 7 月 3 日， 我国商务部、", "储备需要，2023年7月3日，我国商务部、", 7),
    ("食”。 为保证镓的战略", "食”。为保证镓的战略", 1),
    ("片、 光纤、 新能源电池", "片、光纤、新能源电池", 2),
    ("《密码法》 规定国家对密码实", "《密码法》规定国家对密码实", 1),
    ("汤某及其公司开展调查 ， 发现", "汤某及其公司开展调查，发现", 2),
    ("应及时拨打12339 国家安全机关举报受理电话", "应及时拨打12339国家安全机关举报受理电话", 1),
    ("同 《国家安全法》 《反间谍法》 《网络安全法》 等一道", "同《国家安全法》《反间谍法》《网络安全法》等一道", 4),
    ("（www.12339.gov.cn）、 国家安全部微", "（www.12339.gov.cn）、国家安全部微", 1),
    ("在 156 公里环巢湖赛道上驰骋竞速", "在156公里环巢湖赛道上驰骋竞速", 2),
    ("董事董贤庭等3人也因“工作原因” 离职", "董事董贤庭等3人也因“工作原因”离职", 1),
    ("第 十 三 届 全 国 人 大", "第十三届全国人大", 7),
    ("计划。   据悉", "计划。据悉", 1),
  ])
  func removesArtifacts(raw: String, cleaned: String, runs: Int) throws {
    let doc = try clean(raw)
    #expect(doc.text == cleaned)
    #expect(doc.removed.count == runs)
    #expect(doc.removed.allSatisfy { $0.kind == "spacing" && $0.rule == "remove-cjk-spacing" })
    #expect(doc.removed.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0 == " " } })
  }

  // English, Latin beside CJK (a style choice), Han words a page separates on purpose, line-edge spaces.
  @Test(arguments: [
    "Under the command of foreign employees, Ye Moumou used the provision",
    "confiscation of personal property of RMB 500,000 for the crime",
    "Cheng was sentenced to 11 years and 6 months in prison",
    "意大利扬声器企业B&C Speakers甚至提交了名单。",
    "© CopyRight 2020- All Rights Reserved. Powered By 61893.com 闽ICP备11008920号",
    "新款 iPhone 手机和 Mate 系列",
    "稀土公司副总向境外泄露7项国家秘密 国家安全部披露详情",
    "伪装身份 套号来电",
    "标签:财经   稀土   禁令   此前",
    "新京报(bao)讯 据“国家安全部”微信公号消息",
    "2025-03-31 04:31:28",
    "1 2 3 4 5",
    " 稀有金属镓因在芯\n\n片、 \n 光纤",
  ])
  func keepsMeaningfulSpaces(raw: String) throws {
    let doc = try clean(raw)
    #expect(doc.text == raw)
    #expect(doc.removed.isEmpty)
  }

  @Test func removalOffsetsAreRaw() throws {
    let doc = try clean("月 3 日， 我国")
    #expect(doc.removed.map(\.rawStart) == [1, 3, 6])
    #expect(doc.removed.map(\.rawEnd) == [2, 4, 7])
  }

  @Test func disabledDoesNothing() throws {
    let raw = "2023 年 7 月"
    #expect(try clean(raw, ["enabled": .bool(false)]).text == raw)
  }

  // MARK: - With join-hard-wraps, on the whole PDF page (003)

  static let pdfHeadings: Set<String> = ["依法使用密码", "（均转自国家安全部微信公号）", "境内外勾连意图偷运出境", "国家安全机关依法处置", "国家安全机关提示"]

  static func paragraphs(ofSeed name: String) throws -> [String] {
    let raw = try String(contentsOfFile: PackageRoot.path("Corpus/raw/" + name), encoding: .utf8)
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: raw)
    _ = try JoinHardWraps.make().process(&doc)
    _ = try RemoveCJKSpacing.make().process(&doc)
    return doc.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  @Test func pdfPageBecomesOneLinePerParagraph() throws {
    let paragraphs = try Self.paragraphs(ofSeed: "003_946b372c1752c65a.txt")
    #expect(paragraphs.count == 22)
    #expect(
      paragraphs.first
        == "稀有金属镓因在芯片、光纤、新能源电池等行业中的重要作用被称为“半导体工业新粮食”。为保证镓的战略储备需要，2023年7月3日，我国商务部、海关总署发布公告，将镓列为出口管制物项，并于当年8月1日正式实施。近期，国家安全机关会同有关部门处置了一起境内外人员为谋私利，相互勾结，企图将镓偷运出境的案件。"
    )
    #expect(
      paragraphs.dropFirst().first
        == "密码是保障网络与信息安全的核心技术和基础支撑，是国家重要战略资源。密码工作是党和国家的一项特殊重要工作，直接关系国家政治安全、经济安全、国防安全和信息安全，在我国革命、建设、改革各个历史时期，都发挥了不可替代的重要作用。"
    )
    #expect(paragraphs.contains("《密码法》规定，任何组织或者个人不得窃取他人加密保护的信息或者非法侵入他人的密码保障系统。任何组织或者个人不得利用密码从事危害国家安全、社会公共利益、他人合法权益等违法犯罪活动。在有线、无线通信中传递的国家秘密信息，以及存储、处理国家秘密信息的信息系统，应当依照法律、行政法规和国家有关规定使用核心密码、普通密码进行加密保护、安全认证。"))
    #expect(paragraphs.contains("2019年10月26日，第十三届全国人大常委会第十四次会议审议通过《中华人民共和国密码法》，自2020年1月1日起正式施行。《密码法》旨在规范密码应用和管理，促进密码事业发展，保障网络与信息安全，提升密码管理科学化、规范化、法治化水平，是我国密码领域的综合性、基础性法律，同《国家安全法》《反间谍法》《网络安全法》等一道，共同组成国家安全法律制度体系，构筑起维护国家安全的法治防线。"))
    // Every paragraph ends a sentence, except the headings and the note.
    for p in paragraphs where !Self.pdfHeadings.contains(p) {
      #expect(p.hasSuffix("。") || p.hasSuffix("？"), "ends mid-sentence: \(p)")
    }
    #expect(Self.pdfHeadings.isSubset(of: Set(paragraphs)), "a heading was glued to its paragraph")
    #expect(!paragraphs.contains { $0.contains(" ") }, "a space is left")
  }
}
