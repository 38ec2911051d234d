import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

extension CLITests {
  /// A small site: `n` pages sharing a header and footer around a different article each.
  func writeSite(_ dir: URL, pages n: Int) throws {
    let site = dir.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    let places = ["河东区", "西山镇", "南湖街道", "北岭村", "东港新区", "青石乡", "柳林县", "白沙湾"]
    for i in 0..<n {
      let page = "晨星日报 首页 本地 财经 文体\n\n\(places[i])社区图书馆正式对外开放，居民可以通过线上平台预约。\n\n扫描二维码关注晨星日报公众号\n"
      try page.write(to: site.appendingPathComponent("\(i).txt"), atomically: true, encoding: .utf8)
    }
  }

  @Test func learnBoilerplateWritesTheSameTableForAnyJobsAndNightlyUsesIt() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeSite(dir, pages: 8)
    let t1 = dir.appendingPathComponent("one.table").path
    let t2 = dir.appendingPathComponent("two.table").path
    let site = dir.appendingPathComponent("site").path
    let r1 = try run(["learn-boilerplate", site, "-o", t1, "--jobs", "1"])
    let r2 = try run(["learn-boilerplate", site, "-o", t2, "--jobs", "2"])
    #expect(r1.status == 0, "\(r1.stderr)")
    #expect(r2.status == 0, "\(r2.stderr)")
    #expect(r1.stderr.contains("8 documents read"), "\(r1.stderr)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: t1))
    #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: t2))))
    let table = try BoilerplateTable(bytes: Array(bytes))
    // The header; the footer is a social-media promotion `drop-injected-spam` removes before.
    #expect(table.hosts["dir:site"]?.lines.count == 1)
    // Learning again with the table inside the input folder does not read the table as a page.
    let inside = dir.appendingPathComponent("site/boilerplate.table").path
    try FileManager.default.copyItem(atPath: t1, toPath: inside)
    let again = try run(["learn-boilerplate", site, "-o", inside])
    #expect(again.stderr.contains("8 documents read (8 counted, 0 duplicates, 0 rejected, 0 unreadable)"), "\(again.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: inside)) == bytes)
    try FileManager.default.removeItem(atPath: inside)
    // The nightly pipeline with that table.
    let yaml = try String(contentsOfFile: PackageRoot.path("Pipelines/nightly.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "table: boilerplate.table", with: "table: one.table")
    let pipeline = dir.appendingPathComponent("nightly.yaml").path
    try yaml.write(toFile: pipeline, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.jsonl").path
    let r = try run(["run", "--quiet", "--pipeline", pipeline, dir.appendingPathComponent("site").path, "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let records = try String(contentsOfFile: out, encoding: .utf8)
    #expect(records.contains("\"text\":\"河东区社区图书馆"))
    #expect(records.contains("\"rule\":\"drop-learned-boilerplate\""))
    #expect(records.contains("seen in 8 of 8 documents of dir:site"))
  }

  @Test func aCorruptTableIsAPipelineErrorExitTwo() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeSite(dir, pages: 2)
    try Data([0x1F, 0x8B, 0x00, 0xFF]).write(to: dir.appendingPathComponent("boilerplate.table"))
    let pipeline = dir.appendingPathComponent("nightly.yaml").path
    try FileManager.default.copyItem(atPath: PackageRoot.path("Pipelines/nightly.yaml"), toPath: pipeline)
    let r = try run(["run", "--quiet", "--pipeline", pipeline, dir.appendingPathComponent("site").path, "-o", "-"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("table"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    try FileManager.default.removeItem(atPath: dir.appendingPathComponent("boilerplate.table").path)
    let missing = try run(["run", "--quiet", "--pipeline", pipeline, dir.appendingPathComponent("site").path, "-o", "-"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read"), "\(missing.stderr)")
  }
}
