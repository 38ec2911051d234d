/// Text under cleaning: its scalars, and for each scalar the offset in the raw text it came from, so a
/// removal made by any cleaner, however late, is reported at its place in the raw input.
public struct CleanText: Sendable, Equatable {
  public private(set) var scalars: [Unicode.Scalar]
  /// `origins[i]` is the raw scalar offset of `scalars[i]`; one extra entry holds the raw length.
  /// Scalars a cleaner inserted carry the origin of the text they replaced.
  public private(set) var origins: [Int32]
  /// The raw text's scalars, kept to report removed text exactly as it was in the input.
  public private(set) var rawScalars: [Unicode.Scalar]
  /// Raw ranges already reported as removed, sorted; later removals never report them again.
  private var removedRaw: [Range<Int>] = []

  public init() {
    scalars = []
    origins = [0]
    rawScalars = []
  }

  public init(raw: String) {
    let s = Array(raw.unicodeScalars)
    scalars = s
    rawScalars = s
    origins = (0...s.count).map { Int32($0) }
  }

  public var count: Int { scalars.count }

  public var string: String { String(scalars: scalars[...]) }

  public func substring(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

  /// The raw range a range of the current text came from.
  public func rawRange(of range: Range<Int>) -> Range<Int> {
    if range.isEmpty {
      let o = Int(origins[range.lowerBound])
      return o..<o
    }
    // Inserted scalars share origins, so take the extremes over the whole range.
    var lo = Int.max
    var hi = Int.min
    for i in range {
      lo = min(lo, Int(origins[i]))
      hi = max(hi, Int(origins[i]) + 1)
    }
    return lo..<min(hi, rawScalars.count)
  }

  /// The raw text a range of the current text stands for — from its first scalar's origin up to the next
  /// kept scalar's — less what earlier removals already reported, as contiguous pieces. A line removed
  /// after a gloss inside it was removed (`编辑 陈(chen)艳婷`) is reported as `编辑 陈` and `艳婷`, so
  /// removals never overlap.
  func unreportedRaw(of range: Range<Int>) -> [Range<Int>] {
    let lo = Int(origins[range.lowerBound])
    let hi = max(lo, Int(origins[range.upperBound]))
    guard lo < hi else { return [] }
    var pieces: [Range<Int>] = []
    var cursor = lo
    // First reported range that may overlap [lo, hi).
    var k = firstReported(endingAfter: lo)
    while k < removedRaw.count, removedRaw[k].lowerBound < hi {
      let done = removedRaw[k]
      if done.lowerBound > cursor { pieces.append(cursor..<done.lowerBound) }
      cursor = max(cursor, done.upperBound)
      k += 1
    }
    if cursor < hi { pieces.append(cursor..<hi) }
    return pieces
  }

  private func firstReported(endingAfter offset: Int) -> Int {
    removedRaw.firstIndex(sortedBy: { $0.upperBound > offset })
  }

  private mutating func markReported(_ piece: Range<Int>) {
    let k = firstReported(endingAfter: piece.lowerBound)
    removedRaw.insert(piece, at: k)
  }

  /// Applies edits (ranges in the current text), recording each recorded one as a `Removal`.
  /// Edits must not overlap; they may come in any order. Returns the removals in text order.
  @discardableResult
  public mutating func apply(_ edits: [TextEdit]) throws(CleanTextError) -> [Removal] {
    if edits.isEmpty { return [] }
    let sorted = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    var removals: [Removal] = []
    var newScalars: [Unicode.Scalar] = []
    var newOrigins: [Int32] = []
    newScalars.reserveCapacity(scalars.count)
    newOrigins.reserveCapacity(scalars.count + 1)
    var cursor = 0
    for edit in sorted {
      let r = edit.range
      guard r.lowerBound >= cursor, r.upperBound <= scalars.count else {
        throw CleanTextError.overlappingEdits(rule: edit.rule, at: r.lowerBound)
      }
      newScalars.append(contentsOf: scalars[cursor..<r.lowerBound])
      newOrigins.append(contentsOf: origins[cursor..<r.lowerBound])
      let origin = origins[r.lowerBound]
      for scalar in edit.replacement {
        newScalars.append(scalar)
        newOrigins.append(origin)
      }
      if let kind = edit.kind, !r.isEmpty {
        for piece in unreportedRaw(of: r) {
          removals.append(
            Removal(
              kind: kind, rule: edit.rule, text: String(scalars: rawScalars[piece]), rawStart: piece.lowerBound,
              rawEnd: piece.upperBound, reason: edit.reason))
          markReported(piece)
        }
      }
      cursor = r.upperBound
    }
    newScalars.append(contentsOf: scalars[cursor...])
    newOrigins.append(contentsOf: origins[cursor...])
    scalars = newScalars
    origins = newOrigins
    return removals
  }
}

/// One change a cleaner asks for, in offsets of the text as that cleaner saw it.
public struct TextEdit: Sendable, Equatable {
  public var range: Range<Int>
  /// What replaces the range; empty for a plain removal.
  public var replacement: [Unicode.Scalar]
  /// The rule asking for it (reported in `removed[].rule`).
  public var rule: String
  /// The kind of noise (`removed[].kind`); nil for layout changes that are not removals (whitespace
  /// canonicalization, width folding), which are not recorded.
  public var kind: String?
  /// The deciding features, reported as `removed[].reason` (nil: none given).
  public var reason: String?

  public init(range: Range<Int>, replacement: [Unicode.Scalar] = [], rule: String, kind: String?, reason: String? = nil) {
    self.range = range
    self.replacement = replacement
    self.rule = rule
    self.kind = kind
    self.reason = reason
  }

  /// A recorded removal of `range`.
  public static func remove(_ range: Range<Int>, rule: String, kind: String, reason: String? = nil) -> TextEdit {
    TextEdit(range: range, rule: rule, kind: kind, reason: reason)
  }
}

public enum CleanTextError: Error, Equatable, CustomStringConvertible {
  case overlappingEdits(rule: String, at: Int)
  public var description: String {
    switch self {
    case .overlappingEdits(let rule, let at):
      return "rule \(rule) asked for overlapping edits at scalar \(at)"
    }
  }
}

extension CleanText {
  /// The part of the text in `range`, keeping each scalar's raw origin (the raw text is shared).
  public func slice(_ range: Range<Int>) -> CleanText {
    var part = self
    part.scalars = Array(scalars[range])
    part.origins = Array(origins[range]) + [range.upperBound < origins.count - 1 ? origins[range.upperBound] : origins[origins.count - 1]]
    return part
  }

  /// The position in the current text of the first scalar that came from at or after `rawOffset`.
  public func position(ofRaw rawOffset: Int) -> Int {
    // Only the scalars' origins, not the end sentinel, are searched.
    origins[0..<scalars.count].firstIndex(sortedBy: { Int($0) >= rawOffset })
  }
}

extension RandomAccessCollection where Index == Int {
  /// Binary search: the first index whose element satisfies `isAtOrAfter`, given that the predicate is
  /// false for a prefix of the collection and true for the rest (`endIndex` if it is never true).
  func firstIndex(sortedBy isAtOrAfter: (Element) -> Bool) -> Int {
    var lo = startIndex
    var hi = endIndex
    while lo < hi {
      let mid = (lo + hi) / 2
      if isAtOrAfter(self[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
