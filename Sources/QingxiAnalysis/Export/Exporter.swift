/// Reads records and sends every table's rows to a sink: documents with their sentences, entities and
/// removals as they are read, then the cases (merged across documents unless `merging` is false) with their
/// sources and money.
public struct Exporter {
  public let inputs: [String]
  public let merging: Bool

  public init(inputs: [String], merging: Bool = true) {
    self.inputs = inputs
    self.merging = merging
  }

  /// Rows written per table, and the lines skipped.
  public struct Counts: Sendable {
    public var rows: [String: Int] = [:]
    public var skipped: [RecordIssue] = []
  }

  public func run(into sink: inout some ExportSink) throws -> Counts {
    var reader = RecordReader(inputs: inputs)
    var merger = CaseMerger(merging: merging)
    var counts = Counts()
    for t in ExportTable.all { counts.rows[t.name] = 0 }
    var ordinal = 0
    try reader.forEach { record in
      for (table, row) in ExportRows.rows(of: record, doc: ordinal + 1) {
        try sink.insert(row, into: table)
        counts.rows[table.name, default: 0] += 1
      }
      merger.add(record, ordinal: ordinal)
      ordinal += 1
    }
    for c in merger.cases() {
      for (table, row) in ExportRows.rows(of: c) {
        try sink.insert(row, into: table)
        counts.rows[table.name, default: 0] += 1
      }
    }
    counts.skipped = reader.issues
    return counts
  }
}
