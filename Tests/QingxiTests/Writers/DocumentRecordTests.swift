import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DocumentRecordTests {
  func record(_ text: String, keepRemovedText: Bool = true) throws -> JSONValue {
    let p = try DefaultPipeline.build()
    var doc = try #require(try TestPipelines.run(p, text).first)
    doc.removed.append(Removal(kind: "ad", rule: "test", text: "x", rawStart: 0, rawEnd: 1))
    return doc.record(keepRemovedText: keepRemovedText)
  }

  @Test func fieldsComeInContractOrder() throws {
    let r = try record("国家安全部发布提示。")
    #expect(r.objectValue?.keys == [
      "schema", "id", "source", "lang", "title", "published", "text", "blocks", "sentences", "entities", "cases",
      "removed", "meta",
    ])
    #expect(r["schema"] == .string("qingxi/document@1"))
  }

  @Test func recordsValidateAgainstTheSchema() throws {
    let v = try SchemaValidator.document()
    #expect(v.errors(try record("国家安全部发布提示。")) == [])
  }

  @Test func validatorCatchesViolations() throws {
    let v = try SchemaValidator.document()
    var o = try #require(try record("稀土。").objectValue)
    o["lang"] = .string("fr")
    o["extra"] = .int(1)
    let errors = v.errors(.object(o))
    #expect(errors.contains("$.lang: \"fr\" not in enum"))
    #expect(errors.contains("$: unexpected key `extra`"))
  }

  @Test func removedTextCanBeLeftOut() throws {
    let r = try record("稀土。", keepRemovedText: false)
    #expect(r["removed"]?.arrayValue?.first?["text"] == .null)
    #expect(r["removed"]?.arrayValue?.first?["raw_end"] == .int(1))
  }

  @Test func schemaFileIsValidJSON() throws {
    let schema = try JSONValue.parse(DocumentSchema.text)
    #expect(schema["$id"] == .string("qingxi/document@1"))
  }
}
