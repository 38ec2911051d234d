import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// Runs the built `qingxi` binary as a user would and checks its output, files and exit status.
@Suite(.serialized) struct CLITests {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var binary: URL {
    // The test bundle sits in the build products directory beside the executable.
    var dir = Bundle.main.bundleURL
    if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("qingxi").path) {
      dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }
    for candidate in [dir, dir.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("qingxi")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return PackageRoot.url.appendingPathComponent(".build/debug/qingxi")
  }

  func run(_ args: [String], stdin: String? = nil) throws -> Result {
    let p = Process()
    p.executableURL = Self.binary
    p.arguments = args
    p.currentDirectoryURL = PackageRoot.url
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func runsTheCorpusIntoADirectory() throws {
    let out = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let r = try run(["run", "Corpus/raw", "--output", out.path + "/"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    #expect(lines.count >= 5)
    let validator = try SchemaValidator.document()
    for line in lines { #expect(validator.errors(try JSONValue.parse(String(line))) == []) }
    let summary = try JSONValue.parse(String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8))
    #expect(summary["inputs"] == .int(5))
    #expect(summary["documents_rejected"] == .int(0))
    #expect(r.stderr.contains("5 input(s)"))
    // Entities and cases are counted: seed 001 gives five cases and seed 002 two.
    #expect(summary["cases"] == .int(7))
    #expect(summary["entities"]?["prison_term"] == .int(5))
    #expect(r.stderr.contains("; 7 case(s)"))
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names == ["documents.jsonl", "summary.json"])
  }

  @Test func badInputsAreRejectedAndTheRunGoesOn() throws {
    let dir = try temporaryDirectory()
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.appendingPathComponent("locked").path)
      try? FileManager.default.removeItem(at: dir)
    }
    try Data("国家安全部发布提示。".utf8).write(to: dir.appendingPathComponent("a-good.txt"))
    try Data([0x6F, 0x6B, 0x20, 0xB9, 0xFA]).write(to: dir.appendingPathComponent("b-gbk.txt"))
    try Data().write(to: dir.appendingPathComponent("c-empty.txt"))
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]).write(to: dir.appendingPathComponent("d-binary"))
    let locked = dir.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try Data("稀土。".utf8).write(to: locked.appendingPathComponent("e.txt"))
    try Data("x".utf8).write(to: dir.appendingPathComponent("f-unreadable.txt"))
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir.appendingPathComponent("f-unreadable.txt").path)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
    // An input that cannot be read even by root: a link to nothing.
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("g-dangling.txt").path, withDestinationPath: "/nonexistent/qingxi")
    let runningAsRoot = getuid() == 0

    let out = dir.appendingPathComponent("out.jsonl")
    let r = try run(["run", dir.path, "-o", out.path])
    #expect(r.status == 3, "\(r.stderr)")
    let written = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
    let ids = try written.map { try JSONValue.parse(String($0))["id"]?.stringValue ?? "" }
    #expect(ids.contains("a-good"))
    let summary = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("out.summary.json"), encoding: .utf8))
    let rejected = summary["rejected"]?.arrayValue ?? []
    func reason(_ id: String) -> String? { rejected.first { $0["id"]?.stringValue == id }?["reason"]?.stringValue }
    #expect(reason("b-gbk") == "invalid utf-8 at byte 3 (0xb9); other encodings are not detected yet")
    #expect(reason("c-empty") == "empty input: 0 bytes")
    #expect(reason("d-binary")?.hasPrefix("binary content") == true)
    #expect(reason("g-dangling") == "cannot read: broken symbolic link")
    if !runningAsRoot {
      // root reads through permissions, so these two only fail for ordinary users.
      #expect(reason("locked")?.hasPrefix("cannot list directory") == true)
      #expect(reason("f-unreadable")?.hasPrefix("cannot read") == true)
    }
    let documents = summary["documents"]?.intValue ?? -1
    // Every input (file, link, unlistable directory) is either written or rejected with a reason.
    #expect(summary["inputs"]?.intValue == rejected.count + (summary["documents_written"]?.intValue ?? 0))
    #expect(documents <= summary["inputs"]?.intValue ?? 0)
    #expect(r.stderr.contains("rejected"))
  }

  @Test func readsStandardInputAndWritesStandardOutput() throws {
    let r = try run(["run", "-"], stdin: "{\"id\":\"x1\",\"text\":\"稀土。\",\"url\":\"u\"}\n")
    #expect(r.status == 0, "\(r.stderr)")
    let record = try JSONValue.parse(r.stdout.trimmingCharacters(in: .newlines))
    #expect(record["id"] == .string("x1"))
    #expect(record["meta"]?["url"] == .string("u"))
    #expect(record["source"]?["path"] == .string("-"))
  }

  @Test func sameInputGivesIdenticalOutput() throws {
    let a = try run(["run", "Corpus/raw"])
    let b = try run(["run", "Corpus/raw"])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
    #expect(!a.stdout.isEmpty)
  }

  @Test func brokenPipelineExitsTwoWithFileAndLine() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let yaml = dir.appendingPathComponent("bad.yaml")
    try Data("stages:\n  - decode\n  - split-blokcs\n".utf8).write(to: yaml)
    let r = try run(["run", "--pipeline", yaml.path, "Corpus/raw"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("bad.yaml:3: unknown stage `split-blokcs`; did you mean `split-blocks`?"))
    #expect(r.stdout.isEmpty)
  }

  @Test func formerStageNameRunsWithAWarning() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let yaml = dir.appendingPathComponent("old.yaml")
    try Data("stages:\n  - decode\n  - extract-bylines\n  - split-blocks\n".utf8).write(to: yaml)
    let r = try run(["run", "--pipeline", yaml.path, "-"], stdin: "正文。据新华社\n")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("warning: \(yaml.path):3: stage `extract-bylines` is now called `drop-bylines`"))
    #expect(r.stdout.contains("\"text\":\"正文。\""))
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try run(["run"]).status == 2)
    #expect(try run(["run", "--no-such-flag", "x"]).status == 2)
  }

  /// `qingxi stages` (every stage with its options, types, defaults and choices) and `qingxi schema` are
  /// public surface: they are compared with recorded files, so renaming an option is a reviewed change.
  @Test func stagesMatchTheSnapshot() throws {
    let st = try run(["stages"])
    #expect(st.status == 0, "\(st.stderr)")
    let mismatch = Snapshot.mismatch(st.stdout, recordedAt: "Tests/qingxiTests/Snapshots/stages.txt")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test func schemaMatchesTheSnapshot() throws {
    let s = try run(["schema"])
    #expect(s.status == 0, "\(s.stderr)")
    #expect(try JSONValue.parse(s.stdout)["$id"] == .string("qingxi/document@1"))
    let mismatch = Snapshot.mismatch(s.stdout, recordedAt: "Tests/qingxiTests/Snapshots/schema.json")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test("segment writes each line's words space-separated (SIGHAN format); empty lines stay")
  func segmentWords() throws {
    let r = try run(["segment"], stdin: "国家安全机关查明，叶某某收受报酬。\n\nCheng was fined RMB 100,000.\n")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "国家安全 机关 查明 ， 叶 某某 收受 报酬 。\n\nCheng was fined RMB 100,000 .\n")
  }

  @Test("segment --user-dict keeps dictionary words whole; --sentences writes one sentence per line")
  func segmentWithDictionaryAndSentences() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let dict = dir.appendingPathComponent("d.txt")
    try Data("国家安全机关\n叶某某 10\n".utf8).write(to: dict)
    let w = try run(["segment", "--user-dict", dict.path], stdin: "国家安全机关查明，叶某某收受报酬。\n")
    #expect(w.stdout == "国家安全机关 查明 ， 叶某某 收受 报酬 。\n")
    let s = try run(["segment", "--sentences"], stdin: "国家安全机关查明；叶某某收受报酬……\nMr. Cheng was fined RMB 100,000. He appealed.\n")
    #expect(s.stdout == "国家安全机关查明；\n叶某某收受报酬……\nMr. Cheng was fined RMB 100,000.\nHe appealed.\n")
    let bad = try run(["segment", "--user-dict", dir.appendingPathComponent("missing.txt").path], stdin: "x\n")
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("missing.txt"))
  }
}

