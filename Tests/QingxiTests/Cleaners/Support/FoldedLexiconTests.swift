import Testing

@testable import Qingxi

@Suite struct FoldedLexiconTests {
  let lexicon = FoldedLexicon(["分享", "分享到", "返回", "返回顶部", "read", "read more", "首页", "ad"])

  func matches(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return lexicon.matches(s, 0..<s.count).map { lexicon.text($0) }
  }

  @Test func longestEntryInBothScriptsAndAnyCase() {
    #expect(matches("返回頂部 | 分享到微信") == ["返回顶部", "分享到"])
    #expect(matches("Read More »") == ["read more"])
    #expect(matches("READ the ad") == ["read", "ad"])
  }

  @Test func englishEntriesMatchWholeWordsOnly() {
    #expect(matches("reader advice") == [])
    #expect(matches("ad-free") == ["ad"])
  }

  @Test func containsMatchIsWhetherMatchesFindsAny() {
    for text in ["返回頂部", "正文第一段。", "Bread", "a read", ""] {
      let s = Array(text.unicodeScalars)
      #expect(lexicon.containsMatch(s, 0..<s.count) == !lexicon.matches(s, 0..<s.count).isEmpty)
    }
  }

  /// Against the plain definition (every entry tried at every position, longest first) on generated text.
  @Test func agreesWithTheDefinition() {
    let entries = FunctionalWords.all
    let lex = FunctionalWords.lexicon
    let folded = entries.map { $0.unicodeScalars.map { FoldedLexicon.fold($0) } }
    var seed: UInt64 = 7
    func next() -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33)
    }
    // Pieces of entries (folded and not), letters, spaces and punctuation, glued at random.
    let pieces = entries + ["發表", "Share", "READ", "x", " ", "，", "新聞", "a", "zz"]
    var s: [Unicode.Scalar] = []
    for _ in 0..<3000 { s.append(contentsOf: pieces[next() % pieces.count].unicodeScalars.prefix(1 + next() % 4)) }
    for i in 0..<s.count {
      let end = min(s.count, i + 1 + next() % 12)
      var best: (length: Int, entry: Int)?
      for (k, e) in folded.enumerated() where !e.isEmpty && i + e.count <= end {
        guard (0..<e.count).allSatisfy({ FoldedLexicon.fold(s[i + $0]) == e[$0] }) else { continue }
        if e.allSatisfy(\.isASCII), FoldedLexicon.isLetter(e[0]) {
          if i > 0, FoldedLexicon.isLetter(s[i - 1]) { continue }
          if i + e.count < s.count, FoldedLexicon.isLetter(s[i + e.count]) { continue }
        }
        if best.map({ e.count > $0.length }) ?? true { best = (e.count, k) }
      }
      let m = lex.match(s, at: i, end: end)
      #expect(m?.range.count == best?.length)
      if let m, let best { #expect(folded[m.entry] == folded[best.entry]) }
    }
  }

  /// `drop-boilerplate` skips the legal-word scan on a line where the functional lexicon matched nothing:
  /// right only while every legal word is a functional word too.
  @Test func everyLegalWordIsAFunctionalWord() {
    for e in FunctionalWords.legalLexicon.entries {
      #expect(FunctionalWords.lexicon.entries.contains(e), "\(String(scalars: e[...]))")
    }
  }
}
