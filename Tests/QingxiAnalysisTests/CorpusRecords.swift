import Foundation
import Qingxi
import QingxiTestSupport

@testable import QingxiAnalysis

/// The records `qingxi run Corpus/raw` writes for the seeds and web samples (the default pipeline, run in-process;
/// the WARC and WET samples, which wrap seeds again, are left out so counts stay those of distinct pages),
/// as JSON Lines, and helpers to put JSON Lines in temporary files.
enum CorpusRecords {
  static let jsonl: String = (try? build()) ?? ""

  static func build() throws -> String {
    let pipeline = try DefaultPipeline.build()
    let dir = PackageRoot.path("Corpus/raw")
    var out = ""
    for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where !name.hasPrefix(".") && !name.contains(".warc") {
      let path = "Corpus/raw/" + name
      guard let data = FileManager.default.contents(atPath: PackageRoot.path(path)) else { continue }
      for item in DocumentReader.read(bytes: Array(data), path: path, id: (name as NSString).deletingPathExtension) {
        guard case .document(let doc) = item else { continue }
        for outcome in pipeline.run(doc) {
          if case .written(let d) = outcome { out += d.record().serialized() + "\n" }
        }
      }
    }
    return out
  }

  /// A new temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-analysis-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  /// Writes `text` to `name` in a new temporary directory; returns the file's path.
  static func file(_ text: String, name: String = "records.jsonl") throws -> String {
    let path = (try temporaryDirectory() as NSString).appendingPathComponent(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
  }

  /// The Corpus records as a file.
  static func corpusFile() throws -> String { try file(jsonl) }
}
