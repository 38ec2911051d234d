import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct SplitWordsTests {
  /// A value of each type the tests use (word splitting reads only the type and the span).
  static let values: [String: EntityValue] = [
    "person": .person(PersonValue(anonymized: true, surname: nil, pinyin: nil, personID: "p1")),
    "prison_term": .prisonTerm(PrisonTermValue(kind: .fixed, months: 138, probationMonths: nil, reprieve: false)),
    "court": .court(CourtName(nameZh: "江西省南昌市中级人民法院", level: "intermediate")),
  ]

  func words(_ text: String, entities: [(String, String)] = [], options: [String: JSONValue] = [:]) throws -> [String] {
    var doc = try TestPipelines.sentenced(text)
    // Entities as an extractor would have found them: (type, exact text).
    doc.add(entities: entities.map { type, found in
      let s = doc.scalars
      let needle = Array(found.unicodeScalars)
      let start = (0...(s.count - needle.count)).first { Array(s[$0..<($0 + needle.count)]) == needle }!
      return Entity(text: found, start: start, end: start + needle.count, value: Self.values[type]!)
    })
    _ = try SplitWords.make(options).process(&doc)
    return try #require(doc.tokens).map { doc.text(in: $0.start..<$0.end) }
  }

  @Test("Chinese by ICU's dictionary; punctuation and spaces are not tokens")
  func chineseWords() throws {
    #expect(try words("国家安全机关查明，境外间谍窃取稀土信息。") == ["国家安全", "机关", "查明", "境外", "间谍", "窃取", "稀土", "信息"])
  }

  @Test("English by ICU's word rules: numbers stay whole, punctuation goes")
  func englishWords() throws {
    #expect(try words("Cheng was fined RMB 100,000. He appealed.") == ["Cheng", "was", "fined", "RMB", "100,000", "He", "appealed"])
  }

  @Test("extracted entities are never split across tokens")
  func entitiesStayWhole() throws {
    let text = "判处成某有期徒刑11年6个月，由南昌市中级人民法院审理。"
    #expect(try words(text) == ["判处", "成", "某", "有期徒刑", "11年", "6个月", "由", "南昌市", "中级", "人民法院", "审理"])
    let merged = try words(text, entities: [("person", "成某"), ("prison_term", "有期徒刑11年6个月"), ("court", "南昌市中级人民法院")])
    #expect(merged == ["判处", "成某", "有期徒刑11年6个月", "由", "南昌市中级人民法院", "审理"])
  }

  @Test("an entity cutting into ICU words cuts them at its edges; merge_entities limits the types")
  func entityEdgesCutWords() throws {
    #expect(try words("叶某某收受", entities: [("person", "叶某")]) == ["叶某", "某", "收受"])
    #expect(try words("判处成某", entities: [("person", "成某")], options: ["merge_entities": .array([.string("court")])]) == ["判处", "成", "某"])
  }

  @Test("user dictionary words are never split; frequency is optional")
  func userDictionary() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qx-words-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let dict = dir.appendingPathComponent("words.txt")
    try "# state security terms\n国家安全机关 120\n成某\n人民币\t5\n".write(to: dict, atomically: true, encoding: .utf8)
    let text = "国家安全机关没收成某人民币50万元。"
    #expect(try words(text) == ["国家安全", "机关", "没收", "成", "某", "人民", "币", "50万元"])
    #expect(try words(text, options: ["user_dictionary": .string(dict.path)]) == ["国家安全机关", "没收", "成某", "人民币", "50万元"])
  }

  @Test("a relative user_dictionary is read beside the pipeline file; a missing one is a pipeline error")
  func dictionaryPathInPipeline() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qx-pipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try "成某\n".write(to: dir.appendingPathComponent("dict.txt"), atomically: true, encoding: .utf8)
    let yaml = "stages:\n  - decode\n  - split-blocks\n  - split-words:\n      user_dictionary: dict.txt\n"
    let file = dir.appendingPathComponent("p.yaml").path
    try yaml.write(toFile: file, atomically: true, encoding: .utf8)
    let pipeline = try PipelineBuilder.build(yaml: yaml, file: file)
    let doc = try #require(try TestPipelines.run(pipeline, "判处成某").first)
    #expect(try #require(doc.tokens).map { doc.text(in: $0.start..<$0.end) } == ["判处", "成某"])
    #expect(throws: PipelineSpecError.self) {
      try PipelineBuilder.build(yaml: yaml.replacingOccurrences(of: "dict.txt", with: "missing.txt"), file: file)
    }
  }

  @Test("numbers keep their units (2023年, 30％, 一个, 6个月) and 化 joins its word; a unit must end on a word boundary")
  func numberUnits() throws {
    #expect(try words("１９９７年经济增长３０％，一个现代化的3个人") == ["１９９７年", "经济", "增长", "３０％", "一个", "现代化", "的", "3", "个人"])
  }

  @Test("a numeral ICU cut in two is one number before its unit (第十四次, 几十份, 30余个)")
  func splitNumerals() throws {
    #expect(try words("第十三届全国人大常委会第十四次会议") == ["第", "十三届", "全国", "人大", "常委", "会", "第十四次", "会议"])
    #expect(try words("几十份涉密文件和30余个国家") == ["几十份", "涉", "密", "文件", "和", "30余个", "国家"])
  }

  @Test("的 is split off words ICU glued it to, except where it belongs to the word")
  func particles() throws {
    #expect(try words("新的技术是目的") == ["新", "的", "技术", "是", "目的"])
  }

  @Test("tokens are absent unless split-words runs") func tokensOnlyWhenAsked() throws {
    let doc = try TestPipelines.sentenced("国家安全机关查明")
    #expect(doc.tokens == nil)
  }
}

@Suite struct UserDictionaryTests {
  @Test func readsWordsAndFrequencies() throws {
    let d = try UserDictionary(contents: "稀土 30\n\n# comment\n收储\t2\n涉密人员\n", file: "d.txt")
    #expect(d.count == 3 && d.maxLength == 4)
    #expect(d.contains("稀土") && d.contains("涉密人员") && !d.contains("涉密") && !d.contains("# comment"))
  }

  @Test func rejectsBadFrequency() {
    #expect(throws: DictionaryError(file: "d.txt", line: 2, message: "frequency `many` is not a positive number")) {
      try UserDictionary(contents: "稀土\n收储 many\n", file: "d.txt")
    }
  }

  @Test("overlapping dictionary words: fewer words win, then higher frequency")
  func overlaps() throws {
    let s = Array("研究生命起源".unicodeScalars)
    func segment(_ dict: String) throws -> [String] {
      let seg = WordSegmenter(dictionary: try UserDictionary(contents: dict, file: "d"))
      return try seg.segments(s).map { String(String.UnicodeScalarView(s[$0.range])) }
    }
    #expect(try segment("研究\n生命\n研究生\n起源\n") == ["研究", "生命", "起源"])
    #expect(try segment("研究 1\n生命 1\n研究生 1000\n命\n起源\n") == ["研究生", "命", "起源"])
  }
}
