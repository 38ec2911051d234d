/// Finds contact points — phone numbers, URLs and e-mail addresses — and normalizes them.
///
/// Phones (`value` = the digits only): mobile numbers (`13812345678`, `138-1234-5678`), landlines with
/// an area code (`010-12345678`, `(010)12345678`; contiguous `01012345678` only with phone context),
/// 400/800 service numbers with all their digits (`400-123-4567`; `400 客服热线` gives no number), and
/// short service numbers (110, 12339, 12345, 12315, 12377 …) only with phone context near them
/// (电话, 热线, 举报, 拨打, hotline, call, dial …) — 12339 also before 国家安全机关 / "National Security".
/// Other 5–6 digit service numbers (95588) need the context word right beside them. Digits followed by
/// a unit or counter (2600名, 7项, 2023年, 12339万元, 5%), inside a larger number (2,600) or beside
/// letters are never phones.
///
/// URLs (`http(s)://…`, `www.…`): as written, scheme and host lower-cased, trailing punctuation left out;
/// a bare domain (`61893.com`) is not taken. E-mail addresses: the domain lower-cased.
///
///     可通过 12339 国家安全机关举报受理电话、网络举报受理平台（www.12339.gov.cn）
///       →  12339 {kind phone, value 12339}, www.12339.gov.cn {kind url, value www.12339.gov.cn}
public struct ExtractContacts: UnitExtractor {
  public static let name = "extract-contacts"
  public static let summary = "find phone numbers (with context for short service numbers), URLs and e-mail addresses"

  public init(options: StageOptions) {}

  typealias Found = (range: Range<Int>, kind: ContactValue.Kind, value: String)

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    let s = unit.scalars
    let r = unit.range
    var out: [EntityCandidate] = []
    var found: [Found] = []
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      var hit: Found?
      switch c {
      case "h", "H", "w", "W":
        hit = Self.url(s, i, r)
      case "@":
        if let e = Self.email(s, i, r), !found.contains(where: { $0.range.overlaps(e.range) }) { found.append(e) }
      case "(", "（":
        hit = Self.parenthesizedLandline(s, i, r)
      default:
        if CharClass.isASCIIDigit(c) {
          hit = Self.phone(s, i, r)
          if hit == nil {
            while i < r.upperBound, CharClass.isASCIIDigit(s[i]) { i += 1 }
            continue
          }
        } else if CharClass.isASCIILetter(c) {
          // Skip the rest of a word, so no URL starts inside one.
          while i < r.upperBound, CharClass.isASCIIAlnum(s[i]) { i += 1 }
          continue
        }
      }
      if let h = hit {
        found.append(h)
        i = h.range.upperBound
        continue
      }
      i += 1
    }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
    for f in found {
      out.append(EntityCandidate(f.range, .contact(ContactValue(kind: f.kind, value: f.value))))
    }
    return out
  }

  // MARK: Phones

  /// Short service numbers: 110 police, 119 fire, 120 ambulance, 122 traffic, 12339 state security,
  /// 12345 government service, 12315 consumer complaints, 12377 illegal online content, and others.
  static let serviceNumbers: Set<String> = [
    "110", "119", "120", "122", "12110", "12306", "12315", "12321", "12333", "12339", "12345", "12348", "12355",
    "12358", "12365", "12366", "12369", "12377", "12381", "12388", "96110",
  ]

  static let contextWords = PhraseMatcher([
    "电话", "热线", "举报", "拨打", "致电", "报警", "投诉", "专线", "客服", "号码", "来电", "咨询", "hotline", "call",
    "dial", "phone", "tel", "report",
  ], options: .foldASCIICase)
  static let securityContext = PhraseMatcher(["国家安全", "national security"], options: .foldASCIICase)

  /// Characters after digits that make them a count, amount, date or ordinal, not a phone number.
  static let unitAfter: Set<Unicode.Scalar> = Set("年月日号名人元万亿项个件次条家起天吨%％位岁户所只多余".unicodeScalars)

  /// Whether the number `range` stands alone: no digit, letter, decimal point, `@` or unit beside it.
  static func standsAlone(_ s: [Unicode.Scalar], _ range: Range<Int>, _ r: Range<Int>) -> Bool {
    if range.lowerBound > r.lowerBound {
      let p = s[range.lowerBound - 1]
      if CharClass.isASCIIAlnum(p) || p == "/" || p == "_" || p == "第" || p == "@" { return false }
      if (p == "." || p == "," || p == "-" || p == ":"), range.lowerBound - 2 >= r.lowerBound,
         CharClass.isASCIIAlnum(s[range.lowerBound - 2]) { return false }
    }
    let e = range.upperBound
    if e < r.upperBound {
      let n = s[e]
      if CharClass.isASCIIAlnum(n) || n == "@" || n == "_" || n == "/" || unitAfter.contains(n) { return false }
      if (n == "." || n == "," || n == "-"), e + 1 < r.upperBound, CharClass.isASCIIAlnum(s[e + 1]) { return false }
      // `2600 名`: a counter after a space.
      let k = ReferenceScan.skipSpaces(s, e, end: r.upperBound, limit: 1)
      if k > e, k < r.upperBound, unitAfter.contains(s[k]) { return false }
    }
    return true
  }

  /// Whether a phone context word lies within `before` scalars before or `after` scalars after `range`.
  static func hasContext(_ s: [Unicode.Scalar], _ range: Range<Int>, _ r: Range<Int>, before: Int, after: Int,
                         table: PhraseMatcher = contextWords) -> Bool {
    var any = false
    table.forEachMatch(in: s, max(r.lowerBound, range.lowerBound - before)..<range.lowerBound) { _, _ in any = true }
    if any { return true }
    table.forEachMatch(in: s, range.upperBound..<min(r.upperBound, range.upperBound + after)) { _, _ in any = true }
    return any
  }

  /// Digit groups starting at `i`, joined by single `-` or spaces: each group's range.
  static func groups(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var k = i
    while out.count < 4, let d = ReferenceScan.digits(s, at: k, end: r.upperBound), CharClass.isASCIIDigit(s[k]) {
      out.append(k..<d.end)
      guard d.end + 1 < r.upperBound, s[d.end] == "-" || s[d.end] == " ", CharClass.isASCIIDigit(s[d.end + 1]) else { break }
      k = d.end + 1
    }
    return out
  }

  static func digitsOnly(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(scalars: s[range].filter(CharClass.isASCIIDigit))
  }

  static func phone(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Found? {
    let g = groups(s, i, r)
    guard let first = g.first else { return nil }
    let lead = s[i]
    let second: Unicode.Scalar = first.count > 1 ? s[i + 1] : " "
    func make(_ n: Int) -> Found? {
      let range = i..<g[n - 1].upperBound
      guard standsAlone(s, range, r) else { return nil }
      return (range, .phone, digitsOnly(s, range))
    }
    func counts(_ n: Int) -> [Int] { g.prefix(n).map(\.count) }
    // Mobile: 1[3-9]xxxxxxxxx, as one run or 3-4-4.
    if lead == "1", ("3"..."9").contains(second) {
      if first.count == 11, let f = make(1) { return f }
      if g.count >= 3, counts(3) == [3, 4, 4], let f = make(3) { return f }
    }
    // 400/800 service numbers: all ten digits.
    if first.count >= 3, lead == "4" || lead == "8", s[i + 1] == "0", s[i + 2] == "0" {
      if first.count == 10, let f = make(1) { return f }
      if g.count >= 3, counts(3) == [3, 3, 4] || counts(3) == [3, 4, 3], let f = make(3) { return f }
      if g.count >= 2, counts(2) == [3, 7], let f = make(2) { return f }
    }
    // Landline with area code: 010-12345678, 0791-86123456; contiguous only with context.
    if lead == "0", second != "0" {
      if g.count >= 2, (3...4).contains(first.count), (7...8).contains(g[1].count), s[first.upperBound] == "-", let f = make(2) {
        return f
      }
      if (10...12).contains(first.count), let f = make(1), hasContext(s, f.range, r, before: 8, after: 6) { return f }
    }
    // Short service numbers need phone context.
    guard g.count == 1 || s[first.upperBound] == " " else { return nil }
    let range = first
    guard standsAlone(s, range, r) else { return nil }
    let text = ReferenceScan.string(s, range)
    if serviceNumbers.contains(text) {
      let near = text.count == 3 ? 4 : 12
      if hasContext(s, range, r, before: near, after: near + 2)
        || (text == "12339" && hasContext(s, range, r, before: 0, after: 24, table: securityContext)) {
        return (range, .phone, text)
      }
      return nil
    }
    if (5...6).contains(range.count), lead == "9" || lead == "1", hasContext(s, range, r, before: 3, after: 3) {
      return (range, .phone, text)
    }
    return nil
  }

  /// `(010)12345678`, `（0791）86123456`.
  static func parenthesizedLandline(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Found? {
    guard i + 1 < r.upperBound, s[i + 1] == "0", let area = ReferenceScan.digits(s, at: i + 1, end: r.upperBound),
          (3...4).contains(area.count), area.end < r.upperBound, s[area.end] == ")" || s[area.end] == "）" else { return nil }
    let k = ReferenceScan.skipSpaces(s, area.end + 1, end: r.upperBound, limit: 1)
    guard let local = ReferenceScan.digits(s, at: k, end: r.upperBound), (7...8).contains(local.count),
          CharClass.isASCIIDigit(s[k]) else { return nil }
    let range = i..<local.end
    guard standsAlone(s, range, r) else { return nil }
    return (range, .phone, digitsOnly(s, range))
  }

  // MARK: URLs and e-mail

  static let http = Array("http://".unicodeScalars)
  static let https = Array("https://".unicodeScalars)
  static let www = Array("www.".unicodeScalars)

  /// Characters a URL may contain (RFC 3986 minus parentheses and quotes, which close it in running text).
  static func isURLChar(_ c: Unicode.Scalar) -> Bool {
    if CharClass.isASCIIAlnum(c) { return true }
    switch c {
    case "-", ".", "_", "~", ":", "/", "?", "#", "[", "]", "@", "!", "$", "&", "*", "+", ",", ";", "=", "%": return true
    default: return false
    }
  }

  static func url(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Found? {
    if i > r.lowerBound, isURLChar(s[i - 1]) { return nil }
    var hostStart: Int
    if ReferenceScan.has(s, at: i, end: r.upperBound, http, foldCase: true) {
      hostStart = i + http.count
    } else if ReferenceScan.has(s, at: i, end: r.upperBound, https, foldCase: true) {
      hostStart = i + https.count
    } else if ReferenceScan.has(s, at: i, end: r.upperBound, www, foldCase: true) {
      hostStart = i
    } else {
      return nil
    }
    var e = hostStart
    while e < r.upperBound, isURLChar(s[e]) { e += 1 }
    // Sentence punctuation after a URL is not part of it.
    while e > hostStart, ".,;:!?]".unicodeScalars.contains(s[e - 1]) { e -= 1 }
    var hostEnd = hostStart
    while hostEnd < e, CharClass.isASCIIAlnum(s[hostEnd]) || s[hostEnd] == "-" || s[hostEnd] == "." { hostEnd += 1 }
    let host = ReferenceScan.string(s, hostStart..<hostEnd).lowercased()
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
          tld.allSatisfy(\.isLetter) else { return nil }
    let scheme = ReferenceScan.string(s, i..<hostStart).lowercased()
    let value = (hostStart == i ? "" : scheme) + host + ReferenceScan.string(s, hostEnd..<e)
    return (i..<e, .url, value)
  }

  static func isLocalChar(_ c: Unicode.Scalar) -> Bool {
    CharClass.isASCIIAlnum(c) || c == "." || c == "_" || c == "%" || c == "+" || c == "-"
  }

  /// `name@example.com` around the `@` at `at`.
  static func email(_ s: [Unicode.Scalar], _ at: Int, _ r: Range<Int>) -> Found? {
    var b = at
    while b > r.lowerBound, isLocalChar(s[b - 1]) { b -= 1 }
    while b < at, s[b] == "." { b += 1 }
    guard b < at else { return nil }
    var e = at + 1
    while e < r.upperBound, CharClass.isASCIIAlnum(s[e]) || s[e] == "-" || s[e] == "." { e += 1 }
    while e > at + 1, s[e - 1] == "." || s[e - 1] == "-" { e -= 1 }
    let domain = ReferenceScan.string(s, (at + 1)..<e).lowercased()
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
          tld.allSatisfy(\.isLetter) else { return nil }
    return (b..<e, .email, ReferenceScan.string(s, b..<at) + "@" + domain)
  }
}
