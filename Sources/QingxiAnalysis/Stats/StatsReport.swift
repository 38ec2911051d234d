import Qingxi

/// Everything `qingxi stats` reports: the inputs, skipped lines, case statistics and text statistics.
public struct StatsReport: Sendable {
  public var inputs: [String]
  public var records: Int
  public var skipped: [RecordIssue]
  public var cases: CaseStatistics
  public var text: TextStatistics
  /// The cases the statistics were computed over (merged or not).
  public var caseList: [MergedCase]

  public init(inputs: [String], records: Int, skipped: [RecordIssue], cases: [MergedCase], reports: Int, merged: Bool, text: TextStatistics) {
    self.inputs = inputs
    self.records = records
    self.skipped = skipped
    var list = cases
    let proceedings = ProceedingGrouper.group(&list)
    self.caseList = list
    self.cases = CaseStatistics(cases: list, proceedings: proceedings, reports: reports, merged: merged)
    self.text = text
  }

  /// Reads every record of `inputs` and computes the statistics; throws when an input cannot be read.
  public static func build(inputs: [String], merging: Bool = true) throws -> StatsReport {
    var reader = RecordReader(inputs: inputs)
    var merger = CaseMerger(merging: merging)
    var text = TextStatistics()
    var ordinal = 0
    try reader.forEach { record in
      text.add(record)
      merger.add(record, ordinal: ordinal)
      ordinal += 1
    }
    return StatsReport(
      inputs: inputs, records: reader.recordCount, skipped: reader.issues, cases: merger.cases(),
      reports: merger.reportCount, merged: merging, text: text)
  }

  /// The `qingxi/stats@1` JSON (see `StatsSchema`).
  public var json: JSONValue {
    .object([
      "schema": .string("qingxi/stats@1"), "inputs": .array(inputs.map(JSONValue.string)),
      "records": .int(records), "skipped_lines": .int(skipped.count),
      "cases": cases.json, "text": text.json,
    ])
  }
}
