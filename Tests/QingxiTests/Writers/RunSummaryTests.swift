import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct RunSummaryTests {
  @Test func summaryKeepsItsFieldsAndAddsRulesAndStageTimes() {
    var stats = RunStats()
    stats.inputs = 2
    stats.documents = 3
    stats.documentsWritten = 2
    stats.recordsWritten = 2
    stats.bytes = 2_000_000
    stats.removedByKind = ["footer": 2]
    stats.removedByRule = ["drop-footers": 2]
    stats.entitiesByType = ["court": 1]
    stats.rejected = [Rejection(input: "x", id: "x", stage: "read", reason: "r")]
    stats.timings.add("decode", .microseconds(1500))
    stats.timings.add("split-blocks", .milliseconds(250))
    let json = RunSummary(pipeline: "default", stats: stats, seconds: 1.23456).json()
    guard case .object(let o) = json else {
      Issue.record("not an object")
      return
    }
    #expect(o.keys == [
      "schema", "pipeline", "inputs", "documents", "documents_written", "documents_rejected", "records_written",
      "rejected", "removed", "removed_by_rule", "entities", "cases", "bytes", "seconds", "mb_per_s", "stage_seconds",
      "duplicate_ids", "unparsed_published", "skipped_records", "skipped_duplicates", "accounting",
    ])
    #expect(json["skipped_records"] == .object([:]))
    #expect(json["duplicate_ids"] == .object(["count": .int(0), "first": .array([])]))
    #expect(json["unparsed_published"] == .object(["count": .int(0), "first": .array([])]))
    #expect(json["documents_rejected"] == .int(1))
    #expect(json["schema"] == .string("qingxi/summary@2"))
    #expect(json["removed_by_rule"]?["drop-footers"] == .int(2))
    #expect(json["seconds"] == .double(1.235))
    #expect(json["mb_per_s"] == .double(1.62))
    #expect(json["stage_seconds"] == .object(["decode": .double(0.0015), "split-blocks": .double(0.25)]))
  }

  @Test func summaryFollowsItsPublishedSchema() throws {
    var stats = RunStats()
    stats.documents = 3
    stats.documentsWritten = 1
    stats.documentsRejected = 1
    stats.documentsSkipped = 1
    stats.countSkipped(id: "b")
    stats.rejected = [Rejection(input: "x", id: "x", stage: "read", reason: "r")]
    stats.entitiesByType = ["court": 1]
    let json = RunSummary(pipeline: "default", stats: stats, seconds: 0.5).json()
    let validator = SchemaValidator(schema: try JSONValue.parse(SummarySchema.text))
    #expect(validator.errors(json) == [])
    #expect(json["accounting"] == .object(["read": .int(3), "written": .int(1), "rejected": .int(1), "skipped": .int(1)]))
    #expect(json["skipped_duplicates"] == .object(["count": .int(1), "first": .array([.string("b")])]))
    // The schema is strict: a misspelt or missing field is caught.
    guard case .object(var o) = json else { return }
    o["acounting"] = o["accounting"]
    o["accounting"] = nil
    #expect(validator.errors(.object(o)).count == 2)
  }
}
