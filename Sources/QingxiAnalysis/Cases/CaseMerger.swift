/// Merges the reports of one case across documents. Reports are taken in input order; each joins the first
/// earlier case whose every report names a compatible person (`PersonKey`), never disagrees with it
/// (`CaseAgreement.conflict`), comes from another document, and at least one of which corroborates it (a
/// penalty stated by both and equal); otherwise it starts a new case. So two reports that disagree on a
/// stated field are never in one case, and the result depends only on the input order. Without merging every
/// report is its own case.
public struct CaseMerger {
  public let merging: Bool
  private var groups: [[CaseSource]] = []
  /// Per group, the distinct (person key, stated fields) of its reports: many outlets copy one wire story,
  /// so a group of thousands of reports has few variants, and a new report is checked against those.
  private var variants: [[Variant]] = []
  private var variantSets: [Set<Variant>] = []
  private var ordinals: [Set<Int>] = []
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
    let variant = Variant(key: key, report: source.record)
    if merging, let bucket = key.bucket {
      for g in byBucket[bucket] ?? [] where fits(variant, ordinal: source.documentOrdinal, group: g) {
        groups[g].append(source)
        ordinals[g].insert(source.documentOrdinal)
        if variantSets[g].insert(variant).inserted { variants[g].append(variant) }
        return
      }
    }
    groups.append([source])
    ordinals.append([source.documentOrdinal])
    variants.append([variant])
    variantSets.append([variant])
    if let bucket = key.bucket { byBucket[bucket, default: []].append(groups.count - 1) }
  }

  private func fits(_ v: Variant, ordinal: Int, group g: Int) -> Bool {
    if ordinals[g].contains(ordinal) { return false }
    var corroborated = false
    for member in variants[g] {
      if !member.key.isCompatible(with: v.key) { return false }
      if CaseAgreement.conflict(member.report, v.report) != nil { return false }
      if CaseAgreement.corroborates(member.report, v.report) { corroborated = true }
    }
    return corroborated
  }

  /// What a report states, without what differs between documents by construction (person id, evidence
  /// indices, the names written).
  struct Variant: Hashable {
    var key: PersonKey
    var report: CaseReport

    init(key: PersonKey, report: CaseReport) {
      self.key = key
      var r = report
      r.personId = ""
      r.names = []
      r.evidence = []
      self.report = r
    }
  }

  /// The cases, c1, c2, … in order of first report, each with its proceeding (`ProceedingGrouper`).
  public func cases() -> [MergedCase] {
    var list = groups.enumerated().map { MergedCase(id: "c\($0.offset + 1)", sources: $0.element) }
    _ = ProceedingGrouper.group(&list)
    return list
  }
}
