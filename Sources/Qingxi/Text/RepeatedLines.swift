/// Which lines of a text are identical, found once with a cheap 64-bit hash per line and a scalar-by-scalar
/// check on every hash hit (so two different lines never count as one, whatever their hashes).
///
/// Replaces a `[ArraySlice<Unicode.Scalar>: Int]` dictionary, whose hashing feeds every scalar of every line
/// through SipHash. Lines longer than `maxLength` scalars are left out (count 0, no group).
///
///     lines ["A", "B", "A"]  → count [2, 1, 2]; members of line 2: [0, 2]
struct RepeatedLines {
  /// How many of the counted lines have exactly this line's content (itself included); 0 when left out.
  private(set) var count: [Int]
  /// The first line of each line's group, -1 when left out.
  private var first: [Int]
  /// The next line of the same group, -1 at the last one.
  private var next: [Int]

  /// `ranges[k]` is line `k`'s content in `s`.
  init(_ s: [Unicode.Scalar], _ ranges: [Range<Int>], maxLength: Int) {
    let n = ranges.count
    count = [Int](repeating: 0, count: n)
    first = [Int](repeating: -1, count: n)
    next = [Int](repeating: -1, count: n)
    var last = [Int](repeating: -1, count: n)
    // Group heads with the same hash but different content, chained.
    var otherHead = [Int](repeating: -1, count: n)
    var headByHash: [UInt64: Int] = [:]
    headByHash.reserveCapacity(n)
    for k in 0..<n where ranges[k].count <= maxLength {
      let h = Self.hash(s, ranges[k])
      guard var head = headByHash[h] else {
        headByHash[h] = k
        first[k] = k
        last[k] = k
        count[k] = 1
        continue
      }
      while true {
        if s[ranges[head]] == s[ranges[k]] {
          first[k] = head
          next[last[head]] = k
          last[head] = k
          count[head] += 1
          break
        }
        if otherHead[head] < 0 {
          otherHead[head] = k
          first[k] = k
          last[k] = k
          count[k] = 1
          break
        }
        head = otherHead[head]
      }
    }
    for k in 0..<n where first[k] >= 0 { count[k] = count[first[k]] }
  }

  /// The lines with the same content as line `k`, in text order (empty when `k` was left out).
  func members(of k: Int) -> [Int] {
    var out: [Int] = []
    var m = first[k]
    while m >= 0 {
      out.append(m)
      m = next[m]
    }
    return out
  }

  /// FNV-1a over the scalar values.
  @inline(__always)
  static func hash(_ s: [Unicode.Scalar], _ r: Range<Int>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in r {
      h ^= UInt64(s[i].value)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }
}
