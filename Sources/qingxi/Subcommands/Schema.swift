import ArgumentParser
import Qingxi

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema of the document record (or of `stats --format json`, or of a `cases` line).")

  @Flag(help: "Print the schema of the statistics object instead.")
  var stats = false

  @Flag(help: "Print the schema of a line of `qingxi cases` instead.")
  var cases = false

  func validate() throws {
    if stats && cases { throw ValidationError("give --stats or --cases, not both") }
  }

  func run() {
    let text = stats ? StatsSchema.text : cases ? CaseSchema.text : DocumentSchema.text
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
  }
}
