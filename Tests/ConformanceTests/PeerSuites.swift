// PeerSuites.swift — helpers for running Qingxi's normalizers over peers' public test suites.
//
// The suites live outside the repository, in `../shared/peers/` next to the package root, and are never
// copied into it (several are licensed for evaluation only). The folder is found from `#filePath`
// (symbolic links resolved), or from the environment variable `QINGXI_PEERS`.

import Foundation
import Testing
@testable import QingxiNumbers

/// One JSON Lines case as a dictionary.
typealias PeerCase = [String: Any]

/// Locates and reads the peer suites.
enum PeerSuites {
  /// `<package root>/../shared/peers`, or `$QINGXI_PEERS` when set.
  static func root(filePath: String = #filePath) -> URL {
    if let env = ProcessInfo.processInfo.environment["QINGXI_PEERS"], !env.isEmpty {
      return URL(fileURLWithPath: env)
    }
    let file = URL(fileURLWithPath: filePath).resolvingSymlinksInPath()
    // <root>/Tests/ConformanceTests/PeerSuites.swift → <root>
    let packageRoot = file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return packageRoot.appendingPathComponent("..").appendingPathComponent("shared")
      .appendingPathComponent("peers").standardizedFileURL
  }

  /// Whether the suites can run: the folder exists, or `QINGXI_REQUIRE_PEERS=1` demands them (CI), in
  /// which case a missing folder fails loudly in `load` instead of skipping.
  static var isAvailable: Bool {
    if ProcessInfo.processInfo.environment["QINGXI_REQUIRE_PEERS"] == "1" { return true }
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: root().path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// Reads `relativePath` (e.g. `cn2an/cn2an.jsonl`). Records an issue and returns `nil` when the file is
  /// missing or unreadable, so a missing peers folder fails the test instead of passing silently.
  static func load(_ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) -> [PeerCase]? {
    let url = root().appendingPathComponent(relativePath)
    guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
      Issue.record("peer suite not found: \(url.path) — the conformance tests need ../shared/peers next to the package root (or QINGXI_PEERS)",
             sourceLocation: sourceLocation)
      return nil
    }
    var cases: [PeerCase] = []
    for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty {
      guard let d = line.data(using: .utf8),
         let obj = try? JSONSerialization.jsonObject(with: d) as? [String: Any] else {
        Issue.record("unreadable JSON line in \(relativePath): \(line.prefix(80))", sourceLocation: sourceLocation)
        continue
      }
      cases.append(obj)
    }
    if cases.isEmpty {
      Issue.record("peer suite \(relativePath) has no cases", sourceLocation: sourceLocation)
      return nil
    }
    return cases
  }
}

/// Pass / in-scope / out-of-scope counts for one suite, with the first few failures kept for the log.
struct Tally {
  let name: String
  var passed = 0
  var inScope = 0
  var outOfScope = 0
  var outReasons: [String: Int] = [:]
  var failures: [String] = []

  init(_ name: String) { self.name = name }

  mutating func skip(_ reason: String) {
    outOfScope += 1
    outReasons[reason, default: 0] += 1
  }

  mutating func check(_ ok: Bool, _ detail: @autoclosure () -> String) {
    inScope += 1
    if ok {
      passed += 1
    } else if failures.count < 40 {
      failures.append(detail())
    }
  }

  var rate: Double { inScope == 0 ? 0 : Double(passed) / Double(inScope) }

  /// `suite: passed/in-scope (pct%), out-of-scope N`
  var line: String {
    let pct = String(format: "%.1f", rate * 100)
    return "\(name): \(passed)/\(inScope) (\(pct)%), out-of-scope \(outOfScope)"
  }

  /// Prints the summary line, the out-of-scope reasons and the failures, and fails the test when the
  /// in-scope pass rate is below `threshold`.
  func report(threshold: Double = 0.95, sourceLocation: SourceLocation = #_sourceLocation) {
    print(line)
    for (reason, n) in outReasons.sorted(by: { $0.key < $1.key }) {
      print("  out-of-scope \(n): \(reason)")
    }
    for f in failures { print("  FAIL \(f)") }
    #expect(inScope > 0, "\(name): no in-scope cases", sourceLocation: sourceLocation)
    #expect(rate >= threshold, "\(line) — below \(Int(threshold * 100))%", sourceLocation: sourceLocation)
  }
}

// MARK: - Value helpers

enum Peer {
  /// The expected spans of a Recognizers-Text CurrencyModel case, split into the in-scope ones (an amount
  /// and an ISO 4217 currency) and the rest, with the reason the first one is out of scope. Shared by the
  /// parser-level and the stage-level suites.
  static func currencySpans(_ c: PeerCase) -> (
    inScope: [(range: (Int, Int), iso: String, value: Double, text: String)], outRanges: [(Int, Int)],
    firstOutReason: String?
  ) {
    let spans = c["expected"] as? [[String: Any]] ?? []
    var inScope: [(range: (Int, Int), iso: String, value: Double, text: String)] = []
    var outRanges: [(Int, Int)] = []
    var firstOutReason: String?
    for s in spans {
      let start = (s["start"] as? NSNumber)?.intValue ?? 0
      let length = (s["length"] as? NSNumber)?.intValue ?? 0
      let range = (start, start + length)
      let value = number(s["value"])
      if let v = value, let iso = recognizersCurrency(unit: s["unit"] as? String, iso: s["iso_currency"] as? String) {
        inScope.append((range, iso, v, s["text"] as? String ?? ""))
      } else {
        outRanges.append(range)
        if firstOutReason == nil {
          firstOutReason = value == nil
            ? "currency name without an amount"
            : "no ISO 4217 currency (\(s["unit"] as? String ?? "?"))"
        }
      }
    }
    return (inScope, outRanges, firstOutReason)
  }

  /// A JSON number or numeric string as a Double.
  static func number(_ v: Any?) -> Double? {
    if let n = v as? NSNumber { return n.doubleValue }
    if let s = v as? String { return Double(s.trimmingCharacters(in: .whitespaces)) }
    return nil
  }

  static func approxEqual(_ a: Double?, _ b: Double?, relative: Double = 1e-9, absolute: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return abs(x - y) <= max(absolute, relative * max(abs(x), abs(y)))
    default: return false
    }
  }

  /// Money amounts: JioNLP rounds to two decimals.
  static func moneyEqual(_ a: Double?, _ b: Double?) -> Bool {
    approxEqual(a, b, relative: 1e-9, absolute: 0.006)
  }

  /// Full-width ASCII to half-width, ideographic space to space, ASCII lower-cased, trimmed.
  static func fold(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
      var v = c.value
      if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
      if v == 0x3000 { v = 0x20 }
      if v >= 0x41 && v <= 0x5A { v += 32 }
      if let u = Unicode.Scalar(v) { out.append(u) }
    }
    return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// JioNLP's currency names → ISO 4217.
  static let jionlpCurrency: [String: String] = [
    "元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "日元": "JPY", "新台币": "TWD", "泰铢": "THB",
    "卢布": "RUB", "欧元": "EUR", "澳元": "AUD", "韩元": "KRW", "英镑": "GBP", "加元": "CAD",
  ]

  /// Recognizers-Text currency resolution → ISO 4217. `Dollar` (no ISO in the peer: `$` of unknown
  /// country) maps to USD and `Pound` (`£`) to GBP, which is Qingxi's documented convention.
  static func recognizersCurrency(unit: String?, iso: String?) -> String? {
    if let iso, !iso.isEmpty { return iso }
    switch unit {
    case "Dollar": return "USD"
    case "Pound": return "GBP"
    default: return nil
    }
  }

  /// A TIMEX duration (`P1Y3M20DT8H50M20S`, `P5WT3H`, `PT0.5H`, `P1BD`) as Qingxi's `TimeDelta`.
  static func timex(_ t: String) -> TimeDelta? {
    var s = Substring(t)
    guard s.hasPrefix("P") else { return nil }
    s = s.dropFirst()
    var d = TimeDelta()
    var inTime = false
    var number = ""
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "T" {
        inTime = true
      } else if c.isNumber || c == "." {
        number.append(c)
      } else {
        guard let v = Double(number) else { return nil }
        number = ""
        switch (c, inTime) {
        case ("Y", false): d.years = v
        case ("M", false): d.months = v
        case ("W", false): d.weeks = v
        case ("D", false): d.days = v
        case ("B", false):
          let next = s.index(after: i)
          guard next < s.endIndex, s[next] == "D" else { return nil }
          d.workdays = v
          i = next
        case ("H", true): d.hours = v
        case ("M", true): d.minutes = v
        case ("S", true): d.seconds = v
        default: return nil
        }
      }
      i = s.index(after: i)
    }
    return number.isEmpty ? d : nil
  }

  static func sameDelta(_ a: TimeDelta, _ b: TimeDelta) -> Bool {
    approxEqual(a.years, b.years) && approxEqual(a.months, b.months) && approxEqual(a.weeks, b.weeks)
      && approxEqual(a.days, b.days) && approxEqual(a.workdays, b.workdays) && approxEqual(a.hours, b.hours)
      && approxEqual(a.minutes, b.minutes) && approxEqual(a.seconds, b.seconds)
  }

  /// Qingxi's delta in JioNLP's units: weeks are folded into days (JioNLP reports `4周` as 28 days).
  static func jionlpUnits(_ d: TimeDelta) -> [String: Double] {
    var r: [String: Double] = [:]
    if d.years != 0 { r["year"] = d.years }
    if d.months != 0 { r["month"] = d.months }
    if d.weeks != 0 || d.days != 0 { r["day"] = d.weeks * 7 + d.days }
    if d.workdays != 0 { r["workday"] = d.workdays }
    if d.hours != 0 { r["hour"] = d.hours }
    if d.minutes != 0 { r["minute"] = d.minutes }
    if d.seconds != 0 { r["second"] = d.seconds }
    return r
  }

  static func sameUnits(_ a: [String: Double], _ b: [String: Any]) -> Bool {
    var bb: [String: Double] = [:]
    for (k, v) in b {
      guard let n = number(v) else { return false }
      if n != 0 { bb[k] = n }
    }
    guard Set(a.keys) == Set(bb.keys) else { return false }
    return a.allSatisfy { approxEqual($0.value, bb[$0.key]) }
  }
}

// MARK: - Span extraction over running text

/// A value found in running text by scanning with a normalizer's `match(in:from:)`.
struct FoundSpan<Value> {
  var start: Int
  var end: Int
  var value: Value
}

enum Scan {
  /// Left-to-right longest-match scan: tries `match` at each position that starts a token (not inside an
  /// Arabic number or a latin word); after a hit continues at its end.
  static func spans<V>(_ scalars: [Unicode.Scalar],
             _ match: ([Unicode.Scalar], Int) -> (V, Int)?) -> [FoundSpan<V>] {
    var out: [FoundSpan<V>] = []
    var i = 0
    while i < scalars.count {
      if i > 0 {
        let p = scalars[i - 1]
        let c = scalars[i]
        let insideNumber = ChineseNumber.isArabicDigit(p) && (ChineseNumber.isArabicDigit(c) || c == "," || c == ".")
        let insideWord = ChineseNumber.isASCIILetter(p) && (ChineseNumber.isASCIILetter(c) || ChineseNumber.isArabicDigit(c))
        if insideNumber || insideWord || (ChineseNumber.isArabicDigit(c) && (p == "." || p == ",") && i > 1
                          && ChineseNumber.isArabicDigit(scalars[i - 2])) {
          i += 1
          continue
        }
      }
      if let (v, e) = match(scalars, i), e > i {
        out.append(FoundSpan(start: i, end: e, value: v))
        i = e
        continue
      }
      // do not restart inside a numeral that did not match (1600万 → not 600万)
      if let n = ChineseNumber.match(in: scalars, from: i), n.end > i {
        i = n.end
      } else {
        i += 1
      }
    }
    return out
  }

  static func overlaps(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 < b.1 && b.0 < a.1 }
}
