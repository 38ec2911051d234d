import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct SplitSentencesTests {
  func sentences(_ text: String) throws -> Document {
    let p = try TestPipelines.pipeline("stages: [decode, split-blocks, split-sentences]")
    return try #require(try TestPipelines.run(p, text).first)
  }

  @Test func chineseSentencesWithinBlocks() throws {
    let doc = try sentences("国家安全部发布提示。境外间谍活动日益隐蔽！\n\n第二段没有句号")
    #expect(doc.sentences.map { doc.text(in: $0.range) } == ["国家安全部发布提示。", "境外间谍活动日益隐蔽！", "第二段没有句号"])
    #expect(doc.sentences.allSatisfy { $0.lang == .zh })
    #expect(doc.lang == .zh)
  }

  @Test func openingBracketsStartTheNextSentence() throws {
    let doc = try sentences("自2020年1月1日起正式施行。《密码法》旨在规范密码应用。“稀土”是战略资源。")
    #expect(doc.sentences.map { doc.text(in: $0.range) } == ["自2020年1月1日起正式施行。", "《密码法》旨在规范密码应用。", "“稀土”是战略资源。"])
  }

  @Test func englishSentencesAndTrailingSpace() throws {
    let doc = try sentences("Cheng was sentenced in 2023. He appealed.  ")
    #expect(doc.sentences.map { doc.text(in: $0.range) } == ["Cheng was sentenced in 2023.", "He appealed."])
    #expect(doc.lang == .en)
  }

  @Test func mixedDocument() throws {
    let doc = try sentences("身为稀土行业涉密人员的成某仍将信息提供给叶某某。\n\nCheng met Ye Moumou, an employee of a company, at a bidding meeting in Shanghai.")
    #expect(doc.sentences.map(\.lang) == [.zh, .en])
    #expect(doc.lang == .mixed)
  }
}
