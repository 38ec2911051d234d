import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct JSONLinesSinkTests {
  @Test func writesEachRecordAsOneLineInContractOrder() throws {
    let docs = try TestPipelines.run(try DefaultPipeline.build(), "标题\n\n国家安全部发布提示。\n")
    let out = MemoryOutput()
    var sink = JSONLinesSink(output: out, keepRemovedText: false)
    for d in docs + docs { try sink.write(d) }
    try sink.commit()
    #expect(out.committed)
    let expected = docs.map { $0.record(keepRemovedText: false).serialized() }
    #expect(out.lines == expected + expected)
  }

  @Test func rejectsAreWrittenAsJSONLines() throws {
    let out = MemoryOutput()
    var sink = JSONLinesRejectSink(output: out)
    try sink.reject(Rejection(input: "a.jsonl:2", id: "a:2", stage: "read", reason: "line 2: not valid JSON"))
    #expect(out.lines == [#"{"input":"a.jsonl:2","id":"a:2","stage":"read","reason":"line 2: not valid JSON"}"#])
  }
}
