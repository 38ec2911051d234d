import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ExtractWarningsTests {
  func warnings(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractWarnings.make()])
    for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return doc.entities.filter { $0.type == .warning }
  }

  func expectKinds(_ marked: String, _ kinds: [String]) throws {
    let m = MarkedText(marked)
    let found = try warnings(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map(\.value.json) == kinds.map { .object(["kind": .string($0)]) }, "\(marked)")
  }

  // Each Chinese penalty word with its kind.
  @Test(arguments: [
    ("国家安全机关依法给予宋某⟦警告⟧处罚。", "warning"),
    ("给予其⟦党内严重警告⟧处分。", "serious_warning"),
    ("对其予以⟦严重警告⟧处分。", "serious_warning"),
    ("给予其⟦记过⟧处分。", "demerit"),
    ("李某受到⟦记大过⟧处分。", "serious_demerit"),
    ("给予⟦政务降级⟧处分。", "demotion"),
    ("王某被⟦撤职⟧。", "dismissal"),
    ("经研究，决定给予张某⟦开除党籍⟧处分。", "party_expulsion"),
    ("由监察机关给予其⟦开除公职⟧处分。", "public_dismissal"),
    ("对相关责任单位予以⟦通报批评⟧。", "criticism"),
    ("公安机关对其作出⟦行政警告⟧的决定。", "warning"),
    ("张某受到⟦警告⟧处分。", "warning"),
  ])
  func chineseKinds(marked: String, kind: String) throws {
    try expectKinds(marked, [kind])
  }

  @Test func expulsionFromPartyAndPublicOffice() throws {
    try expectKinds("给予刘某⟦开除党籍⟧和⟦公职⟧处分。", ["party_expulsion", "public_dismissal"])
    try expectKinds("给予其⟦警告⟧、罚款的行政处罚。", ["warning"])
  }

  // Seed 001 (Song) and other English penalty phrasing.
  @Test(arguments: [
    ("The agency gave Song a ⟦warning⟧ administrative penalty decision and issued an administrative penalty decision.", "warning"),
    ("He was given an ⟦administrative warning⟧.", "warning"),
    ("She received a ⟦serious intra-party warning⟧.", "serious_warning"),
    ("The police issued him a ⟦warning⟧ as an administrative penalty.", "warning"),
    ("He was given a ⟦major demerit⟧.", "serious_demerit"),
    ("The official was recorded a ⟦demerit⟧.", "demerit"),
    ("He was ⟦expelled from the Communist Party of China⟧.", "party_expulsion"),
    ("He was ⟦dismissed from public office⟧.", "public_dismissal"),
  ])
  func englishKinds(marked: String, kind: String) throws {
    try expectKinds(marked, [kind])
  }

  @Test func englishPartyAndOffice() throws {
    try expectKinds("Zhang was ⟦expelled from the Party⟧ and ⟦public office⟧.", ["party_expulsion", "public_dismissal"])
  }

  // Public warnings, early warnings, everyday words and statute text are not penalties.
  @Test(arguments: [
    "近日，微信安全中心发出警告，提醒用户警惕诈骗电话。",
    "专家提醒警告，不要轻信陌生来电。",
    "处置违规账号无电话预警。",
    "微信账号若存在违规行为，不会通过电话提前预警或通知。",
    "美方警告称将采取进一步措施。",
    "该国多次受到美方警告。",
    "The Party warning came after the scandal.",
    "消费降级成为热门话题。",
    "他登记过处分记录以外的信息。",
    "情节较重的，给予撤职处分。",
    "对有关责任人员给予警告或者记过处分。",
    "可以给予警告。",
    "国家安全机关依法对杜某进行批评教育。",
    "The website sent a warning to its users about fraud.",
    "Experts issued a warning that penalties may rise.",
    "Police gave him a warning before the fine was imposed.",
  ])
  func notPenalties(text: String) throws {
    #expect(try warnings(text).isEmpty, "\(text)")
  }

  // Seeds: Song's warning in 001; 000's 预警 and 提醒, 003's 批评教育 and 004's 警惕 yield nothing.
  @Test func seeds() throws {
    for id in ["000", "002", "003", "004"] { #expect(try warnings(try PackageRoot.seed(id)).isEmpty, "seed \(id)") }
    let found = try warnings(try PackageRoot.seed("001"))
    #expect(found.map(\.text) == ["warning"])
    #expect(found.first?.value.json == .object(["kind": .string("warning")]))
  }
}
