import QingxiNumbers

/// Group records: a range of prison terms over several people (`五人分别被判处有期徒刑一年至三年`, `张某等3人
/// 被判处有期徒刑一年至三年不等`, "five defendants were sentenced to between one and three years") is one
/// record for the group, never one person's fixed term.
///
/// The group's clause runs from the end of the previous penalty in the sentence (or the sentence start) to
/// the range. Its members are the people named there (张某 in 张某等3人; Wen, Liang and Li in "Wen, Liang and
/// Li were jailed for between 8 and 15 years"); its count is the range's own (有期徒刑92人), else a count of
/// people written in the clause (五人, 3人, 11名被告人, "five defendants", "Nine others", "Three of them"),
/// else the number of members when two or more are named. Court and date are found as for one person; the
/// charges are those of the clause and those named in the sentence before anyone; money after the range up
/// to the next person or penalty (并处罚金…) is the group's.
extension LinkCases {
  static let groupNouns: [[Unicode.Scalar]] = [
    "defendants", "people", "persons", "men", "women", "others", "suspects", "officials", "members", "accused",
    "individuals", "of", "were", "have", "had", "got", "received",
  ].map(Literal.scalars)

  static func groups(
    _ entities: [Entity], _ sentenceOf: [Int?], _ bySentence: [[Int]], _ blockOf: [Int], _ sentenceOwnerStart: [Int: Int],
    _ s: [Unicode.Scalar], _ sentences: [Sentence], _ ownerOf: inout [String?]
  ) -> [(range: Int, record: CaseRecord)] {
    var out: [(range: Int, record: CaseRecord)] = []
    for (i, e) in entities.enumerated() {
      guard let term = e.value.prisonTerm, term.kind == .range, let k = sentenceOf[i] else { continue }
      // the clause: back to the previous penalty in the sentence
      var members: [String] = []
      var evidence: Set<Int> = [i]
      var charges: [(index: Int, name: String)] = []
      var lower = sentences[k].start
      var j = i - 1
      while j >= 0, sentenceOf[j] == k {
        let f = entities[j]
        if penaltyTypes.contains(f.type) {
          lower = f.end
          break
        }
        if let p = f.value.person {
          if !members.contains(p.personID) { members.insert(p.personID, at: 0) }
          evidence.insert(j)
        }
        if let c = f.value.charge, !charges.contains(where: { $0.name == c.nameZh }) { charges.insert((j, c.nameZh), at: 0) }
        j -= 1
      }
      for c in bySentence[k] {
        guard let charge = entities[c].value.charge, c < i else { continue }
        if let first = sentenceOwnerStart[k], c > first { continue }
        if !charges.contains(where: { $0.name == charge.nameZh }) { charges.append((c, charge.nameZh)) }
      }
      // money after the range, up to the next person or penalty
      var money: [MoneyValue] = []
      var fines: [MoneyValue] = []
      var confiscations: [MoneyValue] = []
      var m = i + 1
      while m < entities.count, sentenceOf[m] == k {
        let f = entities[m]
        if f.value.person != nil || penaltyTypes.contains(f.type) { break }
        if let v = f.value.money, ownerOf[m] == nil || members.contains(ownerOf[m] ?? "") {
          ownerOf[m] = nil
          evidence.insert(m)
          switch v.role {
          case .fine: if !fines.contains(v) { fines.append(v) }
          case .confiscation: if !confiscations.contains(v) { confiscations.append(v) }
          default: if !money.contains(v) { money.append(v) }
          }
        }
        m += 1
      }
      let count = term.defendantCount ?? groupCount(s, from: lower, to: e.start) ?? (members.count >= 2 ? members.count : nil)
      var names: [String] = []
      for f in entities {
        guard let p = f.value.person, members.contains(p.personID), !names.contains(f.text) else { continue }
        names.append(f.text)
      }
      let court = nearest(.court, before: i, sentence: k, entities, bySentence, blockOf)
      let date = nearest(.date, before: i, sentence: k, entities, bySentence, blockOf)
      for x in [court, date].compactMap({ $0 }) { evidence.insert(x) }
      evidence.formUnion(charges.map(\.index))
      let record = CaseRecord(
        personID: "g\(out.count + 1)", names: names, court: court.flatMap { entities[$0].value.court },
        date: date.flatMap { entities[$0].value.date?.value }, charges: charges.map(\.name), prisonTerm: term,
        fines: fines, confiscations: confiscations, otherMoney: money, evidence: evidence.sorted(),
        prisonTermInstance: instance(s, e), group: CaseGroup(count: count, members: members))
      out.append((i, record))
    }
    return out
  }

  /// The last count of people written in `from..<to`: `N人`/`N名` (五人, 张某等3人, 11名被告人; not 人民), or
  /// an English number before a group noun or verb ("five defendants", "Nine others", "Three of them",
  /// "3 were"); at least two.
  static func groupCount(_ s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
    var found: Int?
    var j = from
    while j < to {
      let c = s[j]
      if c == "人" || c == "名", j + 1 >= s.count || s[j + 1] != "民", let n = PenaltyScan.count(endingAt: j, s, lower: numeralStart(s, j, from)),
        n.value >= 2 {
        found = n.value
      } else if LatinWords.startsWord(s, j) || (CharClass.isASCIIDigit(c) && (j == from || !CharClass.isASCIIDigit(s[j - 1]))),
        let n = PenaltyScan.englishCount(s, j, limit: to), n.value >= 2, n.value < 1000, isGroupNoun(s, after: n.end, limit: to) {
        found = n.value
        j = n.end
        continue
      }
      j += 1
    }
    return found
  }

  /// Where the numeral before `end` may start: back over numeral scalars, then forward past a leading
  /// 余/多/数/几 that belongs to the word before (其余五人 → 五).
  static func numeralStart(_ s: [Unicode.Scalar], _ end: Int, _ lower: Int) -> Int {
    var b = end
    while b > lower, end - b < 12, PenaltyScan.isNumeralScalar(s[b - 1]) { b -= 1 }
    while b < end, "余餘多数數几幾".unicodeScalars.contains(s[b]) { b += 1 }
    return b
  }

  /// A group noun or verb right after a count, or after one adjective ("five defendants", "three former
  /// officials", "Nine others", "Three of them", "five were").
  static func isGroupNoun(_ s: [Unicode.Scalar], after i: Int, limit: Int) -> Bool {
    let words = LatinWords.wordsAfter(s, i, limit: limit, count: 2)
    guard let first = words.first, first.lowerBound - i <= 1 else { return false }
    func noun(_ w: Range<Int>) -> Bool { groupNouns.contains { LatinWords.equals(s, w, $0) } }
    if noun(first) { return true }
    guard words.count == 2, CharClass.isASCIILetter(s[first.lowerBound]), EnglishNumberWords.match(s, first.lowerBound) == nil else {
      return false
    }
    return noun(words[1])
  }
}
