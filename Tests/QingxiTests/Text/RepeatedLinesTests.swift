import Testing

@testable import Qingxi

@Suite struct RepeatedLinesTests {
  func ranges(_ s: [Unicode.Scalar]) -> [Range<Int>] { s.lines().map(\.content) }

  @Test func countsIdenticalLinesAndListsThemInOrder() {
    let s = Array("分享到\n正文第一段。\n分享到\nShare\n分享到\nshare".unicodeScalars)
    let r = RepeatedLines(s, ranges(s), maxLength: 100)
    #expect(r.count == [3, 1, 3, 1, 3, 1])
    #expect(r.members(of: 2) == [0, 2, 4])
    // Letter case matters: "Share" and "share" are two lines.
    #expect(r.members(of: 3) == [3])
  }

  @Test func longLinesAreLeftOut() {
    let s = Array("abcdef\nabcdef\nab\nab".unicodeScalars)
    let r = RepeatedLines(s, ranges(s), maxLength: 4)
    #expect(r.count == [0, 0, 2, 2])
    #expect(r.members(of: 0).isEmpty)
  }

  /// Against a dictionary of line contents, on lines drawn from a small alphabet (many repeats, many lengths).
  @Test func agreesWithADictionary() {
    var seed: UInt64 = 12345
    func next() -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33)
    }
    let alphabet = Array("ab中 ".unicodeScalars)
    var text: [Unicode.Scalar] = []
    for _ in 0..<400 {
      for _ in 0..<(next() % 4) { text.append(alphabet[next() % alphabet.count]) }
      text.append("\n")
    }
    let rs = text.lines().map(\.range)
    let r = RepeatedLines(text, rs, maxLength: 2)
    var counts: [ArraySlice<Unicode.Scalar>: [Int]] = [:]
    for (k, x) in rs.enumerated() where x.count <= 2 { counts[text[x], default: []].append(k) }
    for (k, x) in rs.enumerated() {
      #expect(r.count[k] == (counts[text[x]]?.count ?? 0))
      #expect(r.members(of: k) == (counts[text[x]] ?? []))
    }
  }
}
