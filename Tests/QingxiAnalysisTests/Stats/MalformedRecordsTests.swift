import Foundation
import Qingxi
import QingxiTestSupport
import Testing

@testable import QingxiAnalysis

/// Records damaged at random — values of the wrong type, huge, negative, empty or missing — never stop
/// `stats`, `cases`, the report or the exports, and the statistics stay valid under their schema.
struct MalformedRecordsTests {
  /// A deterministic generator (SplitMix64).
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
  }

  static let odd: [JSONValue] = [
    .null, .bool(true), .int(-1), .int(Int.max), .int(0), .double(1e300), .double(-0.5), .string(""),
    .string("叶某某"), .string(String(repeating: "长", count: 300)), .array([]), .array([.int(-7), .string("x")]),
    .object([:]), .object(["kind": .string("fixed"), "months": .int(Int.max)]),
    .object(["amount": .double(1e308), "currency": .string("CNY"), "role": .string("fine")]),
  ]

  static func damage(_ v: JSONValue, _ r: inout Random, depth: Int = 0) -> JSONValue {
    if r.below(12) == 0 { return odd[r.below(odd.count)] }
    switch v {
    case .object(let o):
      var pairs: [(String, JSONValue)] = []
      for p in o.pairs where r.below(20) != 0 { pairs.append((p.key, damage(p.value, &r, depth: depth + 1))) }
      return .object(JSONObject(pairs))
    case .array(let a):
      return .array(a.filter { _ in r.below(20) != 0 }.map { damage($0, &r, depth: depth + 1) })
    default:
      return v
    }
  }

  @Test(arguments: [UInt64(2026), 7])
  func damagedRecordsNeverStopTheTools(seed: UInt64) throws {
    let records = CorpusRecords.jsonl.split(separator: "\n").compactMap { try? JSONValue.parse(String($0)) }
    #expect(records.count == 12)
    var r = Random(state: seed)
    var lines: [String] = []
    for round in 0..<50 {
      var rec = Self.damage(records[round % records.count], &r)
      // Keep most records readable so that their insides get exercised.
      if case .object(var o) = rec, r.below(10) != 0 {
        o["id"] = .string("r\(round)")
        rec = .object(o)
      }
      lines.append(rec.serialized())
    }
    lines.append("{\"id\":")
    let path = try CorpusRecords.file(lines.joined(separator: "\n") + "\n")
    defer { CorpusRecords.remove(path) }
    let validator = SchemaValidator(schema: try JSONValue.parse(StatsSchema.text))
    var readable = 0
    for merging in [true, false] {
      let report = try StatsReport.build(inputs: [path], merging: merging)
      #expect(report.records + report.skipped.count == lines.count)
      readable = report.records
      #expect(validator.errors(report.json) == [])
      #expect(!StatsTable.render(report).isEmpty)
      #expect(HTMLReport.render(report).contains("</html>"))
      for c in report.caseList { #expect(!c.json.serialized().isEmpty) }
    }
    let dir = (path as NSString).deletingLastPathComponent
    let counts = try SQLiteExport.write(inputs: [path], to: dir + "/x.db")
    #expect(counts.rows["documents"] == readable)
    _ = try CSVExport.write(inputs: [path], toDirectory: dir + "/csv")
  }
}
