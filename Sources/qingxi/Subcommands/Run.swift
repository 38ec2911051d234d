import ArgumentParser
import Foundation
import Logging
import Qingxi

extension Isolation: ExpressibleByArgument {}

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a pipeline over inputs and write one JSON record per document.",
    discussion: """
      INPUT is a file, a directory (read recursively, files sorted by path; names starting with `.` are
      skipped) or `-` for standard input. Formats: plain text (.txt), JSON Lines (.jsonl: one object per line
      with `text` and optional `id`; other fields go to `meta`), HTML (.html), and gzip of any (.gz);
      other names are sniffed from their first bytes. JSON Lines fields `title`, `published`, `url` and
      `lang` are also used as the record's title, publication date (anchoring relative dates), source.url
      and language hint; --text-field, --html-field, --id-field and --title-field etc. name other fields.

      Output is JSON Lines: to a file, into a directory as documents.jsonl, or to standard output with `-`
      (the default). Files are written under a hidden name in committed chunks, with a manifest beside them
      (NAME.manifest.jsonl), and renamed when complete; an interrupted run (a kill, SIGINT, SIGTERM) is
      continued with --resume. A summary goes to standard error and, for file output, to summary.json beside
      the output (documents.jsonl) or NAME.summary.json (any other file name).

      Exit status: 0 all written; 3 finished but some inputs rejected; 2 usage or pipeline error; 1 the run
      failed; 130/143 stopped by SIGINT/SIGTERM (resumable).
      """)

  @Option(name: .long, help: ArgumentHelp("Pipeline YAML file (default: the built-in default pipeline).", valueName: "file"))
  var pipeline: String?

  @Option(name: [.short, .long], help: ArgumentHelp("Output file, directory (ends in / or exists), or - for stdout.", valueName: "path"))
  var output: String = "-"

  @Flag(inversion: .prefixedNo, help: "Keep the removed text in `removed[].text` (offsets are always kept).")
  var removedText = true

  @Flag(help: "Print time spent per stage to standard error.")
  var timings = false

  @Option(name: .long, help: ArgumentHelp("Also write each rejection as a JSON line (input, id, stage, reason) to this file.", valueName: "file"))
  var rejects: String?

  @Flag(name: .shortAndLong, help: "Print each rejected input as it happens.")
  var verbose = false

  @Option(name: [.short, .long], help: ArgumentHelp("Documents processed at once (default: the number of cores). Output is identical for any N.", valueName: "N"))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: ArgumentHelp("Where documents are processed: `process` (default: supervised worker processes; a document that crashes or runs past --timeout is rejected and the run goes on) or `thread` (in this process: a crash ends the run).", valueName: "process|thread"))
  var isolation: Isolation = .process

  @Option(help: ArgumentHelp("Most seconds a document may take with worker processes; 0 for no limit (default: 60).", valueName: "seconds"))
  var timeout: Double?

  @Option(help: ArgumentHelp("Process only shard K of N (1 ≤ K ≤ N), chosen by a stable hash of each document's path and line; the N shards together are one run.", valueName: "K/N"))
  var shard: String?

  @Flag(name: .shortAndLong, help: "No progress line on standard error (the summary is still printed).")
  var quiet = false

  @Flag(help: "Write even when an output is an input or lies inside an input directory, or start over when an interrupted run left a manifest.")
  var force = false

  @OptionGroup(title: "JSON Lines fields")
  var fieldOptions: InputFieldOptions

  @Flag(help: "Continue the interrupted run whose manifest is beside the output (same inputs and options); without a manifest, run from the start.")
  var resume = false

  @Option(help: ArgumentHelp("Skip records whose id (id) or normalised text (content) was written before; none writes all and reports repeated ids.", valueName: "none|id|content"))
  var dedupe: String = "none"

  @Option(help: ArgumentHelp("Commit file output every N documents (also every 16 MB, and every 10 s unless gzip).", valueName: "N"))
  var commitEvery: Int = 1000

  @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
  var inputs: [String]

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one input (a file, a directory, or -)") }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if commitEvery < 1 { throw ValidationError("--commit-every must be at least 1") }
    if Dedupe(rawValue: dedupe) == nil { throw ValidationError("--dedupe wants none, id or content, not \(dedupe)") }
    if resume && force { throw ValidationError("give --resume or --force, not both") }
    if resume && inputs.contains("-") { throw ValidationError("--resume cannot read standard input (-) again") }
    if resume && output == "-" { throw ValidationError("--resume needs file output (-o FILE or DIR/): standard output cannot be taken back") }
    if let timeout, !(timeout >= 0 && timeout <= 1e9) { throw ValidationError("--timeout wants seconds, 0 or more, not \(timeout)") }
    if timeout != nil, isolation == .thread { throw ValidationError("--timeout needs worker processes (--isolation process)") }
    if let shard, Self.parseShard(shard) == nil { throw ValidationError("--shard wants K/N with 1 ≤ K ≤ N, not \(shard)") }
    if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    for input in inputs where input != "-" && !Self.exists(input) {
      throw ValidationError("no such file or directory: \(input)")
    }
  }

  /// The per-document limit when `--timeout` is not given.
  static let defaultTimeout = 60.0

  /// `--timeout` seconds as a limit; 0 is none.
  static func timeLimit(_ seconds: Double) -> Duration? {
    seconds > 0 ? .milliseconds(Int64((seconds * 1000).rounded())) : nil
  }

  /// `K/N` as (K-1, N), or nil.
  static func parseShard(_ s: String) -> (index: Int, count: Int)? {
    let parts = s.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else { return nil }
    return (k - 1, n)
  }

  /// True if anything is at `path`, a link to nothing included (that one is rejected as it is read).
  static func exists(_ path: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path)) != nil
  }

  func run() throws {
    var logger = Logger(label: "qingxi")
    logger.logLevel = verbose ? .info : .warning
    let pipeline: Pipeline
    let yaml: String?
    do {
      let loaded = try PipelineLoading.loadWithSource(self.pipeline)
      pipeline = loaded.pipeline
      yaml = loaded.yaml
      for warning in loaded.warnings {
        FileHandle.standardError.write(Data("warning: \(warning.description)\n".utf8))
      }
    } catch {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    var job = RunJob(pipeline: pipeline, inputs: inputs, output: RunOutput(output))
    job.fields = try fieldOptions.fields()
    job.keepRemovedText = removedText
    job.rejectsPath = rejects
    job.jobs = jobs
    job.shard = shard.flatMap(Self.parseShard)
    job.dedupe = Dedupe(rawValue: dedupe) ?? .none
    job.resume = resume
    job.commitPolicy = CommitPolicy(documents: commitEvery)
    job.settings = ["pipeline-file " + (yaml ?? "(built-in default)")]
    job.shouldStop = { Interrupts.signal != 0 }
    job.isolation = isolation
    job.timeout = isolation == .process ? Self.timeLimit(timeout ?? Self.defaultTimeout) : nil
    job.worker = WorkerLaunch(
      executable: WorkerLaunch.currentExecutable, arguments: ["worker"],
      setup: WorkerSetup(pipelineYAML: yaml, pipelineFile: self.pipeline),
      // Swift's crash backtracer holds a dying worker for seconds (past a short --timeout); the rejection
      // names the document, and `--isolation thread` on it gives the backtrace. SWIFT_BACKTRACE, if set, wins.
      environment: ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil ? ["SWIFT_BACKTRACE": "enable=no"] : [:])
    let progress = quiet ? nil : Progress(inputs: inputs)
    job.onReject = { r in
      progress?.rejection()
      logger.info("rejected \(r.input) [\(r.stage)]: \(r.reason)")
    }
    if let progress { job.onEvent = { progress.event($0) } }
    if !force, let problem = job.unsafeOutput() {
      FileHandle.standardError.write(Data("error: \(problem)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    if !force, let problem = job.interruptedRun() {
      FileHandle.standardError.write(Data("error: \(problem)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    Interrupts.install()
    let summary: RunSummary
    do {
      summary = try job.execute()
    } catch let stop as RunInterrupted {
      progress?.finish()
      let sig = Interrupts.signal
      let name = sig == SIGTERM ? "SIGTERM" : "SIGINT"
      let resumable =
        job.manifestPath.flatMap { FileManager.default.fileExists(atPath: $0) ? "; continue with --resume (manifest \($0))" : nil }
        ?? ""
      FileHandle.standardError.write(Data("qingxi: stopped by \(name) after \(stop.committedRecords) committed record(s)\(resumable)\n".utf8))
      throw ExitCode(128 + (sig == 0 ? SIGINT : sig))
    } catch {
      progress?.finish()
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
    progress?.finish()
    FileHandle.standardError.write(Data(summary.humanReadable(timings: timings).utf8))
    if summary.stats.rejected.count > 0 { throw ExitCode(QingxiCommand.Status.rejected) }
  }
}

/// Loads `--pipeline FILE`, or the built-in default pipeline.
enum PipelineLoading {
  static func load(_ pipeline: String?) throws(PipelineSpecError) -> (pipeline: Pipeline, warnings: [PipelineWarning]) {
    let l = try loadWithSource(pipeline)
    return (l.pipeline, l.warnings)
  }

  /// Also gives the file's text (nil for the built-in pipeline), which worker processes build from.
  static func loadWithSource(_ pipeline: String?) throws(PipelineSpecError) -> (pipeline: Pipeline, warnings: [PipelineWarning], yaml: String?) {
    guard let path = pipeline else { return (try DefaultPipeline.build(), [], nil) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw PipelineSpecError(file: path, line: nil, message: "cannot read the pipeline file")
    }
    guard let yaml = String(validating: data, as: UTF8.self) else {
      throw PipelineSpecError(file: path, line: nil, message: "the pipeline file is not valid utf-8")
    }
    let l = try PipelineBuilder.load(yaml: yaml, file: path)
    return (l.pipeline, l.warnings, yaml)
  }

  /// Builds the pipeline a worker was set up with (the same text the run loaded).
  static func build(_ setup: WorkerSetup) throws(PipelineSpecError) -> Pipeline {
    guard let yaml = setup.pipelineYAML else { return try DefaultPipeline.build() }
    return try PipelineBuilder.load(yaml: yaml, file: setup.pipelineFile ?? "pipeline").pipeline
  }
}
