import Testing
@testable import Qingxi

@Suite struct LinesTests {
  @Test func splitsAtLineFeedsAndTrimsLineSpaces() {
    let s = Array(" 标题\u{3000}\r\n\n\u{A0}正文\tend\n".unicodeScalars)
    let lines = s.lines()
    #expect(lines.count == 4)
    #expect(s.string(lines[0].content) == "标题")
    #expect(lines[0].withBreak == 0..<6)
    #expect(lines[1].isBlank && lines[1].range == 6..<6)
    #expect(s.string(lines[2].content) == "正文\tend")
    // A text ending in a line feed ends with an empty line, without a break.
    #expect(lines[3].isBlank && lines[3].withBreak == s.count..<s.count)
  }

  @Test func emptyText() {
    let lines = [Unicode.Scalar]().lines()
    #expect(lines.count == 1 && lines[0].isBlank)
  }
}

extension LinesTests {
  @Test func trimmingIsTheCallers() {
    let s = Array("\u{3000}a\u{0B}\n".unicodeScalars)
    #expect(s.string(s.lines()[0].content) == "a\u{0B}")
    #expect(s.string(s.lines(trimming: CharClass.isASCIIBlank)[0].content) == "\u{3000}a")
  }
}
