/// Where a sink's bytes go: written in order, then committed (made visible whole) or abandoned.
public protocol ByteOutput: AnyObject {
  func write(_ bytes: [UInt8]) throws
  /// Flushes and makes the output final.
  func commit() throws
  /// Gives up: a file output leaves nothing behind.
  func abandon()
}
