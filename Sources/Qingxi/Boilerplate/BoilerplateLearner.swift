/// Learns a `BoilerplateTable` from documents: for each host (`BoilerplateHost`), the number of distinct
/// documents each line (`LineKey`) occurs in; lines in at least `minDocuments` documents and at least
/// `minShare` of the host's documents are boilerplate.
///
/// Documents are first run through `prefix`, the stages a pipeline runs before `drop-learned-boilerplate`
/// (see `prefix(of:)`), so lines are counted as the stage will see them. A document counts once per line
/// however often the line repeats in it; a document whose set of lines equals one already counted for its
/// host (the same page fetched twice, or with only its numbers changed) is not counted again, so duplicate
/// pages do not turn an article into "boilerplate".
///
/// Memory is bounded whatever the number of documents: per host a `HeavyHitters` summary of at most
/// `2 × capacity` line counts (a dictionary entry of tens of bytes each: ~300 KB at most for a busy host with
/// the default 4096, far less for a host with few distinct lines), plus one fixed Bloom filter of document fingerprints for the duplicate check
/// (`duplicateFilterBytes`, 16 MB: under 1% false "duplicate" verdicts up to ~10 million documents; a false
/// verdict only leaves one document uncounted). Counts are exact while a host has fewer than `2 × capacity`
/// distinct lines; beyond, a line's count may be low by at most (the host's line occurrences)/(capacity+1),
/// which makes the table conservative, never wrong the other way.
public struct BoilerplateLearner {
  public struct Options: Sendable, Equatable {
    /// A line must occur in at least this many documents of its host…
    public var minDocuments = 5
    /// …and in at least this share of them.
    public var minShare = 0.3
    /// Longest line counted, in scalars.
    public var maxLineScalars = LineKey.defaultMaxScalars
    /// Line counts kept per host (see the type's note).
    public var capacity = 4096
    /// Size of the duplicate-document filter.
    public var duplicateFilterBytes = 16 << 20

    public init() {}
  }

  /// Counts for one host.
  struct HostCounts {
    var documents = 0
    var lines: HeavyHitters
  }

  public let options: Options
  let prefix: Pipeline
  private var hosts: [String: HostCounts] = [:]
  private var seen: BloomFilter
  /// Documents read, counted (not duplicates), and skipped as duplicates or rejected by the prefix.
  public internal(set) var documentsRead = 0
  public private(set) var documentsCounted = 0
  public private(set) var duplicates = 0
  public internal(set) var rejected = 0
  /// Inputs or lines that could not be read as documents.
  public internal(set) var unreadable = 0

  /// `prefix` is the pipeline to run each document through before counting (`prefix(of:)`).
  public init(prefix: Pipeline, options: Options = Options()) {
    self.prefix = prefix
    self.options = options
    seen = BloomFilter(bytes: options.duplicateFilterBytes)
  }

  /// The stages of `pipeline` that run before `drop-learned-boilerplate`; for a pipeline without that
  /// stage, the ones before where `Pipelines/nightly.yaml` puts it (before `drop-boilerplate`), else all
  /// of its decode and clean stages.
  public static func prefix(of pipeline: Pipeline) -> Pipeline {
    let stages = pipeline.stages
    let end =
      stages.firstIndex { $0.name == DropLearnedBoilerplate.name }
      ?? stages.firstIndex { $0.name == DropLearnedBoilerplate.runsBefore }
      ?? stages.firstIndex { type(of: $0).kind > .clean } ?? stages.count
    return Pipeline(name: pipeline.name + " (up to \(DropLearnedBoilerplate.name))", stages: Array(stages[..<end]))
  }

  /// Counts one input document (raw bytes or decoded text, as a source gives it).
  public mutating func add(_ doc: Document) {
    documentsRead += 1
    record(prefix.run(doc))
  }

  mutating func record(_ outcomes: [Pipeline.Outcome]) {
    for outcome in outcomes {
      switch outcome {
      case .written(let d): count(d)
      case .rejected: rejected += 1
      }
    }
  }

  /// Counts a document that has been through the prefix already.
  mutating func count(_ doc: Document) {
    let host = BoilerplateHost.key(for: doc)
    let s = doc.scalars
    var keys: Set<UInt64> = []
    for line in s.lines() where !line.isBlank {
      if let h = LineKey.hash(s, line.content, maxScalars: options.maxLineScalars) { keys.insert(h) }
    }
    let sorted = keys.sorted()
    // The fingerprint: the host and the document's sorted line keys.
    var fp = Fingerprint()
    fp.add(host.utf8)
    for k in sorted { fp.add(k) }
    if !sorted.isEmpty, seen.insert(fp.value) == false {
      duplicates += 1
      return
    }
    documentsCounted += 1
    var counts = hosts[host] ?? HostCounts(lines: HeavyHitters(capacity: options.capacity))
    hosts[host] = nil  // counted in place, without a copy of the summary
    counts.documents += 1
    for k in sorted { counts.lines.add(k) }
    hosts[host] = counts
  }

  /// The lines that passed both thresholds, per host (hosts with none are left out).
  public func table() -> BoilerplateTable {
    var out: [String: BoilerplateTable.Host] = [:]
    for (name, host) in hosts {
      let need = max(options.minDocuments, Int((options.minShare * Double(host.documents)).rounded(.up)))
      let lines = host.lines.counts.filter { $0.value >= need }
      if !lines.isEmpty { out[name] = BoilerplateTable.Host(documents: host.documents, lines: lines) }
    }
    return BoilerplateTable(
      hosts: out, minDocuments: options.minDocuments, minShare: options.minShare, maxLineScalars: options.maxLineScalars)
  }

  /// Hosts seen, with their distinct documents.
  public var hostDocuments: [String: Int] { hosts.mapValues(\.documents) }
}

/// FNV-1a over bytes and 64-bit words.
struct Fingerprint {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
    for b in bytes {
      value ^= UInt64(b)
      value = value &* 0x0000_0100_0000_01B3
    }
  }

  mutating func add(_ word: UInt64) {
    var w = word
    for _ in 0..<8 {
      value ^= w & 0xFF
      value = value &* 0x0000_0100_0000_01B3
      w >>= 8
    }
  }
}

/// A fixed-size Bloom filter of 64-bit fingerprints (four probes from two halves of a mixed value).
struct BloomFilter {
  private var bits: [UInt64]

  init(bytes: Int) {
    bits = Array(repeating: 0, count: max(1, bytes / 8))
  }

  /// Adds `value`; false if it was (probably) there already.
  mutating func insert(_ value: UInt64) -> Bool {
    var x = value ^ (value >> 33)
    x = x &* 0xff51_afd7_ed55_8ccd
    x ^= x >> 33
    x = x &* 0xc4ce_b9fe_1a85_ec53
    x ^= x >> 33
    let h1 = x & 0xFFFF_FFFF
    let h2 = (x >> 32) | 1
    let m = UInt64(bits.count) * 64
    var present = true
    for i in 0..<4 as Range<UInt64> {
      let bit = (h1 &+ i &* h2) % m
      let word = Int(bit / 64)
      let mask: UInt64 = 1 << (bit % 64)
      if bits[word] & mask == 0 {
        present = false
        bits[word] |= mask
      }
    }
    return !present
  }
}
