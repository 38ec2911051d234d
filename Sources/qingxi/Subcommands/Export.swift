import ArgumentParser
import Foundation
import QingxiAnalysis

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Export records to an SQLite database or CSV files, for SQL and dataframe tools.",
    discussion: """
      Tables: documents, sentences, entities, removals, cases (merged across documents unless --no-merge),
      case_sources (which documents report each case, with evidence) and case_money (fines, confiscations
      and other amounts of each case). --sqlite writes one database in one transaction under a temporary
      name and renames it over FILE, so a re-export replaces it atomically; --csv writes one RFC 4180 file
      per table (UTF-8, header row) into DIR.
      """)

  @Option(help: ArgumentHelp("Write an SQLite database to this file.", valueName: "file"))
  var sqlite: String?

  @Option(help: ArgumentHelp("Write one CSV file per table into this directory.", valueName: "dir"))
  var csv: String?

  @Flag(inversion: .prefixedNo, help: "Merge reports of one case across documents.")
  var merge = true

  @Argument(help: ArgumentHelp("JSON Lines files of records, directories, or - for standard input.", valueName: "input"))
  var inputs: [String]

  func validate() throws {
    if inputs.isEmpty { throw ValidationError("give at least one input (a JSON Lines file of records, a directory, or -)") }
    if sqlite == nil && csv == nil { throw ValidationError("give --sqlite FILE or --csv DIR (or both)") }
    if inputs.contains("-") && sqlite != nil && csv != nil {
      throw ValidationError("standard input (-) can be read only once: export it to one format at a time")
    }
  }

  func run() throws {
    var lines: [String] = []
    do {
      if let sqlite {
        let counts = try SQLiteExport.write(inputs: inputs, merging: merge, to: sqlite)
        Skipped.warn(counts.skipped)
        lines.append("wrote \(sqlite): " + Export.describe(counts))
      }
      if let csv {
        let counts = try CSVExport.write(inputs: inputs, merging: merge, toDirectory: csv)
        if sqlite == nil { Skipped.warn(counts.skipped) }
        lines.append("wrote \(csv): " + Export.describe(counts))
      }
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
    FileHandle.standardError.write(Data(lines.map { $0 + "\n" }.joined().utf8))
  }

  static func describe(_ counts: Exporter.Counts) -> String {
    ExportTable.all.map { "\($0.name) \(counts.rows[$0.name] ?? 0)" }.joined(separator: ", ")
  }
}
