import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// The words pipeline (cleaning, sentences, every extractor, case linking, words) on 600 random texts
/// made of shuffled pieces of the seeds cut at random places, glued with random separators and sprinkled
/// with odd characters: it never fails, every record is valid against the JSON Schema, and every span
/// keeps the offset contract.
@Suite struct AnnotationPropertyTests {
  static let oddities: [String] = [
    "", " ", "\n", "\n\n", "。", "“", "”", "《", "》", "…", "...", "?", "!", "；", "，", ",", "\t", "\u{3000}", "某", "小", "老",
    "第", "年", "月", "日", "元", "万", "亿", "RMB ", "US$", "¥", "1", "０", "十", "两", "廿", "\u{200B}", "\u{FEFF}", "𠀀",
    "é", "ß", "🙂", "Mr.", "No.", "U.S.", "Moumou", "Cheng ", "有期徒刑", "拘留", "剥夺政治权利", "罚金", "罪", "法院",
    "Court", "prison", "years", "months", "http://", "www.", "@", "12339", "《》", "()", "（", "）",
  ]

  @Test func randomTextsKeepTheContract() throws {
    let pipeline = try PipelineBuilder.build(
      yaml: try String(contentsOfFile: PackageRoot.path("Pipelines/words.yaml"), encoding: .utf8),
      file: PackageRoot.path("Pipelines/words.yaml"))
    let seeds = try ["000", "001", "002", "003", "004"].map { Array(try PackageRoot.seed($0).unicodeScalars) }
    let validator = try SchemaValidator.document()
    var rng = SplitMix64(seed: 4_2026_1122)
    var failures: [String] = []
    for round in 0..<600 where failures.count < 5 {
      var text = String.UnicodeScalarView()
      for _ in 0..<(1 + Int(rng.next() % 6)) {
        let seed = seeds[Int(rng.next() % UInt64(seeds.count))]
        let start = Int(rng.next() % UInt64(seed.count))
        let length = Int(rng.next() % 400)
        text.append(contentsOf: seed[start..<min(seed.count, start + length)])
        for _ in 0..<Int(rng.next() % 3) {
          text.append(contentsOf: Self.oddities[Int(rng.next() % UInt64(Self.oddities.count))].unicodeScalars)
        }
      }
      let input = String(text)
      let docs: [Document]
      do {
        docs = try TestPipelines.run(pipeline, input)
      } catch let error as StageError where error.reason == "no text left after cleaning" {
        continue  // a piece that is all noise (a footer, a pagination row) is rejected, as it should be
      } catch {
        failures.append("round \(round): \(error)")
        continue
      }
      for doc in docs {
        let problems = validator.errors(doc.record()) + Self.contractViolations(doc)
        if !problems.isEmpty { failures.append("round \(round): \(problems.prefix(3)) in \(input.debugDescription.prefix(300))") }
      }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  static func contractViolations(_ doc: Document) -> [String] {
    var out: [String] = []
    let n = doc.scalars.count
    for e in doc.entities {
      if !(0 <= e.start && e.start < e.end && e.end <= n) || doc.text(in: e.start..<e.end) != e.text {
        out.append("entity \(e.type) \(e.start)..<\(e.end) does not slice text")
      }
    }
    var last = 0
    for t in doc.tokens ?? [] {
      if t.start < last || t.end <= t.start || t.end > n { out.append("token \(t.start)..<\(t.end) out of order") }
      last = t.end
    }
    for s in doc.sentences where s.runs.first?.start != s.start || s.runs.last?.end != s.end {
      out.append("runs do not tile sentence \(s.start)..<\(s.end)")
    }
    for c in doc.cases {
      for i in c.evidence where !(0..<doc.entities.count).contains(i) {
        out.append("case evidence \(i) is not an entity index")
      }
    }
    return out
  }
}
