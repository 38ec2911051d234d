import TextSupport

/// Turns a document's bytes into text, rejecting what is not text.
///
/// The encoding comes from a byte-order mark, else valid UTF-8, else the HTTP `Content-Type` charset (a
/// WARC response) or (HTML) the page's declared charset when the bytes agree with it, else ICU's detector (GB2312/GBK read as GB18030, Big5 as Big5-HKSCS,
/// UTF-16 LE/BE); `source.encoding` names it and `meta.charset` says how it was decided when it was not
/// plain UTF-8. HTML is parsed by libxml2 into blocks of visible text, one per line (see `HTMLPage`), and
/// the page's layout is kept for `drop-html-boilerplate`. Empty input, binary data (NUL bytes or mostly
/// control bytes), undecodable bytes (unless `invalid: replace`, which writes U+FFFD and counts them in
/// `meta.charset.replaced`), pages nested deeper than `max_depth` and documents over `max_bytes`
/// are rejected with a reason. JSON Lines text arrives already decoded and is only checked for emptiness
/// and size; an HTML page from a JSON Lines field (`contentFormat` `.html`) is read like an `.html` file.
/// Example: the bytes `e6 96 b0 e4 ba ac` become `新京`, and so do the GBK bytes `d0 c2 be a9`.
public struct DecodeText: Stage {
  public static let name = "decode"
  public static let summary = "bytes to text: encoding from BOM, UTF-8, declared charset or detection; HTML to blocks via libxml2; rejects empty, binary and undecodable input"
  public static let kind = StageKind.decode
  public static let options = [
    OptionSpec(
      "encoding", .string, default: .string("auto"),
      help: "byte encoding of input: auto (BOM, then valid UTF-8, then the page's declared charset, then ICU's detector), or one to use strictly",
      choices: ["auto", "utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "windows-1252"]),
    OptionSpec("max_bytes", .int, default: .int(64 << 20), help: "reject documents larger than this many bytes"),
    OptionSpec("max_depth", .int, default: .int(1000), help: "reject HTML pages with elements nested deeper than this"),
    OptionSpec(
      "invalid", .string, default: .string("reject"),
      help: "bytes not valid in any candidate encoding: reject the document, or replace each bad sequence with U+FFFD (counted in meta.charset.replaced)",
      choices: ["reject", "replace"]),
    OptionSpec(
      "max_gzip_ratio", .int, default: .int(ReadLimits.defaultGzipRatio),
      help: "refuse a gzip input inflating to more than this many times its compressed size (after the first 8 MiB); 0: no limit"),
  ]
  public static let requires: Set<Capability> = []
  public static let produces: Set<Capability> = [.text]

  let maxBytes: Int
  let maxDepth: Int
  /// `invalid: replace`.
  let replaceInvalid: Bool
  let maxGzipRatio: Int
  /// Nil for `auto`.
  let forcedEncoding: String?

  public init(options: StageOptions) throws(OptionError) {
    maxBytes = options.int("max_bytes")
    maxDepth = options.int("max_depth")
    let encoding = options.string("encoding") ?? "auto"
    forcedEncoding = encoding == "auto" ? nil : encoding
    replaceInvalid = options.string("invalid") == "replace"
    maxGzipRatio = options.int("max_gzip_ratio")
    guard maxGzipRatio >= 0 else { throw OptionError(key: "max_gzip_ratio", message: "must be 0 or more, not \(maxGzipRatio)") }
    guard maxDepth > 0 else { throw OptionError(key: "max_depth", message: "must be positive, not \(maxDepth)") }
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
    if !ByteDecoding.mayBeUTF16(bytes), let reason = binaryReason(bytes) { return .drop(reason: reason) }
    let html = doc.contentFormat.map { $0 == .html } ?? doc.declaredType?.isHTML ?? doc.source.format.hasPrefix("html")
    let decoded: ByteDecoding
    switch ByteDecoding.decode(bytes, html: html, forced: forcedEncoding, http: doc.declaredType?.charset, replace: replaceInvalid) {
    case .success(let d): decoded = d
    case .failure(let f): return .drop(reason: f.reason)
    }
    doc.source.encoding = decoded.encoding
    if decoded.isNoteworthy { doc.meta["charset"] = decoded.record }
    if html {
      let verdict = decodeHTML(decoded.utf8, into: &doc)
      guard case .keep = verdict else { return verdict }
      if isBlank(doc.raw.unicodeScalars) { return .drop(reason: "empty input: only white space") }
      return .keep
    }
    let text = String(decoding: decoded.utf8, as: UTF8.self)
    if isBlank(text.unicodeScalars) { return .drop(reason: "empty input: only white space") }
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
