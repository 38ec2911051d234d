import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// Worker processes seen from outside: the built binary, with the test-only hooks of `qingxi worker`
/// (`QINGXI_TEST_TRAP_ON`, `QINGXI_TEST_HANG_ON`) making chosen documents trap or hang.
@Suite(.serialized) struct SupervisionTests {
  struct Result {
    var status: Int32
    var stderr: String
  }

  func run(_ args: [String], in directory: URL = PackageRoot.url, environment: [String: String] = [:]) throws -> Result {
    let p = Process()
    p.executableURL = CLITests.binary
    p.arguments = args
    p.currentDirectoryURL = directory
    p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let err = Pipe()
    p.standardOutput = FileHandle.nullDevice
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(status: p.terminationStatus, stderr: String(decoding: e, as: UTF8.self))
  }

  static let texts = [
    "北京市第二中级人民法院判处被告人张某有期徒刑三年，并处罚金人民币五万元。",
    "Cheng was sentenced to five years in prison and fined RMB 100,000 by the court in Shanghai.",
    "国家安全部发布提示，提醒公众注意防范。\n\n责任编辑：李明",
    "The ministry said on Tuesday that exports of rare earths rose 12 percent.",
  ]

  /// JSON Lines with ids; the lines whose index is in `marked` carry `marker` in their text.
  func corpus(_ count: Int, marked: Set<Int> = [], marker: String = "") -> String {
    (0..<count).map { i -> String in
      var text = "\(Self.texts[i % Self.texts.count]) 第\(i)号。"
      if marked.contains(i) { text += " " + marker }
      return JSONValue.object(JSONObject([("id", .string("doc\(i)")), ("text", .string(text))])).serialized()
    }.joined(separator: "\n") + "\n"
  }

  func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-sup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  /// A document that traps costs only itself: rejected as a crash, every other record written, byte for
  /// byte what a run without it writes, and the counts add up.
  @Test(arguments: [1, 2, 3])
  func aTrappingDocumentCostsOnlyItself(jobs: Int) throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let marker = "QX-TEST-TRAP-7f3a"
    try corpus(14, marked: [5], marker: marker).write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    // The same documents without the bad one, and its marker nowhere.
    let clean = corpus(14).split(separator: "\n").enumerated().filter { $0.offset != 5 }.map(\.element).joined(separator: "\n") + "\n"
    // Same file name (it is in each record's source), another directory.
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("clean"), withIntermediateDirectories: true)
    try clean.write(to: dir.appendingPathComponent("clean/in.jsonl"), atomically: true, encoding: .utf8)
    let r = try run(
      ["run", "-j", "\(jobs)", "in.jsonl", "-o", dir.path + "/out.jsonl", "--rejects", dir.path + "/rej.jsonl"],
      in: dir, environment: ["QINGXI_TEST_TRAP_ON": marker])
    #expect(r.status == 3, "\(r.stderr)")
    let ref = try run(["run", "-j", "1", "in.jsonl", "-o", dir.path + "/ref.jsonl"], in: dir.appendingPathComponent("clean"), environment: ["QINGXI_TEST_TRAP_ON": marker])
    #expect(ref.status == 0, "\(ref.stderr)")
    #expect(try read(dir.appendingPathComponent("out.jsonl")) == (try read(dir.appendingPathComponent("ref.jsonl"))))
    let rejects = try read(dir.appendingPathComponent("rej.jsonl")).split(separator: "\n").map { try JSONValue.parse(String($0)) }
    #expect(rejects.count == 1)
    #expect(rejects.first?["id"] == .string("doc5"))
    #expect(rejects.first?["stage"] == .string("worker"))
    let reason = rejects.first?["reason"]?.stringValue ?? ""
    #expect(reason.wholeMatch(of: /crashed: signal [0-9]+/) != nil, "\(reason)")
    let summary = try JSONValue.parse(read(dir.appendingPathComponent("out.summary.json")))
    #expect(summary["documents"] == .int(14))
    #expect(summary["documents_written"] == .int(13))
    #expect(summary["documents_rejected"] == .int(1))
    #expect(summary["records_written"] == .int(13))
  }

  /// A document that never ends is rejected at the time limit; the run goes on and ends soon after.
  @Test func aHangingDocumentTimesOut() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let marker = "QX-TEST-HANG-91c2"
    try corpus(8, marked: [2], marker: marker).write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    let started = Date()
    let r = try run(
      ["run", "-j", "2", "--timeout", "1", dir.appendingPathComponent("in.jsonl").path, "-o", dir.path + "/out.jsonl", "--rejects", dir.path + "/rej.jsonl"],
      environment: ["QINGXI_TEST_HANG_ON": marker])
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(r.status == 3, "\(r.stderr)")
    let rejects = try read(dir.appendingPathComponent("rej.jsonl")).split(separator: "\n").map { try JSONValue.parse(String($0)) }
    #expect(rejects.map { $0["id"] } == [.string("doc2")])
    #expect(rejects.first?["reason"] == .string("timeout after 1 s"))
    #expect(rejects.first?["stage"] == .string("worker"))
    #expect(try read(dir.appendingPathComponent("out.jsonl")).split(separator: "\n").count == 7)
  }

  /// A worker publishes the stage it is in: a crash or a hang inside a stage is rejected under its name.
  @Test(arguments: ["QINGXI_TEST_TRAP_ON", "QINGXI_TEST_HANG_ON"])
  func theStageOfACrashOrHangIsNamed(hook: String) throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let marker = "QX-TEST-STAGE-0b7e"
    try corpus(4, marked: [1], marker: marker).write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    let r = try run(
      ["run", "-j", "1", "--timeout", "1", dir.appendingPathComponent("in.jsonl").path, "-o", dir.path + "/out.jsonl", "--rejects", dir.path + "/rej.jsonl"],
      environment: [hook: marker, "QINGXI_TEST_HOOK_STAGE": "split-sentences"])
    #expect(r.status == 3, "\(r.stderr)")
    let rejects = try read(dir.appendingPathComponent("rej.jsonl")).split(separator: "\n").map { try JSONValue.parse(String($0)) }
    #expect(rejects.map { $0["id"] } == [.string("doc1")])
    #expect(rejects.first?["stage"] == .string("split-sentences"))
    let reason = rejects.first?["reason"]?.stringValue ?? ""
    #expect(reason.wholeMatch(of: hook.hasSuffix("TRAP_ON") ? /crashed: signal [0-9]+/ : /timeout after 1 s/) != nil, "\(reason)")
    #expect(try read(dir.appendingPathComponent("out.jsonl")).split(separator: "\n").count == 3)
  }

  /// Worker processes write the bytes threads write, for any --jobs, even with several crashes in a run
  /// (each replaced worker carries on).
  @Test func workersWriteWhatThreadsWrite() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let marker = "QX-TEST-TRAP-55d0"
    try corpus(150, marked: [3, 4, 70, 149], marker: marker).write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    var outputs: [String] = []
    var summaries: [JSONValue] = []
    for (isolation, jobs) in [("process", 1), ("process", 2), ("process", 3), ("thread", 2)] {
      let out = dir.appendingPathComponent("\(isolation)\(jobs)/")
      // Thread runs get no trap hook (it is honoured only in workers): their records are the reference.
      let r = try run(
        ["run", "--isolation", isolation, "-j", "\(jobs)", "Corpus/raw", dir.appendingPathComponent("in.jsonl").path, "-o", out.path + "/"],
        environment: isolation == "process" ? ["QINGXI_TEST_TRAP_ON": marker] : [:])
      #expect(r.status == (isolation == "process" ? 3 : 0), "\(r.stderr)")
      outputs.append(try read(out.appendingPathComponent("documents.jsonl")))
      var summary = try JSONValue.parse(read(out.appendingPathComponent("summary.json")))
      if case .object(var o) = summary {
        for key in ["seconds", "mb_per_s", "stage_seconds", "rejected", "documents_rejected", "documents_written", "records_written", "removed", "removed_by_rule", "entities", "cases", "accounting"] {
          o[key] = nil
        }
        summary = .object(o)
      }
      summaries.append(summary)
    }
    let threadLines = outputs[3].split(separator: "\n")
    let thread = threadLines.filter { !$0.contains(marker) }.joined(separator: "\n") + "\n"
    #expect(threadLines.count > 150)
    #expect(outputs[0].split(separator: "\n").count == threadLines.count - 4)
    #expect(outputs[0] == thread)
    #expect(outputs[1] == outputs[0])
    #expect(outputs[2] == outputs[0])
    #expect(summaries[1] == summaries[0] && summaries[2] == summaries[0] && summaries[3] == summaries[0])
  }

  /// A run killed with SIGKILL leaves no worker behind, not even one stuck in a document that never ends.
  @Test func workersDoNotOutliveAKilledRun() throws {
    let dir = try directory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let marker = "QX-TEST-HANG-orphan"
    try corpus(3, marked: [0], marker: marker).write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = CLITests.binary
    p.arguments = ["run", "-q", "-j", "2", "--timeout", "0", dir.appendingPathComponent("in.jsonl").path, "-o", dir.path + "/out.jsonl"]
    p.environment = ProcessInfo.processInfo.environment.merging(["QINGXI_TEST_HANG_ON": marker]) { $1 }
    p.standardError = FileHandle.nullDevice
    try p.run()
    func children() -> [Int32] {
      let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap { Int32($0) } ?? []
      return pids.filter { pid in
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")")
        else { return false }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 && Int32(fields[1]) == p.processIdentifier
      }
    }
    var workers: [Int32] = []
    for _ in 0..<300 where workers.count < 2 {
      Thread.sleep(forTimeInterval: 0.1)
      workers = children()
    }
    #expect(workers.count == 2)
    // Let the hanging document reach its worker.
    Thread.sleep(forTimeInterval: 1)
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    var alive = workers
    for _ in 0..<100 where !alive.isEmpty {
      Thread.sleep(forTimeInterval: 0.1)
      // A worker whose parent died is reparented; it is gone once /proc no longer lists it (or it is a zombie).
      alive = alive.filter { pid in
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
      }
    }
    #expect(alive.isEmpty, "workers still running: \(alive)")
  }

  @Test func theWorkerCommandIsHiddenAndTimeoutNeedsWorkers() throws {
    let p = Process()
    p.executableURL = CLITests.binary
    p.arguments = ["--help"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let help = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(help.contains("stream"))
    #expect(!help.contains("worker"))
    #expect(try run(["run", "--isolation", "thread", "--timeout", "5", "Corpus/raw"]).status == 2)
    #expect(try run(["run", "--timeout", "-1", "Corpus/raw"]).status == 2)
  }
}
