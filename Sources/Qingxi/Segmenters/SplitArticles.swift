/// Splits a page that carries several articles into one record per article.
///
/// The border signal is the one news pages give when they glue stories together: an article ends with a
/// source tail (`据央视新闻客户端`, removed by `drop-bylines`, which leaves a `SourceTail` on the document)
/// and the next block is a headline. Each article becomes its own document: id `<page id>#N`, `article: {index, count}`,
/// its own title and `meta.source_name` (the outlet of its own tail), and the removals that fall inside its part of
/// the raw page (removal offsets still count in the page's raw text). Example (seed 000): three articles, split after `…进行举报。据央视新闻客户端` and
/// after `据央视新闻微信公众号`.
public struct SplitArticles: Stage {
  public static let name = "split-articles"
  public static let summary = "split pages holding several articles at source tails followed by a headline"
  public static let kind = StageKind.split
  public static let options = [OptionSpec.enabled()]
  public static let requires: Set<Capability> = [.blocks]
  public static let produces: Set<Capability> = [.blocks]

  let enabled: Bool

  public init(options: StageOptions) { enabled = options.bool("enabled") }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    guard enabled, doc.blocks.count > 2 else { return .keep }
    // Block indices at which a new article starts.
    var starts: [Int] = []
    for tail in doc.sourceTails {
      let p = doc.clean.position(ofRaw: tail.rawEnd)
      guard let next = doc.blocks.firstIndex(where: { $0.start >= p }), next > 0 else { continue }
      // The tail must close the block before `next` (nothing but layout between them) and a headline follow.
      guard doc.blocks[next - 1].end <= p, doc.blocks[next].kind == .heading, next + 1 < doc.blocks.count else { continue }
      if !starts.contains(next) { starts.append(next) }
    }
    guard !starts.isEmpty else { return .keep }
    starts.sort()
    let bounds = [0] + starts + [doc.blocks.count]
    let count = bounds.count - 1
    var parts: [Document] = []
    for k in 0..<count {
      let blocks = bounds[k]..<bounds[k + 1]
      let rawStart = k == 0 ? 0 : Int(doc.clean.origins[doc.blocks[bounds[k]].start])
      let rawEnd = k + 1 == count ? Int.max : Int(doc.clean.origins[doc.blocks[bounds[k + 1]].start])
      var part = doc.part(blocks: blocks, index: k + 1, count: count, rawExtent: rawStart..<rawEnd)
      if let first = part.blocks.first, first.kind == .heading { part.title = part.text(in: first.range) }
      // Each article names its own source: the tail that ended it (an article without one names none).
      part.meta["source_name"] = nil
      part.meta["source_names"] = nil
      for tail in part.sourceTails {
        if let name = tail.outlet { part.recordSource(name) }
      }
      parts.append(part)
    }
    return .split(parts)
  }
}
