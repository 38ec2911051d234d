/// Numbers for people, the same on every machine (no locale): 1,250,000 · 96.5 · 12.3%.
public enum NumberFormat {
  /// An integer with thousands separators.
  public static func grouped(_ i: Int) -> String {
    let digits = String(i.magnitude)
    var out = ""
    for (k, ch) in digits.enumerated() {
      if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return i < 0 ? "-" + out : out
  }

  /// A number with up to `places` decimals (trailing zeros dropped), grouped; "–" for nil.
  public static func decimal(_ d: Double?, places: Int = 1) -> String {
    guard let d, d.isFinite else { return "–" }
    var unit = 1
    for _ in 0..<max(0, min(places, 6)) { unit *= 10 }
    let scaled = d * Double(unit)
    guard scaled.magnitude < 9e15 else { return "\(d)" }
    let n = Int(scaled.rounded())
    let m = n.magnitude
    let u = UInt(unit)
    let whole = grouped(Int(m / u))
    var frac = String(m % u)
    if unit > 1 { frac = String(repeating: "0", count: String(unit).count - 1 - frac.count) + frac }
    while frac.hasSuffix("0") { frac.removeLast() }
    return (n < 0 ? "-" : "") + whole + (frac.isEmpty || unit == 1 ? "" : "." + frac)
  }

  /// A share as a percentage with one decimal: 0.1234 → "12.3%".
  public static func percent(_ share: Double) -> String {
    let text = decimal(share * 100, places: 1)
    return (text.contains(".") || text == "–" ? text : text + ".0") + "%"
  }
}
