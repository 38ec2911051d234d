import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ClassifyBlocksTests {
  func kinds(_ text: String) throws -> (Document, [Block.Kind]) {
    let p = try TestPipelines.pipeline("stages: [decode, split-blocks, classify-blocks]")
    let doc = try #require(try TestPipelines.run(p, text).first)
    return (doc, doc.blocks.map(\.kind))
  }

  @Test func headingsAndTitle() throws {
    let (doc, k) = try kinds("严查泄密:稀土禁令后,多名专家神秘离职,此前已有多起泄密事件\n前言\n稀土这种物质,就算不了解的人也知道其蕴含的意义。\n什么是密码？\n正如某欧洲高管坦言:“只要能买到稀土,中国让我们干啥都行”")
    #expect(k == [.heading, .heading, .paragraph, .heading, .paragraph])
    #expect(doc.title == "严查泄密:稀土禁令后,多名专家神秘离职,此前已有多起泄密事件")
  }

  @Test func englishHeadings() throws {
    let (_, k) = try kinds("National security agencies cut off theft\n\nFood security is an important part of national security. It matters.\n\nThe U.S. side said so")
    #expect(k == [.heading, .paragraph, .heading])
  }

  @Test func noTitleWhenTheTextOpensWithAParagraph() throws {
    let (doc, _) = try kinds("国家安全部 23 日发布安全提示文章。资源的开发无不深嵌于网络中。")
    #expect(doc.title == nil)
  }
}
