// Lookup over the Chinese surname table in Surnames+Data.swift.

/// Chinese surnames (single and double) with their surname readings in pinyin.
///
/// Readings are toneless lowercase ASCII with ü written as `v` (吕 → `lv`). Surname
/// readings are used where they differ from the common reading (单 → `shan`, 曾 → `zeng`,
/// 仇 → `qiu`, 解 → `xie`, 区 → `ou`, 朴 → `piao`, 万俟 → `moqi`, 尉迟 → `yuchi`).
public struct Surnames: Sendable {
  /// The shared instance built from the bundled table.
  public static let shared = Surnames(table: Surnames.table)

  /// Readings keyed by surname.
  private let readings: [String: [String]]
  /// Surnames keyed by normalised pinyin, in table order (most common first).
  private let byPinyin: [String: [String]]
  /// Scalar values of the single-character surnames.
  private let singles: Set<UInt32>
  /// Double surnames packed as `first << 32 | second`.
  private let doubles: Set<UInt64>

  /// All surnames in table order (most common first; single before double).
  public let all: [String]

  /// Builds the lookup from lines of `surname<TAB>pinyin[|pinyin2]`; malformed lines are skipped.
  init(table: String) {
    var readings: [String: [String]] = [:]
    var byPinyin: [String: [String]] = [:]
    var singles = Set<UInt32>()
    var doubles = Set<UInt64>()
    var all: [String] = []
    for line in table.split(separator: "\n", omittingEmptySubsequences: true) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2 else { continue }
      let name = String(fields[0])
      let scalars = Array(name.unicodeScalars)
      let pys = fields[1].split(separator: "|").map { String($0) }.filter { !$0.isEmpty }
      guard !pys.isEmpty else { continue }
      switch scalars.count {
      case 1: singles.insert(scalars[0].value)
      case 2: doubles.insert(UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value))
      default: continue
      }
      if readings[name] == nil { all.append(name) }
      readings[name, default: []].append(contentsOf: pys)
      for p in pys where !(byPinyin[p]?.contains(name) ?? false) {
        byPinyin[p, default: []].append(name)
      }
    }
    self.readings = readings
    self.byPinyin = byPinyin
    self.singles = singles
    self.doubles = doubles
    self.all = all
  }

  /// The surname readings of `surname` (e.g. 覃 → `["qin", "tan"]`), or `[]` if it is not a known surname.
  public func pinyin(of surname: String) -> [String] {
    readings[surname] ?? []
  }

  /// Whether `s` is exactly one known single or double surname.
  public func isSurname(_ s: String) -> Bool {
    readings[s] != nil
  }

  /// Length in scalars of the longest surname starting at `i`: 2 for a double surname
  /// (欧阳修 at 0 → 2), 1 for a single one, `nil` if none (or `i` is out of range).
  ///
  /// Note that a double surname's first character is often a single surname too (欧 in 欧阳);
  /// callers that need the single-surname reading can check `isSurname` on the first scalar.
  public func longestSurname(in scalars: [Unicode.Scalar], at i: Int) -> Int? {
    guard i >= 0, i < scalars.count else { return nil }
    let first = scalars[i].value
    if i + 1 < scalars.count, doubles.contains(UInt64(first) << 32 | UInt64(scalars[i + 1].value)) {
      return 2
    }
    return singles.contains(first) ? 1 : nil
  }

  /// Surnames whose reading is `p` (case-insensitive; spaces, hyphens and apostrophes ignored;
  /// ü may be written `ü`, `v`, `u:` or `yu` after l/n as in passports' "Lyu"), most common first.
  ///
  /// "Cheng" → [程, 成, …]; "Ouyang" / "Ou-yang" → [欧阳]. Because English texts often write ü as u,
  /// a query "Lu"/"Nu" also returns the lv/nv surnames (吕) after the exact matches.
  public func surnames(withPinyin p: String) -> [String] {
    let key = Surnames.normalize(p)
    guard !key.isEmpty else { return [] }
    var result = byPinyin[key] ?? []
    // ü written as plain u: Lu → also 吕 (lv); Luqiu → also 闾丘 (lvqiu).
    if key.hasPrefix("lu") || key.hasPrefix("nu") {
      let alt = String(key.prefix(1)) + "v" + String(key.dropFirst(2))
      for s in byPinyin[alt] ?? [] where !result.contains(s) { result.append(s) }
    }
    return result
  }

  /// `normalize` for the usual query, ASCII letters only (`Cheng`, `Lyu`): lower-cased, passport `lyu`/`nyu`
  /// read as `lv`/`nv`; `nil` for anything else. Works on bytes, not `Character`s.
  static func normalizeLetters(_ p: String) -> String? {
    var b: [UInt8] = []
    b.reserveCapacity(p.utf8.count)
    for c in p.utf8 {
      switch c {
      case 0x41...0x5A: b.append(c | 0x20)
      case 0x61...0x7A: b.append(c)
      default: return nil
      }
    }
    if b.count >= 3, b[0] == 0x6C || b[0] == 0x6E, b[1] == 0x79, b[2] == 0x75 { b.replaceSubrange(0..<3, with: [b[0], 0x76]) }
    return String(decoding: b, as: UTF8.self)
  }

  /// Lowercases ASCII, drops separators and maps the spellings of ü to `v`.
  static func normalize(_ p: String) -> String {
    if let plain = normalizeLetters(p) { return plain }
    var out = ""
    out.reserveCapacity(p.utf8.count)
    var chars = Array(p.lowercased())
    // Passport style "lyu"/"nyu" for lü/nü.
    if chars.count >= 3, chars[0] == "l" || chars[0] == "n", chars[1] == "y", chars[2] == "u" {
      chars.replaceSubrange(0..<3, with: [chars[0], "v"])
    }
    var i = 0
    while i < chars.count {
      let c = chars[i]
      switch c {
      case " ", "-", "'", "\u{2019}", "\u{2018}", "\t", "\u{00B7}", ".":
        break
      case "ü", "ǖ", "ǘ", "ǚ", "ǜ":
        out.append("v")
      case "u" where i + 1 < chars.count && chars[i + 1] == ":":
        out.append("v")
        i += 1
      default:
        // Strip tone marks on plain vowels.
        switch c {
        case "ā", "á", "ǎ", "à": out.append("a")
        case "ē", "é", "ě", "è": out.append("e")
        case "ī", "í", "ǐ", "ì": out.append("i")
        case "ō", "ó", "ǒ", "ò": out.append("o")
        case "ū", "ú", "ǔ", "ù": out.append("u")
        default: out.append(c)
        }
      }
      i += 1
    }
    return out
  }
}
