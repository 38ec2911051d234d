/// The 64-bit hash a run keeps for each id it writes (8 bytes each, so millions fit; see `RunLedger`,
/// which reports ids written twice or, with `--dedupe id`, skips them), also used to pick shards.
public enum DuplicateIDs {
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
