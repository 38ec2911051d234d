import ArgumentParser
import Foundation
import Qingxi
import QingxiAnalysis

struct Cases: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List cases merged across documents, with the documents and evidence behind each, as JSON Lines.",
    discussion: """
      One qingxi/case@1 object per line: the person (names, surname, pinyin), what the reports state (court,
      date, charges, penalties, money), and `sources`: each document's report with its person id and the
      evidence entities (index into that record's `entities`, type, text). Reports merge when they name a
      compatible person (成某 ~ Cheng, 叶某某 ~ Ye Moumou), come from different documents, never disagree on a
      stated field, and agree on at least one penalty.
      """)

  @Flag(inversion: .prefixedNo, help: "Merge reports of one case across documents.")
  var merge = true

  @Argument(help: ArgumentHelp("JSON Lines files of records, directories, or - for standard input.", valueName: "input"))
  var inputs: [String]

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one input (a JSON Lines file of records, a directory, or -)") }
    if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
  }

  func run() throws {
    var reader = RecordReader(inputs: inputs)
    var merger = CaseMerger(merging: merge)
    var ordinal = 0
    do {
      try reader.forEach { record in
        merger.add(record, ordinal: ordinal)
        ordinal += 1
      }
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
    Skipped.warn(reader.issues)
    var out = ""
    for c in merger.cases() { out += c.json.serialized() + "\n" }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
