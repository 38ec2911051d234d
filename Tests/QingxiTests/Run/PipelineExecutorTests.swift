import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct PipelineExecutorTests {
  @Test func aDocumentGivesItsRecordsAndItsOwnCounts() throws {
    let executor = PipelineExecutor(pipeline: try DefaultPipeline.build())
    let text = "法院判决\n\n被告人成某被判处有期徒刑三年，并处罚金人民币十万元。\n\n版权所有 © 2023 某某网\n"
    let result = executor.process(TestPipelines.document(text, id: "p"))
    #expect(result.written.count == 1)
    let s = result.stats
    #expect(s.documents == 1)
    #expect(s.documentsWritten == 1)
    #expect(s.recordsWritten == 1)
    #expect(s.rejected.isEmpty)
    let d = try #require(result.written.first)
    #expect(s.removedByKind.values.reduce(0, +) == d.removed.count)
    #expect(s.removedByRule.values.reduce(0, +) == d.removed.count)
    #expect(Set(s.removedByRule.keys) == Set(d.removed.map(\.rule)))
    #expect(s.entitiesByType.values.reduce(0, +) == d.entities.count)
    #expect(s.cases == d.cases.count)
    // Every stage was timed.
    #expect(s.timings.order == executor.pipeline.stages.map(\.name))
  }

  @Test func aRejectedDocumentIsCountedWithItsStage() {
    let executor = PipelineExecutor(pipeline: (try? DefaultPipeline.build()) ?? Pipeline(name: "none", stages: []))
    let s = executor.process(TestPipelines.document("", id: "e")).stats
    #expect(s.documents == 1)
    #expect(s.documentsWritten == 0)
    #expect(s.rejected == [Rejection(input: "e.txt", id: "e", stage: "decode", reason: "empty input: 0 bytes")])
  }

  @Test func eventsThatAreNotDocumentsAreCountedToo() {
    let file = InputFile(path: "a.txt", id: "a", index: 0)
    #expect(PipelineExecutor.stats(for: .opened(file)).inputs == 1)
    #expect(PipelineExecutor.stats(for: .closed(file, bytes: 9)).bytes == 9)
    let big = PipelineExecutor.stats(for: .oversized(file, bytes: 9, limit: 4, DocumentPosition(input: 0)))
    #expect(big.documents == 1)
    #expect(big.rejected == [Rejection(input: "a.txt", id: "a", stage: "decode", reason: "document of 9 bytes is over max_bytes 4")])
    let failed = PipelineExecutor.stats(for: .inputFailed(ReadFailure(input: "x", id: "x", reason: "no such file or directory"), input: 1))
    #expect(failed.inputs == 1)
    #expect(failed.documents == 0)
    #expect(failed.rejected.first?.stage == "read")
  }
}
