import Foundation
import Qingxi

#if canImport(Glibc)
  import Glibc
#endif

/// The progress of a run on standard error: on a terminal, one line rewritten in place four times a
/// second; otherwise a plain log line every five seconds. Documents, MB read, MB/s, rejected so far, and
/// an ETA when the inputs' total size is known (every input a regular file).
final class Progress {
  private let terminal = isatty(2) != 0
  private let interval: Double
  private let started = Date()
  private var last = Date.distantPast
  private var documents = 0
  private var rejected = 0
  /// Bytes of inputs already closed, and of the documents of the open one.
  private var closedBytes = 0
  private var openBytes = 0
  private let totalBytes: Int?
  private var shown = false

  init(inputs: [String]) {
    interval = terminal ? 0.25 : 5
    // A log gets its first line after one interval, so a short run logs nothing but its summary.
    if !terminal { last = started }
    var total = 0
    var known = true
    for input in inputs {
      guard input != "-", let a = try? FileManager.default.attributesOfItem(atPath: input),
        a[.type] as? FileAttributeType == .typeRegular, let size = a[.size] as? Int
      else {
        known = false
        break
      }
      total += size
    }
    totalBytes = known ? total : nil
  }

  func event(_ e: SourceEvent) {
    switch e {
    case .document(let d, _):
      documents += 1
      openBytes += d.source.bytes
    case .unreadable, .oversized: documents += 1
    case .closed(_, let bytes):
      closedBytes += bytes
      openBytes = 0
    case .opened, .inputFailed, .skipped: break
    }
    tick()
  }

  func rejection() { rejected += 1 }

  private func tick() {
    let now = Date()
    guard now.timeIntervalSince(last) >= interval else { return }
    last = now
    let seconds = max(now.timeIntervalSince(started), 0.001)
    let bytes = closedBytes + openBytes
    let rate = Double(bytes) / 1_000_000 / seconds
    var line = "qingxi: \(documents) documents, \(RunSummary.fixed(Double(bytes) / 1_000_000, 1)) MB, \(RunSummary.fixed(rate, 1)) MB/s, \(rejected) rejected"
    if let total = totalBytes, bytes > 0, total > bytes {
      let eta = Int(Double(total - bytes) / (Double(bytes) / seconds))
      line += ", ETA \(eta / 60)m\(String(format: "%02d", eta % 60))s"
    }
    if terminal {
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
      shown = true
    } else {
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
  }

  /// Clears the live line before the summary is printed.
  func finish() {
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
