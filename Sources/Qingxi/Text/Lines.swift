/// Line-level view of text under cleaning, for rules that judge whole lines (chrome, footers, lists).
public struct Line: Sendable, Equatable {
  /// The line's scalars without its line break.
  public var range: Range<Int>
  /// The same range trimmed at both ends (of `CharClass.isLineSpace` unless the caller says otherwise).
  public var content: Range<Int>
  /// The line range plus the `\n` that ends it (if any): what to remove to drop the whole line.
  public var withBreak: Range<Int>
  public var isBlank: Bool { content.isEmpty }
}

extension Array where Element == Unicode.Scalar {
  /// The lines of the text, in order (a text ending in `\n` ends with an empty line), each trimmed of
  /// `isSpace` (spaces, tabs, ideographic spaces, NBSP and CR by default).
  public func lines(trimming isSpace: (Unicode.Scalar) -> Bool = CharClass.isLineSpace) -> [Line] {
    var out: [Line] = []
    var start = 0
    for i in 0...count where i == count || self[i] == "\n" {
      var a = start
      var b = i
      while a < b, isSpace(self[a]) { a += 1 }
      while b > a, isSpace(self[b - 1]) { b -= 1 }
      out.append(Line(range: start..<i, content: a..<b, withBreak: start..<(i < count ? i + 1 : i)))
      start = i + 1
    }
    return out
  }

  /// The scalars of a range as a String.
  public func string(_ range: Range<Int>) -> String { String(scalars: self[range]) }
}
