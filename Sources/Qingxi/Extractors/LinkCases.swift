/// Links extracted entities into one case record per sentenced or penalized person.
///
/// Whose is it? Inside a sentence, everything after a person mention, up to the next person mention,
/// belongs to that person (`sentenced Ye Moumou to 11 years in prison, …, and confiscation of … RMB
/// 500,000`; `成某因受贿罪…被判有期徒刑11年6个月,叶某某获刑11年`). A penalty with no one named before it
/// belongs to the first person named after it in the sentence (`被判处有期徒刑五年的张某`), else to the last
/// person named in the same block or the block before (`imposed him on administrative detention for 15 days`). Court and date are sentence-level: the court and the date
/// (the one closest before the penalty) of the penalty's sentence, else of the nearest earlier sentence
/// of the same block that names one (`Cheng was sentenced to …` takes the court and date of the sentence
/// before it). Charges are those owned by the person, plus charges named in the sentence before any
/// person. Money of every role is attached to its owner's case when that person has one (so 成某's
/// 51万美元 bribe from another sentence joins his case). When several prison terms belong to one person,
/// the last one (the sentence to be served, 决定执行…) is kept.
///
/// A person gets a case when a prison term, detention, deprivation of political rights, warning, fine or
/// confiscation belongs to them. Mentions in both languages share one case through `person_id`.
public struct LinkCases: Stage {
  public static let name = "link-cases"
  public static let summary = "one case per sentenced or penalized person: court, date, charges, penalties, money, evidence"
  public static let kind = StageKind.annotate
  public static let requires: Set<Capability> = [.sentences, .entities]
  public static let produces: Set<Capability> = [.cases]

  public init(options: StageOptions) {}

  static let penaltyTypes: Set<EntityType> = [.prisonTerm, .detention, .politicalRights, .warning]

  struct Builder {
    var personID: String
    var names: [String] = []
    var court: (index: Int, value: CourtName)?
    var date: (index: Int, value: DateValue)?
    var charges: [(index: Int, name: String)] = []
    /// Every prison term of the person, in text order (the one to serve and the ones it replaced are
    /// chosen when the record is written).
    var prisonTerms: [Int] = []
    var detention: Int?
    var politicalRights: Int?
    var warnings: [Int] = []
    var money: [Int] = []
    var mentions: [Int] = []
    var isPenalized = false
  }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    let entities = doc.entities
    if entities.isEmpty {
      doc.cases = []
      return .keep
    }
    let sentenceOf = Self.sentenceIndex(entities, doc.sentences)
    // The entities of each sentence, in order (court, date and charge lookups read only their sentence).
    var bySentence = [[Int]](repeating: [], count: doc.sentences.count)
    for (i, k) in sentenceOf.enumerated() { if let k { bySentence[k].append(i) } }
    let blockOf = Self.blockIndex(doc.sentences, doc.blocks)

    var builders: [String: Builder] = [:]
    var order: [String] = []
    func builder(_ id: String) -> Builder { builders[id] ?? Builder(personID: id) }

    for (i, e) in entities.enumerated() {
      guard let id = e.value.person?.personID else { continue }
      var b = builder(id)
      if !b.names.contains(e.text) { b.names.append(e.text) }
      b.mentions.append(i)
      if builders[id] == nil { order.append(id) }
      builders[id] = b
    }

    // Owner of each entity: the nearest person mention before it in its sentence.
    var lastPerson: (id: String, block: Int)?
    var ownerOf = [String?](repeating: nil, count: entities.count)
    var sentenceOwnerStart: [Int: Int] = [:]  // sentence → index of its first person mention
    for (i, e) in entities.enumerated() {
      guard let k = sentenceOf[i] else { continue }
      // A range over a group (五人分别被判处有期徒刑一年至三年) is no one person's sentence.
      if e.value.prisonTerm?.kind == .range { continue }
      if let person = e.value.person {
        if sentenceOwnerStart[k] == nil { sentenceOwnerStart[k] = i }
        lastPerson = (id: person.personID, block: blockOf[k])
        continue
      }
      var j = i - 1
      while j >= 0, sentenceOf[j] == k {
        if let person = entities[j].value.person {
          ownerOf[i] = person.personID
          break
        }
        j -= 1
      }
      guard ownerOf[i] == nil, Self.penaltyTypes.contains(e.type) || e.type == .money else { continue }
      // No one named before it in the sentence: the first person named after it (被判处有期徒刑五年的张某, a
      // fine of RMB 100,000 was imposed on Cheng), else the person named last in this block or the one before.
      var ahead = i + 1
      while ahead < entities.count, sentenceOf[ahead] == k {
        if let person = entities[ahead].value.person {
          ownerOf[i] = person.personID
          break
        }
        ahead += 1
      }
      if ownerOf[i] == nil, let last = lastPerson, blockOf[k] - last.block <= 1 {
        ownerOf[i] = last.id
      }
    }

    let s = doc.matchScalars
    Self.dropUnnamedCoordinates(entities, sentenceOf, s, &ownerOf)
    Self.distributeRespectively(entities, sentenceOf, bySentence, doc.sentences, s, &ownerOf)
    Self.assignLead(entities, sentenceOf, blockOf, &ownerOf)

    // Ranges over a group become group records, with the money of their clause.
    let groups = Self.groups(entities, sentenceOf, bySentence, blockOf, sentenceOwnerStart, s, doc.sentences, &ownerOf)

    // Penalties and money to their owners.
    for (i, e) in entities.enumerated() {
      guard let id = ownerOf[i], var b = builders[id] else { continue }
      switch e.value {
      case .prisonTerm: b.prisonTerms.append(i)
      case .detention: b.detention = i
      case .politicalRights: b.politicalRights = i
      case .warning: b.warnings.append(i)
      case .money: b.money.append(i)
      case .charge(let charge):
        if !b.charges.contains(where: { $0.name == charge.nameZh }) { b.charges.append((i, charge.nameZh)) }
      default: continue
      }
      let isPenalty = Self.penaltyTypes.contains(e.type) || e.value.money?.isPenalty == true
      if isPenalty { b.isPenalized = true }
      if isPenalty, let k = sentenceOf[i] {
        // Sentence-level facts: court, date, and charges named before any person.
        if let j = Self.nearest(.court, before: i, sentence: k, entities, bySentence, blockOf),
          let court = entities[j].value.court
        {
          b.court = (j, court)
        }
        if let j = Self.nearest(.date, before: i, sentence: k, entities, bySentence, blockOf),
          let date = entities[j].value.date
        {
          b.date = (j, date)
        }
        for c in bySentence[k] {
          guard let charge = entities[c].value.charge else { continue }
          if let first = sentenceOwnerStart[k], c > first { continue }
          if !b.charges.contains(where: { $0.name == charge.nameZh }) {
            b.charges.append((c, charge.nameZh))
          }
        }
      }
      builders[id] = b
    }

    var records: [(key: Int, record: CaseRecord)] = order.compactMap { id in
      guard let b = builders[id], b.isPenalized else { return nil }
      return (b.mentions.first ?? 0, Self.record(b, entities, s))
    }
    for g in groups { records.append((g.range, g.record)) }
    // one list in order of first mention (a group at its range)
    doc.cases = records.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }.map(\.element.record)
    return .keep
  }

  static let instanceWords: [(word: [Unicode.Scalar], instance: CourtInstance)] = ([
    ("一审", .first), ("原判", .first), ("原审", .first), ("初审", .first), ("first instance", .first),
    ("initially", .first), ("originally", .first),
    ("二审", .appeal), ("终审", .appeal), ("改判", .appeal), ("上诉", .appeal), ("on appeal", .appeal),
    ("appeals court", .appeal), ("appellate", .appeal), ("upon appeal", .appeal),
    ("重审", .retrial), ("再审", .retrial), ("retrial", .retrial), ("retried", .retrial),
    ("核准", .review), ("复核", .review),
  ] as [(String, CourtInstance)]).map { (Array($0.0.unicodeScalars), $0.1) }

  /// The proceeding the clause before a prison term says gave it: the instance word nearest before the term
  /// in the 40 scalars before it, not across a sentence stop (一审判处…, 二审改判…, "reduced on appeal to",
  /// "was initially sentenced to"); nil when none.
  static func instance(_ s: [Unicode.Scalar], _ e: Entity) -> CourtInstance? {
    var found: CourtInstance?
    var j = max(0, e.start - 40)
    while j < e.start {
      if CharClass.isStop(s[j]) { found = nil }
      for w in instanceWords where w.word.first == s[j] && PenaltyScan.has(s, j, limit: e.start, w.word) {
        // 改判 after 重审/再审 in the clause stays a retrial
        if !(w.instance == .appeal && found == .retrial) { found = w.instance }
      }
      j += 1
    }
    return found
  }

  /// Of a person's prison terms, the one to serve and the earlier ones it replaced. The one to serve is the
  /// last one not given at first instance when there is such a later one, whatever their order in the text
  /// (重审判处死刑 … 一审判处15年有期徒刑 → death), else the last one (决定执行…, after the terms of each
  /// charge). Replaced, when the text says the one to serve was given later (on appeal, retrial or review):
  /// the first-instance terms that differ from it (一审判处有期徒刑五年…二审改判有期徒刑三年 → 3 years, replacing
  /// 5 years at first instance), and on appeal or retrial the terms of no stated instance before it.
  static func finalTerm(_ terms: [Int], _ entities: [Entity], _ s: [Unicode.Scalar])
    -> (term: PrisonTermValue, instance: CourtInstance?, superseded: [InstanceTerm])?
  {
    let stated: [(term: PrisonTermValue, instance: CourtInstance?)] = terms.compactMap { i in
      entities[i].value.prisonTerm.map { ($0, instance(s, entities[i])) }
    }
    guard let final = stated.last(where: { $0.instance != .first }) ?? stated.last else { return nil }
    var superseded: [InstanceTerm] = []
    // Only a term the text says was given later replaces anything: when the one to serve has no stated
    // instance, the others may be the terms of each charge (一审判决…因受贿罪判处…，因滥用职权罪判处…，合并执行…).
    if let later = final.instance, later != .first {
      // first-instance terms anywhere; terms of no stated instance before one given on appeal or retrial
      // ("sentenced to five years, which was reduced on appeal to three years")
      let changed = later == .appeal || later == .retrial
      let finalAt = stated.lastIndex { $0.instance == final.instance && $0.term == final.term } ?? stated.count
      for (k, t) in stated.enumerated() where t.term != final.term && (t.instance == .first || (changed && t.instance == nil && k < finalAt)) {
        let item = InstanceTerm(term: t.term, instance: t.instance)
        if !superseded.contains(item) { superseded.append(item) }
      }
    }
    return (final.term, final.instance, superseded)
  }

  /// "John Smith was jailed for five years and Mary Jones for three": when the person the second term is
  /// about was not recognized, the nearest person before it is the first term's owner — wrong. A prison term
  /// that follows another one of the same sentence with no person mention between them, but with a
  /// capitalised Latin word outside every entity between them, belongs to no one (its entity stays).
  static func dropUnnamedCoordinates(_ entities: [Entity], _ sentenceOf: [Int?], _ s: [Unicode.Scalar], _ ownerOf: inout [String?]) {
    var previousTerm: Int?
    for (i, e) in entities.enumerated() {
      if e.value.person != nil { previousTerm = nil; continue }
      guard e.value.prisonTerm != nil else { continue }
      defer { previousTerm = i }
      guard let p = previousTerm, sentenceOf[p] != nil, sentenceOf[p] == sentenceOf[i], ownerOf[i] != nil else { continue }
      // the gap, skipping entities inside it
      var j = entities[p].end
      var next = p + 1
      while j < e.start {
        if next < i, entities[next].start <= j {
          j = max(j, entities[next].end)
          next += 1
          continue
        }
        if CharClass.isASCIIUpper(s[j]), j == 0 || !CharClass.isASCIILetter(s[j - 1]), j + 1 < e.start, CharClass.isASCIILower(s[j + 1]) {
          ownerOf[i] = nil
          break
        }
        j += 1
      }
    }
  }

  /// The news lead: "A senior Chinese politician has been sentenced to life imprisonment for bribery" in the
  /// headline and the first paragraph, the name in a later one ("…convicted Sun Zhengcai of…"). When every
  /// prison term before the first person mention of the document is one and the same sentence and no one
  /// owns it, it is that first person's — if they are named within three blocks of it and own no other
  /// term. Two different terms in the lead ("the head was sentenced to death, two others to life") stay
  /// no one's.
  static func assignLead(_ entities: [Entity], _ sentenceOf: [Int?], _ blockOf: [Int], _ ownerOf: inout [String?]) {
    guard let first = entities.firstIndex(where: { $0.value.person != nil }), let person = entities[first].value.person else { return }
    var lead: [Int] = []
    for i in 0..<first {
      guard let t = entities[i].value.prisonTerm else { continue }
      if t.kind == .range || ownerOf[i] != nil { return }
      lead.append(i)
    }
    guard let term = lead.first.flatMap({ entities[$0].value.prisonTerm }),
      lead.allSatisfy({ entities[$0].value.prisonTerm == term }) else { return }
    let leadBlock = lead.compactMap { sentenceOf[$0] }.last.map { blockOf[$0] } ?? 0
    guard let k = sentenceOf[first], blockOf[k] - leadBlock <= 3 else { return }
    for (i, e) in entities.enumerated() where ownerOf[i] == person.personID {
      if let t = e.value.prisonTerm, t != term { return }
    }
    for i in lead { ownerOf[i] = person.personID }
  }

  /// `A、B分别被判处X、Y` / "A and B were sentenced to X and Y respectively": in a sentence that says 分别 or
  /// respectively, when the people named before its first prison term are as many as its prison terms, the
  /// k-th term is the k-th person's.
  static func distributeRespectively(
    _ entities: [Entity], _ sentenceOf: [Int?], _ bySentence: [[Int]], _ sentences: [Sentence], _ s: [Unicode.Scalar],
    _ ownerOf: inout [String?]
  ) {
    let marks = [Array("分别".unicodeScalars), Array("respectively".unicodeScalars)]
    for (k, members) in bySentence.enumerated() where members.count >= 4 {
      guard let first = members.first, let last = members.last else { continue }
      let lo = entities[first].start
      // "respectively" comes after the terms
      let hi = max(entities[last].end, k < sentences.count ? min(sentences[k].end, s.count) : 0)
      var mark: Int?
      var j = lo
      while j < hi, mark == nil {
        if marks.contains(where: { PenaltyScan.has(s, j, limit: hi, $0) }) { mark = j }
        j += 1
      }
      guard mark != nil else { continue }
      let terms = members.filter { entities[$0].value.prisonTerm.map { $0.kind != .range } == true }
      guard let firstTerm = terms.first else { continue }
      var people: [String] = []
      for i in members where entities[i].end <= entities[firstTerm].start {
        if let p = entities[i].value.person, !people.contains(p.personID) { people.append(p.personID) }
      }
      guard people.count >= 2, terms.count == people.count else { continue }
      for (k, i) in terms.enumerated() { ownerOf[i] = people[k] }
    }
  }

  /// The index of the court or date for a penalty at entity `i` in sentence `k`: in the sentence, the one
  /// closest before `i` (else the first after it); else the last one of the nearest earlier sentence in the
  /// same block.
  static func nearest(
    _ type: EntityType, before i: Int, sentence k: Int, _ entities: [Entity], _ bySentence: [[Int]], _ blockOf: [Int]
  ) -> Int? {
    let inSentence = bySentence[k].filter { entities[$0].type == type }
    if let j = inSentence.last(where: { $0 < i }) ?? inSentence.first { return j }
    var earlier = k - 1
    while earlier >= 0, blockOf[earlier] == blockOf[k] {
      if let j = bySentence[earlier].last(where: { entities[$0].type == type }) { return j }
      earlier -= 1
    }
    return nil
  }


  /// The sentence holding each entity (nil for entities outside sentences, e.g. in headings).
  static func sentenceIndex(_ entities: [Entity], _ sentences: [Sentence]) -> [Int?] {
    var out = [Int?](repeating: nil, count: entities.count)
    var k = 0
    for (i, e) in entities.enumerated() {
      while k < sentences.count, sentences[k].end <= e.start { k += 1 }
      if k < sentences.count, sentences[k].start <= e.start, e.end <= sentences[k].end { out[i] = k }
    }
    return out
  }

  /// The block holding each sentence.
  static func blockIndex(_ sentences: [Sentence], _ blocks: [Block]) -> [Int] {
    var out: [Int] = []
    var b = 0
    for s in sentences {
      while b < blocks.count, blocks[b].end <= s.start { b += 1 }
      out.append(b)
    }
    return out
  }

  static func record(_ b: Builder, _ entities: [Entity], _ s: [Unicode.Scalar]) -> CaseRecord {
    /// The distinct amounts among the person's money whose role passes `keep`, in order.
    func money(_ keep: (MoneyValue.Role) -> Bool) -> [MoneyValue] {
      var seen: Set<MoneyValue> = []
      var out: [MoneyValue] = []
      for i in b.money {
        guard let m = entities[i].value.money, keep(m.role) else { continue }
        if seen.insert(m).inserted { out.append(m) }
      }
      return out
    }
    var evidence = Set(b.mentions)
    for i in [b.court?.index, b.date?.index, b.detention, b.politicalRights].compactMap({ $0 }) { evidence.insert(i) }
    evidence.formUnion(b.prisonTerms)
    let term = finalTerm(b.prisonTerms, entities, s)
    evidence.formUnion(b.charges.map(\.index))
    evidence.formUnion(b.warnings)
    evidence.formUnion(b.money)
    var kinds: [WarningValue.Kind] = []
    for i in b.warnings {
      guard let kind = entities[i].value.warning?.kind else { continue }
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    return CaseRecord(
      personID: b.personID,
      names: b.names,
      court: b.court?.value,
      date: b.date?.value.value,
      charges: b.charges.map(\.name),
      prisonTerm: term?.term,
      detention: b.detention.flatMap { entities[$0].value.detention },
      politicalRights: b.politicalRights.flatMap { entities[$0].value.politicalRights },
      administrativePenalties: kinds,
      fines: money { $0 == .fine },
      confiscations: money { $0 == .confiscation },
      otherMoney: money { $0 != .fine && $0 != .confiscation },
      evidence: evidence.sorted(),
      prisonTermInstance: term?.instance,
      supersededPrisonTerms: term?.superseded ?? [])
  }
}
