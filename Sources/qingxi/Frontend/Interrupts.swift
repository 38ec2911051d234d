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
    for sig in [SIGINT, SIGTERM] {
      _ = Glibc.signal(sig) { sig in
        let (exchanged, _) = Interrupts.received.compareExchange(expected: 0, desired: sig, ordering: .relaxed)
        if !exchanged {
          _ = Glibc.signal(sig, SIG_DFL)
          _ = raise(sig)
        }
      }
    }
  }
}
