import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropDisclaimersTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try DropDisclaimers.make(options).process(&doc)
    return doc
  }

  static let lead = "中国要求稀土企业上报专家信息等一系列举措,是在复杂国际形势下保护自身稀土产业安全的必要手段。"

  @Test(arguments: [
    "[免责声明]文章描述过程、图片都来源于网络,此文章旨在倡导社会正能量,无低俗等不良引导。如涉及版权或者人物侵权问题,请及时联系我们,我们将第一时间删除内容!如有事件存疑部分,联系后即刻删除或作出更改",
    "【免责声明】本文仅代表作者个人观点，与本站无关。",
    "免责声明：以上内容不构成投资建议。",
    "声明：本文来源于网络，如有侵权请联系删除。",
    "特别声明：本文为网易自媒体平台用户上传并发布，仅代表该用户观点。",
    "图片来源于网络，如有侵权请联系删除",
  ])
  func dropsDisclaimer(line: String) throws {
    let doc = try clean("\(Self.lead)\n\n\(line)\n\n展开阅读全文")
    #expect(doc.text == "\(Self.lead)\n\n\n展开阅读全文")
    #expect(doc.removed.map(\.kind) == ["disclaimer"])
    #expect(doc.removed.first?.rule == "drop-disclaimers")
    #expect(doc.removed.first?.text == line + "\n")
    #expect(doc.meta["source_name"] == nil)
  }

  @Test func labelAloneGoesWithItsText() throws {
    let doc = try clean("\(Self.lead)\n免责声明\n\n本文图片来源于网络，如有侵权请联系删除。\n结语")
    #expect(doc.text == "\(Self.lead)\n\n结语")
    #expect(doc.removed.map(\.kind) == ["disclaimer", "disclaimer"])
  }

  // News sentences that mention disclaimers or statements, a quoted disclaimer, one disclaimer phrase in
  // an ordinary sentence, and data-source captions: all stay.
  @Test(arguments: [
    "该公司在免责声明中称，不对投资者的任何损失承担责任。",
    "声明称，公司将依法维护自身合法权益。",
    "特别声明：会议将于明日上午九时在北京举行。",
    "以上数据仅供参考，以官方公布为准。",
    "专家提醒，网上标注“如有侵权请联系删除”“来源于网络”的做法并不能免责。",
    "数据来源：国家统计局",
    "来源于网络的信息不可尽信，须仔细甄别。",
  ])
  func keepsArticleLine(line: String) throws {
    let doc = try clean(line)
    #expect(doc.text == line)
    #expect(doc.removed.isEmpty)
  }

  @Test(arguments: [
    ("信息来源:观察者网", "观察者网"),
    ("来源：新华社", "新华社"),
    ("文章来源｜人民网 2025-06-28", "人民网"),
    ("来源：央视新闻客户端", "央视新闻"),
    ("（来源：人民网）", "人民网"),
  ])
  func dropsSourceLineKeepingSource(line: String, source: String) throws {
    let doc = try clean("\(Self.lead)\n\(line)\n展开阅读全文")
    #expect(doc.text == "\(Self.lead)\n展开阅读全文")
    #expect(doc.removed.map(\.kind) == ["byline"])
    #expect(doc.removed.first?.text == line + "\n")
    #expect(doc.meta["source_name"] == .string(source))
  }

  @Test func sourceLineWithCredits() throws {
    let doc = try clean("来源：新华社 作者：张三 编辑：李四")
    #expect(doc.text == "")
    #expect(doc.meta["source_name"] == .string("新华社"))
    #expect(doc.meta["author"] == .string("张三"))
    #expect(doc.meta["editor"] == .string("李四"))
  }

  @Test func sourceFromTheInternetIsNotRecorded() throws {
    let doc = try clean("来源：网络")
    #expect(doc.text == "")
    #expect(doc.meta["source_name"] == nil)
  }

  @Test func seedTail() throws {
    let raw = """
      \(Self.lead)

      [免责声明]文章描述过程、图片都来源于网络,此文章旨在倡导社会正能量,无低俗等不良引导。

      信息来源:观察者网

      展开阅读全文
      """
    let doc = try clean(raw)
    #expect(doc.removed.map(\.kind) == ["disclaimer", "byline"])
    #expect(doc.removed.map(\.text) == ["[免责声明]文章描述过程、图片都来源于网络,此文章旨在倡导社会正能量,无低俗等不良引导。\n", "信息来源:观察者网\n"])
    #expect(doc.meta["source_name"] == .string("观察者网"))
    #expect(doc.text == "\(Self.lead)\n\n\n\n展开阅读全文")
  }

  @Test func disabledKeepsEverything() throws {
    let doc = try clean("信息来源:观察者网", ["enabled": .bool(false)])
    #expect(doc.text == "信息来源:观察者网")
    #expect(doc.meta["source_name"] == nil)
  }
}
