import Foundation

/// Splits the text into words (`tokens`): ICU's dictionary-based word break for Chinese, ICU's word rules
/// for English; punctuation and spaces are not tokens.
///
/// Options: `user_dictionary` names a word list (one word per line, optional frequency; a relative path is
/// read from the pipeline file's folder) whose words are never split (`WordSegmenter` says how overlaps
/// are settled); `merge_entities` lists entity types whose spans become single tokens when an extractor
/// ran before this stage, so `成某`, `南昌市中级人民法院` or `11年6个月` are never cut. Runs on every block,
/// headings included. Example: `判处成某有期徒刑11年6个月` with a person and a prison term extracted →
/// `判处 | 成某 | 有期徒刑11年6个月`.
public struct SplitWords: Stage {
  public static let name = "split-words"
  public static let summary = "words (tokens) by ICU word break, a user dictionary whose words stay whole, and extracted entities kept whole"
  public static let kind = StageKind.annotate
  public static let requires: Set<Capability> = [.blocks]
  public static let produces: Set<Capability> = [.tokens]
  public static let options: [OptionSpec] = [
    OptionSpec(
      "user_dictionary", .path, default: .string(""),
      help: "word list, one word per line with an optional frequency; relative to the pipeline file; empty for none"),
    OptionSpec(
      "merge_entities", .stringList, default: .array(EntityType.allCases.map { .string($0.rawValue) }),
      help: "entity types whose spans are kept as one token (extractors must run before this stage)"),
  ]

  let segmenter: WordSegmenter
  let mergeTypes: Set<EntityType>

  public init(options: StageOptions) throws(OptionError) {
    var dictionary: UserDictionary?
    if let path = options.string("user_dictionary"), !path.isEmpty {
      dictionary = try Self.loadDictionary(path)
    }
    segmenter = WordSegmenter(dictionary: dictionary)
    mergeTypes = Set(options.strings("merge_entities").compactMap(EntityType.init(rawValue:)))
  }

  static func loadDictionary(_ path: String) throws(OptionError) -> UserDictionary {
    let contents: String
    do {
      contents = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw OptionError(key: "user_dictionary", message: "cannot read `\(path)`: \((error as NSError).localizedDescription)")
    }
    do {
      return try UserDictionary(contents: contents, file: path)
    } catch {
      throw OptionError(key: "user_dictionary", message: error.description)
    }
  }

  public func process(_ doc: inout Document) throws(StageError) -> Verdict {
    var segments: [WordSegmenter.Segment]
    do {
      segments = try segmenter.segments(doc.scalars)
    } catch {
      throw StageError(stage: Self.name, reason: "icu word break failed: \(error)")
    }
    let spans = Self.mergedSpans(doc.entities.filter { mergeTypes.contains($0.type) }.map { $0.start..<$0.end })
    if !spans.isEmpty { segments = Self.merge(segments, keepingWhole: spans) }
    doc.tokens = segments.filter(\.isWord).map { Token(start: $0.start, end: $0.end) }
    return .keep
  }

  /// Entity ranges sorted, overlapping ones joined.
  static func mergedSpans(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
      if let last = out.last, r.lowerBound < last.upperBound {
        out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
      } else {
        out.append(r)
      }
    }
    return out
  }

  /// Segments with every span in `spans` (sorted, disjoint) as one word: what lies outside the spans
  /// keeps its segmentation, segments crossing a span's edge are cut there.
  static func merge(_ segments: [WordSegmenter.Segment], keepingWhole spans: [Range<Int>]) -> [WordSegmenter.Segment] {
    var out: [WordSegmenter.Segment] = []
    out.reserveCapacity(segments.count + spans.count)
    var j = 0
    for seg in segments {
      var a = seg.start
      while a < seg.end {
        while j < spans.count, spans[j].upperBound <= a { j += 1 }
        if j < spans.count, spans[j].lowerBound <= a {
          a = min(seg.end, spans[j].upperBound)
          continue
        }
        let stop = j < spans.count ? min(seg.end, spans[j].lowerBound) : seg.end
        out.append(WordSegmenter.Segment(start: a, end: stop, isWord: seg.isWord))
        a = stop
      }
    }
    out.append(contentsOf: spans.map { WordSegmenter.Segment(start: $0.lowerBound, end: $0.upperBound, isWord: true) })
    out.sort { $0.start < $1.start }
    return out
  }
}
