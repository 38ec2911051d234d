import ArgumentParser
import Foundation
import Qingxi

struct LearnBoilerplate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "learn-boilerplate",
    abstract: "Learn each site's boilerplate lines from a corpus, for the drop-learned-boilerplate stage.",
    discussion: """
      Reads INPUT like `qingxi run` (files, directories, -; text, HTML, JSON Lines, gzip), runs each
      document through the pipeline's stages before drop-learned-boilerplate (decode and every cleaning
      rule up to drop-boilerplate), and counts per site (URL host, else the input's folder or JSON Lines
      file) how many distinct documents each line occurs in (white space dropped, digits folded). Lines in
      at least --min-docs documents and --min-share of the site's documents are written to TABLE, a
      versioned JSON Lines file (see the README); the same inputs give the same bytes. Memory is bounded
      per site, whatever the number of documents.
      """)

  @Option(name: [.short, .long], help: ArgumentHelp("The table file to write.", valueName: "table"))
  var output: String

  @Option(name: .customLong("min-docs"), help: ArgumentHelp("A line must occur in at least this many documents of its site.", valueName: "N"))
  var minDocs = BoilerplateLearner.Options().minDocuments

  @Option(name: .customLong("min-share"), help: ArgumentHelp("…and in at least this share (0–1) of the site's documents.", valueName: "F"))
  var minShare = BoilerplateLearner.Options().minShare

  @Option(name: .customLong("max-line"), help: ArgumentHelp("Longest line counted, in characters (longer lines are paragraphs).", valueName: "N"))
  var maxLine = BoilerplateLearner.Options().maxLineScalars

  @Option(name: .long, help: ArgumentHelp("Pipeline YAML whose stages before drop-learned-boilerplate are run (default: the built-in default pipeline's, up to drop-boilerplate).", valueName: "file"))
  var pipeline: String?

  @Option(name: [.short, .long], help: ArgumentHelp("Threads (default: the number of cores); the table is the same for any N.", valueName: "N"))
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
  var inputs: [String]

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one input (a file, a directory, or -)") }
    if minDocs < 1 { throw ValidationError("--min-docs must be at least 1") }
    if !(minShare >= 0 && minShare <= 1) { throw ValidationError("--min-share must be between 0 and 1") }
    if maxLine < 1 { throw ValidationError("--max-line must be at least 1") }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    for input in inputs where input != "-" && (try? FileManager.default.attributesOfItem(atPath: input)) == nil {
      throw ValidationError("no such file or directory: \(input)")
    }
  }

  func run() throws {
    let full: Pipeline
    do {
      full = try PipelineLoading.load(pipeline).pipeline
    } catch {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    var options = BoilerplateLearner.Options()
    options.minDocuments = minDocs
    options.minShare = minShare
    options.maxLineScalars = maxLine
    var learner = BoilerplateLearner(prefix: BoilerplateLearner.prefix(of: full), options: options)
    // A table written inside an input folder by an earlier run is not read back as a page.
    let excluded = Set([InputWalk.Identity(path: output)].compactMap { $0 })
    var source = FileDocumentSource(arguments: inputs, limits: ReadLimits(pipeline: full), excluding: excluded)
    learner.learn(from: &source, jobs: jobs)
    let table = learner.table()
    do {
      try Data(table.serialized()).write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      FileHandle.standardError.write(Data("error: cannot write \(output): \(error.localizedDescription)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
    let lines = table.hosts.values.reduce(0) { $0 + $1.lines.count }
    let report = """
      \(learner.documentsRead) documents read (\(learner.documentsCounted) counted, \(learner.duplicates) duplicates, \
      \(learner.rejected) rejected, \(learner.unreadable) unreadable); \(learner.hostDocuments.count) sites, \
      \(table.hosts.count) with boilerplate; \(lines) lines -> \(output)

      """
    FileHandle.standardError.write(Data(report.utf8))
  }
}
