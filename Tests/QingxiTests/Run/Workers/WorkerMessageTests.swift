import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct WorkerMessageTests {
  static func roundTrip(_ m: WorkerMessage) throws -> WorkerMessage {
    try WorkerMessage(decoding: m.encoded())
  }

  @Test func requestCarriesTheDocumentAsRead() throws {
    let meta: [String: JSONValue] = [
      "url": .string("https://example.com/新闻"),
      "score": .double(0.1 + 0.2),
      "n": .int(-7),
      "tags": .array([.string("a"), .null, .bool(true), .bool(false)]),
      "nested": .object(JSONObject([("z", .int(1)), ("a", .object(JSONObject([("k", .double(-0.0))])))])),
    ]
    let text = Document(
      id: "x:3", source: Source(path: "in/x.jsonl", format: "jsonl+gzip", encoding: "utf-8", bytes: 12, sha256: "ab", url: "u"),
      text: "法院判处。\r\nok", meta: meta)
    var bytes = Document(id: "p", source: Source(path: "p.html", format: "html", bytes: 3, sha256: "cd"), bytes: [0xFF, 0, 0x41])
    bytes.title = "标题"
    bytes.published = "2026-12-03T08:00:00+08:00"
    // What the WARC and JSON Lines readers set beside the text.
    bytes.linesAreBlocks = true
    bytes.declaredType = MediaType(type: "text/html", charset: "gbk")
    var fields = text
    fields.contentFormat = .html
    fields.languageHint = "zh"
    fields.unparsedPublished = true
    for doc in [text, bytes, fields] {
      let at = DocumentPosition(input: 2, line: 3, offset: 40)
      guard case .request(let r) = try Self.roundTrip(.request(WorkerRequest(sequence: 9, position: at, document: doc))) else {
        Issue.record("not a request")
        continue
      }
      #expect(r.sequence == 9)
      #expect(r.position == at)
      #expect(r.document.id == doc.id)
      #expect(r.document.source == doc.source)
      #expect(r.document.bytes == doc.bytes)
      #expect(r.document.raw == doc.raw)
      #expect(r.document.meta == doc.meta)
      #expect(r.document.title == doc.title)
      #expect(r.document.published == doc.published)
      #expect(r.document.linesAreBlocks == doc.linesAreBlocks)
      #expect(r.document.declaredType == doc.declaredType)
      #expect(r.document.contentFormat == doc.contentFormat)
      #expect(r.document.languageHint == doc.languageHint)
      #expect(r.document.unparsedPublished == doc.unparsedPublished)
    }
  }

  @Test func replyCarriesRecordsAndCounts() throws {
    var stats = RunStats()
    stats.documents = 1
    stats.documentsWritten = 1
    stats.recordsWritten = 2
    stats.rejected = [Rejection(input: "a", id: "b", stage: "decode", reason: "why")]
    stats.timings.add("decode", .milliseconds(3))
    stats.timings.add("split-sentences", .nanoseconds(17))
    stats.removedByKind = ["footer": 2, "ad": 1]
    stats.removedByRule = ["drop-footers": 2]
    stats.entitiesByType = ["person": 4]
    stats.cases = 3
    stats.skippedRecords = ["request": 2]
    stats.unparsedPublished = 1
    stats.unparsedPublishedExamples = ["a"]
    stats.documentsRejected = 1
    var counts = RunStats()
    counts.recordsWritten = 1
    counts.entitiesByType = ["date": 2]
    let records = [
      ProcessedDocument.Record(
        outgoing: RunLedger.Outgoing(id: "a#1", contentKey: 0xDEAD_BEEF, counts: counts), bytes: Array("{\"id\":\"a#1\"}\n".utf8)),
      ProcessedDocument.Record(outgoing: RunLedger.Outgoing(id: "a#2", contentKey: nil, counts: RunStats()), bytes: []),
    ]
    guard case .reply(let r) = try Self.roundTrip(.reply(WorkerReply(sequence: 4, records: records, stats: stats))) else {
      Issue.record("not a reply")
      return
    }
    #expect(r.sequence == 4)
    #expect(r.records.map(\.outgoing.id) == ["a#1", "a#2"])
    #expect(r.records.map(\.outgoing.contentKey) == [0xDEAD_BEEF, nil])
    #expect(r.records.map(\.outgoing.counts) == [counts, RunStats()])
    #expect(r.records.map(\.bytes) == records.map(\.bytes))
    #expect(r.stats == stats)
    #expect(r.stats.timings.order == ["decode", "split-sentences"])
  }

  @Test func setupAndStatusMessages() throws {
    let setup = WorkerSetup(pipelineYAML: "name: x\nstages: [decode]\n", pipelineFile: "p.yaml", keepRemovedText: false)
    guard case .setup(let s) = try Self.roundTrip(.setup(setup)) else {
      Issue.record("not a setup")
      return
    }
    #expect(s == setup)
    guard case .setup(let d) = try Self.roundTrip(.setup(WorkerSetup(pipelineYAML: nil, pipelineFile: nil))) else { return }
    #expect(d.pipelineYAML == nil && d.keepRemovedText)
    guard case .failed(let why) = try Self.roundTrip(.failed("p.yaml:3: unknown stage")) else { return }
    #expect(why == "p.yaml:3: unknown stage")
  }

  /// A worker that dies mid-write leaves a cut message: every cut, and garbage, throws; nothing traps.
  @Test func cutOrBrokenMessagesThrow() throws {
    let doc = Document(id: "a", source: Source(path: "a", format: "jsonl", bytes: 1, sha256: "0"), text: "好", meta: ["k": .array([.int(1)])])
    let full = WorkerMessage.request(WorkerRequest(sequence: 1, position: DocumentPosition(input: 0), document: doc)).encoded()
    for n in 0..<full.count {
      #expect(throws: WireError.self) { try WorkerMessage(decoding: Array(full[0..<n])) }
    }
    #expect(throws: WireError.self) { try WorkerMessage(decoding: full + [0]) }
    #expect(throws: WireError.self) { try WorkerMessage(decoding: [99]) }
    var lying = full
    lying[1 + 8 * 4] = 0xFF  // the id's length (after kind, sequence, position), now far past the end
    #expect(throws: WireError.self) { try WorkerMessage(decoding: lying) }
  }
}
