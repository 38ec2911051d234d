import TextSupport

/// Splits text into words: ICU's dictionary-based word break for Chinese and its word rules for English,
/// then, when a user dictionary is given, the best path through ICU's words and the dictionary's.
///
/// With a dictionary, every stretch of word characters without spaces or punctuation (`１９９７年国家安全机关`)
/// is re-segmented by a shortest path over a lattice whose edges are ICU's words, dictionary words and single
/// Han characters. A path costs one per word, plus 0.25 for an ICU word the dictionary lacks and 0.5 for a
/// lone character in neither — so dictionary words win wherever they do not overlap each other, and fewer,
/// longer words win over more, shorter ones; frequencies break ties (higher first). A dictionary word is
/// therefore never split unless another dictionary word overlapping it is chosen instead
/// (研究生|命 vs 研究|生命 with both in the dictionary). Last, numbers join their units (`NumberUnits`:
/// `2023年`, `50万元`, `6个月`).
public struct WordSegmenter: Sendable {
  /// A segment of the text: a word (`isWord`) or a punctuation mark or symbol. White space is never a segment.
  public struct Segment: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var isWord: Bool
    public var range: Range<Int> { start..<end }
  }

  public let dictionary: UserDictionary?

  public init(dictionary: UserDictionary? = nil) {
    self.dictionary = dictionary
  }

  /// The segments of `s` (scalar offsets), in order.
  public func segments(_ s: [Unicode.Scalar]) throws(ShimError) -> [Segment] {
    if s.isEmpty { return [] }
    let table = OffsetTable(scalars: s)
    let breaks = try BreakIterator.wordBoundaries(table.utf16)
    var out: [Segment] = []
    out.reserveCapacity(breaks.count)
    var previous = 0
    for b in breaks.dropFirst() {
      let end = table.scalarOffset(utf16: b.offset)
      defer { previous = end }
      if end <= previous { continue }
      if b.status.isWordLike {
        out.append(Segment(start: previous, end: end, isWord: true))
      } else {
        // ICU gives runs of spaces and single punctuation marks status none; keep the marks, one each.
        for k in previous..<end where !s[k].properties.isWhitespace {
          if let last = out.last, !last.isWord, last.end == k, Self.isJoinedMark(s[k], after: s[k - 1]) {
            out[out.count - 1].end = k + 1
          } else {
            out.append(Segment(start: k, end: k + 1, isWord: false))
          }
        }
      }
    }
    out = Particles.split(out, s)
    if let dictionary, dictionary.count > 0 { out = resegment(out, s, dictionary) }
    return NumberUnits.join(out, s)
  }

  /// Doubled marks that are one punctuation mark (…… and ——); other repeated marks stay separate.
  private static func isJoinedMark(_ c: Unicode.Scalar, after p: Unicode.Scalar) -> Bool {
    c == p && (c == "…" || c == "—")
  }

  /// Re-segments each stretch of adjacent words through the lattice described above.
  private func resegment(_ segs: [Segment], _ s: [Unicode.Scalar], _ dict: UserDictionary) -> [Segment] {
    var out: [Segment] = []
    out.reserveCapacity(segs.count)
    var k = 0
    while k < segs.count {
      guard segs[k].isWord else {
        out.append(segs[k])
        k += 1
        continue
      }
      var m = k + 1
      while m < segs.count, segs[m].isWord, segs[m].start == segs[m - 1].end { m += 1 }
      bestPath(Array(segs[k..<m]), s, dict, into: &out)
      k = m
    }
    return out
  }

  private struct Cost: Comparable {
    var cost: Double
    var frequency: Double
    static func < (a: Cost, b: Cost) -> Bool {
      a.cost != b.cost ? a.cost < b.cost : a.frequency > b.frequency
    }
  }

  private func bestPath(_ icu: [Segment], _ s: [Unicode.Scalar], _ dict: UserDictionary, into out: inout [Segment]) {
    let lo = icu[0].start
    let hi = icu[icu.count - 1].end
    let n = hi - lo
    if n == 1 {
      out.append(contentsOf: icu)
      return
    }
    // best[i]: cheapest path covering s[lo..<lo+i]; back[i]: where its last word starts.
    var best = [Cost](repeating: Cost(cost: .infinity, frequency: 0), count: n + 1)
    var back = [Int](repeating: 0, count: n + 1)
    best[0] = Cost(cost: 0, frequency: 0)
    var icuEnd = [Int](repeating: -1, count: n + 1)  // icuEnd[i]: end of the ICU word starting at i
    for seg in icu { icuEnd[seg.start - lo] = seg.end - lo }
    for i in 0..<n where best[i].cost.isFinite {
      let here = best[i]
      func relax(_ j: Int, _ cost: Double, _ freq: Double) {
        let c = Cost(cost: here.cost + cost, frequency: here.frequency + freq)
        if c < best[j] {
          best[j] = c
          back[j] = i
        }
      }
      var dictEnds: [Int] = []
      dict.forEachWord(in: s, from: lo + i, limit: hi) { end, f in
        dictEnds.append(end - lo)
        relax(end - lo, 1, (f + 1).squareRoot())
      }
      if icuEnd[i] > 0, !dictEnds.contains(icuEnd[i]) { relax(icuEnd[i], 1.25, 0) }
      if !dictEnds.contains(i + 1), icuEnd[i] != i + 1, ScriptClass.isHan(s[lo + i]) { relax(i + 1, 1.5, 0) }
    }
    guard best[n].cost.isFinite else {
      out.append(contentsOf: icu)
      return
    }
    var cuts: [Int] = []
    var j = n
    while j > 0 {
      cuts.append(j)
      j = back[j]
    }
    var start = lo
    for c in cuts.reversed() {
      out.append(Segment(start: start, end: lo + c, isWord: true))
      start = lo + c
    }
  }
}
