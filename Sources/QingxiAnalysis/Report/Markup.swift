/// Escaping for HTML and SVG text and attribute values.
public enum Markup {
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters are not allowed in XML 1.0 text.
        if ch.value < 0x20 && ch != "\n" && ch != "\t" { continue }
        out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// A coordinate with at most one decimal.
  static func n(_ d: Double) -> String {
    guard d.isFinite else { return "0" }
    let r = (d * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
