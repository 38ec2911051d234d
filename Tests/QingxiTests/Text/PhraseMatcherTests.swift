import Testing
@testable import Qingxi

@Suite struct PhraseMatcherTests {
  func matches(_ m: PhraseMatcher, _ text: String, skipQuoted: Bool = false) -> [String] {
    let s = Array(text.unicodeScalars)
    var out: [String] = []
    m.forEachMatch(in: s, 0..<s.count, skipQuoted: skipQuoted) { index, r in
      out.append("\(index):\(String(scalars: s[r]))")
    }
    return out
  }

  @Test func longestPhraseWinsAndTiesGoToTheFirstListed() {
    let m = PhraseMatcher(["有期徒刑", "有期", "徒刑", "有期徒刑", "刑"])
    #expect(matches(m, "判处有期徒刑三年，徒刑") == ["0:有期徒刑", "2:徒刑"])
    let s = Array("有期徒".unicodeScalars)
    #expect(m.match(in: s, at: 0, end: s.count) == .init(index: 1, range: 0..<2))
    // `end` bounds the match.
    let t = Array("有期徒刑".unicodeScalars)
    #expect(m.match(in: t, at: 0, end: 3)?.index == 1)
    #expect(m.match(in: t, at: 0, end: 4)?.length == 4)
    #expect(m.match(in: t, at: 4, end: 4) == nil)
    #expect(m.match(in: t, at: 0, end: 9) == nil)  // an end past the text is no match, not a trap
  }

  @Test func emptyPhrasesAndEmptyListsNeverMatch() {
    #expect(matches(PhraseMatcher([]), "abc") == [])
    #expect(matches(PhraseMatcher(["", "b"]), "abc") == ["1:b"])
  }

  @Test func mayStartIsAnExactFirstScalarTest() {
    let m = PhraseMatcher(["声明", "Copyright", "𠀀x"], options: .foldASCIICase)
    #expect(m.mayStart("声") && m.mayStart("c") && m.mayStart("C") && m.mayStart("𠀀"))
    #expect(!m.mayStart("明") && !m.mayStart("o") && !m.mayStart("𠀁"))
  }

  @Test func asciiCaseFolding() {
    let plain = PhraseMatcher(["sitemap"])
    #expect(matches(plain, "SiteMap sitemap") == ["0:sitemap"])
    let folded = PhraseMatcher(["sitemap", "XML 地图"], options: .foldASCIICase)
    #expect(matches(folded, "SiteMap | xml 地图") == ["0:SiteMap", "1:xml 地图"])
  }

  @Test func hanFoldingMatchesTraditionalText() {
    let m = PhraseMatcher(["判处", "罚金", "机密级"], options: .foldHan)
    #expect(matches(m, "判處罰金，機密級；判处罚金") == ["0:判處", "1:罰金", "2:機密級", "0:判处", "1:罚金"])
    #expect(matches(PhraseMatcher(["判处"]), "判處") == [])
    // Traditional phrases are folded too, so they match either script.
    #expect(matches(PhraseMatcher(["判處"], options: .foldHan), "判处") == ["0:判处"])
  }

  @Test func skipsQuotedMatches() {
    let m = PhraseMatcher(["声明"])
    #expect(matches(m, "“声明”声明「声明」\"声明\"声明", skipQuoted: true) == ["0:声明", "0:声明"])
    #expect(matches(m, "“声明”", skipQuoted: false) == ["0:声明"])
  }

  @Test func englishWordBoundariesAndSeparators() {
    let m = PhraseMatcher(["counter-espionage", "state secrets", "people's court", "state"], options: .english)
    #expect(matches(m, "Counter-Espionage, counter espionage, counter‐espionage, counterespionage")
      == ["0:Counter-Espionage", "0:counter espionage", "0:counter‐espionage"])
    #expect(matches(m, "STATE  secrets; statesman; the state") == ["1:STATE  secrets", "3:state"])
    #expect(matches(m, "People’s Court and people's court") == ["2:People’s Court", "2:people's court"])
    // Not inside a word: neither start nor end.
    #expect(matches(m, "interstate state1 state") == ["3:state"])
    let s = Array("xstate".unicodeScalars)
    #expect(m.match(in: s, at: 1, end: s.count) == nil)
    #expect(m.match(in: s, at: 1, start: 1, end: s.count)?.index == 3)
  }

  @Test func capitalizedPhrasesNeedAnUpperCaseFirstLetter() {
    let m = PhraseMatcher(["ministry of commerce", "ministry"], options: .english, capitalized: [true, false])
    #expect(matches(m, "the Ministry of Commerce; the ministry of commerce") == ["0:Ministry of Commerce", "1:ministry"])
  }
}
