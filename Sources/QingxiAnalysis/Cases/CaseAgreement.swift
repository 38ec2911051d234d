/// Whether two reports of a case can be one case. They disagree when both state a field and the values
/// differ: the court, the date (2023-11 agrees with 2023-11-26, --11-26 with 2023-11-26), the prison term,
/// detention, political rights, fines, confiscations or administrative penalties; charges disagree only
/// when both list some and none is shared (outlets often name one charge of several). They corroborate when
/// at least one penalty is stated by both and equal. Cases merge only when they corroborate and never
/// disagree.
public enum CaseAgreement {
  /// The first field on which `a` and `b` disagree, or nil.
  public static func conflict(_ a: CaseReport, _ b: CaseReport) -> String? {
    // a group record is never one person's case; two groups of different sizes are two groups
    if a.isGroup != b.isGroup { return "group" }
    if let x = a.group?.count, let y = b.group?.count, x != y { return "group" }
    if let x = a.court, let y = b.court, x.nameZh != y.nameZh { return "court" }
    if let x = a.date, let y = b.date, !datesAgree(x, y) { return "date" }
    if let x = a.prisonTerm, let y = b.prisonTerm, x.comparable != y.comparable { return "prison_term" }
    if let x = a.detention, let y = b.detention, x != y { return "detention" }
    if let x = a.politicalRights, let y = b.politicalRights, x != y { return "political_rights" }
    if !a.fines.isEmpty, !b.fines.isEmpty, amounts(a.fines) != amounts(b.fines) { return "fines" }
    if !a.confiscations.isEmpty, !b.confiscations.isEmpty, amounts(a.confiscations) != amounts(b.confiscations) {
      return "confiscations"
    }
    if !a.administrativePenalties.isEmpty, !b.administrativePenalties.isEmpty,
      Set(a.administrativePenalties) != Set(b.administrativePenalties)
    {
      return "administrative_penalties"
    }
    if !a.charges.isEmpty, !b.charges.isEmpty, Set(a.charges).isDisjoint(with: b.charges) { return "charges" }
    return nil
  }

  /// True when a penalty is stated by both and equal.
  public static func corroborates(_ a: CaseReport, _ b: CaseReport) -> Bool {
    if let x = a.prisonTerm, let y = b.prisonTerm, x.comparable == y.comparable { return true }
    if let x = a.detention, let y = b.detention, x == y { return true }
    if let x = a.politicalRights, let y = b.politicalRights, x == y { return true }
    if !a.fines.isEmpty, amounts(a.fines) == amounts(b.fines) { return true }
    if !a.confiscations.isEmpty, amounts(a.confiscations) == amounts(b.confiscations) { return true }
    if !a.administrativePenalties.isEmpty, Set(a.administrativePenalties) == Set(b.administrativePenalties) { return true }
    return false
  }

  /// Dates agree when one is the other made more precise: 2023 ~ 2023-11 ~ 2023-11-26, --11-26 ~ 2023-11-26.
  public static func datesAgree(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    if short.hasPrefix("--") { return long.hasSuffix(short.dropFirst(1)) }
    return long.hasPrefix(short + "-") || long.hasPrefix(short + "T")
  }

  /// The more precise of two agreeing dates (a full date over a month, a dated one over a year-less one).
  static func preciser(_ a: String, _ b: String) -> String {
    if a.hasPrefix("--") != b.hasPrefix("--") { return a.hasPrefix("--") ? b : a }
    return b.count > a.count ? b : a
  }

  struct Amount: Hashable {
    var currency: String
    var amount: Double?
    var min: Double?
    var max: Double?
  }

  static func amounts(_ money: [MoneyRecord]) -> Set<Amount> {
    Set(money.map { Amount(currency: $0.currency, amount: $0.amount, min: $0.min, max: $0.max) })
  }
}
