import QingxiNumbers

/// Finds detention penalties with a term: administrative detention (行政拘留, 治安拘留) and criminal
/// detention (拘役), in days.
///
/// Chinese anchors on 拘留 and 拘役 and reads the day count written after it (行政拘留15日,
/// 行政拘留十五天) or right before it (处以十日行政拘留). 拘留 with a term and without 行政/治安 is still
/// administrative (被依法拘留10日), but 刑事拘留 (pre-trial custody, not a penalty), 司法拘留 (a court's
/// coercive measure) and 拘留 without a term are skipped. 拘役 is criminal; its term is in months and is
/// converted at 30 days a month (拘役六个月 → 180; a year counts 360). English anchors on `detention` and
/// `detained`: `administrative detention for 15 days`, `15 days of administrative detention`, `a 15-day
/// administrative detention`, `administratively detained for 15 days`, `criminal detention of six months`
/// (the English rendering of 拘役 when a term is given). `detained` without `administratively`, and any
/// detention without a term, is not a penalty.
///
///     依法对其处以行政拘留15日 → 行政拘留15日 {kind administrative, days 15}
///     imposed him on administrative detention for 15 days → administrative detention for 15 days
public struct ExtractDetentions: UnitExtractor {
  public static let name = "extract-detentions"
  public static let summary = "detention penalties with a term (行政拘留15日, 拘役六个月, administrative detention for 15 days) in days"

  public init(options: StageOptions) {}

  public static let overlaps = OverlapPolicy.longestFirst

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    var found: [(range: Range<Int>, value: DetentionValue)] = []
    scan(unit.scalars, unit.range, into: &found)
    return found.map { EntityCandidate($0.range, .detention($0.value)) }
  }

  func scan(_ s: [Unicode.Scalar], _ r: Range<Int>, into found: inout [(range: Range<Int>, value: DetentionValue)]) {
    PenaltyScan.walk(s, r) {
      english(s, $0, r, &found)
    } other: { i in
      let c = s[i]
      if c == "拘", i + 1 < r.upperBound {
        if s[i + 1] == "留" { chinese(s, i, criminal: false, r, &found) }
        if s[i + 1] == "役" { chinese(s, i, criminal: true, r, &found) }
      }
    }
  }

  // MARK: Chinese

  static let adminPrefixes = ["行政", "治安"].map(Literal.scalars)
  static let excludedPrefixes = ["刑事", "司法"].map(Literal.scalars)

  /// 拘留/拘役 at `i` with a term after it (行政拘留15日) or before it (十五日行政拘留).
  func chinese(_ s: [Unicode.Scalar], _ i: Int, criminal: Bool, _ r: Range<Int>,
               _ found: inout [(range: Range<Int>, value: DetentionValue)]) {
    var start = i
    if !criminal {
      if Self.excludedPrefixes.contains(where: { PenaltyScan.endsWith(s, i, lower: r.lowerBound, $0) }) { return }
      if Self.adminPrefixes.contains(where: { PenaltyScan.endsWith(s, i, lower: r.lowerBound, $0) }) { start = i - 2 }
    }
    let clause = PenaltyScan.clauseStart(s, start, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalZh(s, clause..<start) { return }
    let kind: DetentionValue.Kind = criminal ? .criminal : .administrative
    let k = PenaltyScan.skipSpaces(s, i + 2, limit: r.upperBound)
    if let d = TimeDelta.match(in: s, from: k), d.end <= r.upperBound, let days = Self.days(d.delta, criminal: criminal) {
      found.append((start..<d.end, DetentionValue(kind: kind, days: days)))
      return
    }
    // 处以十日行政拘留, 处15日的行政拘留; only with 行政/治安 or for 拘役, since a bare 拘留 after a day
    // count is usually a date (5月15日拘留)
    guard criminal || start < i else { return }
    var target = PenaltyScan.skipSpacesBack(s, start, lower: clause)
    if target > clause, s[target - 1] == "的" { target = PenaltyScan.skipSpacesBack(s, target - 1, lower: clause) }
    var p = max(clause, target - 10)
    while p < target {
      if PenaltyScan.startsNumeral(s, p, lower: clause), p == clause || (s[p - 1] != "月" && s[p - 1] != "年"),
        let d = TimeDelta.match(in: s, from: p), d.end == target,
        let days = Self.days(d.delta, criminal: criminal) {
        found.append((p..<i + 2, DetentionValue(kind: kind, days: days)))
        return
      }
      p += 1
    }
  }

  /// Days of a detention term: administrative terms are written in days; 拘役 in months (30 days each).
  static func days(_ d: TimeDelta, criminal: Bool) -> Int? {
    if d.approximate { return nil }
    if criminal { return PenaltyScan.days30(d) }
    guard d.years == 0, d.months == 0 else { return nil }
    return PenaltyScan.days30(d)
  }

  // MARK: English

  static let wDetention = Literal.scalars("detention")
  static let wDetained = Literal.scalars("detained")
  static let wAdministrative = Literal.scalars("administrative")
  static let wAdministratively = Literal.scalars("administratively")
  static let wCriminal = Literal.scalars("criminal")
  static let linkWords: [[[Unicode.Scalar]]] = ["for", "of"].map { [Literal.scalars($0)] }
  static let wOf = Literal.scalars("of")

  func english(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
               _ found: inout [(range: Range<Int>, value: DetentionValue)]) {
    let detention = word.count == 9 && LatinWords.equals(s, word, Self.wDetention)
    let detained = word.count == 8 && LatinWords.equals(s, word, Self.wDetained)
    guard detention || detained else { return }
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    let before = LatinWords.wordsBefore(s, word.lowerBound, lower: lower, count: 1)
    guard let qualifier = before.first else { return }
    let criminal: Bool
    if detention && LatinWords.equals(s, qualifier, Self.wAdministrative) {
      criminal = false
    } else if detention && LatinWords.equals(s, qualifier, Self.wCriminal) {
      criminal = true
    } else if detained && LatinWords.equals(s, qualifier, Self.wAdministratively) {
      criminal = false
    } else {
      return
    }
    if PenaltyScan.isHypotheticalEn(s, qualifier.lowerBound, lower: lower) { return }
    let kind: DetentionValue.Kind = criminal ? .criminal : .administrative
    // forward: "administrative detention for 15 days", "criminal detention of six months"
    if let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let l = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.linkWords),
      let g2 = LatinWords.gap(s, l.end, limit: r.upperBound),
      let d = TimeDelta.match(in: s, from: g2), d.end <= r.upperBound,
      let days = Self.days(d.delta, criminal: criminal) {
      found.append((qualifier.lowerBound..<d.end, DetentionValue(kind: kind, days: days)))
      return
    }
    guard detention else { return }
    // backward: "15 days of administrative detention", "15 days' administrative detention",
    // "a 15-day administrative detention"
    var p = max(lower, qualifier.lowerBound - 30)
    while p < qualifier.lowerBound {
      if LatinWords.startsWord(s, p) || PenaltyScan.startsNumeral(s, p, lower: lower),
        let d = TimeDelta.match(in: s, from: p), d.end < qualifier.lowerBound,
        let days = Self.days(d.delta, criminal: criminal) {
        var k = d.end
        if s[k] == "'" || s[k] == "’" { k += 1 }
        if let g = LatinWords.gap(s, k, limit: r.upperBound) {
          var q = g
          if let o = LatinWords.word(s, g, limit: r.upperBound, Self.wOf), let g2 = LatinWords.gap(s, o, limit: r.upperBound) {
            q = g2
          }
          if q == qualifier.lowerBound {
            found.append((p..<word.upperBound, DetentionValue(kind: kind, days: days)))
            return
          }
        }
      }
      p += 1
    }
  }
}
