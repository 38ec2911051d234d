import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct SplitArticlesTests {
  /// A page with two articles, the first ending in a source tail that `drop-bylines` removed.
  func page() throws -> Document {
    var doc = Document(id: "p", source: Source(path: "p", format: "txt", bytes: 0, sha256: ""),
      text: "第一篇标题\n第一篇正文。据央视新闻客户端\n第二篇标题\n4月22日，第二篇正文。")
    _ = try DropBylines.make().process(&doc)
    _ = try SplitBlocks.make().process(&doc)
    _ = try ClassifyBlocks.make().process(&doc)
    return doc
  }

  @Test func splitsAtSourceTailBeforeAHeadline() throws {
    var doc = try page()
    guard case .split(let parts) = try SplitArticles.make().process(&doc) else {
      Issue.record("expected a split")
      return
    }
    #expect(parts.map(\.id) == ["p#1", "p#2"])
    #expect(parts.map(\.text) == ["第一篇标题\n\n第一篇正文。", "第二篇标题\n\n4月22日，第二篇正文。"])
    #expect(parts.map(\.title) == ["第一篇标题", "第二篇标题"])
    #expect(parts.map { $0.article?.count } == [2, 2])
    // The tail removal stays with the article it ended, raw offsets unchanged.
    #expect(parts[0].removed.map(\.text) == ["据央视新闻客户端"])
    #expect(parts[1].removed.isEmpty)
    #expect(parts[1].blocks.first?.start == 0)
  }

  @Test("each article names the outlet of its own tail; one without a tail names none")
  func eachPartNamesItsOwnSource() throws {
    var doc = Document(id: "p", source: Source(path: "p", format: "txt", bytes: 0, sha256: ""),
      text: "第一篇标题\n第一篇正文。据新华社\n第二篇标题\n第二篇正文。据央视新闻客户端\n第三篇标题\n第三篇正文。")
    _ = try DropBylines.make().process(&doc)
    #expect(doc.sourceTails.map(\.outlet) == ["新华社", "央视新闻"])
    _ = try SplitBlocks.make().process(&doc)
    _ = try ClassifyBlocks.make().process(&doc)
    guard case .split(let parts) = try SplitArticles.make().process(&doc) else {
      Issue.record("expected a split")
      return
    }
    #expect(parts.map(\.title) == ["第一篇标题", "第二篇标题", "第三篇标题"])
    #expect(parts.map { $0.meta["source_name"] } == [.string("新华社"), .string("央视新闻"), nil])
    #expect(parts.map(\.sourceTails.count) == [1, 1, 0])
  }

  @Test func noTailNoSplit() throws {
    var doc = Document(id: "p", source: Source(path: "p", format: "txt", bytes: 0, sha256: ""), text: "标题\n正文。\n小标题\n正文二。")
    _ = try SplitBlocks.make().process(&doc)
    _ = try ClassifyBlocks.make().process(&doc)
    guard case .keep = try SplitArticles.make().process(&doc) else {
      Issue.record("expected keep")
      return
    }
  }
}
