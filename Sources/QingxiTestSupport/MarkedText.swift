/// Text with expected spans marked inline by `⟦` and `⟧`, e.g. `"被告人张某被判处⟦有期徒刑三年⟧。"`.
/// `text` is the text without markers; `ranges` are the marked spans in Unicode scalar offsets.
public struct MarkedText: Sendable {
  public let text: String
  public let ranges: [Range<Int>]

  public init(_ marked: String) {
    var out = String.UnicodeScalarView()
    var ranges: [Range<Int>] = []
    var open: [Int] = []
    var n = 0
    for c in marked.unicodeScalars {
      if c == "⟦" {
        open.append(n)
      } else if c == "⟧", let start = open.popLast() {
        ranges.append(start..<n)
      } else {
        out.append(c)
        n += 1
      }
    }
    text = String(out)
    self.ranges = ranges.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
  }
}
