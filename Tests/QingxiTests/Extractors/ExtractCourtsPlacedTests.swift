import QingxiTestSupport
import Testing

@testable import Qingxi

/// County-level courts placed in their province and city, short forms, and courts named only by 省/市 that
/// take the place of a court named elsewhere on the page (issue 11).
@Suite struct ExtractCourtsPlacedTests {
  static func check(_ marked: String, _ names: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let m = MarkedText(marked)
    let found = try TestPipelines.extract(m.text, with: [try ExtractCourts.make()]).entities.filter { $0.type == .court }
    #expect(found.map { $0.start..<$0.end } == m.ranges, "\(found.map(\.text))", sourceLocation: sourceLocation)
    #expect(found.map { $0.value.json["name_zh"]?.stringValue ?? "" } == names, sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ("⟦揭西县人民法院⟧一审判决。", "广东省揭西县人民法院"),
    ("⟦揭西法院⟧审理认为。", "广东省揭西县人民法院"),
    ("⟦江阴法院⟧宣判。", "江苏省江阴市人民法院"),
    ("⟦宝坻法院⟧开庭。", "天津市宝坻区人民法院"),
    ("⟦江城区法院⟧审结一起案件。", "广东省阳江市江城区人民法院"),
    ("⟦四川省眉山市洪雅县法院⟧判决。", "四川省洪雅县人民法院"),
    ("⟦吳中區法院⟧宣判。", "江苏省苏州市吴中区人民法院"),
  ])
  func countyCourts(marked: String, name: String) throws {
    try Self.check(marked, [name])
  }

  // A name that is no county, or a court of a whole area, is left alone.
  @Test(arguments: ["该法院认为。", "地方法院审理。", "两级法院均认定。", "全省法院系统。"])
  func notACourt(text: String) throws {
    try Self.check(text, [])
  }

  @Test func partialNamesTakeThePageCourt() throws {
    try Self.check("⟦揭西县人民法院⟧一审判决后，⟦市中级人民法院⟧二审维持原判。", ["广东省揭西县人民法院", "广东省揭阳市中级人民法院"])
    try Self.check("⟦江陰市法院⟧審理此案，⟦省高級法院⟧予以核准。", ["江苏省江阴市人民法院", "江苏省高级人民法院"])
    try Self.check("⟦北京市西城区人民法院⟧一审，⟦市一中院⟧二审。", ["北京市西城区人民法院", "北京市第一中级人民法院"])
    // with no court named, 省高级法院 stays unnamed
    try Self.check("省高级法院予以核准。", [])
  }
}
