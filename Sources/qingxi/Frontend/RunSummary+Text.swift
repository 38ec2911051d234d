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
    for r in s.rejected {
      out += "  rejected \(r.input) [\(r.stage)]: \(r.reason)\n"
    }
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

  /// `x` with exactly `digits` decimals.
  static func fixed(_ x: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", x.isFinite ? x : 0)
  }
}
