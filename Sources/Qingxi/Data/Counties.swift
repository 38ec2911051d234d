// Lookup over the county-level divisions in Gazetteer+Counties.swift.

/// China's county-level divisions (districts, counties, county-level cities, banners), each with its
/// prefecture and province, looked up by full name (揭西县, 江阴市, 吴中区) or short name (揭西, 江阴, 吴中).
///
/// Short names drop the suffix (自治县, 自治旗, 新区, 区, 县, 市, 旗) when at least two characters remain;
/// many are shared (朝阳区 in 北京 and 长春, 新城区 in several cities), so a lookup returns every match and
/// callers keep a name only when one division fits what the text says around it.
public struct Counties: Sendable {
  /// A county-level division.
  public struct County: Sendable, Hashable {
    /// Full name as officially written, e.g. 揭西县, 江阴市, 宝坻区.
    public let fullName: String
    /// Full name of the province (or municipality), e.g. 广东省, 天津市.
    public let province: String
    /// Full name of the prefecture, e.g. 揭阳市; `nil` under a municipality or directly under a province.
    public let city: String?
  }

  /// The shared instance built from the bundled table.
  public static let shared = Counties(table: Gazetteer.countyTable)

  public let all: [County]
  private let byName: [String: [Int]]
  /// Longest name in scalars.
  let maxLength: Int

  static let suffixes = ["自治县", "自治旗", "新区", "区", "县", "市", "旗"]

  init(table: String) {
    var all: [County] = []
    var byName: [String: [Int]] = [:]
    var maxLength = 0
    for line in table.split(separator: "\n") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count == 3, !f[0].isEmpty, !f[2].isEmpty else { continue }
      let c = County(fullName: f[2], province: f[0], city: f[1].isEmpty ? nil : f[1])
      let k = all.count
      all.append(c)
      var names = [c.fullName]
      for suffix in Self.suffixes where c.fullName.hasSuffix(suffix) {
        let short = String(c.fullName.dropLast(suffix.count))
        if short.count >= 2 { names.append(short) }
        break
      }
      for n in names {
        byName[n, default: []].append(k)
        maxLength = max(maxLength, n.unicodeScalars.count)
      }
    }
    self.all = all
    self.byName = byName
    self.maxLength = maxLength
  }

  /// Every division whose full or short name is exactly `name`.
  public func lookup(_ name: String) -> [County] {
    (byName[name] ?? []).map { all[$0] }
  }

  /// Names of divisions ending at `end` in `s` (longest first), with their length in scalars.
  public func ending(in s: [Unicode.Scalar], at end: Int, lower: Int = 0) -> [(length: Int, counties: [County])] {
    var out: [(length: Int, counties: [County])] = []
    var len = min(maxLength, end - lower)
    while len >= 2 {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: s[(end - len)..<end])
      let found = lookup(String(view))
      if !found.isEmpty { out.append((len, found)) }
      len -= 1
    }
    return out
  }
}
