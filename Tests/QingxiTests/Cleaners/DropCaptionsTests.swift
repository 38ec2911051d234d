import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropCaptionsTests {
  static func seed(_ name: String) throws -> String {
    try String(contentsOfFile: PackageRoot.path("Corpus/raw/\(name)"), encoding: .utf8)
  }

  @Test func imageRichPageLosesCaptionsKeepsHeadings() throws {
    let r = try clean(DropCaptions.make(), try Self.seed("002_d14935740b160875.txt"))
    let removed = r.removed.map { $0.text.trimmingCharacters(in: .newlines) }
    for caption in ["稀土矿脉", "稀土矿", "廖春生", "颜世强辞职", "稀土储存", "技术保护", "新闻报道"] {
      #expect(removed.contains(caption), "\(caption)")
    }
    #expect(removed.filter { $0 == "稀土生产" }.count == 2)
    let lines = Set(r.text.split(separator: "\n").map(String.init))
    for heading in ["前言", "离职的背后", "稀土安全刻不容缓", "防止机密外泄", "结语"] {
      #expect(lines.contains(heading), "\(heading)")
    }
    #expect(r.removed.allSatisfy { $0.kind == "caption" })
    // Paragraph sentences all survive.
    #expect(r.text.contains("中国稀土集团资源科技股份有限公司副总经理廖春生于2025年4月辞职"))
  }

  @Test(arguments: ["000_c16769ef8f58bb32.txt", "001_e7ea93caaee3ae50.txt", "003_946b372c1752c65a.txt", "004_778aeec8d4053a14.txt"])
  func pagesWithoutImagesKeepEveryLine(seed: String) throws {
    let r = try clean(DropCaptions.make(), try Self.seed(seed))
    #expect(r.removed.isEmpty)
  }

  @Test func aRunEndsInAHeading() throws {
    // Eight caption-like lines make the page image-rich; in the pair the second opens a section.
    var raw = "标题在这里\n"
    for k in 0..<8 { raw += "稀土材料第\(k)段正文，讲述稀土开采的故事。\n稀土开采\n" }
    raw += "稀土储存\n储存的意义\n储存关系到稀土战略，必须重视。\n"
    let r = try clean(DropCaptions.make(), raw)
    #expect(r.text.contains("储存的意义\n"))
    #expect(!r.text.contains("稀土储存"))
  }
}
