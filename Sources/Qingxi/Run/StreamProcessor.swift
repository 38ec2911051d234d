import TextSupport

/// `qingxi stream`: one JSON Lines input line in, exactly one output line out, in order. The output
/// line is
/// - the record, as `qingxi run` writes it, when the document gives one record;
/// - `{"id":…,"records":[…]}` when a page splits into several articles (one line still holds them all);
/// - `{"id":…,"rejected":{"stage":…,"reason":…}}` when the line is blank, is not a JSON object with a
///   string content field (`text`, or the one `fields` names), is over the line limit, or the pipeline
///   rejects the document.
/// Lines without an `id` get `stdin:<line number>`, as in `qingxi run -`.
public struct StreamProcessor: Sendable {
  public let executor: PipelineExecutor
  public let keepRemovedText: Bool
  public let maxLineBytes: Int
  /// Which JSON Lines fields hold the content, the id and the facts.
  public let fields: JSONLinesFields

  public init(pipeline: Pipeline, keepRemovedText: Bool = true, fields: JSONLinesFields = .default) {
    executor = PipelineExecutor(pipeline: pipeline)
    self.keepRemovedText = keepRemovedText
    self.fields = fields
    maxLineBytes = ReadLimits(pipeline: pipeline).maxLineBytes
  }

  /// The output line (with its LF) for one input line, and the line's contribution to the counts.
  public func process(_ line: LineReader.Line) -> (line: [UInt8], stats: RunStats) {
    switch line {
    case .text(let bytes, let number, _):
      let id = "stdin:\(number)"
      guard let read = JSONLinesRecord.read(bytes, number: number, path: "-", id: "stdin", format: "jsonl", fields: fields) else {
        return reject(Rejection(input: "-:\(number)", id: id, stage: Rejection.readStage, reason: "line \(number): blank"))
      }
      switch read {
      case .failure(let f):
        return reject(Rejection(input: f.input, id: f.id, stage: Rejection.readStage, reason: f.reason))
      case .success(let doc):
        let docID = doc.id
        let result = executor.process(doc)
        var out: [UInt8] = []
        switch result.written.count {
        case 0:
          let r = result.stats.rejected.first ?? Rejection(input: "-:\(number)", id: docID, stage: "pipeline", reason: "no record written")
          Self.rejectLine(r, into: &out)
        case 1:
          result.written[0].record(keepRemovedText: keepRemovedText).write(into: &out, indent: nil, level: 0)
        default:
          var o = JSONObject()
          o["id"] = .string(docID)
          o["records"] = .array(result.written.map { $0.record(keepRemovedText: keepRemovedText) })
          JSONValue.object(o).write(into: &out, indent: nil, level: 0)
        }
        out.append(0x0A)
        return (out, result.stats)
      }
    case .tooLong(let number, _, let length):
      return reject(Rejection(
        input: "-:\(number)", id: "stdin:\(number)", stage: Rejection.readStage,
        reason: "line \(number): \(length) bytes, over the line limit of \(maxLineBytes)"))
    }
  }

  private func reject(_ r: Rejection) -> (line: [UInt8], stats: RunStats) {
    var stats = RunStats()
    stats.documents = 1
    stats.rejected = [r]
    var out: [UInt8] = []
    Self.rejectLine(r, into: &out)
    out.append(0x0A)
    return (out, stats)
  }

  static func rejectLine(_ r: Rejection, into out: inout [UInt8]) {
    var o = JSONObject()
    o["id"] = .string(r.id)
    o["rejected"] = .object(["stage": .string(r.stage), "reason": .string(r.reason)])
    JSONValue.object(o).write(into: &out, indent: nil, level: 0)
  }
}
