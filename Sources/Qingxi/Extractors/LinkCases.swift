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

  static let penaltyTypes: Set<String> = [
    EntityType.prisonTerm.rawValue, EntityType.detention.rawValue, EntityType.politicalRights.rawValue, EntityType.warning.rawValue,
  ]

  /// Roles of money that make a penalty.
  static let penaltyRoles: Set<String> = ["fine", "confiscation"]

  struct Builder {
    var personID: String
    var names: [String] = []
    var court: (index: Int, value: JSONValue)?
    var date: (index: Int, value: JSONValue)?
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

    for (i, e) in entities.enumerated() where e.type == EntityType.person.rawValue {
      guard let id = e.value["person_id"]?.stringValue else { continue }
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
      if e.type == EntityType.person.rawValue {
        if sentenceOwnerStart[k] == nil { sentenceOwnerStart[k] = i }
        lastPerson = e.value["person_id"]?.stringValue.map { (id: $0, block: blockOf[k]) }
        continue
      }
      var j = i - 1
      while j >= 0, sentenceOf[j] == k {
        if entities[j].type == EntityType.person.rawValue {
          ownerOf[i] = entities[j].value["person_id"]?.stringValue
          break
        }
        j -= 1
      }
      guard ownerOf[i] == nil, Self.penaltyTypes.contains(e.type) || e.type == EntityType.money.rawValue else { continue }
      // No one named before it in the sentence: the first person named after it (被判处有期徒刑五年的张某, a
      // fine of RMB 100,000 was imposed on Cheng), else the person named last in this block or the one before.
      var ahead = i + 1
      while ahead < entities.count, sentenceOf[ahead] == k {
        if entities[ahead].type == EntityType.person.rawValue {
          ownerOf[i] = entities[ahead].value["person_id"]?.stringValue
          break
        }
        ahead += 1
      }
      if ownerOf[i] == nil, let last = lastPerson, blockOf[k] - last.block <= 1 {
        ownerOf[i] = last.id
      }
    }

    // Penalties and money to their owners.
    for (i, e) in entities.enumerated() {
      guard let id = ownerOf[i], var b = builders[id] else { continue }
      switch e.type {
      case EntityType.prisonTerm.rawValue: b.prisonTerm = i
      case EntityType.detention.rawValue: b.detention = i
      case EntityType.politicalRights.rawValue: b.politicalRights = i
      case EntityType.warning.rawValue: b.warnings.append(i)
      case EntityType.money.rawValue: b.money.append(i)
      case EntityType.charge.rawValue:
        if let name = e.value["name_zh"]?.stringValue, !b.charges.contains(where: { $0.name == name }) { b.charges.append((i, name)) }
      default: continue
      }
      let isPenalty = Self.penaltyTypes.contains(e.type)
        || (e.type == EntityType.money.rawValue && Self.penaltyRoles.contains(e.value["role"]?.stringValue ?? ""))
      if isPenalty, let k = sentenceOf[i] {
        b.isPenalized = true
        // Sentence-level facts: court, date, and charges named before any person.
        if let court = Self.nearest(.court, before: i, sentence: k, entities, bySentence, blockOf) {
          b.court = court
        }
        if let date = Self.nearest(.date, before: i, sentence: k, entities, bySentence, blockOf) {
          b.date = date
        }
        for c in bySentence[k] where entities[c].type == EntityType.charge.rawValue {
          if let first = sentenceOwnerStart[k], c > first { continue }
          if let name = entities[c].value["name_zh"]?.stringValue, !b.charges.contains(where: { $0.name == name }) {
            b.charges.append((c, name))
          }
        }
      }
      builders[id] = b
    }

    doc.cases = order.compactMap { id in
      guard let b = builders[id], b.isPenalized else { return nil }
      return CaseRecord(fields: Self.record(b, entities))
    }
    return .keep
  }

  /// The court or date for a penalty at entity `i` in sentence `k`: in the sentence, the one closest before
  /// `i` (else the first after it); else the last one of the nearest earlier sentence in the same block.
  static func nearest(
    _ type: EntityType, before i: Int, sentence k: Int, _ entities: [Entity], _ bySentence: [[Int]], _ blockOf: [Int]
  ) -> (index: Int, value: JSONValue)? {
    let inSentence = bySentence[k].filter { entities[$0].type == type.rawValue }
    if let j = inSentence.last(where: { $0 < i }) ?? inSentence.first { return (j, entities[j].value) }
    var earlier = k - 1
    while earlier >= 0, blockOf[earlier] == blockOf[k] {
      if let j = bySentence[earlier].last(where: { entities[$0].type == type.rawValue }) { return (j, entities[j].value) }
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

  static func record(_ b: Builder, _ entities: [Entity]) -> JSONValue {
    func money(_ roles: Set<String>?, excluding: Set<String> = []) -> JSONValue {
      var seen: Set<JSONValue> = []
      var out: [JSONValue] = []
      for i in b.money {
        let role = entities[i].value["role"]?.stringValue ?? "other"
        if let roles, !roles.contains(role) { continue }
        if excluding.contains(role) { continue }
        if seen.insert(entities[i].value).inserted { out.append(entities[i].value) }
      }
      return .array(out)
    }
    var evidence = Set(b.mentions)
    for i in [b.court?.index, b.date?.index, b.prisonTerm, b.detention, b.politicalRights].compactMap({ $0 }) { evidence.insert(i) }
    evidence.formUnion(b.charges.map(\.index))
    evidence.formUnion(b.warnings)
    evidence.formUnion(b.money)
    var kinds: [JSONValue] = []
    for i in b.warnings {
      let kind = entities[i].value["kind"] ?? .null
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    let names: [JSONValue] = b.names.map { .string($0) }
    let charges: [JSONValue] = b.charges.map { .string($0.name) }
    var o = JSONObject()
    o["person_id"] = .string(b.personID)
    o["names"] = .array(names)
    o["court"] = b.court?.value ?? .null
    o["date"] = b.date?.value["value"] ?? .null
    o["charges"] = .array(charges)
    o["prison_term"] = b.prisonTerm.map { entities[$0].value } ?? .null
    o["detention"] = b.detention.map { entities[$0].value } ?? .null
    o["political_rights"] = b.politicalRights.map { entities[$0].value } ?? .null
    o["administrative_penalties"] = .array(kinds)
    o["fines"] = money(["fine"])
    o["confiscations"] = money(["confiscation"])
    o["other_money"] = money(nil, excluding: ["fine", "confiscation"])
    o["evidence"] = .array(evidence.sorted().map { .int($0) })
    return .object(o)
  }
}
