/// Writes each record as one line of JSON (the contract's field order) to a `ByteOutput`.
public struct JSONLinesSink: RecordSink {
  public let output: any ByteOutput
  /// False writes `removed[].text` as null (offsets stay).
  public let keepRemovedText: Bool
  private var line: [UInt8] = []

  public init(output: any ByteOutput, keepRemovedText: Bool = true) {
    self.output = output
    self.keepRemovedText = keepRemovedText
  }

  public mutating func write(_ document: Document) throws {
    line.removeAll(keepingCapacity: true)
    document.record(keepRemovedText: keepRemovedText).write(into: &line, indent: nil, level: 0)
    line.append(0x0A)
    try output.write(line)
    // A huge record should not pin its buffer for the rest of the run.
    if line.capacity > 1 << 22 { line = [] }
  }

  public func commit() throws { try output.commit() }
  public func abandon() { output.abandon() }
}
