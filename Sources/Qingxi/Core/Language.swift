/// A language tag as it appears in the JSON (`lang` fields).
public enum Language: String, Sendable, Codable, CaseIterable {
  case zh, en, mixed
  case undetermined = "und"
}

extension Language {
  /// The language a declared tag names (`zh`, `zh-Hant-TW`, `zh_CN`, `cmn`, `en-US`, `eng`…), or nil for any
  /// other or a malformed one. Only Chinese and English are told apart.
  public init?(declared tag: String) {
    let primary = tag.trimmingWhitespace().lowercased().split { $0 == "-" || $0 == "_" }.first.map(String.init) ?? ""
    switch primary {
    case "zh", "zho", "chi", "cmn", "yue": self = .zh
    case "en", "eng": self = .en
    default: return nil
    }
  }
}
