import ArgumentParser
import Qingxi

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema of the document record (or, with --stats, of `qingxi stats --format json`).")

  @Flag(help: "Print the schema of the statistics object instead.")
  var stats = false

  func run() {
    let text = stats ? StatsSchema.text : DocumentSchema.text
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
  }
}
