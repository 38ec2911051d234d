import ArgumentParser
import Qingxi

struct Stages: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the stages a pipeline file may use, with their options.")

  func run() {
    print(StageCatalog.text())
  }
}
