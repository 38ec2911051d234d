import CICUShim

/// Charset detection and conversion to UTF-8 through ICU (`ucsdet`, `ucnv`).
public enum Charset {
  /// Bytes that are not valid in the charset they were read as.
  public struct InvalidBytes: Error, Sendable, Equatable {
    public var charset: String
    /// Byte offset of the first invalid sequence, when ICU reports one.
    public var offset: Int?
    /// ICU's name for the failure (`U_ILLEGAL_CHAR_FOUND`, `U_FILE_ACCESS_ERROR` for an unknown charset…).
    public var reason: String
  }

  /// ICU's best guess for `bytes` (looking at the first `window` bytes) and its confidence 0…100, or nil.
  /// `markup: true` makes the detector skip `<…>` tags first.
  public static func detect(_ bytes: [UInt8], markup: Bool, window: Int = 1 << 16) -> (name: String, confidence: Int)? {
    let sample = bytes.prefix(window)
    guard !sample.isEmpty else { return nil }
    var name = [CChar](repeating: 0, count: 64)
    var confidence: Int32 = 0
    var status: Int32 = 0
    let found = sample.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { c in
        qx_icu_detect_charset(c.baseAddress, Int32(c.count), markup ? 1 : 0, &name, Int32(name.count), &confidence, &status)
      }
    }
    guard found == 1 else { return nil }
    let end = name.firstIndex(of: 0) ?? name.count
    return (String(decoding: name[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self), Int(confidence))
  }

  /// `bytes` converted from `charset` (an ICU converter name or alias) to UTF-8; stops at the first invalid
  /// sequence.
  public static func convertToUTF8(_ bytes: [UInt8], from charset: String) throws(InvalidBytes) -> [UInt8] {
    try convert(bytes, from: charset, replacing: false).utf8
  }

  /// `bytes` converted from `charset` to UTF-8, every sequence not valid in it replaced by U+FFFD, and how
  /// many were. Throws only for an unknown charset or input too large.
  public static func convertToUTF8Replacing(_ bytes: [UInt8], from charset: String) throws(InvalidBytes) -> (utf8: [UInt8], replaced: Int) {
    try convert(bytes, from: charset, replacing: true)
  }

  private static func convert(_ bytes: [UInt8], from charset: String, replacing: Bool) throws(InvalidBytes) -> (utf8: [UInt8], replaced: Int) {
    if bytes.isEmpty { return ([], 0) }
    guard bytes.count < Int(Int32.max) / 4 else {
      throw InvalidBytes(charset: charset, offset: nil, reason: "input too large to convert")
    }
    var outLength: Int32 = 0
    var invalidAt: Int32 = -1
    var replaced: Int32 = 0
    var status: Int32 = 0
    let out = bytes.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { c in
        if replacing {
          qx_icu_convert_to_utf8_replacing(charset, c.baseAddress, Int32(c.count), &outLength, &invalidAt, &replaced, &status)
        } else {
          qx_icu_convert_to_utf8(charset, c.baseAddress, Int32(c.count), &outLength, &invalidAt, &status)
        }
      }
    }
    guard let out else {
      let name = qx_icu_error_name(status).map { String(cString: $0) } ?? "error \(status)"
      throw InvalidBytes(charset: charset, offset: invalidAt >= 0 ? Int(invalidAt) : nil, reason: name)
    }
    defer { qx_icu_free(out) }
    return (Array(UnsafeRawBufferPointer(start: out, count: Int(outLength))), Int(replaced))
  }
}
