/// Groups cases into proceedings: two cases are one proceeding when a document reports both, they state
/// the same court or an agreeing date (at least one of the two stated by both), and neither disagrees. Groups
/// are closed under this relation (union–find), so co-defendants reported in different documents join
/// through any document that reports them together.
public enum ProceedingGrouper {
  /// The proceedings of `cases`, and each case's `proceeding` set.
  public static func group(_ cases: inout [MergedCase]) -> [Proceeding] {
    var parent = Array(cases.indices)
    func find(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    var byDocument: [Int: [Int]] = [:]
    for (i, c) in cases.enumerated() {
      for ordinal in Set(c.sources.map(\.documentOrdinal)) { byDocument[ordinal, default: []].append(i) }
    }
    for ordinal in byDocument.keys.sorted() {
      let members = byDocument[ordinal] ?? []
      for (k, a) in members.enumerated() {
        for b in members[(k + 1)...] where together(cases[a], cases[b]) {
          let (ra, rb) = (find(a), find(b))
          if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
      }
    }
    var order: [Int] = []
    var groups: [Int: [Int]] = [:]
    for i in cases.indices {
      let r = find(i)
      if groups[r] == nil { order.append(r) }
      groups[r, default: []].append(i)
    }
    var out: [Proceeding] = []
    for (n, root) in order.enumerated() {
      let members = groups[root] ?? []
      let id = "k\(n + 1)"
      var documents: [(Int, String)] = []
      for i in members {
        cases[i].proceeding = id
        for s in cases[i].sources where !documents.contains(where: { $0.0 == s.documentOrdinal }) {
          documents.append((s.documentOrdinal, s.documentId))
        }
      }
      let court = members.compactMap { cases[$0].court }.first
      let dates = members.compactMap { cases[$0].date }
      let date = dates.dropFirst().reduce(dates.first) { acc, d in acc.map { CaseAgreement.preciser($0, d) } }
      out.append(
        Proceeding(
          id: id, caseIds: members.map { cases[$0].id }, names: members.map { cases[$0].names.first ?? cases[$0].id },
          court: court, date: date, documents: documents.sorted { $0.0 < $1.0 }.map(\.1)))
    }
    return out
  }

  static func together(_ a: MergedCase, _ b: MergedCase) -> Bool {
    if let x = a.court, let y = b.court, x.nameZh != y.nameZh { return false }
    if let x = a.date, let y = b.date, !CaseAgreement.datesAgree(x, y) { return false }
    let sameCourt = a.court != nil && b.court != nil
    let sameDate = a.date != nil && b.date != nil
    return sameCourt || sameDate
  }
}
