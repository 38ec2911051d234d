/// Remembers the ids of the records a run writes, as 64-bit hashes (8 bytes each, so millions fit), to
/// report ids written twice: two JSON Lines records with the same `id`, or two inputs whose paths give
/// the same id. Reported, not dropped: the record is still written.
public struct DuplicateIDs: Sendable {
  private var seen: Set<UInt64> = []

  public init() {}

  /// True if `id` was seen before; remembers it.
  public mutating func isDuplicate(_ id: String) -> Bool {
    !seen.insert(Self.hash(id)).inserted
  }

  /// FNV-1a over the UTF-8 bytes, then a final mix: stable across runs and machines.
  public static func hash(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h &*= 0x100_0000_01b3
    }
    h ^= h >> 33
    h &*= 0xff51_afd7_ed55_8ccd
    h ^= h >> 33
    return h
  }
}
