/// A law or regulation (`extract-laws`).
public struct LawValue: Sendable, Hashable {
  /// The title as written, without 《》.
  public var title: String
  /// Full Chinese title (中华人民共和国密码法) when known.
  public var titleZh: String?

  public init(title: String, titleZh: String?) {
    self.title = title
    self.titleZh = titleZh
  }
}
