/// Finds administrative and disciplinary penalties that carry no amount: warnings, demerits, demotion,
/// dismissal, expulsion from the Party or public office, and public criticism.
///
/// Chinese anchors on 警告 (严重警告), 记过, 记大过, 降级, 撤职, 开除党籍, 开除公职 and 通报批评. The
/// first five are everyday words too (发出警告, 提醒警告, 消费降级, 登记过), so they count only as a
/// penalty: after a qualifier (行政警告, 党内严重警告, 政务记过 — the qualifier is part of the entity),
/// before 处分/处罚/处理 (警告处分), or after a giving verb in the same clause (给予宋某警告, 予以警告,
/// 处以警告; 受到/被 for the others). 开除党籍, 开除公职 and 通报批评 are penalties wherever they stand;
/// 开除党籍和公职 also yields `public_dismissal` over 公职. Statute text is skipped: alternatives
/// (警告或者记过), hypotheticals (可以给予警告) and conditions (情节较重的，给予撤职处分).
/// English: `warning` after `administrative`/`disciplinary`/`intra-party` (`serious` makes it
/// `serious_warning`), before `administrative penalty`/`penalty`/`punishment`/`sanction`, or with a
/// giving verb before and a penalty word after in the clause (`gave Song a warning administrative penalty
/// decision`); `demerit` (`major demerit` → `serious_demerit`); `expelled from the Party` and
/// `dismissed from public office`.
///
///     给予宋某警告处分 → 警告 {kind warning}
///     gave Song a warning administrative penalty decision → warning {kind warning}
public struct ExtractWarnings: UnitExtractor {
  public static let name = "extract-warnings"
  public static let summary = "penalties without an amount (警告, 记过, 撤职, 开除党籍, 通报批评, administrative warning)"

  public init(options: StageOptions) {}

  public static let overlaps = OverlapPolicy.longestFirst

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    var found: [(range: Range<Int>, value: WarningValue.Kind)] = []
    scan(unit.scalars, unit.range, into: &found)
    return found.map { EntityCandidate($0.range, .warning(WarningValue(kind: $0.value))) }
  }

  func scan(_ s: [Unicode.Scalar], _ r: Range<Int>, into found: inout [(range: Range<Int>, value: WarningValue.Kind)]) {
    PenaltyScan.walk(s, r) {
      english(s, $0, r, &found)
    } other: { i in
      let c = s[i]
      switch c {
      case "警", "记", "降", "撤", "开", "通": chinese(s, i, r, &found)
      default: break
      }
    }
  }

  // MARK: Chinese

  /// Penalty words, each with its kind and whether it needs penalty context.
  static let words: [(word: [Unicode.Scalar], kind: WarningValue.Kind, needsContext: Bool)] = [
    ("警告", .warning, true), ("记大过", .seriousDemerit, true), ("记过", .demerit, true),
    ("降级", .demotion, true), ("撤职", .dismissal, true), ("开除党籍", .partyExpulsion, false),
    ("开除公职", .publicDismissal, false), ("通报批评", .criticism, false),
  ].map { (entry: (String, WarningValue.Kind, Bool)) in (Literal.scalars(entry.0), entry.1, entry.2) }

  static let wordList = words.map(\.word)
  static let qualifiers = ["行政", "党内", "政务", "纪律"].map(Literal.scalars)
  static let serious = Literal.scalars("严重")
  static let penaltyNouns = ["处分", "处罚", "处理"].map(Literal.scalars)
  static let givers = ["给予", "予以", "处以", "作出", "受到", "被"].map(Literal.scalars)
  static let passiveGivers = 2
  static let alternatives = ["或者", "或"].map(Literal.scalars)
  static let gongzhi = Literal.scalars("公职")
  // 登记过, 忘记过, 日记过: 记 + the aspect marker 过, not 记过
  static let jiguoPrefixes = "登忘日笔标牢铭书惦速摘".unicodeScalars

  func chinese(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: WarningValue.Kind)]) {
    guard let (index, end) = PenaltyScan.first(s, i, limit: r.upperBound, Self.wordList) else { return }
    var kind = Self.words[index].kind
    let word = Self.words[index].word
    if word[0] == "记", i > r.lowerBound, Self.jiguoPrefixes.contains(s[i - 1]) { return }
    var start = i
    if word[0] == "警", PenaltyScan.endsWith(s, start, lower: r.lowerBound, Self.serious) {
      start -= 2
      kind = .seriousWarning
    }
    var qualified = false
    if let q = Self.qualifiers.first(where: { PenaltyScan.endsWith(s, start, lower: r.lowerBound, $0) }) {
      start -= q.count
      qualified = true
    }
    let clause = PenaltyScan.clauseStart(s, start, lower: r.lowerBound)
    if Self.isStatute(s, start, end, clause, r) { return }
    if Self.words[index].needsContext && !qualified {
      var k = end
      if k < r.upperBound, s[k] == "的" { k += 1 }
      let before = PenaltyScan.first(s, k, limit: r.upperBound, Self.penaltyNouns) != nil
      // 受到美方警告 is a rebuke, 被降级 a downgrade: for these two only an active giver counts
      guard before || Self.giverBefore(s, start, clause, allowPassive: word[0] != "警" && word[0] != "降") else { return }
    }
    found.append((start..<end, kind))
    // 开除党籍和公职, 开除党籍、公职
    if kind == .partyExpulsion, end < r.upperBound, s[end] == "和" || s[end] == "、" || s[end] == "及",
      PenaltyScan.has(s, end + 1, limit: r.upperBound, Self.gongzhi) {
      found.append((end + 1..<end + 3, .publicDismissal))
    }
  }

  /// A giving verb (给予, 予以, 处以, 作出; 受到 and 被 when `allowPassive`) in the clause before `start`,
  /// at most 12 scalars back.
  static func giverBefore(_ s: [Unicode.Scalar], _ start: Int, _ clause: Int, allowPassive: Bool) -> Bool {
    var j = max(clause, start - 12)
    while j < start {
      if let g = PenaltyScan.first(s, j, limit: start, givers), allowPassive || g.index < givers.count - passiveGivers {
        return true
      }
      j += 1
    }
    return false
  }

  /// Statute text: an alternative next to the word (警告或者记过), a hypothetical in the clause (可以给予),
  /// or a condition clause before it (情节较重的，给予撤职处分).
  static func isStatute(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ clause: Int, _ r: Range<Int>) -> Bool {
    let j = PenaltyScan.skipSpacesBack(s, start, lower: r.lowerBound)
    if alternatives.contains(where: { PenaltyScan.endsWith(s, j, lower: r.lowerBound, $0) }) { return true }
    var k = end
    if k < r.upperBound, s[k] == "处" && k + 1 < r.upperBound && s[k + 1] == "分" { k += 2 }
    if PenaltyScan.first(s, k, limit: r.upperBound, alternatives) != nil { return true }
    if PenaltyScan.isHypotheticalZh(s, clause..<start) { return true }
    if clause >= r.lowerBound + 2, s[clause - 1] == "，" || s[clause - 1] == ",", s[clause - 2] == "的" { return true }
    return false
  }

  // MARK: English

  static let wWarning = Literal.scalars("warning")
  static let wDemerit = Literal.scalars("demerit")
  static let wSerious = Literal.scalars("serious")
  static let warningQualifiers = ["administrative", "disciplinary"].map(Literal.scalars)
  static let wParty = Literal.scalars("party")
  static let partyPrefixes = ["intra", "inner"].map(Literal.scalars)
  static let demeritQualifiers = ["major", "serious", "grave"].map(Literal.scalars)
  static let penaltyWords = ["penalty", "penalties", "punishment", "sanction", "sanctions"].map(Literal.scalars)
  static let penaltyTails: [[[Unicode.Scalar]]] = [
    ["administrative", "penalty"], ["administrative", "punishment"], ["administrative", "sanction"],
    ["disciplinary", "penalty"], ["disciplinary", "punishment"], ["disciplinary", "sanction"], ["penalty"],
    ["punishment"], ["sanction"], ["within", "the", "party"], ["inside", "the", "party"],
  ].map { $0.map(Literal.scalars) }
  static let detours = ["that", "about", "of", "against", "to", "on", "over", "for"].map(Literal.scalars)
  static let giveVerbs = ["gave", "given", "give", "gives", "giving", "issued", "issue", "issues", "imposed",
                          "impose", "imposes", "received", "receive", "receives", "got", "handed"].map(Literal.scalars)

  func english(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: WarningValue.Kind)]) {
    switch word.count {
    case 7 where LatinWords.equals(s, word, Self.wWarning): warning(s, word, r, &found)
    case 7 where LatinWords.equals(s, word, Self.wDemerit): demerit(s, word, r, &found)
    case 8, 9: expulsion(s, word, r, &found)
    default: break
    }
  }

  func warning(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: WarningValue.Kind)]) {
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    let before = LatinWords.wordsBefore(s, word.lowerBound, lower: lower, count: 12)
    var start = word.lowerBound
    var qualified = false
    var serious = false
    var n = 0
    while n < min(before.count, 4) {
      let w = before[n]
      n += 1
      if Self.warningQualifiers.contains(where: { LatinWords.equals(s, w, $0) }) {
        qualified = true
        start = w.lowerBound
      } else if LatinWords.equals(s, w, Self.wParty), n < before.count,
        Self.partyPrefixes.contains(where: { LatinWords.equals(s, before[n], $0) }) {
        // "intra-party", "inner-party"
        qualified = true
        start = before[n].lowerBound
        n += 1
      } else if LatinWords.equals(s, w, Self.wSerious) {
        serious = true
        start = w.lowerBound
      } else {
        break
      }
    }
    if PenaltyScan.isHypotheticalEn(s, start, lower: lower) { return }
    if !qualified {
      let tail = LatinWords.gap(s, word.upperBound, limit: r.upperBound)
        .flatMap { LatinWords.firstPhrase(s, $0, limit: r.upperBound, Self.penaltyTails) }
      var ok = tail != nil
      if !ok, before.contains(where: { w in Self.giveVerbs.contains { LatinWords.equals(s, w, $0) } }) {
        let clauseEnd = PenaltyScan.clauseEnd(s, word.upperBound, limit: r.upperBound)
        // the penalty word within four words, not in a clause about something else ("a warning that
        // penalties may rise")
        for w in LatinWords.wordsAfter(s, word.upperBound, limit: clauseEnd, count: 4) {
          if Self.penaltyWords.contains(where: { LatinWords.equals(s, w, $0) }) {
            ok = true
            break
          }
          if Self.detours.contains(where: { LatinWords.equals(s, w, $0) }) { break }
        }
      }
      guard ok else { return }
    }
    found.append((start..<word.upperBound, serious ? .seriousWarning : .warning))
  }

  func demerit(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: WarningValue.Kind)]) {
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
    var start = word.lowerBound
    var kind = WarningValue.Kind.demerit
    if let prev = LatinWords.wordsBefore(s, word.lowerBound, lower: lower, count: 1).first,
      Self.demeritQualifiers.contains(where: { LatinWords.equals(s, prev, $0) }) {
      start = prev.lowerBound
      kind = .seriousDemerit
    }
    found.append((start..<word.upperBound, kind))
  }

  static let expellers = ["expelled", "expulsion", "dismissed", "dismissal"].map(Literal.scalars)
  static let wFrom = Literal.scalars("from")
  static let wAnd = Literal.scalars("and")
  static let partyObjects: [[[Unicode.Scalar]]] = [
    ["the", "communist", "party", "of", "china"], ["the", "communist", "party"], ["the", "party"], ["the", "cpc"],
    ["party"],
  ].map { $0.map(Literal.scalars) }
  static let officeObjects: [[[Unicode.Scalar]]] = [["public", "office"], ["public", "employment"], ["public", "service"]]
    .map { $0.map(Literal.scalars) }

  /// `expelled from the Party [and public office]`, `dismissed from public office`.
  func expulsion(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: WarningValue.Kind)]) {
    guard Self.expellers.contains(where: { LatinWords.equals(s, word, $0) }),
      let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let from = LatinWords.word(s, g, limit: r.upperBound, Self.wFrom),
      let g2 = LatinWords.gap(s, from, limit: r.upperBound) else { return }
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
    if let o = LatinWords.firstPhrase(s, g2, limit: r.upperBound, Self.officeObjects) {
      found.append((word.lowerBound..<o.end, .publicDismissal))
      return
    }
    let isExpel = LatinWords.hasPrefix(s, word, Literal.scalars("expel"))
    guard isExpel, let p = LatinWords.firstPhrase(s, g2, limit: r.upperBound, Self.partyObjects) else { return }
    found.append((word.lowerBound..<p.end, .partyExpulsion))
    // "expelled from the Party and public office"
    if let g3 = LatinWords.gap(s, p.end, limit: r.upperBound), let a = LatinWords.word(s, g3, limit: r.upperBound, Self.wAnd),
      let g4 = LatinWords.gap(s, a, limit: r.upperBound) {
      var k = g4
      if let f = LatinWords.word(s, k, limit: r.upperBound, Self.wFrom), let g5 = LatinWords.gap(s, f, limit: r.upperBound) { k = g5 }
      if let o = LatinWords.firstPhrase(s, k, limit: r.upperBound, Self.officeObjects) {
        found.append((k..<o.end, .publicDismissal))
      }
    }
  }
}
