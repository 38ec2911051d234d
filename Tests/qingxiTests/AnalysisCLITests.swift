import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// `qingxi stats`, `cases` and `export` run as a user would, over the records of `qingxi run` on the five
/// seed texts in `Corpus/raw`.
@Suite(.serialized) struct AnalysisCLITests {
  let cli = CLITests()

  /// Runs the corpus into a temporary directory; returns (directory, records file).
  func records() throws -> (URL, String) {
    let dir = try cli.temporaryDirectory()
    let records = dir.appendingPathComponent("records.jsonl").path
    // The seeds and the web samples; the WARC and WET wrap seeds again.
    let seeds = try FileManager.default.contentsOfDirectory(atPath: PackageRoot.path("Corpus/raw"))
      .filter { !$0.hasPrefix(".") && !$0.contains(".warc") }.sorted().map { "Corpus/raw/" + $0 }
    let r = try cli.run(["run"] + seeds + ["--output", records])
    #expect(r.status == 0, "\(r.stderr)")
    return (dir, records)
  }

  @Test func statsPrintsATableSayingCasesAreMerged() throws {
    let (dir, records) = try records()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try cli.run(["stats", records])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Cases: 5, merged across documents from 7 case record(s); 2 reported by several documents (--no-merge counts each record apart)"))
    // The rare-earth case: once, with both defendants, reported by 001 and 002.
    let proceeding = r.stdout.split(separator: "\n").filter { $0.contains("Cheng") && $0.contains("Ye Moumou") }
    #expect(proceeding.count == 1)
    #expect(proceeding.first?.contains("江西省南昌市中级人民法院") == true)
    #expect(r.stdout.contains("fixed, without probation      3    96     132  40.8  136.8   18  138"))
    let apart = try cli.run(["stats", "--no-merge", records])
    #expect(apart.stdout.contains("Cases: 7, one per case record, not merged"))
  }

  @Test func statsJSONFollowsTheSchemaTheToolPrints() throws {
    let (dir, records) = try records()
    defer { try? FileManager.default.removeItem(at: dir) }
    let schema = try cli.run(["schema", "--stats"])
    #expect(schema.status == 0)
    let validator = SchemaValidator(schema: try JSONValue.parse(schema.stdout))
    let r = try cli.run(["stats", "--format", "json", records])
    #expect(r.status == 0)
    let json = try JSONValue.parse(r.stdout)
    #expect(validator.errors(json) == [])
    #expect(json["cases"]?["cases"] == .int(5))
    #expect(json["cases"]?["merged"] == .bool(true))
  }

  @Test func statsWritesTheHTMLReport() throws {
    let (dir, records) = try records()
    defer { try? FileManager.default.removeItem(at: dir) }
    let html = dir.appendingPathComponent("report.html").path
    let r = try cli.run(["stats", "--html", html, records])
    #expect(r.status == 0)
    #expect(r.stderr.contains("wrote \(html)"))
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("<svg") && !page.contains("<script"))
    // Nothing but the records and the report is left behind.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["records.jsonl", "records.summary.json", "report.html"])
  }

  @Test func casesListsMergedCasesWithTheirSources() throws {
    let (dir, records) = try records()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try cli.run(["cases", records])
    #expect(r.status == 0)
    let lines = try r.stdout.split(separator: "\n").map { try JSONValue.parse(String($0)) }
    #expect(lines.count == 5)
    let validator = SchemaValidator(schema: try JSONValue.parse(try cli.run(["schema", "--cases"]).stdout))
    for line in lines { #expect(validator.errors(line) == []) }
    #expect(!validator.errors(.object(["schema": .string("qingxi/case@1")])).isEmpty)
    let cheng = try #require(lines.first { $0["names"]?.arrayValue?.contains(.string("成某")) == true })
    #expect(cheng["sources"]?.arrayValue?.count == 2)
    #expect(cheng["documents"] == .int(2))
    #expect(cheng["schema"] == .string("qingxi/case@1"))
    let evidence = cheng["sources"]?.arrayValue?.first?["evidence"]?.arrayValue ?? []
    #expect(evidence.contains { $0["type"] == .string("prison_term") })
    let apart = try cli.run(["cases", "--no-merge", records])
    #expect(apart.stdout.split(separator: "\n").count == 7)
  }

  @Test func exportWritesSQLiteAndCSV() throws {
    let (dir, records) = try records()
    defer { try? FileManager.default.removeItem(at: dir) }
    let db = dir.appendingPathComponent("out.db").path
    let csv = dir.appendingPathComponent("csv").path
    let r = try cli.run(["export", "--sqlite", db, "--csv", csv, records])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("wrote \(db): documents 12, sentences "))
    #expect(r.stderr.contains("cases 5, case_sources 7"))
    #expect(FileManager.default.fileExists(atPath: db))
    #expect(try FileManager.default.contentsOfDirectory(atPath: csv).count == 7)
  }

  @Test func analysisUsageErrorsExitTwoAndMissingInputsOne() throws {
    #expect(try cli.run(["export", "x.jsonl"]).status == 2)
    #expect(try cli.run(["stats"]).status == 2)
    #expect(try cli.run(["stats", "--format", "yaml", "x.jsonl"]).status == 2)
    let missing = try cli.run(["stats", "/nonexistent/records.jsonl"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("/nonexistent/records.jsonl: no such file or directory"))
  }
}
