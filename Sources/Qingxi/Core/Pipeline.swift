/// Stages in order, validated when built. Running a pipeline over one document is a pure function of that
/// document, so callers may run documents in any order or in parallel.
public struct Pipeline: Sendable {
  public let name: String
  public let stages: [any Stage]

  /// Builds a pipeline from stage instances; `PipelineBuilder` builds one from YAML with checks.
  public init(name: String, stages: [any Stage]) {
    self.name = name
    self.stages = stages
  }

  /// The result of running one input document.
  public enum Outcome: Sendable {
    case written(Document)
    case rejected(id: String, stage: String, reason: String)
  }

  /// Runs every stage over `doc` (and over each part, if a stage splits it). `willRun` is told the index
  /// of each stage as it starts (a worker process publishes it, so that its supervisor can name the stage
  /// a crash or a hang happened in).
  public func run(_ doc: consuming Document, timings: inout StageTimings, willRun: ((Int) -> Void)? = nil) -> [Outcome] {
    run(doc, from: 0, timings: &timings, willRun: willRun)
  }

  public func run(_ doc: consuming Document) -> [Outcome] {
    var t = StageTimings(enabled: false)
    return run(doc, from: 0, timings: &t, willRun: nil)
  }

  private func run(_ input: consuming Document, from first: Int, timings: inout StageTimings, willRun: ((Int) -> Void)?) -> [Outcome] {
    var doc = input
    var index = first
    while index < stages.count {
      let stage = stages[index]
      willRun?(index)
      let start = timings.enabled ? ContinuousClock.now : nil
      let verdict: Verdict
      do {
        verdict = try stage.process(&doc)
      } catch {
        return [.rejected(id: doc.id, stage: error.stage, reason: error.reason)]
      }
      if let start { timings.add(stage.name, ContinuousClock.now - start) }
      switch verdict {
      case .keep:
        index += 1
      case .drop(let reason):
        return [.rejected(id: doc.id, stage: stage.name, reason: reason)]
      case .split(let parts):
        return parts.flatMap { run($0, from: index + 1, timings: &timings, willRun: willRun) }
      }
    }
    return [.written(doc)]
  }
}

/// Time spent in each stage, summed over documents (for benchmarks and `--timings`).
public struct StageTimings: Sendable, Equatable {
  public let enabled: Bool
  public private(set) var totals: [String: Duration] = [:]
  public private(set) var order: [String] = []

  public init(enabled: Bool) { self.enabled = enabled }

  mutating func add(_ stage: String, _ d: Duration) {
    if totals[stage] == nil { order.append(stage) }
    totals[stage, default: .zero] += d
  }

  public mutating func merge(_ other: StageTimings) {
    for name in other.order { add(name, other.totals[name] ?? .zero) }
  }
}
