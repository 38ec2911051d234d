import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// SIGINT and SIGTERM during a run: the first asks the run to stop between two documents (it commits or
/// drops the chunk in progress, removes its temporary files, keeps its manifest for `--resume`, and exits
/// 128 + the signal: 130, 143); a second one ends the process at once, as the signal would have.
enum Interrupts {
  private static let received = Atomic<Int32>(0)

  /// The signal asked for, or 0.
  static var signal: Int32 { received.load(ordering: .relaxed) }

  static func install() {
    // A parent may have started us with these blocked (a thread pool's threads block signals, and a
    // spawned process inherits the mask): unblock them, or the run would never see them.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM] where !ignored(sig) {
      _ = Glibc.signal(sig) { sig in
        let (exchanged, _) = Interrupts.received.compareExchange(expected: 0, desired: sig, ordering: .relaxed)
        if !exchanged {
          _ = Glibc.signal(sig, SIG_DFL)
          _ = raise(sig)
        }
      }
    }
  }

  /// True if `sig` is ignored, as a shell starting a background job ignores SIGINT: it stays so.
  private static func ignored(_ sig: Int32) -> Bool {
    var current = sigaction()
    guard sigaction(sig, nil, &current) == 0, let handler = current.__sigaction_handler.sa_handler else { return false }
    return unsafeBitCast(handler, to: Int.self) == 1  // SIG_IGN
  }
}
