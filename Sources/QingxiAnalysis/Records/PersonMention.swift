import Qingxi

/// A `person` entity's value with the mention's text.
public struct PersonMention: Sendable, Hashable {
  /// The mention as written (成某, Ye Moumou, 廖春生).
  public var text: String
  public var anonymized: Bool
  /// The Chinese surname (成, 欧阳), nil for an English mention not linked to a Chinese one.
  public var surname: String?
  /// The surname's pinyin, lower case (cheng).
  public var pinyin: String?
  public var personId: String?

  public init(text: String, anonymized: Bool, surname: String?, pinyin: String?, personId: String?) {
    self.text = text
    self.anonymized = anonymized
    self.surname = surname
    self.pinyin = pinyin?.lowercased()
    self.personId = personId
  }

  public init(text: String, json: JSONValue) {
    self.init(
      text: text, anonymized: json.bool("anonymized") ?? false, surname: json.string("surname"),
      pinyin: json.string("pinyin"), personId: json.string("person_id"))
  }
}
