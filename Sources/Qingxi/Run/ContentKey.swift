import Foundation
import TextSupport

/// The key `--dedupe content` compares: the first 8 bytes of the SHA-256 of a record's text, normalised
/// so that copies differing only in composition or spacing match: Unicode NFC, every run of white space
/// (Unicode `White_Space`, the ideographic space included) made one ASCII space, and the ends trimmed.
/// Case and punctuation are kept: they are content.
///
/// 8 bytes is a 64-bit key: among n distinct texts the chance that any two share a key is about
/// n² / 2⁶⁵ — 3 × 10⁻⁸ for a million records, 3 × 10⁻⁴ for a hundred million. A set of them costs about
/// 16 bytes per record written where a full digest would cost 32 plus overhead.
public enum ContentKey {
  public static func of(_ text: String) -> UInt64 {
    let digest = SHA256.digest(normalized(text))
    var key: UInt64 = 0
    for b in digest.prefix(8) { key = key << 8 | UInt64(b) }
    return key
  }

  /// The normalised text's UTF-8 bytes.
  static func normalized(_ text: String) -> [UInt8] {
    // Only text with a combining mark or a conjoining jamo can change under NFC; the rest (nearly all
    // cleaned text: `normalize-unicode` composes already) skips the Foundation call.
    let needsComposing = text.unicodeScalars.contains {
      $0.properties.canonicalCombiningClass != .notReordered || (0x1100...0x11FF).contains($0.value)
    }
    let composed = needsComposing ? text.precomposedStringWithCanonicalMapping : text
    var out: [UInt8] = []
    out.reserveCapacity(composed.utf8.count)
    var pendingSpace = false
    for scalar in composed.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      UTF8.encode(scalar) { out.append($0) }
    }
    return out
  }
}
