import QingxiTestSupport
import Testing

@testable import Qingxi
import QingxiNumbers

@Suite struct ExtractMoneyTests {
  func money(_ text: String) throws -> [Entity] {
    let doc = try TestPipelines.extract(text, with: [try ExtractMoney.make()])
    for e in doc.entities { #expect(e.text == doc.text(in: e.start..<e.end)) }
    return doc.entities.filter { $0.type == .money }
  }

  static func value(_ amount: Double?, _ currency: String = "CNY", role: String, approximate: Bool = false,
                    min: Double? = nil, max: Double? = nil) -> JSONValue {
    .object([
      "amount": amount.map { .number($0) } ?? .null, "currency": .string(currency), "approximate": .bool(approximate),
      "min": min.map { .number($0) } ?? .null, "max": max.map { .number($0) } ?? .null, "role": .string(role),
    ])
  }

  func expect(_ marked: String, _ values: [JSONValue]) throws {
    let m = MarkedText(marked)
    let found = try money(m.text)
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(marked)")
    #expect(found.map(\.value.json) == values, "\(marked)")
  }

  @Test func valueKeysInContractOrder() throws {
    #expect(try money("并处罚金10万元。").first?.value.json.objectValue?.keys
      == ["amount", "currency", "approximate", "min", "max", "role"])
  }

  // Amount forms read by MoneyAmount; the entity is the amount phrase only.
  @Test(arguments: [
    ("判处有期徒刑十年，并处罚金⟦10万元⟧。", Self.value(100_000, role: "fine")),
    ("并处没收个人财产⟦人民币50万元⟧。", Self.value(500_000, role: "confiscation")),
    ("成某在7年间收受⟦51万美元⟧贿赂。", Self.value(510_000, "USD", role: "bribe")),
    ("国内某公司日均盗取超百万条经营数据，非法牟利⟦数千万元⟧。",
     Self.value(nil, role: "illegal_gain", approximate: true, min: 10_000_000, max: 100_000_000)),
    ("涉案金额达⟦1.5亿元⟧。", Self.value(150_000_000, role: "other")),
    ("他非法获利⟦两千万元⟧。", Self.value(20_000_000, role: "illegal_gain")),
    ("违法所得⟦超过100万元⟧。", Self.value(1_000_000, role: "illegal_gain", approximate: true, min: 1_000_000)),
    ("对该公司处以罚款⟦人民币二十万元⟧。", Self.value(200_000, role: "fine")),
    ("张某多次收取对方给予的报酬共计⟦3万元⟧。", Self.value(30_000, role: "illegal_gain")),
  ])
  func chinese(marked: String, value: JSONValue) throws {
    try expect(marked, [value])
  }

  // Seed 001 sentences and other English forms.
  @Test(arguments: [
    ("The court sentenced Ye Moumou to 11 years in prison, deprivation of political rights for 2 years, and confiscation of personal property of ⟦RMB 500,000⟧.",
     [Self.value(500_000, role: "confiscation")]),
    ("Cheng was deprived of political rights for 2 years, confiscated personal property of ⟦RMB 900,000⟧ and fined ⟦RMB 100,000⟧.",
     [Self.value(900_000, role: "confiscation"), Self.value(100_000, role: "fine")]),
    ("Cheng accepted ⟦US$510,000⟧ in bribes.", [Self.value(510_000, "USD", role: "bribe")]),
    ("The company made illegal profits of ⟦$1.5 million⟧.", [Self.value(1_500_000, "USD", role: "illegal_gain")]),
    ("He was fined ⟦500,000 yuan⟧.", [Self.value(500_000, role: "fine")]),
    ("The project cost ⟦€300⟧ per person.", [Self.value(300, "EUR", role: "other")]),
  ])
  func english(marked: String, values: [JSONValue]) throws {
    try expect(marked, values)
  }

  // A role word right after the amount wins over one before it; the nearest one before wins otherwise.
  @Test func roleFromTheNearestWord() throws {
    try expect("他收受⟦51万美元⟧的贿赂后被罚款。", [Self.value(510_000, "USD", role: "bribe")])
    try expect("没收违法所得⟦5万元⟧。", [Self.value(50_000, role: "illegal_gain")])
    try expect("He paid ⟦$10,000⟧ in fines.", [Self.value(10_000, "USD", role: "fine")])
    try expect("判处罚金⟦10万元⟧，没收个人财产⟦20万元⟧。", [Self.value(100_000, role: "fine"), Self.value(200_000, role: "confiscation")])
  }

  // 罚金/罚款 right before a figure: the figure is a fine in yuan even without 元.
  @Test func fineWithoutCurrencyWord() throws {
    try expect("判处有期徒刑三年，并处罚金⟦10万⟧。", [Self.value(100_000, role: "fine")])
    try expect("对其罚款⟦5000⟧，并责令改正。", [Self.value(5000, role: "fine")])
    #expect(try money("该公司曾被罚款3次。").isEmpty)
    #expect(try money("罚款20%以下。").isEmpty)
  }

  // Numbers without a currency, and 元 inside words.
  @Test(arguments: [
    "国内某公司通过技术手段寄生在某电商平台系统内，日均盗取超百万条经营数据。",
    "微信官方 400 客服热线仅为全国统一服务热线。",
    "可通过 12339 国家安全机关举报受理电话进行举报。",
    "吸引了来自 30 余个国家的近 100 位驻华使节以及国内外约 2600 名骑行爱好者参与。",
    "Investigate and review nearly 100 people involved in the case.",
    "In January 2024, the court sentenced Zhu Moumou.",
    "中国控制着全球92%的稀土精炼产能。",
    "涉及7项机密级国家秘密。",
    "其分离技术能将化学性质相近的稀土元素高效提纯。",
    "推动经济结构一元化向多元化转变。",
    "既有金钱贿赂，也有对人才的高薪挖角。",
    "Li Yuan, 35, was born in 1989 Yuan county.",
  ])
  func notMoney(text: String) throws {
    #expect(try money(text).isEmpty, "\(text)")
  }

  // Seeds: 000 数千万元 (illegal gain), 001 the three RMB amounts, 002 51万美元 (bribe); none in 003, 004.
  @Test func seeds() throws {
    let expected: [String: [(String, JSONValue)]] = [
      "000": [("数千万元", Self.value(nil, role: "illegal_gain", approximate: true, min: 10_000_000, max: 100_000_000))],
      "001": [("RMB 500,000", Self.value(500_000, role: "confiscation")), ("RMB 900,000", Self.value(900_000, role: "confiscation")),
              ("RMB 100,000", Self.value(100_000, role: "fine"))],
      "002": [("51万美元", Self.value(510_000, "USD", role: "bribe"))],
      "003": [], "004": [],
    ]
    for (id, want) in expected.sorted(by: { $0.key < $1.key }) {
      let found = try money(try PackageRoot.seed(id))
      #expect(found.map(\.text) == want.map(\.0), "seed \(id)")
      #expect(found.map(\.value.json) == want.map(\.1), "seed \(id)")
    }
  }
}
