import ArgumentParser
import Foundation
import Logging
import Qingxi

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a pipeline over inputs and write one JSON record per document.",
    discussion: """
      INPUT is a file, a directory (read recursively, files sorted by path; names starting with `.` are
      skipped) or `-` for standard input. Formats: plain text (.txt), JSON Lines (.jsonl: one object per line
      with `text` and optional `id`; other fields go to `meta`), HTML (.html), and gzip of any (.gz);
      other names are sniffed from their first bytes.

      Output is JSON Lines: to a file, into a directory as documents.jsonl, or to standard output with `-`
      (the default). Files are written under a temporary name and renamed when complete. A summary goes to
      standard error and, for file output, to summary.json beside the output (documents.jsonl) or
      NAME.summary.json (any other file name).

      Exit status: 0 all written; 3 finished but some inputs rejected; 2 usage or pipeline error; 1 the run
      failed.
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

  @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
  var inputs: [String]

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one input (a file, a directory, or -)") }
    if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
  }

  func run() throws {
    var logger = Logger(label: "qingxi")
    logger.logLevel = verbose ? .info : .warning
    let pipeline: Pipeline
    do {
      let loaded = try loadPipeline()
      pipeline = loaded.pipeline
      for warning in loaded.warnings {
        FileHandle.standardError.write(Data("warning: \(warning.description)\n".utf8))
      }
    } catch {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    var job = RunJob(pipeline: pipeline, inputs: inputs, output: RunOutput(output))
    job.keepRemovedText = removedText
    job.rejectsPath = rejects
    job.onReject = { r in logger.info("rejected \(r.input) [\(r.stage)]: \(r.reason)") }
    let summary: RunSummary
    do {
      summary = try job.execute()
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
    FileHandle.standardError.write(Data(summary.humanReadable(timings: timings).utf8))
    if summary.stats.rejected.count > 0 { throw ExitCode(QingxiCommand.Status.rejected) }
  }

  private func loadPipeline() throws(PipelineSpecError) -> (pipeline: Pipeline, warnings: [PipelineWarning]) {
    guard let path = pipeline else { return (try DefaultPipeline.build(), []) }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw PipelineSpecError(file: path, line: nil, message: "cannot read the pipeline file")
    }
    guard let yaml = String(validating: data, as: UTF8.self) else {
      throw PipelineSpecError(file: path, line: nil, message: "the pipeline file is not valid utf-8")
    }
    return try PipelineBuilder.load(yaml: yaml, file: path)
  }
}
