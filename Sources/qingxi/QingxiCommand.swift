import ArgumentParser
import Foundation
import Qingxi

/// `qingxi`: the command-line front end. The library does the work; this target reads arguments and files,
/// prints, and sets the exit status.
@main
struct QingxiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qingxi",
    abstract: "Clean, segment and annotate scraped Chinese/English news into JSON.",
    discussion: """
      Exit status: 0 every input was written; 3 the run finished but some inputs were rejected (they are
      listed in the summary); 2 usage or pipeline-file error (nothing was processed); 1 the run itself failed
      (for example, the output could not be written).
      """,
    version: "0.1.0",
    subcommands: [
      Run.self, Stream.self, LearnBoilerplate.self, Segment.self, Stats.self, Cases.self, Export.self, ExtractHTML.self, Schema.self,
      Stages.self, Worker.self,
    ],
    defaultSubcommand: nil
  )

  /// Exit codes, as documented above and in the README.
  enum Status {
    static let ok: Int32 = 0
    static let failed: Int32 = 1
    static let usage: Int32 = 2
    static let rejected: Int32 = 3
  }

  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as ExitCode {
      Foundation.exit(error.rawValue)
    } catch {
      let code = exitCode(for: error)
      // argument-parser reports usage errors as EX_USAGE (64); we document 2 for them.
      if code.rawValue == 64 {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        FileHandle.standardError.write(Data("Usage: \(usageString(for: error))\n".utf8))
        Foundation.exit(Status.usage)
      }
      exit(withError: error)
    }
  }

  static func usageString(for error: Error) -> String {
    message(for: error).isEmpty ? helpMessage() : "see `qingxi help`"
  }
}
