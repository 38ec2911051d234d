import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractLawsTests {
  static func laws(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractLaws.make()]).entities.filter { $0.type == .law }
  }

  /// Checks spans and `title_zh` (nil for JSON null); `title` must equal the entity text.
  static func check(_ marked: String, _ zh: [String?]) throws {
    let m = MarkedText(marked)
    let found = try laws(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map { $0.value.law?.titleZh } == zh, "\(marked)")
    #expect(found.allSatisfy { $0.value.law?.title == $0.text })
  }

  @Test func valueShape() throws {
    let found = try Self.laws("《密码法》 界定的密码。")
    #expect(found.first?.value.json == .object(["title": .string("密码法"), "title_zh": .string("中华人民共和国密码法")]))
  }

  // Seed 003 sentences.
  @Test func bracketedTitles() throws {
    try Self.check("《⟦密码法⟧》 规定国家对密码实行分类管理。", ["中华人民共和国密码法"])
    try Self.check("审议通过 《⟦中华人民共和国密码法⟧》， 自 2020 年 1 月 1 日起正式施行。", ["中华人民共和国密码法"])
    try Self.check("同 《⟦国家安全法⟧》 《⟦反间谍法⟧》 《⟦网络安全法⟧》 等一道， 共同组成国家安全法律制度体系。",
                   ["中华人民共和国国家安全法", "中华人民共和国反间谍法", "中华人民共和国网络安全法"])
    // Not a PRC law by short name: the title is its own canonical form.
    try Self.check("随着《⟦稀土管理条例⟧》的实施。", ["稀土管理条例"])
    try Self.check("依照《⟦中华人民共和国刑法修正案（十一）⟧》。", ["中华人民共和国刑法修正案（十一）"])
  }

  @Test func bareNames() throws {
    try Self.check("根据⟦刑法⟧第一百一十一条的规定。", ["中华人民共和国刑法"])
    try Self.check("其行为违反了⟦反间谍法⟧规定。", ["中华人民共和国反间谍法"])
    try Self.check("依照⟦保密法⟧有关规定处理。", ["中华人民共和国保守国家秘密法"])
  }

  @Test(arguments: [
    "《观察者网》根据《华尔街日报》援引的知情消息。",
    "《人民日报》发表评论。",
    "中国商务部和科技部联合发布《中国禁止出口限制出口技术目录》。",
    "共同组成国家安全法律制度体系。",
    "密码管理部门依照本法和有关法律、行政法规对核心密码实行严格统一管理。",
    "他是一位刑法学家。",
    "abide by national security laws and regulations",
    "According to the law enforcement process, police officers informed Fu.",
  ])
  func notLaws(text: String) throws {
    #expect(try Self.laws(text).isEmpty, "\(text)")
  }

  @Test func english() throws {
    try Self.check(
      "According to the ⟦Criminal Law of the People's Republic of China⟧, the state security agencies took criminal coercive measures against Zhu Moumou.",
      ["中华人民共和国刑法"])
    try Self.check(
      "in accordance with the relevant provisions of the \"⟦Counter-Espionage Law of the People's Republic of China⟧\", gave Song a warning",
      ["中华人民共和国反间谍法"])
    try Self.check("The ⟦Cryptography Law⟧ took effect in 2020.", ["中华人民共和国密码法"])
    try Self.check("under the ⟦Anti-Secession Law⟧", ["反分裂国家法"])
    try Self.check("as provided by the ⟦Civil Code⟧", ["中华人民共和国民法典"])
    // A PRC law title outside the table: no canonical Chinese title.
    try Self.check("the ⟦Foreign State Immunity Law of the People's Republic of China⟧ applies", [nil])
  }

  @Test func seeds() throws {
    var all: [String: [String]] = [:]
    for id in ["000", "001", "002", "003", "004"] {
      let doc = try TestPipelines.extract(try PackageRoot.seed(id), with: [try ExtractLaws.make()])
      for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
      all[id] = doc.entities.filter { $0.type == .law }.map { "\($0.text)=\($0.value.law?.titleZh ?? "null")" }
    }
    #expect(all["000"] == [])
    #expect(all["001"] == [
      "Criminal Law of the People's Republic of China=中华人民共和国刑法",
      "Counter-Espionage Law of the People's Republic of China=中华人民共和国反间谍法",
      "Counter-Espionage Law of the People's Republic of China=中华人民共和国反间谍法",
    ])
    // 《通胀削减法案》 is a (US) act; 《中国禁止出口限制出口技术目录》 a catalogue; the papers are not laws.
    #expect(all["002"] == ["通胀削减法案=通胀削减法案", "稀土管理条例=稀土管理条例"])
    // 003: six 《密码法》 and one 《中华人民共和国密码法》; 《网络安全\n\n法》 is cut by a hard wrap in the uncleaned text.
    #expect(all["003"] == Array(repeating: "密码法=中华人民共和国密码法", count: 5) + [
      "中华人民共和国密码法=中华人民共和国密码法", "密码法=中华人民共和国密码法", "国家安全法=中华人民共和国国家安全法",
      "反间谍法=中华人民共和国反间谍法",
    ])
    #expect(all["004"] == [])
  }
}
