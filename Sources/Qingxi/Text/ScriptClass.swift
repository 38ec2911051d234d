/// Coarse script classes, by code point range (fast: no property lookups on the hot path).
public enum ScriptClass: Sendable, Equatable {
  case han, latin, digit, kana, hangul, other, space, punctuation

  @inline(__always)
  public static func of(_ c: Unicode.Scalar) -> ScriptClass {
    let v = c.value
    switch v {
    case 0x30...0x39: return .digit
    case 0x41...0x5A, 0x61...0x7A: return .latin
    case 0x20, 0x09, 0x0A, 0x0D: return .space
    case 0..<0x80: return .punctuation
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x3007: return .han
    case 0xC0...0x24F, 0x1E00...0x1EFF: return (v == 0xD7 || v == 0xF7) ? .punctuation : .latin
    case 0x3040...0x30FF, 0x31F0...0x31FF: return .kana
    case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return .hangul
    case 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x2000...0x206F, 0xA0...0xBF:
      return .punctuation
    default: return .other
    }
  }

  @inline(__always)
  public static func isHan(_ c: Unicode.Scalar) -> Bool {
    // The `.han` ranges of `of`, tested directly (no earlier case of `of` overlaps them).
    let v = c.value
    return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
      || (v >= 0x20000 && v <= 0x3FFFF) || v == 0x3007
  }
}

/// Letter counts of a stretch of text, for deciding its language.
public struct ScriptCounts: Sendable, Equatable {
  public var han = 0
  public var latin = 0
  public var other = 0

  public init() {}

  public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
    for c in scalars { add(c) }
  }

  @inline(__always)
  public mutating func add(_ c: Unicode.Scalar) {
    switch ScriptClass.of(c) {
    case .han: han += 1
    case .latin: latin += 1
    case .kana, .hangul, .other: other += 1
    default: break
    }
  }

  public static func += (a: inout ScriptCounts, b: ScriptCounts) {
    a.han += b.han
    a.latin += b.latin
    a.other += b.other
  }

  /// The language this stretch is written in: a Han character weighs about as much as an English word
  /// of ~3 letters, so Latin letters count a third.
  public var language: Language {
    let zh = Double(han)
    let en = Double(latin) / 3
    let und = Double(other)
    if zh == 0, en == 0, und == 0 { return .undetermined }
    if und > zh, und > en { return .undetermined }
    return zh >= en ? .zh : .en
  }
}
