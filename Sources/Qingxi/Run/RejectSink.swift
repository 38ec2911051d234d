/// Where rejections go as they happen (the run also keeps them in `RunStats.rejected` for the summary).
public protocol RejectSink {
  mutating func reject(_ rejection: Rejection) throws
  /// A record skipped as a duplicate (`--dedupe`): listed like a rejection, but not one.
  mutating func skip(_ skipped: Rejection) throws
  mutating func commit() throws
  mutating func abandon()
}

extension RejectSink {
  public mutating func skip(_ skipped: Rejection) throws { try reject(skipped) }
  public mutating func commit() throws {}
  public mutating func abandon() {}
}

/// Drops rejections (the summary still lists them).
public struct NoRejectSink: RejectSink {
  public init() {}
  public mutating func reject(_ rejection: Rejection) throws {}
}

/// Writes each rejection as one JSON line, `{"input", "id", "stage", "reason"}`, to a `ByteOutput`: a
/// rejects file beside the records, for tools that must see every input accounted for in-band.
public struct JSONLinesRejectSink: RejectSink {
  public let output: any ByteOutput

  public init(output: any ByteOutput) { self.output = output }

  public mutating func reject(_ rejection: Rejection) throws {
    var line: [UInt8] = []
    rejection.json().write(into: &line, indent: nil, level: 0)
    line.append(0x0A)
    try output.write(line)
  }

  public func commit() throws { try output.commit() }
  public func abandon() { output.abandon() }
}
