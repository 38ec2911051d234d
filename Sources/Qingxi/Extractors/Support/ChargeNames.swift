/// Crime names of the PRC Criminal Law (罪名) that news reports mention, and their English renderings.
///
/// The Chinese names are the statutory ones (最高人民法院、最高人民检察院《关于执行〈中华人民共和国刑法〉
/// 确定罪名的规定》 and its supplements). Courts and reports often write only the act of art. 111 that
/// was committed (`为境外非法提供国家秘密罪`); `art111` recognises those forms and names the statutory
/// crime, `为境外窃取、刺探、收买、非法提供国家秘密、情报罪`.
enum ChargeNames {
  static let art111 = "为境外窃取、刺探、收买、非法提供国家秘密、情报罪"
  static let art219a = "为境外窃取、刺探、收买、非法提供商业秘密罪"
  static let art431 = "为境外窃取、刺探、收买、非法提供军事秘密罪"

  static let chinese: [String] = [
    // Endangering national security (ch. 1).
    "背叛国家罪", "分裂国家罪", "煽动分裂国家罪", "武装叛乱、暴乱罪", "颠覆国家政权罪", "煽动颠覆国家政权罪",
    "资助危害国家安全犯罪活动罪", "投敌叛变罪", "叛逃罪", "间谍罪", art111, "资敌罪",
    // State, commercial and military secrets.
    "非法获取国家秘密罪", "非法持有国家绝密、机密文件、资料、物品罪", "故意泄露国家秘密罪", "过失泄露国家秘密罪",
    "非法生产、销售专用间谍器材、窃听、窃照专用器材罪", "非法使用窃听、窃照专用器材罪", "侵犯商业秘密罪", art219a,
    art431, "非法获取军事秘密罪", "故意泄露军事秘密罪", "过失泄露军事秘密罪",
    // Corruption and dereliction.
    "贪污罪", "挪用公款罪", "受贿罪", "单位受贿罪", "利用影响力受贿罪", "行贿罪", "对有影响力的人行贿罪",
    "对单位行贿罪", "介绍贿赂罪", "单位行贿罪", "巨额财产来源不明罪", "隐瞒境外存款罪", "私分国有资产罪",
    "非国家工作人员受贿罪", "对非国家工作人员行贿罪", "职务侵占罪", "挪用资金罪", "滥用职权罪", "玩忽职守罪",
    "徇私枉法罪",
    // Persons and property.
    "故意杀人罪", "过失致人死亡罪", "故意伤害罪", "过失致人重伤罪", "强奸罪", "绑架罪", "非法拘禁罪",
    "拐卖妇女、儿童罪", "抢劫罪", "盗窃罪", "诈骗罪", "抢夺罪", "敲诈勒索罪", "故意毁坏财物罪",
    // Public safety and order.
    "放火罪", "爆炸罪", "投放危险物质罪", "以危险方法危害公共安全罪", "交通肇事罪", "危险驾驶罪",
    "组织、领导、参加恐怖组织罪", "帮助恐怖活动罪", "宣扬恐怖主义、极端主义、煽动实施恐怖活动罪",
    "非法持有、私藏枪支、弹药罪", "寻衅滋事罪", "聚众斗殴罪", "组织、领导、参加黑社会性质组织罪", "妨害公务罪",
    "袭警罪", "招摇撞骗罪", "伪造、变造、买卖国家机关公文、证件、印章罪", "组织考试作弊罪", "非法出售、提供试题、答案罪",
    "偷越国（边）境罪", "组织他人偷越国（边）境罪", "运送他人偷越国（边）境罪", "骗取出境证件罪", "拒不执行判决、裁定罪",
    "伪证罪", "窝藏、包庇罪", "编造、故意传播虚假信息罪", "编造、故意传播虚假恐怖信息罪",
    "组织、利用会道门、邪教组织、利用迷信破坏法律实施罪", "开设赌场罪", "赌博罪", "组织卖淫罪", "强迫交易罪",
    "非法采矿罪", "重婚罪", "遗弃罪", "虐待罪", "污染环境罪", "危害珍贵、濒危野生动物罪", "非法狩猎罪",
    "制作、复制、出版、贩卖、传播淫秽物品牟利罪", "传播淫秽物品罪",
    // Information networks.
    "侵犯公民个人信息罪", "帮助信息网络犯罪活动罪", "非法利用信息网络罪", "非法侵入计算机信息系统罪",
    "非法获取计算机信息系统数据、非法控制计算机信息系统罪", "破坏计算机信息系统罪", "拒不履行信息网络安全管理义务罪",
    "掩饰、隐瞒犯罪所得、犯罪所得收益罪", "妨害信用卡管理罪",
    // Economic order.
    "非法经营罪", "走私罪", "走私普通货物、物品罪", "走私国家禁止进出口的货物、物品罪", "走私武器、弹药罪",
    "走私珍贵动物、珍贵动物制品罪", "走私贵重金属罪", "走私文物罪", "洗钱罪", "非法吸收公众存款罪", "集资诈骗罪",
    "合同诈骗罪", "组织、领导传销活动罪", "虚开增值税专用发票罪", "逃税罪", "内幕交易、泄露内幕信息罪",
    "操纵证券、期货市场罪", "生产、销售伪劣产品罪", "假冒注册商标罪", "侵犯著作权罪", "电信诈骗罪",
    // Drugs.
    "走私、贩卖、运输、制造毒品罪", "非法持有毒品罪", "容留他人吸毒罪", "非法生产、买卖、运输制毒物品、走私制毒物品罪",
    // Other names reports use.
    "非法捕捞水产品罪", "非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物罪", "非法买卖、运输、携带、持有毒品原植物种子、幼苗罪",
    "非法持有枪支罪", "组织、领导、参加黑社会性质组织罪", "诈骗罪", "信用卡诈骗罪", "贷款诈骗罪", "保险诈骗罪",
    "非法占用农用地罪", "滥伐林木罪", "盗伐林木罪", "非法猎捕、杀害珍贵、濒危野生动物罪", "拒不支付劳动报酬罪",
    "虚开发票罪", "生产、销售有毒、有害食品罪", "生产、销售不符合安全标准的食品罪", "生产、销售假药罪",
  ]

  /// Drugs a report names instead of 毒品 in a drug charge (贩卖海洛因, 走私冰毒罪).
  static let drugNames = ["海洛因", "冰毒", "甲基苯丙胺", "芬太尼", "可卡因", "大麻", "鸦片", "氯胺酮", "摇头丸", "吗啡", "K粉"]

  /// Abbreviations of charges in reports (贩毒, 制毒): only with a charge context or as a case name.
  static let abbreviations: [String: String] = [
    "贩毒": "走私、贩卖、运输、制造毒品罪", "制毒": "走私、贩卖、运输、制造毒品罪", "运毒": "走私、贩卖、运输、制造毒品罪",
    "电诈": "诈骗罪",
  ]

  /// The names a 选择性罪名 is also written as: any of its acts in order with any of its objects in order
  /// (走私、贩卖、运输、制造毒品罪 → 贩卖毒品罪, 贩卖、运输毒品罪; 走私普通货物、物品罪 → 走私普通货物罪;
  /// 掩饰、隐瞒犯罪所得、犯罪所得收益罪 → 掩饰、隐瞒犯罪所得罪). Acts are the leading 、-parts as long as the first
  /// (at most four characters); the first longer part is an act and an object; the rest are objects. When the first
  /// part is the long one, it is a prefix and an object as long as the last part (走私国家禁止进出口的货物、物品).
  static func variants(of name: String) -> [String] {
    let body = Array(name.unicodeScalars.dropLast())  // without 罪
    let parts = body.split(separator: "、").map { Array($0) }
    guard parts.count >= 2 else { return [] }
    func str(_ a: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(a)) }
    func subsets(_ items: [String]) -> [[String]] {
      guard items.count <= 6 else { return [items] }
      return (1..<(1 << items.count)).map { mask in items.indices.filter { mask & (1 << $0) != 0 }.map { items[$0] } }
    }
    var acts: [String] = []
    var prefix = ""
    var objects: [String] = []
    let a = parts[0].count
    if a <= 4, let k = parts.firstIndex(where: { $0.count > a }), parts[..<k].allSatisfy({ $0.count == a }) {
      acts = parts[..<k].map(str) + [str(Array(parts[k].prefix(a)))]
      objects = [str(Array(parts[k].dropFirst(a)))] + parts[(k + 1)...].map(str)
    } else if let last = parts.last, parts[0].count > last.count + 2, last.count <= 4,
      parts.dropFirst().allSatisfy({ $0.count == last.count }) {
      let n = last.count
      prefix = str(Array(parts[0].dropLast(n)))
      objects = [str(Array(parts[0].suffix(n)))] + parts[1...].map(str)
    } else {
      return []
    }
    var out: [String] = []
    for act in acts.isEmpty ? [[String]()] : subsets(acts) {
      for obj in subsets(objects) {
        let objs = obj.count == 1 && obj[0] == "毒品" ? ["毒品"] + drugNames : [obj.joined(separator: "、")]
        for o in objs { out.append(prefix + act.joined(separator: "、") + o + "罪") }
      }
    }
    return out
  }

  /// Names as written without 罪 (贩卖海洛因, 盗窃, 非法捕捞水产品) → canonical: a charge only after a charge
  /// word (因, 涉嫌, 犯有, 又) or as a case name (…案, …一案); at least two characters.
  static let bare: [String: String] = {
    var d: [String: String] = [:]
    for (written, name) in canonical where written.hasSuffix("罪") {
      let b = String(written.dropLast())
      if b.unicodeScalars.count >= 2, d[b] == nil { d[b] = name }
    }
    for (a, name) in abbreviations { d[a] = name }
    return d
  }()

  /// First and last scalars of the bare names: one probe rejects most positions.
  static let bareFirsts: Set<UInt32> = Set(bare.keys.compactMap { $0.unicodeScalars.first?.value })
  static let bareLasts: Set<UInt32> = Set(bare.keys.compactMap { $0.unicodeScalars.last?.value })

  /// Lengths (in scalars) of the bare names, longest first.
  static let bareLengths: [Int] = Array(Set(bare.keys.map { $0.unicodeScalars.count })).sorted(by: >)

  /// For each of `bareLengths`, the first and the last scalars of the bare names of that length: one probe
  /// rules a length out before a `String` is built for the dictionary.
  static let bareFirstsByLength: [Set<UInt32>] = bareLengths.map { n in
    Set(bare.keys.compactMap { k in k.unicodeScalars.count == n ? k.unicodeScalars.first?.value : nil })
  }
  static let bareLastsByLength: [Set<UInt32>] = bareLengths.map { n in
    Set(bare.keys.compactMap { k in k.unicodeScalars.count == n ? k.unicodeScalars.last?.value : nil })
  }

  /// Written name → canonical name (ASCII parentheses are folded to full-width ones).
  static let canonical: [String: String] = {
    var d: [String: String] = [:]
    for n in chinese {
      d[n] = n
      if n.contains("（") {
        d[n.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")] = n
        d[n.replacingOccurrences(of: "（", with: "").replacingOccurrences(of: "）", with: "")] = n
      }
    }
    d["电信诈骗罪"] = "诈骗罪"
    // A 选择性罪名 is named by the acts and objects committed (贩卖毒品罪, 贩卖、运输毒品罪): a variant is
    // its own name, a named drug counting as 毒品 (贩卖海洛因罪 → 贩卖毒品罪).
    for n in chinese where n.contains("、") {
      for v in variants(of: n) where d[v] == nil {
        var name = v
        for drug in drugNames where name.contains(drug) { name = name.replacingOccurrences(of: drug, with: "毒品") }
        d[v] = name
      }
    }
    for (a, name) in abbreviations where d[a + "罪"] == nil { d[a + "罪"] = name }
    return d
  }()

  /// Lengths (in scalars) of the written names, longest first.
  static let lengths: [Int] = Array(Set(canonical.keys.map { $0.unicodeScalars.count })).sorted(by: >)

  /// For each of `lengths`, the first scalars of the written names of that length (see `bareFirstsByLength`).
  static let firstsByLength: [Set<UInt32>] = lengths.map { n in
    Set(canonical.keys.compactMap { k in k.unicodeScalars.count == n ? k.unicodeScalars.first?.value : nil })
  }

  /// The acts and objects art. 111 (and 219-1, 431) name: a written crime 为境外 + acts + object + 罪
  /// is that article's crime whichever acts and objects it lists.
  static let art111Acts = ["窃取", "刺探", "收买", "非法提供", "提供", "、", "和", "或", "及"].map { Array($0.unicodeScalars) }
  static let art111Objects: [(String, String)] = [
    ("国家秘密、情报", art111), ("国家秘密和情报", art111), ("国家秘密或者情报", art111), ("国家秘密", art111),
    ("情报", art111), ("商业秘密", art219a), ("军事秘密", art431),
  ]

  /// A crime name of the 为境外…罪 family ending at `end` (exclusive; `s[end - 1]` is 罪): its start and
  /// statutory name.
  static func article111(_ s: [Unicode.Scalar], end: Int, start: Int) -> (Int, String)? {
    let body = end - 1
    for (object, name) in art111Objects {
      let o = Array(object.unicodeScalars)
      guard ReferenceScan.endsWith(s, at: body, start: start, o) else { continue }
      var k = body - o.count
      var acts = 0
      // Walk back over acts and separators to 为境外.
      while k > start {
        if ReferenceScan.endsWith(s, at: k, start: start, Array("为境外".unicodeScalars)) {
          return acts > 0 ? (k - 3, name) : nil
        }
        guard let a = art111Acts.first(where: { ReferenceScan.endsWith(s, at: k, start: start, $0) }) else { break }
        if a.count > 1 { acts += 1 }
        k -= a.count
      }
    }
    return nil
  }

  // MARK: English

  /// English renderings of crime names, found only after a crime context ("crime of", "convicted of" …).
  static let english: EnglishPhraseTable = {
    var list: [(String, String)] = [
      ("espionage", "间谍罪"), ("spying", "间谍罪"),
      ("bribery", "受贿罪"), ("accepting bribes", "受贿罪"), ("taking bribes", "受贿罪"), ("receiving bribes", "受贿罪"),
      ("bribe-taking", "受贿罪"), ("offering bribes", "行贿罪"), ("paying bribes", "行贿罪"), ("giving bribes", "行贿罪"),
      ("bribe-giving", "行贿罪"), ("offering bribes to units", "对单位行贿罪"),
      ("embezzlement", "贪污罪"), ("misappropriation of public funds", "挪用公款罪"),
      ("misappropriating public funds", "挪用公款罪"), ("fraud", "诈骗罪"), ("telecom fraud", "诈骗罪"),
      ("contract fraud", "合同诈骗罪"), ("fund-raising fraud", "集资诈骗罪"),
      ("intentional homicide", "故意杀人罪"), ("murder", "故意杀人罪"), ("intentional injury", "故意伤害罪"),
      ("theft", "盗窃罪"), ("robbery", "抢劫罪"), ("kidnapping", "绑架罪"), ("extortion", "敲诈勒索罪"),
      ("illegally obtaining state secrets", "非法获取国家秘密罪"),
      ("intentionally leaking state secrets", "故意泄露国家秘密罪"), ("deliberately leaking state secrets", "故意泄露国家秘密罪"),
      ("intentionally disclosing state secrets", "故意泄露国家秘密罪"),
      ("negligently leaking state secrets", "过失泄露国家秘密罪"), ("negligently disclosing state secrets", "过失泄露国家秘密罪"),
      ("illegally holding state secret documents", "非法持有国家绝密、机密文件、资料、物品罪"),
      ("illegal possession of state secret documents", "非法持有国家绝密、机密文件、资料、物品罪"),
      ("infringing on citizens' personal information", "侵犯公民个人信息罪"),
      ("infringing citizens' personal information", "侵犯公民个人信息罪"),
      ("infringing upon citizens' personal information", "侵犯公民个人信息罪"),
      ("helping information network criminal activities", "帮助信息网络犯罪活动罪"),
      ("assisting information network criminal activities", "帮助信息网络犯罪活动罪"),
      ("aiding information network criminal activities", "帮助信息网络犯罪活动罪"),
      ("illegal business operations", "非法经营罪"), ("illegal business operation", "非法经营罪"),
      ("illegal operation", "非法经营罪"), ("illegal operations", "非法经营罪"), ("smuggling", "走私罪"),
      ("money laundering", "洗钱罪"), ("subversion of state power", "颠覆国家政权罪"),
      ("subverting state power", "颠覆国家政权罪"), ("inciting subversion of state power", "煽动颠覆国家政权罪"),
      ("incitement to subvert state power", "煽动颠覆国家政权罪"), ("separatism", "分裂国家罪"),
      ("splitting the country", "分裂国家罪"), ("splitting the state", "分裂国家罪"), ("inciting separatism", "煽动分裂国家罪"),
      ("treason", "背叛国家罪"), ("defection", "叛逃罪"), ("abuse of power", "滥用职权罪"),
      ("dereliction of duty", "玩忽职守罪"), ("picking quarrels and provoking trouble", "寻衅滋事罪"),
      ("obstructing official duties", "妨害公务罪"), ("infringing trade secrets", "侵犯商业秘密罪"),
      ("infringing on trade secrets", "侵犯商业秘密罪"), ("infringement of trade secrets", "侵犯商业秘密罪"),
      ("leaking state secrets", "故意泄露国家秘密罪"), ("leaking state secrets abroad", "故意泄露国家秘密罪"),
      ("abusing his power", "滥用职权罪"), ("abusing her power", "滥用职权罪"), ("abusing power", "滥用职权罪"),
      ("abuse of office", "滥用职权罪"), ("corruption", "受贿罪"), ("graft", "受贿罪"), ("bribe taking", "受贿罪"),
      ("drug trafficking", "走私、贩卖、运输、制造毒品罪"), ("drug smuggling", "走私、贩卖、运输、制造毒品罪"),
      ("drug-trafficking", "走私、贩卖、运输、制造毒品罪"), ("drug-smuggling", "走私、贩卖、运输、制造毒品罪"),
      ("drug dealing", "走私、贩卖、运输、制造毒品罪"), ("drug production", "走私、贩卖、运输、制造毒品罪"),
      ("drug manufacturing", "走私、贩卖、运输、制造毒品罪"), ("trafficking in drugs", "走私、贩卖、运输、制造毒品罪"),
      ("gambling", "赌博罪"), ("running a casino", "开设赌场罪"), ("operating a casino", "开设赌场罪"),
      ("illegal fishing", "非法捕捞水产品罪"), ("drunk driving", "危险驾驶罪"), ("dangerous driving", "危险驾驶罪"),
    ]
    // Drug charges as acts on a drug: "smuggling fentanyl", "producing and trafficking fentanyl",
    // "trafficking a large amount of methamphetamine".
    let drugActs = ["smuggling", "trafficking", "producing", "manufacturing", "making", "selling", "transporting",
                    "dealing", "producing and trafficking", "manufacturing and trafficking", "making and selling",
                    "manufacturing and selling", "producing and selling", "smuggling and trafficking",
                    "trafficking and transporting", "selling and transporting"]
    let drugAmounts = ["", "a large amount of ", "large amounts of ", "large quantities of ", "a large quantity of ",
                       "huge amounts of ", "illegal "]
    let drugs = ["drugs", "narcotics", "fentanyl", "methamphetamine", "meth", "heroin", "cocaine", "ketamine",
                 "marijuana", "cannabis", "opium", "ecstasy", "crystal meth"]
    for a in drugActs {
      for m in drugAmounts {
        for d in drugs { list.append(("\(a) \(m)\(d)", "走私、贩卖、运输、制造毒品罪")) }
      }
    }
    // Art. 111 in the many ways translations render it: acts × objects × "for/to whom".
    let acts = [
      "illegally providing", "illegally supplying", "buying and illegally providing", "buying or illegally providing",
      "purchasing and illegally providing", "stealing, spying, buying or illegally providing",
      "stealing, spying, buying and illegally providing", "stealing, spying on, buying or illegally providing",
      "stealing, prying into, buying or illegally providing", "stealing, spying into, buying or illegally providing",
      "stealing, gathering, buying or illegally providing", "stealing and illegally providing", "stealing", "spying on",
      "prying into", "buying", "purchasing", "selling", "illegally selling",
    ]
    let objects = [
      "state secrets", "intelligence", "state secrets or intelligence", "state secrets and intelligence",
      "national secrets", "state secrets and intelligences", "secrets and intelligence",
    ]
    let whom = [
      "for overseas countries", "for overseas entities", "for overseas organizations", "for overseas institutions",
      "for overseas", "to overseas countries", "to overseas entities", "to overseas organizations", "to overseas",
      "for foreign countries", "for foreign entities", "for foreign organizations", "for foreign forces",
      "to foreign countries", "to foreign entities", "to foreign organizations", "for abroad", "abroad", "overseas",
      "outside the country", "outside the territory", "outside china", "for entities outside the territory",
      "for institutions, organizations and individuals outside the territory",
      "for organizations and individuals outside the territory",
    ]
    for a in acts {
      for o in objects {
        for w in whom { list.append(("\(a) \(o) \(w)", art111)) }
      }
    }
    return EnglishPhraseTable(list)
  }()

  /// Phrases after which an English crime name is expected.
  static let englishContext: EnglishPhraseTable = EnglishPhraseTable([
    "crime of", "crimes of", "offence of", "offense of", "offences of", "offenses of", "convicted of", "charged with",
    "guilty of", "accused of", "suspicion of", "suspected of", "charges of", "charge of", "charges including",
    "on charges of", "indicted for", "prosecuted for", "sentenced for", "convicted for", "jailed for", "imprisoned for",
    "arrested for", "detained for", "executed for", "punished for", "investigated for", "on suspicion of",
    "found guilty of", "for", "over", "involving",
  ].map { ($0, "") })

  /// Words after an English crime name that make it a charge without a context before it ("bribery charges")
  /// ("spy theft cases" is a kind of case, not a charge: case and trial do not count).
  static let englishAfter: Set<String> = ["charge", "charges", "conviction", "convictions"]
}
