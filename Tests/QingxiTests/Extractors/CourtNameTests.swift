import Foundation
import Testing
@testable import Qingxi

@Suite("CourtName")
struct CourtNameTests {
  // MARK: canonical(zh:)

  @Test func intermediateFromChinese() {
    let hefei = CourtNames.canonical(zh: "合肥市中级人民法院")
    #expect(hefei == CourtName(nameZh: "安徽省合肥市中级人民法院", level: "intermediate", province: "安徽省", city: "合肥市"))
    #expect(CourtNames.canonical(zh: "江西省南昌市中级人民法院")?.nameZh == "江西省南昌市中级人民法院")
    #expect(CourtNames.canonical(zh: "南昌中院")?.nameZh == "江西省南昌市中级人民法院")
    #expect(CourtNames.canonical(zh: "南昌市中院")?.nameZh == "江西省南昌市中级人民法院")
    #expect(CourtNames.canonical(zh: "吉林中院")?.nameZh == "吉林省吉林市中级人民法院")
    #expect(CourtNames.canonical(zh: "延边朝鲜族自治州中级人民法院")?.nameZh == "吉林省延边朝鲜族自治州中级人民法院")
    #expect(CourtNames.canonical(zh: "延边州中级人民法院")?.nameZh == "吉林省延边朝鲜族自治州中级人民法院")
    let sh1 = CourtNames.canonical(zh: "上海市第一中级人民法院")
    #expect(sh1 == CourtName(nameZh: "上海市第一中级人民法院", level: "intermediate", province: "上海市"))
    #expect(CourtNames.canonical(zh: "北京一中院")?.nameZh == "北京市第一中级人民法院")
    #expect(CourtNames.canonical(zh: "海南省第二中级人民法院")?.nameZh == "海南省第二中级人民法院")
  }

  @Test func otherLevelsFromChinese() {
    #expect(CourtNames.canonical(zh: "最高人民法院") == CourtName(nameZh: "最高人民法院", level: "supreme"))
    #expect(CourtNames.canonical(zh: "中华人民共和国最高人民法院")?.level == "supreme")
    #expect(CourtNames.canonical(zh: "北京市高级人民法院")
      == CourtName(nameZh: "北京市高级人民法院", level: "high", province: "北京市"))
    #expect(CourtNames.canonical(zh: "江西省高级人民法院")
      == CourtName(nameZh: "江西省高级人民法院", level: "high", province: "江西省"))
    #expect(CourtNames.canonical(zh: "江西高院")?.nameZh == "江西省高级人民法院")
    #expect(CourtNames.canonical(zh: "北京市海淀区人民法院")
      == CourtName(nameZh: "北京市海淀区人民法院", level: "basic", province: "北京市", district: "海淀区"))
    // a county is placed in its province (and city) by the county table
    #expect(CourtNames.canonical(zh: "南昌县人民法院")
      == CourtName(nameZh: "江西省南昌县人民法院", level: "basic", province: "江西省", city: "南昌市", district: "南昌县"))
    #expect(CourtNames.canonical(zh: "江西省南昌市南昌县人民法院")
      == CourtName(nameZh: "江西省南昌县人民法院", level: "basic", province: "江西省", city: "南昌市", district: "南昌县"))
    #expect(CourtNames.canonical(zh: "上海市浦东新区人民法院")?.district == "浦东新区")
    #expect(CourtNames.canonical(zh: "石景山区人民法院")?.district == "石景山区")
    #expect(CourtNames.canonical(zh: "广东省深圳市南山区人民法院")?.nameZh == "广东省深圳市南山区人民法院")
    #expect(CourtNames.canonical(zh: "湖北省长阳土家族自治县人民法院")?.district == "长阳土家族自治县")
    #expect(CourtNames.canonical(zh: "东莞市第一人民法院")?.nameZh == "广东省东莞市第一人民法院")
  }

  @Test func specialCourts() {
    let ip = CourtNames.canonical(zh: "北京知识产权法院")
    #expect(ip == CourtName(nameZh: "北京知识产权法院", level: "special", province: "北京市"))
    #expect(CourtNames.canonical(zh: "上海海事法院")?.level == "special")
    #expect(CourtNames.canonical(zh: "军事法院")?.level == "special")
    #expect(CourtNames.canonical(zh: "铁路运输法院")?.level == "special")
    #expect(CourtNames.canonical(zh: "中国人民解放军东部战区军事法院")?.nameZh == "中国人民解放军东部战区军事法院")
    #expect(CourtNames.canonical(zh: "南昌铁路运输中级法院")
      == CourtName(nameZh: "南昌铁路运输中级法院", level: "special", province: "江西省", city: "南昌市"))
    #expect(CourtNames.canonical(zh: "海南自由贸易港知识产权法院")?.province == "海南省")
    #expect(CourtNames.canonical(zh: "杭州互联网法院")?.city == "杭州市")
  }

  @Test func chineseNegatives() {
    #expect(CourtNames.canonical(zh: "人民法院") == nil)
    #expect(CourtNames.canonical(zh: "中级人民法院") == nil)
    #expect(CourtNames.canonical(zh: "北京市中级人民法院") == nil)  // Beijing's are numbered
    #expect(CourtNames.canonical(zh: "南昌市高级人民法院") == nil)
    #expect(CourtNames.canonical(zh: "由合肥市中级人民法院") == nil)
    #expect(CourtNames.canonical(zh: "南昌市人民检察院") == nil)
    #expect(CourtNames.canonical(zh: "") == nil)
  }

  // MARK: find(in:)

  private func found(_ text: String) -> [(String, CourtName)] {
    let s = Array(text.unicodeScalars)
    return CourtNames.find(in: s).map { m in
      var v = String.UnicodeScalarView()
      v.append(contentsOf: s[m.range])
      return (String(v), m.court)
    }
  }

  @Test func findWithPrecedingDate() {
    let text = "2023年11月，江西省南昌市中级人民法院以为境外非法提供国家秘密罪判处"
    let s = Array(text.unicodeScalars)
    let hits = CourtNames.find(in: s)
    #expect(hits.count == 1)
    #expect(hits.first?.range == 9..<21)
    #expect(hits.first?.court.nameZh == "江西省南昌市中级人民法院")
    #expect(found(text).first?.0 == "江西省南昌市中级人民法院")
  }

  @Test func findDoesNotSwallowPrecedingWords() {
    let hits = found("由合肥市中级人民法院判处")
    #expect(hits.count == 1)
    #expect(hits.first?.0 == "合肥市中级人民法院")
    #expect(hits.first?.1.nameZh == "安徽省合肥市中级人民法院")
    #expect(CourtNames.find(in: Array("由合肥市中级人民法院判处".unicodeScalars)).first?.range == 1..<10)

    #expect(found("经海淀区人民法院审理").first?.0 == "海淀区人民法院")
    #expect(found("被告人被南昌县人民法院判处").first?.0 == "南昌县人民法院")
    #expect(found("向北京市海淀区人民法院提起诉讼").first?.0 == "北京市海淀区人民法院")
    #expect(found("，和平区人民法院").first?.0 == "和平区人民法院")
    #expect(found("日前南昌中院宣判").first?.0 == "南昌中院")
    #expect(found("此案由北京一中院审理").first?.1.nameZh == "北京市第一中级人民法院")
  }

  @Test func findCountiesAndBanners() {
    #expect(found("由单县人民法院审理").first?.1.district == "单县")
    #expect(found("在于都县人民法院").first?.1.district == "于都县")
    #expect(found("昨日石景山区人民法院宣判").first?.0 == "石景山区人民法院")
    #expect(found("2023年11月海淀区人民法院").first?.0 == "海淀区人民法院")
    #expect(found("鹰潭市月湖区人民法院").first?.1.nameZh == "江西省鹰潭市月湖区人民法院")
    #expect(found("由巴林左旗人民法院").first?.1.district == "巴林左旗")
    #expect(found("山东省济南市市中区人民法院").first?.1.district == "市中区")
    #expect(found("阳泉市郊区人民法院").first?.1.nameZh == "山西省阳泉市郊区人民法院")
    #expect(found("湖北省恩施土家族苗族自治州恩施市人民法院").first?.1
      == CourtName(nameZh: "湖北省恩施市人民法院", level: "basic", province: "湖北省", city: "恩施土家族苗族自治州", district: "恩施市"))
    #expect(found("江西瑞金市人民法院").first?.1.nameZh == "江西省瑞金市人民法院")
    #expect(found("海淀区法院").first?.1.nameZh == "北京市海淀区人民法院")
    let two = found("北京市朝阳区人民法院和朝阳市中级人民法院")
    #expect(two.map(\.1.nameZh) == ["北京市朝阳区人民法院", "辽宁省朝阳市中级人民法院"])
  }

  @Test func findSeveral() {
    let hits = found("一审由南昌市中级人民法院审理，二审由江西省高级人民法院维持，最高人民法院核准。")
    #expect(hits.map(\.0) == ["南昌市中级人民法院", "江西省高级人民法院", "最高人民法院"])
    #expect(hits.map(\.1.level) == ["intermediate", "high", "supreme"])
  }

  @Test func findNegatives() {
    #expect(found("该中级人民法院认为").isEmpty)
    #expect(found("全市法院共审结案件").isEmpty)
    #expect(found("人民法院报报道").isEmpty)
    #expect(found("他在高中院校任教").isEmpty)
    #expect(found("南昌市人民检察院提起公诉").isEmpty)
    #expect(found("今年全市人民法院共受理").isEmpty)
    #expect(found("辖区法院").isEmpty)
    #expect(found("省高院").isEmpty)
    #expect(found("本院认为").isEmpty)
    #expect(found("南昌法院").isEmpty)
    #expect(found("南昌市人民法院").isEmpty)  // 南昌 has districts: not a court name
  }

  // MARK: English

  @Test func canonicalEnglish() {
    #expect(CourtNames.canonical(en: "the Intermediate People's Court of Nanchang City, Jiangxi Province")?.nameZh
      == "江西省南昌市中级人民法院")
    #expect(CourtNames.canonical(en: "Hefei Intermediate People's Court")?.nameZh == "安徽省合肥市中级人民法院")
    #expect(CourtNames.canonical(en: "the Intermediate People's Court of Hefei City, Anhui Province")?.nameZh
      == "安徽省合肥市中级人民法院")
    #expect(CourtNames.canonical(en: "Beijing High People's Court")
      == CourtName(nameZh: "北京市高级人民法院", level: "high", province: "北京市"))
    #expect(CourtNames.canonical(en: "the Higher People's Court of Jiangxi Province")
      == CourtName(nameZh: "江西省高级人民法院", level: "high", province: "江西省"))
    #expect(CourtNames.canonical(en: "Jiangxi Provincial High People's Court")?.nameZh == "江西省高级人民法院")
    #expect(CourtNames.canonical(en: "the Supreme People's Court")
      == CourtName(nameZh: "最高人民法院", level: "supreme"))
    #expect(CourtNames.canonical(en: "Shanghai No. 1 Intermediate People's Court")?.nameZh == "上海市第一中级人民法院")
    #expect(CourtNames.canonical(en: "Shanghai No.1 Intermediate People's Court")?.nameZh == "上海市第一中级人民法院")
    #expect(CourtNames.canonical(en: "Beijing Second Intermediate People's Court")?.nameZh == "北京市第二中级人民法院")
    #expect(CourtNames.canonical(en: "the No. 2 Intermediate People's Court of Shanghai Municipality")?.nameZh
      == "上海市第二中级人民法院")
    #expect(CourtNames.canonical(en: "Urumqi Intermediate People’s Court")?.nameZh == "新疆维吾尔自治区乌鲁木齐市中级人民法院")
    #expect(CourtNames.canonical(en: "Beijing Intellectual Property Court")?.nameZh == "北京知识产权法院")
    #expect(CourtNames.canonical(en: "Shanghai Maritime Court")?.nameZh == "上海海事法院")
  }

  @Test func moreEnglish() {
    #expect(CourtNames.canonical(en: "the Intermediate People's Court of Yanbian Korean Autonomous Prefecture in Jilin Province")?.nameZh
      == "吉林省延边朝鲜族自治州中级人民法院")
    #expect(CourtNames.canonical(en: "Xinjiang Uygur Autonomous Region Higher People's Court")?.nameZh == "新疆维吾尔自治区高级人民法院")
    #expect(CourtNames.canonical(en: "the High People's Court of Inner Mongolia Autonomous Region")?.province == "内蒙古自治区")
    #expect(CourtNames.canonical(en: "Hohhot Intermediate People's Court")?.city == "呼和浩特市")
    #expect(CourtNames.canonical(en: "the Hainan No. 1 Intermediate People's Court")?.nameZh == "海南省第一中级人民法院")
    #expect(CourtNames.canonical(en: "Hainan High People's Court")?.nameZh == "海南省高级人民法院")
    #expect(CourtNames.canonical(en: "Chongqing No 5 Intermediate People's Court")?.nameZh == "重庆市第五中级人民法院")
    #expect(CourtNames.canonical(en: "the First Intermediate People's Court of Beijing")?.nameZh == "北京市第一中级人民法院")
    #expect(CourtNames.canonical(en: "Taizhou Intermediate People's Court, Zhejiang")?.city == "台州市")
    #expect(CourtNames.canonical(en: "Taizhou Intermediate People's Court, Jiangsu province")?.city == "泰州市")
    #expect(CourtNames.canonical(en: "the PLA Military Court")?.nameZh == "中国人民解放军军事法院")
    #expect(CourtNames.canonical(en: "Guangzhou Internet Court")?.nameZh == "广州互联网法院")
    #expect(CourtNames.canonical(en: "Beijing Railway Transport Court")?.nameZh == "北京铁路运输法院")
    // A following province that does not fit is not consumed.
    let hits = CourtNames.find(inEnglish: "the Beijing High People's Court, Shanghai and Tianjin")
    #expect(hits.count == 1 && hits.first?.range == 4..<31 && hits.first?.court.province == "北京市")
  }

  @Test func englishAmbiguityAndNegatives() {
    #expect(CourtNames.canonical(en: "Suzhou Intermediate People's Court") == nil)
    #expect(CourtNames.canonical(en: "the Intermediate People's Court of Suzhou, Anhui Province")?.city == "宿州市")
    #expect(CourtNames.canonical(en: "Jilin Intermediate People's Court")?.city == "吉林市")
    #expect(CourtNames.canonical(en: "Jilin High People's Court")?.province == "吉林省")
    #expect(CourtNames.canonical(en: "a court in Beijing") == nil)
    #expect(CourtNames.canonical(en: "Springfield Intermediate People's Court") == nil)
    #expect(CourtNames.canonical(en: "the Intermediate People's Court in Suzhou") == nil)
    // Basic courts are not resolved from English (no county gazetteer).
    #expect(CourtNames.canonical(en: "Haidian District People's Court") == nil)
  }

  @Test func findEnglish() {
    let text = "On Monday, the Intermediate People's Court of Nanchang City, Jiangxi Province sentenced him; "
      + "the Beijing High People's Court upheld it."
    let scalars = Array(text.unicodeScalars)
    let hits = CourtNames.find(inEnglish: text)
    func str(_ r: Range<Int>) -> String {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: scalars[r])
      return String(v)
    }
    #expect(hits.count == 2)
    #expect(hits.map { str($0.range) } == [
      "Intermediate People's Court of Nanchang City, Jiangxi Province", "Beijing High People's Court",
    ])
    #expect(hits.map(\.court.nameZh) == ["江西省南昌市中级人民法院", "北京市高级人民法院"])
  }

  @Test func codableRoundTrip() throws {
    let c = CourtName(nameZh: "南昌县人民法院", level: CourtName.Level.basic, district: "南昌县")
    let data = try JSONEncoder().encode(c)
    #expect(try JSONDecoder().decode(CourtName.self, from: data) == c)
  }
}
