import QingxiNumbers

/// Finds counts of classified items by level: state secrets (绝密, 机密, 秘密) and intelligence (情报).
///
/// Chinese anchors on 密 of 绝密级/机密级/秘密级 and on 情报, and reads the count and measure word
/// (项/件/份/个) right before it: 7项机密级国家秘密, `7 项机密级国家秘密`, and each part of a list,
/// 1项机密级、2项秘密级国家秘密及其他6项情报 → three entities (1 机密, 2 秘密, 6 情报). 国家秘密 right
/// after the level joins the entity. A count without a level (7项国家秘密, 泄露3项国家机密 — 机密 there
/// is the loose word, the same case's levels were 1 机密 + 2 秘密) is not emitted, nor are documents
/// (5份涉密文件). English anchors on `secret(s)` and `intelligence`: `7 confidential state secrets`
/// (confidential → 机密, top secret → 绝密, secret/secret-level → 秘密), `6 items of intelligence`,
/// `6 pieces of intelligence`, `6 intelligence items`.
///
///     涉及7项机密级国家秘密 → 7项机密级国家秘密 {count 7, level 机密}
///     involves 7 confidential state secrets → 7 confidential state secrets {count 7, level 机密}
public struct ExtractSecretCounts: UnitExtractor {
  public static let name = "extract-secret-counts"
  public static let summary = "counts of classified items by level (7项机密级国家秘密, 6项情报, 7 confidential state secrets)"

  public init(options: StageOptions) {}

  public static let overlaps = OverlapPolicy.longestFirst

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    var found: [(range: Range<Int>, value: (count: Int, level: SecretCountValue.Level))] = []
    scan(unit.scalars, unit.range, into: &found)
    return found.map { EntityCandidate($0.range, .secretCount(SecretCountValue(count: $0.value.count, level: $0.value.level))) }
  }

  func scan(_ s: [Unicode.Scalar], _ r: Range<Int>, into found: inout [(range: Range<Int>, value: (count: Int, level: SecretCountValue.Level))]) {
    PenaltyScan.walk(s, r) {
      english(s, $0, r, &found)
    } other: { i in
      let c = s[i]
      if c == "密", i > r.lowerBound, i + 1 < r.upperBound, s[i + 1] == "级" {
        let level: SecretCountValue.Level?
        switch s[i - 1] {
        case "绝": level = .topSecret
        case "机": level = .confidential
        case "秘": level = .secret
        default: level = nil
        }
        if let level { chinese(s, levelStart: i - 1, levelEnd: i + 2, level: level, r, &found) }
      } else if c == "情", i + 1 < r.upperBound, s[i + 1] == "报" {
        chinese(s, levelStart: i, levelEnd: i + 2, level: .intelligence, r, &found)
      }
    }
  }

  // MARK: Chinese

  static let measureWords = Set("项件份个条".unicodeScalars)
  static let secretNouns = ["国家秘密", "军事秘密", "商业秘密", "工作秘密"].map(Literal.scalars)

  func chinese(_ s: [Unicode.Scalar], levelStart: Int, levelEnd: Int, level: SecretCountValue.Level, _ r: Range<Int>,
               _ found: inout [(range: Range<Int>, value: (count: Int, level: SecretCountValue.Level))]) {
    // the noun the level qualifies: 机密级国家秘密, 機密級軍事秘密
    var end = levelEnd
    if level != .intelligence {
      let g = PenaltyScan.skipSpaces(s, levelEnd, limit: r.upperBound)
      if let n = PenaltyScan.first(s, g, limit: r.upperBound, Self.secretNouns) { end = n.end }
    }
    // the measure word, then the count, right before the level (spaces allowed: `7 项机密级`)
    var k = PenaltyScan.skipSpacesBack(s, levelStart, lower: r.lowerBound)
    if k > r.lowerBound, Self.measureWords.contains(s[k - 1]) {
      k = PenaltyScan.skipSpacesBack(s, k - 1, lower: r.lowerBound)
      if let n = PenaltyScan.count(endingAt: k, s, lower: r.lowerBound) {
        found.append((n.start..<end, (n.value, level)))
      }
      return
    }
    // the count after the noun: 机密级国家秘密6项, 秘密级军事秘密10份
    if end > levelEnd || level == .intelligence {
      let a = PenaltyScan.skipSpaces(s, end, limit: r.upperBound)
      if PenaltyScan.startsNumeral(s, a, lower: r.lowerBound), let n = ChineseNumber.matchNumeral(in: s, from: a, options: []),
        !n.isApproximate, n.value >= 1, n.value < 1e6, n.value == n.value.rounded() {
        let m = PenaltyScan.skipSpaces(s, n.end, limit: r.upperBound)
        if m < r.upperBound, Self.measureWords.contains(s[m]) {
          found.append((levelStart..<(m + 1), (Int(n.value), level)))
          return
        }
      }
    }
    // a count and measure earlier in the clause, words between: 共计19项，经鉴定为秘密级国家秘密
    guard level != .intelligence else { return }
    let from = max(r.lowerBound, levelStart - 16)
    var j = levelStart - 1
    while j > from {
      let c = s[j]
      if CharClass.isStop(c) || c == "级" { return }
      if Self.measureWords.contains(c), let n = PenaltyScan.count(endingAt: PenaltyScan.skipSpacesBack(s, j, lower: from), s, lower: from) {
        // only when the words between say what the items are (经鉴定为, 被认定为, 均属, 其中)
        let between = ReferenceScan.string(s, (j + 1)..<levelStart)
        guard ["鉴定", "认定", "属", "为", "系"].contains(where: { between.contains($0) }) else { return }
        found.append((n.start..<end, (n.value, level)))
        return
      }
      j -= 1
    }
  }

  // MARK: English

  static let wSecrets = Literal.scalars("secrets")
  static let wSecret = Literal.scalars("secret")
  static let wIntelligence = Literal.scalars("intelligence")
  static let wState = Literal.scalars("state")
  static let wTop = Literal.scalars("top")
  static let wConfidential = Literal.scalars("confidential")
  static let wLevel = Literal.scalars("level")
  static let wOf = Literal.scalars("of")
  static let itemWords = ["items", "item", "pieces", "piece"].map(Literal.scalars)
  static let intelligenceTails: [[[Unicode.Scalar]]] = [["items"], ["item"], ["reports"]].map { $0.map(Literal.scalars) }

  func english(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
               _ found: inout [(range: Range<Int>, value: (count: Int, level: SecretCountValue.Level))]) {
    if (word.count == 7 && LatinWords.equals(s, word, Self.wSecrets)) || (word.count == 6 && LatinWords.equals(s, word, Self.wSecret)) {
      secrets(s, word, r, &found)
    } else if word.count == 12, LatinWords.equals(s, word, Self.wIntelligence) {
      intelligence(s, word, r, &found)
    }
  }

  /// `7 confidential state secrets`, `1 top-secret state secret`, `2 secret-level state secrets`.
  func secrets(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
               _ found: inout [(range: Range<Int>, value: (count: Int, level: SecretCountValue.Level))]) {
    let before = LatinWords.wordsBefore(s, word.lowerBound, lower: r.lowerBound, count: 6)
    var n = 0
    if n < before.count, LatinWords.equals(s, before[n], Self.wState) { n += 1 }
    if n < before.count, LatinWords.equals(s, before[n], Self.wLevel) { n += 1 }
    guard n < before.count else { return }
    let level: SecretCountValue.Level
    if LatinWords.equals(s, before[n], Self.wConfidential) {
      level = .confidential
    } else if LatinWords.equals(s, before[n], Self.wSecret) {
      if n + 1 < before.count, LatinWords.equals(s, before[n + 1], Self.wTop) {
        level = .topSecret
        n += 1
      } else {
        level = .secret
      }
    } else {
      return
    }
    // "7 confidential …", "7 items of confidential …"
    var levelStart = before[n].lowerBound
    if n + 2 < before.count, LatinWords.equals(s, before[n + 1], Self.wOf),
      Self.itemWords.contains(where: { LatinWords.equals(s, before[n + 2], $0) }) {
      levelStart = before[n + 2].lowerBound
    }
    guard let c = countBefore(s, levelStart, r) else { return }
    found.append((c.start..<word.upperBound, (c.value, level)))
  }

  /// `6 items of intelligence`, `six pieces of intelligence`, `6 intelligence items`.
  func intelligence(_ s: [Unicode.Scalar], _ word: Range<Int>, _ r: Range<Int>,
                    _ found: inout [(range: Range<Int>, value: (count: Int, level: SecretCountValue.Level))]) {
    let before = LatinWords.wordsBefore(s, word.lowerBound, lower: r.lowerBound, count: 2)
    if before.count == 2, LatinWords.equals(s, before[0], Self.wOf),
      Self.itemWords.contains(where: { LatinWords.equals(s, before[1], $0) }),
      let c = countBefore(s, before[1].lowerBound, r) {
      found.append((c.start..<word.upperBound, (c.value, .intelligence)))
      return
    }
    if let g = LatinWords.gap(s, word.upperBound, limit: r.upperBound),
      let t = LatinWords.firstPhrase(s, g, limit: r.upperBound, Self.intelligenceTails),
      let c = countBefore(s, word.lowerBound, r) {
      found.append((c.start..<t.end, (c.value, .intelligence)))
    }
  }

  /// The count written right before `i` (`7 `, `seven `, `other 6 `): its value and start.
  func countBefore(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> (value: Int, start: Int)? {
    let k = PenaltyScan.skipSpacesBack(s, i, lower: r.lowerBound)
    guard k < i, k > r.lowerBound else { return nil }
    if ChineseNumber.isArabicDigit(s[k - 1]) {
      var b = k
      while b > r.lowerBound, ChineseNumber.isArabicDigit(s[b - 1]) || s[b - 1] == "," { b -= 1 }
      guard let c = PenaltyScan.englishCount(s, b, limit: k), c.end == k else { return nil }
      return (c.value, b)
    }
    guard let w = LatinWords.wordsBefore(s, k, lower: r.lowerBound, count: 1).first, w.upperBound == k,
      let c = PenaltyScan.englishCount(s, w.lowerBound, limit: k), c.end == k else { return nil }
    // "twenty-one", "one hundred": take the longest number ending here
    var start = w.lowerBound
    var value = c.value
    for p in LatinWords.wordsBefore(s, w.lowerBound, lower: r.lowerBound, count: 3) {
      guard let longer = PenaltyScan.englishCount(s, p.lowerBound, limit: k), longer.end == k else { break }
      start = p.lowerBound
      value = longer.value
    }
    return (value, start)
  }
}
