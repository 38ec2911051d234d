import TextSupport

/// The block structure of an HTML page, kept on the document by `decode` so that
/// `drop-html-boilerplate` can tell the article from the page around it.
///
/// Each block is one line of the raw text (`Document.raw`); its `range` is a scalar range of `raw`.
public struct HTMLLayout: Sendable {
  public var blocks: [HTMLPage.Block]
  public var elements: [HTMLPage.Element]

  public init(blocks: [HTMLPage.Block], elements: [HTMLPage.Element]) {
    self.blocks = blocks
    self.elements = elements
  }
}
