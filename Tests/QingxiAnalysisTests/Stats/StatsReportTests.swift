import Foundation
import Qingxi
import QingxiTestSupport
import Testing

@testable import QingxiAnalysis

/// The figures of `qingxi stats` on the records of Corpus/raw.
struct StatsReportTests {
  static func corpus(merging: Bool = true) throws -> StatsReport {
    let path = try CorpusRecords.corpusFile()
    defer { CorpusRecords.remove(path) }
    return try StatsReport.build(inputs: [path], merging: merging)
  }

  @Test func casesOnTheCorpus() throws {
    let r = try Self.corpus()
    let c = r.cases
    #expect(c.merged)
    #expect(c.reports == 7)
    #expect(c.cases == 5)
    #expect(c.casesInSeveralDocuments == 2)
    // Cheng 138, Ye 132, Zhu 18 months.
    #expect(c.prisonMonths.count == 3)
    #expect(c.prisonMonths.mean == 96)
    #expect(c.prisonMonths.median == 132)
    #expect(c.prisonMonths.min == 18 && c.prisonMonths.max == 138)
    #expect(c.life == 0 && c.death == 0 && c.suspendedMonths.count == 0)
    #expect(c.byCourtLevel.map(\.key) == ["intermediate", "(unknown)"])
    #expect(c.byCourtLevel.map(\.cases) == [3, 2])
    #expect(c.byProvince.map(\.key) == ["江西省", "安徽省", "(unknown)"])
    #expect(c.byProvince.first?.prisonMonths.mean == 135)
    #expect(c.byYear.map(\.key) == ["2023", "2024", "(unknown)"])
    #expect(c.byCharge.first?.key == "为境外窃取、刺探、收买、非法提供国家秘密、情报罪")
    #expect(c.byCharge.first?.cases == 3)
    let money = Dictionary(uniqueKeysWithValues: c.money.map { ("\($0.role) \($0.currency)", $0) })
    #expect(money["fine CNY"]?.amounts.sum == 100_000)
    #expect(money["confiscation CNY"]?.amounts.sum == 1_400_000)
    #expect(money["confiscation CNY"]?.amounts.median == 700_000)
    #expect(money["bribe USD"]?.amounts.max == 510_000)
    #expect(c.detentions.map(\.kind) == ["administrative"])
    #expect(c.detentions.first?.days.mean == 15)
    #expect(c.politicalRightsMonths.count == 2 && c.politicalRightsMonths.median == 24)
    #expect(c.administrativePenalties.map(\.kind) == ["warning"])
  }

  @Test func withoutMergingTheRareEarthDefendantsCountTwice() throws {
    let c = try Self.corpus(merging: false).cases
    #expect(!c.merged)
    #expect(c.cases == 7)
    #expect(c.prisonMonths.count == 5)
    #expect(c.casesInSeveralDocuments == 0)
  }

  @Test func textOnTheCorpus() throws {
    let r = try Self.corpus()
    let t = r.text
    #expect(r.records == t.documents)
    #expect(t.documents == 12)
    #expect(t.charactersBefore == t.charactersAfter + t.charactersRemoved)
    #expect(t.byKind.reduce(0) { $0 + $1.characters } == t.charactersRemoved)
    #expect(t.byRule.reduce(0) { $0 + $1.removals } == t.byKind.reduce(0) { $0 + $1.removals })
    // The pinyin glosses of seed 004 are a kind of their own, removed by their own rule.
    #expect(t.byKind.contains { $0.key == "pinyin" && $0.removals == 128 })
    #expect(t.byRule.contains { $0.key == "strip-pinyin-annotations" && $0.removals == 128 })
    let langs = t.sentences.map(\.lang)
    #expect(langs.contains("zh") && langs.contains("en"))
    #expect(t.sentences.first { $0.lang == "en" }?.unit == "words")
    #expect(t.sentences.first { $0.lang == "zh" }?.unit == "characters")
    // Ten input files (five seeds, five web samples); the three articles of seed 000 share one.
    #expect(t.inputBytes == 7642 + 11270 + 7596 + 6524 + 5841 + 1468 + 1490 + 1776 + 5807 + 9355)
  }

  @Test func theJSONFollowsItsPublishedSchema() throws {
    let schema = try JSONValue.parse(StatsSchema.text)
    let validator = SchemaValidator(schema: schema)
    for merging in [true, false] {
      let json = try Self.corpus(merging: merging).json
      #expect(validator.errors(json) == [])
      #expect(json["schema"] == .string("qingxi/stats@1"))
    }
    // The validator does catch a wrong object.
    #expect(!validator.errors(.object(["schema": .string("qingxi/stats@1")])).isEmpty)
  }

  @Test func noInputRecordsGiveAnEmptyButValidReport() throws {
    let path = try CorpusRecords.file("")
    defer { CorpusRecords.remove(path) }
    let r = try StatsReport.build(inputs: [path])
    #expect(r.cases.cases == 0)
    #expect(SchemaValidator(schema: try JSONValue.parse(StatsSchema.text)).errors(r.json) == [])
    #expect(StatsTable.render(r).contains("Cases: 0"))
  }
}
