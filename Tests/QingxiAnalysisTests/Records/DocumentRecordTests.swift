import Qingxi
import Testing

@testable import QingxiAnalysis

struct DocumentRecordTests {
  @Test func readsARecordIgnoringUnknownFieldsAndToleratingMissingOnes() throws {
    let line = """
      {"schema":"qingxi/document@1","id":"a","lang":"zh","text":"张某被判处有期徒刑三年。 Zhang was jailed.","future_field":{"x":1},
       "sentences":[{"start":0,"end":12,"lang":"zh","runs":[]},{"start":13,"end":31,"lang":"en"}],
       "entities":[{"type":"person","text":"张某","start":0,"end":2,"value":{"anonymized":true,"surname":"张","pinyin":"zhang","person_id":"p1","new":true}},
                   {"type":"prison_term","text":"有期徒刑三年","start":5,"end":11,"value":{"kind":"fixed","months":36,"status":"upheld"}},
                   {"text":"no type"}],
       "cases":[{"person_id":"p1","names":["张某"],"prison_term":{"kind":"fixed","months":36,"probation_months":null,"reprieve":false,"status":"upheld"},"evidence":[0,1],"extra":[1]}],
       "removed":[{"kind":"ad","rule":"drop-site-chrome","text":null,"raw_start":40,"raw_end":52}]}
      """
    let r = try DocumentRecord(json: try JSONValue.parse(line))
    #expect(r.id == "a")
    #expect(r.title == nil && r.published == nil && r.sourceBytes == nil)
    #expect(r.characters == 30)
    #expect(r.sentences.map(\.characters) == [12, 15])
    #expect(r.sentences.map(\.words) == [0, 3])
    #expect(r.sentences.map(\.length) == [12, 3])
    #expect(r.entities.count == 2)
    #expect(r.entities.map(\.index) == [0, 1])
    #expect(r.persons(of: "p1").map(\.surname) == ["张"])
    #expect(r.cases.first?.prisonTerm?.months == 36)
    #expect(r.cases.first?.prisonTerm?.status == "upheld")
    #expect(r.cases.first?.court == nil)
    #expect(r.removed.first?.characters == 12)
    #expect(r.removedCharacters == 12)
  }

  @Test(arguments: ["[1,2]", "{\"text\":\"no id\"}", "{\"schema\":\"qingxi/stats@1\",\"id\":\"x\"}", "\"s\""])
  func rejectsWhatIsNotARecord(_ line: String) throws {
    #expect(throws: RecordError.self) { try DocumentRecord(json: try JSONValue.parse(line)) }
  }

  @Test func offsetsOutsideTheTextAreClampedAndNegativeOnesDropped() throws {
    let r = try DocumentRecord(
      json: try JSONValue.parse(#"{"id":"x","text":"abc","sentences":[{"start":2,"end":99,"lang":"en"},{"start":-5,"end":1,"lang":"zh"},{"start":1,"end":0,"lang":"zh"}]}"#))
    #expect(r.sentences.map(\.characters) == [1, 0])
    let big = try DocumentRecord(json: try JSONValue.parse(#"{"id":"x","source":{"bytes":9223372036854775807},"removed":[{"kind":"ad","raw_start":-1,"raw_end":9223372036854775807}]}"#))
    #expect(big.sourceBytes == 1 << 48)
    #expect(big.removed.first?.characters == 1 << 48)
  }
}
