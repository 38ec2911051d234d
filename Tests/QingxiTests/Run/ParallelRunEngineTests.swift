import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ParallelRunEngineTests {
  /// Many small batches, many documents: the same bytes and counts as the sequential engine.
  @Test(arguments: [2, 3, 5])
  func matchesTheSequentialEngine(jobs: Int) throws {
    let pipeline = try DefaultPipeline.build()
    let texts = ["国家安全部发布提示。", "", "法院判处被告人有期徒刑三年。", "Cheng was fined RMB 100,000.", "稀土。"]
    var events: [SourceEvent] = []
    let file = InputFile(path: "a.jsonl", id: "a", index: 0)
    events.append(.opened(file))
    for i in 0..<60 {
      let at = DocumentPosition(input: 0, line: i + 1, offset: i * 10)
      if i % 13 == 4 {
        events.append(.unreadable(ReadFailure(input: "a.jsonl:\(i + 1)", id: "a:\(i + 1)", reason: "line \(i + 1): not valid JSON"), at))
      } else {
        // Every tenth document repeats an id.
        events.append(.document(TestPipelines.document(texts[i % texts.count], id: i % 10 == 9 ? "same" : "a:\(i + 1)"), at))
      }
    }
    events.append(.closed(file, bytes: 600))

    func sequential() throws -> (RunStats, [UInt8], [Rejection]) {
      var source = RunEngineTests.ListSource(events: events)
      let out = MemoryOutput()
      var records = JSONLinesSink(output: out)
      var rejects = RunEngineTests.ListRejects()
      let stats = try RunEngine(pipeline: pipeline).run(&source, records: &records, rejects: &rejects)
      return (stats, out.bytes, rejects.seen)
    }
    var engine = ParallelRunEngine(pipeline: pipeline, jobs: jobs)
    engine.batchDocuments = 7
    var source = RunEngineTests.ListSource(events: events)
    let out = MemoryOutput()
    var records = JSONLinesSink(output: out)
    var rejects = RunEngineTests.ListRejects()
    let stats = try engine.run(&source, records: &records, rejects: &rejects)
    let (s, bytes, rejected) = try sequential()
    #expect(out.committed)
    #expect(out.bytes == bytes)
    #expect(rejects.seen == rejected)
    var a = stats
    var b = s
    a.timings = StageTimings(enabled: true)
    b.timings = StageTimings(enabled: true)
    #expect(a == b)
    #expect(stats.duplicateIDs == 5)
    #expect(stats.documents == 60)
  }
}
