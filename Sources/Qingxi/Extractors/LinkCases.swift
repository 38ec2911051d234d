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
    var prisonTerm: Int?
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
    Self.distributeRespectively(entities, sentenceOf, bySentence, s, &ownerOf)

    // Penalties and money to their owners.
    for (i, e) in entities.enumerated() {
      guard let id = ownerOf[i], var b = builders[id] else { continue }
      switch e.value {
      case .prisonTerm:
        // the sentence to serve: a first-instance term gives way to one given on appeal or retrial, whatever
        // their order in the text (重审判处死刑 … 一审判处15年有期徒刑 → death)
        if let current = b.prisonTerm, Self.isFirstInstance(s, entities[i], doc), !Self.isFirstInstance(s, entities[current], doc) {
          break
        }
        b.prisonTerm = i
      case .detention: b.detention = i
      case .politicalRights: b.politicalRights = i
      case .warning: b.warnings.append(i)
      case .money: b.money.append(i)
      case .charge(let charge):
        if !b.charges.contains(where: { $0.name == charge.nameZh }) { b.charges.append((i, charge.nameZh)) }
      default: continue
      }
      let isPenalty = Self.penaltyTypes.contains(e.type) || e.value.money?.isPenalty == true
      if isPenalty, let k = sentenceOf[i] {
        b.isPenalized = true
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

    doc.cases = order.compactMap { id in
      guard let b = builders[id], b.isPenalized else { return nil }
      return Self.record(b, entities)
    }
    return .keep
  }

  static let firstInstanceWords = ["一审", "原判", "原审", "初审", "first instance", "initially sentenced", "originally sentenced"]
    .map { Array($0.unicodeScalars) }
  static let laterInstanceWords = ["二审", "重审", "改判", "终审", "再审", "核准", "on appeal", "retrial"].map { Array($0.unicodeScalars) }

  /// Whether the clause before a prison term says it is the first-instance sentence (一审判处…, 原判…) and
  /// nothing there says it was given later (二审, 重审, 改判).
  static func isFirstInstance(_ s: [Unicode.Scalar], _ e: Entity, _ doc: Document) -> Bool {
    let from = max(0, e.start - 16)
    var first = false
    var j = from
    while j < e.start {
      if CharClass.isStop(s[j]) { first = false }
      if firstInstanceWords.contains(where: { PenaltyScan.has(s, j, limit: e.start, $0) }) { first = true }
      if laterInstanceWords.contains(where: { PenaltyScan.has(s, j, limit: e.start, $0) }) { return false }
      j += 1
    }
    return first
  }

  /// `A、B分别被判处X、Y` / "A and B were sentenced to X and Y respectively": in a sentence that says 分别 or
  /// respectively, when the people named before its first prison term are as many as its prison terms, the
  /// k-th term is the k-th person's.
  static func distributeRespectively(
    _ entities: [Entity], _ sentenceOf: [Int?], _ bySentence: [[Int]], _ s: [Unicode.Scalar], _ ownerOf: inout [String?]
  ) {
    let marks = [Array("分别".unicodeScalars), Array("respectively".unicodeScalars)]
    for members in bySentence where members.count >= 4 {
      guard let first = members.first, let last = members.last else { continue }
      let lo = entities[first].start
      let hi = entities[last].end
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

  static func record(_ b: Builder, _ entities: [Entity]) -> CaseRecord {
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
    for i in [b.court?.index, b.date?.index, b.prisonTerm, b.detention, b.politicalRights].compactMap({ $0 }) { evidence.insert(i) }
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
      prisonTerm: b.prisonTerm.flatMap { entities[$0].value.prisonTerm },
      detention: b.detention.flatMap { entities[$0].value.detention },
      politicalRights: b.politicalRights.flatMap { entities[$0].value.politicalRights },
      administrativePenalties: kinds,
      fines: money { $0 == .fine },
      confiscations: money { $0 == .confiscation },
      otherMoney: money { $0 != .fine && $0 != .confiscation },
      evidence: evidence.sorted())
  }
}
