/// The proceeding that gave a sentence, when the text says: `first` (一审, 原判, 初审, "at first instance",
/// "initially sentenced"), `appeal` (二审, 终审, 改判, "on appeal"), `retrial` (重审, 再审, "retrial") or
/// `review` (核准, 复核: the Supreme People's Court's review of a death sentence).
public enum CourtInstance: String, Sendable, Hashable, CaseIterable {
  case first, appeal, retrial, review
}

/// A prison term with the proceeding that gave it (nil when the text does not say).
public struct InstanceTerm: Sendable, Hashable {
  public var term: PrisonTermValue
  public var instance: CourtInstance?

  public init(term: PrisonTermValue, instance: CourtInstance?) {
    self.term = term
    self.instance = instance
  }
}
