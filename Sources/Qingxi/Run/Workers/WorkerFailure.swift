/// Why a worker gave no reply for a document. The document is rejected with `reason`; the worker is gone
/// (killed if it was still running) and a new one serves the next document.
enum WorkerFailure: Error, Equatable {
  /// Killed by a signal: a Swift trap (SIGILL on x86-64, SIGTRAP on arm64), SIGSEGV, SIGKILL from outside.
  case crashed(signal: Int32)
  /// Exited by itself before replying.
  case exited(status: Int32)
  /// No reply within the per-document limit; the worker was killed.
  case timedOut(Duration)
  /// It could not be started, or it sent something that is not the protocol.
  case failed(String)

  var reason: String {
    switch self {
    case .crashed(let signal): "crashed: signal \(signal)"
    case .exited(let status): "crashed: exit status \(status)"
    case .timedOut(let limit): "timeout after \(Self.seconds(limit)) s"
    case .failed(let why): "worker failed: \(why)"
    }
  }

  /// `10`, `1.5`, `0.25`: whole seconds without a fraction, else up to three decimals.
  static func seconds(_ d: Duration) -> String {
    let (s, atto) = d.components
    let ms = Int((atto + 500_000_000_000_000) / 1_000_000_000_000_000)
    if ms == 0 { return "\(s)" }
    if ms == 1000 { return "\(s + 1)" }
    var frac = String(ms)
    frac = String(repeating: "0", count: 3 - frac.count) + frac
    while frac.hasSuffix("0") { frac.removeLast() }
    return "\(s).\(frac)"
  }
}
