import CCryptoShim

/// SHA-256 through the system's libcrypto (the `source.sha256` of every record).
public enum SHA256 {
  /// The 32-byte digest of `bytes`.
  public static func digest(_ bytes: [UInt8]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: 32)
    let status = bytes.withUnsafeBufferPointer { input in
      out.withUnsafeMutableBufferPointer { qx_sha256(input.baseAddress, input.count, $0.baseAddress) }
    }
    // libcrypto fails only when it cannot allocate, which Swift would not survive either.
    precondition(status == 0, "libcrypto SHA-256 failed")
    return out
  }

  /// The digest as 64 lower-case hex digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for b in digest(bytes) {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
