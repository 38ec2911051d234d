/// The character classes every stage shares, one definition each, by scalar (no property lookups on
/// the hot path unless a class says so).
///
/// Where stages need a slightly different set, the variant is its own named class with its members and
/// the reason written down, rather than a private copy that drifts:
/// - spaces: `isInlineSpace` (inside a line), `isLineSpace` (also CR, for trimming lines), `isASCIIBlank`
///   (what `split-blocks` trims: no U+3000 or NBSP, so `ideographic_space: keep` survives), and
///   `isUnicodeWhitespace` (the Unicode property, for court names);
/// - sentence ends: `isSentenceEnd` (Chinese punctuation lines are judged by), `isStop` (what a penalty
///   never spans: also line breaks and ASCII `;`), `isFinalMark` (what ends a hard-wrapped line: also
///   the full stops `.` `．`, no semicolons);
/// - clause punctuation: `isClausePunctuation` and `isClausePunctuationOrColon` (names, list items and
///   label values never contain an ASCII colon either);
/// - closers: `isCloser` (after a final mark, still the end of a line) and `isSentenceCloser` (stays with
///   the sentence it closes: the same without `〉`).
public enum CharClass {
  // MARK: Spaces

  /// Horizontal white space inside a line: space, tab, ideographic space U+3000, no-break space U+00A0.
  @inline(__always)
  public static func isInlineSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}"
  }

  /// What is trimmed from both ends of a line: `isInlineSpace` and a carriage return (CRLF text).
  @inline(__always)
  public static func isLineSpace(_ c: Unicode.Scalar) -> Bool { isInlineSpace(c) || c == "\r" }

  /// ASCII blanks inside a line: space, tab, vertical tab, form feed (not U+3000 or NBSP, which
  /// `normalize-unicode` may have been told to keep as content).
  @inline(__always)
  public static func isASCIIBlank(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\t" || c == "\u{0B}" || c == "\u{0C}"
  }

  /// Unicode `White_Space`, line breaks included (a property lookup: not for hot loops).
  @inline(__always)
  public static func isUnicodeWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

  // MARK: Letters and digits

  /// `A`–`Z`, `a`–`z`.
  @inline(__always)
  public static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
  }

  /// `A`–`Z`.
  @inline(__always)
  public static func isASCIIUpper(_ c: Unicode.Scalar) -> Bool { c.value >= 0x41 && c.value <= 0x5A }

  /// `a`–`z`.
  @inline(__always)
  public static func isASCIILower(_ c: Unicode.Scalar) -> Bool { c.value >= 0x61 && c.value <= 0x7A }

  /// `0`–`9`.
  @inline(__always)
  public static func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  /// An ASCII letter or digit: what an English word boundary is made of.
  @inline(__always)
  public static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool { isASCIILetter(c) || isASCIIDigit(c) }

  /// `0`–`9` and fullwidth `０`–`９`.
  @inline(__always)
  public static func isDecimalDigit(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
  }

  /// The value of an ASCII or fullwidth decimal digit.
  @inline(__always)
  public static func digitValue(_ c: Unicode.Scalar) -> Int? {
    let v = c.value
    if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
    if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
    return nil
  }

  /// The code point with ASCII upper case folded to lower case; every other scalar unchanged.
  @inline(__always)
  public static func asciiLowerValue(_ c: Unicode.Scalar) -> UInt32 {
    (c.value >= 0x41 && c.value <= 0x5A) ? c.value + 32 : c.value
  }

  /// The scalar with ASCII upper case folded to lower case; every other scalar unchanged.
  @inline(__always)
  public static func asciiLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
    (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(UInt8(c.value + 32)) : c
  }

  /// A Han character (`ScriptClass.han`: the CJK ideograph blocks, Extensions, compatibility ideographs, 〇).
  @inline(__always)
  public static func isHan(_ c: Unicode.Scalar) -> Bool { ScriptClass.isHan(c) }

  // MARK: Sentence and clause punctuation

  /// Ends a Chinese sentence or a sentence-like line: `。！？!?；…` (not `.`, which is too often part of a
  /// number, an abbreviation or a domain in the lines this judges).
  @inline(__always)
  public static func isSentenceEnd(_ c: Unicode.Scalar) -> Bool {
    c == "。" || c == "！" || c == "？" || c == "!" || c == "?" || c == "；" || c == "…"
  }

  /// Ends a sentence-like unit a penalty or a count never spans: `isSentenceEnd`, ASCII `;`, and line
  /// breaks `\n` `\r`.
  @inline(__always)
  public static func isStop(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "。", "！", "？", "；", ";", "!", "?", "\n", "\r", "…": return true
    default: return false
    }
  }

  /// Ends a line that a hard wrap did not break: `。！？!?…` and the full stops `.` `．` (no semicolons:
  /// a list item ending in `；` continues).
  @inline(__always)
  public static func isFinalMark(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026, 0x2E, 0xFF0E: return true  // 。！？!?….．
    default: return false
    }
  }

  /// Punctuation found inside sentences but not in labels, captions or headings:
  /// `，。！？；：、,!?;…`.
  @inline(__always)
  public static func isClausePunctuation(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "，", "。", "！", "？", "；", "：", "、", ",", "!", "?", ";", "…": return true
    default: return false
    }
  }

  /// `isClausePunctuation` plus the ASCII colon: punctuation a name, a list item or a label value never
  /// contains.
  @inline(__always)
  public static func isClausePunctuationOrColon(_ c: Unicode.Scalar) -> Bool {
    isClausePunctuation(c) || c == ":"
  }

  /// Whether the scalars contain `isClausePunctuation`.
  public static func hasClausePunctuation<C: Collection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
    s.contains { isClausePunctuation($0) }
  }

  // MARK: Quotes and brackets

  /// A closing quote or bracket that may follow a final mark at a line's end:
  /// `” ’ 」 』 ） ) 》 〉 】 ] 〕 " '`.
  @inline(__always)
  public static func isCloser(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3009, 0x3011, 0x5D, 0x3015, 0x22, 0x27: return true
    default: return false
    }
  }

  /// A closing quote or bracket that stays with the sentence it closes: `isCloser` without `〉`
  /// (single angle brackets close titles inside a sentence, not sentences).
  @inline(__always)
  public static func isSentenceCloser(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "”", "’", "」", "』", "）", ")", "》", "】", "〕", "]", "\"", "'": return true
    default: return false
    }
  }

  /// An opening bracket or quote that starts a sentence: Unicode `Ps` (open punctuation) and `“ ‘ «`
  /// (a property lookup).
  @inline(__always)
  public static func isOpener(_ c: Unicode.Scalar) -> Bool {
    c.properties.generalCategory == .openPunctuation || c == "“" || c == "‘" || c == "«"
  }

  /// A quote that may open a quoted English phrase: `" “ ' ‘ «`.
  @inline(__always)
  public static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "“" || c == "'" || c == "‘" || c == "«"
  }

  /// A quote that may close a quoted English phrase: `" ” ' ’ »`.
  @inline(__always)
  public static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "”" || c == "'" || c == "’" || c == "»"
  }

  /// Quotation and title marks that wrap a name (`“国家安全部”`, `《人民日报》`):
  /// `“ ” " 《 》 「 」 『 』 ‘ ’ 〈 〉`.
  @inline(__always)
  public static func isNameQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "“", "”", "\"", "《", "》", "「", "」", "『", "』", "‘", "’", "〈", "〉": return true
    default: return false
    }
  }

  /// The closing bracket for an opening one, for brackets that wrap a whole line or a tail:
  /// `()` `（）` `[]` `【】` `［］` `〔〕`.
  public static func closing(for c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case "(": ")"
    case "（": "）"
    case "[": "]"
    case "【": "】"
    case "［": "］"
    case "〔": "〕"
    default: nil
    }
  }
}
