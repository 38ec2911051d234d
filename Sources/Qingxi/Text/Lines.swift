/// Line-level view of text under cleaning, for rules that judge whole lines (chrome, footers, lists).
public struct Line: Sendable, Equatable {
  /// The line's scalars without its line break.
  public var range: Range<Int>
  /// The same range trimmed of spaces, tabs and ideographic spaces at both ends.
  public var content: Range<Int>
  /// The line range plus the `\n` that ends it (if any): what to remove to drop the whole line.
  public var withBreak: Range<Int>
  public var isBlank: Bool { content.isEmpty }
}

extension Array where Element == Unicode.Scalar {
  /// The lines of the text, in order (a text ending in `\n` ends with an empty line).
  public func lines() -> [Line] {
    var out: [Line] = []
    var start = 0
    for i in 0...count where i == count || self[i] == "\n" {
      var a = start
      var b = i
      while a < b, Self.isLineSpace(self[a]) { a += 1 }
      while b > a, Self.isLineSpace(self[b - 1]) { b -= 1 }
      out.append(Line(range: start..<i, content: a..<b, withBreak: start..<(i < count ? i + 1 : i)))
      start = i + 1
    }
    return out
  }

  /// The scalars of a range as a String.
  public func string(_ range: Range<Int>) -> String { String(scalars: self[range]) }

  @inline(__always)
  static func isLineSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r"
  }
}
