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
    /// The HTTP `Content-Type` charset (a WARC response), and the bytes agree with it.
    case declaredHTTP = "declared-http"
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
  /// The charset the HTTP `Content-Type` declared (lower case), if any.
  public var http: String?
  /// Byte sequences not valid in `encoding` that became U+FFFD (only with `replace`).
  public var replaced = 0

  public init(
    utf8: [UInt8], encoding: String, method: Method, declared: String? = nil, confidence: Int? = nil, http: String? = nil,
    replaced: Int = 0
  ) {
    self.utf8 = utf8
    self.encoding = encoding
    self.method = method
    self.declared = declared
    self.confidence = confidence
    self.http = http
    self.replaced = replaced
  }

  /// Whether this is anything but plain UTF-8 with no contradicting declaration (then `meta.charset` is
  /// written).
  public var isNoteworthy: Bool {
    guard method == .valid, replaced == 0 else { return true }
    return [declared, http].contains { $0.map { Self.canonical($0) != "utf-8" } ?? false }
  }

  /// Decodes `bytes`: a BOM first; then valid UTF-8 wins over any declaration (a page declaring gb2312 whose
  /// bytes are UTF-8 is UTF-8); then the charset the HTTP header declared (`http`, a WARC response), then
  /// the page's (HTML `<meta>`), each only if the bytes are valid in it; then ICU's detector among the
  /// encodings news pages use. Returns the reason when nothing decodes the bytes, unless `replace`: then
  /// UTF-8 if its valid non-ASCII characters outnumber the bad sequences four to one, else the candidate
  /// (HTTP, page, detector's pick, UTF-8, GB18030) that needs the fewest U+FFFD replacements is used, and
  /// `replaced` counts them. `forced` (not `auto`) skips detection and decodes
  /// in that encoding (strictly, unless `replace`).
  public static func decode(
    _ bytes: [UInt8], html: Bool, forced: String? = nil, http: String? = nil, replace: Bool = false
  ) -> Result<ByteDecoding, Failure> {
    if let forced {
      let name = canonical(forced)
      var body = bytes[...]
      if name == "utf-8", body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      if name == "utf-8", String(validating: body, as: UTF8.self) != nil {
        return .success(ByteDecoding(utf8: Array(body), encoding: "utf-8", method: .configured, http: http))
      }
      let strict = name == "utf-8" ? .failure(utf8Failure(bytes, after: "")) : convert(Array(body), name, method: .configured, declared: nil, confidence: nil, http: http)
      if replace, case .failure = strict { return replacing(Array(body), name, method: .configured, declared: nil, confidence: nil, http: http, else: strict) }
      return strict
    }
    // Byte-order marks.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes.dropFirst(3))
      if String(validating: body, as: UTF8.self) != nil {
        return .success(ByteDecoding(utf8: body, encoding: "utf-8", method: .bom, http: http))
      }
      let failed = Result<ByteDecoding, Failure>.failure(utf8Failure(bytes, after: " after a utf-8 byte-order mark"))
      return replace ? replacing(body, "utf-8", method: .bom, declared: nil, confidence: nil, http: http, else: failed) : failed
    }
    for (mark, name) in [([UInt8]([0xFF, 0xFE]), "utf-16le"), ([0xFE, 0xFF], "utf-16be")] where bytes.starts(with: mark) {
      let body = Array(bytes.dropFirst(2))
      let strict = convert(body, name, method: .bom, declared: nil, confidence: nil, http: http)
      if replace, case .failure = strict { return replacing(body, name, method: .bom, declared: nil, confidence: nil, http: http, else: strict) }
      return strict
    }
    let declared = html ? declaredCharset(bytes) : nil
    // Before UTF-8: ASCII in UTF-16 is valid UTF-8 full of NULs, which UTF-8 text never holds.
    if let utf16 = utf16WithoutBOM(bytes) {
      let strict = convert(bytes, utf16, method: .detected, declared: declared, confidence: nil, http: http)
      if replace, case .failure = strict { return replacing(bytes, utf16, method: .detected, declared: declared, confidence: nil, http: http, else: strict) }
      return strict
    }
    if String(validating: bytes, as: UTF8.self) != nil {
      return .success(ByteDecoding(utf8: bytes, encoding: "utf-8", method: .valid, declared: declared, http: http))
    }
    if let http, canonical(http) != "utf-8",
      case .success(let d) = convert(bytes, canonical(http), method: .declaredHTTP, declared: declared, confidence: nil, http: http)
    {
      return .success(d)
    }
    if let declared, canonical(declared) != "utf-8",
      case .success(let d) = convert(bytes, canonical(declared), method: .declared, declared: declared, confidence: nil, http: http)
    {
      return .success(d)
    }
    // Detection, restricted to encodings news text comes in.
    let guess = Charset.detect(bytes, markup: html).flatMap { g in supported(g.name).map { (name: $0, confidence: g.confidence) } }
    if let guess, case .success(let d) = convert(bytes, guess.name, method: .detected, declared: declared, confidence: guess.confidence, http: http) {
      return .success(d)
    }
    // The detector's pick failed: Chinese text is most often GB18030 (a superset of GB2312 and GBK).
    for name in ["gb18030", "big5-hkscs"] {
      if case .success(let d) = convert(bytes, name, method: .detected, declared: declared, confidence: 0, http: http) { return .success(d) }
    }
    let at = DecodeText.firstInvalidUTF8(bytes)
    let byte = at < bytes.count ? String(bytes[at], radix: 16) : "end"
    let what = [http.map { "http declared \($0), " }, declared.map { "declared \($0), " }].compactMap { $0 }.joined()
    let failed = Result<ByteDecoding, Failure>.failure(
      Failure(reason: "undecodable bytes: \(what)not utf-8 (invalid at byte \(at), 0x\(byte)), nor gb18030, big5 or utf-16"))
    guard replace else { return failed }
    // Replacement. Text that is UTF-8 but for a few bad bytes is UTF-8: its multi-byte sequences are
    // valid far more often than chance (GB18030 would read them as pairs, with fewer replacements).
    if case .success(let u) = replacing(bytes, "utf-8", method: .detected, declared: declared, confidence: 0, http: http, else: failed) {
      let nonASCII = String(decoding: u.utf8, as: UTF8.self).unicodeScalars.reduce(0) { $0 + ($1.value >= 0x80 ? 1 : 0) }
      if nonASCII - u.replaced >= 4 * u.replaced { return .success(u) }
    }
    // Else the candidate needing the fewest U+FFFD, in this order on ties.
    var candidates: [(name: String, method: Method, confidence: Int?)] = []
    if let http { candidates.append((canonical(http), .declaredHTTP, nil)) }
    if let declared { candidates.append((canonical(declared), .declared, nil)) }
    if let guess { candidates.append((guess.name, .detected, guess.confidence)) }
    candidates.append(("utf-8", .detected, 0))
    candidates.append(("gb18030", .detected, 0))
    var best: ByteDecoding?
    var seen: Set<String> = []
    for c in candidates where seen.insert(c.name).inserted {
      guard case .success(let d) = replacing(bytes, c.name, method: c.method, declared: declared, confidence: c.confidence, http: http, else: failed)
      else { continue }
      if best.map({ d.replaced < $0.replaced }) ?? true { best = d }
    }
    return best.map { .success($0) } ?? failed
  }

  private static func utf8Failure(_ bytes: [UInt8], after: String) -> Failure {
    let at = DecodeText.firstInvalidUTF8(bytes)
    if !after.isEmpty { return Failure(reason: "invalid utf-8 at byte \(at)\(after)") }
    let byte = at < bytes.count ? String(bytes[at], radix: 16) : "end"
    return Failure(reason: "invalid utf-8 at byte \(at) (0x\(byte))")
  }

  /// `bytes` in `name` with invalid sequences replaced, or `fallback` when the converter is unknown.
  private static func replacing(
    _ bytes: [UInt8], _ name: String, method: Method, declared: String?, confidence: Int?, http: String?,
    else fallback: Result<ByteDecoding, Failure>
  ) -> Result<ByteDecoding, Failure> {
    guard let (utf8, replaced) = try? Charset.convertToUTF8Replacing(bytes, from: name) else { return fallback }
    let body = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(utf8.dropFirst(3)) : utf8
    return .success(
      ByteDecoding(utf8: body, encoding: name, method: method, declared: declared, confidence: confidence, http: http, replaced: replaced))
  }

  /// `meta.charset`: the encoding, how it was decided, the declared charset and the detector's confidence.
  public var record: JSONValue {
    var o = JSONObject()
    o["encoding"] = .string(encoding)
    o["method"] = .string(method.rawValue)
    if let declared { o["declared"] = .string(declared) }
    if let http { o["declared_http"] = .string(http) }
    if let confidence { o["confidence"] = .int(confidence) }
    if replaced > 0 { o["replaced"] = .int(replaced) }
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

  private static func convert(_ bytes: [UInt8], _ name: String, method: Method, declared: String?, confidence: Int?, http: String? = nil)
    -> Result<ByteDecoding, Failure>
  {
    do {
      let utf8 = try Charset.convertToUTF8(bytes, from: name)
      // A stray BOM after conversion (UTF-16 declared without BOM stripped) is dropped.
      let body = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(utf8.dropFirst(3)) : utf8
      return .success(ByteDecoding(utf8: body, encoding: name, method: method, declared: declared, confidence: confidence, http: http))
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
