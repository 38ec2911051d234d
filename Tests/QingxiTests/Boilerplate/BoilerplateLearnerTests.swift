import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

enum PackageRootPath {
  static var nightly: String { PackageRoot.path("Pipelines/nightly.yaml") }
}

@Suite struct BoilerplateLearnerTests {
  @Test func learnsTheSharedChromeOfOneSiteOnly() throws {
    let root = try BoilerplateFixture.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let learner = try BoilerplateFixture.learn([root.path])
    #expect(learner.documentsRead == 40)
    #expect(learner.documentsCounted == 40)
    #expect(learner.hostDocuments == ["dir:site-a": 30, "dir:site-b": 10])
    let table = learner.table()
    #expect(Array(table.hosts.keys) == ["dir:site-a"])
    let site = try #require(table.hosts["dir:site-a"])
    #expect(site.documents == 30)
    // Every chrome line that reached the prefix's end is learned, in all 30 documents; no article line is.
    let chromeKeys = Set((BoilerplateFixture.chrome.header + BoilerplateFixture.chrome.footer).compactMap(key))
    #expect(!site.lines.isEmpty)
    #expect(Set(site.lines.keys).isSubset(of: chromeKeys))
    #expect(site.lines.values.allSatisfy { $0 == 30 })
    let articleKeys = Set((0..<30).flatMap(BoilerplateFixture.article).compactMap(key))
    #expect(articleKeys.isDisjoint(with: site.lines.keys))
  }

  func key(_ s: String) -> UInt64? {
    let a = Array(s.unicodeScalars)
    return LineKey.hash(a, 0..<a.count)
  }

  @Test func tableBytesAreTheSameForAnyJobsAndRun() throws {
    let root = try BoilerplateFixture.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let one = try BoilerplateFixture.learn([root.path], jobs: 1).table().serialized()
    let again = try BoilerplateFixture.learn([root.path], jobs: 1).table().serialized()
    let three = try BoilerplateFixture.learn([root.path], jobs: 3).table().serialized()
    #expect(one == again)
    #expect(one == three)
    let text = String(decoding: one, as: UTF8.self)
    #expect(text.hasPrefix("{\"format\":\"qingxi-boilerplate-table\",\"version\":1,"))
    #expect(text.split(separator: "\n").count == 2)
  }

  @Test func thresholdsDecide() throws {
    let root = try BoilerplateFixture.write()
    defer { try? FileManager.default.removeItem(at: root) }
    var strict = BoilerplateFixture.testOptions
    strict.minDocuments = 31
    #expect(try BoilerplateFixture.learn([root.path], options: strict).table().hosts.isEmpty)
    // A line in 30 of 30 passes a share of 1; the ten pages of site-b share nothing.
    var all = BoilerplateFixture.testOptions
    all.minShare = 1
    #expect(try BoilerplateFixture.learn([root.path], options: all).table().hosts.keys.sorted() == ["dir:site-a"])
  }

  @Test func duplicatePagesDoNotMakeTheirArticleBoilerplate() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-dup-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let dir = root.appendingPathComponent("mirror")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    // The same article fetched eight times (its view counter changing), and four other pages.
    for i in 0..<8 {
      let page = BoilerplateFixture.article(3).joined(separator: "\n\n") + "\n\n阅读 \(100 + i * 17)\n"
      try page.write(to: dir.appendingPathComponent("dup\(i).txt"), atomically: true, encoding: .utf8)
    }
    for i in 0..<4 {
      try BoilerplateFixture.article(10 + i).joined(separator: "\n\n").write(
        to: dir.appendingPathComponent("other\(i).txt"), atomically: true, encoding: .utf8)
    }
    let learner = try BoilerplateFixture.learn([root.path])
    #expect(learner.duplicates == 7)
    #expect(learner.hostDocuments == ["dir:mirror": 5])
    #expect(learner.table().hosts.isEmpty)
  }

  @Test func prefixEndsWhereNightlyRunsTheStage() throws {
    let prefix = BoilerplateLearner.prefix(of: try DefaultPipeline.build())
    let nightly = try BoilerplateFixture.nightly(table: try Self.emptyTable())
    let names = nightly.stages.map(\.name)
    let at = try #require(names.firstIndex(of: DropLearnedBoilerplate.name))
    #expect(Array(names[..<at]) == prefix.stages.map(\.name))
    #expect(BoilerplateLearner.prefix(of: nightly).stages.map(\.name) == prefix.stages.map(\.name))
    // Nightly is the default pipeline plus this one stage.
    var rest = names
    rest.remove(at: at)
    #expect(rest == (try DefaultPipeline.build()).stages.map(\.name))
  }

  static func emptyTable() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-empty-\(UUID().uuidString).table").path
    let t = BoilerplateTable(hosts: [:], minDocuments: 5, minShare: 0.3, maxLineScalars: 300)
    try Data(t.serialized()).write(to: URL(fileURLWithPath: path))
    return path
  }
}
