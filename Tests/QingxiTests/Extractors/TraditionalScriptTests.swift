import QingxiTestSupport
import Testing

@testable import Qingxi
import QingxiNumbers

/// Every extractor matches its Simplified lexicon against the folded view of the text (`matchScalars`), so a
/// Traditional page yields what its Simplified twin does, with spans and texts as written.
@Suite struct TraditionalScriptTests {
  static func entities(_ text: String) throws -> [Entity] {
    let stages: [any Stage] = [
      try ExtractPersons.make(), try ExtractCourts.make(), try ExtractPrisonTerms.make(), try ExtractPoliticalRights.make(),
      try ExtractMoney.make(), try ExtractCharges.make(), try ExtractSecretCounts.make(), try ExtractDates.make(),
    ]
    return try TestPipelines.extract(text, with: stages).entities
  }

  @Test func foldedViewKeepsOffsets() {
    #expect(HanFold.folded(Array("判處罰金".unicodeScalars)) == Array("判处罚金".unicodeScalars))
    #expect(HanFold.folded(Array("判处罚金 abc".unicodeScalars)) == Array("判处罚金 abc".unicodeScalars))
  }

  // The same sentence in both scripts gives the same types and values, and each entity's text is the page's.
  @Test(arguments: [
    ("被告人陳某因受賄罪被天津市第一中級人民法院判處無期徒刑，剝奪政治權利終身，並處沒收個人全部財產，罰金人民幣一百萬元。",
     "被告人陈某因受贿罪被天津市第一中级人民法院判处无期徒刑，剥夺政治权利终身，并处没收个人全部财产，罚金人民币一百万元。"),
    ("張某為境外刺探、非法提供機密級國家秘密3項，被判處有期徒刑十年。", "张某为境外刺探、非法提供机密级国家秘密3项，被判处有期徒刑十年。"),
    ("溫州中院於2016年12月15日宣判，兩人獲刑十一年六個月。", "温州中院于2016年12月15日宣判，两人获刑十一年六个月。"),
  ])
  func sameAsSimplified(traditional: String, simplified: String) throws {
    let t = try Self.entities(traditional)
    let s = try Self.entities(simplified)
    #expect(t.map(\.type) == s.map(\.type))
    #expect(t.map(\.value) == s.map(\.value))
    #expect(t.map { $0.start..<$0.end } == s.map { $0.start..<$0.end })
    for e in t { #expect(traditional.unicodeScalars.map { $0 }[e.start..<e.end].elementsEqual(e.text.unicodeScalars)) }
  }

  @Test func courtNamedInSimplified() throws {
    let found = try Self.entities("遼寧省大連市中級人民法院宣判。").filter { $0.type == .court }
    #expect(found.map(\.text) == ["遼寧省大連市中級人民法院"])
    #expect(found.first?.value.json["name_zh"]?.stringValue == "辽宁省大连市中级人民法院")
  }

  @Test func secretLevelAndNumerals() throws {
    let found = try Self.entities("他向境外提供機密級軍事秘密13份。法院判處罰金兩萬元。")
    #expect(found.filter { $0.type == .secretCount }.map { $0.value.json["count"]?.intValue } == [13])
    #expect(found.filter { $0.type == .money }.map { $0.value.json["amount"]?.doubleValue } == [20000])
  }
}
