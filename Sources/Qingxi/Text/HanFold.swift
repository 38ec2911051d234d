/// Folds Traditional Chinese characters to their Simplified forms, one scalar at a time, for matching.
///
/// Lexicons (surnames, courts, charges, penalties, navigation words) are written once, in Simplified;
/// matchers compare `HanFold.fold(textScalar)` with the lexicon's scalar, so `判處罰金` matches `判处罚金`
/// and `機密級` matches `机密级` without the text ever being rewritten (offsets keep their meaning).
/// The table (`HanFold+Data.swift`) is generated from ICU's `Traditional-Simplified` transliterator by
/// `Data/Generators/generate_han_fold_table.py`; every pair is one scalar to one scalar.
public enum HanFold {
  /// The first and one past the last code point the table covers (CJK Extension A to the
  /// Compatibility Ideographs).
  static let lower: UInt32 = 0x3400
  static let upper: UInt32 = 0xFB00

  /// Simplified code point per covered code point, 0 where the character folds to itself. (Matchers in hot
  /// loops keep a reference to it, so a lookup costs no lazy-global check.)
  static let table: [UInt32] = {
    var t = [UInt32](repeating: 0, count: Int(upper - lower))
    var pending: UInt32? = nil
    for scalar in pairs.unicodeScalars where scalar != "\n" {
      if let from = pending {
        if from >= lower, from < upper { t[Int(from - lower)] = scalar.value }
        pending = nil
      } else {
        pending = scalar.value
      }
    }
    return t
  }()

  /// Bit `k` set when code point `lower + k` folds to another one: 6 KB that stay in cache, where the
  /// 200 KB `table` costs a cache miss per lookup. Most text scalars are rejected here.
  static let changed: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: (table.count + 63) / 64)
    for (k, v) in table.enumerated() where v != 0 { bits[k >> 6] |= 1 << UInt64(k & 63) }
    return bits
  }()

  /// The Simplified form of `scalar`, or `scalar` itself.
  @inline(__always)
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    guard v >= lower, v < upper else { return scalar }
    let k = Int(v - lower)
    if changed[k >> 6] & (1 << UInt64(k & 63)) == 0 { return scalar }
    let folded = table[k]
    return folded == 0 ? scalar : (Unicode.Scalar(folded) ?? scalar)
  }

  /// `fold(_:)` on a value, through `table` and `changed` held by the caller (stored copies of
  /// `HanFold.table` and `HanFold.changed`: hot loops then skip the lazy-global check of every access).
  @inline(__always)
  static func fold(_ value: UInt32, in table: [UInt32], changed: [UInt64]) -> UInt32 {
    guard value >= lower, value < upper else { return value }
    let k = Int(value - lower)
    if changed[k >> 6] & (1 << UInt64(k & 63)) == 0 { return value }
    let folded = table[k]
    return folded == 0 ? value : folded
  }

  /// The Simplified form of a code point value (for tables keyed by `UInt32`).
  @inline(__always)
  public static func fold(_ value: UInt32) -> UInt32 {
    guard value >= lower, value < upper else { return value }
    let k = Int(value - lower)
    if changed[k >> 6] & (1 << UInt64(k & 63)) == 0 { return value }
    let folded = table[k]
    return folded == 0 ? value : folded
  }

  /// `text` with every character folded (for building keys and tests; matchers fold per scalar).
  public static func fold(_ text: String) -> String {
    String(scalars: text.unicodeScalars.lazy.map { fold($0) })
  }

  /// Whether `scalar` is a Traditional form that folds to another character.
  public static func isTraditional(_ scalar: Unicode.Scalar) -> Bool { fold(scalar) != scalar }
}
