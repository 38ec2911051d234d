import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// Numbers far out of range, in every context that parses digits or numerals, run through the built
/// binary with the default and the words pipeline: a trap (overflow, bad conversion) would kill the whole
/// run, so the test checks that the run exits 0 and writes one record for every input.
@Suite(.serialized) struct CrashInputTests {
  /// Where a number is read: a template whose `#` is replaced by the long numeral.
  static let arabicContexts: [String] = [
    "#", "#年", "#月", "#日", "#号", "#元", "#万", "#万元", "#亿元", "#个月", "#项", "#名", "#天", "#岁", "#%",
    "2019-#", "2019-01-#", "#-01-01", "2019/#/01", "2019-01-01 #:00", "发布时间：2019-01-#", "2019年#月", "2019年1月#日",
    "#月#日", "于#年#月#日", "#-#年", "#至#万元", "#余万元", "#多万", "百分之#",
    "¥#", "￥#元", "US$ #", "US$# million", "RMB #", "$#", "人民币#元", "1.5#万元", "#.5亿元", "1,#,000元", "#e#", "#/#",
    "# million yuan", "was fined # yuan", "# years", "sentenced to # years and # months in prison", "in #",
    "April #, 2024", "April 15, #", "# April 2024",
    "被告人张某被判处有期徒刑#年。", "判处有期徒刑#年#个月，并处罚金人民币#元。", "有期徒刑#年", "行政拘留#日", "拘役#个月",
    "剥夺政治权利#年", "涉及秘密#项，其中绝密#项", "第#页", "1/#",
    "联系电话：#", "电话：010-#", "举报电话：0#", "+86 #", "Tel: (#) #", "http://example.com/#/a.html", "content id #",
  ]

  /// Contexts for Chinese numerals (`#` becomes 九九九…, 一万万万…, 〇〇〇…, 十十十…).
  static let hanContexts: [String] = [
    "#", "#年", "2019年#月", "#月#日", "#元", "#万元", "#个月", "#项", "判处有期徒刑#年", "拘役#个月", "百分之#", "#日",
    "# million yuan",
  ]

  static func numerals(_ n: Int) -> [String] {
    let digits = String(String(repeating: "1234567890", count: n / 10 + 1).prefix(n))
    let fullwidth = String(String.UnicodeScalarView(digits.unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + 0xFF10)! }))
    return [digits, String(repeating: "9", count: n), fullwidth]
  }

  static func hanNumerals(_ n: Int) -> [String] {
    [String(repeating: "九", count: n), "一" + String(repeating: "万", count: n), String(repeating: "〇", count: n),
     String(repeating: "十", count: n), String(repeating: "九百", count: n), "壹" + String(repeating: "拾", count: n) + "元整"]
  }

  /// Where the context sits: inside a sentence, at the start of a line (where site-chrome cleaning reads
  /// a whole line as a date: the first crash, `12345678901234567890` alone, was there), after a date label.
  static let placements: [(before: String, after: String)] = [("前文。", "后文。\n"), ("", "\n"), ("发布时间：", "\n")]

  /// Every input text, one per file.
  static var inputs: [String] {
    var out: [String] = []
    for n in [20, 42, 400] {
      for (before, after) in placements {
        for context in arabicContexts {
          for numeral in numerals(n) { out.append(before + context.replacingOccurrences(of: "#", with: numeral) + after) }
        }
        for context in hanContexts {
          for numeral in hanNumerals(n) { out.append(before + context.replacingOccurrences(of: "#", with: numeral) + after) }
        }
      }
    }
    return out
  }

  @Test(arguments: ["", "Pipelines/words.yaml"])
  func everyInputIsWritten(pipeline: String) throws {
    let cli = CLITests()
    let dir = try cli.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let inputDir = dir.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: inputDir, withIntermediateDirectories: true)
    let texts = Self.inputs
    for (k, text) in texts.enumerated() {
      try Data(text.utf8).write(to: inputDir.appendingPathComponent(String(format: "%04d.txt", k)))
    }
    let out = dir.appendingPathComponent("out")
    let r = try cli.run(["run"] + (pipeline.isEmpty ? [] : ["--pipeline", pipeline]) + [inputDir.path, "--output", out.path + "/"])
    #expect(r.status == 0, "exit \(r.status): \(r.stderr.suffix(2000))")
    let lines = try String(contentsOf: out.appendingPathComponent("documents.jsonl"), encoding: .utf8).split(separator: "\n")
    #expect(lines.count == texts.count)
    var ids: Set<String> = []
    for line in lines { if let id = try JSONValue.parse(String(line))["id"]?.stringValue { ids.insert(id) } }
    #expect(ids == Set(texts.indices.map { String(format: "%04d", $0) }))
  }

  /// The first report: twenty digits on standard input.
  @Test func twentyDigitsOnStandardInput() throws {
    let r = try CLITests().run(["run", "-"], stdin: "12345678901234567890\n")
    #expect(r.status == 0, "exit \(r.status): \(r.stderr)")
    #expect(r.stdout.split(separator: "\n").count == 1)
  }
}
