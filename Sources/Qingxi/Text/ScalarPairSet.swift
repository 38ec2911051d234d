/// A set of scalar pairs (`a` then `b`, packed in a `UInt64`), for membership tests over a whole document.
///
/// Open addressing with a multiplicative hash and linear probing, sized once for the most pairs it will
/// hold: building it over every adjacent Han pair of a page costs a few nanoseconds a pair, where a
/// `Set<UInt64>` hashes each one through SipHash and grows as it goes.
///
///     pairs of "中国中" → contains(中, 国) and (国, 中); not (中, 中)
struct ScalarPairSet {
  private var slots: [UInt64]
  private let shift: UInt64
  /// 0 packs (U+0000, U+0000), which no caller stores; it marks an empty slot.
  private static let empty: UInt64 = 0

  /// Room for `capacity` pairs at most half full.
  init(capacity: Int) {
    var bits: UInt64 = 4
    while (1 << bits) < 2 * capacity + 2 { bits += 1 }
    slots = [UInt64](repeating: Self.empty, count: 1 << Int(bits))
    shift = 64 - bits
  }

  @inline(__always)
  static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

  /// Adds `key` (a `pair`); a key of 0 is ignored. Beyond the capacity given at `init` the set stops taking
  /// new keys rather than loop; callers size it for the most pairs they can add.
  mutating func insert(_ key: UInt64) {
    if key == Self.empty { return }
    let mask = slots.count - 1
    var i = slot(key)
    var probes = 0
    while slots[i] != Self.empty {
      if slots[i] == key { return }
      i = (i + 1) & mask
      probes += 1
      if probes > mask { return }
    }
    slots[i] = key
  }

  func contains(_ key: UInt64) -> Bool {
    if key == Self.empty { return false }
    let mask = slots.count - 1
    var i = slot(key)
    var probes = 0
    while slots[i] != Self.empty {
      if slots[i] == key { return true }
      i = (i + 1) & mask
      probes += 1
      if probes > mask { return false }
    }
    return false
  }
}
