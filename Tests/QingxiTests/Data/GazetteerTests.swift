import Testing
@testable import Qingxi

@Suite("Gazetteer")
struct GazetteerTests {
  let gaz = Gazetteer.shared

  @Test func counts() {
    #expect(gaz.provinces.count == 34)
    #expect(gaz.cities.count == 333)
    let byKind = Dictionary(grouping: gaz.cities) { c -> String in
      if c.fullName.hasSuffix("自治州") { return "州" }
      if c.fullName.hasSuffix("地区") { return "地区" }
      if c.fullName.hasSuffix("盟") { return "盟" }
      return c.fullName.hasSuffix("市") ? "市" : "?"
    }
    #expect(byKind["市"]?.count == 293)
    #expect(byKind["州"]?.count == 30)
    #expect(byKind["地区"]?.count == 7)
    #expect(byKind["盟"]?.count == 3)
    #expect(byKind["?"] == nil)
    #expect(gaz.provinces.filter(\.isMunicipality).count == 4)
    #expect(gaz.provinces.filter { $0.fullName.hasSuffix("自治区") }.count == 5)
    #expect(gaz.provinces.filter { $0.fullName.hasSuffix("特别行政区") }.count == 2)
    #expect(gaz.provinces.filter { $0.fullName.hasSuffix("省") }.count == 23)
  }

  @Test func tableIsConsistent() {
    let provinceNames = Set(gaz.provinces.map(\.fullName))
    for c in gaz.cities {
      #expect(provinceNames.contains(c.province), "\(c.fullName) has unknown province \(c.province)")
      #expect(c.fullName.hasPrefix(c.shortName), "\(c.fullName) / \(c.shortName)")
    }
    for p in gaz.provinces { #expect(p.fullName.hasPrefix(p.shortName)) }
    let pinyins = gaz.cities.map(\.pinyin) + gaz.provinces.map(\.pinyin)
    for p in pinyins {
      #expect(!p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }, "bad pinyin \(p)")
    }
    #expect(Set(gaz.cities.map(\.fullName)).count == 333)
    // Prefecture-level short names are unique among prefectures.
    #expect(Set(gaz.cities.map(\.shortName)).count == 333)
    #expect(!gaz.cities.contains { $0.fullName == "莱芜市" })
    #expect(gaz.city(zh: "那曲市")?.province == "西藏自治区")
    // Municipalities, Taiwan and the SARs have no prefecture-level entries here.
    for p in ["北京市", "天津市", "上海市", "重庆市", "台湾省", "香港特别行政区", "澳门特别行政区"] {
      #expect(gaz.cities(in: p).isEmpty)
    }
    #expect(gaz.cities(in: "广东省").count == 21)
    #expect(gaz.cities(in: "Sichuan").count == 21)
  }

  @Test func provinceLookups() {
    #expect(gaz.province(zh: "江西省")?.pinyin == "jiangxi")
    #expect(gaz.province(zh: "江西")?.fullName == "江西省")
    #expect(gaz.province(zh: "北京")?.fullName == "北京市")
    #expect(gaz.province(zh: "内蒙古")?.pinyin == "neimenggu")
    #expect(gaz.province(zh: "广西")?.fullName == "广西壮族自治区")
    #expect(gaz.province(zh: "香港")?.pinyin == "xianggang")
    #expect(gaz.province(en: "Inner Mongolia")?.fullName == "内蒙古自治区")
    #expect(gaz.province(en: "inner-mongolia")?.fullName == "内蒙古自治区")
    #expect(gaz.province(en: "Tibet")?.fullName == "西藏自治区")
    #expect(gaz.province(en: "Xizang")?.fullName == "西藏自治区")
    #expect(gaz.province(en: "Shaanxi")?.fullName == "陕西省")
    #expect(gaz.province(en: "Shanxi")?.fullName == "山西省")
    #expect(gaz.province(en: "Hong Kong")?.fullName == "香港特别行政区")
    #expect(gaz.province(en: "Hong Kong SAR")?.fullName == "香港特别行政区")
    #expect(gaz.province(en: "Macau")?.fullName == "澳门特别行政区")
    #expect(gaz.province(en: "Macao")?.fullName == "澳门特别行政区")
    #expect(gaz.province(en: "Jiangxi Province")?.fullName == "江西省")
    #expect(gaz.province(en: "Guangxi Zhuang Autonomous Region")?.fullName == "广西壮族自治区")
    #expect(gaz.province(en: "Xinjiang Uygur Autonomous Region")?.fullName == "新疆维吾尔自治区")
    #expect(gaz.province(en: "Beijing Municipality")?.fullName == "北京市")
    #expect(gaz.province(named: "台湾省")?.pinyin == "taiwan")
    #expect(gaz.province(en: "Atlantis") == nil)
  }

  @Test func cityLookups() {
    #expect(gaz.city(zh: "南昌市")?.province == "江西省")
    #expect(gaz.city(zh: "南昌")?.pinyin == "nanchang")
    #expect(gaz.city(en: "Nanchang")?.fullName == "南昌市")
    #expect(gaz.city(en: "Nanchang City")?.fullName == "南昌市")
    #expect(gaz.city(en: "Hefei")?.province == "安徽省")
    #expect(gaz.city(en: "Hohhot")?.fullName == "呼和浩特市")
    #expect(gaz.city(en: "Huhehaote")?.fullName == "呼和浩特市")
    #expect(gaz.city(en: "Harbin")?.pinyin == "haerbin")
    #expect(gaz.city(en: "Urumqi")?.fullName == "乌鲁木齐市")
    #expect(gaz.city(en: "Lhasa")?.fullName == "拉萨市")
    #expect(gaz.city(en: "Xi'an")?.fullName == "西安市")
    #expect(gaz.city(en: "Xilingol League")?.fullName == "锡林郭勒盟")
    #expect(gaz.city(en: "xilinguole")?.fullName == "锡林郭勒盟")
    #expect(gaz.city(zh: "延边")?.fullName == "延边朝鲜族自治州")
    #expect(gaz.city(zh: "延边州")?.province == "吉林省")
    #expect(gaz.city(zh: "延边朝鲜族自治州")?.pinyin == "yanbian")
    #expect(gaz.city(en: "Yanbian Korean Autonomous Prefecture")?.fullName == "延边朝鲜族自治州")
    #expect(gaz.city(zh: "博州")?.fullName == "博尔塔拉蒙古自治州")
    #expect(gaz.city(zh: "长治")?.pinyin == "changzhi")
    #expect(gaz.city(zh: "朝阳")?.pinyin == "chaoyang")
    #expect(gaz.city(zh: "漯河")?.pinyin == "luohe")
    #expect(gaz.city(zh: "六安")?.pinyin == "luan")
    #expect(gaz.city(zh: "蚌埠")?.pinyin == "bengbu")
  }

  @Test func ambiguities() {
    // Same pinyin, different cities.
    for (py, n) in [("Suzhou", 2), ("Taizhou", 2), ("Yichun", 2), ("Fuzhou", 2), ("Yulin", 2)] {
      #expect(gaz.cities(en: py).count == n, "\(py)")
      #expect(gaz.city(en: py) == nil, "\(py) should be ambiguous")
    }
    #expect(gaz.city(en: "Suzhou", province: "Anhui")?.fullName == "宿州市")
    #expect(gaz.city(en: "Suzhou", province: "江苏")?.fullName == "苏州市")
    // Short names shared by a province and a prefecture.
    #expect(gaz.places(zh: "吉林").count == 2)
    #expect(gaz.places(zh: "海南").count == 2)
    #expect(gaz.province(zh: "吉林")?.fullName == "吉林省")
    #expect(gaz.city(zh: "吉林")?.fullName == "吉林市")
    #expect(gaz.city(zh: "海南")?.province == "青海省")
    #expect(gaz.places(en: "Jilin City").count == 1)
    #expect(gaz.places(en: "Jilin Province").count == 1)
  }

  @Test func placesEndingInScalars() {
    let s = Array("江西省南昌市".unicodeScalars)
    let hits = gaz.placesEnding(in: s, at: s.count)
    #expect(hits.first?.length == 3)
    #expect(gaz.placesEnding(in: s, at: 3).first?.length == 3)
    #expect(gaz.placesEnding(in: s, at: 1).isEmpty)
  }
}

@Suite("Surnames")
struct SurnamesTests {
  let sn = Surnames.shared

  @Test func coverage() {
    #expect(sn.all.count >= 500)
    for s in "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗成叶宋付傅段蒋杜汤范廖颜覃闫肖".map(String.init) {
      #expect(sn.isSurname(s), "\(s)")
    }
    for s in ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
              "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟"] {
      #expect(sn.isSurname(s), "\(s)")
    }
    #expect(!sn.isSurname("某"))
    #expect(!sn.isSurname("王某"))
    for s in sn.all {
      for p in sn.pinyin(of: s) {
        #expect(!p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }, "\(s) \(p)")
      }
    }
  }

  @Test func surnameReadings() {
    let expected: [String: String] = [
      "单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "区": "ou", "朴": "piao", "查": "zha", "盖": "ge",
      "乐": "yue", "尉迟": "yuchi", "覃": "qin", "缪": "miao", "万俟": "moqi", "吕": "lv", "闵": "min",
      "长孙": "zhangsun", "单于": "chanyu", "澹台": "tantai", "王": "wang", "欧阳": "ouyang",
    ]
    for (s, p) in expected {
      #expect(sn.pinyin(of: s).first == p, "\(s): \(sn.pinyin(of: s))")
    }
    #expect(sn.pinyin(of: "覃") == ["qin", "tan"])
    #expect(sn.pinyin(of: "某").isEmpty)
  }

  @Test func longestSurname() {
    #expect(sn.longestSurname(in: Array("欧阳修".unicodeScalars), at: 0) == 2)
    #expect(sn.longestSurname(in: Array("欧阳修".unicodeScalars), at: 2) == 1)  // 修 is a surname too
    #expect(sn.longestSurname(in: Array("王某".unicodeScalars), at: 0) == 1)
    #expect(sn.longestSurname(in: Array("某公司".unicodeScalars), at: 0) == nil)
    #expect(sn.longestSurname(in: Array("被告人成某".unicodeScalars), at: 3) == 1)
    #expect(sn.longestSurname(in: Array("司马".unicodeScalars), at: 1) == 1)  // 马
    #expect(sn.longestSurname(in: [], at: 0) == nil)
    #expect(sn.longestSurname(in: Array("王".unicodeScalars), at: 5) == nil)
  }

  @Test func reverseLookup() {
    let cheng = sn.surnames(withPinyin: "Cheng")
    #expect(cheng.contains("成") && cheng.contains("程"))
    #expect(sn.surnames(withPinyin: "Song").contains("宋"))
    #expect(sn.surnames(withPinyin: "SONG").contains("宋"))
    #expect(sn.surnames(withPinyin: "Ouyang") == ["欧阳"])
    #expect(sn.surnames(withPinyin: "Ou-yang") == ["欧阳"])
    #expect(sn.surnames(withPinyin: "Shan").contains("单"))
    #expect(sn.surnames(withPinyin: "Qin").contains("覃"))
    #expect(sn.surnames(withPinyin: "Tan").contains("覃"))
    #expect(sn.surnames(withPinyin: "Lv") == ["吕"])
    #expect(sn.surnames(withPinyin: "Lyu") == ["吕"])
    #expect(sn.surnames(withPinyin: "Lü") == ["吕"])
    let lu = sn.surnames(withPinyin: "Lu")
    #expect(lu.contains("陆") && lu.contains("卢") && lu.contains("吕"))
    #expect(lu.firstIndex(of: "吕") ?? 0 > lu.firstIndex(of: "陆") ?? 0)
    #expect(sn.surnames(withPinyin: "Yuchi") == ["尉迟"])
    #expect(sn.surnames(withPinyin: "xyzzy").isEmpty)
    #expect(sn.surnames(withPinyin: "").isEmpty)
  }
}

extension GazetteerTests {
  /// The Character-by-Character definition `normalizeEnglish` keeps (its ASCII fast path must agree).
  static func normalizeByCharacters(_ s: String) -> String {
    var out = ""
    for ch in s.lowercased() {
      switch ch {
      case "ü", "ǖ", "ǘ", "ǚ", "ǜ": out.append("v")
      case "ā", "á", "ǎ", "à": out.append("a")
      case "ē", "é", "ě", "è", "ê": out.append("e")
      case "ī", "í", "ǐ", "ì": out.append("i")
      case "ō", "ó", "ǒ", "ò": out.append("o")
      case "ū", "ú", "ǔ", "ù": out.append("u")
      default:
        if ch.isASCII, ch.isLetter || ch.isNumber { out.append(ch) }
      }
    }
    return out
  }

  @Test func normalizeEnglishAgreesWithTheCharacterDefinition() {
    let allASCII = String(String.UnicodeScalarView((0..<128).compactMap { Unicode.Scalar($0) }))
    for s in [allASCII, "Nanchang City", "Xi'an", "Pudong New Area\r\n", "No. 1 Intermediate", "Ürümqi", "Lüliang", "Hé Nán", ""] {
      #expect(Gazetteer.normalizeEnglish(s) == Self.normalizeByCharacters(s), "\(s)")
    }
    #expect(Gazetteer.normalizeEnglish("Xi'an City") == "xiancity")
  }
}
