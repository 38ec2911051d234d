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
    table = PhraseMatcher(PersonNames.roles + PersonNames.verbs)
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
    case mou, mouMou, xiaoLao, fullName, englishMou, englishMouMou, englishBare
    var isEnglish: Bool { self == .englishMou || self == .englishMouMou || self == .englishBare }
  }
  var range: Range<Int>
  /// Mentions with the same key are the same person (`成某`, `en:cheng`).
  var key: String
  var form: Form
  /// The Chinese surname (for English mentions, set when linked).
  var surname: String?
  /// English mentions: the surname as written, lower-cased.
  var pinyin: String?
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
  var placeMemo: [String: Bool] = [:]

  init(doc: Document, table: PhraseMatcher, roleCount: Int) {
    self.doc = doc
    self.all = doc.scalars
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
        if i == r.lowerBound || !Self.isLetter(s[i - 1]) { englishWord(at: i, in: r) }
      default: break
      }
      if table.mayStart(c), let m = table.match(in: s, at: i, end: r.upperBound) {
        if m.index < roleCount {
          fullNameAfterRole(from: i + m.length, in: r)
          i += m.length
          continue
        }
        fullNameBeforeVerb(at: i, in: r)
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
    let end = m + (doubled ? 2 : 1)

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

  /// A full name right after a role word ending at `p` (separators such as `|` or a space allowed).
  mutating func fullNameAfterRole(from p: Int, in r: Range<Int>) {
    var q = p
    var skipped = 0
    while q < r.upperBound, skipped < 2, PersonNames.roleSeparators.contains(s[q].value) {
      q += 1
      skipped += 1
    }
    guard q < r.upperBound else { return }
    var lengths: [Int] = []
    if q + 1 < r.upperBound, Surnames.shared.longestSurname(in: s, at: q) == 2 { lengths.append(2) }
    if PersonNames.commonSurnames.contains(s[q].value) { lengths.append(1) }
    for length in lengths {
      if let end = givenNameEnd(surname: q..<(q + length), in: r) {
        chinese.append(
          Mention(
            range: docRange(q..<end), key: string(q..<end), form: .fullName, surname: string(q..<(q + length)),
            pinyin: nil))
        // The role covers a list: 记者张晓燕、李明.
        if end + 1 < r.upperBound, s[end] == "、" { fullNameAfterRole(from: end + 1, in: r) }
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
      for j in g..<(g + k) where !ScriptClass.isHan(s[j]) || PersonNames.notGiven.contains(s[j].value) {
        return false
      }
      let e = g + k
      return e == upper || !ScriptClass.isHan(s[e]) || PersonNames.nameFollowers.contains(s[e].value)
    }
    // A two-character name starting with a function word (时代, 成绩, 方认) is too likely a phrase.
    let one =
      given(1) && (surname.count == 2 || !PersonNames.functionSurnames.contains(s[surname.lowerBound].value))
    // 王强说 → 王强: a third character that is a following word ends a two-character name.
    if one, g + 1 < upper, PersonNames.strongFollowers.contains(s[g + 1].value) { return g + 1 }
    if given(2) { return g + 2 }
    return one ? g + 1 : nil
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

  static func isLetter(_ c: Unicode.Scalar) -> Bool { CharClass.isASCIILetter(c) }

  static func isLower(_ c: Unicode.Scalar) -> Bool { CharClass.isASCIILower(c) }

  static func isUpper(_ c: Unicode.Scalar) -> Bool { CharClass.isASCIIUpper(c) }

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
    guard k > j, k < r.upperBound, Self.isLetter(s[k]) else { return nil }
    var e = k
    while e < r.upperBound, Self.isLetter(s[e]) { e += 1 }
    return k..<e
  }

  /// The word (ASCII letters) before `i` across spaces only, if any.
  func wordBefore(_ i: Int, in r: Range<Int>) -> Range<Int>? {
    var k = i
    while k > r.lowerBound, s[k - 1] == " " || s[k - 1] == "\u{A0}" { k -= 1 }
    guard k < i, k > r.lowerBound, Self.isLetter(s[k - 1]) else { return nil }
    var b = k
    while b > r.lowerBound, Self.isLetter(s[b - 1]) { b -= 1 }
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

  /// A capitalised word starting at `i`: `Ye Moumou`, or a bare surname candidate.
  mutating func englishWord(at i: Int, in r: Range<Int>) {
    var j = i + 1
    while j < r.upperBound, Self.isLower(s[j]) { j += 1 }
    if j < r.upperBound, Self.isLetter(s[j]) { return }  // McDonald, CSpeakers
    guard (2...10).contains(j - i) else { return }
    let word = lowered(i..<j)
    guard word != "mou", word != "moumou", isSurnamePinyin(word) else { return }
    let next = wordAfter(j, in: r)
    let nextText = next.map { string($0) }
    if let next, nextText == "Moumou" || nextText == "Mou" {
      let doubled = nextText == "Moumou"
      english.append(
        Mention(
          range: docRange(i..<next.upperBound), key: "en:\(word) \(doubled ? "moumou" : "mou")",
          form: doubled ? .englishMouMou : .englishMou, surname: nil, pinyin: word))
      return
    }
    let prev = wordBefore(i, in: r)
    let prevLower = prev.map { lowered($0) }
    let titled = prevLower.map { PersonNames.englishTitles.contains($0) } ?? false
    var nameLike = true
    if let prev, let prevLower, Self.isUpper(s[prev.lowerBound]), !titled,
      !startsClause(prev.lowerBound, in: r) || isSurnamePinyin(prevLower)
    {
      nameLike = false  // Hong Kong, National Security Fu…
    }
    if let prevLower, PersonNames.englishDeterminers.contains(prevLower) { nameLike = false }
    if let next {
      if Self.isUpper(s[next.lowerBound]) { nameLike = false }  // Song Dynasty, Fu Jian
      if PersonNames.englishNounsAfter.contains(lowered(next)) { nameLike = false }  // Tang dynasty
    }
    if isPlace(word) { nameLike = false }
    bare.append(
      EnglishCandidate(
        range: docRange(i..<j), word: word, nameLike: nameLike, midSentence: titled || !startsClause(i, in: r)))
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
    for word in order {
      let uses = (byWord[word] ?? []).filter(\.nameLike)
      var keep: [EnglishCandidate] = []
      if PersonNames.englishWords.contains(word) {
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
      guard let word = m.pinyin else { continue }
      let memoKey = m.key
      if linkMemo[memoKey] == nil {
        var link: (key: String, surname: String)?
        let surnames = Surnames.shared.surnames(withPinyin: word).filter { bySurname[$0] != nil }
        if surnames.count == 1, let sn = surnames.first, let keys = bySurname[sn] {
          let preferred = m.form == .englishMouMou ? sn + "某某" : sn + "某"
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
      let value = PersonValue(anonymized: m.form != .fullName, surname: m.surname, pinyin: pinyin, personID: id)
      out.append(EntityCandidate(m.range, .person(value)))
    }
    return out
  }

  func string(_ r: Range<Int>) -> String { String(scalars: s[r]) }
}
