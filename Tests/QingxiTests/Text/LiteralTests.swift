import Testing
@testable import Qingxi

@Suite struct LiteralTests {
  let s = Array("被判处有期徒刑三年, Sentenced to PRISON".unicodeScalars)

  @Test func hasAtOffset() {
    #expect(Literal.has(s, at: 3, end: s.count, Literal.scalars("有期徒刑")))
    #expect(!Literal.has(s, at: 2, end: s.count, Literal.scalars("有期徒刑")))
    // The literal must end at or before `end`.
    #expect(!Literal.has(s, at: 3, end: 6, Literal.scalars("有期徒刑")))
    // Out of range offsets are simply no match.
    #expect(!Literal.has(s, at: -1, end: s.count, Literal.scalars("被")))
    #expect(!Literal.has(s, at: s.count, end: s.count + 5, Literal.scalars("x")))
    #expect(!Literal.has(s, at: 0, end: s.count + 5, Array(repeating: "被", count: s.count + 1)))
  }

  @Test func foldsASCIICaseOnRequest() {
    let at = s.count - 6
    #expect(!Literal.has(s, at: at, end: s.count, Literal.scalars("prison")))
    #expect(Literal.has(s, at: at, end: s.count, Literal.scalars("prison"), foldCase: true))
  }

  @Test func endsWith() {
    #expect(Literal.endsWith(s, at: 9, Literal.scalars("三年")))
    #expect(!Literal.endsWith(s, at: 9, start: 8, Literal.scalars("三年")))
    #expect(Literal.endsWith(s, at: s.count, Literal.scalars("prison"), foldCase: true))
    #expect(!Literal.endsWith(s, at: 1, Literal.scalars("三年")))
  }
}
