import Foundation
import Qingxi

extension RunSummary {
  /// The summary printed to standard error after a run; with `timings`, time and throughput per stage.
  func humanReadable(timings showTimings: Bool) -> String {
    let s = stats
    var out = "qingxi: \(s.inputs) input(s), \(s.documents) document(s): \(s.documentsWritten) written as \(s.recordsWritten) record(s), \(s.rejected.count) rejected\n"
    if !s.entitiesByType.isEmpty || s.cases > 0 {
      let list = s.entitiesByType.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      out += "qingxi: \(s.entitiesByType.values.reduce(0, +)) entities (\(list)); \(s.cases) case(s)\n"
    }
    out += "qingxi: \(s.bytes) bytes in \(Self.fixed(seconds, 3)) s (\(Self.fixed(megabytesPerSecond, 1)) MB/s)\n"
    if s.duplicateIDs > 0 {
      out += "qingxi: \(s.duplicateIDs) record(s) with an id written before (first: \(s.duplicateIDExamples.joined(separator: ", ")))\n"
    }
    if s.unparsedPublished > 0 {
      out += "qingxi: \(s.unparsedPublished) document(s) with a `published` that is not a date, kept in meta (first: \(s.unparsedPublishedExamples.joined(separator: ", ")))\n"
    }
    if !s.skippedRecords.isEmpty {
      let list = s.skippedRecords.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      out += "qingxi: \(s.skippedRecords.values.reduce(0, +)) WARC record(s) skipped, holding no document (\(list))\n"
    }
    out += Self.rejections(s.rejected)
    if showTimings {
      let width = s.timings.order.map(\.count).max() ?? 0
      for name in s.timings.order {
        let t = Self.seconds(s.timings.totals[name] ?? .zero)
        let pad = String(repeating: " ", count: width - name.count)
        // A stage that took under a millisecond has no meaningful rate.
        let rate = t >= 0.001 ? "\(Self.fixed(Double(s.bytes) / 1_000_000 / t, 1)) MB/s of input" : "under 1 ms"
        out += "  stage \(name):\(pad) \(Self.fixed(t, 3)) s (\(rate))\n"
      }
    }
    return out
  }

  /// Rejections summarised: the count per stage and kind of reason (numbers in the reason elided), most
  /// frequent first, then the first few rejections in full. All of them are in the summary file and the
  /// rejects file.
  static func rejections(_ rejected: [Rejection], first: Int = 5) -> String {
    if rejected.isEmpty { return "" }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for r in rejected {
      let key = "[\(r.stage)] \(reasonKind(r.reason))"
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
    }
    var out = "qingxi: rejected by reason:\n"
    let ranked = order.enumerated().sorted { (counts[$0.element] ?? 0, -$0.offset) > (counts[$1.element] ?? 0, -$1.offset) }
    for (_, key) in ranked { out += "  \(counts[key] ?? 0) \(key)\n" }
    for r in rejected.prefix(first) { out += "  rejected \(r.input) [\(r.stage)]: \(r.reason)\n" }
    if rejected.count > first {
      out += "  … and \(rejected.count - first) more (all listed in the summary file and --rejects)\n"
    }
    return out
  }

  /// A reason with the line prefix dropped and every run of digits shown as `N`.
  static func reasonKind(_ reason: String) -> String {
    var text = Substring(reason)
    if text.hasPrefix("line "), let colon = text.firstIndex(of: ":") {
      text = text[text.index(after: colon)...].drop { $0 == " " }
    }
    var out = ""
    var inDigits = false
    for ch in text {
      if ch.isASCII, ch.isNumber {
        if !inDigits { out.append("N") }
        inDigits = true
      } else {
        out.append(ch)
        inDigits = false
      }
    }
    return out
  }

  /// `x` with exactly `digits` decimals.
  static func fixed(_ x: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", x.isFinite ? x : 0)
  }
}
