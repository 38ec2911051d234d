import CZlibShim

/// gzip decompression through zlib.
public enum Gzip {
  /// True if `bytes` start with the gzip magic number.
  public static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    var it = bytes.makeIterator()
    return it.next() == 0x1F && it.next() == 0x8B
  }

  /// Decompresses all members of a gzip file. Throws on corrupt or truncated input, and when the output
  /// would exceed `maxOutput` bytes (decompression bombs).
  public static func decompress(_ bytes: [UInt8], maxOutput: Int = 1 << 32) throws(ShimError) -> [UInt8] {
    var result = bytes.withUnsafeBufferPointer { b in
      qx_z_gunzip(b.baseAddress, b.count, maxOutput)
    }
    defer { qx_z_free(&result) }
    guard result.status == 0 else {
      let name: String
      switch result.status {
      case 1: name = "not gzip data"
      case 2: name = "corrupt gzip data"
      case 3: name = "truncated gzip data"
      case 4: name = "out of memory"
      default: name = "decompressed size over the limit of \(maxOutput) bytes"
      }
      throw ShimError(library: .zlib, rawValue: result.status, name: name)
    }
    guard let data = result.data else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: result.length))
  }
}
