/// An annotate stage that finds entities: it returns spans and typed values, and the plumbing builds the
/// entities (text sliced from the document) and adds them in text order, dropping exact duplicates.
///
/// Extractors run after `split-sentences` on frozen text, over `extractionUnits` (sentences and
/// non-paragraph blocks); an entity never crosses a unit. They may read entities earlier extractors
/// found (the case linker reads everything), but never change them. Most extractors read one unit at a
/// time: they conform to `UnitExtractor`. Those that carry state across units (person ids, the year of
/// the last date) implement `candidates(in:)` for the whole document.
public protocol EntityExtractor: Stage {
  /// What the extractor found in `doc`, in any order; ranges are scalar offsets into `doc.text`.
  func candidates(in doc: Document) -> [EntityCandidate]
}

extension EntityExtractor {
  public static var kind: StageKind { .annotate }
  public static var requires: Set<Capability> { [.sentences] }
  public static var produces: Set<Capability> { [.entities] }

  /// The entities found in `doc`, each with `text == doc.text(in: start..<end)`.
  public func entities(in doc: Document) -> [Entity] {
    candidates(in: doc).map { doc.entity($0.range, $0.value) }
  }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    doc.add(entities: entities(in: doc))
    return .keep
  }
}

/// How an extractor settles candidates of one unit that overlap.
public enum OverlapPolicy: Sendable {
  /// Keep every candidate, as found (the extractor settles overlaps while scanning, if it must).
  case keepAll
  /// Keep the longest of overlapping candidates (the earlier found on a tie), in text order
  /// (`PenaltyScan.longestNonOverlapping`).
  case longestFirst
}

/// One unit of text an extractor reads: a sentence, or a heading, caption or list block.
public struct ExtractionUnit: Sendable {
  /// The whole cleaned text as scalars, Traditional characters folded to Simplified for matching
  /// (`Document.matchScalars`; offsets count in it and in `text` alike).
  public let scalars: [Unicode.Scalar]
  /// The unit's range in `scalars`.
  public let range: Range<Int>
  /// The text's scalars as written (Traditional kept), for values that quote the text.
  public let written: [Unicode.Scalar]

  public init(scalars: [Unicode.Scalar], range: Range<Int>, written: [Unicode.Scalar]? = nil) {
    self.scalars = scalars
    self.range = range
    self.written = written ?? scalars
  }

  /// The text of `r` as written (scalar offsets into `scalars`).
  public func text(in r: Range<Int>) -> String { String(scalars: written[r]) }
}

/// An extractor that reads one unit at a time: it only finds spans and values in a unit; the base
/// iterates `extractionUnits`, settles overlaps by `overlaps`, and builds the entities.
public protocol UnitExtractor: EntityExtractor {
  /// How overlapping candidates of one unit are settled (default `keepAll`).
  static var overlaps: OverlapPolicy { get }
  /// The spans and values found in `unit`, every range inside `unit.range`.
  func candidates(in unit: ExtractionUnit) -> [EntityCandidate]
}

extension UnitExtractor {
  public static var overlaps: OverlapPolicy { .keepAll }

  public func candidates(in doc: Document) -> [EntityCandidate] {
    // Traditional characters folded to Simplified for matching (offsets unchanged; entity texts are sliced
    // from the document as written)
    let s = doc.matchScalars
    let written = doc.scalars
    var out: [EntityCandidate] = []
    for range in doc.extractionUnits {
      let found = candidates(in: ExtractionUnit(scalars: s, range: range, written: written))
      switch Self.overlaps {
      case .keepAll: out.append(contentsOf: found)
      case .longestFirst:
        for f in PenaltyScan.longestNonOverlapping(found.map { (range: $0.range, value: $0.value) }) {
          out.append(EntityCandidate(f.range, f.value))
        }
      }
    }
    return out
  }
}

extension Document {
  /// Adds entities, keeping `entities` sorted by start, then end, then type; exact duplicates are dropped.
  public mutating func add(entities new: [Entity]) {
    if new.isEmpty { return }
    // `entities` is kept in this order, so only the new ones are sorted (stably, as the whole list was)
    // and then merged in, an old entity first on a tie: the same list as sorting old + new, in linear time.
    var added = new
    added.sort(by: Self.entityOrder)
    let old = entities
    var out: [Entity] = []
    out.reserveCapacity(old.count + added.count)
    var i = 0
    var j = 0
    while i < old.count || j < added.count {
      let e: Entity
      if j == added.count || (i < old.count && !Self.entityOrder(added[j], old[i])) {
        // A list set out of order (a caller assigning `entities`) breaks the merge: sort it all then.
        if i > 0, Self.entityOrder(old[i], old[i - 1]) { return addSorting(new) }
        e = old[i]
        i += 1
      } else {
        e = added[j]
        j += 1
      }
      // Equal entities have equal spans: compare the (cheap) offsets before the texts and values.
      if let last = out.last, last.start == e.start, last.end == e.end, last == e { continue }
      out.append(e)
    }
    entities = out
  }

  /// Text order: start, then end, then type name.
  @inline(__always)
  static func entityOrder(_ a: Entity, _ b: Entity) -> Bool {
    if a.start != b.start { return a.start < b.start }
    if a.end != b.end { return a.end < b.end }
    return a.type.rawValue < b.type.rawValue
  }

  /// `add(entities:)` by sorting old and new together.
  private mutating func addSorting(_ new: [Entity]) {
    var all = entities + new
    all.sort(by: Self.entityOrder)
    var out: [Entity] = []
    out.reserveCapacity(all.count)
    for e in all where out.last != e { out.append(e) }
    entities = out
  }

  /// An entity over `range` of the cleaned text, its `text` sliced from the document.
  public func entity(_ range: Range<Int>, _ value: EntityValue) -> Entity {
    Entity(text: text(in: range), start: range.lowerBound, end: range.upperBound, value: value)
  }

  /// Where extractors look: every sentence, and every heading, caption or list block as one unit of its
  /// own (a headline such as "April 15 this year" or 国家安全部公布段某案 names entities too), in text order.
  /// Both lists are already sorted, so this is one merge.
  public var extractionUnits: [Range<Int>] {
    var units: [Range<Int>] = []
    units.reserveCapacity(sentences.count + blocks.count / 4)
    var k = 0
    for block in blocks where block.kind != .paragraph {
      while k < sentences.count, sentences[k].start < block.start {
        units.append(sentences[k].range)
        k += 1
      }
      units.append(block.range)
    }
    while k < sentences.count {
      units.append(sentences[k].range)
      k += 1
    }
    return units
  }

  /// The entities of one type, with their indices in `entities`.
  public func entities(of type: EntityType) -> [(index: Int, entity: Entity)] {
    entities.enumerated().filter { $0.element.type == type }.map { (index: $0.offset, entity: $0.element) }
  }
}
