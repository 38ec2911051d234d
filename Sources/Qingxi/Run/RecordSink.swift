/// Where written records go. A run writes every record, then commits; on failure it abandons.
public protocol RecordSink {
  mutating func write(_ document: Document) throws
  mutating func commit() throws
  mutating func abandon()
}
