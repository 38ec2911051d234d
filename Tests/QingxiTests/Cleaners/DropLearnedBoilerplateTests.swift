import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropLearnedBoilerplateTests {
  func run(_ pipeline: Pipeline, _ path: String) throws -> Document {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let items = DocumentReader.read(bytes: bytes, path: path, id: "d")
    guard case .document(let doc)? = items.first else { throw StageError(stage: "read", reason: "no document") }
    let out = pipeline.run(doc)
    guard case .written(let d)? = out.first else { throw StageError(stage: "run", reason: "rejected: \(out)") }
    return d
  }

  @Test func nightlyRemovesTheLearnedChromeAndNothingElse() throws {
    let root = try BoilerplateFixture.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let tablePath = root.appendingPathComponent("boilerplate.table").path
    try Data(try BoilerplateFixture.learn([root.path]).table().serialized()).write(to: URL(fileURLWithPath: tablePath))
    let nightly = try BoilerplateFixture.nightly(table: tablePath)
    let plain = try DefaultPipeline.build()
    let chrome = BoilerplateFixture.chrome.header + BoilerplateFixture.chrome.footer
    var learnedRemovals = 0
    for i in 0..<30 {
      let path = root.appendingPathComponent("site-a/\(String(format: "%02d", i)).txt").path
      let doc = try run(nightly, path)
      for line in chrome { #expect(!doc.text.contains(line), "\(line) left in page \(i)") }
      for paragraph in BoilerplateFixture.article(i) { #expect(doc.text.contains(paragraph), "page \(i) lost \(paragraph)") }
      let learned = doc.removed.filter { $0.rule == DropLearnedBoilerplate.name }
      learnedRemovals += learned.count
      #expect(learned.allSatisfy { $0.kind == "boilerplate" && $0.reason == "seen in 30 of 30 documents of dir:site-a" })
    }
    #expect(learnedRemovals >= 30)
    // The other site is untouched: the same record as without the stage.
    for i in 0..<10 {
      let path = root.appendingPathComponent("site-b/\(String(format: "%02d", i)).txt").path
      let a = try run(nightly, path)
      let b = try run(plain, path)
      #expect(a.removed.allSatisfy { $0.rule != DropLearnedBoilerplate.name })
      #expect(a.record().serialized() == b.record().serialized())
    }
  }

  @Test func aPageOfNothingButLearnedLinesIsLeftAlone() throws {
    let lines = ["扫码关注我们", "欢迎订阅电子版"]
    var keys: [UInt64: Int] = [:]
    for l in lines {
      let s = Array(l.unicodeScalars)
      keys[try #require(LineKey.hash(s, 0..<s.count))] = 9
    }
    let stage = DropLearnedBoilerplate(
      table: BoilerplateTable(hosts: ["dir:x": .init(documents: 10, lines: keys)], minDocuments: 5, minShare: 0.3, maxLineScalars: 300))
    func clean(_ text: String) throws -> Document {
      var doc = Document(id: "t", source: Source(path: "x/1.txt", format: "txt", bytes: 0, sha256: ""), text: text)
      _ = try stage.process(&doc)
      return doc
    }
    #expect(try clean("扫码关注我们\n欢迎订阅电子版\n").removed.isEmpty)
    let doc = try clean("扫码关注 我们\n正文一句话。\n欢迎订阅电子版")
    #expect(doc.text == "正文一句话。\n")
    #expect(doc.removed.map(\.reason) == ["seen in 9 of 10 documents of dir:x", "seen in 9 of 10 documents of dir:x"])
    // Another host's page keeps the same lines.
    var other = Document(id: "t", source: Source(path: "y/1.txt", format: "txt", bytes: 0, sha256: ""), text: "扫码关注我们\n正文。")
    _ = try stage.process(&other)
    #expect(other.removed.isEmpty)
  }

  @Test(arguments: [
    ("", "empty file"),
    ("garbage\n", "line 1: not a JSON object"),
    ("{\"format\":\"other\"}\n", "not a boilerplate table"),
    ("{\"format\":\"qingxi-boilerplate-table\",\"version\":2}\n", "table version 2"),
    ("{\"format\":\"qingxi-boilerplate-table\",\"version\":1,\"fold\":\"old\"}\n", "line folding"),
    (Self.header(hosts: 1) + "{\"host\":\"a\",\"documents\":3,\"lines\":[[\"12\",3]]}\n", "line 2: each of `lines`"),
    (Self.header(hosts: 1) + "{\"host\":\"a\",\"documents\":3}\n", "line 2: a host line needs"),
    (Self.header(hosts: 2) + "{\"host\":\"a\",\"documents\":3,\"lines\":[]}\n", "truncated"),
    (Self.header(hosts: 1) + "{\"host\":\"a\",\"documents\":3,\"lines\":[[\"0123456789abcdef\",2]]", "line 2: not a JSON object"),
  ])
  func corruptTablesAreRejected(text: String, message: String) throws {
    #expect(throws: BoilerplateTableError.self) { try BoilerplateTable(bytes: Array(text.utf8)) }
    do {
      _ = try BoilerplateTable(bytes: Array(text.utf8))
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  static func header(hosts: Int) -> String {
    "{\"format\":\"qingxi-boilerplate-table\",\"version\":1,\"fold\":\"\(LineKey.fold)\",\"min_docs\":5,\"min_share\":0.3,\"max_line\":300,\"hosts\":\(hosts)}\n"
  }

  @Test func tableRoundTrips() throws {
    let t = BoilerplateTable(
      hosts: ["b.cn": .init(documents: 7, lines: [3: 5, 1: 7]), "a.cn": .init(documents: 50, lines: [.max: 40])],
      minDocuments: 5, minShare: 0.3, maxLineScalars: 200)
    let bytes = t.serialized()
    #expect(try BoilerplateTable(bytes: bytes) == t)
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines[1] == "{\"host\":\"a.cn\",\"documents\":50,\"lines\":[[\"ffffffffffffffff\",40]]}")
    #expect(lines[2] == "{\"host\":\"b.cn\",\"documents\":7,\"lines\":[[\"0000000000000001\",7],[\"0000000000000003\",5]]}")
  }

  @Test func aMissingOrCorruptTableIsAPipelineError() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("bad.table").path
    try Data("not a table".utf8).write(to: URL(fileURLWithPath: bad))
    for (table, words) in [(bad, "not a JSON object"), (dir.appendingPathComponent("none.table").path, "cannot read")] {
      #expect(throws: PipelineSpecError.self) { try BoilerplateFixture.nightly(table: table) }
      do {
        _ = try BoilerplateFixture.nightly(table: table)
      } catch {
        #expect("\(error)".contains(words), "\(error)")
        #expect("\(error)".contains("table"), "\(error)")
      }
    }
    #expect(throws: PipelineSpecError.self) {
      try TestPipelines.pipeline("stages: [decode, drop-learned-boilerplate]")
    }
  }
}
