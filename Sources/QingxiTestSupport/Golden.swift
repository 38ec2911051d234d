import Foundation
import Qingxi

/// Golden files: the records a pipeline writes for one `Corpus/raw` input, laid out for reading — one
/// top-level field per line, and one line per element of an array of objects (a block, a sentence, an
/// entity, a removal) — so a reviewer can read them line by line and a diff shows what changed.
public enum Golden {
  public static func render(_ records: [JSONValue]) -> String {
    var out = "[\n"
    for (i, record) in records.enumerated() {
      out += "  {\n"
      let pairs = record.objectValue?.pairs ?? []
      for (k, pair) in pairs.enumerated() {
        let comma = k + 1 < pairs.count ? "," : ""
        let key = JSONValue.string(pair.key).serialized()
        if case .array(let items) = pair.value, !items.isEmpty {
          out += "    \(key): [\n"
          for (j, item) in items.enumerated() {
            out += "      \(item.serialized())\(j + 1 < items.count ? "," : "")\n"
          }
          out += "    ]\(comma)\n"
        } else {
          out += "    \(key): \(pair.value.serialized())\(comma)\n"
        }
      }
      out += "  }\(i + 1 < records.count ? "," : "")\n"
    }
    return out + "]\n"
  }

  /// Runs `pipeline` over one raw corpus file the way `qingxi run Corpus/raw` does.
  public static func records(pipeline: Pipeline, rawFile: String) throws -> [JSONValue] {
    let path = "Corpus/raw/" + rawFile
    let bytes = Array(try Data(contentsOf: PackageRoot.url.appendingPathComponent(path)))
    let id = InputWalk.documentID(relative: rawFile)
    var out: [JSONValue] = []
    for item in DocumentReader.read(bytes: bytes, path: path, id: id) {
      guard case .document(let doc) = item else { continue }
      for outcome in pipeline.run(doc) {
        if case .written(let d) = outcome { out.append(d.record()) }
      }
    }
    return out
  }

  /// A line diff of two texts (the lines that differ, with their numbers), for failure messages.
  public static func diff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : nil) != (i < a.count ? a[i] : nil) {
      if i < e.count { out.append("-\(i + 1): \(e[i])") }
      if i < a.count { out.append("+\(i + 1): \(a[i])") }
      if out.count > 40 {
        out.append("…")
        break
      }
    }
    return out.joined(separator: "\n")
  }
}
