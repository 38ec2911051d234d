import Testing

@testable import Qingxi

@Suite struct EntityTypeTests {
  /// The `type` constants of the schema's `entities` oneOf branches, in order.
  static func schemaTypes() throws -> [String] {
    let schema = try JSONValue.parse(DocumentSchema.text)
    let branches = schema["properties"]?["entities"]?["items"]?["oneOf"]?.arrayValue ?? []
    return branches.compactMap { $0["properties"]?["type"]?["const"]?.stringValue }
  }

  @Test func allCasesAreTheSchemaBranches() throws {
    let types = try Self.schemaTypes()
    #expect(!types.isEmpty)
    #expect(EntityType.allCases.map(\.rawValue) == types)
  }
}
