import Testing
@testable import Qingxi

@Suite struct StringScalarsTests {
  @Test(arguments: ["", "abc", "报", "新京报讯 Beijing (Běijīng)", "𠀀𪚥 mixed ✓ é", String(repeating: "判处", count: 40)])
  func roundTrips(text: String) {
    let s = Array(text.unicodeScalars)
    #expect(String(scalars: s) == text)
    #expect(String(scalars: s[...]) == text)
    #expect(String(scalars: text.unicodeScalars) == text)
    #expect(String(scalars: text.unicodeScalars).utf8.count == text.utf8.count)
  }

  @Test func slicesAndLazyMaps() {
    let s = Array("ABC判决".unicodeScalars)
    #expect(String(scalars: s[1..<4]) == "BC判")
    #expect(String(scalars: s.lazy.filter { $0.isASCII }) == "ABC")
  }
}
