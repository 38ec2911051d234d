import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct RunLedgerTests {
  struct ListSource: DocumentSource {
    var events: [SourceEvent]
    mutating func next() -> SourceEvent? { events.isEmpty ? nil : events.removeFirst() }
  }

  struct Listed: RejectSink {
    var rejected: [Rejection] = []
    var skipped: [Rejection] = []
    mutating func reject(_ rejection: Rejection) throws { rejected.append(rejection) }
    mutating func skip(_ s: Rejection) throws { skipped.append(s) }
  }

  /// Four documents: b repeats a's text with other spacing, c repeats a's id, d is empty (rejected).
  func events() -> [SourceEvent] {
    let f = InputFile(path: "f.jsonl", id: "f", index: 0)
    func doc(_ text: String, _ id: String, _ line: Int) -> SourceEvent {
      .document(TestPipelines.document(text, id: id), DocumentPosition(input: 0, line: line, offset: line * 10))
    }
    return [
      .opened(f), doc("国家安全部发布提示。", "a", 1), doc("国家安全部发布提示。 ", "b", 2), doc("法院判处张某有期徒刑三年。", "a", 3),
      doc("", "d", 4), .closed(f, bytes: 40),
    ]
  }

  func run(_ dedupe: Dedupe, jobs: Int = 1) throws -> (RunStats, [String], Listed) {
    let pipeline = try DefaultPipeline.build()
    var source = ListSource(events: events())
    let out = MemoryOutput()
    var records = JSONLinesSink(output: out)
    var sink = Listed()
    let ledger = RunLedger(dedupe: dedupe)
    let stats =
      jobs > 1
      ? try ParallelRunEngine(pipeline: pipeline, jobs: jobs).run(&source, records: &records, rejects: &sink, ledger: ledger)
      : try RunEngine(pipeline: pipeline).run(&source, records: &records, rejects: &sink, ledger: ledger)
    let ids = out.lines.compactMap { try? JSONValue.parse($0)["id"]?.stringValue }
    return (stats, ids, sink)
  }

  func addsUp(_ s: RunStats) -> Bool {
    s.documents == s.documentsWritten + s.documentsRejected + s.documentsSkipped
  }

  @Test(arguments: [1, 3]) func noneWritesEveryRecordAndReportsRepeatedIds(jobs: Int) throws {
    let (stats, ids, sink) = try run(.none, jobs: jobs)
    #expect(ids == ["a", "b", "a"])
    #expect(stats.duplicateIDs == 1)
    #expect(stats.skippedDuplicates == 0)
    #expect(sink.skipped.isEmpty)
    #expect(sink.rejected.map(\.id) == ["d"])
    #expect(addsUp(stats))
  }

  @Test(arguments: [1, 3]) func idSkipsARepeatedId(jobs: Int) throws {
    let (stats, ids, sink) = try run(.id, jobs: jobs)
    #expect(ids == ["a", "b"])
    #expect(stats.duplicateIDs == 0)
    #expect(stats.skippedDuplicates == 1)
    #expect(stats.documentsSkipped == 1)
    #expect(stats.recordsWritten == 2)
    #expect(sink.skipped == [Rejection(input: "a.txt", id: "a", stage: "dedupe", reason: "duplicate id of record 1 (line 1 of the output)")])
    #expect(addsUp(stats))
  }

  @Test(arguments: [1, 3]) func contentSkipsRepeatedTextAndTakesBackItsCounts(jobs: Int) throws {
    let (stats, ids, sink) = try run(.content, jobs: jobs)
    #expect(ids == ["a", "a"])
    #expect(stats.duplicateIDs == 1)
    #expect(sink.skipped.map(\.id) == ["b"])
    #expect(sink.skipped.first?.reason == "duplicate content of record 1 (line 1 of the output)")
    #expect(stats.skippedDuplicateExamples == ["b"])
    #expect(addsUp(stats))
    // The skipped record's entities are not counted: the counts are those of the records written.
    let (all, _, _) = try run(.none)
    guard case .document(let b, _) = events()[2] else { return }
    let bCounts = RunExecutorCounts.of(b)
    #expect(!bCounts.isEmpty)
    var expected = all.entitiesByType
    for (k, v) in bCounts { expected[k] = (expected[k] ?? 0) - v == 0 ? nil : (expected[k] ?? 0) - v }
    #expect(stats.entitiesByType == expected)
    #expect(stats.recordsWritten == all.recordsWritten - 1)
  }

  enum RunExecutorCounts {
    static func of(_ d: Document) -> [String: Int] {
      guard let pipeline = try? DefaultPipeline.build() else { return [:] }
      return PipelineExecutor(pipeline: pipeline).process(d).stats.entitiesByType
    }
  }

  @Test func uncountRemovesKeysLeftAtZero() {
    var d = RunStats()
    d.entitiesByType = ["person": 2, "court": 1]
    d.recordsWritten = 2
    var one = RunStats()
    one.entitiesByType = ["court": 1, "person": 1]
    one.recordsWritten = 1
    d.uncount(one)
    #expect(d.entitiesByType == ["person": 1])
    #expect(d.recordsWritten == 1)
  }
}
