import ArgumentParser
import Qingxi

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema of the document record (or of `stats --format json`, a `cases` line, or summary.json).")

  @Flag(help: "Print the schema of the statistics object instead.")
  var stats = false

  @Flag(help: "Print the schema of a line of `qingxi cases` instead.")
  var cases = false

  @Flag(help: "Print the schema of the summary.json a run writes instead.")
  var summary = false

  func validate() throws {
    if [stats, cases, summary].filter({ $0 }).count > 1 { throw ValidationError("give one of --stats, --cases and --summary") }
  }

  func run() {
    let text = stats ? StatsSchema.text : cases ? CaseSchema.text : summary ? SummarySchema.text : DocumentSchema.text
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
  }
}
