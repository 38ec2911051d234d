import QingxiNumbers

/// English terms that share the verb of the term before them (issue 11): "A was jailed for five years and B
/// for three years", "A got five years in prison, B got three years", "A and B were sentenced to ten years
/// and eight years respectively", and a term changed later in the sentence: "…, which was reduced on appeal
/// to three years", "his sentence was commuted to life". The second term has no anchor word of its own; it
/// is read only right after a term (a comma or a conjunction between), after an optional capitalised name
/// (1–4 words) and a linking word (`for`, `to`, `got`, `received`), and it must end its clause (or run into
/// `in prison`, `respectively`, a conjunction). Without a name in between it needs `respectively` later in the
/// sentence, so "ten years and eight months" read as one duration is never split, and "five years, two
/// months after …" is no sentence. Who each term belongs to is for `link-cases`.
extension ExtractPrisonTerms {
  static let joinWords = ["and", "while", "whereas", "but"].map(Literal.scalars)
  static let linkWords = ["for", "to", "got", "gets", "received", "receiving", "a", "an"].map(Literal.scalars)
  static let changeVerbs = ["reduced", "commuted", "cut", "increased", "changed", "raised", "lowered", "extended", "lengthened"]
    .map(Literal.scalars)
  static let changeContext = ["sentence", "term", "jail", "prison", "imprisonment", "sentenced", "jailed"].map(Literal.scalars)
  static let wRespectively = Literal.scalars("respectively")
  static let habitual = ["usually", "often", "typically", "normally", "generally", "commonly", "sometimes", "can", "could", "may",
                         "might", "would", "should", "be"].map(Literal.scalars)
  /// After a duration, words that make it a span of time, not a sentence (five years later, ago, after …).
  static let timeTails = ["later", "ago", "after", "before", "earlier", "old", "since", "until", "of", "into", "on", "in"]
    .map(Literal.scalars)

  /// Terms coordinated with or changing the English terms in `found`.
  func coordinated(_ s: [Unicode.Scalar], _ r: Range<Int>, _ found: [(range: Range<Int>, value: PrisonTermValue)])
    -> [(range: Range<Int>, value: PrisonTermValue)]
  {
    var out: [(range: Range<Int>, value: PrisonTermValue)] = []
    if found.isEmpty { return out }
    for t in found where t.value.kind != .range && t.range.upperBound > t.range.lowerBound && s[t.range.lowerBound].value < 0x80 {
      var pos = t.range.upperBound
      var n = 0
      while n < 4, let next = nextTerm(s, pos, r) {
        out.append(next)
        pos = next.range.upperBound
        n += 1
      }
    }
    return out
  }

  /// `<change verb> [on appeal] to <term>` after a word about a sentence: "…, which was reduced on appeal to
  /// three years", "his sentence was commuted to life" (at a change verb, from `english`).
  func changedTo(_ s: [Unicode.Scalar], _ w: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard Self.changeVerbs.contains(where: { LatinWords.equals(s, w, $0) }), sentenceWordBefore(s, w.lowerBound, r) else { return }
    // "is usually commuted to life in prison", "can be reduced to": what happens in general, not here
    let lower = PenaltyScan.clauseStart(s, w.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, w.lowerBound, lower: lower) { return }
    let before = LatinWords.wordsBefore(s, w.lowerBound, lower: lower, count: 3)
    if before.contains(where: { b in Self.habitual.contains { LatinWords.equals(s, b, $0) } }) { return }
    let after = LatinWords.wordsAfter(s, w.upperBound, limit: r.upperBound, count: 5)
    guard let to = after.first(where: { LatinWords.equals(s, $0, Self.wTo) }),
      let p = LatinWords.gap(s, to.upperBound, limit: r.upperBound),
      let term = termAt(s, p, r, needsEnd: false) else { return }
    found.append(term)
  }

  /// The coordinated term right after `i` (see the type's comment), or nil.
  func nextTerm(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (range: Range<Int>, value: PrisonTermValue)? {
    let limit = r.upperBound
    var k = i
    var separated = false
    if k < limit, s[k] == "," || s[k] == ";" {
      separated = true
      k += 1
    }
    k = PenaltyScan.skipSpaces(s, k, limit: limit)
    if let w = LatinWords.wordsAfter(s, k, limit: limit, count: 1).first, w.lowerBound == k,
      Self.joinWords.contains(where: { LatinWords.equals(s, w, $0) }) {
      separated = true
      k = PenaltyScan.skipSpaces(s, w.upperBound, limit: limit)
    }
    guard separated, k < limit else { return nil }
    // an optional capitalised name
    var named = false
    var words = 0
    while words < 4, k < limit, CharClass.isASCIIUpper(s[k]) {
      let e = LatinWords.end(s, k, limit: limit)
      guard e > k + 1 || words > 0 else { break }
      k = PenaltyScan.skipSpaces(s, e, limit: limit)
      named = true
      words += 1
    }
    // an optional linking word
    if let w = LatinWords.wordsAfter(s, k, limit: limit, count: 1).first, w.lowerBound == k,
      Self.linkWords.contains(where: { LatinWords.equals(s, w, $0) }) {
      k = PenaltyScan.skipSpaces(s, w.upperBound, limit: limit)
    }
    guard let term = termAt(s, k, r, needsEnd: true) else { return nil }
    if !named {
      // no name between: only "X and Y respectively"
      let rest = LatinWords.wordsAfter(s, term.range.upperBound, limit: limit, count: 6)
      guard rest.contains(where: { LatinWords.equals(s, $0, Self.wRespectively) }) || respectivelyAhead(s, term.range.upperBound, r)
      else { return nil }
    }
    return term
  }

  /// Whether a word about a sentence (sentence, term, prison, jailed …) comes in the 200 scalars before `i`
  /// in the unit (a change verb alone may be about anything: "costs were cut to two years' worth").
  func sentenceWordBefore(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Bool {
    var j = max(r.lowerBound, i - 200)
    while j < i {
      if LatinWords.startsWord(s, j) {
        let w = j..<LatinWords.end(s, j, limit: i)
        if Self.changeContext.contains(where: { LatinWords.equals(s, w, $0) }) { return true }
        j = w.upperBound
        continue
      }
      j += 1
    }
    return false
  }

  /// Whether `respectively` follows in the rest of the unit's sentence.
  func respectivelyAhead(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Bool {
    var j = i
    while j < r.upperBound, j - i < 80, s[j] != "." {
      if LatinWords.startsWord(s, j), LatinWords.word(s, j, limit: r.upperBound, Self.wRespectively) != nil { return true }
      j += 1
    }
    return false
  }

  /// A term at `p`: `life`, `death` (with its reprieve), or a duration with an optional prison tail. With
  /// `needsEnd`, what follows must end the clause (punctuation, a conjunction, `respectively`, the unit's
  /// end) and never say it is a span of time or another penalty.
  func termAt(_ s: [Unicode.Scalar], _ p: Int, _ r: Range<Int>, needsEnd: Bool) -> (range: Range<Int>, value: PrisonTermValue)? {
    let limit = r.upperBound
    guard p < limit else { return nil }
    if let e = LatinWords.word(s, p, limit: limit, Self.wLife) {
      var end = e
      if let g = LatinWords.gap(s, e, limit: limit), let t = LatinWords.firstPhrase(s, g, limit: limit, Self.lifeTails) { end = t.end }
      return (p..<end, PrisonTermValue(kind: .life, months: nil, probationMonths: nil, reprieve: false))
    }
    if let e = LatinWords.word(s, p, limit: limit, Self.wDeath) {
      let rep = reprieveEn(s, e, r)
      return (p..<(rep ?? e), PrisonTermValue(kind: .death, months: nil, probationMonths: nil, reprieve: rep != nil))
    }
    guard PenaltyScan.startsNumeral(s, p, lower: r.lowerBound) || LatinWords.startsWord(s, p),
      let d = DurationMonths.match(in: s, from: p), d.end <= limit else { return nil }
    if notPrison(s, d.end, r) { return nil }
    var end = d.end
    if let t = prisonTail(s, d.end, r) {
      end = t
    } else if needsEnd {
      let k = PenaltyScan.skipSpaces(s, d.end, limit: limit)
      if k < limit, CharClass.isASCIILetter(s[k]) {
        let w = k..<LatinWords.end(s, k, limit: limit)
        if Self.timeTails.contains(where: { LatinWords.equals(s, w, $0) }) { return nil }
        guard Self.joinWords.contains(where: { LatinWords.equals(s, w, $0) }) || LatinWords.equals(s, w, Self.wRespectively)
        else { return nil }
      } else if k < limit, CharClass.isASCIIDigit(s[k]) || s[k].value >= 0x80 && !CharClass.isStop(s[k]) && s[k] != "，" {
        return nil
      }
    }
    let probation = probationEn(s, end, r)
    return Self.fixed(d.months, p, end, probation: probation)
  }
}
