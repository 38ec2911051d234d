/// What a run did with every input: written, rejected (with the stage and reason), and how fast.
public struct RunSummary: Sendable {
  public static let schemaID = "qingxi/summary@1"

  public struct Rejection: Sendable, Equatable {
    public var input: String
    public var id: String
    /// `read` for inputs that could not be read, else the stage that rejected the document.
    public var stage: String
    public var reason: String
    public init(input: String, id: String, stage: String, reason: String) {
      self.input = input
      self.id = id
      self.stage = stage
      self.reason = reason
    }
  }

  public var pipeline: String
  /// Input paths seen (files, and `-`).
  public var inputs = 0
  /// Documents read from them (a JSON Lines file holds many).
  public var documents = 0
  /// Records written (a page split into articles gives several).
  public var recordsWritten = 0
  /// Documents that produced at least one record.
  public var documentsWritten = 0
  public var rejected: [Rejection] = []
  /// Input bytes read (compressed size for gzip files).
  public var bytes = 0
  public var seconds = 0.0
  public var removedByKind: [String: Int] = [:]
  /// Entities written, by type, and case records written.
  public var entitiesByType: [String: Int] = [:]
  public var cases = 0
  public var timings = StageTimings(enabled: false)

  public init(pipeline: String) { self.pipeline = pipeline }

  public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

  public func json() -> JSONValue {
    var o = JSONObject()
    o["schema"] = .string(Self.schemaID)
    o["pipeline"] = .string(pipeline)
    o["inputs"] = .int(inputs)
    o["documents"] = .int(documents)
    o["documents_written"] = .int(documentsWritten)
    o["documents_rejected"] = .int(rejected.count)
    o["records_written"] = .int(recordsWritten)
    o["rejected"] = .array(
      rejected.map {
        .object(["input": .string($0.input), "id": .string($0.id), "stage": .string($0.stage), "reason": .string($0.reason)])
      })
    o["removed"] = .object(JSONObject(removedByKind.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
    o["entities"] = .object(JSONObject(entitiesByType.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
    o["cases"] = .int(cases)
    o["bytes"] = .int(bytes)
    o["seconds"] = .double((seconds * 1000).rounded() / 1000)
    o["mb_per_s"] = .double((megabytesPerSecond * 100).rounded() / 100)
    return .object(o)
  }

  public func humanReadable(timings showTimings: Bool) -> String {
    var out = "qingxi: \(inputs) input(s), \(documents) document(s): \(documentsWritten) written as \(recordsWritten) record(s), \(rejected.count) rejected\n"
    if !entitiesByType.isEmpty || cases > 0 {
      let list = entitiesByType.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      out += "qingxi: \(entitiesByType.values.reduce(0, +)) entities (\(list)); \(cases) case(s)\n"
    }
    out += "qingxi: \(bytes) bytes in \(String(format3(seconds))) s (\(String(format3(megabytesPerSecond))) MB/s)\n"
    for r in rejected {
      out += "  rejected \(r.input) [\(r.stage)]: \(r.reason)\n"
    }
    if showTimings {
      for name in timings.order {
        let d = timings.totals[name] ?? .zero
        let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        let rate = s > 0 ? Double(bytes) / 1_000_000 / s : 0
        out += "  stage \(name): \(format3(s)) s (\(format3(rate)) MB/s of input)\n"
      }
    }
    return out
  }

  private func format3(_ x: Double) -> String {
    let r = (x * 1000).rounded() / 1000
    return "\(r)"
  }
}
