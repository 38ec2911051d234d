import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct StripInvisiblesTests {
  @Test(arguments: [
    ("国家\u{200B}安全\u{00AD}部", "国家安全部"),
    ("\u{FEFF}稀土\u{200E}收储", "稀土收储"),
    ("新京报\u{0007}讯\u{0085}", "新京报讯"),
    ("a\u{200C}b", "ab"),
  ])
  func removes(raw: String, expected: String) throws {
    let r = try clean(StripInvisibles.make(), raw)
    #expect(r.text == expected)
    #expect(r.removed.allSatisfy { $0.kind == "markup" && $0.rule == "strip-invisibles" })
    #expect(!r.removed.isEmpty)
  }

  @Test(arguments: ["👨\u{200D}👩\u{200D}👧", "稀土\t收储\n第二行", "Ye Moumou"])
  func keeps(raw: String) throws {
    let r = try clean(StripInvisibles.make(), raw)
    #expect(r.text == raw)
    #expect(r.removed.isEmpty)
  }

  @Test func recordsRawOffsets() throws {
    let r = try clean(StripInvisibles.make(), "国家\u{200B}\u{200B}安全")
    #expect(r.removed == [Removal(kind: "markup", rule: "strip-invisibles", text: "\u{200B}\u{200B}", rawStart: 2, rawEnd: 4)])
  }

  @Test func canBeSwitchedOff() throws {
    #expect(try clean(StripInvisibles.make(["enabled": .bool(false)]), "a\u{200B}b").text == "a\u{200B}b")
  }
}
