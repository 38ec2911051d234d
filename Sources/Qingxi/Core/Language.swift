/// A language tag as it appears in the JSON (`lang` fields).
public enum Language: String, Sendable, Codable, CaseIterable {
  case zh, en, mixed
  case undetermined = "und"
}
