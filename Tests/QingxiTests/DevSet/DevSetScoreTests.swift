import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// Runs the default pipeline over the dev set (`../shared/devset/docs`, 40 real pages never copied into
/// this repository) and scores it with the dev set's own `score.py`. Fails when other-noise removal,
/// kept content, entity or case scores drop below their targets (other noise ≥ 0.90, content kept ≥ 0.99,
/// pinyin 1.00; entity micro-F1 ≥ 0.90, every scored type ≥ 0.80, cases F1 ≥ 0.85). Skipped, with a
/// message, when the dev set or python3 is absent.
@Suite struct DevSetScoreTests {
  static let devSet = PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/devset")
  static var present: Bool {
    FileManager.default.fileExists(atPath: devSet.appendingPathComponent("score.py").path)
      && FileManager.default.fileExists(atPath: "/usr/bin/python3")
  }

  /// The floor under each figure: what the default pipeline reaches today, rounded down.
  static let floors: [(String, Double)] = [
    ("noise.other", 0.90), ("keep", 0.99), ("noise.pinyin", 1.0), ("entities_micro_f1", 0.90), ("cases_f1", 0.85),
  ]
  /// Entity types whose F1 (`report[type].f1`) must stay at or above 0.80.
  static let scoredTypes = [
    "person_anon", "person_named", "court", "prison_term", "political_rights", "money", "date", "charge",
    "secret_count",
  ]

  @Test(.enabled(if: DevSetScoreTests.present, "../shared/devset (with score.py) or /usr/bin/python3 is absent: dev-set score not checked"))
  func devSetScoresStayAboveTheFloor() throws {
    let docs = Self.devSet.appendingPathComponent("docs")
    let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(names.count >= 40)
    let pipeline = try DefaultPipeline.build()
    var out = ""
    for name in names {
      let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
      let id = String(name.dropLast(4))
      for outcome in try pipeline.run(TestPipelines.document(text, id: id)) {
        guard case .written(let doc) = outcome else {
          Issue.record("\(name) rejected")
          continue
        }
        out += doc.record().serialized() + "\n"
      }
    }
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-devset-\(getpid()).jsonl")
    try out.write(to: tmp, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = [Self.devSet.appendingPathComponent("score.py").path, tmp.path, Self.devSet.appendingPathComponent("gold").path]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let report = try JSONValue.parse(String(decoding: data, as: UTF8.self))
    for (key, floor) in Self.floors {
      switch report[key] {
      case .double(let v)?: #expect(v >= floor, "\(key) = \(v), floor \(floor)")
      case .int(let v)?: #expect(Double(v) >= floor, "\(key) = \(v), floor \(floor)")
      default: Issue.record("score.py gave no \(key)")
      }
    }
    for type in Self.scoredTypes {
      switch report[type]?["f1"] {
      case .double(let v)?: #expect(v >= 0.80, "\(type) F1 = \(v), floor 0.80")
      case .int(let v)?: #expect(Double(v) >= 0.80, "\(type) F1 = \(v), floor 0.80")
      default: Issue.record("score.py gave no F1 for \(type)")
      }
    }
  }
}
