import TextSupport

/// Turns a document's bytes into text, rejecting what is not text.
///
/// Plain text must be UTF-8 (a leading byte-order mark is dropped); HTML is parsed by libxml2 and only its
/// visible text kept. Empty input, binary data (NUL bytes or mostly control bytes), invalid UTF-8 and
/// documents over `max_bytes` are rejected with a reason naming the offending byte. JSON Lines input
/// arrives already decoded and is only checked for emptiness and size.
/// Example: the bytes `e6 96 b0 e4 ba ac` become `新京`; `ff fe 41` is rejected as
/// "invalid utf-8 at byte 0 (0xff)".
public struct DecodeText: Stage {
  public static let name = "decode"
  public static let summary = "bytes to text: UTF-8 (BOM dropped), HTML via libxml2; rejects empty, binary and invalid input"
  public static let kind = StageKind.decode
  public static let options = [
    OptionSpec("encoding", .string, default: .string("utf-8"), help: "byte encoding of text input", choices: ["utf-8"]),
    OptionSpec("max_bytes", .int, default: .int(64 << 20), help: "reject documents larger than this many bytes"),
  ]
  public static let requires: Set<Capability> = []
  public static let produces: Set<Capability> = [.text]

  let maxBytes: Int

  public init(options: StageOptions) throws(OptionError) {
    maxBytes = options.int("max_bytes")
    guard maxBytes > 0 else { throw OptionError(key: "max_bytes", message: "must be positive, not \(maxBytes)") }
  }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    guard let bytes = doc.bytes else {
      // Already text (JSON Lines).
      if doc.raw.utf8.count > maxBytes { return .drop(reason: Self.oversizeReason(bytes: doc.raw.utf8.count, limit: maxBytes)) }
      if isBlank(doc.raw.unicodeScalars) { return .drop(reason: "empty input: no text") }
      doc.source.encoding = doc.source.encoding ?? "utf-8"
      return .keep
    }
    if bytes.isEmpty { return .drop(reason: "empty input: 0 bytes") }
    if bytes.count > maxBytes { return .drop(reason: Self.oversizeReason(bytes: bytes.count, limit: maxBytes)) }
    if let reason = binaryReason(bytes) { return .drop(reason: reason) }
    let text: String
    if doc.source.format.hasPrefix("html") {
      do {
        let html = try HTMLText.extract(bytes, encoding: Self.isValidUTF8(bytes) ? "UTF-8" : nil)
        text = html.text
        if doc.title == nil, let t = html.title?.trimmingWhitespace(), !t.isEmpty { doc.title = t }
      } catch {
        return .drop(reason: "html could not be parsed: \(error.name)")
      }
    } else {
      var body = bytes[...]
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      guard let s = String(validating: body, as: UTF8.self) else {
        let at = Self.firstInvalidUTF8(bytes)
        let byte = at < bytes.count ? String(bytes[at], radix: 16) : "end"
        return .drop(reason: "invalid utf-8 at byte \(at) (0x\(byte)); other encodings are not detected yet")
      }
      text = s
    }
    if isBlank(text.unicodeScalars) { return .drop(reason: "empty input: only white space") }
    doc.source.encoding = "utf-8"
    doc.setRaw(text)
    return .keep
  }

  /// Why a document of `bytes` bytes is rejected under `max_bytes` = `limit` (also said by sources that
  /// count an oversized input without reading it into memory).
  public static func oversizeReason(bytes: Int, limit: Int) -> String {
    "document of \(bytes) bytes is over max_bytes \(limit)"
  }

  private func isBlank(_ scalars: String.UnicodeScalarView) -> Bool {
    scalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
  }

  /// Why `bytes` look binary, or nil. Text never holds NUL; a high share of other C0 controls (except tab,
  /// line feed, carriage return, form feed and escape) in the first 8 KiB also means binary.
  private func binaryReason(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(8192)
    if let nul = head.firstIndex(of: 0) { return "binary content: NUL byte at \(nul)" }
    let controls = head.reduce(0) { n, b in
      n + ((b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B) ? 1 : 0)
    }
    if controls * 10 > head.count { return "binary content: \(controls) control bytes in the first \(head.count)" }
    return nil
  }

  static func isValidUTF8(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

  /// Byte offset of the first byte that breaks UTF-8 (or `count` if the input is cut inside a sequence).
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let need: Int
      switch b {
      case 0x00...0x7F: need = 0
      case 0xC2...0xDF: need = 1
      case 0xE0...0xEF: need = 2
      case 0xF0...0xF4: need = 3
      default: return i
      }
      if i + need >= bytes.count, need > 0 { return i }
      for k in 1...max(need, 1) where need > 0 {
        let c = bytes[i + k]
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        if k == 1 {
          if b == 0xE0 { lo = 0xA0 }
          if b == 0xED { hi = 0x9F }
          if b == 0xF0 { lo = 0x90 }
          if b == 0xF4 { hi = 0x8F }
        }
        if c < lo || c > hi { return i }
      }
      i += need + 1
    }
    return i
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let s = unicodeScalars
    guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = s.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(s[first...last])
  }
}
