import QingxiNumbers

/// Finds deprivations of political rights (剥夺政治权利) with their term in months, or for life.
///
/// Chinese anchors on 剥夺 followed (within a few scalars: 剥夺其政治权利) by 政治权利 and then a term
/// (剥夺政治权利2年, 剥夺政治权利二年) or 终身. English anchors on `political rights` after `deprivation
/// of`, `deprived of` or `stripped of` (a possessive may stand between: `deprived of his political
/// rights`), followed by `for <term>` or `for life`, or preceded by `<term>' deprivation of` / `<term> of
/// deprivation of`. Without a term (附加剥夺政治权利, `deprived of political rights`) nothing is emitted.
///
///     剥夺政治权利终身 → {months null, life true}
///     deprived of political rights for 2 years → {months 24, life false}
public struct ExtractPoliticalRights: UnitExtractor {
  public static let name = "extract-political-rights"
  public static let summary = "deprivation of political rights (剥夺政治权利2年, 终身, deprived of political rights for life)"

  public init(options: StageOptions) {}

  public static let overlaps = OverlapPolicy.longestFirst

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    var found: [(range: Range<Int>, value: Int?)] = []
    scan(unit.scalars, unit.range, into: &found)
    return found.map { EntityCandidate($0.range, .politicalRights(PoliticalRightsValue(months: $0.value))) }
  }

  /// `found` values are months, nil for life.
  func scan(_ s: [Unicode.Scalar], _ r: Range<Int>, into found: inout [(range: Range<Int>, value: Int?)]) {
    PenaltyScan.walk(s, r) {
      if $0.count == 9, LatinWords.equals(s, $0, Self.wPolitical) { english(s, $0, r, &found) }
    } other: { i in
      let c = s[i]
      if c == "剥", i + 1 < r.upperBound, s[i + 1] == "夺" { chinese(s, i, r, &found) }
    }
  }

  // MARK: Chinese

  static let zhengzhi = Literal.scalars("政治权利")
  static let zhongshen = Literal.scalars("终身")

  func chinese(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: Int?)]) {
    // 剥夺政治权利, 剥夺其政治权利, 剥夺被告人政治权利
    var k = i + 2
    while k < min(r.upperBound, i + 7), !PenaltyScan.has(s, k, limit: r.upperBound, Self.zhengzhi) {
      if PenaltyScan.isClauseBreak(s, k) || !ScriptClass.isHan(s[k]) { return }
      k += 1
    }
    guard PenaltyScan.has(s, k, limit: r.upperBound, Self.zhengzhi) else { return }
    let clause = PenaltyScan.clauseStart(s, i, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalZh(s, clause..<i) { return }
    let t = PenaltyScan.skipSpaces(s, k + 4, limit: r.upperBound)
    if PenaltyScan.has(s, t, limit: r.upperBound, Self.zhongshen) {
      found.append((i..<t + 2, nil))
    } else if let d = DurationMonths.match(in: s, from: t), d.end <= r.upperBound {
      found.append((i..<d.end, d.months))
    }
  }

  // MARK: English

  static let wPolitical = Literal.scalars("political")
  static let wRights = Literal.scalars("rights")
  static let wOf = Literal.scalars("of")
  static let wFor = Literal.scalars("for")
  static let wLife = Literal.scalars("life")
  static let deprivers = ["deprivation", "deprived", "deprive", "depriving", "stripped", "stripping"].map(Literal.scalars)
  static let possessives = ["his", "her", "their", "its"].map(Literal.scalars)
  static let passives = ["stripped", "revoked", "removed", "deprived", "suspended"].map(Literal.scalars)

  func english(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: Int?)]) {
    guard let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let rightsEnd = LatinWords.word(s, g, limit: r.upperBound, Self.wRights) else { return }
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    // "had his political rights stripped for life", "political rights revoked for two years"
    if let g0 = LatinWords.gap(s, rightsEnd, limit: r.upperBound),
      let v = LatinWords.wordsAfter(s, g0, limit: r.upperBound, count: 1).first, v.lowerBound == g0,
      Self.passives.contains(where: { LatinWords.equals(s, v, $0) }),
      let g1 = LatinWords.gap(s, v.upperBound, limit: r.upperBound), let f = LatinWords.word(s, g1, limit: r.upperBound, Self.wFor),
      let g2 = LatinWords.gap(s, f, limit: r.upperBound) {
      if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
      let start = LatinWords.wordsBefore(s, word.lowerBound, lower: lower, count: 1).first.flatMap { p in
        Self.possessives.contains(where: { LatinWords.equals(s, p, $0) }) ? p.lowerBound : nil
      } ?? word.lowerBound
      if let e = LatinWords.word(s, g2, limit: r.upperBound, Self.wLife) {
        found.append((start..<e, nil))
        return
      }
      if let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound {
        found.append((start..<d.end, d.months))
        return
      }
    }
    // words before, nearest first: [his] of deprived|deprivation|stripped
    var before = LatinWords.wordsBefore(s, word.lowerBound, lower: lower, count: 3)[...]
    if let p = before.first, Self.possessives.contains(where: { LatinWords.equals(s, p, $0) }) { before = before.dropFirst() }
    guard before.count >= 2, LatinWords.equals(s, before[before.startIndex], Self.wOf) else { return }
    let verb = before[before.startIndex + 1]
    guard Self.deprivers.contains(where: { LatinWords.equals(s, verb, $0) }) else { return }
    if PenaltyScan.isHypotheticalEn(s, verb.lowerBound, lower: lower) { return }
    // forward: "for 2 years", "for life"
    if let g1 = LatinWords.gap(s, rightsEnd, limit: r.upperBound), let f = LatinWords.word(s, g1, limit: r.upperBound, Self.wFor),
      let g2 = LatinWords.gap(s, f, limit: r.upperBound) {
      if let e = LatinWords.word(s, g2, limit: r.upperBound, Self.wLife) {
        found.append((verb.lowerBound..<e, nil))
        return
      }
      if let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound {
        found.append((verb.lowerBound..<d.end, d.months))
        return
      }
    }
    // backward: "2 years' deprivation of political rights", "two years of deprivation of political rights"
    var p = max(lower, verb.lowerBound - 30)
    while p < verb.lowerBound {
      if LatinWords.startsWord(s, p) || PenaltyScan.startsNumeral(s, p, lower: lower),
        let d = DurationMonths.match(in: s, from: p), d.end < verb.lowerBound {
        var k = d.end
        if s[k] == "'" || s[k] == "’" { k += 1 }
        if var q = LatinWords.gap(s, k, limit: r.upperBound) {
          if let o = LatinWords.word(s, q, limit: r.upperBound, Self.wOf), let g3 = LatinWords.gap(s, o, limit: r.upperBound) {
            q = g3
          }
          if q == verb.lowerBound {
            found.append((p..<rightsEnd, d.months))
            return
          }
        }
      }
      p += 1
    }
  }
}
