import CICUShim
import Synchronization

/// An ICU transliterator (for example `Traditional-Simplified`), safe to share across threads.
///
/// ICU transliterators are not thread-safe, so each call takes a lock around the shared instance. Running
/// text should never go through `Han-Latin` (about 0.14 MB/s); use table lookups for readings.
public final class Transliterator: Sendable {
  public let identifier: String
  private let handle: Mutex<OpaquePointer>

  public init(_ identifier: String) throws(ShimError) {
    var status: Int32 = 0
    guard let h = qx_icu_translit_open(identifier, &status), qx_icu_failed(status) == 0 else {
      throw ShimError.icu(status)
    }
    self.identifier = identifier
    self.handle = Mutex(h)
  }

  deinit {
    handle.withLock { qx_icu_translit_close($0) }
  }

  /// Transliterates `text`; the result's scalar count may differ from the input's.
  public func transliterate(_ text: String) throws(ShimError) -> String {
    let units = Array(text.utf16)
    if units.isEmpty { return text }
    var capacity = units.count * 2 + 16
    while true {
      var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
      var status: Int32 = 0
      let length = handle.withLock { h in
        buffer.withUnsafeMutableBufferPointer { b in
          qx_icu_translit_run(h, b.baseAddress, Int32(units.count), Int32(capacity), &status)
        }
      }
      if Int(length) > capacity {
        capacity = Int(length) + 16
        continue
      }
      if qx_icu_failed(status) != 0 { throw ShimError.icu(status) }
      return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
    }
  }
}
