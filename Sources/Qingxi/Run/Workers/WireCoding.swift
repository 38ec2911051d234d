/// The values the worker protocol carries, written field by field with `WireWriter` and read back with
/// `WireReader`: exact round trips (a double by its bit pattern, object keys in order), so a document
/// processed in a worker gives the bytes and counts it gives on a thread.
extension WireWriter {
  mutating func json(_ v: JSONValue) {
    switch v {
    case .null: byte(0)
    case .bool(let b): byte(b ? 2 : 1)
    case .int(let i):
      byte(3)
      int(i)
    case .double(let d):
      byte(4)
      uint64(d.bitPattern)
    case .string(let s):
      byte(5)
      string(s)
    case .array(let a):
      byte(6)
      int(a.count)
      for e in a { json(e) }
    case .object(let o):
      byte(7)
      object(o.pairs)
    }
  }

  mutating func object(_ pairs: some Collection<(key: String, value: JSONValue)>) {
    int(pairs.count)
    for p in pairs {
      string(p.key)
      json(p.value)
    }
  }

  mutating func rejection(_ r: Rejection) {
    string(r.input)
    string(r.id)
    string(r.stage)
    string(r.reason)
  }

  mutating func stats(_ s: RunStats) {
    int(s.inputs)
    int(s.documents)
    int(s.documentsWritten)
    int(s.recordsWritten)
    int(s.rejected.count)
    for r in s.rejected { rejection(r) }
    int(s.bytes)
    bool(s.timings.enabled)
    int(s.timings.order.count)
    for name in s.timings.order {
      string(name)
      duration(s.timings.totals[name] ?? .zero)
    }
    counts(s.removedByKind)
    counts(s.removedByRule)
    counts(s.entitiesByType)
    int(s.cases)
    int(s.duplicateIDs)
    int(s.duplicateIDExamples.count)
    for id in s.duplicateIDExamples { string(id) }
    counts(s.skippedRecords)
    int(s.unparsedPublished)
    int(s.unparsedPublishedExamples.count)
    for id in s.unparsedPublishedExamples { string(id) }
    int(s.skippedDuplicates)
    int(s.skippedDuplicateExamples.count)
    for id in s.skippedDuplicateExamples { string(id) }
    int(s.documentsSkipped)
    int(s.documentsRejected)
  }
}

extension WireReader {
  /// Nesting deeper than this is refused (the JSON parser refuses far less).
  static let maxJSONDepth = 10_000

  mutating func json(depth: Int = 0) throws(WireError) -> JSONValue {
    guard depth < Self.maxJSONDepth else { throw WireError.malformed("nesting") }
    switch try byte() {
    case 0: return .null
    case 1: return .bool(false)
    case 2: return .bool(true)
    case 3: return .int(try int())
    case 4: return .double(Double(bitPattern: try uint64()))
    case 5: return .string(try string())
    case 6:
      var a: [JSONValue] = []
      for _ in 0..<(try count()) { a.append(try json(depth: depth + 1)) }
      return .array(a)
    case 7: return .object(JSONObject(try object(depth: depth + 1)))
    case let tag: throw WireError.malformed("json tag \(tag)")
    }
  }

  mutating func object(depth: Int = 0) throws(WireError) -> [(String, JSONValue)] {
    var pairs: [(String, JSONValue)] = []
    for _ in 0..<(try count()) {
      let key = try string()
      pairs.append((key, try json(depth: depth)))
    }
    return pairs
  }

  mutating func rejection() throws(WireError) -> Rejection {
    Rejection(input: try string(), id: try string(), stage: try string(), reason: try string())
  }

  mutating func stats() throws(WireError) -> RunStats {
    var s = RunStats()
    s.inputs = try int()
    s.documents = try int()
    s.documentsWritten = try int()
    s.recordsWritten = try int()
    for _ in 0..<(try count()) { s.rejected.append(try rejection()) }
    s.bytes = try int()
    var timings = StageTimings(enabled: try bool())
    for _ in 0..<(try count()) {
      let name = try string()
      timings.add(name, try duration())
    }
    s.timings = timings
    s.removedByKind = try counts()
    s.removedByRule = try counts()
    s.entitiesByType = try counts()
    s.cases = try int()
    s.duplicateIDs = try int()
    for _ in 0..<(try count()) { s.duplicateIDExamples.append(try string()) }
    s.skippedRecords = try counts()
    s.unparsedPublished = try int()
    for _ in 0..<(try count()) { s.unparsedPublishedExamples.append(try string()) }
    s.skippedDuplicates = try int()
    for _ in 0..<(try count()) { s.skippedDuplicateExamples.append(try string()) }
    s.documentsSkipped = try int()
    s.documentsRejected = try int()
    return s
  }
}
