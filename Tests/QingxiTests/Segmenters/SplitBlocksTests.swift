import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct SplitBlocksTests {
  func layout(_ s: String, mode: String = "line") throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try SplitBlocks.make(["mode": .string(mode)]).process(&doc)
    return doc
  }

  @Test func everyLineIsABlockSeparatedByOneBlankLine() throws {
    let doc = try layout("  标题\n\n\n正文。 \n第二段\t\n")
    #expect(doc.text == "标题\n\n正文。\n\n第二段")
    #expect(doc.blocks.map(\.range) == [0..<2, 4..<7, 9..<12])
    #expect(doc.isTextFrozen)
    #expect(doc.removed.isEmpty, "layout white space is not a removal")
  }

  @Test func paragraphModeJoinsAdjacentLines() throws {
    let doc = try layout("第一行\n第二行\n\n新段", mode: "paragraph")
    #expect(doc.text == "第一行\n第二行\n\n新段")
    #expect(doc.blocks.map(\.range) == [0..<7, 9..<11])
  }

  @Test func blockTextMatchesOffsets() throws {
    let doc = try layout("𠀀甲\n\n乙丙")
    #expect(doc.blocks.map { doc.text(in: $0.range) } == ["𠀀甲", "乙丙"])
  }

  @Test func allBlankIsDropped() throws {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: " \n \n")
    let v = try SplitBlocks.make().process(&doc)
    guard case .drop(let reason) = v else {
      Issue.record("expected a drop")
      return
    }
    #expect(reason == "no text left after cleaning")
  }
}
