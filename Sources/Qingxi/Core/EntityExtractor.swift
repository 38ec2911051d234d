/// An annotate stage that finds entities: it only returns what it found, and the plumbing adds the
/// entities to the document in text order.
///
/// Extractors run after `split-sentences` on frozen text, over `extractionUnits` (sentences and
/// non-paragraph blocks); an entity never crosses a unit. They may read entities earlier extractors
/// found (the money extractor looks at charges around it, the case linker at everything), but never
/// change them.
public protocol EntityExtractor: Stage {
  /// The entities found in `doc`, in any order. Each must satisfy `text == doc.text(in: start..<end)`.
  func entities(in doc: Document) -> [Entity]
}

extension EntityExtractor {
  public static var kind: StageKind { .annotate }
  public static var requires: Set<Capability> { [.sentences] }
  public static var produces: Set<Capability> { [.entities] }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    doc.add(entities: entities(in: doc))
    return .keep
  }
}

extension Document {
  /// Adds entities, keeping `entities` sorted by start, then end, then type; exact duplicates are dropped.
  public mutating func add(entities new: [Entity]) {
    if new.isEmpty { return }
    var all = entities + new
    all.sort { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
    var out: [Entity] = []
    out.reserveCapacity(all.count)
    for e in all where out.last != e { out.append(e) }
    entities = out
  }

  /// An entity over `range` of the cleaned text, its `text` sliced from the document.
  public func entity(_ type: EntityType, _ range: Range<Int>, value: JSONValue) -> Entity {
    Entity(type: type.rawValue, text: text(in: range), start: range.lowerBound, end: range.upperBound, value: value)
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
    entities.enumerated().filter { $0.element.type == type.rawValue }.map { (index: $0.offset, entity: $0.element) }
  }
}

/// The entity types of the JSON contract; each `value` shape is fixed by the JSON Schema.
public enum EntityType: String, Sendable, CaseIterable {
  case person, court
  case prisonTerm = "prison_term"
  case detention
  case politicalRights = "political_rights"
  case warning, money, date, charge
  case secretCount = "secret_count"
  case law, org, contact
}
