import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi
import TextSupport

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
    // The five seeds, the five web samples (two pages, three texts in GBK, Big5 and UTF-16), a WARC and a WET.
    #expect(summary["inputs"] == .int(12))
    #expect(summary["documents_rejected"] == .int(0))
    #expect(r.stderr.contains("12 input(s)"))
    // Entities and cases are counted: seed 001 gives five cases and seed 002 two; the WARC and WET wrap
    // seeds 000, 001 and 002 again.
    #expect(summary["cases"] == .int(11))
    #expect(summary["entities"]?["prison_term"] == .int(9))
    #expect(r.stderr.contains("; 11 case(s)"))
    // WARC records holding no page are counted, by kind.
    #expect(
      summary["skipped_records"]
        == .object([
          "metadata": .int(1), "request": .int(2), "response_other_media_type": .int(1), "response_status_404": .int(1),
          "revisit": .int(1), "warcinfo": .int(2),
        ]))
    #expect(r.stderr.contains("8 WARC record(s) skipped"))
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
    try Data([0x6F, 0x6B, 0x20, 0xFF, 0xFF, 0x80]).write(to: dir.appendingPathComponent("b-undecodable.txt"))
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
    // Written into the input tree on purpose (--force): the run must not read its own output.
    let r = try run(["run", "--force", dir.path, "-o", out.path])
    #expect(r.status == 3, "\(r.stderr)")
    let written = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
    let ids = try written.map { try JSONValue.parse(String($0))["id"]?.stringValue ?? "" }
    #expect(ids.contains("a-good"))
    let summary = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("out.summary.json"), encoding: .utf8))
    let rejected = summary["rejected"]?.arrayValue ?? []
    func reason(_ id: String) -> String? { rejected.first { $0["id"]?.stringValue == id }?["reason"]?.stringValue }
    #expect(reason("b-undecodable")?.hasPrefix("undecodable bytes: not utf-8 (invalid at byte 3, 0xff)") == true)
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

  // MARK: safe paths

  @Test func refusesToOverwriteAnInputUnlessForced() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("d.jsonl")
    let original = "{\"id\":\"a\",\"text\":\"稀土。\"}\n"
    try Data(original.utf8).write(to: input)
    let r = try run(["run", input.path, "-o", input.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("is an input"))
    #expect(try String(contentsOf: input, encoding: .utf8) == original)
    let forced = try run(["run", "--force", input.path, "-o", input.path])
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOf: input, encoding: .utf8).contains("\"source\""))
  }

  @Test func neverReadsItsOwnOutputInTheInputTree() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("国家安全部发布提示。".utf8).write(to: dir.appendingPathComponent("a.txt"))
    let out = dir.appendingPathComponent("out.jsonl")
    let refused = try run(["run", dir.path, "-o", out.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("inside the input directory"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    for _ in 0..<2 {
      // The second run finds out.jsonl and out.summary.json in the tree, and reads neither.
      let r = try run(["run", "--force", dir.path, "-o", out.path])
      #expect(r.status == 0, "\(r.stderr)")
      #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 1)
      #expect(r.stderr.contains("1 input(s)"))
    }
    // No temporary file is left, hidden or not.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.txt", "out.jsonl", "out.summary.json"])
  }

  @Test func gzOutputIsGzip() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("x.jsonl.gz")
    let r = try run(["run", "Corpus/raw", "-o", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let gz = try Data(contentsOf: out)
    #expect(gz.prefix(2) == Data([0x1F, 0x8B]))
    let plain = try run(["run", "Corpus/raw"])
    #expect(try Gzip.decompress([UInt8](gz)) == Array(plain.stdout.utf8))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.summary.json").path))
    // And it reads back as input.
    let back = try run(["run", out.path])
    #expect(back.status == 0, "\(back.stderr)")
  }

  @Test func linkLoopsAndCollidingNames() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fm = FileManager.default
    try fm.createDirectory(at: dir.appendingPathComponent("in/sub"), withIntermediateDirectories: true)
    try Data("第一篇。".utf8).write(to: dir.appendingPathComponent("in/x.txt"))
    try Data("<p>第二篇。</p>".utf8).write(to: dir.appendingPathComponent("in/x.html"))
    try Data("第三篇。".utf8).write(to: dir.appendingPathComponent("in/sub/y.txt"))
    try fm.createSymbolicLink(atPath: dir.appendingPathComponent("in/sub/loop").path, withDestinationPath: dir.appendingPathComponent("in").path)
    let r = try run(["run", dir.appendingPathComponent("in").path])
    #expect(r.status == 0, "\(r.stderr)")
    let ids = try r.stdout.split(separator: "\n").map { try JSONValue.parse(String($0))["id"]?.stringValue ?? "" }
    #expect(ids == ["sub/y", "x.html", "x.txt"])
  }

  @Test func duplicateJSONLinesIdsAreReported() throws {
    let input = "{\"id\":\"d\",\"text\":\"稀土。\"}\n{\"id\":\"d\",\"text\":\"钢铁。\"}\n{\"id\":\"e\",\"text\":\"煤炭。\"}\n"
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try run(["run", "-", "-o", dir.appendingPathComponent("o.jsonl").path], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("1 record(s) with an id written before (first: d)"))
    let summary = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("o.summary.json"), encoding: .utf8))
    #expect(summary["duplicate_ids"]?["count"] == .int(1))
    #expect(summary["records_written"] == .int(3))
  }

  @Test func missingInputIsAUsageError() throws {
    let r = try run(["run", "Corpus/raw", "/nonexistent/qingxi-input"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("/nonexistent/qingxi-input"))
    #expect(r.stdout.isEmpty)
  }

  @Test func outputErrorsNameTheUsersPath() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let blocker = dir.appendingPathComponent("file")
    try Data("x".utf8).write(to: blocker)
    let out = blocker.appendingPathComponent("out.jsonl").path
    let r = try run(["run", "Corpus/raw", "-o", out])
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot write \(out)"))
    #expect(!r.stderr.contains("tmp-"))
  }

  // MARK: jobs

  /// A JSON Lines set made from the seed pages (the UTF-8 texts of Corpus/raw): paragraphs recombined, with
  /// bad lines and a repeated id.
  func generatedSet(in dir: URL, records: Int) throws -> URL {
    let raw = PackageRoot.url.appendingPathComponent("Corpus/raw")
    var paragraphs: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: raw.path).sorted() where name.hasSuffix(".txt") {
      guard let text = try? String(contentsOf: raw.appendingPathComponent(name), encoding: .utf8) else { continue }
      paragraphs += text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
    var out = ""
    for i in 0..<records {
      switch i % 37 {
      case 5: out += "not json \(i)\n"
      case 11: out += "{\"id\":\"empty-\(i)\",\"text\":\"\"}\n"
      case 17: out += "{\"id\":\"same\",\"text\":\"稀土。\"}\n"
      default:
        let text = (0..<(1 + i % 7)).map { paragraphs[(i * 7 + $0 * 13) % paragraphs.count] }.joined(separator: "\n")
        var object = JSONObject()
        object["id"] = .string("g\(i)")
        object["text"] = .string(text)
        var line: [UInt8] = []
        JSONValue.object(object).write(into: &line, indent: nil, level: 0)
        out += String(decoding: line, as: UTF8.self) + "\n"
      }
    }
    let url = dir.appendingPathComponent("generated.jsonl")
    try Data(out.utf8).write(to: url)
    return url
  }

  @Test func anyNumberOfJobsWritesTheSameBytes() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let set = try generatedSet(in: dir, records: 400)
    var outputs: [String] = []
    var summaries: [JSONValue] = []
    for jobs in [1, 2, 3] {
      let out = dir.appendingPathComponent("out\(jobs)/")
      let r = try run(["run", "--jobs", "\(jobs)", "Corpus/raw", set.path, "-o", out.path + "/", "--rejects", out.path + "/rejects.jsonl"])
      #expect(r.status == 3, "\(r.stderr)")
      // Rejections are summarised by reason (numbers elided), then the first few in full.
      #expect(r.stderr.contains("qingxi: rejected by reason:\n"))
      #expect(r.stderr.contains(" [read] not valid JSON\n"))
      #expect(r.stderr.contains("more (all listed in the summary file and --rejects)"))
      outputs.append(try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        + (try String(contentsOf: out.appendingPathComponent("rejects.jsonl"), encoding: .utf8)))
      var summary = try JSONValue.parse(String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8))
      if case .object(var o) = summary {
        for key in ["seconds", "mb_per_s", "stage_seconds"] { o[key] = nil }
        summary = .object(o)
      }
      summaries.append(summary)
    }
    #expect(outputs[0].split(separator: "\n").count > 390)
    #expect(outputs[1] == outputs[0])
    #expect(outputs[2] == outputs[0])
    #expect(summaries[1] == summaries[0])
    #expect(summaries[2] == summaries[0])
    #expect(summaries[0]["duplicate_ids"]?["count"]?.intValue ?? 0 > 0)
  }

  @Test func shardsTogetherAreOneRun() throws {
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let set = try generatedSet(in: dir, records: 120)
    _ = try run(["run", "--jobs", "1", "Corpus/raw", set.path, "-o", dir.path + "/whole.jsonl"])
    let whole = try String(contentsOf: dir.appendingPathComponent("whole.jsonl"), encoding: .utf8)
    let wholeSummary = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("whole.summary.json"), encoding: .utf8))
    var union: [Substring] = []
    var rejected = 0
    for k in 1...3 {
      let r = try run(["run", "--shard", "\(k)/3", "Corpus/raw", set.path, "-o", dir.path + "/s\(k).jsonl"])
      let lines = try String(contentsOf: dir.appendingPathComponent("s\(k).jsonl"), encoding: .utf8).split(separator: "\n")
      #expect(lines.count > 10, "\(r.stderr)")
      union += lines
      let summary = try JSONValue.parse(String(contentsOf: dir.appendingPathComponent("s\(k).summary.json"), encoding: .utf8))
      rejected += summary["documents_rejected"]?.intValue ?? 0
    }
    let all = whole.split(separator: "\n")
    // Every record of the one run is written by exactly one shard; each shard keeps input order.
    #expect(union.sorted() == all.sorted())
    #expect(rejected == wholeSummary["documents_rejected"]?.intValue)
    #expect(rejected > 0)
    #expect(try run(["run", "--shard", "4/3", "Corpus/raw"]).status == 2)
  }

  // MARK: stream

  @Test func streamWritesOneLinePerInputLineInOrder() throws {
    let input = [
      "{\"id\":\"a\",\"text\":\"国家安全部发布提示。\"}",
      "{\"id\":\"empty\",\"text\":\"\"}",
      "this is not json",
      "",
      "{\"text\":\"钢铁。\"}",
    ].joined(separator: "\n") + "\n"
    let r = try run(["stream"], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 5)
    let values = try lines.map { try JSONValue.parse(String($0)) }
    #expect(values.map { $0["id"]?.stringValue } == ["a", "empty", "stdin:3", "stdin:4", "stdin:5"])
    #expect(values[0]["text"] != nil && values[0]["rejected"] == nil)
    #expect(values[1]["rejected"]?["stage"] != nil)
    #expect(values[2]["rejected"]?["reason"] == .string("line 3: not valid JSON"))
    #expect(values[3]["rejected"]?["reason"] == .string("line 4: blank"))
    #expect(values[4]["text"] == .string("钢铁。"))
  }

  @Test func fieldOptionsReadOtherShapes() throws {
    let input = [
      #"{"doc_id":"x1","content":{"body":"被告人张某昨日被判处有期徒刑三年。"},"pubtime":"2021年3月5日 10:20"}"#,
      #"{"doc_id":"x2","content":{}}"#,
    ].joined(separator: "\n") + "\n"
    let fields = ["--text-field", "content.body", "--id-field", "doc_id", "--published-field", "pubtime"]
    let r = try run(["stream"] + fields, stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let values = try r.stdout.split(separator: "\n").map { try JSONValue.parse(String($0)) }
    #expect(values.map { $0["id"]?.stringValue } == ["x1", "x2"])
    #expect(values.first?["published"] == .string("2021-03-05T10:20"))
    #expect(values.first?["entities"]?.arrayValue?.contains { $0["text"] == .string("昨日") && $0["value"]?["value"] == .string("2021-03-04") } == true)
    #expect(values.last?["rejected"]?["reason"] == .string("line 2: no field `content.body`"))
    // `run` takes the same options, and reports a `published` that is not a date.
    let dir = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let feed = dir.appendingPathComponent("feed.jsonl")
    try Data((#"{"html":"<html><head><title>标题</title></head><body><p>法院判处被告人有期徒刑三年。</p></body></html>","published":"上周五"}"# + "\n").utf8).write(to: feed)
    let h = try run(["run", "-q", "--html-field", "html", feed.path])
    #expect(h.status == 0, "\(h.stderr)")
    let record = try JSONValue.parse(h.stdout)
    #expect(record["title"] == .string("标题") && record["text"] == .string("法院判处被告人有期徒刑三年。"))
    #expect(record["meta"]?["published"] == .string("上周五") && record["published"] == .null)
    #expect(h.stderr.contains("qingxi: 1 document(s) with a `published` that is not a date, kept in meta (first: feed:1)"))
    // One content field, named once.
    let both = try run(["run", "--text-field", "a", "--html-field", "b", feed.path])
    #expect(both.status == 2)
    #expect(both.stderr.contains("give --text-field or --html-field, not both"))
    #expect(try run(["stream", "--id-field", "a..b"], stdin: "").status == 2)
  }

  @Test func streamFlushesEachLineBeforeTheNextArrives() throws {
    let p = Process()
    p.executableURL = Self.binary
    p.arguments = ["stream"]
    let out = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardInput = inp
    p.standardError = FileHandle.nullDevice
    try p.run()
    defer {
      try? inp.fileHandleForWriting.close()
      p.waitUntilExit()
    }
    let got = DispatchSemaphore(value: 0)
    let box = LineBox()
    DispatchQueue.global().async {
      var data = Data()
      while !data.contains(0x0A) {
        let piece = out.fileHandleForReading.availableData
        if piece.isEmpty { break }
        data.append(piece)
      }
      box.set(String(decoding: data, as: UTF8.self))
      got.signal()
    }
    inp.fileHandleForWriting.write(Data("{\"id\":\"live\",\"text\":\"稀土。\"}\n".utf8))
    // Standard input stays open: the line must come out anyway.
    #expect(got.wait(timeout: .now() + 60) == .success)
    #expect(box.get().contains("\"id\":\"live\""))
  }
}

final class LineBox: @unchecked Sendable {
  private let lock = NSLock()
  private var value = ""
  func set(_ v: String) { lock.withLock { value = v } }
  func get() -> String { lock.withLock { value } }
}
