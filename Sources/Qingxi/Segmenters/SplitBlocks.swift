/// Lays the cleaned text out as blocks separated by one blank line, and freezes it.
///
/// In `line` mode (the default, right for scraped pages where a line break ends a paragraph) every
/// non-blank line is a block; in `paragraph` mode consecutive non-blank lines form one block. Spaces and
/// tabs at the ends of lines are trimmed and runs of blank lines collapse; that white space is layout, not
/// content, so it is not listed in `removed`. Example: `"  标题\n\n\n正文。 \n"` → `"标题\n\n正文。"` with
/// blocks 0..<2 and 4..<7.
public struct SplitBlocks: Stage {
  public static let name = "split-blocks"
  public static let summary = "lay the text out as blocks (one per line, or per paragraph) and freeze it"
  public static let kind = StageKind.layout
  public static let options = [
    OptionSpec("mode", .string, default: .string("line"), help: "what makes a block", choices: ["line", "paragraph"])
  ]
  public static let produces: Set<Capability> = [.blocks]

  let paragraphMode: Bool

  public init(options: StageOptions) {
    paragraphMode = options.string("mode") == "paragraph"
  }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    let s = doc.scalars
    // Lines as content ranges (trimmed of ASCII blanks only); nil stands for a blank line.
    let lines = s.lines(trimming: CharClass.isASCIIBlank).map { $0.isBlank ? nil : $0.content }
    // Group lines into blocks.
    var groups: [[Range<Int>]] = []
    var current: [Range<Int>] = []
    for line in lines {
      if let line {
        if paragraphMode {
          current.append(line)
        } else {
          groups.append([line])
        }
      } else if !current.isEmpty {
        groups.append(current)
        current = []
      }
    }
    if !current.isEmpty { groups.append(current) }
    if groups.isEmpty { return .drop(reason: "no text left after cleaning") }

    // Edits: everything between kept line contents becomes "\n" (inside a block) or "\n\n" (between blocks).
    var edits: [TextEdit] = []
    var previousEnd = 0
    var first = true
    for group in groups {
      for (k, line) in group.enumerated() {
        let separator: [Unicode.Scalar] = first ? [] : (k == 0 ? ["\n", "\n"] : ["\n"])
        let gap = previousEnd..<line.lowerBound
        if Array(s[gap]) != separator {
          edits.append(TextEdit(range: gap, replacement: separator, rule: Self.name, kind: nil))
        }
        previousEnd = line.upperBound
        first = false
      }
    }
    if previousEnd < s.count {
      edits.append(TextEdit(range: previousEnd..<s.count, rule: Self.name, kind: nil))
    }
    try doc.apply(edits, stage: Self.name)
    doc.freezeText()

    // Blocks of the laid-out text: split at "\n\n".
    let t = doc.scalars
    var blocks: [Block] = []
    var start = 0
    var i = 0
    while i <= t.count {
      if i == t.count || (t[i] == "\n" && i + 1 < t.count && t[i + 1] == "\n") {
        blocks.append(Block(start: start, end: i, kind: .paragraph))
        start = i + 2
        i += 2
        continue
      }
      i += 1
    }
    doc.blocks = blocks
    return .keep
  }
}
