import TextSupport

/// How a document's bytes were turned into text: the encoding used and how it was chosen.
public struct ByteDecoding: Sendable, Equatable {
  /// How the encoding was decided.
  public enum Method: String, Sendable {
    /// A byte-order mark.
    case bom
    /// The bytes are valid UTF-8 (whatever the page declared).
    case valid = "utf-8-valid"
    /// The page's `<meta charset>` / `http-equiv` (or an XML declaration), and the bytes agree with it.
    case declared
    /// ICU's charset detector.
    case detected
    /// The caller named the encoding (`decode.encoding`).
    case configured
  }

  /// UTF-8 bytes of the text (without a byte-order mark).
  public var utf8: [UInt8]
  /// The encoding used, lower case (`utf-8`, `gb18030`, `big5-hkscs`, `utf-16le`…).
  public var encoding: String
  public var method: Method
  /// The charset the page declared, as written (lower case), if any.
  public var declared: String?
  /// The detector's confidence 0…100 when `method` is `.detected`.
  public var confidence: Int?

  /// Whether this is anything but plain UTF-8 with no contradicting declaration (then `meta.charset` is
  /// written).
  public var isNoteworthy: Bool {
    guard method == .valid else { return true }
    guard let declared else { return false }
    return Self.canonical(declared) != "utf-8"
  }

  /// Decodes `bytes`: a BOM first; then valid UTF-8 wins over any declaration (a page declaring gb2312 whose
  /// bytes are UTF-8 is UTF-8); then the declared charset (HTML `<meta>`), if the bytes are valid in it; then
  /// ICU's detector among the encodings news pages use. Returns the reason when nothing decodes the bytes.
  /// `forced` (not `auto`) skips detection and decodes strictly in that encoding.
  public static func decode(_ bytes: [UInt8], html: Bool, forced: String? = nil) -> Result<ByteDecoding, Failure> {
    if let forced {
      let name = canonical(forced)
      if name == "utf-8" {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if String(validating: body, as: UTF8.self) != nil {
          return .success(ByteDecoding(utf8: Array(body), encoding: "utf-8", method: .configured))
        }
        let at = DecodeText.firstInvalidUTF8(bytes)
        let byte = at < bytes.count ? String(bytes[at], radix: 16) : "end"
        return .failure(Failure(reason: "invalid utf-8 at byte \(at) (0x\(byte))"))
      }
      return convert(bytes, name, method: .configured, declared: nil, confidence: nil)
    }
    // Byte-order marks.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes.dropFirst(3))
      if String(validating: body, as: UTF8.self) != nil {
        return .success(ByteDecoding(utf8: body, encoding: "utf-8", method: .bom))
      }
      let at = DecodeText.firstInvalidUTF8(bytes)
      return .failure(Failure(reason: "invalid utf-8 at byte \(at) after a utf-8 byte-order mark"))
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return convert(Array(bytes.dropFirst(2)), "utf-16le", method: .bom, declared: nil, confidence: nil) }
    if bytes.starts(with: [0xFE, 0xFF]) { return convert(Array(bytes.dropFirst(2)), "utf-16be", method: .bom, declared: nil, confidence: nil) }
    let declared = html ? declaredCharset(bytes) : nil
    // Before UTF-8: ASCII in UTF-16 is valid UTF-8 full of NULs, which UTF-8 text never holds.
    if let utf16 = utf16WithoutBOM(bytes) {
      return convert(bytes, utf16, method: .detected, declared: declared, confidence: nil)
    }
    if String(validating: bytes, as: UTF8.self) != nil {
      return .success(ByteDecoding(utf8: bytes, encoding: "utf-8", method: .valid, declared: declared))
    }
    if let declared, canonical(declared) != "utf-8", case .success(let d) = convert(bytes, canonical(declared), method: .declared, declared: declared, confidence: nil) {
      return .success(d)
    }
    // Detection, restricted to encodings news text comes in.
    if let guess = Charset.detect(bytes, markup: html), let name = supported(guess.name) {
      if case .success(let d) = convert(bytes, name, method: .detected, declared: declared, confidence: guess.confidence) {
        return .success(d)
      }
    }
    // The detector's pick failed: Chinese text is most often GB18030 (a superset of GB2312 and GBK).
    for name in ["gb18030", "big5-hkscs"] {
      if case .success(let d) = convert(bytes, name, method: .detected, declared: declared, confidence: 0) { return .success(d) }
    }
    let at = DecodeText.firstInvalidUTF8(bytes)
    let byte = at < bytes.count ? String(bytes[at], radix: 16) : "end"
    let what = declared.map { "declared \($0), " } ?? ""
    return .failure(
      Failure(reason: "undecodable bytes: \(what)not utf-8 (invalid at byte \(at), 0x\(byte)), nor gb18030, big5 or utf-16"))
  }

  /// `meta.charset`: the encoding, how it was decided, the declared charset and the detector's confidence.
  public var record: JSONValue {
    var o = JSONObject()
    o["encoding"] = .string(encoding)
    o["method"] = .string(method.rawValue)
    if let declared { o["declared"] = .string(declared) }
    if let confidence { o["confidence"] = .int(confidence) }
    return .object(o)
  }

  /// A byte-order mark of UTF-16, or the NUL pattern of UTF-16 text (NUL bytes are otherwise binary).
  public static func mayBeUTF16(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || utf16WithoutBOM(bytes) != nil
  }

  /// Why bytes could not be decoded.
  public struct Failure: Error, Sendable, Equatable {
    public var reason: String
  }

  private static func convert(_ bytes: [UInt8], _ name: String, method: Method, declared: String?, confidence: Int?)
    -> Result<ByteDecoding, Failure>
  {
    do {
      let utf8 = try Charset.convertToUTF8(bytes, from: name)
      // A stray BOM after conversion (UTF-16 declared without BOM stripped) is dropped.
      let body = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(utf8.dropFirst(3)) : utf8
      return .success(ByteDecoding(utf8: body, encoding: name, method: method, declared: declared, confidence: confidence))
    } catch {
      let at = error.offset.map { " at byte \($0)" } ?? ""
      return .failure(Failure(reason: "invalid \(name)\(at) (\(error.reason))"))
    }
  }

  /// A charset label folded to the converter we use: GB2312 and GBK read as GB18030 (their superset), Big5
  /// as Big5-HKSCS, Latin-1 as windows-1252 (as browsers do).
  public static func canonical(_ label: String) -> String {
    let l = label.lowercased().trimmingWhitespace()
    switch l {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
    case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "gb_2312-80", "chinese",
      "iso-ir-58", "x-euc-cn", "hz-gb-2312":
      return "gb18030"
    case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5", "big5hkscs", "cp950": return "big5-hkscs"
    case "iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252", "iso8859-1", "iso_8859-1": return "windows-1252"
    case "utf-16", "utf-16le", "unicode", "ucs-2": return "utf-16le"
    case "utf-16be": return "utf-16be"
    default: return l
    }
  }

  /// The detector's names we accept (others mean the guess is not about news text). Latin-1 is not among
  /// them: it decodes any bytes, so a guess of it says nothing (a page declaring it is read as declared);
  /// nor is UTF-16 without a BOM or the NUL pattern, which would read any even-length bytes.
  private static func supported(_ icuName: String) -> String? {
    switch icuName.lowercased() {
    case "gb18030": return "gb18030"
    case "big5": return "big5-hkscs"
    case "utf-8": return "utf-8"
    case "shift_jis": return "shift_jis"
    case "euc-jp": return "euc-jp"
    case "euc-kr": return "euc-kr"
    default: return nil
    }
  }

  /// UTF-16 without a BOM: in the first 4 KiB, NUL bytes at most odd (LE) or even (BE) positions of
  /// ASCII-heavy text, or none at all but every other byte a CJK high byte. Only the NUL pattern is
  /// trusted here; the detector handles the rest.
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
    let head = bytes.prefix(4096)
    guard head.count >= 8 else { return nil }
    var even = 0
    var odd = 0
    for (i, b) in head.enumerated() where b == 0 {
      if i % 2 == 0 { even += 1 } else { odd += 1 }
    }
    let pairs = head.count / 2
    if odd * 5 > pairs, even * 20 < max(odd, 1) { return "utf-16le" }
    if even * 5 > pairs, odd * 20 < max(even, 1) { return "utf-16be" }
    return nil
  }

  /// The charset an HTML page declares in its first 4 KiB: `<meta charset=…>`, `<meta http-equiv=…
  /// content="…charset=…">`, or an XML declaration's `encoding`. Only `<meta>` and `<?xml` count (script
  /// tags carry `charset` too).
  public static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    if head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) {
      if let v = value(after: Array("encoding".utf8), in: head[0..<end]) { return v }
    }
    var i = 0
    let meta = Array("<meta".utf8)
    while i + meta.count < head.count {
      guard let start = find(meta, in: head, from: i) else { break }
      let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
      if let v = value(after: Array("charset".utf8), in: head[start..<end]) { return v }
      i = end
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
    guard needle.count <= hay.count else { return nil }
    var i = from
    while i + needle.count <= hay.count {
      if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  /// The value after `key` `=` in a tag: quoted or not, up to a quote, space, `;` or `/`.
  private static func value(after key: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
    let t = Array(tag)
    guard let k = find(key, in: t, from: 0) else { return nil }
    var j = k + key.count
    while j < t.count, t[j] == 0x20 { j += 1 }
    guard j < t.count, t[j] == UInt8(ascii: "=") else { return nil }
    j += 1
    while j < t.count, t[j] == 0x20 || t[j] == UInt8(ascii: "\"") || t[j] == UInt8(ascii: "'") { j += 1 }
    var e = j
    while e < t.count, ![0x20, 0x22, 0x27, 0x3B, 0x2F, 0x3E, 0x09, 0x0A, 0x0D].contains(t[e]) { e += 1 }
    guard e > j, e - j < 40 else { return nil }
    return String(decoding: t[j..<e], as: UTF8.self)
  }
}
