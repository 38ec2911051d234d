import Testing

@testable import Qingxi

@Suite struct LineKeyTests {
  func key(_ s: String, max: Int = LineKey.defaultMaxScalars) -> UInt64? {
    let scalars = Array(s.unicodeScalars)
    return LineKey.hash(scalars, 0..<scalars.count, maxScalars: max)
  }

  @Test(arguments: [
    ("阅读 123", "阅读4567"),
    ("第 2 页", "第13页"),
    ("Sign Up  Now", "sign up now"),
    ("ＡＢＣ新闻", "abc新闻"),
    ("扫码关注　我们", "扫码关注我们"),
    ("更新时间 2026-12-03 10:00", "更新时间 2025-1-9 8:05"),
  ])
  func foldsToOneKey(a: String, b: String) {
    #expect(key(a) != nil)
    #expect(key(a) == key(b))
  }

  @Test(arguments: [
    // Digits stay in sentences: a templated report is not chrome because its numbers change.
    ("全市今日最高气温12度，最低3度。", "全市今日最高气温15度，最低5度。"),
    ("首页", "首頁"),
    ("关注我们", "关注他们"),
  ])
  func keepsApart(a: String, b: String) {
    #expect(key(a) != nil && key(b) != nil)
    #expect(key(a) != key(b))
  }

  @Test(arguments: ["", "   ", "。", "|", "123", "• 1", "a"])
  func tooShortHasNoKey(s: String) {
    #expect(key(s) == nil)
  }

  @Test func overTheLengthLimitHasNoKey() {
    let line = String(repeating: "很长的段落", count: 20)
    #expect(key(line, max: 100) != nil)
    #expect(key(line, max: 99) == nil)
  }

  @Test func keyOfASliceIsTheKeyOfTheLine() {
    let s = Array("前文\n  扫码关注我们  \n后文".unicodeScalars)
    let line = s.lines()[1]
    #expect(LineKey.hash(s, line.content) == key("扫码关注我们"))
  }

  @Test func hexRoundTrips() {
    for h: UInt64 in [0, 1, 0xdead_beef, .max] {
      #expect(LineKey.hex(h).utf8.count == 16)
      #expect(LineKey.parse(hex: LineKey.hex(h)) == h)
    }
    #expect(LineKey.parse(hex: "xyz") == nil)
    #expect(LineKey.parse(hex: "0123456789abcdefg") == nil)
  }
}
