import ArgumentParser
import Foundation
import Qingxi

struct ExtractHTML: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract-html",
    abstract: "Print the main text of HTML pages (the pipeline's decode and cleaning stages only).",
    discussion: """
      Reads each FILE as bytes (the charset is detected), runs the pipeline's decode and clean stages (with
      --boilerplate-only, only decode and drop-html-boilerplate) and prints the text that remains, one block
      per line. With --output-dir, writes DIR/NAME.txt for each FILE NAME.html instead. With --timing, prints
      to standard error the time spent extracting (file reading and writing excluded), in pages/s and MB/s.
      """)

  @Option(name: .long, help: ArgumentHelp("Pipeline YAML file (default: the built-in default pipeline).", valueName: "file"))
  var pipeline: String?

  @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write NAME.txt per input into this folder.", valueName: "dir"))
  var outputDir: String?

  @Flag(name: .customLong("boilerplate-only"), help: "Run only decode and drop-html-boilerplate.")
  var boilerplateOnly = false

  @Flag(help: "Print each block with its label and element chain instead of the text (debugging).")
  var explain = false

  @Flag(help: "Print extraction speed to standard error.")
  var timing = false

  @Argument(help: ArgumentHelp("HTML files.", valueName: "file"))
  var files: [String]

  func run() throws {
    let full: Pipeline
    do {
      if let pipeline {
        full = try PipelineBuilder.build(yaml: try String(contentsOfFile: pipeline, encoding: .utf8), file: pipeline)
      } else {
        full = try DefaultPipeline.build()
      }
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode(QingxiCommand.Status.usage)
    }
    let stages = full.stages.filter { stage in
      boilerplateOnly
        ? (type(of: stage).name == DecodeText.name || type(of: stage).name == DropHTMLBoilerplate.name)
        : type(of: stage).kind <= .clean
    }
    let extractor = Pipeline(name: full.name + "-extract", stages: stages)
    if let outputDir { try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true) }
    var elapsed = Duration.zero
    var totalBytes = 0
    var failures = 0
    for path in files {
      guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("qingxi extract-html: cannot read \(path)\n".utf8))
        failures += 1
        continue
      }
      let bytes = [UInt8](data)
      totalBytes += bytes.count
      if explain {
        var doc = Document(id: path, source: Source(path: path, format: "html", bytes: bytes.count, sha256: ""), bytes: bytes)
        do {
          let verdict = try DecodeText(options: StageOptions(specs: DecodeText.options, given: [:])).process(&doc)
          if case .drop(let reason) = verdict { print("\(path): \(reason)") }
        } catch {
          print("\(path): \(error)")
        }
        if let layout = doc.html {
          print(BoilerplateClassifier().explain(layout, text: Array(doc.raw.unicodeScalars), title: doc.title))
        }
        continue
      }
      let start = ContinuousClock.now
      let source = Source(path: path, format: "html", bytes: bytes.count, sha256: "")
      let outcomes = extractor.run(Document(id: path, source: source, bytes: bytes))
      var text = ""
      for outcome in outcomes {
        switch outcome {
        case .written(let doc):
          text += doc.text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n") + "\n"
        case .rejected(_, let stage, let reason):
          FileHandle.standardError.write(Data("qingxi extract-html: \(path): \(stage): \(reason)\n".utf8))
          failures += 1
        }
      }
      elapsed += ContinuousClock.now - start
      if let outputDir {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".txt"
        _ = FileManager.default.createFile(atPath: (outputDir as NSString).appendingPathComponent(name), contents: Data(text.utf8))
      } else {
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
    if timing {
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let mb = Double(totalBytes) / 1_000_000
      let line = String(
        format: "extract-html: %d pages, %.2f MB in %.3f s: %.1f pages/s, %.2f MB/s\n", files.count, mb, seconds,
        Double(files.count) / max(seconds, 1e-9), mb / max(seconds, 1e-9))
      FileHandle.standardError.write(Data(line.utf8))
    }
    if failures > 0 { throw ExitCode(QingxiCommand.Status.rejected) }
  }
}
