import Foundation

/// One `qingxi run`: the files, directories and standard input named, through a pipeline, into a
/// `RunOutput`, with `summary.json` beside file output. The front end only fills this in and prints.
public struct RunJob {
  public var pipeline: Pipeline
  public var inputs: [String]
  public var output: RunOutput
  /// False writes `removed[].text` as null.
  public var keepRemovedText = true
  /// A file to write every rejection to as JSON Lines, if any.
  public var rejectsPath: String?
  /// Worker threads running the pipeline; 1 runs on the calling thread. Output is the same for any value.
  public var jobs = 1
  /// `--shard K/N` as (K-1, N): only that shard of the documents; nil for all.
  public var shard: (index: Int, count: Int)?
  /// Where documents are processed: on threads of this process, or in supervised worker processes
  /// (`worker` says how to start one), which a crash or a hang costs only the document.
  public var isolation = Isolation.thread
  /// How to start a worker process (needed for `.process`).
  public var worker: WorkerLaunch?
  /// With worker processes: the most a document may take (nil: no limit).
  public var timeout: Duration?
  /// Shown each event as it is read (progress).
  public var onEvent: ((SourceEvent) -> Void)?
  /// Called with each rejection as it happens (progress, logging).
  public var onReject: ((Rejection) -> Void)?

  public init(pipeline: Pipeline, inputs: [String], output: RunOutput) {
    self.pipeline = pipeline
    self.inputs = inputs
    self.output = output
  }

  /// Runs every input. Throws only when the run itself fails (an output cannot be written); rejected
  /// inputs are in the summary.
  public func execute() throws -> RunSummary {
    let clock = ContinuousClock()
    let started = clock.now
    var pool: (any ProcessorPool)?
    if isolation == .process {
      guard var launch = worker else { throw WorkerStartError(reason: "no worker command") }
      launch.setup.keepRemovedText = keepRemovedText
      pool = try SupervisedWorkers(
        launch: launch, count: jobs, timeout: timeout, stageNames: pipeline.stages.map { type(of: $0).name })
    }
    defer { pool?.shutdown() }
    let files = FileDocumentSource(arguments: inputs, limits: ReadLimits(pipeline: pipeline), excluding: outputIdentities)
    let observe = onEvent ?? { _ in }
    var source = ObservedSource(ShardedSource(files, shard: shard?.index ?? 0, of: shard?.count ?? 1), observe: observe)
    var records = JSONLinesSink(output: try output.recordsOutput(), keepRemovedText: keepRemovedText)
    var rejects = ForwardingRejectSink(file: nil, onReject: onReject)
    do {
      rejects.file = try rejectsPath.map { JSONLinesRejectSink(output: try RunOutput.file($0)) }
    } catch {
      records.abandon()
      throw error
    }
    let stats =
      jobs > 1 || pool != nil
      ? try ParallelRunEngine(pipeline: pipeline, jobs: jobs, pool: pool).run(&source, records: &records, rejects: &rejects)
      : try RunEngine(pipeline: pipeline).run(&source, records: &records, rejects: &rejects)
    let elapsed = clock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let summary = RunSummary(pipeline: pipeline.name, stats: stats, seconds: seconds)
    if let path = output.summaryPath {
      let w = try AtomicFileWriter(path: path)
      try w.write(Array(summary.json().pretty().utf8))
      try w.commit()
    }
    return summary
  }
}

extension RunJob {
  /// Every file the run writes: records, summary, rejects.
  public var outputPaths: [String] { output.paths + (rejectsPath.map { [$0] } ?? []) }

  /// The outputs that exist already: never read as input, even when written into the input tree.
  var outputIdentities: Set<InputWalk.Identity> {
    Set(outputPaths.compactMap { InputWalk.Identity(path: $0) })
  }

  /// Why writing the outputs would be unsafe, or nil: an output that is one of the inputs, or lies in an
  /// input directory (a later run would read it back). `--force` skips this check; the run still never
  /// reads its own outputs.
  public func unsafeOutput() -> String? {
    let inputDirs = inputs.filter { $0 != "-" }.compactMap { arg -> (String, String)? in
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: arg, isDirectory: &isDir), isDir.boolValue else { return nil }
      return (arg, Self.canonical(arg))
    }
    let inputFiles = Set(inputs.filter { $0 != "-" }.compactMap { InputWalk.Identity(path: $0) })
    for out in outputPaths {
      if let id = InputWalk.Identity(path: out), inputFiles.contains(id) {
        return "the output \(out) is an input; it would be overwritten (use --force to allow)"
      }
      let path = Self.canonical(out)
      for (arg, dir) in inputDirs where path.hasPrefix(dir == "/" ? "/" : dir + "/") {
        return "the output \(out) is inside the input directory \(arg); a later run would read it as input (use --force to allow)"
      }
    }
    return nil
  }

  /// The absolute path with links resolved, for the longest part that exists; the rest appended.
  static func canonical(_ path: String) -> String {
    var head = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var tail: [String] = []
    while !head.isEmpty, head != "/" {
      if let real = realpath(head, nil) {
        defer { free(real) }
        let base = String(cString: real)
        return tail.isEmpty ? base : (base == "/" ? "" : base) + "/" + tail.reversed().joined(separator: "/")
      }
      tail.append((head as NSString).lastPathComponent)
      head = (head as NSString).deletingLastPathComponent
    }
    return "/" + tail.reversed().joined(separator: "/")
  }
}

/// Hands each rejection to the caller's callback and to the rejects file, if any.
private struct ForwardingRejectSink: RejectSink {
  var file: JSONLinesRejectSink?
  let onReject: ((Rejection) -> Void)?

  mutating func reject(_ rejection: Rejection) throws {
    onReject?(rejection)
    try file?.reject(rejection)
  }

  mutating func commit() throws { try file?.commit() }
  mutating func abandon() { file?.abandon() }
}
