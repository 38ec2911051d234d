import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// Runs each pipeline in `Pipelines/` over every `Corpus/raw` input that has a reviewed expectation in
/// `Corpus/expected/<pipeline>/<id>.json`, and compares. `UPDATE_GOLDEN=1 swift test --filter CorpusTests`
/// rewrites the expectations and fails, so that every recorded file is read and reviewed before commit.
@Suite struct CorpusTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var pipeline: String
    var rawFile: String
    var testDescription: String { "\(pipeline)/\(rawFile)" }
    var id: String { String(rawFile[..<(rawFile.lastIndex(of: ".") ?? rawFile.endIndex)]) }
    var expectedPath: String { PackageRoot.path("Corpus/expected/\(pipeline)/\(id).json") }
  }

  static let cases: [Case] = {
    let fm = FileManager.default
    let raws = ((try? fm.contentsOfDirectory(atPath: PackageRoot.path("Corpus/raw"))) ?? []).sorted()
    let pipelines = ((try? fm.contentsOfDirectory(atPath: PackageRoot.path("Corpus/expected"))) ?? []).sorted()
    return pipelines.flatMap { p in raws.map { Case(pipeline: p, rawFile: $0) } }
  }()

  @Test func corpusHasTheSeeds() {
    #expect(Self.cases.filter { $0.pipeline == "default" }.count >= 5)
  }

  @Test(arguments: cases)
  func matchesReviewedOutput(_ c: Case) throws {
    let yaml = try String(contentsOfFile: PackageRoot.path("Pipelines/\(c.pipeline).yaml"), encoding: .utf8)
    let pipeline = try PipelineBuilder.build(yaml: yaml, file: "\(c.pipeline).yaml")
    let records = try Golden.records(pipeline: pipeline, rawFile: c.rawFile)
    #expect(!records.isEmpty)
    let validator = try SchemaValidator.document()
    for r in records { #expect(validator.errors(r) == [], "\(c)") }
    let actual = Golden.render(records)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        atPath: (c.expectedPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try actual.write(toFile: c.expectedPath, atomically: true, encoding: .utf8)
      Issue.record("recorded \(c.expectedPath): review it line by line, then run the tests again")
      return
    }
    guard let expected = try? String(contentsOfFile: c.expectedPath, encoding: .utf8) else {
      Issue.record("no expectation at \(c.expectedPath); record one with UPDATE_GOLDEN=1 and review it")
      return
    }
    #expect(actual == expected, "\(c):\n\(Golden.diff(expected: expected, actual: actual))")
  }

  /// Output is deterministic: the same input gives byte-identical records.
  @Test func runsAreByteIdentical() throws {
    let pipeline = try DefaultPipeline.build()
    for c in Self.cases where c.pipeline == "default" {
      let a = try Golden.records(pipeline: pipeline, rawFile: c.rawFile).map { $0.serialized() }
      let b = try Golden.records(pipeline: pipeline, rawFile: c.rawFile).map { $0.serialized() }
      #expect(a == b)
    }
  }

  /// The raw text removal offsets count in: the file as `decode` reads it (any encoding; an HTML page's
  /// visible blocks, one per line).
  static func decodedRaw(_ rawFile: String) throws -> String {
    let bytes = Array(try Data(contentsOf: PackageRoot.url.appendingPathComponent("Corpus/raw/" + rawFile)))
    guard case .document(var doc)? = DocumentReader.read(bytes: bytes, path: "Corpus/raw/" + rawFile, id: "x").first,
      case .keep = try DecodeText.make().process(&doc)
    else { throw StageError(stage: "decode", reason: "\(rawFile) does not decode") }
    return doc.raw
  }

  /// The offset contract, on real text: every span slices `text`, every removal slices the raw input (checked
  /// on single-document inputs; a WARC's raw texts are its decoded payloads, one per record).
  @Test(arguments: cases.filter { $0.pipeline == "default" })
  func offsetsSliceTheirTexts(_ c: Case) throws {
    let records = try Golden.records(pipeline: try DefaultPipeline.build(), rawFile: c.rawFile)
    let isWARC = c.rawFile.contains(".warc") || c.rawFile.contains(".wet")
    let raw: [Unicode.Scalar]? = isWARC ? nil : Array(try Self.decodedRaw(c.rawFile).unicodeScalars)
    for r in records {
      let text = Array((r["text"]?.stringValue ?? "").unicodeScalars)
      for key in ["blocks", "sentences", "entities"] {
        for span in r[key]?.arrayValue ?? [] {
          let s = span["start"]?.intValue ?? -1
          let e = span["end"]?.intValue ?? -1
          #expect(0 <= s && s < e && e <= text.count, "\(key) \(s)..<\(e)")
          if let t = span["text"]?.stringValue, 0 <= s, s <= e, e <= text.count {
            #expect(String(String.UnicodeScalarView(text[s..<e])) == t)
          }
        }
      }
      guard let raw else { continue }
      for removal in r["removed"]?.arrayValue ?? [] {
        let s = removal["raw_start"]?.intValue ?? -1
        let e = removal["raw_end"]?.intValue ?? -1
        #expect(0 <= s && s < e && e <= raw.count)
        if 0 <= s, s <= e, e <= raw.count {
          #expect(String(String.UnicodeScalarView(raw[s..<e])) == removal["text"]?.stringValue)
        }
      }
    }
  }
}
