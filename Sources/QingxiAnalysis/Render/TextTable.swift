/// A table for the terminal: a header row and rows of cells, columns padded to the widest cell (counting
/// wide CJK characters as two columns), the first column left-aligned and the others right-aligned (numbers)
/// unless listed in `leftAligned`.
public struct TextTable {
  public var header: [String]
  public var rows: [[String]] = []
  public var leftAligned: Set<Int> = [0]

  public init(_ header: [String]) { self.header = header }

  public mutating func add(_ row: [String]) { rows.append(row) }

  public func render(indent: String = "") -> String {
    let all = [header] + rows
    let columns = all.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
    var out = ""
    for row in all {
      var line = indent
      for i in 0..<columns {
        let cell = i < row.count ? row[i] : ""
        let pad = String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
        if i > 0 { line += "  " }
        line += leftAligned.contains(i) ? cell + pad : pad + cell
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}
