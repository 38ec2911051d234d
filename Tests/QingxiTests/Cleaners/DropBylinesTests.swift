import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropBylinesTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try DropBylines.make(options).process(&doc)
    return doc
  }

  static let body = "稀土这种物质,就算不了解的人也知道其蕴含的意义。"

  // Credit lines: the line goes and the name is recorded under its key.
  @Test(arguments: [
    ("文|馒头", "author", "馒头"),
    ("编辑|江娱迟", "editor", "江娱迟"),
    ("编辑 陈艳婷", "editor", "陈艳婷"),
    ("责任编辑：李四", "editor", "李四"),
    ("记者 张三 李四", "author", "张三 李四"),
    ("本报记者 王五 报道", "author", "王五"),
    ("作者：王五（北京大学国际关系学院教授）", "author", "王五（北京大学国际关系学院教授）"),
    ("（记者 张三 通讯员 李四）", "author", "张三"),
    ("文丨馒头", "author", "馒头"),
  ])
  func dropsCreditLine(line: String, key: String, name: String) throws {
    let doc = try clean("\(line)\n\n\(Self.body)")
    #expect(doc.text == "\n\(Self.body)")
    #expect(doc.removed.map(\.kind) == ["byline"])
    #expect(doc.removed.first?.rule == "extract-bylines")
    #expect(doc.removed.first?.text == line + "\n")
    #expect(doc.meta[key] == .string(name))
  }

  @Test func seedCredits() throws {
    let doc = try clean("严查泄密:稀土禁令后,多名专家神秘离职\n\n稀土矿脉\n\n文|馒头\n\n编辑|江娱迟\n\n前言")
    #expect(doc.text == "严查泄密:稀土禁令后,多名专家神秘离职\n\n稀土矿脉\n\n\n\n前言")
    #expect(doc.meta["author"] == .string("馒头"))
    #expect(doc.meta["editor"] == .string("江娱迟"))
  }

  // Lines that start like a credit but are content: all stay, nothing is recorded.
  @Test(arguments: [
    "记者 手记",
    "记者从市公安局获悉，今年以来共破获案件12起。",
    "编辑部的故事",
    "文化自信是更基本、更深沉、更持久的力量。",
    "作者：本文所述观点，仅代表个人。",
    "编辑 推荐阅读更多精彩内容",
    "来源：新华社",
  ])
  func keepsContentLine(line: String) throws {
    let doc = try clean(line)
    #expect(doc.text == line)
    #expect(doc.removed.isEmpty)
    #expect(doc.meta.isEmpty)
  }

  @Test func tailGluedToParagraphGoesAlone() throws {
    let para = "如发现危害我产业链供应链安全的可疑情况，可通过 12339 国家安全机关举报受理电话、网络举报受理平台（www.12339.gov.cn）、国家安全部微信公众号举报受理渠道或直接向当地国家安全机关进行举报。"
    let doc = try clean("\(para)据央视新闻客户端\n\n接到这类电话请立即挂断")
    #expect(doc.text == "\(para)\n\n接到这类电话请立即挂断")
    #expect(doc.removed.map(\.text) == ["据央视新闻客户端"])
    #expect(doc.removed.first?.kind == "byline")
    #expect(doc.meta["source_name"] == .string("央视新闻"))
    #expect(doc.meta["source_names"] == nil)
  }

  @Test(arguments: [
    ("据央视新闻微信公众号", "央视新闻"),
    ("（均转自国家安全部微信公号）", "国家安全部"),
    ("据新华社报道", "新华社"),
    ("（据人民日报）", "人民日报"),
  ])
  func dropsTailLine(line: String, source: String) throws {
    let doc = try clean("接到此类电话，请立即挂断，不要回答任何问题。\n\n\(line)\n\n公益体彩助力“一带一路”")
    #expect(doc.text == "接到此类电话，请立即挂断，不要回答任何问题。\n\n\n公益体彩助力“一带一路”")
    #expect(doc.removed.map(\.text) == [line + "\n"])
    #expect(doc.meta["source_name"] == .string(source))
  }

  @Test(arguments: [("（据新华社）", "新华社"), ("（来源：人民网）", "人民网")])
  func gluedBracketedTail(tail: String, source: String) throws {
    let doc = try clean("涉事企业和有关责任人员受到了法律追究。\(tail)")
    #expect(doc.text == "涉事企业和有关责任人员受到了法律追究。")
    #expect(doc.removed.map(\.text) == [tail])
    #expect(doc.meta["source_name"] == .string(source))
  }

  // A whole-line `（来源：人民网）` is a source line, left to drop-disclaimers.
  @Test func sourceLineIsLeftToDropDisclaimers() throws {
    let doc = try clean("（来源：人民网）")
    #expect(doc.removed.isEmpty)
  }

  // 据 opening a sentence, 据 naming no outlet, and a bracket that is not a credit: all stay.
  @Test(arguments: [
    "新京报讯 据“国家安全部”微信公号消息,随着经济社会的快速发展,服务外包成为众多单位优化资源配置、提升运营效率的重要手段。",
    "据了解",
    "事件仍在调查中。据了解",
    "事件仍在调查中。据警方通报",
    "事件仍在调查中。据统计",
    "据新华社报道，国家安全部23日发布安全提示文章。",
    "这些人员被证实加入美国支持的越南稀土项目（据知情人士）",
    "网民在文库类网站出售涉密文件（来源于网络）",
  ])
  func keepsContentTail(line: String) throws {
    let doc = try clean(line)
    #expect(doc.text == line)
    #expect(doc.removed.isEmpty)
    #expect(doc.meta.isEmpty)
  }

  @Test func severalSourcesAreListed() throws {
    let doc = try clean("进行举报。据央视新闻客户端\n不要按对方指令进行任何操作。\n据央视新闻微信公众号\n为赛事经济树立了样板。\n据新华社")
    #expect(doc.meta["source_name"] == .string("央视新闻"))
    #expect(doc.meta["source_names"] == .array([.string("央视新闻"), .string("新华社")]))
    #expect(doc.text == "进行举报。\n不要按对方指令进行任何操作。\n为赛事经济树立了样板。\n")
  }

  // Each 据 tail leaves an article border for split-articles: its raw extent and its outlet. Credit lines,
  // bracketed credits and a 据 that opens a sentence leave none.
  @Test func sourceTailsAreMarked() throws {
    let text = "文|馒头\n进行举报。据央视新闻客户端\n据了解，正文。\n正文。（据人民网）\n据新华社\n"
    let doc = try clean(text)
    let raw = Array(text.unicodeScalars)
    let marked = doc.sourceTails.map { String(String.UnicodeScalarView(raw[$0.rawStart..<$0.rawEnd])) }
    #expect(marked == ["据央视新闻客户端", "据新华社\n"])
    #expect(doc.sourceTails.map(\.outlet) == ["央视新闻", "新华社"])
    // The removals keep the stage's former name as their rule, so records are unchanged by the rename.
    #expect(Set(doc.removed.map(\.rule)) == ["extract-bylines"])
  }

  @Test func inputMetaIsKept() throws {
    var doc = Document(
      id: "t", source: Source(path: "t", format: "jsonl", bytes: 0, sha256: ""), text: "文|馒头\n据新华社",
      meta: ["author": .string("张三"), "source_name": .string("人民网")])
    _ = try DropBylines.make().process(&doc)
    #expect(doc.meta["author"] == .string("张三"))
    #expect(doc.meta["source_name"] == .string("人民网"))
    #expect(doc.meta["source_names"] == .array([.string("人民网"), .string("新华社")]))
  }

  @Test func disabledKeepsEverything() throws {
    let doc = try clean("文|馒头\n据新华社", ["enabled": .bool(false)])
    #expect(doc.text == "文|馒头\n据新华社")
    #expect(doc.meta.isEmpty)
  }
}
