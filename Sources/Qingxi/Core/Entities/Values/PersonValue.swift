/// A named or anonymized person (`extract-persons`).
public struct PersonValue: Sendable, Hashable {
  /// True for 成某, 叶某某, 小李, Ye Moumou and a bare surname used as a name (Cheng).
  public var anonymized: Bool
  /// The Chinese surname (成, 欧阳); for an English mention, the surname of the Chinese mention it is
  /// linked to, else nil.
  public var surname: String?
  /// The surname's pinyin, lower case, no tones (cheng, ouyang).
  public var pinyin: String?
  /// p1, p2, … in order of first mention; all mentions of one person share it.
  public var personID: String

  public init(anonymized: Bool, surname: String?, pinyin: String?, personID: String) {
    self.anonymized = anonymized
    self.surname = surname
    self.pinyin = pinyin
    self.personID = personID
  }
}
