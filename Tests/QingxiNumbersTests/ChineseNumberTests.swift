import Testing
@testable import QingxiNumbers

@Suite struct ChineseNumberTests {

  static let wholeStrings: [(String, Double)] = [
    ("一千二百三十四", 1234), ("1.5万", 15_000), ("3,000", 3000), ("3，000", 3000), ("十万八千", 108_000),
    ("两百万", 2_000_000), ("一十一", 11), ("十一", 11), ("廿", 20), ("廿二", 22), ("卅", 30), ("〇", 0),
    ("零", 0), ("二〇二三", 2023), ("壹贰叁", 123), ("壹仟贰佰叁拾肆", 1234), ("伍佰陆拾柒", 567),
    ("玖萬捌仟", 98_000), ("肆億", 400_000_000), ("拾", 10), ("1.5亿", 150_000_000), ("三点五", 3.5),
    ("五万五", 55_000), ("三万五", 35_000), ("两千六", 2600), ("一百二", 120), ("百分之五", 0.05),
    ("百分之三十", 0.3), ("5%", 0.05), ("负十一", -11), ("负1.5", -1.5), ("-10.1万", -101_000),
    ("一万零一", 10_001), ("一千零十", 1010), ("一亿零一", 100_000_001), ("四万亿", 4e12),
    ("一万五千亿", 1.5e12), ("三点五万", 35_000), ("两千万点五五四四", 20_000_000.5544),
    ("1,050,000,000", 1_050_000_000), ("８２，２２５.００", 82_225), ("51万", 510_000), ("3千", 3000),
    ("200亿零四千230", 20_000_004_230), ("1百01", 101), ("3万4000", 34_000), ("一七二零点一", 1720.1),
    ("幺八九", 189), ("三分之一", 1.0 / 3), ("一又二分之一", 1.5), ("兩千六", 2600), ("倆千", 2000),
    ("千三", 1300), ("百万", 1_000_000), ("千万", 10_000_000), ("半百", 50), ("两个亿", 200_000_000),
    ("7 万5 千4 百", 75_400), ("40k", 40_000), ("2e5", 200_000), ("3/5", 0.6), ("1 3/5", 1.6),
    ("一打", 12), ("十多万", 100_000), ("几十万", 100_000), ("数千万", 10_000_000), ("三五百", 300),
  ]

  @Test("parse: whole strings", arguments: wholeStrings)
  func parse(_ input: String, _ expected: Double) {
    let got = ChineseNumber.parse(input)
    #expect(got.map { abs($0 - expected) <= 1e-9 * max(1, abs(expected)) } == true,
        "\(input) → \(String(describing: got)), expected \(expected)")
  }

  static let notNumbers: [String] = [
    "", "万", "万万", "百十一", "十一十二", "十七十八", "零点", "点零", "点一", "零点点", "零点零大", "负",
    "10..1万", "10.1万零100", "两两", "一切", "四川", "一看", "元整", "数据", "几个", "百", "abc",
  ]

  @Test("parse: not a numeral", arguments: notNumbers)
  func parseRejects(_ input: String) {
    #expect(ChineseNumber.parse(input) == nil, "\(input) → \(String(describing: ChineseNumber.parse(input)))")
  }

  static let scans: [(String, Int, Double, Int)] = [
    ("51万美元", 0, 510_000, 3), // the currency is not eaten
    ("罚金10万元", 2, 100_000, 5),
    ("日均盗取超百万条", 5, 1_000_000, 7), // 百万 is a number; 条 is not part of it
    ("人民币1.5亿元", 3, 150_000_000, 7),
    ("3千元", 0, 3000, 2),
    ("八点三十分", 0, 8, 1), // a clock time, not 8.3
    ("一点两小时", 0, 1, 1),
    ("3，000人", 0, 3, 1), // in running text `，` without a decimal part is a clause separator
    ("82，225.00元", 0, 82_225, 9),
    ("2019年", 0, 2019, 4),
    ("十一年六个月", 0, 11, 2),
    ("二〇二三年", 0, 2023, 4),
    ("共计12339条", 2, 12_339, 7),
    ("5%", 0, 5, 1), // `%` is a unit sign: match leaves it
    ("超过三分之一的人", 2, 1.0 / 3, 6),
  ]

  @Test("match: longest numeral at an offset", arguments: scans)
  func match(_ text: String, _ from: Int, _ value: Double, _ end: Int) {
    let scalars = Array(text.unicodeScalars)
    let m = ChineseNumber.match(in: scalars, from: from)
    #expect(m?.end == end, "\(text)@\(from) → \(String(describing: m))")
    #expect(m.map { abs($0.value - value) <= 1e-9 * max(1, abs(value)) } == true,
        "\(text)@\(from) → \(String(describing: m))")
  }

  @Test("match: nothing at a non-numeral") func matchNothing() {
    let scalars = Array("犯盗窃罪被判刑".unicodeScalars)
    for i in 0..<scalars.count { #expect(ChineseNumber.match(in: scalars, from: i) == nil) }
    #expect(ChineseNumber.match(in: scalars, from: 99) == nil)
    #expect(ChineseNumber.match(in: [], from: 0) == nil)
  }

  static let fuzzy: [(String, Double, Double, Bool)] = [
    ("十多万", 100_000, 200_000, true), ("100余万", 1_000_000, 2_000_000, true),
    ("3000多", 3000, 4000, true), ("二十几万", 200_000, 300_000, true),
    ("几十万", 100_000, 1_000_000, false), ("数千万", 10_000_000, 100_000_000, false),
    ("三五百", 300, 500, false), ("八九亿", 800_000_000, 900_000_000, false), ("十几", 10, 20, true),
  ]

  @Test("matchNumeral: fuzzy numerals carry a range", arguments: fuzzy)
  func fuzzyRange(_ text: String, _ lo: Double, _ hi: Double, _ definite: Bool) {
    let m = ChineseNumber.matchNumeral(in: Array(text.unicodeScalars), from: 0)
    #expect(m?.value == lo)
    #expect(m?.upperBound == hi)
    #expect(m?.isApproximate == true)
    #expect(m?.hasDefiniteFigure == definite)
  }

  @Test("matchNumeral: digit sequences and trailing units are reported") func flags() {
    let year = ChineseNumber.matchNumeral(in: Array("二〇二三年".unicodeScalars), from: 0)
    #expect(year?.isDigitSequence == true)
    let big = ChineseNumber.matchNumeral(in: Array("九百亿".unicodeScalars), from: 0)
    #expect(big?.trailingMultiplier == 1e8)
    let colloquial = ChineseNumber.matchNumeral(in: Array("三万五".unicodeScalars), from: 0)
    #expect(colloquial?.trailingMultiplier == nil)
    #expect(colloquial?.value == 35_000)
  }
}
