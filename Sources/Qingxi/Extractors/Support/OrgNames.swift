/// State bodies that legal news names, in Chinese and English, with their canonical Chinese names.
///
/// The canonical name is the body's official name without the 中华人民共和国 prefix (商务部,
/// 科学技术部, 国家发展和改革委员会). Courts are left to `extract-courts`.
enum OrgNames {
  /// Written Chinese name → canonical name.
  static let chinese: [String: String] = {
    var d: [String: String] = [:]
    let canonical = [
      "国家安全部", "国家安全机关", "公安部", "公安机关", "商务部", "外交部", "国防部", "司法部", "财政部", "教育部",
      "科学技术部", "工业和信息化部", "自然资源部", "生态环境部", "交通运输部", "农业农村部", "水利部", "民政部",
      "人力资源和社会保障部", "住房和城乡建设部", "文化和旅游部", "应急管理部", "退役军人事务部", "国家卫生健康委员会",
      "审计署", "海关总署", "国家保密局", "国家密码管理局", "国务院", "国家发展和改革委员会", "国家互联网信息办公室",
      "中央网络安全和信息化委员会办公室", "国家市场监督管理总局", "国家监察委员会", "中央纪律检查委员会", "中国人民银行",
      "全国人民代表大会", "全国人民代表大会常务委员会", "中央国家安全委员会", "国家移民管理局", "国家外汇管理局",
      "国家税务总局", "中国证券监督管理委员会", "国家知识产权局", "国家国防科技工业局", "国家数据局", "中央军事委员会",
      "国家统计局", "最高人民检察院", "国务院新闻办公室",
    ]
    for n in canonical { d[n] = n }
    let short: [String: String] = [
      "国安部": "国家安全部", "科技部": "科学技术部", "工信部": "工业和信息化部", "人社部": "人力资源和社会保障部",
      "住建部": "住房和城乡建设部", "文旅部": "文化和旅游部", "国家卫健委": "国家卫生健康委员会",
      "国家发改委": "国家发展和改革委员会", "国家网信办": "国家互联网信息办公室", "中央网信办": "中央网络安全和信息化委员会办公室",
      "市场监管总局": "国家市场监督管理总局", "国家监委": "国家监察委员会", "中央纪委": "中央纪律检查委员会",
      "全国人大": "全国人民代表大会", "全国人大常委会": "全国人民代表大会常务委员会",
      "中央国安委": "中央国家安全委员会", "国家移民局": "国家移民管理局", "中国证监会": "中国证券监督管理委员会",
      "证监会": "中国证券监督管理委员会", "国家国防科工局": "国家国防科技工业局", "中央军委": "中央军事委员会",
      "最高检": "最高人民检察院", "国新办": "国务院新闻办公室", "国务院新闻办": "国务院新闻办公室",
    ]
    for (k, v) in short { d[k] = v }
    return d
  }()

  /// The written names in table order, and the canonical name of each (by `PhraseMatcher` index).
  static let written: [String] = Array(chinese.keys)
  static let table = PhraseMatcher(written)
  static let canonicalByIndex: [String] = written.map { chinese[$0] ?? $0 }

  /// Characters after a name ending in 部/局/署/委 that make it another word: 国家安全部门 (a department
  /// in general), 外交部长 (a minister), 部分, 部署, 公安部队.
  static let notAfter: Set<Unicode.Scalar> = Set("门长分队署位件落属".unicodeScalars)

  static let prcPrefix = Array("中华人民共和国".unicodeScalars)
  static let chinaPrefix = Array("中国".unicodeScalars)

  /// English names → canonical Chinese name; `true` when the name must be capitalised in the text.
  static let english: EnglishPhraseTable = EnglishPhraseTable([
    ("Ministry of National Security", "国家安全部", true), ("Ministry of State Security", "国家安全部", true),
    ("national security agencies", "国家安全机关", false), ("national security agency", "国家安全机关", false),
    ("national security organs", "国家安全机关", false), ("national security organ", "国家安全机关", false),
    ("state security agencies", "国家安全机关", false), ("state security agency", "国家安全机关", false),
    ("state security organs", "国家安全机关", false), ("state security organ", "国家安全机关", false),
    ("national security authorities", "国家安全机关", false), ("state security authorities", "国家安全机关", false),
    ("public security organs", "公安机关", false), ("public security authorities", "公安机关", false),
    ("Ministry of Public Security", "公安部", true), ("Ministry of Commerce", "商务部", true),
    ("Ministry of Foreign Affairs", "外交部", true), ("Ministry of National Defense", "国防部", true),
    ("Ministry of National Defence", "国防部", true), ("Ministry of Justice", "司法部", true),
    ("Ministry of Finance", "财政部", true), ("Ministry of Education", "教育部", true),
    ("Ministry of Science and Technology", "科学技术部", true),
    ("Ministry of Industry and Information Technology", "工业和信息化部", true),
    ("Ministry of Natural Resources", "自然资源部", true), ("Ministry of Ecology and Environment", "生态环境部", true),
    ("Ministry of Emergency Management", "应急管理部", true), ("Ministry of Civil Affairs", "民政部", true),
    ("General Administration of Customs", "海关总署", true), ("Customs Administration", "海关总署", true),
    ("National Administration of State Secrets Protection", "国家保密局", true),
    ("National Administration for the Protection of State Secrets", "国家保密局", true),
    ("State Secrets Bureau", "国家保密局", true), ("State Secrets Department", "国家保密局", true),
    ("State Secrecy Bureau", "国家保密局", true), ("State Cryptography Administration", "国家密码管理局", true),
    ("State Council", "国务院", true), ("National Development and Reform Commission", "国家发展和改革委员会", true),
    ("Cyberspace Administration of China", "国家互联网信息办公室", true),
    ("State Administration for Market Regulation", "国家市场监督管理总局", true),
    ("National Supervisory Commission", "国家监察委员会", true),
    ("Central Commission for Discipline Inspection", "中央纪律检查委员会", true),
    ("People's Bank of China", "中国人民银行", true), ("National People's Congress", "全国人民代表大会", true),
    ("Standing Committee of the National People's Congress", "全国人民代表大会常务委员会", true),
    ("NPC Standing Committee", "全国人民代表大会常务委员会", true), ("Central Military Commission", "中央军事委员会", true),
    ("National Immigration Administration", "国家移民管理局", true),
    ("Supreme People's Procuratorate", "最高人民检察院", true),
    ("Central National Security Commission", "中央国家安全委员会", true),
    ("State Administration of Foreign Exchange", "国家外汇管理局", true),
    ("State Taxation Administration", "国家税务总局", true),
    ("China Securities Regulatory Commission", "中国证券监督管理委员会", true),
    ("National Intellectual Property Administration", "国家知识产权局", true),
  ])

  /// Text right before "National Security Agency" that makes it the US agency, not 国家安全机关.
  static let foreignQualifiers = ["u.s.", "us ", "american", "america's", "united states"]
}
