/// Every Mandarin reading Unihan records for a Han character, as toneless pinyin.
///
/// The data is the union of the Unihan fields `kMandarin`, `kHanyuPinyin` and
/// `kXHC1983` (see `Generators/generate_pinyin_table.py`). Syllables are
/// lowercase ASCII without tones, with ü written as `v` (`lǜ` → `lv`).
/// Polyphones keep all their readings: 长 → `chang`, `zhang`.
///
/// Lookups are a dictionary probe plus a scan of at most a handful of small
/// integers; they do not allocate except where a `[String]` is returned.
public struct PinyinReadings: Sendable {
  /// The process-wide table, parsed from the generated data on first use.
  public static let shared = PinyinReadings(table: PinyinReadings.table)

  /// Syllables in table order (sorted), indexed by syllable id.
  private let syllables: [String]
  /// Syllable packed as ASCII bytes (see `pack`) → syllable id.
  private let syllableIDs: [UInt64: UInt16]
  /// Scalar value → `start << 4 | count` into `readingIDs`.
  private let spans: [UInt32: UInt32]
  /// Syllable ids of all characters, each character's run sorted ascending.
  private let readingIDs: [UInt16]

  /// Parses `syllable<TAB>characters` lines. Malformed lines are skipped.
  init(table: String) {
    var syllables: [String] = []
    syllables.reserveCapacity(512)
    var syllableIDs: [UInt64: UInt16] = [:]
    syllableIDs.reserveCapacity(512)
    // (scalar << 16 | syllable id), one per character–reading pair.
    var pairs: [UInt64] = []
    pairs.reserveCapacity(52_000)

    var name = ""
    var inName = true
    var skipLine = false
    var currentID: UInt64 = 0
    for scalar in table.unicodeScalars {
      if scalar == "\n" {
        inName = true
        skipLine = false
        name = ""
        continue
      }
      if skipLine { continue }
      if inName {
        if scalar == "\t" {
          inName = false
          guard let key = Self.pack(name.utf8), syllableIDs[key] == nil,
            syllables.count < Int(UInt16.max)
          else {
            skipLine = true
            continue
          }
          currentID = UInt64(syllables.count)
          syllableIDs[key] = UInt16(truncatingIfNeeded: syllables.count)
          syllables.append(name)
        } else {
          name.unicodeScalars.append(scalar)
        }
      } else {
        pairs.append(UInt64(scalar.value) << 16 | currentID)
      }
    }

    // Group by scalar; ids within a scalar come out ascending (= alphabetical).
    pairs.sort()
    var spans: [UInt32: UInt32] = [:]
    spans.reserveCapacity(pairs.count)
    var readingIDs: [UInt16] = []
    readingIDs.reserveCapacity(pairs.count)
    var index = 0
    while index < pairs.count {
      let scalarValue = UInt32(truncatingIfNeeded: pairs[index] >> 16)
      let start = readingIDs.count
      var previous: UInt16?
      while index < pairs.count, UInt32(truncatingIfNeeded: pairs[index] >> 16) == scalarValue {
        let id = UInt16(truncatingIfNeeded: pairs[index])
        if id != previous, readingIDs.count - start < 15 {
          readingIDs.append(id)
          previous = id
        }
        index += 1
      }
      spans[scalarValue] = UInt32(start) << 4 | UInt32(readingIDs.count - start)
    }

    self.syllables = syllables
    self.syllableIDs = syllableIDs
    self.spans = spans
    self.readingIDs = readingIDs
  }

  /// Number of characters that have at least one reading.
  public var characterCount: Int { spans.count }

  /// Number of distinct toneless syllables in the table.
  public var syllableCount: Int { syllables.count }

  /// All toneless readings of `scalar`, sorted; empty if Unihan has none.
  ///
  /// ```swift
  /// PinyinReadings.shared.readings(of: "长")  // ["chang", "zhang"]
  /// ```
  public func readings(of scalar: Unicode.Scalar) -> [String] {
    guard let span = spans[scalar.value] else { return [] }
    let start = Int(span >> 4)
    let end = start + Int(span & 0xF)
    return readingIDs[start..<end].map { syllables[Int($0)] }
  }

  /// Whether `syllable` is one of the readings of `scalar`.
  ///
  /// - Parameter syllable: a syllable already in table form, i.e. the output of
  ///   ``normalizeSyllable(_:)`` (`"bao"`, `"lv"`). Other spellings never match.
  public func isReading(_ syllable: String, of scalar: Unicode.Scalar) -> Bool {
    guard let key = Self.pack(syllable.utf8), let id = syllableIDs[key],
      let span = spans[scalar.value]
    else { return false }
    let start = Int(span >> 4)
    let end = start + Int(span & 0xF)
    for index in start..<end where readingIDs[index] == id {
      return true
    }
    return false
  }

  /// Whether `syllable` (lowercase toneless ASCII, ü as `v`) is the reading of some character.
  public func isSyllable<C: Collection<UInt8>>(_ syllable: C) -> Bool {
    guard let key = Self.pack(syllable) else { return false }
    return syllableIDs[key] != nil
  }

  /// Packs 1…8 ASCII bytes into a `UInt64` key; nil if longer, empty or non-ASCII.
  private static func pack<C: Collection<UInt8>>(_ bytes: C) -> UInt64? {
    var key: UInt64 = 0
    var count = 0
    for byte in bytes {
      guard byte < 0x80, count < 8 else { return nil }
      key = key << 8 | UInt64(byte)
      count += 1
    }
    return count == 0 ? nil : key
  }

  // MARK: - Normalization

  /// Turns a pinyin gloss as written into the table's form, or nil if it does not
  /// look like a single pinyin syllable.
  ///
  /// - Lowercases ASCII and fullwidth Latin letters (`BAO`, `ｂａｏ` → `bao`).
  /// - Strips tone marks, precomposed or combining (`bào` → `bao`, `ḿ` → `m`,
  ///   `ế` → `e`); ü, ǖ…ǜ and `u:` become `v` (`lǜ`, `lü`, `lu:` → `lv`).
  /// - Strips one tone digit 0–5 anywhere (`bao4`, `ba4o` → `bao`), ASCII or fullwidth.
  ///
  /// Returns nil for anything else: other characters (`B-sports`, `2023`), two
  /// tone digits or two tone marks, no letters, or more than 6 letters. The
  /// result only has the shape of a syllable (`www` passes); check it with
  /// ``isReading(_:of:)``.
  public static func normalizeSyllable<S: StringProtocol>(_ raw: S) -> String? {
    var packed: UInt64 = 0  // up to 6 ASCII letters, first letter in the high byte
    var count = 0
    var lastByte: UInt8 = 0  // last letter appended, 0 if the previous scalar was not a letter
    var sawDigit = false
    var sawToneMark = false

    for scalar in raw.unicodeScalars {
      let value = scalar.value
      var letter: UInt8 = 0
      var tone = false

      switch value {
      case 0x61...0x7A:  // a-z
        letter = UInt8(truncatingIfNeeded: value)
      case 0x41...0x5A:  // A-Z
        letter = UInt8(truncatingIfNeeded: value + 0x20)
      case 0xFF41...0xFF5A:  // ａ-ｚ
        letter = UInt8(truncatingIfNeeded: value - 0xFF41 + 0x61)
      case 0xFF21...0xFF3A:  // Ａ-Ｚ
        letter = UInt8(truncatingIfNeeded: value - 0xFF21 + 0x61)
      case 0x30...0x35, 0xFF10...0xFF15:  // tone digit 0-5
        guard !sawDigit else { return nil }
        sawDigit = true
        lastByte = 0
        continue
      case 0x3A, 0xFF1A:  // `u:` → v
        guard lastByte == 0x75 else { return nil }
        packed = (packed & ~0xFF) | 0x76
        lastByte = 0
        continue
      case 0x0300, 0x0301, 0x0304, 0x030C:  // combining grave, acute, macron, caron
        guard lastByte != 0, !sawToneMark else { return nil }
        sawToneMark = true
        continue
      case 0x0302:  // combining circumflex: ê
        guard lastByte == 0x65 else { return nil }
        continue
      case 0x0308:  // combining diaeresis: ü
        guard lastByte == 0x75 else { return nil }
        packed = (packed & ~0xFF) | 0x76
        lastByte = 0x76
        continue
      default:
        guard let folded = foldPrecomposed(value) else { return nil }
        letter = folded.letter
        tone = folded.tone
      }

      if tone {
        guard !sawToneMark else { return nil }
        sawToneMark = true
      }
      guard count < 6 else { return nil }
      packed = packed << 8 | UInt64(letter)
      count += 1
      lastByte = letter
    }

    guard count > 0 else { return nil }
    return String(unsafeUninitializedCapacity: count) { buffer in
      for index in 0..<count {
        buffer[index] = UInt8(truncatingIfNeeded: packed >> UInt64(8 * (count - 1 - index)))
      }
      return count
    }
  }

  /// Maps a precomposed pinyin letter to its base ASCII letter (`ü` → `v`) and
  /// whether it carried a tone mark; nil for anything that is not pinyin.
  @inline(__always)
  private static func foldPrecomposed(_ value: UInt32) -> (letter: UInt8, tone: Bool)? {
    switch value {
    // a: ā á ǎ à
    case 0x0101, 0x0100, 0x00E1, 0x00C1, 0x01CE, 0x01CD, 0x00E0, 0x00C0: return (0x61, true)
    // e: ē é ě è, ế ề (ê with tone)
    case 0x0113, 0x0112, 0x00E9, 0x00C9, 0x011B, 0x011A, 0x00E8, 0x00C8,
      0x1EBF, 0x1EBE, 0x1EC1, 0x1EC0:
      return (0x65, true)
    case 0x00EA, 0x00CA: return (0x65, false)  // ê
    // i: ī í ǐ ì
    case 0x012B, 0x012A, 0x00ED, 0x00CD, 0x01D0, 0x01CF, 0x00EC, 0x00CC: return (0x69, true)
    // o: ō ó ǒ ò
    case 0x014D, 0x014C, 0x00F3, 0x00D3, 0x01D2, 0x01D1, 0x00F2, 0x00D2: return (0x6F, true)
    // u: ū ú ǔ ù
    case 0x016B, 0x016A, 0x00FA, 0x00DA, 0x01D4, 0x01D3, 0x00F9, 0x00D9: return (0x75, true)
    // ü: ǖ ǘ ǚ ǜ
    case 0x01D6, 0x01D5, 0x01D8, 0x01D7, 0x01DA, 0x01D9, 0x01DC, 0x01DB: return (0x76, true)
    case 0x00FC, 0x00DC: return (0x76, false)  // ü
    case 0x1E3F, 0x1E3E: return (0x6D, true)  // ḿ
    // n: ń ň ǹ
    case 0x0144, 0x0143, 0x0148, 0x0147, 0x01F9, 0x01F8: return (0x6E, true)
    default: return nil
    }
  }
}
