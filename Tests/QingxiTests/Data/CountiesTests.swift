import Testing

@testable import Qingxi

@Suite struct CountiesTests {
  @Test func everyCountyHasAProvinceAndAKnownCity() {
    let c = Counties.shared
    #expect(c.all.count > 2800)
    let cities = Set(Gazetteer.shared.cities.map(\.fullName))
    let provinces = Set(Gazetteer.shared.provinces.map(\.fullName))
    for county in c.all {
      #expect(provinces.contains(county.province), "\(county)")
      if let city = county.city { #expect(cities.contains(city), "\(county)") }
    }
  }

  @Test(arguments: [
    ("揭西县", "广东省", "揭阳市"), ("揭西", "广东省", "揭阳市"), ("江阴", "江苏省", "无锡市"), ("宝坻区", "天津市", nil),
    ("吴中区", "江苏省", "苏州市"), ("洪雅", "四川省", "眉山市"),
  ] as [(String, String, String?)])
  func lookup(name: String, province: String, city: String?) {
    let found = Counties.shared.lookup(name)
    #expect(found.count == 1)
    #expect(found.first?.province == province)
    #expect(found.first?.city == city)
  }

  // Short names many divisions share are returned for the caller to decide.
  @Test func sharedShortNames() {
    #expect(Counties.shared.lookup("朝阳区").count >= 2)
    #expect(Counties.shared.lookup("新城区").count >= 2)
  }
}
