import Foundation
import TextSupport

/// One `qingxi run`: the files, directories and standard input named, through a pipeline, into a
/// `RunOutput`, with `summary.json` beside file output. The front end only fills this in and prints.
public struct RunJob {
  public var pipeline: Pipeline
  public var inputs: [String]
  /// Which JSON Lines fields hold the content, the id and the facts (`--text-field`, `--html-field`…).
  public var fields = JSONLinesFields.default
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
  /// Which records to skip as duplicates.
  public var dedupe = Dedupe.none
  /// Continue the interrupted run whose manifest is beside the output (a fresh run if there is none).
  public var resume = false
  /// When file outputs commit a chunk (gzip output never commits on time: see `CommitPolicy`).
  public var commitPolicy = CommitPolicy()
  /// What else decides the output and the front end knows (the pipeline file's text): part of the
  /// fingerprint a resumed run must match.
  public var settings: [String] = []
  /// Asked between documents; true stops the run (`RunInterrupted`), committed work kept for `--resume`.
  public var shouldStop: (() -> Bool)?

  public init(pipeline: Pipeline, inputs: [String], output: RunOutput) {
    self.pipeline = pipeline
    self.inputs = inputs
    self.output = output
  }

  /// Runs every input. Throws only when the run itself fails (an output cannot be written) or is stopped
  /// (`RunInterrupted`); rejected inputs are in the summary. File output is committed in chunks with a
  /// manifest (see `RunManifest`) unless standard input is read (it cannot be read again to resume).
  public func execute() throws -> RunSummary {
    guard let manifestPath, let recordsPath = output.recordsPath else { return try executeOnce() }
    let fingerprint = self.fingerprint()
    var resumed: RunManifest?
    if resume, let found = try RunManifest.read(path: manifestPath) {
      guard found.fingerprint == fingerprint else {
        throw OutputError(
          path: manifestPath,
          reason: "cannot resume: the inputs or options differ from the interrupted run's (run with --force, without --resume, to start over)")
      }
      if !found.chunks.isEmpty { resumed = found }
    }
    let last = resumed?.chunks.last
    let recordsFile = try ChunkedFileWriter(path: recordsPath, resumeAt: last.map(\.records.length))
    let rejectsFile: ChunkedFileWriter?
    do {
      rejectsFile = try rejectsPath.map { p throws(OutputError) in try ChunkedFileWriter(path: p, resumeAt: last.map { $0.rejects?.length ?? 0 }) }
      if let resumed { try Self.verify(resumed, records: recordsFile.partialPath, rejects: rejectsFile?.partialPath) }
    } catch {
      if resumed == nil { recordsFile.discard() } else { recordsFile.abandon() }
      throw error
    }
    let gzip = GzipOutput.wanted(for: recordsPath)
    let recordsOut: any CheckpointOutput =
      gzip ? try GzipOutput(recordsFile, continuing: (last?.records.length ?? 0) > 0) as any CheckpointOutput : recordsFile
    let rejectsOut: (any CheckpointOutput)? = try rejectsFile.map { f -> any CheckpointOutput in
      GzipOutput.wanted(for: f.finalPath) ? try GzipOutput(f, continuing: (last?.rejects?.length ?? 0) > 0) : f
    }
    let manifest = try ManifestWriter(
      path: manifestPath, header: resumed == nil ? RunManifest(fingerprint: fingerprint).header() : nil,
      resumeAt: resumed?.validLength)
    var policy = commitPolicy
    if gzip || (rejectsPath.map(GzipOutput.wanted) ?? false) { policy.seconds = nil }
    let checkpoint = RunCheckpoint(records: recordsOut, rejects: rejectsOut, manifest: manifest, policy: policy, resumed: resumed)
    let ledger = RunLedger(dedupe: dedupe, checkpoint: checkpoint, resumed: resumed)
    ledger.shouldStop = shouldStop
    let cursor = last?.cursor ?? RunCursor()
    let stats: RunStats
    do {
      stats = try run(records: recordsOut, rejects: rejectsOut, ledger: ledger, cursor: cursor)
    } catch {
      if checkpoint.hasCommitted {
        manifest.close()
      } else {
        // Nothing committed, nothing to resume: leave nothing behind.
        recordsFile.discard()
        rejectsFile?.discard()
        manifest.remove()
      }
      throw error
    }
    let summary = RunSummary(pipeline: pipeline.name, stats: stats, seconds: checkpoint.seconds)
    try writeSummary(summary)
    manifest.remove()
    return summary
  }

  /// A run that commits once, at the end (standard input, or standard output).
  private func executeOnce() throws -> RunSummary {
    let clock = ContinuousClock()
    let started = clock.now
    let records = try output.recordsOutput()
    let rejects: (any ByteOutput)?
    do {
      rejects = try rejectsPath.map { try RunOutput.file($0) }
    } catch {
      records.abandon()
      throw error
    }
    let ledger = RunLedger(dedupe: dedupe)
    ledger.shouldStop = shouldStop
    let stats = try run(records: records, rejects: rejects, ledger: ledger, cursor: RunCursor())
    let summary = RunSummary(pipeline: pipeline.name, stats: stats, seconds: RunSummary.seconds(clock.now - started))
    try writeSummary(summary)
    return summary
  }

  private func run(records out: any ByteOutput, rejects: (any ByteOutput)?, ledger: RunLedger, cursor: RunCursor) throws -> RunStats {
    let files = FileDocumentSource(
      arguments: inputs, limits: ReadLimits(pipeline: pipeline), fields: fields, excluding: outputIdentities,
      firstInput: cursor.input)
    let observe = onEvent ?? { _ in }
    let sharded = ShardedSource(files, shard: shard?.index ?? 0, of: shard?.count ?? 1)
    var source = ObservedSource(ResumedSource(sharded, after: cursor), observe: observe)
    var records = JSONLinesSink(output: out, keepRemovedText: keepRemovedText)
    var sink = ForwardingRejectSink(file: rejects.map { JSONLinesRejectSink(output: $0) }, onReject: onReject)
    var pool: (any ProcessorPool)?
    if isolation == .process {
      guard var launch = worker else { throw WorkerStartError(reason: "no worker command") }
      launch.setup.keepRemovedText = keepRemovedText
      launch.setup.dedupe = dedupe
      pool = try SupervisedWorkers(
        launch: launch, count: jobs, timeout: timeout, stageNames: pipeline.stages.map { type(of: $0).name })
    }
    defer { pool?.shutdown() }
    return jobs > 1 || pool != nil
      ? try ParallelRunEngine(pipeline: pipeline, jobs: jobs, pool: pool).run(&source, records: &records, rejects: &sink, ledger: ledger)
      : try RunEngine(pipeline: pipeline).run(&source, records: &records, rejects: &sink, ledger: ledger)
  }

  private func writeSummary(_ summary: RunSummary) throws {
    guard let path = output.summaryPath else { return }
    let w = try AtomicFileWriter(path: path)
    try w.write(Array(summary.json().pretty().utf8))
    try w.commit()
  }

  /// Checks every committed chunk of the partial outputs against the manifest's hashes.
  static func verify(_ manifest: RunManifest, records: String, rejects: String?) throws(OutputError) {
    var recordsStart = 0
    var rejectsStart = 0
    for chunk in manifest.chunks {
      if try ChunkedFileWriter.sha256(path: records, from: recordsStart, to: chunk.records.length) != chunk.records.sha256 {
        throw OutputError(path: records, reason: "cannot resume: chunk \(chunk.number) differs from the manifest (the file was changed)")
      }
      recordsStart = chunk.records.length
      if let rejects, let mark = chunk.rejects {
        if try ChunkedFileWriter.sha256(path: rejects, from: rejectsStart, to: mark.length) != mark.sha256 {
          throw OutputError(path: rejects, reason: "cannot resume: chunk \(chunk.number) differs from the manifest (the file was changed)")
        }
        rejectsStart = mark.length
      }
    }
  }
}

extension RunJob {
  /// Every file the run writes: records, summary, rejects, manifest.
  public var outputPaths: [String] { output.paths + (rejectsPath.map { [$0] } ?? []) + (manifestPath.map { [$0] } ?? []) }

  /// The manifest of a run writing files in chunks, or nil (standard output, or standard input read).
  public var manifestPath: String? {
    guard !inputs.contains("-"), output.recordsPath != nil, let summary = output.summaryPath else { return nil }
    return RunManifest.path(forSummary: summary)
  }

  /// Why the run should not start as asked, or nil: a manifest of an interrupted run is there and this
  /// run neither resumes it nor is forced to start over.
  public func interruptedRun() -> String? {
    guard !resume, let path = manifestPath, FileManager.default.fileExists(atPath: path) else { return nil }
    return "an interrupted run left \(path): continue it with --resume, or start over with --force"
  }

  /// What the output depends on, hashed: the options, the front end's settings, and every input file's
  /// path, size and modification time, in walk order. A resumed run must have the same.
  public func fingerprint() -> String {
    var lines = [
      "qingxi run fingerprint 1", "pipeline \(pipeline.name)", "removed-text \(keepRemovedText)", "dedupe \(dedupe.rawValue)",
      "shard \(shard.map { "\($0.index)/\($0.count)" } ?? "-")", "rejects \(rejectsPath ?? "-")",
      "fields \(String(describing: fields))",
    ]
    lines += output.paths.map { "output \($0)" }
    lines += settings.map { "setting \($0)" }
    var walk = InputWalk(arguments: inputs, excluding: outputIdentities)
    while let item = walk.next() {
      switch item {
      case .file(let f):
        var st = stat()
        let known = stat(f.path, &st) == 0
        lines.append("input \(f.index) \(f.path) \(known ? Int(st.st_size) : -1) \(known ? Int(st.st_mtim.tv_sec) : -1)")
      case .failure(let f, let index):
        lines.append("failed \(index) \(f.input)")
      }
    }
    return SHA256.hex(Array(lines.joined(separator: "\n").utf8))
  }

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

  /// Duplicates are listed in the file, but are not rejections to report.
  mutating func skip(_ skipped: Rejection) throws { try file?.reject(skipped) }

  mutating func commit() throws { try file?.commit() }
  mutating func abandon() { file?.abandon() }
}
