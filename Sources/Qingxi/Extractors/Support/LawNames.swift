/// PRC laws that news reports cite by short name, and their English titles.
enum LawNames {
  /// Short names of national laws whose full title is 中华人民共和国 + the short name.
  static let prcShort: [String] = [
    "宪法", "刑法", "刑事诉讼法", "民法典", "民事诉讼法", "行政诉讼法", "行政处罚法", "行政复议法", "治安管理处罚法",
    "国家安全法", "反间谍法", "反恐怖主义法", "网络安全法", "数据安全法", "个人信息保护法", "密码法", "保守国家秘密法",
    "国家情报法", "出口管制法", "对外贸易法", "反外国制裁法", "对外关系法", "国防法", "国防动员法", "监察法", "反洗钱法",
    "反电信网络诈骗法", "公司法", "劳动法", "劳动合同法", "外商投资法", "海关法", "生物安全法", "反有组织犯罪法", "禁毒法",
    "出境入境管理法", "兵役法", "人民警察法", "英雄烈士保护法", "档案法", "统计法", "反垄断法", "反不正当竞争法",
    "消费者权益保护法", "食品安全法", "环境保护法", "刑法修正案", "香港特别行政区维护国家安全法", "矿产资源法",
    "科学技术进步法", "电子商务法", "著作权法", "专利法", "商标法",
  ]

  /// Written short forms that are not the statutory short name.
  static let aliases: [String: String] = [
    "保密法": "中华人民共和国保守国家秘密法",
    "国家保密法": "中华人民共和国保守国家秘密法",
    "香港国安法": "中华人民共和国香港特别行政区维护国家安全法",
    "反分裂国家法": "反分裂国家法",  // its title has no 中华人民共和国
  ]

  /// Written title → canonical Chinese title.
  static let canonical: [String: String] = {
    var d: [String: String] = [:]
    for n in prcShort {
      d[n] = "中华人民共和国" + n
      d["中华人民共和国" + n] = "中华人民共和国" + n
    }
    for (k, v) in aliases { d[k] = v }
    return d
  }()

  /// The canonical Chinese title of a written one: from the table, else the title itself when it is a
  /// law-like title (ends in 法, 条例, 规定, 办法, 决定, 法典, 法案, 细则, 解释, 规则 or is a 修正案).
  static func titleZh(_ title: String) -> String? {
    if let c = canonical[title] { return c }
    return isLawLike(title) ? title : nil
  }

  static let lawEndings = ["法", "条例", "规定", "办法", "决定", "法典", "法案", "细则", "解释", "规则", "规章"]

  /// Whether a title inside 《》 names a law or regulation (not a newspaper, book or catalogue).
  static func isLawLike(_ title: String) -> Bool {
    guard title.unicodeScalars.count >= 2 else { return false }
    if lawEndings.contains(where: { title.hasSuffix($0) }) { return title != "方法" && title != "办法" && title != "说法" }
    // 《中华人民共和国刑法修正案（十一）》
    if let open = title.lastIndex(where: { $0 == "（" || $0 == "(" }), title.hasSuffix("）") || title.hasSuffix(")") {
      return title[..<open].hasSuffix("修正案")
    }
    return false
  }

  // Bare mentions (no 《》) of table laws (根据刑法第一百一十一条, 违反反间谍法) are found from their
  // last character back, so the scan only stops at 法/典/案 — and at those only after a character
  // some name has before its last one (依法, 方法 are passed over at once).
  @inline(__always)
  static func isBareLast(_ c: Unicode.Scalar) -> Bool { c == "法" || c == "典" || c == "案" }
  static let barePenultimate: Set<Unicode.Scalar> = Set(canonical.keys.compactMap { Array($0.unicodeScalars).dropLast().last })
  static let bareLengths: [Int] = Array(Set(canonical.keys.map { $0.unicodeScalars.count })).sorted(by: >)

  /// The longest table name ending at `end` and starting at or after `floor`.
  static func bareName(_ s: [Unicode.Scalar], end: Int, floor: Int) -> Range<Int>? {
    guard end - 2 >= floor, barePenultimate.contains(s[end - 2]) else { return nil }
    for len in bareLengths where end - len >= floor {
      if canonical[ReferenceScan.string(s, (end - len)..<end)] != nil { return (end - len)..<end }
    }
    return nil
  }

  /// Characters after a bare law name that make it part of a longer word (国家安全法律, 刑法学, 法院).
  static let notAfterBare: Set<Unicode.Scalar> = Set("律学院官治人庭案制理务则典系宝门术修草师医家规子网".unicodeScalars)

  // MARK: English

  /// English titles (without "of the People's Republic of China") → canonical Chinese title.
  static let english: EnglishPhraseTable = {
    let pairs: [(String, String)] = [
      ("Criminal Law", "刑法"), ("Criminal Procedure Law", "刑事诉讼法"), ("Civil Code", "民法典"),
      ("National Security Law", "国家安全法"), ("Counter-Espionage Law", "反间谍法"), ("Anti-Espionage Law", "反间谍法"),
      ("Counterespionage Law", "反间谍法"), ("Counter-Terrorism Law", "反恐怖主义法"), ("Anti-Terrorism Law", "反恐怖主义法"),
      ("Cybersecurity Law", "网络安全法"), ("Cyber Security Law", "网络安全法"), ("Network Security Law", "网络安全法"),
      ("Data Security Law", "数据安全法"), ("Personal Information Protection Law", "个人信息保护法"),
      ("Cryptography Law", "密码法"), ("Password Law", "密码法"), ("Cipher Law", "密码法"),
      ("Law on Guarding State Secrets", "保守国家秘密法"), ("Law on the Protection of State Secrets", "保守国家秘密法"),
      ("Law on Keeping State Secrets", "保守国家秘密法"), ("Law on Safeguarding State Secrets", "保守国家秘密法"),
      ("Law on Guarding the Secrets of the State", "保守国家秘密法"), ("State Secrets Law", "保守国家秘密法"),
      ("National Intelligence Law", "国家情报法"), ("Export Control Law", "出口管制法"),
      ("Foreign Trade Law", "对外贸易法"), ("Anti-Foreign Sanctions Law", "反外国制裁法"),
      ("Foreign Relations Law", "对外关系法"), ("Anti-Secession Law", "反分裂国家法"),
      ("Supervision Law", "监察法"), ("Administrative Penalty Law", "行政处罚法"),
      ("Public Security Administration Punishments Law", "治安管理处罚法"),
      ("Public Security Administration Punishment Law", "治安管理处罚法"),
      ("Law on Penalties for Administration of Public Security", "治安管理处罚法"),
      ("Anti-Money Laundering Law", "反洗钱法"), ("Anti-Telecom and Online Fraud Law", "反电信网络诈骗法"),
      ("Anti-Telecom Network Fraud Law", "反电信网络诈骗法"), ("National Defense Law", "国防法"),
      ("Biosecurity Law", "生物安全法"), ("Hong Kong National Security Law", "香港特别行政区维护国家安全法"),
      ("Foreign Investment Law", "外商投资法"), ("Customs Law", "海关法"),
    ]
    return EnglishPhraseTable(pairs.map { ($0.0, canonical[$0.1] ?? $0.1, true) })
  }()

  /// "of the People's Republic of China" and the like, extending an English title.
  static let englishSuffix: EnglishPhraseTable = EnglishPhraseTable([
    "of the People's Republic of China", "of the Peoples Republic of China", "of the PRC", "of China",
  ].map { ($0, "") })
}
