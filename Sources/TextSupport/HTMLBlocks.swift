import CXMLShim

/// Element codes of the HTML block seam (the C side's `QX_TAG_*`).
public enum HTMLTag: UInt8, Sendable, CaseIterable {
  case other = 0
  case p, div, h1, h2, h3, h4, h5, h6
  case li, dt, dd, ul, ol, dl
  case table, tr, td, th, caption
  case pre, blockquote, figure, figcaption
  case article, main, nav, aside, footer, header
  case section, form, body, a, span, address, center
  case button, label, time, strong, em, img

  /// Heading level 1…6, or nil.
  public var headingLevel: Int? {
    switch self {
    case .h1: 1
    case .h2: 2
    case .h3: 3
    case .h4: 4
    case .h5: 5
    case .h6: 6
    default: nil
    }
  }
}

/// What a block sits in (the union over its ancestors), as the C side's `QX_IN_*` bits.
public struct HTMLFlags: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }
  public static let article = HTMLFlags(rawValue: 1 << 0)
  public static let main = HTMLFlags(rawValue: 1 << 1)
  public static let nav = HTMLFlags(rawValue: 1 << 2)
  public static let aside = HTMLFlags(rawValue: 1 << 3)
  public static let footer = HTMLFlags(rawValue: 1 << 4)
  public static let header = HTMLFlags(rawValue: 1 << 5)
  public static let figure = HTMLFlags(rawValue: 1 << 6)
  public static let figcaption = HTMLFlags(rawValue: 1 << 7)
  public static let form = HTMLFlags(rawValue: 1 << 8)
  public static let list = HTMLFlags(rawValue: 1 << 9)
  public static let table = HTMLFlags(rawValue: 1 << 10)
  public static let blockquote = HTMLFlags(rawValue: 1 << 11)
  public static let pre = HTMLFlags(rawValue: 1 << 12)
  public static let articleBody = HTMLFlags(rawValue: 1 << 13)
  public static let heading = HTMLFlags(rawValue: 1 << 14)
  public static let address = HTMLFlags(rawValue: 1 << 15)
  public static let button = HTMLFlags(rawValue: 1 << 16)
  public static let startsInLink = HTMLFlags(rawValue: 1 << 17)
  public static let afterBreak = HTMLFlags(rawValue: 1 << 18)
}

/// An HTML page as blocks of visible text with layout features, from libxml2's HTML parser.
///
/// `text` holds the blocks one per line (`\n` between blocks, none inside one; the short cells of a table
/// row share a line, a tab between them): white space collapsed as a
/// browser does, `<br>` and block-level elements starting a new block; script, style, template, hidden
/// elements (`hidden`, `aria-hidden="true"`, `display:none`) and comments never reach it.
public struct HTMLPage: Sendable {
  /// The longest table cell (in scalars) that shares its row's line.
  public static let maxRowCell: UInt32 = 60
  public struct Block: Sendable, Equatable {
    /// Scalar range of the block in `text`.
    public var range: Range<Int>
    /// The block-level element holding the block (index into `elements`).
    public var element: Int
    public var kind: HTMLTag
    public var flags: HTMLFlags
    public var depth: Int
    /// Scalars inside `<a href>`.
    public var linkScalars: Int
    /// Sum of the class/id hints of the element and its ancestors.
    public var hint: Int
  }

  public struct Element: Sendable, Equatable {
    /// Parent index, -1 for the root (index 0).
    public var parent: Int
    public var tag: HTMLTag
    /// Class/id hint of this element alone: 1 content-like words, -1 boilerplate-like words, -2 a subtree
    /// unlikely to hold the article (`comment`, `sidebar`, `menu`… and no content word), else 0.
    public var hint: Int
    public var depth: Int
    public var flags: HTMLFlags
  }

  /// Number of element codes on the C side (`QX_TAG_COUNT`), to check `HTMLTag` against.
  static let tagCodeCount = Int(QX_TAG_COUNT)

  public var text: String
  public var blocks: [Block]
  public var elements: [Element]
  /// Facts in page order: `title`, `meta:<name or property>`, `canonical`, `lang`, `charset`, `ld+json`,
  /// `time`, `time:pubdate`.
  public var facts: [(key: String, value: String)]

  /// Why a page was refused.
  public enum Failure: Error, Sendable, Equatable {
    case tooDeep(limit: Int)
    case tooLarge(limit: Int)
    case outOfMemory
    case unparsable
  }

  /// Parses UTF-8 HTML bytes. Elements nested deeper than `maxDepth`, or more than `maxBytes` of input,
  /// make the page refused.
  public static func parse(utf8 bytes: [UInt8], maxDepth: Int = 1000, maxBytes: Int = 64 << 20) throws(Failure)
    -> HTMLPage
  {
    var page = bytes.withUnsafeBufferPointer { b in
      b.withMemoryRebound(to: CChar.self) { c in
        qx_xml_html_blocks(c.baseAddress, c.count, Int32(clamping: maxDepth), maxBytes)
      }
    }
    defer { qx_xml_page_free(&page) }
    switch Int(page.status) {
    case QX_XML_BLOCKS_OK: break
    case QX_XML_BLOCKS_TOO_DEEP: throw .tooDeep(limit: maxDepth)
    case QX_XML_BLOCKS_TOO_LARGE: throw .tooLarge(limit: maxBytes)
    case QX_XML_BLOCKS_NO_MEMORY: throw .outOfMemory
    default: throw .unparsable
    }
    let raw = UnsafeBufferPointer(start: page.blocks, count: page.blocks == nil ? 0 : page.block_count)
    let textBytes = UnsafeRawBufferPointer(start: page.text, count: page.text == nil ? 0 : page.text_bytes)
    let rawElements = UnsafeBufferPointer(start: page.elements, count: page.elements == nil ? 0 : page.element_count)
    // Join the blocks with line feeds; the short cells of one table row with tabs, so that a row of
    // figures is one line (`1\tKyle Busch\t5040`), as a reader sees it. A long cell (a layout table's
    // column) stays a line of its own.
    func rowOf(_ b: qx_xml_block) -> Int32? {
      guard b.kind == HTMLTag.td.rawValue || b.kind == HTMLTag.th.rawValue, b.scalars <= Self.maxRowCell,
        b.element >= 0, Int(b.element) < rawElements.count
      else { return nil }
      return rawElements[Int(b.element)].parent
    }
    var lastRow: Int32?
    var joined: [UInt8] = []
    joined.reserveCapacity(textBytes.count + raw.count)
    var blocks: [Block] = []
    blocks.reserveCapacity(raw.count)
    var offset = 0
    for b in raw {
      let start = Int(b.text_start)
      let end = min(start + Int(b.text_bytes), textBytes.count)
      guard start < end else { continue }
      let row = rowOf(b)
      if !blocks.isEmpty {
        joined.append(row != nil && row == lastRow ? 0x09 : 0x0A)
        offset += 1
      }
      lastRow = row
      joined.append(contentsOf: textBytes[start..<end])
      let count = Int(b.scalars)
      blocks.append(
        Block(
          range: offset..<(offset + count), element: Int(b.element), kind: HTMLTag(rawValue: b.kind) ?? .other,
          flags: HTMLFlags(rawValue: b.flags), depth: Int(b.depth), linkScalars: Int(b.link_scalars),
          hint: Int(b.hint)))
      offset += count
    }
    var text = String(decoding: joined, as: UTF8.self)
    if text.unicodeScalars.count != offset {
      // Invalid UTF-8 from the parser was repaired: recount each block.
      (text, blocks) = recount(blocks: blocks, joined: joined)
    }
    let elements = rawElements.map {
      Element(
        parent: Int($0.parent), tag: HTMLTag(rawValue: $0.tag) ?? .other, hint: Int($0.hint), depth: Int($0.depth),
        flags: HTMLFlags(rawValue: $0.flags))
    }
    let strings = UnsafeRawBufferPointer(start: page.strings, count: page.strings == nil ? 0 : page.strings_bytes)
    let rawFacts = UnsafeBufferPointer(start: page.facts, count: page.facts == nil ? 0 : page.fact_count)
    var facts: [(key: String, value: String)] = []
    for f in rawFacts {
      func slice(_ start: UInt32, _ n: UInt32) -> String {
        let lo = min(Int(start), strings.count)
        let hi = min(lo + Int(n), strings.count)
        return String(decoding: strings[lo..<hi], as: UTF8.self)
      }
      facts.append((slice(f.key_start, f.key_bytes), slice(f.value_start, f.value_bytes)))
    }
    return HTMLPage(text: text, blocks: blocks, elements: elements, facts: facts)
  }

  private static func recount(blocks: [Block], joined: [UInt8]) -> (String, [Block]) {
    var out = blocks
    var text = ""
    var byteStart = 0
    var offset = 0
    for i in out.indices {
      // Each block's bytes end at the next line feed or cell tab (blocks hold neither).
      let end = joined[byteStart...].firstIndex(where: { $0 == 0x0A || $0 == 0x09 }) ?? joined.count
      let piece = String(decoding: joined[byteStart..<end], as: UTF8.self)
      let n = piece.unicodeScalars.count
      out[i].range = offset..<(offset + n)
      out[i].linkScalars = min(out[i].linkScalars, n)
      offset += n + 1
      text += piece
      if i + 1 < out.count { text += end < joined.count && joined[end] == 0x09 ? "\t" : "\n" }
      byteStart = min(end + 1, joined.count)
    }
    return (text, out)
  }
}
