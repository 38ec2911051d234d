import ArgumentParser
import Foundation
import Qingxi
import QingxiAnalysis

struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Statistics of cases and text over emitted records, as a table, JSON or an HTML report.",
    discussion: """
      INPUT is a JSON Lines file of records written by `qingxi run`, a directory (every *.jsonl below it)
      or - for standard input. Reports of one case in several documents are merged (same person, no
      disagreeing court, date or penalty, and an agreeing penalty) unless --no-merge is given.
      --format json prints the qingxi/stats@1 object (`qingxi schema --stats` prints its schema).
      --html FILE also writes a self-contained report with charts (no scripts, no network).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @Option(help: "Output format: table (aligned text) or json.")
  var format: Format = .table

  @Option(help: ArgumentHelp("Also write an HTML report with charts to this file.", valueName: "file"))
  var html: String?

  @Flag(inversion: .prefixedNo, help: "Merge reports of one case across documents.")
  var merge = true

  @Argument(help: ArgumentHelp("JSON Lines files of records, directories, or - for standard input.", valueName: "input"))
  var inputs: [String]

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one input (a JSON Lines file of records, a directory, or -)") }
    if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
  }

  func run() throws {
    let report: StatsReport
    do {
      report = try StatsReport.build(inputs: inputs, merging: merge)
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
    Skipped.warn(report.skipped)
    let text =
      switch format {
      case .table: StatsTable.render(report)
      case .json: report.json.pretty()
      }
    FileHandle.standardOutput.write(Data(text.utf8))
    if let html {
      do {
        let writer = try AtomicFileWriter(path: html)
        try writer.write(Array(HTMLReport.render(report).utf8))
        try writer.commit()
      } catch {
        FileHandle.standardError.write(Data("error: cannot write \(html): \(error)\n".utf8))
        throw ExitCode(QingxiCommand.Status.failed)
      }
      FileHandle.standardError.write(Data("wrote \(html)\n".utf8))
    }
  }
}
