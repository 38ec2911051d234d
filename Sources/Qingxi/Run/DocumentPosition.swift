/// Where a document starts in a run's inputs. Positions are stable from run to run and ordered as the
/// sequential run writes records, so an executor that works out of order (in parallel) can put outcomes
/// back in order, and a resumed run can tell what is done.
public struct DocumentPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// `InputFile.index` of the input holding the document.
  public var input: Int
  /// 1-based line of a JSON Lines document; 0 for a document that is a whole input.
  public var line: Int
  /// Offset of the document's first byte in the input (after gzip), 0 for a whole input.
  public var offset: Int

  public init(input: Int, line: Int = 0, offset: Int = 0) {
    self.input = input
    self.line = line
    self.offset = offset
  }

  public static func < (a: DocumentPosition, b: DocumentPosition) -> Bool {
    (a.input, a.offset, a.line) < (b.input, b.offset, b.line)
  }

  public var description: String { line > 0 ? "\(input):\(line)@\(offset)" : "\(input)" }
}
