/// A source tail a cleaner removed (`据央视新闻客户端` ending an article): where it was in the raw text and
/// the outlet it names. `split-articles` cuts a page after a tail that closes a block when a headline
/// follows, and names each article's source from its own tails; nothing re-reads the removal text.
public struct SourceTail: Sendable, Hashable {
  /// The removed tail, in Unicode scalar offsets into `Document.raw`, end exclusive.
  public var rawStart: Int
  public var rawEnd: Int
  /// The outlet named after 据 (quotes and spaces dropped, channel cut: 央视新闻客户端 → 央视新闻); nil
  /// when it names none worth keeping.
  public var outlet: String?

  public init(rawStart: Int, rawEnd: Int, outlet: String?) {
    self.rawStart = rawStart
    self.rawEnd = rawEnd
    self.outlet = outlet
  }
}
