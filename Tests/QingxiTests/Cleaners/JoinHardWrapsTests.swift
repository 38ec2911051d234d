import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct JoinHardWrapsTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try JoinHardWraps.make(options).process(&doc)
    return doc
  }

  static func seed(_ name: String) throws -> String {
    try String(contentsOfFile: PackageRoot.path("Corpus/raw/" + name), encoding: .utf8)
  }

  /// The lines each removal glued together, as `end of line|start of next` (six characters each side).
  static func joins(_ doc: Document) -> [String] {
    let raw = Array(doc.raw.unicodeScalars)
    return doc.removed.map { r in
      let before = raw.string(max(0, r.rawStart - 6)..<r.rawStart)
      let after = raw.string(r.rawEnd..<min(raw.count, r.rawEnd + 6))
      return before + "|" + after
    }
  }

  // Cuts from the scraped page 000 (mid-sentence breaks across blank lines) and a PDF text box (003).
  @Test(arguments: [
    (
      "这种行为并非简单的商业侵权，而是有组织、产业化\n\n\n\n的数据窃取，企图掏空平台核心商业资源。",
      "这种行为并非简单的商业侵权，而是有组织、产业化的数据窃取，企图掏空平台核心商业资源。"
    ),
    (
      "境外长期高度关注相关收储情况。成某为谋私利违反规定，将其掌握的我国稀土收\n\n储品类、数量、价格等 7 项机密级国家秘密非法提供给境外。",
      "境外长期高度关注相关收储情况。成某为谋私利违反规定，将其掌握的我国稀土收储品类、数量、价格等 7 项机密级国家秘密非法提供给境外。"
    ),
    (
      "严格硬件管理。严控芯片、服务器等关键硬件准入，实施供应商安全审查与溯源管理；全面排查\n\n禁用存在安全风险的设备，建立供应商准入与动态管理机制。",
      "严格硬件管理。严控芯片、服务器等关键硬件准入，实施供应商安全审查与溯源管理；全面排查禁用存在安全风险的设备，建立供应商准入与动态管理机制。"
    ),
    (
      "随后谎称其名下关联微信账号存在严重违规，威胁将限制或封禁其账号，利用\n\n\n\n用户对社交账号的依赖制造恐慌情绪。",
      "随后谎称其名下关联微信账号存在严重违规，威胁将限制或封禁其账号，利用用户对社交账号的依赖制造恐慌情绪。"
    ),
    (
      "在 156 公里环巢湖赛道上驰骋竞速。赛道串联“环湖十二镇”风\n\n光，从长临河古镇到中庙寺，选手在骑行中领略巢湖旖旎美景。",
      "在 156 公里环巢湖赛道上驰骋竞速。赛道串联“环湖十二镇”风光，从长临河古镇到中庙寺，选手在骑行中领略巢湖旖旎美景。"
    ),
    (
      " 稀有金属镓因在芯\n\n片、 光纤、 新能源电池\n\n等行业中的重要作用被\n\n称为“半导体工业新粮\n\n食”。 为保证镓的战略",
      " 稀有金属镓因在芯片、 光纤、 新能源电池等行业中的重要作用被称为“半导体工业新粮食”。 为保证镓的战略"
    ),
  ])
  func joinsCutSentences(raw: String, joined: String) throws {
    let doc = try clean(raw)
    #expect(doc.text == joined)
    #expect(!doc.removed.isEmpty)
    #expect(doc.removed.allSatisfy { $0.kind == "hardwrap" && $0.rule == "join-hard-wraps" })
    #expect(doc.removed.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == " " } })
  }

  // Headings, captions, sentence ends, new text boxes, bullets: the break stays.
  @Test(arguments: [
    // A source line glued to a paragraph, then a heading (000).
    "如发现危害我产业链供应链安全的可疑情况，可通过 12339 国家安全机关举报受理电话举报。据央视新闻客户端\n\n接到这类电话请立即挂断\n\n4月22日，微信安全中心微信公众号发布一则提醒。",
    // A title, then the body (000).
    "稀土公司副总向境外泄露7项国家秘密 国家安全部披露详情\n\n国家安全部 23 日发布安全提示文章。",
    // A heading ending in a closing quote (000).
    "面对严峻复杂的产业链供应链安全形势，应构建科学高效的防护体系。\n\n产业链供应链的“防护对策”\n\n严格硬件管理。",
    // One sentence per line, a caption between (002).
    "而中国作为全球稀土供应链的核心国家,不仅拥有丰富的稀土储量。\n\n稀土矿\n\n然而近年来在实施稀土技术出口管制的同时,国内稀土行业接连发生技术泄密事件。",
    // A paragraph whose author left out the full stop, then a new paragraph (002).
    "商务部明确要求,企业需证明出口稀土“不用于军事目的”,并提供生产线图片、物流路径等细节\n\n德国磁体制造商Magnosphere为获取出口许可,被迫披露产品参数。",
    // A title with a keyword list, then its date (004).
    "国家安全部:外包保洁员段某投靠境外情报机关 泄露3项国家机密,服务企业,保密,单位\n2025-03-31 04:31:28",
    // A sentence ending at the margin of a PDF box, then a heading (003).
    "国出口管制物项相关法律规定。\n\n国家安全机关依法处置\n\n国家安全机关随即对国内人员",
    // A note closing one PDF box, and a heading opening the next with a space (003).
    "地国家安全机关进行举报。\n\n（均转自国家安全部微信公号）\n 境内外勾连意图偷运出境\n\n国家安全机关接到举报， 境外",
    // Dashes and list markers start new items.
    "外包泄密需要警惕，部分服务外包人员因工作需要可能长期在单位办公\n\n——疏于管理酿大案。",
    "为此要求各单位做到以下几点，并在本月底前完成自查工作和整改\n\n1. 建立台账。\n\n2. 定期检查。",
    // A list of equally long addresses is not a hard-wrapped column of prose.
    "北京市朝阳区建国路八十八号\n上海市浦东新区世纪大道一百号\n广州市天河区体育西路一百号\n深圳市南山区科技园南区一栋\n杭州市西湖区文三路九十九号",
    // English lines are left alone.
    "The Ministry of National Security announced today\n\nseveral typical cases.",
  ])
  func keepsRealBreaks(raw: String) throws {
    let doc = try clean(raw)
    #expect(doc.text == raw)
    #expect(doc.removed.isEmpty)
  }

  @Test func semicolonAtTheMarginOfAPDFBoxIsAWrap() throws {
    let box = [
      "《密码法》 规定国家对密码实", "行分类管理， 按照保护信息的种", "类， 可以将密码分为核心密码、 普", "通密码和商用密码。 其中， 核心密",
      "码、 普通密码属于国家秘密， 密码", "管理部门依照本法和有关法律、 行", "政法规、 国家有关规定对核心密",
      "码、 普通密码实行严格统一管理；", "商用密码用于保护不属于国家秘密", "的信息。",
    ].joined(separator: "\n\n")
    let doc = try clean(box)
    #expect(doc.text == "《密码法》 规定国家对密码实行分类管理， 按照保护信息的种类， 可以将密码分为核心密码、 普通密码和商用密码。 其中， 核心密码、 普通密码属于国家秘密， 密码管理部门依照本法和有关法律、 行政法规、 国家有关规定对核心密码、 普通密码实行严格统一管理；商用密码用于保护不属于国家秘密的信息。")
  }

  @Test func removalIsTheWhitespaceBetweenTheLines() throws {
    let doc = try clean("而是有组织、产业化  \n\n\n\n的数据窃取。")
    #expect(doc.removed.count == 1)
    let r = try #require(doc.removed.first)
    #expect(r.text == "  \n\n\n\n")
    #expect(r.rawStart == 9 && r.rawEnd == 15)
  }

  @Test func disabledDoesNothing() throws {
    let raw = "而是有组织、产业化\n\n的数据窃取。"
    #expect(try clean(raw, ["enabled": .bool(false)]).text == raw)
  }

  @Test func lineShareIsCheckedAndMoves() throws {
    #expect(throws: OptionError.self) { try JoinHardWraps.make(["min_line_share": .double(1.5)]) }
    // A PDF box of 003 with a heading (10 of 15 characters) between two paragraphs.
    let raw = [
      "法对杜某进行批评教育， 并告知我", "国出口管制物项相关法律规定。", "国家安全机关依法处置", "国家安全机关随即对国内人员",
      "汤某及其公司开展调查 ， 发现", "2024 年初， 国内某金属材料公司", "人员汤某受境外人员范某指使， 在", "国内采购金属镓并运送出境。 汤某",
    ].joined(separator: "\n\n")
    let doc = try clean(raw)
    #expect(doc.removed.count == 5)
    #expect(doc.text.contains("法律规定。\n\n国家安全机关依法处置\n\n国家安全机关随即对国内人员汤某"))
    // With a low share the heading is taken for a line that runs to the margin.
    #expect(try clean(raw, ["min_line_share": .double(0.6)]).text.contains("国家安全机关依法处置国家安全机关随即"))
  }

  // MARK: - Whole seeds

  @Test func scrapedPageJoinsExactlyTheFiveCuts() throws {
    let doc = try clean(try Self.seed("000_c16769ef8f58bb32.txt"))
    #expect(doc.removed.map(\.text) == ["\n\n\n\n", "\n\n", "\n\n", "\n\n\n\n", "\n\n"])
    let pairs = Self.joins(doc)
    #expect(pairs.count == 5)
    #expect(pairs[0].hasSuffix("产业化|的数据窃取，"))
    #expect(pairs[1].hasSuffix("我国稀土收|储品类、数量"))
    #expect(pairs[2].hasSuffix("理；全面排查|禁用存在安全"))
    #expect(pairs[3].hasSuffix("其账号，利用|用户对社交账"))
    #expect(pairs[4].hasSuffix("二镇”风|光，从长临河"))
  }

  @Test(arguments: ["001_e7ea93caaee3ae50.txt", "002_d14935740b160875.txt", "004_778aeec8d4053a14.txt"])
  func pagesOfWholeParagraphsAreLeftAlone(seed: String) throws {
    let doc = try clean(try Self.seed(seed))
    #expect(doc.removed.isEmpty, "\(Self.joins(doc))")
  }
}
