import QingxiNumbers

/// Finds people: anonymized Chinese mentions (成某, 叶某某, 小李), full names in a role or speech context
/// (董事长杨国安), and their English renderings (Cheng, Ye Moumou), with one `person_id` per person.
///
/// Value: `{"anonymized", "surname", "pinyin", "person_id"}`. What counts as a mention:
/// - **Surname + 某/某某** (成某, 叶某某, 欧阳某). The character before 某 must be a surname and not the end
///   of an everyday word (公司某员工, 造成某损失, 人员某某) or of a place name (江苏某公司). Common surnames
///   that are rarely anything else (张, 叶, 宋, 廖…) need nothing more. The others, which are also
///   prepositions, verbs or word endings (成, 何, 于, 向, 时…), need a context: a role noun just before
///   (副总经理成某, 被告人何某) or a clause boundary or particle before (。成某为, 的成某, 对何某), and no
///   noun after that 某 could be modifying (向某公司 is "to some company"); failing that, the same
///   mention accepted elsewhere in the document (认定何某构成 counts only if 何某 is a name elsewhere).
/// - **小/老 + surname** (小李, 老王), not a word (小时, 老师, 小区…) nor inside a full name (邓小平), and
///   followed by a particle, a verb such as 说/是/在 or punctuation (小李是, 小李的), or the same form
///   accepted elsewhere (锁定了小李运维人员身份).
/// - **Full names** (anonymized false): one of the 200 most common surnames (or a double one) + one or two
///   given characters right after a role word (董事长杨国安、, 副总经理廖春生于, 编辑|江娱迟, a list as in
///   记者张晓燕、李明), ending at punctuation or a following word (于, 亦, 等, 说…), with no particle or
///   common noun among the given characters (专家信息, 董事长表示, 王女士 are no names); or a
///   three-character name (four with a double surname) starting a clause before a speech verb
///   (。王建国表示); plus every other occurrence of a name so found (the caption 廖春生).
/// - **English**: `Ye Moumou`, `Zhu Mou` (a surname's pinyin + Moumou/Mou); and a bare capitalised surname
///   pinyin used as a name (Cheng, Song, Fu): not part of a longer proper noun (Song Dynasty, Fu Jian),
///   not after an article, and either matching a Chinese 某 mention's surname or used as a name at least
///   twice, once inside a sentence. Pinyin that is also an English word (He, Long, Sun, Fan…) needs two
///   uses inside a sentence, and only those count.
///
/// Linking: the same Chinese text is the same person; an English mention joins the Chinese 某 mention of
/// the only surname in the document with its pinyin (Cheng ↔ 成某, Ye Moumou ↔ 叶某某, Song ↔ 宋某); with two
/// such surnames (程某 and 成某) it stays alone. 小李 ≠ 李某, 杨国安 ≠ 杨某. Ids count from p1 in order of
/// first mention. Pinyin glosses left in the text (陈(chen)艳婷) are read through; the span keeps them.
///
/// Example: `境外某有色金属公司通过其中方雇员叶某某，以金钱利诱国内某稀土公司副总经理成某。` → 叶某某
/// `{anonymized: true, surname: 叶, pinyin: ye, person_id: p1}`, 成某 (p2); 某有色金属公司 is no one.
public struct ExtractPersons: EntityExtractor {
  public static let name = "extract-persons"
  public static let summary =
    "people: 成某/叶某某/小李, full names after a role (董事长杨国安), Cheng / Ye Moumou, linked across languages"

  /// Role words first, then speech verbs.
  private let table: PhraseMatcher

  public init(options: StageOptions) {
    table = PhraseMatcher(PersonNames.roles + PersonNames.verbs + PersonNames.caseWords)
  }

  // Reads the whole document, not one unit: person ids and linked surnames are shared by all mentions.
  public func candidates(in doc: Document) -> [EntityCandidate] {
    var scan = PersonScan(doc: doc, table: table, roleCount: PersonNames.roles.count)
    return scan.run()
  }
}

/// One mention, in document offsets.
private struct Mention {
  enum Form: Equatable {
    case mou, mouMou, xiaoLao, fullName, englishMou, englishMouMou, englishBare, englishFull
    var isEnglish: Bool { self == .englishMou || self == .englishMouMou || self == .englishBare || self == .englishFull }
    /// A real name, not an anonymized one.
    var isNamed: Bool { self == .fullName || self == .englishFull }
  }
  var range: Range<Int>
  /// Mentions with the same key are the same person (`成某`, `en:cheng`).
  var key: String
  var form: Form
  /// The Chinese surname (for English mentions, set when linked).
  var surname: String?
  /// English mentions: the surname as written, lower-cased.
  var pinyin: String?
  /// English 某 forms: what follows the surname in Chinese (某, 某某, 某甲 for Moujia).
  var mouSuffix: String? = nil
}

/// A bare capitalised English word that reads as a surname.
private struct EnglishCandidate {
  var range: Range<Int>
  var word: String
  /// Not part of a longer proper noun, not after an article.
  var nameLike: Bool
  /// Inside a sentence (after a lower-case word or a comma), where capitalisation says "name".
  var midSentence: Bool
}

private struct PersonScan {
  let doc: Document
  /// The document's scalars, and the pinyin glosses in them (陈(chen)艳婷), in order.
  let all: [Unicode.Scalar]
  let glosses: [Range<Int>]
  let table: PhraseMatcher
  let roleCount: Int
  /// Role words then speech verbs: table indices below this are verbs, the rest case words.
  var verbCount: Int { roleCount + PersonNames.verbs.count }
  /// The sentence being scanned: the document's scalars, or for a sentence with glosses a copy
  /// without them, with `origin` giving each scalar's document offset.
  var s: [Unicode.Scalar]
  var origin: [Int]?

  /// Accepted Chinese mentions, and 某/小老 forms waiting for the same form to be accepted elsewhere.
  var chinese: [Mention] = []
  var pending: [Mention] = []
  var english: [Mention] = []
  var bare: [EnglishCandidate] = []
  var pinyinMemo: [String: Bool] = [:]
  /// English surnames the text declares as a person's ("surnamed Zhu"): every use as a name counts.
  var declared: Set<String> = []
  var placeMemo: [String: Bool] = [:]

  init(doc: Document, table: PhraseMatcher, roleCount: Int) {
    self.doc = doc
    self.all = doc.matchScalars
    self.glosses = PersonNames.glosses(in: all)
    self.s = all
    self.table = table
    self.roleCount = roleCount
  }

  /// Calls `body` with the range of each sentence in `s`, glosses left out.
  mutating func forEachSentence(_ body: (inout PersonScan, Range<Int>) -> Void) {
    var g = 0
    for unit in doc.extractionUnits {
      while g < glosses.count, glosses[g].upperBound <= unit.lowerBound { g += 1 }
      if g == glosses.count || glosses[g].lowerBound >= unit.upperBound {
        s = all
        origin = nil
        body(&self, unit)
        continue
      }
      var local: [Unicode.Scalar] = []
      var map: [Int] = []
      var k = unit.lowerBound
      while k < unit.upperBound {
        if g < glosses.count, glosses[g].lowerBound == k {
          k = glosses[g].upperBound
          g += 1
          continue
        }
        local.append(all[k])
        map.append(k)
        k += 1
      }
      s = local
      origin = map
      body(&self, 0..<local.count)
    }
    s = all
    origin = nil
  }

  /// The document range of `s[r]`.
  func docRange(_ r: Range<Int>) -> Range<Int> {
    guard let origin, !r.isEmpty else { return r }
    return origin[r.lowerBound]..<(origin[r.upperBound - 1] + 1)
  }

  mutating func run() -> [EntityCandidate] {
    forEachSentence { scan, r in scan.scan(r) }
    let accepted = Set(chinese.map(\.key))
    chinese += pending.filter { accepted.contains($0.key) }
    propagateFullNames()
    if expandNameLists() { propagateFullNames() }
    acceptEnglish()
    return entities()
  }

  // MARK: Scanning

  mutating func scan(_ r: Range<Int>) {
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      switch c.value {
      case 0x67D0: mou(at: i, in: r)  // 某
      case 0x5C0F, 0x8001: xiaoLao(at: i, in: r)  // 小, 老
      case 0x41...0x5A:
        if i == r.lowerBound || !CharClass.isASCIILetter(s[i - 1]) { englishWord(at: i, in: r) }
      case 0x28, 0xFF08: nameWithLatin(at: i, in: r)  // 谢伦伯格(Robert Lloyd Schellenberg)
      default: break
      }
      if table.mayStart(c), let m = table.match(in: s, at: i, end: r.upperBound) {
        if m.index < roleCount {
          fullNameAfterRole(from: i + m.length, in: r)
          i += m.length
          continue
        }
        if m.index < verbCount { fullNameBeforeVerb(at: i, in: r) } else { fullNameBeforeCase(at: i, in: r) }
      }
      i += 1
    }
  }

  /// 成某, 叶某某, 欧阳某 around the 某 at `m`.
  mutating func mou(at m: Int, in r: Range<Int>) {
    let lower = r.lowerBound
    let upper = r.upperBound
    if m > lower, s[m - 1] == "某" { return }
    let doubled = m + 1 < upper && s[m + 1] == "某"
    if doubled, m + 2 < upper, s[m + 2] == "某" { return }
    var end = m + (doubled ? 2 : 1)
    // Two people of one surname told apart: 张某甲/张某乙, 伍某1/伍某2; a partly masked name: 陈某锋.
    if end < upper {
      let c = s[end]
      let next: Unicode.Scalar? = end + 1 < upper ? s[end + 1] : nil
      if PersonNames.maskOrdinals.contains(c.value) {
        end += 1
      } else if ("1"..."9").contains(c), next.map({ !ChineseNumber.isArabicDigit($0) && !PersonNames.measureAfterNumber.contains($0.value) }) ?? true {
        end += 1
      } else if !doubled, ScriptClass.isHan(c), !PersonNames.notGiven.contains(c.value), !PersonNames.nameFollowers.contains(c.value),
        !PersonNames.xiaoLaoFollowers.contains(c.value), !PersonNames.determinerTargets.contains(c.value),
        next.map({ !ScriptClass.isHan($0) || PersonNames.afterMaskedName.contains($0.value) }) ?? true {
        end += 1
      }
    }

    var start: Int
    if m - 2 >= lower, Surnames.shared.longestSurname(in: s, at: m - 2) == 2,
      !(m - 3 >= lower && PersonNames.wordEndings.contains(PersonNames.pack(s[m - 3], s[m - 2])))
    {
      start = m - 2
    } else if m - 1 >= lower, PersonNames.singleSurnames.contains(s[m - 1].value) {
      start = m - 1
    } else {
      return
    }
    let single = start == m - 1
    let prev: Unicode.Scalar? = start > lower ? s[start - 1] : nil
    // Hard negatives: 某区某, 公司某, 造成某, 江苏某.
    if let p = prev {
      if p == "某" { return }
      if single, PersonNames.wordEndings.contains(PersonNames.pack(p, s[start])) { return }
    }
    if placeName(endingAt: m, lower: lower) { return }

    let role = prev.map { PersonNames.roleEndings.contains($0.value) } ?? false
    let boundary = prev.map { !ScriptClass.isHan($0) || PersonNames.particlesBefore.contains($0.value) } ?? true
    let determiner = end < upper && PersonNames.determinerTargets.contains(s[end].value)
    let clear = !single || PersonNames.clearSurnames.contains(s[start].value)

    let surname = string(start..<m)
    let mention = Mention(
      range: docRange(start..<end), key: string(start..<end), form: doubled ? .mouMou : .mou, surname: surname,
      pinyin: nil)
    if clear || ((role || boundary) && !determiner) {
      chinese.append(mention)
    } else if !determiner {
      pending.append(mention)
    }
  }

  /// Whether a province or prefecture name (江苏, 吉林, 南昌) ends at `end`.
  func placeName(endingAt end: Int, lower: Int) -> Bool {
    guard PersonNames.placeEndings.contains(s[end - 1].value) else { return false }
    var k = 2
    while k <= 4, end - k >= lower {
      if !Gazetteer.shared.places(zh: string((end - k)..<end)).isEmpty { return true }
      k += 1
    }
    return false
  }

  /// 小李, 老王 at the 小/老 at `i`.
  mutating func xiaoLao(at i: Int, in r: Range<Int>) {
    let upper = r.upperBound
    guard i + 1 < upper else { return }
    let length: Int
    if i + 2 < upper, Surnames.shared.longestSurname(in: s, at: i + 1) == 2 {
      length = 2
    } else if PersonNames.singleSurnames.contains(s[i + 1].value) {
      length = 1
    } else {
      return
    }
    if length == 1, PersonNames.xiaoLaoWords.contains(PersonNames.pack(s[i], s[i + 1])) { return }
    let end = i + 1 + length
    if end < upper, s[end] == "某" { return }
    if i > r.lowerBound {
      let p = s[i - 1]
      // 邓小平, 王老五: inside a full name; 大小, 一小时, 最小: not a name at all.
      if PersonNames.singleSurnames.contains(p.value), !PersonNames.particlesBefore.contains(p.value) { return }
      if PersonNames.beforeXiaoLaoWords.contains(p.value) { return }
    }
    let mention = Mention(
      range: docRange(i..<end), key: string(i..<end), form: .xiaoLao, surname: string((i + 1)..<end), pinyin: nil)
    let next: Unicode.Scalar? = end < upper ? s[end] : nil
    if next.map({ !ScriptClass.isHan($0) || PersonNames.xiaoLaoFollowers.contains($0.value) }) ?? true {
      chinese.append(mention)
    } else {
      pending.append(mention)
    }
  }

  /// A full name right after a role word ending at `p` (separators such as `|` or a space allowed); `listed`
  /// when it continues a list after the role (毒犯黄德昌和倪六均), where any surname may start it.
  mutating func fullNameAfterRole(from p: Int, in r: Range<Int>, listed: Bool = false) {
    var q = p
    var skipped = 0
    while q < r.upperBound, skipped < 2, PersonNames.roleSeparators.contains(s[q].value) {
      q += 1
      skipped += 1
    }
    guard q < r.upperBound else { return }
    var lengths: [Int] = []
    if q + 1 < r.upperBound, Surnames.shared.longestSurname(in: s, at: q) == 2 { lengths.append(2) }
    // after `审判长：` any surname may follow (关芳); right after the role only a common one
    let separated = q > p && (s[q - 1] == ":" || s[q - 1] == "：")
    if PersonNames.commonSurnames.contains(s[q].value) || ((separated || listed) && PersonNames.singleSurnames.contains(s[q].value)) {
      lengths.append(1)
    }
    for length in lengths {
      if let end = givenNameEnd(surname: q..<(q + length), in: r) {
        chinese.append(
          Mention(
            range: docRange(q..<end), key: string(q..<end), form: .fullName, surname: string(q..<(q + length)),
            pinyin: nil))
        // The role covers a list: 记者张晓燕、李明, 毒犯黄德昌和倪六均.
        if end + 1 < r.upperBound, s[end] == "、" || s[end] == "和" || s[end] == "及" { fullNameAfterRole(from: end + 1, in: r, listed: true) }
        return
      }
    }
  }

  /// Where a name whose surname is at `surname` ends: one or two given characters, then a boundary.
  func givenNameEnd(surname: Range<Int>, in r: Range<Int>) -> Int? {
    let g = surname.upperBound
    let upper = r.upperBound
    func given(_ k: Int) -> Bool {
      guard g + k <= upper else { return false }
      for j in g..<(g + k) where !Self.isGiven(s, j, first: g, count: k) { return false }
      let e = g + k
      return e == upper || !ScriptClass.isHan(s[e]) || PersonNames.nameFollowers.contains(s[e].value)
    }
    // A two-character name starting with a function word (时代, 成绩, 方认) is too likely a phrase.
    // after `审判长：` the separator says a name follows, whatever its surname (关芳)
    let separated = surname.lowerBound > r.lowerBound && (s[surname.lowerBound - 1] == "：" || s[surname.lowerBound - 1] == ":")
    let one =
      given(1) && (surname.count == 2 || separated || !PersonNames.functionSurnames.contains(s[surname.lowerBound].value))
    // 王强说 → 王强: a third character that is a following word ends a two-character name.
    if one, g + 1 < upper, PersonNames.strongFollowers.contains(s[g + 1].value) { return g + 1 }
    if given(2) { return g + 2 }
    return one ? g + 1 : nil
  }

  /// A name in Han characters glossed by the same name in Latin letters in brackets right after it:
  /// `谢伦伯格(Robert Lloyd Schellenberg)`, `夏克(Akmal Shaikh)`, `赵朴(Guy Saint-Jacques)`. The Latin part is
  /// two to four capitalised words; the Han part runs back from the bracket to a boundary (a non-Han
  /// character, a particle such as 的, or the end of a role noun: 男子, 被告人, 大使, 公民), two to six
  /// characters. Both are one person.
  mutating func nameWithLatin(at open: Int, in r: Range<Int>) {
    // the Latin name
    var k = open + 1
    var words = 0
    while k < r.upperBound, words < 5 {
      guard CharClass.isASCIIUpper(s[k]) else { break }
      var e = k + 1
      while e < r.upperBound, CharClass.isASCIILower(s[e]) || ((s[e] == "-" || s[e] == "'") && e + 1 < r.upperBound && CharClass.isASCIILetter(s[e + 1])) {
        if s[e] == "-" || s[e] == "'", e + 1 < r.upperBound, CharClass.isASCIIUpper(s[e + 1]) { e += 1 }
        e += 1
      }
      guard e - k >= 2 else { return }
      words += 1
      k = e
      if k < r.upperBound, s[k] == " " { k += 1 }
    }
    guard (2...4).contains(words), k < r.upperBound, s[k] == ")" || s[k] == "）" else { return }
    let latinEnd = s[k - 1] == " " ? k - 1 : k
    // the Han name before the bracket
    var b = open
    while b > r.lowerBound, open - b < 6 {
      let c = s[b - 1]
      guard ScriptClass.isHan(c), !PersonNames.particlesBefore.contains(c.value), !PersonNames.roleEndings.contains(c.value),
        !Self.latinNameStops.contains(c.value), !PersonNames.notGiven.contains(c.value) || c == "一"
      else { break }
      b -= 1
    }
    guard open - b >= 2 else { return }
    if b > r.lowerBound, ScriptClass.isHan(s[b - 1]), !PersonNames.particlesBefore.contains(s[b - 1].value),
      !PersonNames.roleEndings.contains(s[b - 1].value), !Self.latinNameStops.contains(s[b - 1].value) {
      return
    }
    let key = string(b..<open)
    chinese.append(Mention(range: docRange(b..<open), key: key, form: .fullName, surname: nil, pinyin: nil))
    english.append(Mention(range: docRange((open + 1)..<latinEnd), key: key, form: .englishFull, surname: nil, pinyin: nil))
  }

  /// Ends of nouns before a glossed name besides role endings: 大使, 加拿大籍, 华裔.
  static let latinNameStops = PersonNames.chars("使籍裔")

  /// Whether `s[j]` may be a given-name character of a name whose given part is `first..<(first + count)`:
  /// Han, not a particle, numeral or measure word, except a numeral first of two (唐一军, 倪六均; 一年, 三名 stay out).
  static func isGiven(_ s: [Unicode.Scalar], _ j: Int, first: Int, count: Int) -> Bool {
    let c = s[j]
    guard ScriptClass.isHan(c) else { return false }
    if !PersonNames.notGiven.contains(c.value) { return true }
    // 唐一军, 倪六均: a numeral may start a two-character given name when a name character follows it
    guard let d = DateScanner.hanDigit(c), d > 0, count == 2, j == first, j + 1 < s.count else { return false }
    let next = s[j + 1]
    return ScriptClass.isHan(next) && !PersonNames.notGiven.contains(next.value) && DateScanner.hanDigit(next) == nil
  }

  /// A full name right before a case word at `q` (孙政才受贿案, 唐一军被判处, 刘玉因受贿罪, 陈国强受贿一案):
  /// a common surname (not a function word) or a double one, then one or two given characters, starting
  /// at a boundary — the unit start, a non-Han character, a particle (对, 的), or the end of a role
  /// noun (上海人黄德昌, 副市长刘玉). The three-character reading wins when both start at a boundary.
  mutating func fullNameBeforeCase(at q: Int, in r: Range<Int>) {
    for (surnameLength, givenLength) in [(1, 2), (2, 2), (1, 1), (2, 1)] {
      let start = q - surnameLength - givenLength
      guard start >= r.lowerBound else { continue }
      if surnameLength == 2 {
        guard Surnames.shared.longestSurname(in: s, at: start) == 2 else { continue }
      } else {
        guard PersonNames.commonSurnames.contains(s[start].value),
          !PersonNames.functionSurnames.contains(s[start].value)
        else { continue }
        // 欧阳明 is not 阳明
        if start > r.lowerBound, Surnames.shared.longestSurname(in: s, at: start - 1) == 2 { continue }
      }
      if start > r.lowerBound {
        let p = s[start - 1]
        let boundary = !ScriptClass.isHan(p) || PersonNames.particlesBefore.contains(p.value)
          || PersonNames.roleEndings.contains(p.value)
        guard boundary else { continue }
      }
      let g = start + surnameLength
      var ok = true
      for j in g..<q where !Self.isGiven(s, j, first: g, count: givenLength) || PersonNames.notGivenBeforeCase.contains(s[j].value) {
        ok = false
        break
      }
      guard ok else { continue }
      chinese.append(
        Mention(
          range: docRange(start..<q), key: string(start..<q), form: .fullName,
          surname: string(start..<(start + surnameLength)), pinyin: nil))
      return
    }
  }

  /// A three-character name (four with a double surname) starting a clause before the speech verb at `q`.
  mutating func fullNameBeforeVerb(at q: Int, in r: Range<Int>) {
    for length in [2, 1] {
      let start = q - length - 2
      guard start >= r.lowerBound else { continue }
      if length == 2 {
        guard Surnames.shared.longestSurname(in: s, at: start) == 2 else { continue }
      } else {
        guard PersonNames.commonSurnames.contains(s[start].value),
          !PersonNames.functionSurnames.contains(s[start].value)
        else { continue }
      }
      guard start == r.lowerBound || !ScriptClass.isHan(s[start - 1]) else { continue }
      var ok = true
      for j in (start + length)..<q {
        let v = s[j].value
        if !ScriptClass.isHan(s[j]) || PersonNames.notGiven.contains(v) || PersonNames.notGivenWithoutRole.contains(v) {
          ok = false
          break
        }
      }
      guard ok else { continue }
      chinese.append(
        Mention(
          range: docRange(start..<q), key: string(start..<q), form: .fullName,
          surname: string(start..<(start + length)), pinyin: nil))
      return
    }
  }

  /// A two- or three-character name (four with a double surname) from `start`, ending at a list boundary
  /// (、 等 和 及 a bracket or punctuation): its end.
  func listName(from start: Int) -> Int? {
    let a = all
    guard start >= 0, start < a.count else { return nil }
    var surnameLengths: [Int] = []
    if Surnames.shared.longestSurname(in: a, at: start) == 2 { surnameLengths.append(2) }
    if PersonNames.singleSurnames.contains(a[start].value), !PersonNames.functionSurnames.contains(a[start].value) {
      surnameLengths.append(1)
    }
    for sl in surnameLengths {
      for gl in [2, 1] {
        let g = start + sl
        let e = g + gl
        guard e <= a.count else { continue }
        var ok = true
        // in a list of names only particles and numerals are ruled out (薄熙来, 许全武)
        for j in g..<e where !ScriptClass.isHan(a[j]) || PersonNames.notInListedName.contains(a[j].value) {
          ok = false
        }
        guard ok else { continue }
        if e == a.count || !ScriptClass.isHan(a[e]) || "、等和及".unicodeScalars.contains(a[e]) { return e }
      }
    }
    return nil
  }

  /// A name ending at `end` in a list (、 before it or a boundary): its start.
  func listName(endingAt end: Int) -> Int? {
    for length in [3, 2, 4] {
      let start = end - length
      guard start >= 0, listName(from: start) == end else { continue }
      if start == 0 || !ScriptClass.isHan(all[start - 1]) || "、和及与".unicodeScalars.contains(all[start - 1])
        || PersonNames.particlesBefore.contains(all[start - 1].value) || PersonNames.roleEndings.contains(all[start - 1].value) {
        return start
      }
    }
    return nil
  }

  /// Names listed with a known one (薄熙来、周永康、郭伯雄、徐才厚等 once 郭伯雄 is a name) or before
  /// (均另案处理), the court's note that co-offenders are tried apart (委托黄佳伟、许全武(均另案处理)).
  mutating func expandNameLists() -> Bool {
    let a = all
    var found = Set(chinese.filter { $0.form == .fullName }.map(\.range.lowerBound))
    var added: [Mention] = []
    func add(_ r: Range<Int>) {
      guard found.insert(r.lowerBound).inserted, !chinese.contains(where: { $0.range.overlaps(r) }) else { return }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: a[r])
      let sl = Surnames.shared.longestSurname(in: a, at: r.lowerBound) == 2 && r.count >= 3 ? 2 : 1
      var sv = String.UnicodeScalarView()
      sv.append(contentsOf: a[r.lowerBound..<(r.lowerBound + sl)])
      added.append(Mention(range: r, key: String(view), form: .fullName, surname: String(sv), pinyin: nil))
    }
    func walk(from r: Range<Int>) {
      var k = r.upperBound
      while k + 1 < a.count, a[k] == "、", let e = listName(from: k + 1) {
        add((k + 1)..<e)
        k = e
      }
      k = r.lowerBound
      // backwards the first item of a list may follow a verb (委托黄佳伟、许全武): a three-character name is taken then
      while k >= 2, a[k - 1] == "、", let b = listName(endingAt: k - 1) ?? (listName(from: k - 4) == k - 1 ? k - 4 : nil) {
        add(b..<(k - 1))
        k = b
      }
    }
    for m in chinese where m.form == .fullName { walk(from: m.range) }
    // (均另案处理) / (另案处理)
    let marker = Array("另案处理".unicodeScalars)
    var i = 1
    while i + marker.count <= a.count {
      if a[i] == "另", a[i..<(i + marker.count)].elementsEqual(marker) {
        var b = i
        if b > 0, a[b - 1] == "均" { b -= 1 }
        if b > 0, a[b - 1] == "(" || a[b - 1] == "（", let start = listName(endingAt: b - 1) {
          add(start..<(b - 1))
          walk(from: start..<(b - 1))
        }
      }
      i += 1
    }
    chinese += added
    return !added.isEmpty
  }

  /// Every other occurrence of a full name found in a role or verb context (the caption `廖春生`).
  mutating func propagateFullNames() {
    var names: [UInt32: [(name: [Unicode.Scalar], mention: Mention)]] = [:]
    var seen = Set<String>()
    for m in chinese where m.form == .fullName && seen.insert(m.key).inserted {
      let name = Array(m.key.unicodeScalars)
      names[name[0].value, default: []].append((name, m))
    }
    guard !names.isEmpty else { return }
    // One bit per BMP scalar that starts a name, so most positions cost one load.
    var firstBits = [UInt64](repeating: 0, count: 1024)
    for v in names.keys where v < 0x10000 { firstBits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
    let found = Set(chinese.filter { $0.form == .fullName }.map(\.range.lowerBound))
    var more: [Mention] = []
    forEachSentence { scan, r in
      let s = scan.s
      var i = r.lowerBound
      while i < r.upperBound {
        let v = s[i].value
        if v < 0x10000, firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 {
          i += 1
          continue
        }
        guard let list = names[v], !found.contains(scan.docRange(i..<(i + 1)).lowerBound) else {
          i += 1
          continue
        }
        var matched = 0
        for (name, mention) in list where i + name.count <= r.upperBound && matched == 0 {
          guard s[i..<(i + name.count)].elementsEqual(name) else { continue }
          let e = i + name.count
          // A two-character name must end at a boundary here too (李明确 is not 李明).
          if name.count == 2, e < r.upperBound, ScriptClass.isHan(s[e]),
            !PersonNames.nameFollowers.contains(s[e].value)
          {
            continue
          }
          var copy = mention
          copy.range = scan.docRange(i..<e)
          more.append(copy)
          matched = name.count
        }
        i += max(matched, 1)
      }
    }
    chinese += more
  }

  // MARK: English




  /// Whether `word` (lower-case) is the pinyin of some surname.
  mutating func isSurnamePinyin(_ word: String) -> Bool {
    if let known = pinyinMemo[word] { return known }
    let yes = !Surnames.shared.surnames(withPinyin: word).isEmpty
    pinyinMemo[word] = yes
    return yes
  }

  /// Whether `word` (lower-case) names a province or city (Hefei is no surname, but Jilin…).
  mutating func isPlace(_ word: String) -> Bool {
    if let known = placeMemo[word] { return known }
    let yes = !Gazetteer.shared.places(en: word).isEmpty
    placeMemo[word] = yes
    return yes
  }

  /// The word (ASCII letters) after `j` across spaces only, if any.
  func wordAfter(_ j: Int, in r: Range<Int>) -> Range<Int>? {
    var k = j
    while k < r.upperBound, s[k] == " " || s[k] == "\u{A0}" { k += 1 }
    guard k > j, k < r.upperBound, CharClass.isASCIILetter(s[k]) else { return nil }
    var e = k
    while e < r.upperBound, CharClass.isASCIILetter(s[e]) { e += 1 }
    return k..<e
  }

  /// The word (ASCII letters) before `i` across spaces only, if any.
  func wordBefore(_ i: Int, in r: Range<Int>) -> Range<Int>? {
    var k = i
    while k > r.lowerBound, s[k - 1] == " " || s[k - 1] == "\u{A0}" { k -= 1 }
    guard k < i, k > r.lowerBound, CharClass.isASCIILetter(s[k - 1]) else { return nil }
    var b = k
    while b > r.lowerBound, CharClass.isASCIILetter(s[b - 1]) { b -= 1 }
    return b..<k
  }

  /// Whether the word at `i` starts a clause: the sentence start, Han text or a full stop before it
  /// (quotes and spaces looked through). After a lower-case word or a comma it is inside a sentence.
  func startsClause(_ i: Int, in r: Range<Int>) -> Bool {
    var k = i - 1
    while k >= r.lowerBound {
      switch s[k] {
      case " ", "\u{A0}", "\t", "\"", "'", "“", "‘", "(", "（": k -= 1
      case ".", "!", "?", "*", "#", "•", "。", "！", "？", "…", ":", "：": return true
      default: return ScriptClass.isHan(s[k])
      }
    }
    return true
  }

  func lowered(_ r: Range<Int>) -> String {
    String(scalars: s[r].lazy.map(CharClass.asciiLower))
  }

  /// Two to four capitalised words (`John Leung Shing-wan`, `Chris Tang`, `Robert Lloyd Schellenberg`) in a
  /// person's context: after a lower-case role noun ("security minister", "Hong Kong resident") or a case
  /// verb ("sentenced", "handed"), or before "was/were" + a case verb ("… was jailed"). Institution, place
  /// and calendar words never belong to such a name.
  mutating func englishNamedSequence(at i: Int, in r: Range<Int>) -> Bool {
    if let p = wordBefore(i, in: r), CharClass.isASCIIUpper(s[p.lowerBound]), !startsClause(p.lowerBound, in: r) { return false }
    var words: [Range<Int>] = []
    var k = i
    while k < r.upperBound, words.count < 5, CharClass.isASCIIUpper(s[k]) {
      var e = k + 1
      while e < r.upperBound {
        if CharClass.isASCIILower(s[e]) {
          e += 1
        } else if s[e] == "-" || s[e] == "'" || s[e] == "’", e + 1 < r.upperBound, CharClass.isASCIILetter(s[e + 1]) {
          e += 2
        } else {
          break
        }
      }
      if e < r.upperBound, CharClass.isASCIILetter(s[e]) { return false }  // McDonald, USA
      guard e - k >= 2, !PersonNames.englishNotName.contains(lowered(k..<e)) else { break }
      words.append(k..<e)
      guard e + 1 < r.upperBound, s[e] == " ", CharClass.isASCIIUpper(s[e + 1]) else { break }
      k = e + 1
    }
    guard (2...4).contains(words.count), let last = words.last else { return false }
    // Sun Zhengcai: a pinyin name, read by `englishFullName` (and linked to later bare uses of Sun)
    if words.count == 2, isSurnamePinyin(lowered(words[0])), PersonNames.isPinyinGivenName(lowered(words[1])) { return false }
    if let after = wordAfter(last.upperBound, in: r), CharClass.isASCIIUpper(s[after.lowerBound]) { return false }
    var context = false
    if let p = wordBefore(i, in: r) {
      let w = lowered(p)
      context = PersonNames.englishRoleNouns.contains(w) || PersonNames.englishCaseVerbs.contains(w)
    }
    if !context, let a = wordAfter(last.upperBound, in: r) {
      let w = lowered(a)
      if w == "was" || w == "were" || w == "had" || w == "has", let b = wordAfter(a.upperBound, in: r) {
        var v = lowered(b)
        if v == "been", let c = wordAfter(b.upperBound, in: r) { v = lowered(c) }
        context = PersonNames.englishCaseVerbs.contains(v) || v == "given" || v == "found"
      } else {
        context = PersonNames.englishCaseVerbs.contains(w) || w == "pleaded" || w == "received"
      }
    }
    guard context else { return false }
    let range = i..<last.upperBound
    english.append(Mention(range: docRange(range), key: "en:named:" + lowered(range), form: .englishFull, surname: nil, pinyin: nil))
    return true
  }

  /// A capitalised word starting at `i`: `Ye Moumou`, or a bare surname candidate.
  mutating func englishWord(at i: Int, in r: Range<Int>) {
    if englishNamedSequence(at: i, in: r) { return }
    var j = i + 1
    while j < r.upperBound, CharClass.isASCIILower(s[j]) { j += 1 }
    if j < r.upperBound, CharClass.isASCIILetter(s[j]) { return }  // McDonald, CSpeakers
    guard (2...10).contains(j - i) else { return }
    let word = lowered(i..<j)
    guard word != "mou", word != "moumou", isSurnamePinyin(word) else { return }
    let next = wordAfter(j, in: r)
    let nextText = next.map { string($0) }
    if let next, let nextText, let suffix = PersonNames.englishMou[nextText] {
      let doubled = nextText == "Moumou"
      english.append(
        Mention(
          range: docRange(i..<next.upperBound), key: "en:\(word) \(nextText.lowercased())",
          form: doubled ? .englishMouMou : .englishMou, surname: nil, pinyin: word, mouSuffix: suffix))
      return
    }
    let prev = wordBefore(i, in: r)
    let prevLower = prev.map { lowered($0) }
    let titled = prevLower.map { PersonNames.englishTitles.contains($0) } ?? false
    if let next, let full = englishFullName(surname: i..<j, word: word, given: next, prev: prev, titled: titled, in: r) {
      english.append(full)
      return
    }
    var nameLike = true
    if let prev, let prevLower, CharClass.isASCIIUpper(s[prev.lowerBound]), !titled,
      !startsClause(prev.lowerBound, in: r) || isSurnamePinyin(prevLower)
    {
      nameLike = false  // Hong Kong, National Security Fu…
    }
    if let prevLower, PersonNames.englishDeterminers.contains(prevLower) { nameLike = false }
    // "identified only by the surname Zhang", "a colleague surnamed Zhu": an anonymized person
    if let prevLower, prevLower == "surnamed" || prevLower == "surname" { declared.insert(word) }
    if let next {
      if CharClass.isASCIIUpper(s[next.lowerBound]) { nameLike = false }  // Song Dynasty, Fu Jian
      if PersonNames.englishNounsAfter.contains(lowered(next)) { nameLike = false }  // Tang dynasty
    }
    if isPlace(word) { nameLike = false }
    bare.append(
      EnglishCandidate(
        range: docRange(i..<j), word: word, nameLike: nameLike, midSentence: titled || !startsClause(i, in: r)))
  }

  /// `He Haibo`, `Sun Zhengcai`, `Li Jia`: a surname's pinyin, one space, and a capitalised given name of one
  /// or two pinyin syllables (`Haibo` = hai+bo), not part of a longer proper noun (`Hong Kong Island`,
  /// `Song Dynasty`, a capitalised word before it inside a sentence) and not a place (`Hong Kong`, `Ma Anshan`).
  mutating func englishFullName(
    surname: Range<Int>, word: String, given: Range<Int>, prev: Range<Int>?, titled: Bool, in r: Range<Int>
  ) -> Mention? {
    guard given.lowerBound == surname.upperBound + 1, s[surname.upperBound] == " ",
      CharClass.isASCIIUpper(s[given.lowerBound]), given.count >= 2, given.count <= 12
    else { return nil }
    for k in (given.lowerBound + 1)..<given.upperBound where !CharClass.isASCIILower(s[k]) { return nil }
    if given.upperBound < r.upperBound, CharClass.isASCIILetter(s[given.upperBound]) || s[given.upperBound] == "-" { return nil }
    let givenText = lowered(given)
    guard givenText != "mou", givenText != "moumou", PersonNames.isPinyinGivenName(givenText) else { return nil }
    // A capitalised word after it makes a longer proper noun (Shang Hai Road), unless a clause ends first.
    if let after = wordAfter(given.upperBound, in: r) {
      if CharClass.isASCIIUpper(s[after.lowerBound]) || PersonNames.englishNounsAfter.contains(lowered(after)) { return nil }
    }
    if let prev, CharClass.isASCIIUpper(s[prev.lowerBound]), !titled, !startsClause(prev.lowerBound, in: r) { return nil }
    if isPlace(word + givenText) || isPlace(word + " " + givenText) { return nil }
    return Mention(
      range: docRange(surname.lowerBound..<given.upperBound), key: "en:full:\(word) \(givenText)", form: .englishFull,
      surname: nil, pinyin: word)
  }

  /// Chinese 某 mentions by surname, for linking.
  func mouKeysBySurname() -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    for m in chinese where m.form == .mou || m.form == .mouMou {
      if let sn = m.surname { out[sn, default: []].insert(m.key) }
    }
    return out
  }

  /// Keeps the bare words with enough evidence of being names.
  mutating func acceptEnglish() {
    let bySurname = mouKeysBySurname()
    var byWord: [String: [EnglishCandidate]] = [:]
    var order: [String] = []
    for c in bare {
      if byWord[c.word] == nil { order.append(c.word) }
      byWord[c.word, default: []].append(c)
    }
    // English full names by surname pinyin: a later bare `Sun` is the only `Sun Zhengcai` of the page.
    var fullKeys: [String: Set<String>] = [:]
    for m in english where m.form == .englishFull {
      if let p = m.pinyin { fullKeys[p, default: []].insert(m.key) }
    }
    for word in order {
      let uses = (byWord[word] ?? []).filter(\.nameLike)
      if let keys = fullKeys[word], keys.count == 1, let key = keys.first, bySurname.isEmpty || !PersonNames.englishWords.contains(word) {
        let linked = PersonNames.englishWords.contains(word) ? uses.filter(\.midSentence) : uses
        for c in linked {
          english.append(Mention(range: c.range, key: key, form: .englishFull, surname: nil, pinyin: word))
        }
        continue
      }
      var keep: [EnglishCandidate] = []
      if declared.contains(word) {
        keep = byWord[word] ?? []
      } else if PersonNames.englishWords.contains(word) {
        let inside = uses.filter(\.midSentence)
        if inside.count >= 2 { keep = inside }
      } else {
        let linked = Surnames.shared.surnames(withPinyin: word).contains { bySurname[$0] != nil }
        if linked || (uses.count >= 2 && uses.contains(where: \.midSentence)) { keep = uses }
      }
      for c in keep {
        english.append(Mention(range: c.range, key: "en:\(word)", form: .englishBare, surname: nil, pinyin: word))
      }
    }
  }

  // MARK: Output

  mutating func entities() -> [EntityCandidate] {
    // Link English mentions to the Chinese 某 mention of the only surname with their pinyin.
    let bySurname = mouKeysBySurname()
    var linkMemo: [String: (key: String, surname: String)?] = [:]
    for k in english.indices {
      let m = english[k]
      guard let word = m.pinyin, m.form != .englishFull else { continue }
      let memoKey = m.key
      if linkMemo[memoKey] == nil {
        var link: (key: String, surname: String)?
        let surnames = Surnames.shared.surnames(withPinyin: word).filter { bySurname[$0] != nil }
        if surnames.count == 1, let sn = surnames.first, let keys = bySurname[sn] {
          let preferred = sn + (m.mouSuffix ?? (m.form == .englishMouMou ? "某某" : "某"))
          if keys.contains(preferred) {
            link = (preferred, sn)
          } else if keys.count == 1, let only = keys.first {
            link = (only, sn)
          }
        }
        linkMemo[memoKey] = .some(link)
      }
      if let link = linkMemo[memoKey] ?? nil {
        english[k].key = link.key
        english[k].surname = link.surname
      }
    }
    // The pinyin a Chinese mention reports: the reading its English counterpart uses, else the first.
    var spelled: [String: String] = [:]
    for m in english {
      if let sn = m.surname, let p = m.pinyin, Surnames.shared.pinyin(of: sn).contains(p) { spelled[m.key] = p }
    }

    var all = chinese + english
    all.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    var kept: [Mention] = []
    for m in all where kept.last.map({ $0.range.upperBound <= m.range.lowerBound }) ?? true {
      kept.append(m)
    }
    var ids: [String: String] = [:]
    var out: [EntityCandidate] = []
    out.reserveCapacity(kept.count)
    for m in kept {
      let id: String
      if let known = ids[m.key] {
        id = known
      } else {
        id = "p\(ids.count + 1)"
        ids[m.key] = id
      }
      let pinyin: String?
      if m.form.isEnglish {
        pinyin = m.pinyin
      } else {
        pinyin = spelled[m.key] ?? m.surname.flatMap { Surnames.shared.pinyin(of: $0).first }
      }
      let value = PersonValue(anonymized: !m.form.isNamed, surname: m.surname, pinyin: pinyin, personID: id)
      out.append(EntityCandidate(m.range, .person(value)))
    }
    return out
  }

  func string(_ r: Range<Int>) -> String { String(scalars: s[r]) }
}
