import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

#if canImport(Glibc)
  import Glibc
#endif

/// Kills `qingxi run` at seeded pseudo-random moments (SIGKILL, SIGTERM, SIGINT), resumes it until done,
/// and checks that the records, the rejects and the summary's counts are those of an uninterrupted run.
@Suite(.serialized) struct ResumeCLITests {
  let cli = CLITests()

  /// Inputs: the seed pages, and one generated JSON Lines set twice (under `a/` and `b/`: other ids,
  /// same texts, so `--dedupe content` skips most of b), with bad lines and a repeated id.
  func corpus(in dir: URL) throws -> [String] {
    var paths = ["Corpus/raw"]
    for name in ["a", "b"] {
      let sub = dir.appendingPathComponent("in/\(name)")
      try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
      _ = try cli.generatedSet(in: sub, records: 150)
      paths.append(sub.path)
    }
    return paths
  }

  func arguments(_ inputs: [String], out: URL, gzip: Bool = false) -> [String] {
    let ext = gzip ? "jsonl.gz" : "jsonl"
    return ["run", "-q", "--jobs", "2", "--dedupe", "content", "--commit-every", "7"] + inputs + [
      "-o", out.appendingPathComponent("x.\(ext)").path, "--rejects", out.appendingPathComponent("x.rejects.\(ext)").path,
    ]
  }

  /// Starts the binary; output goes nowhere (the files are what is checked).
  func start(_ args: [String]) throws -> Process {
    let p = Process()
    p.executableURL = CLITests.binary
    p.arguments = args
    p.currentDirectoryURL = PackageRoot.url
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    return p
  }

  /// The summary without its times.
  func counts(_ dir: URL, gzip: Bool = false) throws -> JSONValue {
    let s = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("x.summary.json"), encoding: .utf8))
    guard case .object(var o) = s else { return s }
    for key in ["seconds", "mb_per_s", "stage_seconds"] { o[key] = nil }
    return .object(o)
  }

  func bytes(_ url: URL) -> Data { (try? Data(contentsOf: url)) ?? Data() }

  /// A small deterministic generator for the kill points.
  struct Seeded {
    var state: UInt64
    mutating func fraction() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
  }

  /// Size of a file, 0 if it is not there.
  func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  /// Sends `sig` to `p` once its partial output has grown past `target` bytes (a point in the run that
  /// does not depend on how loaded the machine is), unless it ends first. True if the signal was sent.
  func signal(_ p: Process, _ sig: Int32, whenPast target: Int, partial: String) -> Bool {
    while p.isRunning {
      if size(partial) >= target {
        kill(p.processIdentifier, sig)
        return true
      }
      usleep(5000)
    }
    return false
  }

  @Test func killedAnywhereAndResumedGivesTheUninterruptedBytes() throws {
    let dir = try cli.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let inputs = try corpus(in: dir)
    let full = dir.appendingPathComponent("full")
    let whole = try start(arguments(inputs, out: full))
    whole.waitUntilExit()
    #expect(whole.terminationStatus == 3)
    let fullSize = size(full.appendingPathComponent("x.jsonl").path)
    let expected = try counts(full)
    #expect(expected["skipped_duplicates"]?["count"]?.intValue ?? 0 > 100)
    let accounting = try #require(expected["accounting"])
    #expect(
      accounting["read"]?.intValue
        == (accounting["written"]?.intValue ?? 0) + (accounting["rejected"]?.intValue ?? 0) + (accounting["skipped"]?.intValue ?? 0))

    var seeded = Seeded(state: 2026)
    for (n, sig) in [SIGKILL, SIGTERM, SIGINT].enumerated() {
      let out = dir.appendingPathComponent("k\(n)")
      var kills = 0
      var interrupted = 0
      var finished = false
      for attempt in 0..<8 {
        var args = arguments(inputs, out: out)
        if attempt > 0 { args.append("--resume") }
        let partial = out.appendingPathComponent(".x.jsonl.partial").path
        let done = size(partial)
        let p = try start(args)
        if kills < 2 {
          // Somewhere in the first 90% of what is left of the output.
          let target = done + 1 + Int((0.05 + 0.85 * seeded.fraction()) * Double(max(fullSize - done, 0)))
          if signal(p, sig, whenPast: target, partial: partial) { kills += 1 }
        }
        p.waitUntilExit()
        if p.terminationReason == .exit, p.terminationStatus == 0 || p.terminationStatus == 3 {
          finished = true
          break
        }
        interrupted += 1
        if p.terminationReason == .exit {
          // Stopped cleanly: 128 + the signal, its temporary files gone, its manifest kept.
          #expect(p.terminationStatus == 128 + sig)
          let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
          #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
          #expect(names.contains("x.manifest.jsonl"), "\(names)")
        }
        if attempt == 0, FileManager.default.fileExists(atPath: out.appendingPathComponent("x.manifest.jsonl").path) {
          // Without --resume (or --force) a run refuses to start over an interrupted one.
          let refused = try cli.run(arguments(inputs, out: out))
          #expect(refused.status == 2)
          #expect(refused.stderr.contains("--resume"), "\(refused.stderr)")
        }
      }
      #expect(finished, "signal \(sig)")
      // The kills landed while the run was going (a kill after the end would test nothing).
      #expect(interrupted >= 1, "signal \(sig)")
      #expect(bytes(out.appendingPathComponent("x.jsonl")) == bytes(full.appendingPathComponent("x.jsonl")), "signal \(sig)")
      #expect(
        bytes(out.appendingPathComponent("x.rejects.jsonl")) == bytes(full.appendingPathComponent("x.rejects.jsonl")),
        "signal \(sig)")
      #expect(try counts(out) == expected, "signal \(sig)")
      let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
      #expect(left == ["x.jsonl", "x.rejects.jsonl", "x.summary.json"])
    }
  }

  @Test func gzipOutputResumesToTheSameCompressedBytes() throws {
    let dir = try cli.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let inputs = Array(try corpus(in: dir).dropFirst(2))
    let full = dir.appendingPathComponent("full")
    let whole = try start(arguments(inputs, out: full, gzip: true))
    whole.waitUntilExit()
    let out = dir.appendingPathComponent("k")
    let p = try start(arguments(inputs, out: out, gzip: true))
    let half = size(full.appendingPathComponent("x.jsonl.gz").path) / 2
    #expect(signal(p, SIGKILL, whenPast: half, partial: out.appendingPathComponent(".x.jsonl.gz.partial").path))
    p.waitUntilExit()
    #expect(p.terminationReason == .uncaughtSignal)
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("x.manifest.jsonl").path))
    var status: Int32 = -1
    for _ in 0..<3 where status != 0 && status != 3 {
      let r = try start(arguments(inputs, out: out, gzip: true) + ["--resume"])
      r.waitUntilExit()
      status = r.terminationStatus
    }
    #expect(status == 3)
    #expect(bytes(out.appendingPathComponent("x.jsonl.gz")) == bytes(full.appendingPathComponent("x.jsonl.gz")))
    #expect(bytes(out.appendingPathComponent("x.rejects.jsonl.gz")) == bytes(full.appendingPathComponent("x.rejects.jsonl.gz")))
    #expect(try counts(out) == (try counts(full)))
  }

  @Test func resumingWithOtherOptionsIsRefused() throws {
    let dir = try cli.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("o")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // A manifest as an interrupted run over Corpus/raw with --dedupe content left it.
    let first = try start(arguments(["Corpus/raw"], out: out) + ["--commit-every", "1"])
    first.waitUntilExit()
    let manifest = out.appendingPathComponent("x.manifest.jsonl")
    #expect(!FileManager.default.fileExists(atPath: manifest.path))
    let header = "{\"manifest\":\"qingxi/manifest@1\",\"fingerprint\":\"0000\"}\n"
    try Data(header.utf8).write(to: manifest)
    let r = try cli.run(arguments(["Corpus/raw"], out: out) + ["--resume"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("differ"), "\(r.stderr)")
    let forced = try cli.run(arguments(["Corpus/raw"], out: out) + ["--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(!FileManager.default.fileExists(atPath: manifest.path))
  }

  @Test func summaryFollowsThePublishedSchemaAndAddsUp() throws {
    let dir = try cli.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let set = try cli.generatedSet(in: dir, records: 60)
    let r = try cli.run(["run", "-q", "--dedupe", "id", "Corpus/raw", set.path, "-o", dir.path + "/out/"])
    #expect(r.status == 3, "\(r.stderr)")
    let schema = try cli.run(["schema", "--summary"])
    let validator = SchemaValidator(schema: try JSONValue.parse(schema.stdout))
    let summary = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("out/summary.json"), encoding: .utf8))
    #expect(validator.errors(summary) == [])
    let a = try #require(summary["accounting"])
    let read = a["read"]?.intValue ?? -1
    #expect(read == summary["documents"]?.intValue)
    #expect(read == (a["written"]?.intValue ?? 0) + (a["rejected"]?.intValue ?? 0) + (a["skipped"]?.intValue ?? 0))
    #expect(a["skipped"]?.intValue ?? 0 > 0)
    #expect(summary["skipped_duplicates"]?["first"] == .array([.string("same")]))
    #expect(a["written"] == summary["documents_written"])
    let lines = try String(contentsOf: dir.appendingPathComponent("out/documents.jsonl"), encoding: .utf8).split(separator: "\n")
    #expect(lines.count == summary["records_written"]?.intValue)
  }
}
