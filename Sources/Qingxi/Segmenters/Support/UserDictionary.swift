/// A user dictionary for word segmentation: words that must come out whole.
///
/// The file is plain UTF-8 text, one word per line, optionally followed by white space and a frequency
/// (`国家安全机关 1200`); blank lines and lines starting with `#` are ignored. Words are stored in a trie
/// keyed by (node, scalar), so finding every dictionary word starting at a position costs one hash lookup
/// per scalar and stops at the first scalar no word continues with.
public struct UserDictionary: Sendable {
  /// Child node for `(node << 21) | scalar` (scalars fit in 21 bits).
  private var children: [UInt64: Int32] = [:]
  /// Frequency of the word ending at each node; 0 where no word ends; `defaultFrequency` when unspecified.
  private var frequency: [Double] = [0]
  public private(set) var count = 0
  /// The longest word, in scalars.
  public private(set) var maxLength = 0

  public static let defaultFrequency = 1.0

  public init() {}

  /// Reads the file format above; `file` names it in errors.
  public init(contents: String, file: String) throws(DictionaryError) {
    var lineNumber = 0
    for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" })
      guard let first = fields.first, !first.hasPrefix("#") else { continue }
      var freq = Self.defaultFrequency
      if fields.count >= 2 {
        guard let f = Double(fields[1]), f > 0 else {
          throw DictionaryError(file: file, line: lineNumber, message: "frequency `\(fields[1])` is not a positive number")
        }
        freq = f
      }
      insert(String(first), frequency: freq)
    }
  }

  /// Adds a word (a later entry replaces an earlier one's frequency).
  public mutating func insert(_ word: String, frequency f: Double = defaultFrequency) {
    var node: Int32 = 0
    var length = 0
    for c in word.unicodeScalars {
      let key = UInt64(node) << 21 | UInt64(c.value)
      if let next = children[key] {
        node = next
      } else {
        let next = Int32(frequency.count)
        frequency.append(0)
        children[key] = next
        node = next
      }
      length += 1
    }
    guard length > 0 else { return }
    if frequency[Int(node)] == 0 { count += 1 }
    frequency[Int(node)] = f
    maxLength = max(maxLength, length)
  }

  public func contains(_ word: String) -> Bool {
    var node: Int32 = 0
    for c in word.unicodeScalars {
      guard let next = children[UInt64(node) << 21 | UInt64(c.value)] else { return false }
      node = next
    }
    return frequency[Int(node)] > 0
  }

  /// Calls `body(end, frequency)` for every dictionary word `s[start..<end]` with `end <= limit`, shortest first.
  @inline(__always)
  func forEachWord(in s: [Unicode.Scalar], from start: Int, limit: Int, _ body: (Int, Double) -> Void) {
    var node: Int32 = 0
    var i = start
    while i < limit, let next = children[UInt64(node) << 21 | UInt64(s[i].value)] {
      node = next
      i += 1
      let f = frequency[Int(node)]
      if f > 0 { body(i, f) }
    }
  }
}

/// A user dictionary file that cannot be read.
public struct DictionaryError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var message: String
  public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
