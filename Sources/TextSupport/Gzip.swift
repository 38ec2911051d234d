import CZlibShim

/// gzip decompression through zlib.
public enum Gzip {
  /// True if `bytes` start with the gzip magic number.
  public static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    var it = bytes.makeIterator()
    return it.next() == 0x1F && it.next() == 0x8B
  }

  /// Decompresses all members of a gzip file held in memory. Throws on corrupt or truncated input, and
  /// when the output would exceed `maxOutput` bytes (decompression bombs).
  public static func decompress(_ bytes: [UInt8], maxOutput: Int = 1 << 32) throws(ShimError) -> [UInt8] {
    let inflater = try GzipInflater(maxOutput: maxOutput)
    var out: [UInt8] = []
    var rest = bytes[...]
    repeat {
      let (used, piece) = try inflater.feed(rest, outputLimit: 1 << 20)
      out.append(contentsOf: piece)
      rest = rest.dropFirst(used)
      if piece.isEmpty && used == 0 { break }
    } while true
    try inflater.finish()
    return out
  }
}

/// A streaming gzip decompressor: feed it the file in chunks of any size, take the output in pieces of
/// bounded size, then `finish`. Reads every member (concatenated .gz files, as `gzip -d` does) and
/// ignores bytes after the last member that do not start another one. Refuses more than `maxOutput`
/// bytes of output in total, so a decompression bomb cannot exhaust memory.
public final class GzipInflater {
  private let handle: OpaquePointer
  public let maxOutput: Int

  public init(maxOutput: Int = 1 << 32) throws(ShimError) {
    guard let h = qx_z_inflater_new(maxOutput) else { throw Self.error(4, maxOutput: maxOutput) }
    handle = h
    self.maxOutput = maxOutput
  }

  deinit { qx_z_inflater_free(handle) }

  /// Inflates from the start of `input`, producing at most `outputLimit` bytes. Returns how many input
  /// bytes were used and the output. Call again with the unused rest (or an empty slice) while output
  /// comes back `outputLimit` long; when the input is used up and the output is short, feed the next chunk.
  public func feed(_ input: ArraySlice<UInt8>, outputLimit: Int = 1 << 18) throws(ShimError) -> (consumed: Int, output: [UInt8]) {
    var consumed = 0
    var produced = 0
    let capacity = max(outputLimit, 1)
    var status: Int32 = 0
    let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      status = input.withUnsafeBufferPointer { inp in
        qx_z_inflate(handle, inp.baseAddress, inp.count, &consumed, buffer.baseAddress, capacity, &produced)
      }
      count = produced
    }
    if status != 0 { throw Self.error(status, maxOutput: maxOutput) }
    return (consumed, output)
  }

  /// Ends the input. Throws "truncated gzip data" if it stopped inside a member, "not gzip data" if it
  /// held no member at all.
  public func finish() throws(ShimError) {
    let status = qx_z_inflate_finish(handle)
    if status != 0 { throw Self.error(status, maxOutput: maxOutput) }
  }

  static func error(_ status: Int32, maxOutput: Int) -> ShimError {
    let name: String
    switch status {
    case 1: name = "not gzip data"
    case 2: name = "corrupt gzip data"
    case 3: name = "truncated gzip data"
    case 4: name = "out of memory"
    default: name = "decompressed size over the limit of \(maxOutput) bytes"
    }
    return ShimError(library: .zlib, rawValue: status, name: name)
  }
}

/// A streaming gzip compressor writing one member: feed it bytes, take the compressed bytes, then
/// `finish` for the rest and the trailer. `gzip -d` and `GzipInflater` read the result.
public final class GzipDeflater {
  private let handle: OpaquePointer

  public init(level: Int32 = 6) throws(ShimError) {
    guard let h = qx_z_deflater_new(level) else { throw Self.error(4) }
    handle = h
  }

  deinit { qx_z_deflater_free(handle) }

  /// Compresses `input`, appending whatever zlib emits to `output`.
  public func compress(_ input: [UInt8], into output: inout [UInt8]) throws(ShimError) {
    try run(input, finish: false, into: &output)
  }

  /// Ends the member: appends the buffered data and the gzip trailer to `output`.
  public func finish(into output: inout [UInt8]) throws(ShimError) {
    try run([], finish: true, into: &output)
  }

  private func run(_ input: [UInt8], finish: Bool, into output: inout [UInt8]) throws(ShimError) {
    let capacity = 1 << 16
    var offset = 0
    while true {
      var consumed = 0
      var produced = 0
      var done: Int32 = 0
      var status: Int32 = 0
      let piece = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        status = input.withUnsafeBufferPointer { inp in
          qx_z_deflate(
            handle, inp.baseAddress.map { $0 + offset }, inp.count - offset, &consumed, finish ? 1 : 0,
            buffer.baseAddress, capacity, &produced, &done)
        }
        count = produced
      }
      if status != 0 { throw Self.error(status) }
      offset += consumed
      output.append(contentsOf: piece)
      if finish {
        if done != 0 { return }
      } else if offset == input.count && produced < capacity {
        return
      }
    }
  }

  static func error(_ status: Int32) -> ShimError {
    ShimError(library: .zlib, rawValue: status, name: status == 4 ? "out of memory" : "zlib deflate error")
  }
}
