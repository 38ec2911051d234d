/// The label that opens a disclaimer line: `[免责声明]`, `【免责声明】`, `免责声明：`, `特别声明：`,
/// `版权声明：`, `声明：`. Used by `drop-disclaimers`, and by `drop-footers` to leave such lines to it.
struct DisclaimerLabel: Sendable {
  struct Match: Sendable, Equatable {
    /// The label is 免责声明 itself (the other labels need disclaimer words after them).
    var isDisclaimer: Bool
    /// Where the text after the label (and its bracket or colon) starts.
    var rest: Int
  }

  private let labels = PhraseMatcher(["免责声明", "特别声明", "版权声明", "声明"])

  /// The label that opens `r`, if any.
  func match(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Match? {
    var i = r.lowerBound
    guard i < r.upperBound else { return nil }
    let close = CharClass.closing(for: s[i])
    if close != nil { i += 1 }
    while i < r.upperBound, CharClass.isInlineSpace(s[i]) { i += 1 }
    guard let m = labels.match(in: s, at: i, end: r.upperBound) else { return nil }
    let isDisclaimer = m.index == 0
    var j = i + m.length
    var spaced = false
    while j < r.upperBound, CharClass.isInlineSpace(s[j]) {
      j += 1
      spaced = true
    }
    if let close {
      guard j < r.upperBound, s[j] == close else { return nil }
      j += 1
    } else if j < r.upperBound, s[j] == ":" || s[j] == "：" {
      j += 1
    } else if j < r.upperBound, !(isDisclaimer && spaced) {
      // `声明称` or `免责声明中称` is a sentence, not a label.
      return nil
    }
    while j < r.upperBound, CharClass.isInlineSpace(s[j]) || s[j] == ":" || s[j] == "：" { j += 1 }
    return Match(isDisclaimer: isDisclaimer, rest: j)
  }

  func starts(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool { match(s, r) != nil }
}
