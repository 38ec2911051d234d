import Foundation
import Testing
@testable import QingxiNumbers

@Suite struct MoneyAmountTests {

  static let exact: [(String, Double, String)] = [
    ("10万元", 100_000, "CNY"), ("人民币50万元", 500_000, "CNY"), ("51万美元", 510_000, "USD"),
    ("1.5亿元", 150_000_000, "CNY"), ("两千万元", 20_000_000, "CNY"), ("RMB 500,000", 500_000, "CNY"),
    ("US$510,000", 510_000, "USD"), ("$5 million", 5_000_000, "USD"), ("HK$1.2 billion", 1.2e9, "HKD"),
    ("€300", 300, "EUR"), ("25481港元", 25_481, "HKD"), ("82，225.00元", 82_225, "CNY"),
    ("3，000元", 3000, "CNY"), ("500港币", 500, "HKD"), ("3000欧元", 3000, "EUR"), ("一万日元", 10_000, "JPY"),
    ("200英镑", 200, "GBP"), ("20美金", 20, "USD"), ("一百块", 100, "CNY"), ("两块钱", 2, "CNY"),
    ("壹拾壹元整", 11, "CNY"), ("玖仟陆佰陆拾伍圆壹角捌分", 9665.18, "CNY"), ("123元1角1分", 123.11, "CNY"),
    ("十块三毛", 10.3, "CNY"), ("三块五", 3.5, "CNY"), ("港币两千九百六十元", 2960, "HKD"),
    ("三万元欧元", 30_000, "EUR"), ("8亿元人民币", 800_000_000, "CNY"), ("500,000 yuan", 500_000, "CNY"),
    ("five million yen", 5_000_000, "JPY"), ("3 dollars 50 cents", 3.5, "USD"), ("￥300", 300, "CNY"),
    ("两个亿卢布", 200_000_000, "RUB"), ("新台币 177.1 亿元", 17_710_000_000, "TWD"),
    ("1万亿日元", 1e12, "JPY"), ("两美元又三美分", 2.03, "USD"),
  ]

  @Test("parse: exact amounts", arguments: exact)
  func parseExact(_ input: String, _ amount: Double, _ currency: String) {
    let m = MoneyAmount.parse(input)
    #expect(m?.currency == currency, "\(input) → \(String(describing: m))")
    #expect(m.flatMap(\.amount).map { abs($0 - amount) < 1e-6 * max(1, amount) } == true,
        "\(input) → \(String(describing: m))")
    #expect(m?.approximate == false)
    #expect(m?.min == nil && m?.max == nil)
  }

  struct Approx: Sendable, CustomTestStringConvertible {
    var input: String
    var amount: Double?
    var min: Double?
    var max: Double?
    var currency = "CNY"
    var testDescription: String { input }
  }

  static let approximate: [Approx] = [
    // JioNLP: 数十亿 = 1e9…1e10, so 数千万 = 1e7…1e8 and no single figure
    Approx(input: "数千万元", amount: nil, min: 10_000_000, max: 100_000_000),
    Approx(input: "几十万块", amount: nil, min: 100_000, max: 1_000_000),
    Approx(input: "近100万元", amount: 1_000_000, min: nil, max: 1_000_000),
    Approx(input: "超过100万元", amount: 1_000_000, min: 1_000_000, max: nil),
    Approx(input: "逾百亿元", amount: 1e10, min: 1e10, max: nil),
    Approx(input: "100余万元", amount: 1_000_000, min: 1_000_000, max: 2_000_000),
    Approx(input: "100多万元", amount: 1_000_000, min: 1_000_000, max: 2_000_000),
    Approx(input: "约4.287亿美元", amount: 428_700_000, min: nil, max: nil, currency: "USD"),
    Approx(input: "不到1.9万台币", amount: 19_000, min: nil, max: 19_000, currency: "TWD"),
    Approx(input: "50万元以上", amount: 500_000, min: 500_000, max: nil),
    Approx(input: "1万-5万元", amount: nil, min: 10_000, max: 50_000),
    Approx(input: "两到三万港元", amount: nil, min: 20_000, max: 30_000, currency: "HKD"),
    Approx(input: "从8500到3万港元", amount: nil, min: 8500, max: 30_000, currency: "HKD"),
    Approx(input: "三五百块", amount: nil, min: 300, max: 500),
    Approx(input: "3000多欧元", amount: 3000, min: 3000, max: 4000, currency: "EUR"),
  ]

  @Test("parse: approximate amounts and ranges", arguments: approximate)
  func parseApproximate(_ c: Approx) {
    let m = MoneyAmount.parse(c.input)
    #expect(m?.approximate == true, "\(c.input) → \(String(describing: m))")
    #expect(m?.currency == c.currency)
    #expect(m?.amount == c.amount, "\(c.input) → \(String(describing: m))")
    #expect(m?.min == c.min, "\(c.input) → \(String(describing: m))")
    #expect(m?.max == c.max, "\(c.input) → \(String(describing: m))")
  }

  static let notMoney: [String] = [
    "超百万条", "12339", "400", "百万", "三块石头", "一块蛋糕", "人民币", "美元", "五角大楼", "元旦", "3.5",
    "10万人", "", "$", "RMB",
  ]

  @Test("parse: numbers without a currency are not money", arguments: notMoney)
  func parseRejects(_ input: String) {
    #expect(MoneyAmount.parse(input) == nil, "\(input) → \(String(describing: MoneyAmount.parse(input)))")
  }

  @Test("parse: defaultCurrency supplies a currency for bare amounts") func defaultCurrency() {
    #expect(MoneyAmount.parse("三百万", defaultCurrency: "CNY")?.amount == 3_000_000)
    #expect(MoneyAmount.parse("三百万", defaultCurrency: "CNY")?.currency == "CNY")
    #expect(MoneyAmount.parse("5万美元", defaultCurrency: "CNY")?.currency == "USD")
    #expect(MoneyAmount.parse("三百万") == nil)
  }

  static let scans: [(String, Int, Double, String, Int)] = [
    ("判处罚金人民币10万元，", 4, 100_000, "CNY", 11),
    ("罚金10万元", 2, 100_000, "CNY", 6),
    ("涉案金额51万美元。", 4, 510_000, "USD", 9),
    ("骗取他人1.5亿元后", 4, 150_000_000, "CNY", 9),
    ("he was fined US$510,000 by", 13, 510_000, "USD", 23),
  ]

  @Test("match: amounts inside running text", arguments: scans)
  func match(_ text: String, _ from: Int, _ amount: Double, _ currency: String, _ end: Int) {
    let m = MoneyAmount.match(in: Array(text.unicodeScalars), from: from)
    #expect(m?.money.amount == amount, "\(text)@\(from) → \(String(describing: m))")
    #expect(m?.money.currency == currency)
    #expect(m?.end == end, "\(text)@\(from) → \(String(describing: m))")
  }

  @Test("match: 日均盗取超百万条 has a number but no money") func noMoneyInSentence() {
    let s = Array("日均盗取超百万条公民信息".unicodeScalars)
    for i in 0..<s.count { #expect(MoneyAmount.match(in: s, from: i) == nil, "offset \(i)") }
    #expect(MoneyAmount.match(in: s, from: -1) == nil)
    #expect(MoneyAmount.match(in: s, from: 99) == nil)
  }

  @Test("Codable round trip") func codable() throws {
    let m = MoneyAmount(amount: nil, currency: "CNY", approximate: true, min: 1e7, max: 1e8)
    let data = try JSONEncoder().encode(m)
    #expect(try JSONDecoder().decode(MoneyAmount.self, from: data) == m)
  }
}
