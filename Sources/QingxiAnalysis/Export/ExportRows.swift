import Qingxi

/// The rows of every export table, built from records and merged cases.
public enum ExportRows {
  /// The documents row, and its sentences, entities and removals rows; `doc` is the record's 1-based
  /// position in the input.
  public static func rows(of d: DocumentRecord, doc: Int) -> [(ExportTable, [ExportValue])] {
    var out: [(ExportTable, [ExportValue])] = []
    out.append(
      (
        .documents,
        [
          .int(doc), .text(d.id), ExportValue(d.lang), ExportValue(d.title), ExportValue(d.published), ExportValue(d.sourcePath),
          ExportValue(d.sourceFormat), ExportValue(d.sourceBytes), ExportValue(d.sourceSHA256), .int(d.characters),
          .int(d.removedCharacters), .int(d.sentences.count), .int(d.entities.count), .int(d.cases.count), .text(d.text),
        ]
      ))
    let scalars = Array(d.text.unicodeScalars)
    func slice(_ start: Int, _ end: Int) -> String {
      let lo = min(max(start, 0), scalars.count)
      let hi = min(max(end, lo), scalars.count)
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[lo..<hi])
      return String(s)
    }
    for (i, s) in d.sentences.enumerated() {
      out.append(
        (
          .sentences,
          [.int(doc), .int(i), .int(s.start), .int(s.end), .text(s.lang), .int(s.characters), .int(s.words), .text(slice(s.start, s.end))]
        ))
    }
    for e in d.entities { out.append((.entities, entityRow(e, doc: doc))) }
    for (i, r) in d.removed.enumerated() {
      out.append(
        (
          .removals,
          [.int(doc), .int(i), .text(r.kind), .text(r.rule), .int(r.rawStart), .int(r.rawEnd), .int(r.characters), ExportValue(r.text)]
        ))
    }
    return out
  }

  static func entityRow(_ e: EntityRecord, doc: Int) -> [ExportValue] {
    let v = e.value
    let person = e.person
    let court = e.court
    let money = e.money
    // `kind`: prison term, detention, warning and contact kinds; `months`: prison terms and political rights.
    let months: Int? = v.int("months")
    let date: String? = e.type == "date" ? v.string("value") : nil
    return [
      .int(doc), .int(e.index), .text(e.type), .text(e.text), .int(e.start), .int(e.end), ExportValue(person?.personId),
      ExportValue(court?.nameZh ?? v.string("name_zh")), ExportValue(court?.level), ExportValue(court?.province),
      ExportValue(v.string("kind")), ExportValue(months), ExportValue(money?.amount), ExportValue(money?.currency),
      ExportValue(money?.role), ExportValue(date), .text(v.serialized()),
    ]
  }

  /// The cases row, its case_sources rows and its case_money rows. `docs` maps a record's ordinal to its
  /// `doc` key.
  public static func rows(of c: MergedCase) -> [(ExportTable, [ExportValue])] {
    func json(_ list: [String]) -> ExportValue { .text(JSONValue.array(list.map(JSONValue.string)).serialized()) }
    let p = c.prisonTerm
    var out: [(ExportTable, [ExportValue])] = [
      (
        .cases,
        [
          .text(c.id), ExportValue(c.names.first), json(c.names), ExportValue(c.surname), ExportValue(c.pinyin),
          ExportValue(c.court?.nameZh), ExportValue(c.court?.level), ExportValue(c.court?.province), ExportValue(c.court?.city),
          ExportValue(c.date), ExportValue(c.year), json(c.charges), ExportValue(p?.kind), ExportValue(p?.months),
          ExportValue(p?.probationMonths), ExportValue(p.map(\.reprieve)), ExportValue(c.detention?.kind),
          ExportValue(c.detention?.days), ExportValue(c.politicalRights?.months), ExportValue(c.politicalRights.map(\.life)),
          json(c.administrativePenalties), ExportValue(c.proceeding), .int(Set(c.sources.map(\.documentOrdinal)).count),
        ]
      )
    ]
    var seen: Set<String> = []
    for s in c.sources {
      // One row per document and person (a person's report appears once per record).
      guard seen.insert("\(s.documentOrdinal)\u{0}\(s.record.personId)").inserted else { continue }
      out.append(
        (
          .caseSources,
          [
            .text(c.id), .int(s.documentOrdinal + 1), .text(s.record.personId), .text(s.documentId), json(s.record.names),
            .text(JSONValue.array(s.record.evidence.map(JSONValue.int)).serialized()),
          ]
        ))
    }
    for (i, m) in (c.fines + c.confiscations + c.otherMoney).enumerated() {
      out.append(
        (
          .caseMoney,
          [.text(c.id), .int(i), .text(m.role), .text(m.currency), ExportValue(m.amount), .int(m.approximate ? 1 : 0), ExportValue(m.min), ExportValue(m.max)]
        ))
    }
    return out
  }
}
