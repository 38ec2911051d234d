import QingxiNumbers

/// Finds prison sentences in Chinese and English: fixed terms in months, life, and death (with or
/// without a reprieve), and the probation a fixed term was suspended for.
///
/// Chinese anchors on 徒刑, 死刑/死缓, 获刑 and 判; English on `sentenced`, `prison`, `jail`,
/// `imprisonment`, `life` and `death`. A fixed term is a duration written right after 有期徒刑 (or
/// before it after a sentencing verb: 判处3年有期徒刑), after 获刑/判刑/判处/被判, or next to `in prison`,
/// `'s imprisonment`, `prison term`, or after `sentenced … to`. Statute text (三年以下有期徒刑), ranges
/// (有期徒刑十年以上), alternatives (无期徒刑或者死刑) and hypotheticals (最高可判处, faces up to, could be
/// sentenced) are not sentences. Life and death need a sentencing word before them in the same sentence
/// (判, 获, 核准, 减为, 执行). A probation or reprieve written right after the term (`，缓刑四年`,
/// `，缓期二年执行`, `suspended for four years`, `with a two-year reprieve`) is part of the entity, whose
/// text then runs from the term through the probation. `months` is null for life and death; a death
/// reprieve sets `reprieve` and leaves `probation_months` null.
///
///     被判处有期徒刑十一年六个月 → 有期徒刑十一年六个月 {kind fixed, months 138}
///     判处有期徒刑三年，缓刑四年 → 有期徒刑三年，缓刑四年 {kind fixed, months 36, probation_months 48}
///     sentenced Zhu Moumou to 1 year and 6 months in prison → 1 year and 6 months in prison {months 18}
public struct ExtractPrisonTerms: UnitExtractor {
  public static let name = "extract-prison-terms"
  public static let summary = "prison terms (有期徒刑十一年六个月, 无期徒刑, 死缓, 11 years in prison) with months and probation"

  public init(options: StageOptions) {}

  public static let overlaps = OverlapPolicy.longestFirst

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    var found: [(range: Range<Int>, value: PrisonTermValue)] = []
    scan(unit.scalars, unit.range, into: &found)
    return found.map { EntityCandidate($0.range, .prisonTerm($0.value)) }
  }

  /// A fixed term over `start..<end`, extended over the probation written right after it, if any
  /// (`有期徒刑三年，缓刑四年`, "three years' imprisonment suspended for four years").
  static func fixed(_ months: Int, _ start: Int, _ end: Int, probation: (months: Int, end: Int)?) -> (range: Range<Int>, value: PrisonTermValue) {
    (start..<(probation?.end ?? end), PrisonTermValue(kind: .fixed, months: months, probationMonths: probation?.months, reprieve: false))
  }

  /// A group range over `range`.
  static func group(_ range: Range<Int>, _ r: (min: Int, max: Int, end: Int), count: Int?) -> (range: Range<Int>, value: PrisonTermValue) {
    (range, PrisonTermValue(kind: .range, months: nil, probationMonths: nil, reprieve: false, minMonths: r.min, maxMonths: r.max,
                            defendantCount: count))
  }

  static let wBetween = Literal.scalars("between")
  static let wFrom = Literal.scalars("from")
  static let wRanging = Literal.scalars("ranging")
  static let rangeLeads = ["between", "from", "ranging", "of", "terms", "term", "jail", "prison", "sentences"].map(Literal.scalars)
  static let rangeJoins = ["to", "and"].map(Literal.scalars)

  /// A range of terms starting at `p`, both ends bounded and different: `一年至三年`, `七个月至九个月`,
  /// `十五年至一年六个月` (ends in any order), `3至5年`, `3年以上10年以下`, `10 to 15 years`, `between three
  /// and 15 years`, `from six months to ten years`. A bare first number takes the second end's unit.
  static func termRange(_ s: [Unicode.Scalar], _ p: Int, limit: Int) -> (min: Int, max: Int, end: Int)? {
    guard p < limit else { return nil }
    if let m = TimeDeltaRange.match(in: s, from: p), m.end <= limit, let lo = m.range.lower, let hi = m.range.upper,
      let a = DurationMonths.months(lo), let b = DurationMonths.months(hi), a != b {
      return (Swift.min(a, b), Swift.max(a, b), m.end)
    }
    // English: [N unit | N] to|and N unit
    var firstMonths: Int?
    var firstCount: Int?
    var k: Int
    if let d = DurationMonths.match(in: s, from: p), d.end <= limit {
      firstMonths = d.months
      k = d.end
    } else if let n = PenaltyScan.englishCount(s, p, limit: limit) {
      firstCount = n.value
      k = n.end
    } else {
      return nil
    }
    guard let g = LatinWords.gap(s, k, limit: limit), let join = LatinWords.firstPhrase(s, g, limit: limit, Self.rangeJoins.map { [$0] }),
      let g2 = LatinWords.gap(s, join.end, limit: limit), let second = DurationMonths.match(in: s, from: g2), second.end <= limit
    else { return nil }
    if firstMonths == nil, let n1 = firstCount {
      guard let n2 = PenaltyScan.englishCount(s, g2, limit: limit), n2.value > 0, second.months % n2.value == 0 else { return nil }
      firstMonths = n1 * (second.months / n2.value)
    }
    guard let a = firstMonths, a != second.months else { return nil }
    return (Swift.min(a, second.months), Swift.max(a, second.months), second.end)
  }

  /// Skips the English words that lead into a range (`terms ranging from`, `between`, `of`), at most four.
  static func skipRangeLead(_ s: [Unicode.Scalar], _ p: Int, limit: Int) -> Int {
    var k = p
    var n = 0
    while n < 4, let w = LatinWords.wordsAfter(s, k, limit: limit, count: 1).first, w.lowerBound - k <= 1,
      Self.rangeLeads.contains(where: { LatinWords.equals(s, w, $0) }) {
      k = LatinWords.gap(s, w.upperBound, limit: limit) ?? w.upperBound
      n += 1
    }
    return k
  }

  /// The people a group range is over: `N人`/`N名` right after `i` (有期徒刑92人), or `N人分别` before it.
  static func groupCount(_ s: [Unicode.Scalar], after i: Int, before start: Int, _ r: Range<Int>) -> Int? {
    let k = PenaltyScan.skipSpaces(s, i, limit: r.upperBound)
    if let n = ChineseNumber.matchNumeral(in: s, from: k, options: []), n.end < r.upperBound, s[n.end] == "人" || s[n.end] == "名",
      n.value >= 1, n.value < 1e6, n.value == n.value.rounded() {
      return Int(n.value)
    }
    let from = PenaltyScan.unitStart(s, start, lower: r.lowerBound, maxBack: 30)
    var j = from
    while j < start {
      if s[j] == "人" || s[j] == "名", j + 2 <= start, s[j + 1] == "分", let c = PenaltyScan.count(endingAt: j, s, lower: from) {
        return c.value
      }
      j += 1
    }
    return nil
  }

  static let budeng = Literal.scalars("不等")
  static let fenbie = Literal.scalars("分别")

  /// Whether a group is meant: 不等 at `i`, or 分别 before `start` in the unit.
  static func groupWords(_ s: [Unicode.Scalar], at i: Int, before start: Int, _ r: Range<Int>) -> Bool {
    if PenaltyScan.has(s, PenaltyScan.skipSpaces(s, i, limit: r.upperBound), limit: r.upperBound, budeng) { return true }
    let from = PenaltyScan.unitStart(s, start, lower: r.lowerBound, maxBack: 30)
    var j = from
    while j + 1 < start {
      if PenaltyScan.has(s, j, limit: start, fenbie) { return true }
      j += 1
    }
    return false
  }

  func scan(_ s: [Unicode.Scalar], _ r: Range<Int>, into found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    PenaltyScan.walk(s, r) {
      english(s, $0, r, &found)
    } other: { i in
      let c = s[i]
      switch c {
      case "徒": fixedOrLife(s, i, r, &found)
      case "死": death(s, i, r, &found)
      case "获", "判", "入", "监": bare(s, i, r, &found)
      default: break
      }
    }
    found += coordinated(s, r, found)
  }

  // MARK: Chinese

  static let youqi = Literal.scalars("有期")
  static let wuqi = Literal.scalars("无期")
  static let rangeWords = ["以上", "以下", "以内", "至", "到", "-", "—", "～", "~"].map(Literal.scalars)
  // After a bare 获刑三年 / 判处3年, these say what the years are of (the 徒刑 anchor reads 判处3年有期徒刑).
  // 十年来, 三年前, 两年内 are spans of time, not sentences.
  static let otherPenalty = ["有期徒刑", "徒刑", "拘役", "管制", "剥夺", "以上", "以下", "以内", "有期", "至", "到", "来",
                             "前", "后", "内", "间", "里", "中"].map(Literal.scalars)

  /// 有期徒刑 + term, term + 有期徒刑 after a sentencing verb, and 无期徒刑 (at `徒`).
  func fixedOrLife(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard i + 1 < r.upperBound, s[i + 1] == "刑", i - 2 >= r.lowerBound else { return }
    let start = i - 2
    let anchorEnd = i + 2
    let clause = PenaltyScan.clauseStart(s, start, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalZh(s, clause..<start) { return }
    if PenaltyScan.has(s, start, limit: r.upperBound, Self.wuqi) {
      guard sentencedBefore(s, start, r), !PenaltyScan.isAlternativeZh(s, start, lower: r.lowerBound) else { return }
      found.append((start..<anchorEnd, PrisonTermValue(kind: .life, months: nil, probationMonths: nil, reprieve: false)))
      return
    }
    guard PenaltyScan.has(s, start, limit: r.upperBound, Self.youqi) else {
      // 被判处3年徒刑, 一审被判15年徒刑: a duration right before a bare 徒刑, after a sentencing verb
      var p = max(clause, i - 12)
      while p < i {
        if PenaltyScan.startsNumeral(s, p, lower: clause), let d = DurationMonths.match(in: s, from: p), d.end == i,
          Self.verbBefore(s, p, lower: clause) {
          found.append(Self.fixed(d.months, p, i + 2, probation: probationZh(s, i + 2, r)))
          return
        }
        p += 1
      }
      return
    }
    // 有期徒刑八年至一年六个月不等, 分别被判处有期徒刑一年至三年: a range over a group
    let k = PenaltyScan.skipSpaces(s, anchorEnd, limit: r.upperBound)
    if let g = Self.termRange(s, k, limit: r.upperBound) {
      let written = PenaltyScan.skipSpaces(s, g.end, limit: r.upperBound)
      let end = PenaltyScan.has(s, written, limit: r.upperBound, Self.budeng) ? written + 2 : g.end
      found.append(Self.group(start..<end, g, count: Self.groupCount(s, after: end, before: start, r)))
      return
    }
    // 有期徒刑十一年六个月
    if let d = DurationMonths.match(in: s, from: k), d.end <= r.upperBound {
      let after = PenaltyScan.skipSpaces(s, d.end, limit: r.upperBound)
      if PenaltyScan.first(s, after, limit: r.upperBound, Self.rangeWords) != nil { return }
      found.append(Self.fixed(d.months, start, d.end, probation: probationZh(s, d.end, r)))
      return
    }
    // 判处3年有期徒刑: a term ending right at 有期徒刑 (or at 的 before it), after a sentencing verb
    var target = PenaltyScan.skipSpacesBack(s, start, lower: clause)
    if target > clause, s[target - 1] == "的" { target -= 1 }
    rangeBefore(s, target: target, anchorEnd: anchorEnd, clause: clause, r, &found)
    var p = max(clause, target - 14)
    while p < target {
      if PenaltyScan.startsNumeral(s, p, lower: clause), let d = DurationMonths.match(in: s, from: p),
        PenaltyScan.skipSpacesBack(s, target, lower: p) == d.end || d.end == target {
        guard Self.verbBefore(s, p, lower: clause) else { return }
        found.append(Self.fixed(d.months, p, anchorEnd, probation: probationZh(s, anchorEnd, r)))
        return
      }
      p += 1
    }
  }

  /// `七个月至九个月不等的有期徒刑`, `3年以上10年以下有期徒刑92人`: a group range ending at `target` (before
  /// 有期徒刑), with 不等, 分别 or a count of people saying it is over a group (statute text has none).
  func rangeBefore(_ s: [Unicode.Scalar], target: Int, anchorEnd: Int, clause: Int, _ r: Range<Int>,
                   _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    var t = target
    let budeng = PenaltyScan.endsWith(s, t, lower: clause, Self.budeng)
    if budeng { t = PenaltyScan.skipSpacesBack(s, t - 2, lower: clause) }
    var p = max(clause, t - 24)
    while p < t {
      if PenaltyScan.startsNumeral(s, p, lower: clause), let g = Self.termRange(s, p, limit: t), g.end == t {
        let count = Self.groupCount(s, after: anchorEnd, before: p, r)
        guard budeng || count != nil || Self.groupWords(s, at: t, before: p, r) else { return }
        found.append(Self.group(p..<anchorEnd, g, count: count))
        return
      }
      p += 1
    }
  }

  /// A sentencing verb in the few scalars before a term written ahead of 有期徒刑 (判处, 被判, 获刑, 处以,
  /// 减为); statute text writes `三年以下有期徒刑`, which never reaches here.
  static func verbBefore(_ s: [Unicode.Scalar], _ p: Int, lower: Int) -> Bool {
    var j = p
    while j > max(lower, p - 8) {
      j -= 1
      switch s[j] {
      case "判", "获", "处", "为": return true
      default: continue
      }
    }
    return false
  }

  static let sentencingWords = ["判", "获", "核准", "减为", "执行"].map(Literal.scalars)

  /// A sentencing word (判处, 被判, 获刑, 核准, 减为, 执行) earlier in the same sentence-like unit.
  func sentencedBefore(_ s: [Unicode.Scalar], _ start: Int, _ r: Range<Int>) -> Bool {
    let from = PenaltyScan.unitStart(s, start, lower: r.lowerBound, maxBack: 40)
    var j = from
    while j < start {
      if PenaltyScan.first(s, j, limit: start, Self.sentencingWords) != nil { return true }
      j += 1
    }
    return false
  }

  static let huanxing = Literal.scalars("缓刑")
  static let huanqi = Literal.scalars("缓期")
  static let zhixing = Literal.scalars("执行")

  /// `，缓刑四年` or `，缓期四年执行` right after a fixed term: the probation in months and its end.
  func probationZh(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (months: Int, end: Int)? {
    let k = PenaltyScan.skipComma(s, i, limit: r.upperBound)
    if PenaltyScan.has(s, k, limit: r.upperBound, Self.huanxing) {
      let j = PenaltyScan.skipSpaces(s, k + 2, limit: r.upperBound)
      guard let d = DurationMonths.match(in: s, from: j), d.end <= r.upperBound else { return nil }
      return (d.months, d.end)
    }
    if PenaltyScan.has(s, k, limit: r.upperBound, Self.huanqi) {
      let j = PenaltyScan.skipSpaces(s, k + 2, limit: r.upperBound)
      guard let d = DurationMonths.match(in: s, from: j), d.end <= r.upperBound else { return nil }
      let e = PenaltyScan.has(s, d.end, limit: r.upperBound, Self.zhixing) ? d.end + 2 : d.end
      return (d.months, e)
    }
    return nil
  }

  /// 死刑 (with `，缓期二年执行`) and 死缓, after a sentencing word (at `死`).
  func death(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard i + 1 < r.upperBound, s[i + 1] == "刑" || s[i + 1] == "缓" else { return }
    guard sentencedBefore(s, i, r), !PenaltyScan.isAlternativeZh(s, i, lower: r.lowerBound) else { return }
    let clause = PenaltyScan.clauseStart(s, i, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalZh(s, clause..<i) { return }
    if s[i + 1] == "缓" {
      found.append((i..<i + 2, PrisonTermValue(kind: .death, months: nil, probationMonths: nil, reprieve: true)))
      return
    }
    var end = i + 2
    var reprieve = false
    let k = PenaltyScan.skipComma(s, end, limit: r.upperBound)
    if PenaltyScan.has(s, k, limit: r.upperBound, Self.huanqi) {
      reprieve = true
      end = k + 2
      let j = PenaltyScan.skipSpaces(s, end, limit: r.upperBound)
      if let d = DurationMonths.match(in: s, from: j), d.end <= r.upperBound { end = d.end }
      if PenaltyScan.has(s, end, limit: r.upperBound, Self.zhixing) { end += 2 }
    }
    found.append((i..<end, PrisonTermValue(kind: .death, months: nil, probationMonths: nil, reprieve: reprieve)))
  }

  static let jianjin = Literal.scalars("监禁")
  static let bareAnchors = ["获刑", "判刑", "判处", "判囚", "入狱", "监禁", "判"].map(Literal.scalars)

  /// 获刑11年, 判刑三年, 判处十年, 被判11年: a term right after the verb (at `获`/`判`).
  func bare(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard let a = PenaltyScan.first(s, i, limit: r.upperBound, Self.bareAnchors) else { return }
    // 审判, 裁判, 批判, 评判 are not sentencing
    if a.index == Self.bareAnchors.count - 1, i > r.lowerBound, "审裁批评谈".unicodeScalars.contains(s[i - 1]) { return }
    // 入狱 and 监禁 say a term was served or is being served only after a sentencing word (判处…入狱三年 is
    // rare; 入狱三年后 is a span of time): require one in the clause.
    if a.index == 4 || a.index == 5 {
      guard Self.verbBefore(s, i, lower: PenaltyScan.clauseStart(s, i, lower: r.lowerBound)) || sentencedBefore(s, i, r) else { return }
    }
    var k = PenaltyScan.skipSpaces(s, a.end, limit: r.upperBound)
    if k < r.upperBound, s[k] == "其" { k += 1 }
    guard PenaltyScan.startsNumeral(s, k, lower: r.lowerBound), let d = DurationMonths.match(in: s, from: k),
      d.end <= r.upperBound else { return }
    let after = PenaltyScan.skipSpaces(s, d.end, limit: r.upperBound)
    if PenaltyScan.first(s, after, limit: r.upperBound, Self.otherPenalty) != nil { return }
    let clause = PenaltyScan.clauseStart(s, i, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalZh(s, clause..<i) { return }
    // 判处15年监禁: the penalty word after the term belongs to it
    let end = PenaltyScan.has(s, after, limit: r.upperBound, Self.jianjin) ? after + 2 : d.end
    found.append(Self.fixed(d.months, i, end, probation: probationZh(s, end, r)))
  }

  // MARK: English

  static let wSentenced = Literal.scalars("sentenced")
  static let wPrison = Literal.scalars("prison")
  static let wJail = Literal.scalars("jail")
  static let wImprisonment = Literal.scalars("imprisonment")
  static let wLife = Literal.scalars("life")
  static let wSentence = Literal.scalars("sentence")
  static let wJailed = Literal.scalars("jailed")
  static let wImprisoned = Literal.scalars("imprisoned")
  static let wDeath = Literal.scalars("death")
  static let wTo = Literal.scalars("to")
  static let termWords: [[[Unicode.Scalar]]] = ["term", "terms", "sentence", "sentences"].map { [Literal.scalars($0)] }
  static let ofFor: [[[Unicode.Scalar]]] = [[Literal.scalars("of")], [Literal.scalars("for")]]
  // "sentenced to six months of criminal detention" is 拘役, "… of public surveillance" 管制
  static let notPrison = ["detention", "surveillance", "probation", "community"].map(Literal.scalars)
  static let lifeTails: [[[Unicode.Scalar]]] = [["imprisonment"], ["in", "prison"], ["in", "jail"], ["behind", "bars"],
                                                ["sentence"], ["term"]].map { $0.map(Literal.scalars) }
  static let prisonTails: [[[Unicode.Scalar]]] = [["in", "prison"], ["in", "jail"], ["of", "imprisonment"],
                                                  ["imprisonment"], ["behind", "bars"], ["prison", "term"],
                                                  ["prison", "sentence"], ["jail", "term"], ["jail", "sentence"],
                                                  ["sentence"]]
    .map { $0.map(Literal.scalars) }

  func english(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
               _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    switch word.count {
    case 9 where LatinWords.equals(s, word, Self.wSentenced): sentenced(s, word, r, &found)
    case 6 where LatinWords.equals(s, word, Self.wPrison), 4 where LatinWords.equals(s, word, Self.wJail),
      12 where LatinWords.equals(s, word, Self.wImprisonment):
      prison(s, word, r, &found)
    case 8 where LatinWords.equals(s, word, Self.wSentence): prison(s, word, r, &found)
    case 6 where LatinWords.equals(s, word, Self.wJailed), 10 where LatinWords.equals(s, word, Self.wImprisoned):
      jailed(s, word, r, &found)
    case 4 where LatinWords.equals(s, word, Self.wLife): life(s, word, r, &found)
    case 5 where LatinWords.equals(s, word, Self.wDeath): englishDeath(s, word, r, &found)
    case 3, 6, 7, 8, 9, 10: changedTo(s, word, r, &found)  // reduced/commuted/cut … to <term>
    default: break
    }
  }

  /// `sentenced <someone> to <term> [in prison]`, `… to life`, `… to death [with a two-year reprieve]`.
  func sentenced(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
                 _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
    let after = LatinWords.wordsAfter(s, word.upperBound, limit: r.upperBound, count: 14)
    guard let to = after.first(where: { LatinWords.equals(s, $0, Self.wTo) }),
      let p = LatinWords.gap(s, to.upperBound, limit: r.upperBound), p < r.upperBound else { return }
    if let e = LatinWords.word(s, p, limit: r.upperBound, Self.wLife) {
      var end = e
      if let g = LatinWords.gap(s, e, limit: r.upperBound),
        let t = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.lifeTails) { end = t.end }
      found.append((p..<end, PrisonTermValue(kind: .life, months: nil, probationMonths: nil, reprieve: false)))
    } else if let e = LatinWords.word(s, p, limit: r.upperBound, Self.wDeath) {
      let rep = reprieveEn(s, e, r)
      found.append((p..<(rep ?? e), PrisonTermValue(kind: .death, months: nil, probationMonths: nil, reprieve: rep != nil)))
    } else if let g = Self.termRange(s, Self.skipRangeLead(s, p, limit: r.upperBound), limit: r.upperBound),
      !respectivelyAhead(s, g.end, r) {  // "to ten years and eight years respectively" is two terms
      if notPrison(s, g.end, r) { return }
      found.append(Self.group(p..<(prisonTail(s, g.end, r) ?? g.end), g, count: nil))
    } else if let d = DurationMonths.match(in: s, from: p), d.end <= r.upperBound {
      if notPrison(s, d.end, r) { return }
      let end = prisonTail(s, d.end, r) ?? d.end
      found.append(Self.fixed(d.months, p, end, probation: probationEn(s, end, r)))
    }
  }

  /// `six months of criminal detention`, `… of public surveillance`: the duration is another penalty.
  func notPrison(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Bool {
    let next = LatinWords.wordsAfter(s, i, limit: r.upperBound, count: 3)
    return next.contains { w in Self.notPrison.contains { LatinWords.equals(s, w, $0) } }
  }

  /// `jailed for 10 years`, `imprisoned for six years`, `jailed for life`.
  func jailed(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let f = LatinWords.word(s, g, limit: r.upperBound, Self.wFor),
      let g2 = LatinWords.gap(s, f, limit: r.upperBound) else { return }
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
    if let e = LatinWords.word(s, g2, limit: r.upperBound, Self.wLife) {
      found.append((word.lowerBound..<e, PrisonTermValue(kind: .life, months: nil, probationMonths: nil, reprieve: false)))
    } else if let g = Self.termRange(s, Self.skipRangeLead(s, g2, limit: r.upperBound), limit: r.upperBound),
      !respectivelyAhead(s, g.end, r) {
      found.append(Self.group(word.lowerBound..<g.end, g, count: nil))
    } else if let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound {
      found.append(Self.fixed(d.months, word.lowerBound, d.end, probation: probationEn(s, d.end, r)))
    }
  }

  /// After a duration: `' imprisonment`, ` in prison`, ` of imprisonment`, ` prison term` …; returns the end.
  func prisonTail(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Int? {
    var k = i
    if k < r.upperBound, s[k] == "'" || s[k] == "’" { k += 1 }
    guard let g = LatinWords.gap(s, k, limit: r.upperBound) else { return nil }
    return LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.prisonTails)?.end
  }

  /// `<term> in prison`, `<term>' imprisonment`, `an 11-year prison term`, `a prison term of <term>`.
  func prison(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
              _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    // backward: the earliest duration whose tail reaches this word
    var p = max(lower, word.lowerBound - 60)
    while p < word.lowerBound {
      if LatinWords.startsWord(s, p) || PenaltyScan.startsNumeral(s, p, lower: lower),
        let d = DurationMonths.match(in: s, from: p), d.end < word.lowerBound,
        let tail = prisonTail(s, d.end, r), tail > word.lowerBound {
        if PenaltyScan.isHypotheticalEn(s, p, lower: lower) { return }
        found.append(Self.fixed(d.months, p, tail, probation: probationEn(s, tail, r)))
        return
      }
      p += 1
    }
    // forward: "prison term of 11 years", "imprisonment of three years", "imprisonment for three years"
    var k = word.upperBound
    if !LatinWords.equals(s, word, Self.wImprisonment) && !LatinWords.equals(s, word, Self.wSentence) {
      guard let g = LatinWords.gap(s, k, limit: r.upperBound),
        let t = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.termWords) else { return }
      k = t.end
    }
    // "jail terms ranging from 10 to 15 years", "prison terms of between three and 15 years"
    if let g = LatinWords.gap(s, k, limit: r.upperBound), let rg = Self.termRange(s, Self.skipRangeLead(s, g, limit: r.upperBound), limit: r.upperBound) {
      if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) || notPrison(s, rg.end, r) { return }
      found.append(Self.group(word.lowerBound..<rg.end, rg, count: nil))
      return
    }
    guard let g = LatinWords.gap(s, k, limit: r.upperBound),
      let o = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.ofFor),
      let g2 = LatinWords.gap(s, o.end, limit: r.upperBound),
      let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound else { return }
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) || notPrison(s, d.end, r) { return }
    found.append(Self.fixed(d.months, word.lowerBound, d.end, probation: probationEn(s, d.end, r)))
  }

  /// `life imprisonment`, `life in prison`, `life sentence`.
  func life(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>, _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let t = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.lifeTails) else { return }
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
    found.append((word.lowerBound..<t.end, PrisonTermValue(kind: .life, months: nil, probationMonths: nil, reprieve: false)))
  }

  static let deathTails: [[[Unicode.Scalar]]] = [["sentence"], ["penalty"]].map { $0.map(Literal.scalars) }
  static let wSuspended = Literal.scalars("suspended")
  static let penaltyVerbs = ["sentenced", "given", "received", "handed", "imposed", "upheld", "receives", "gave",
                             "gets", "got"].map(Literal.scalars)

  /// `death sentence`, `suspended death sentence`, `death penalty with a two-year reprieve`.
  func englishDeath(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
                    _ found: inout [(range: Range<Int>, value: PrisonTermValue)]) {
    guard let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let t = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.deathTails) else { return }
    let lower = PenaltyScan.clauseStart(s, word.lowerBound, lower: r.lowerBound)
    if PenaltyScan.isHypotheticalEn(s, word.lowerBound, lower: lower) { return }
    var start = word.lowerBound
    var reprieve = false
    let before = LatinWords.wordsBefore(s, word.lowerBound, lower: lower, count: 12)
    if let prev = before.first, LatinWords.equals(s, prev, Self.wSuspended) {
      start = prev.lowerBound
      reprieve = true
    }
    var end = t.end
    if let e = reprieveEn(s, t.end, r) {
      end = e
      reprieve = true
    }
    // "the death penalty" is often the institution: only a given one counts
    if t.index == 1, !reprieve,
      !before.contains(where: { w in Self.penaltyVerbs.contains { LatinWords.equals(s, w, $0) } }) { return }
    found.append((start..<end, PrisonTermValue(kind: .death, months: nil, probationMonths: nil, reprieve: reprieve)))
  }

  static let wWith = Literal.scalars("with")
  static let wAnd = Literal.scalars("and")
  static let wFor = Literal.scalars("for")
  static let wOf = Literal.scalars("of")
  static let articles: [[[Unicode.Scalar]]] = ["a", "an"].map { [Literal.scalars($0)] }
  static let reprieveWords: [[[Unicode.Scalar]]] = ["reprieve", "suspension", "stay"].map { [Literal.scalars($0)] }
  static let probationWords: [[[Unicode.Scalar]]] = ["probation", "suspension", "reprieve"].map { [Literal.scalars($0)] }

  /// `, with a two-year reprieve`, `with a reprieve of two years`, `with reprieve`, `suspended for two
  /// years` after `death …`: the end of the reprieve phrase.
  func reprieveEn(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Int? {
    let k = PenaltyScan.skipComma(s, i, limit: r.upperBound)
    if let e = LatinWords.word(s, k, limit: r.upperBound, Self.wSuspended) {
      guard let g = LatinWords.gap(s, e, limit: r.upperBound),
        let f = LatinWords.word(s, g, limit: r.upperBound, Self.wFor),
        let g2 = LatinWords.gap(s, f, limit: r.upperBound),
        let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound else { return nil }
      return d.end
    }
    guard let e = LatinWords.word(s, k, limit: r.upperBound, Self.wWith),
      var j = LatinWords.gap(s, e, limit: r.upperBound) else { return nil }
    if let a = LatinWords.firstPhrase(s, j, limit: r.upperBound, Self.articles),
      let g = LatinWords.gap(s, a.end, limit: r.upperBound) { j = g }
    if let d = DurationMonths.match(in: s, from: j), d.end < r.upperBound {
      var m = d.end
      if s[m] == "'" || s[m] == "’" { m += 1 }
      guard let g = LatinWords.gap(s, m, limit: r.upperBound),
        let w = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.reprieveWords) else { return nil }
      return w.end
    }
    guard let w = LatinWords.firstPhrase(s, j, limit: r.upperBound, Self.reprieveWords) else { return nil }
    if let g = LatinWords.gap(s, w.end, limit: r.upperBound), let o = LatinWords.word(s, g, limit: r.upperBound, Self.wOf),
      let g2 = LatinWords.gap(s, o, limit: r.upperBound), let d = DurationMonths.match(in: s, from: g2),
      d.end <= r.upperBound {
      return d.end
    }
    return w.end
  }

  /// After a fixed term: `suspended for four years`, `, with four years' probation`, `with a probation
  /// of four years`, `and four years of probation`: the probation in months and its end.
  func probationEn(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (months: Int, end: Int)? {
    let k = PenaltyScan.skipComma(s, i, limit: r.upperBound)
    guard k < r.upperBound, k > i else { return nil }
    if let e = LatinWords.word(s, k, limit: r.upperBound, Self.wSuspended) {
      guard let g = LatinWords.gap(s, e, limit: r.upperBound),
        let f = LatinWords.word(s, g, limit: r.upperBound, Self.wFor),
        let g2 = LatinWords.gap(s, f, limit: r.upperBound),
        let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound else { return nil }
      return (d.months, d.end)
    }
    guard let e = LatinWords.word(s, k, limit: r.upperBound, Self.wWith) ?? LatinWords.word(s, k, limit: r.upperBound, Self.wAnd),
      var j = LatinWords.gap(s, e, limit: r.upperBound) else { return nil }
    if let a = LatinWords.firstPhrase(s, j, limit: r.upperBound, Self.articles),
      let g = LatinWords.gap(s, a.end, limit: r.upperBound) { j = g }
    if let d = DurationMonths.match(in: s, from: j), d.end < r.upperBound {
      var m = d.end
      if s[m] == "'" || s[m] == "’" { m += 1 }
      guard var g = LatinWords.gap(s, m, limit: r.upperBound) else { return nil }
      if let o = LatinWords.word(s, g, limit: r.upperBound, Self.wOf), let g2 = LatinWords.gap(s, o, limit: r.upperBound) {
        g = g2
      }
      guard let w = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.probationWords) else { return nil }
      return (d.months, w.end)
    }
    guard let w = LatinWords.firstPhrase(s, j, limit: r.upperBound, Self.probationWords),
      let g = LatinWords.gap(s, w.end, limit: r.upperBound),
      let o = LatinWords.word(s, g, limit: r.upperBound, Self.wOf) ?? LatinWords.word(s, g, limit: r.upperBound, Self.wFor),
      let g2 = LatinWords.gap(s, o, limit: r.upperBound),
      let d = DurationMonths.match(in: s, from: g2), d.end <= r.upperBound else { return nil }
    return (d.months, d.end)
  }
}
