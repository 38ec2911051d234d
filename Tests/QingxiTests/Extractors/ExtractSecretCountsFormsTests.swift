import QingxiTestSupport
import Testing

@testable import Qingxi

/// Counts after the level and noun, counts with words between, and units 份/项/件/条 (issue 11).
@Suite struct ExtractSecretCountsFormsTests {
  func counts(_ text: String) throws -> [[String]] {
    try TestPipelines.extract(text, with: [try ExtractSecretCounts.make()]).entities.filter { $0.type == .secretCount }
      .map { [String($0.value.json["count"]?.intValue ?? -1), $0.value.json["level"]?.stringValue ?? ""] }
  }

  @Test(arguments: [
    ("其中机密级国家秘密6项，秘密级国家秘密5项。", [["6", "机密"], ["5", "秘密"]]),
    ("經鑑定，其中機密級軍事秘密13份、秘密級軍事秘密10份。", [["13", "机密"], ["10", "秘密"]]),
    ("共计19项，经鉴定为秘密级国家秘密。", [["19", "秘密"]]),
    ("他提供了3条机密级国家秘密。", [["3", "机密"]]),
  ])
  func forms(text: String, expected: [[String]]) throws {
    #expect(try counts(text) == expected)
  }

  // A count that is not said to be the classified items is not theirs.
  @Test func unrelatedCount() throws {
    #expect(try counts("他先后出境19次，泄露秘密级国家秘密。") == [])
  }
}
