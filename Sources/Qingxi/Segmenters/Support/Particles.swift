/// Splits the structural particle 的 off two-character words ICU's dictionary glued it to (`新的` →
/// `新 | 的`, `中的` → `中 | 的`), keeping the words where 的 belongs to the word (`目的`, `的确`, `有的`).
///
/// 的 marks a modifier, so `新的技术` is `新 | 的 | 技术` in the SIGHAN standards and for any indexer; ICU
/// lists a few hundred such pairs as words.
enum Particles {
  static let keep: Set<String> = [
    "目的", "的确", "有的", "别的", "似的", "真的", "是的", "的话", "好的", "对的", "打的", "的士", "端的", "标的", "众矢之的",
  ]

  static func split(_ segments: [WordSegmenter.Segment], _ s: [Unicode.Scalar]) -> [WordSegmenter.Segment] {
    var out: [WordSegmenter.Segment] = []
    out.reserveCapacity(segments.count + segments.count / 16)
    for seg in segments {
      if seg.isWord, seg.end - seg.start == 2, s[seg.end - 1] == "的", ScriptClass.isHan(s[seg.start]) {
        if !keep.contains(String(scalars: s[seg.range])) {
          out.append(WordSegmenter.Segment(start: seg.start, end: seg.start + 1, isWord: true))
          out.append(WordSegmenter.Segment(start: seg.start + 1, end: seg.end, isWord: true))
          continue
        }
      }
      out.append(seg)
    }
    return out
  }
}
