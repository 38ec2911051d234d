import ArgumentParser
import Foundation
import Qingxi

#if canImport(Glibc)
  import Glibc
#endif

struct Stream: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read JSON Lines on standard input; write exactly one line per input line to standard output.",
    discussion: """
      For cluster engines that pipe partitions through a command. Each output line is written and flushed
      as soon as its input line is done, in input order: the record; or {"id":…,"records":[…]} when a page
      splits into several articles; or {"id":…,"rejected":{"stage":…,"reason":…}} for a blank or invalid
      line or a document the pipeline rejects. Exit status 0 unless the run itself failed (1: standard
      input or output failed; 2: usage or pipeline error).
      """)

  @Option(name: .long, help: ArgumentHelp("Pipeline YAML file (default: the built-in default pipeline).", valueName: "file"))
  var pipeline: String?

  @Flag(inversion: .prefixedNo, help: "Keep the removed text in `removed[].text` (offsets are always kept).")
  var removedText = true

  @OptionGroup(title: "JSON Lines fields")
  var fieldOptions: InputFieldOptions

  func run() throws {
    let loaded: Pipeline
    do {
      let l = try PipelineLoading.load(pipeline)
      loaded = l.pipeline
      for warning in l.warnings { FileHandle.standardError.write(Data("warning: \(warning.description)\n".utf8)) }
    } catch {
      FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    let processor = StreamProcessor(pipeline: loaded, keepRemovedText: removedText, fields: try fieldOptions.fields())
    signal(SIGPIPE, SIG_IGN)
    do {
      var lines = LineReader(try FileChunks(path: "-", chunkSize: 1 << 16), maxLineBytes: processor.maxLineBytes)
      while let line = try lines.next() {
        let out = processor.process(line).line
        try Self.writeAll(out)
      }
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.failed)
    }
  }

  /// Writes to standard output with no buffering: the line is out when this returns.
  static func writeAll(_ bytes: [UInt8]) throws {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { write(1, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        throw OutputError(path: "standard output", reason: String(cString: strerror(errno)).lowercased())
      }
      offset += n
    }
  }
}
