/// What the mentions of one case say about the person, for deciding whether two reports name the same
/// person: Chinese surnames, their pinyin, and what follows the surname when it tells people apart — a real
/// given name (春生, Chunsheng) or a distinguishing mask (某甲, 某1, Moujia). A plain mask (某, 某某, Moumou) or
/// a bare surname (Cheng) says nothing beyond the surname, so 叶某某 ~ Ye Moumou ~ 叶某 and 成某 ~ Cheng.
public struct PersonKey: Sendable, Hashable {
  public var surnames: Set<String> = []
  public var pinyins: Set<String> = []
  /// Han text after the surname that tells people apart.
  public var hanGiven: Set<String> = []
  /// Latin text after the surname that tells people apart, lower case.
  public var latinGiven: Set<String> = []

  public init(surnames: Set<String> = [], pinyins: Set<String> = [], hanGiven: Set<String> = [], latinGiven: Set<String> = []) {
    self.surnames = surnames
    self.pinyins = pinyins
    self.hanGiven = hanGiven
    self.latinGiven = latinGiven
  }

  /// The key of a person from their mentions.
  public init(mentions: [PersonMention]) {
    for m in mentions {
      if let s = m.surname, !s.isEmpty { surnames.insert(s) }
      if let p = m.pinyin, !p.isEmpty { pinyins.insert(p) }
      if let given = PersonKey.hanGiven(of: m) { hanGiven.insert(given) }
      if let given = PersonKey.latinGiven(of: m) { latinGiven.insert(given) }
    }
  }

  /// The bucket cases are compared in: the surname's pinyin, else the surname; nil when neither is known
  /// (such a case is never merged).
  public var bucket: String? { pinyins.min() ?? surnames.min() }

  /// True when the two share a surname or its pinyin and nothing stated on either side tells them apart.
  public func isCompatible(with other: PersonKey) -> Bool {
    guard bucket != nil, other.bucket != nil else { return false }
    func agree(_ a: Set<String>, _ b: Set<String>) -> Bool { a.isEmpty || b.isEmpty || !a.isDisjoint(with: b) }
    let shared = !pinyins.isDisjoint(with: other.pinyins) || !surnames.isDisjoint(with: other.surnames)
    return shared && agree(pinyins, other.pinyins) && agree(surnames, other.surnames)
      && agree(hanGiven, other.hanGiven) && agree(latinGiven, other.latinGiven)
  }

  /// Plain masks: they hide the given name without telling anyone apart.
  static let plainHanMasks: Set<String> = ["某", "某某", "X", "XX", "x", "xx", "*", "**", "×", "××"]
  static let plainLatinMasks: Set<String> = ["mou", "moumou", "x", "xx"]

  static func hanGiven(of m: PersonMention) -> String? {
    guard let surname = m.surname, !surname.isEmpty, m.text.hasPrefix(surname) else { return nil }
    let rest = String(m.text.dropFirst(surname.count))
    guard !rest.isEmpty, rest.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
    return plainHanMasks.contains(rest) ? nil : rest
  }

  static func latinGiven(of m: PersonMention) -> String? {
    guard let pinyin = m.pinyin, !pinyin.isEmpty, m.text.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
    let words = m.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).map(String.init)
    guard let at = words.firstIndex(of: pinyin) else { return nil }
    var rest = words
    rest.remove(at: at)
    let given = rest.joined()
    return given.isEmpty || plainLatinMasks.contains(given) ? nil : given
  }
}
