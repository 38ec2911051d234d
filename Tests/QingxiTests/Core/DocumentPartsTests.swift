import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DocumentPartsTests {
  /// A part keeps the page's folded view, sliced: the same as folding the part's own text, computed once.
  @Test func aPartKeepsItsSliceOfTheFoldedView() throws {
    let p = try TestPipelines.pipeline("stages: [decode, split-blocks]")
    let page = try #require(try TestPipelines.run(p, "第一篇報導\n法院判處張某有期徒刑三年。\n第二篇\n被告人犯詐騙罪。").first)
    #expect(page.blocks.count == 4)
    let start = page.blocks[2].start
    let end = page.blocks[3].end
    let part = page.part(blocks: 2..<4, index: 2, count: 2, rawExtent: 0..<page.raw.unicodeScalars.count)
    #expect(part.scalars == Array(page.scalars[start..<end]))
    #expect(part.frozenMatchScalars != nil)
    #expect(part.matchScalars == HanFold.folded(part.scalars))
    #expect(String(scalars: part.matchScalars[...]).contains("被告人犯诈骗罪"))
    #expect(String(scalars: part.scalars[...]).contains("被告人犯詐騙罪"))
  }
}
