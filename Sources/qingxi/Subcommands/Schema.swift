import ArgumentParser
import Qingxi

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Print the JSON Schema of the document record.")

  func run() {
    print(DocumentSchema.text, terminator: DocumentSchema.text.hasSuffix("\n") ? "" : "\n")
  }
}
