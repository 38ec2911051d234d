import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct RunEngineTests {
  /// A source over events made in memory.
  struct ListSource: DocumentSource {
    var events: [SourceEvent]
    mutating func next() -> SourceEvent? { events.isEmpty ? nil : events.removeFirst() }
  }

  struct ListRejects: RejectSink {
    var seen: [Rejection] = []
    mutating func reject(_ rejection: Rejection) throws { seen.append(rejection) }
  }

  struct BrokenSink: RecordSink {
    let output = MemoryOutput()
    mutating func write(_ document: Document) throws { throw ReadError("disk full") }
    mutating func commit() throws {}
    mutating func abandon() { output.abandon() }
  }

  func events() -> [SourceEvent] {
    let a = InputFile(path: "a.jsonl", id: "a", index: 0)
    return [
      .opened(a),
      .document(TestPipelines.document("国家安全部发布提示。", id: "a:1"), DocumentPosition(input: 0, line: 1, offset: 0)),
      .unreadable(ReadFailure(input: "a.jsonl:2", id: "a:2", reason: "line 2: not valid JSON"), DocumentPosition(input: 0, line: 2, offset: 40)),
      .document(TestPipelines.document("", id: "a:3"), DocumentPosition(input: 0, line: 3, offset: 50)),
      .closed(a, bytes: 60),
      .inputFailed(ReadFailure(input: "b", id: "b", reason: "no such file or directory"), input: 1),
    ]
  }

  @Test func runsEveryEventAndAccountsForEachInput() throws {
    let engine = RunEngine(pipeline: try DefaultPipeline.build())
    var source = ListSource(events: events())
    let out = MemoryOutput()
    var records = JSONLinesSink(output: out)
    var rejects = ListRejects()
    let stats = try engine.run(&source, records: &records, rejects: &rejects)
    #expect(out.committed)
    #expect(out.lines.count == 1)
    #expect(stats.inputs == 2)
    #expect(stats.documents == 3)
    #expect(stats.documentsWritten == 1)
    #expect(stats.recordsWritten == 1)
    #expect(stats.bytes == 60)
    #expect(stats.rejected.map(\.id) == ["a:2", "a:3", "b"])
    #expect(rejects.seen == stats.rejected)
  }

  @Test func statsOfDocumentsRunApartMergeToTheSameTotals() throws {
    let engine = RunEngine(pipeline: try DefaultPipeline.build())
    var total = RunStats()
    for event in events() {
      if case .document(let d, _) = event { total += engine.executor.process(d).stats } else { total += PipelineExecutor.stats(for: event) }
    }
    var source = ListSource(events: events())
    var records = JSONLinesSink(output: MemoryOutput())
    var rejects = NoRejectSink()
    var whole = try engine.run(&source, records: &records, rejects: &rejects)
    // Times differ from run to run; everything else is equal.
    whole.timings = total.timings
    #expect(whole == total)
  }

  @Test func aSinkFailureAbandonsTheRun() throws {
    let engine = RunEngine(pipeline: try DefaultPipeline.build())
    var source = ListSource(events: events())
    var records = BrokenSink()
    var rejects = NoRejectSink()
    #expect(throws: ReadError("disk full")) { try engine.run(&source, records: &records, rejects: &rejects) }
    #expect(records.output.abandoned)
  }
}
