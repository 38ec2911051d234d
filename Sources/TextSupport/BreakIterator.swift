import CICUShim

/// ICU's rule-based break iteration (UAX #29 plus ICU's CJK dictionary) over UTF-16 text.
public enum BreakIterator {
  /// A word segment's rule status, as ICU reports it (`UWordBreak`).
  public enum WordStatus: Sendable, Equatable {
    case none, number, letter, kana, ideographic
    init(_ raw: Int32) {
      switch raw {
      case 100..<200: self = .number
      case 200..<300: self = .letter
      case 300..<400: self = .kana
      case 400..<500: self = .ideographic
      default: self = .none
      }
    }
    /// Spaces and punctuation have status `.none`.
    public var isWordLike: Bool { self != .none }
  }

  /// Sentence boundaries as UTF-16 offsets, starting with 0 and ending with `text.count`.
  public static func sentenceBoundaries(_ text: [UInt16], locale: String = "zh") throws(ShimError) -> [Int] {
    try boundaries(kind: Int32(QX_ICU_BREAK_SENTENCE), text, locale: locale, withStatus: false).map(\.0)
  }

  /// Word boundaries as UTF-16 offsets, each with the status of the segment ending there.
  public static func wordBoundaries(_ text: [UInt16], locale: String = "zh") throws(ShimError)
    -> [(offset: Int, status: WordStatus)]
  {
    try boundaries(kind: Int32(QX_ICU_BREAK_WORD), text, locale: locale, withStatus: true).map {
      (offset: $0.0, status: WordStatus($0.1))
    }
  }

  private static func boundaries(kind: Int32, _ text: [UInt16], locale: String, withStatus: Bool)
    throws(ShimError) -> [(Int, Int32)]
  {
    if text.isEmpty { return [(0, 0)] }
    var capacity = max(16, text.count / 4 + 2)
    while true {
      var offsets = [Int32](repeating: 0, count: capacity)
      var statuses = [Int32](repeating: 0, count: withStatus ? capacity : 0)
      var status: Int32 = 0
      let count: Int32 = text.withUnsafeBufferPointer { t in
        offsets.withUnsafeMutableBufferPointer { o in
          statuses.withUnsafeMutableBufferPointer { s in
            qx_icu_breaks(
              kind, locale, t.baseAddress, Int32(t.count), o.baseAddress,
              withStatus ? s.baseAddress : nil, Int32(capacity), &status)
          }
        }
      }
      if count < 0 { throw ShimError.icu(status) }
      if Int(count) > capacity {
        capacity = Int(count)
        continue
      }
      return (0..<Int(count)).map { (Int(offsets[$0]), withStatus ? statuses[$0] : 0) }
    }
  }

  /// The linked ICU version, for diagnostics.
  public static var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    qx_icu_version(&buffer, 32)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
