/// Merges the reports of one case across documents. Reports are taken in input order; each joins the first
/// earlier case whose every report names a compatible person (`PersonKey`), never disagrees with it
/// (`CaseAgreement.conflict`), comes from another document, and at least one of which corroborates it (a
/// penalty stated by both and equal); otherwise it starts a new case. So two reports that disagree on a
/// stated field are never in one case, and the result depends only on the input order. Without merging every
/// report is its own case.
public struct CaseMerger {
  public let merging: Bool
  private var groups: [[CaseSource]] = []
  private var keys: [[PersonKey]] = []
  /// Groups by the bucket of their person key (surname pinyin), so each report is compared with few.
  private var byBucket: [String: [Int]] = [:]

  public init(merging: Bool = true) { self.merging = merging }

  /// Number of reports added.
  public private(set) var reportCount = 0

  public mutating func add(_ document: DocumentRecord, ordinal: Int) {
    for source in CaseSource.all(in: document, ordinal: ordinal) { add(source) }
  }

  public mutating func add(_ source: CaseSource) {
    reportCount += 1
    let key = source.personKey
    if merging, let bucket = key.bucket {
      for g in byBucket[bucket] ?? [] where fits(source, key, group: g) {
        groups[g].append(source)
        keys[g].append(key)
        return
      }
    }
    groups.append([source])
    keys.append([key])
    if let bucket = key.bucket { byBucket[bucket, default: []].append(groups.count - 1) }
  }

  private func fits(_ source: CaseSource, _ key: PersonKey, group g: Int) -> Bool {
    var corroborated = false
    for (member, memberKey) in zip(groups[g], keys[g]) {
      if member.documentOrdinal == source.documentOrdinal { return false }
      if !memberKey.isCompatible(with: key) { return false }
      if CaseAgreement.conflict(member.record, source.record) != nil { return false }
      if CaseAgreement.corroborates(member.record, source.record) { corroborated = true }
    }
    return corroborated
  }

  /// The cases, c1, c2, … in order of first report, each with its proceeding (`ProceedingGrouper`).
  public func cases() -> [MergedCase] {
    var list = groups.enumerated().map { MergedCase(id: "c\($0.offset + 1)", sources: $0.element) }
    _ = ProceedingGrouper.group(&list)
    return list
  }
}
