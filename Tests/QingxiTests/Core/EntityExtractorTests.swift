import QingxiTestSupport
import Testing

@testable import Qingxi

/// Toy extractors: each marks every run of `某` (a one-scalar candidate for each 某 and one for the run),
/// as warnings, so overlaps are easy to read.
private func mouRuns(_ unit: ExtractionUnit) -> [EntityCandidate] {
  let s = unit.scalars
  var out: [EntityCandidate] = []
  var i = unit.range.lowerBound
  while i < unit.range.upperBound {
    guard s[i] == "某" else {
      i += 1
      continue
    }
    var j = i
    while j < unit.range.upperBound, s[j] == "某" { j += 1 }
    for k in i..<j { out.append(EntityCandidate(k..<k + 1, .warning(WarningValue(kind: .warning)))) }
    if j - i > 1 { out.append(EntityCandidate(i..<j, .warning(WarningValue(kind: .demerit)))) }
    i = j
  }
  return out
}

private struct KeepAllMou: UnitExtractor {
  static let name = "keep-all-mou"
  static let summary = "test"
  init(options: StageOptions) {}
  func candidates(in unit: ExtractionUnit) -> [EntityCandidate] { mouRuns(unit) }
}

private struct LongestMou: UnitExtractor {
  static let name = "longest-mou"
  static let summary = "test"
  static let overlaps = OverlapPolicy.longestFirst
  init(options: StageOptions) {}
  func candidates(in unit: ExtractionUnit) -> [EntityCandidate] { mouRuns(unit) }
}

@Suite struct EntityExtractorTests {
  static let text = "叶某某说。\n\n张某来了。"

  @Test func keepAllKeepsEveryCandidateSortedWithTextSliced() throws {
    let doc = try TestPipelines.extract(Self.text, with: [try KeepAllMou.make()])
    // In text order: by start, then end.
    #expect(doc.entities.map(\.text) == ["某", "某某", "某", "某"])
    #expect(doc.entities.map { [$0.start, $0.end] } == [[1, 2], [1, 3], [2, 3], [8, 9]])
    #expect(doc.entities.allSatisfy { $0.text == doc.text(in: $0.range) && $0.type == .warning })
  }

  @Test func longestFirstKeepsTheLongestOfOverlappingCandidates() throws {
    let doc = try TestPipelines.extract(Self.text, with: [try LongestMou.make()])
    #expect(doc.entities.map(\.text) == ["某某", "某"])
    #expect(doc.entities.map(\.value) == [.warning(WarningValue(kind: .demerit)), .warning(WarningValue(kind: .warning))])
  }

  @Test func candidatesNeverCrossAUnit() throws {
    // A toy that returns the whole unit: one entity per sentence, none spanning the blank line.
    struct Whole: UnitExtractor {
      static let name = "whole"
      static let summary = "test"
      init(options: StageOptions) {}
      func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
        [EntityCandidate(unit.range, .charge(ChargeValue(nameZh: unit.text(in: unit.range))))]
      }
    }
    let doc = try TestPipelines.extract(Self.text, with: [try Whole.make()])
    #expect(doc.entities.map(\.text) == ["叶某某说。", "张某来了。"])
    #expect(doc.entities.map { $0.value.charge?.nameZh } == ["叶某某说。", "张某来了。"])
  }

  @Test func runningAnExtractorTwiceAddsNoDuplicates() throws {
    let doc = try TestPipelines.extract(Self.text, with: [try LongestMou.make(), try LongestMou.make()])
    #expect(doc.entities.count == 2)
  }
}
