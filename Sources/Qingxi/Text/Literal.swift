/// Literal scalar strings, and whether one is written at an offset: the one helper every scanner uses
/// (`PenaltyScan.has`, `ReferenceScan.has` and their `endsWith` delegate here).
public enum Literal {
  /// The scalars of a literal, for tables built once (`Literal.scalars("有期徒刑")`).
  public static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

  /// Whether `lit` is written at `i`, ending at or before `end`. With `foldCase`, ASCII upper case in
  /// the text matches the lower case of `lit` (which must then be written in lower case).
  @inline(__always)
  public static func has(
    _ s: [Unicode.Scalar], at i: Int, end: Int, _ lit: [Unicode.Scalar], foldCase: Bool = false
  ) -> Bool {
    guard i >= 0, i + lit.count <= end, i + lit.count <= s.count else { return false }
    if foldCase {
      for k in 0..<lit.count where CharClass.asciiLower(s[i + k]) != lit[k] { return false }
    } else {
      for k in 0..<lit.count where s[i + k] != lit[k] { return false }
    }
    return true
  }

  /// Whether `lit` is written just before `end`, starting at or after `start`.
  @inline(__always)
  public static func endsWith(
    _ s: [Unicode.Scalar], at end: Int, start: Int = 0, _ lit: [Unicode.Scalar], foldCase: Bool = false
  ) -> Bool {
    end - lit.count >= start && has(s, at: end - lit.count, end: end, lit, foldCase: foldCase)
  }
}
