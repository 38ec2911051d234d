import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct ConvertTraditionalTests {
  @Test func convertsWhenEnabled() throws {
    let r = try clean(ConvertTraditional.make(["enabled": .bool(true)]), "國家安全機關：「稀土」管制 (2023)")
    #expect(r.text == "国家安全机关：「稀土」管制 (2023)")
    #expect(r.removed.isEmpty, "conversion is a substitution, not a removal")
    #expect(r.doc.meta["converted_traditional"] == .int(3))
  }

  @Test func offByDefault() throws {
    let r = try clean(ConvertTraditional.make(), "國家")
    #expect(r.text == "國家")
    #expect(r.doc.meta["converted_traditional"] == nil)
  }
}
