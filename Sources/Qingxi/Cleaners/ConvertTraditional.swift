import TextSupport

/// Converts Traditional Chinese characters to Simplified with ICU's `Traditional-Simplified`
/// transliterator. Off by default: switch it on for pages from Hong Kong, Macao and Taiwan.
///
/// The conversion is a substitution, not a removal, so nothing is added to `removed`; the stage records
/// that it ran, and how many characters it changed, in `meta.converted_traditional`. Example: `國家安全機關`
/// → `国家安全机关`. Characters are converted one to one, so offsets keep their meaning.
public struct ConvertTraditional: TextCleaner {
  public static let name = "convert-traditional"
  public static let summary = "Traditional to Simplified Chinese (ICU Traditional-Simplified); off by default"
  public static let options = [OptionSpec("enabled", .bool, default: .bool(false), help: "run the conversion")]

  let transliterator: Transliterator?

  public init(options: StageOptions) throws(OptionError) {
    guard options.bool("enabled") else {
      transliterator = nil
      return
    }
    do {
      transliterator = try Transliterator("Traditional-Simplified")
    } catch {
      throw OptionError(key: "enabled", message: "icu cannot open Traditional-Simplified: \(error)")
    }
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    guard let transliterator else { return [] }
    let s = doc.scalars
    var edits: [TextEdit] = []
    // Convert Han runs only: the rest never changes, and short runs keep the lock time small.
    var i = 0
    while i < s.count {
      guard ScriptClass.of(s[i]) == .han else {
        i += 1
        continue
      }
      var j = i + 1
      while j < s.count, ScriptClass.of(s[j]) == .han { j += 1 }
      let run = s.string(i..<j)
      if let converted = try? transliterator.transliterate(run), converted != run {
        let out = Array(converted.unicodeScalars)
        if out.count == j - i {
          // Record character-level substitutions so unchanged characters keep their own origins.
          for k in 0..<out.count where out[k] != s[i + k] {
            edits.append(TextEdit(range: (i + k)..<(i + k + 1), replacement: [out[k]], rule: Self.name, kind: nil))
          }
        } else {
          edits.append(TextEdit(range: i..<j, replacement: out, rule: Self.name, kind: nil))
        }
      }
      i = j
    }
    doc.meta["converted_traditional"] = .int(edits.count)
    return edits
  }
}
