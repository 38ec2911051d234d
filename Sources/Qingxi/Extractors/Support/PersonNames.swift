// Word lists and small text helpers for ExtractPersons. Lists are deliberately short and aimed at the
// confusions that actually occur in legal news: a surname character that is also the end of an everyday
// word (造成某公司, 公司某员工), 某 used as "some" (向某公司), and English words that are pinyin syllables.

/// The word lists `ExtractPersons` consults, as scalar sets for one-probe lookups.
enum PersonNames {
  // MARK: Building

  static func chars(_ s: String) -> Set<UInt32> { Set(s.unicodeScalars.map(\.value)) }

  /// Two-character words packed as `first << 32 | second` (longer or shorter entries are ignored).
  static func pairs(_ words: String) -> Set<UInt64> {
    var out = Set<UInt64>()
    for w in words.split(separator: " ") {
      let s = Array(w.unicodeScalars)
      if s.count == 2 { out.insert(pack(s[0], s[1])) }
    }
    return out
  }

  @inline(__always)
  static func pack(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

  // MARK: 某 forms (成某, 叶某某)

  /// The single-character surnames of `Surnames.shared`.
  static let singleSurnames: Set<UInt32> = Set(
    Surnames.shared.all.compactMap { name in
      let u = Array(name.unicodeScalars)
      return u.count == 1 ? u[0].value : nil
    })

  /// Common surnames that are rarely anything but a surname before 某: accepted without further
  /// evidence (still subject to `wordEndings` and place names). Every other surname in the table (成, 于,
  /// 何, 向, 司, 方, 国, 家, 时…, which are also verbs, prepositions or word endings) needs a context.
  static let clearSurnames = chars(
    "张王李赵刘陈杨吴周徐孙朱胡郭罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋杜叶程魏苏吕丁卢姚沈钟姜崔谭陆范汪廖"
      + "石金韦贾夏付邹熊孟秦邱侯尹薛闫段雷龙黎史陶贺毛郝顾龚邵覃武钱戴严欧莫孔汤康易乔赖施洪辛柯庄樊牛葛邢齐伍"
      + "庞颜倪聂章鲁岳翟殷詹申耿兰焦俞左柳甘祝包符舒阮纪梅童凌毕季裴霍涂苗盛翁冉骆蓝靳柴蒙鲍喻祁蒲滕屈饶艾尤"
      + "穆卓缪褚娄窦戚岑臧闵苟邬卞姬栾隋刁寇郎甄鞠荆冀郁胥鄢谌奚冼蔺郜阚屠禹邰赫杭邸雍辜裘亓逯茹嵇湛戎茅揭檀"
      + "昝酆傅萧贲钮荀羿汲邴糜隗宓郗钭韶蓟鄂莘逄郦郤璩濮郏阎宦庾暨殳蔚夔厍訾乜蒯竺桓缑郈佴谯笪仉禤雒郇甯蹇庹眭"
      + "贠綦隽郄")

  /// Everyday words that end in a surname character; 某 after them is "some" (公司某员工, 造成某公司损失,
  /// 人员某某), so the character is not a surname there.
  static let wordEndings = pairs(
    "公司 上司 单位 岗位 地位 部位 职位 各位 机关 海关 有关 相关 攸关 把关 地方 对方 双方"
      + " 各方 警方 官方 甲方 乙方 一方 多方 校方 军方 院方 厂方 资方 劳方 买方 卖方 外方 中方"
      + " 美方 我方 地区 社区 小区 城区 辖区 园区 景区 山区 市区 灾区 矿区 形成 造成 构成 完成"
      + " 组成 变成 促成 达成 生成 合成 赞成 当成 做成 制成 建成 集成 养成 看成 分成 落成 任何"
      + " 如何 为何 几何 奈何 对于 关于 由于 属于 位于 至于 等于 基于 鉴于 处于 出于 用于 在于"
      + " 终于 过于 敢于 善于 便于 易于 勇于 通过 经过 超过 不过 越过 错过 路过 担任 责任 信任"
      + " 主任 聘任 兼任 出任 现任 前任 连任 继任 接任 委任 确保 担保 同时 当时 及时 有时 随时"
      + " 此时 那时 平时 届时 临时 彼时 一家 国家 专家 大家 商家 厂家 卖家 买家 店家 东家 全家"
      + " 全国 中国 各国 外国 本国 两国 美国 英国 法国 德国 韩国 我国 该国 部门 专门 澳门 厦门"
      + " 人员 雇员 职员 官员 委员 党员 会员 学员 队员 成员 动员 演员 议员 全员 工程 过程 课程"
      + " 流程 章程 规程 进程 日程 议程 全程 行程 路程 远程 大陆 内陆 登陆 着陆 规范 示范 防范"
      + " 模范 资金 基金 现金 奖金 租金 黄金 美金 薪金 押金 罚金 税金 定金 合金 支付 应付 交付"
      + " 对付 手段 阶段 地段 时段 历史 照顾 回顾 金钱 花钱 赚钱 价钱 佩戴 健康 贸易 交易 容易"
      + " 依赖 信赖 措施 设施 实施 村庄 山庄 农庄 整齐 队伍 文章 规章 重申 聚焦 承包 外包 打包"
      + " 红包 钱包 相符 世纪 年纪 违纪 儿童 四季 赛季 旺季 淡季 疫苗 比喻 调查 检查 排查 审查"
      + " 核查 侦查 搜查 清查 追查 普查 抽查 其余 多余 业余 剩余 结余 盈余 残余 以后 之后 此后"
      + " 最后 然后 其后 随后 事后 今后 先后 落后 背后 幕后 公安 治安 平安 安全 江苏")

  /// Last characters of province and prefecture names (江苏, 吉林, 南昌): only where a surname character is
  /// one of them is the gazetteer asked whether a place name ends there.
  static let placeEndings: Set<UInt32> = {
    var out = Set<UInt32>()
    for p in Gazetteer.shared.provinces {
      for n in [p.fullName, p.shortName] { if let c = n.unicodeScalars.last { out.insert(c.value) } }
    }
    for c in Gazetteer.shared.cities {
      for n in [c.fullName, c.shortName] { if let l = n.unicodeScalars.last { out.insert(l.value) } }
    }
    out.insert(("州" as Unicode.Scalar).value)
    return out
  }()

  /// Characters that end a role noun (员工, 副总经理, 保洁员, 被告人, 记者, 男子…): a person's name may follow.
  static let roleEndings = chars("员长理任监师生工民人者官警手主子友妻夫母父兄弟姐妹书纳部裁事席授辑记士告属户客犯童")

  /// Particles and prepositions after which a noun phrase, here a name, starts (的成某, 对杜某, 给叶某某).
  static let particlesBefore = chars("的了对给将把被与及和让使令叫如据系同跟即向由是")

  /// English renderings of the 某 forms (Zhang Mou, Zhang Moumou, Zhang Moujia/Mouyi) and their Chinese.
  static let englishMou: [String: String] = [
    "Mou": "某", "Moumou": "某某", "Moujia": "某甲", "Mouyi": "某乙", "Moubing": "某丙", "Mouding": "某丁",
  ]

  /// What may follow a partly masked name (陈某锋等, 陈某锋团伙, 陈某锋的): a list or a particle, so that a verb
  /// after 某 (杨某否认, 张某驾车) is never read as a given name.
  static let afterMaskedName = chars("等团的和及与、被在")

  /// Characters never in a name listed with other names: particles, pronouns, numerals.
  static let notInListedName = chars("的了是在和与及等或之其这那某每各他她们个些一二三四五六七八九十百千万年月日")

  /// Measure words and units after a number: 某1人, 某3次 count something, 伍某1 does not.
  static let measureAfterNumber = chars("人名次个元年月日天件项条份万千百十点号")

  /// Ordinals after 某 that tell two people of one surname apart (张某甲, 张某乙).
  static let maskOrdinals = chars("甲乙丙丁戊己庚辛")

  /// Characters that start a noun 某 commonly modifies ("some …"): 向某公司, 原某单位, 时某地.
  static let determinerTargets = chars(
    "公单企机部国省市县区乡镇村地网平种个些项类样处位家局院校厂店集组团队领境知大高重涉电科医学外海日年月天次件"
      + "段一方品款央中研实协基工媒社军党政事产商房物卫金药化新欧美韩西北东南著上银证保信私民合跨互直特")

  // MARK: 小/老 forms (小李, 老王)

  /// Words of 小/老 + a surname character that are not names (小时 — 时 is a surname), and a few
  /// nicknames made of a given-name character (小明). Words whose second character is no surname
  /// (小组, 小学, 老人, 老板) never match and need no entry.
  static let xiaoLaoWords = pairs(
    "小时 小区 小康 小麦 小米 小车 小路 小家 小国 小山 小水 小海 小年 小红 小白 小黑 小金"
      + " 小鱼 小牛 小龙 小商 小利 小计 小费 小于 小巫 小包 小程 小管 小门 小有 小能 小巨 小黄"
      + " 小蓝 小明 小平 小强 小华 小云 小燕 小花 小兰 小梅 小凤 小东 小马 小成 小方 小关 小官"
      + " 小满 小鹿 小羊 老家 老年 老师 老公 老干 老练 老区 老成 老广 老司 老东 老方 老保 老花"
      + " 老车 老山 老党 老有 老黄 老姜 老龙 老庄 老母 老房 老白 老时 老边 老景 老路 老江 老伍"
      + " 老于")

  /// Characters before 小/老 that make it an adjective or part of a word (大小, 一小时, 最老).
  static let beforeXiaoLaoWords = chars("大小老最很太较更一二两三四五六七八九十半几多每数")

  /// Characters after 小李 that end a name (小李是, 小李的, 小李说); other occurrences count only when
  /// the same form is a name elsewhere in the document.
  static let xiaoLaoFollowers = chars("说是在等的和与及也就又还便曾被将把对向因为则都却已于称表并均即")

  // MARK: Full names (廖春生, 杨国安)

  /// Role and title words a full name follows (董事长杨国安, 副总经理廖春生, 编辑|江娱迟).
  static let roles: [String] = [
    "董事长", "副董事长", "董事", "独立董事", "总经理", "副总经理", "经理", "总裁", "副总裁", "首席执行官", "主任",
    "副主任", "局长", "副局长", "处长", "副处长", "科长", "厅长", "副厅长", "部长", "副部长", "省长", "副省长", "市长",
    "副市长", "县长", "副县长", "区长", "镇长", "乡长", "村长", "院长", "副院长", "校长", "副校长", "所长", "行长",
    "社长", "台长", "站长", "队长", "组长", "秘书长", "书记", "副书记", "党委书记", "主席", "副主席", "总理", "副总理",
    "委员", "记者", "实习记者", "编辑", "责任编辑", "责编", "主编", "通讯员", "摄影", "作者", "被告人", "被告",
    "原告", "上诉人", "被上诉人", "犯罪嫌疑人", "嫌疑人", "当事人", "被害人", "受害人", "证人", "律师", "法官",
    "审判长", "审判员", "检察官", "检察长", "教授", "副教授", "研究员", "副研究员", "工程师", "总工程师", "总监",
    "技术总监", "博士", "医生", "主播", "员工", "雇员", "职员", "学生", "网友", "村民",
    "市民", "居民", "司机", "负责人", "创始人", "董秘", "发言人", "新闻发言人", "代表", "主持人",
    "法定代表人", "实际控制人", "工作人员", "民警", "警官", "干警", "辩护人", "公诉人", "检察员", "人民陪审员",
    "陪审员", "代理审判员", "书记员", "大使", "总书记", "官员", "财务长", "原审被告人", "毒犯", "毒贩", "罪犯", "嫌犯",
    "主犯", "从犯", "首犯", "男子", "女子",
  ]

  /// Speech verbs a full name may stand before without a role (……。王建国表示，).
  static let verbs: [String] = ["表示", "说", "介绍", "指出", "称", "认为", "强调", "透露", "坦言", "回应"]

  /// Words of a criminal case a full name may stand before without a role (孙政才受贿案, 唐一军被判处,
  /// 刘玉因受贿罪, 陈国强受贿一案, 郭伯雄一审被判): the name is the defendant. Matched on folded text.
  static let caseWords: [String] = [
    "受贿", "贪污", "行贿", "被判", "获刑", "被控", "涉嫌", "被捕", "被起诉", "被公诉", "被执行", "被处决", "落马",
    "因受贿", "因贪污", "因涉嫌", "因犯", "一案", "案一审", "案二审", "一审被判", "走私", "贩毒", "贩卖", "诈骗",
  ]

  /// What may stand between a role and the name (编辑|江娱迟, 记者 陈艳婷, 责任编辑：王某).
  static let roleSeparators = chars(" \u{3000}\u{A0}|｜:：/／")

  /// Characters that start what follows a full name (杨国安、, 廖春生于, 颜世强亦, 董贤庭等, 王强说).
  static let nameFollowers = chars(
    "说称表指介认在是于亦也因被将和与及的曾已还又均则就并即辞离等今昨近日现出担兼当带率主接作告透坦回解对向从把给让为所系答发提宣讲"
      + "犯涉受获拒承供违非多先利收贪走贩伙明参组携窃盗骗指上稍去前后")

  /// Followers that, as the third character, end a two-character name rather than belong to a
  /// three-character one (王强说 → 王强).
  static let strongFollowers = chars("说称表指介认等在是于的和与及也亦因被将曾已还又均则就并即辞离对向从把给让所坦透答")

  /// Characters that are never part of a given name: particles, pronouns, numerals, measure words.
  static let notGiven = chars(
    "某的了是在和与及等说称表也都还又就将被把对向从由于以为而但或其之所这那此该各每们个些他她我你它自本不没已曾因并即再更"
      + "均则亦便要能可应需让使令给到去来上下内外前后里时年月日号次名件项种类元亿万千百十一二三四五六七八九零〇第啊吗呢吧着过得地"
      // Nouns that follow a role word more often than a name does (专家信息, 男子公开组).
      + "组队团部局司院处厅委界府站台网社报刊省市县区镇村业店厂校党所员者赛馆场班级届型式性化品物费款税价额率量权案罪刑息"
      + "全作务题况资度态求用"
      // 王女士, 李先生, 张小姐 are a surname and a form of address, not a full name.
      + "女先姐")

  /// Exclusions when a case word supports the name (孙政才受贿案): organisation endings only, so that
  /// given-name characters such as 军, 民, 新 stay possible (唐一军被判处).
  static let notGivenBeforeCase = chars("长员者家人方部局司院处厅委队组团界府门站台网社报刊省市县区镇村业行店厂校党")

  /// Extra exclusions when only a speech verb supports the name: role, organisation and transliteration
  /// characters (董事长表示, 有消息称, 马斯克表示).
  static let notGivenWithoutRole = chars(
    "长员者家人方部局司会院处厅委队组团界府门站台网社报刊省市县区镇村业行店厂校党军警官师生工商农民众士客友新老总副主首全消息"
      + "斯尔特姆兹娃莎夫基诺布萨托帕塔卡奇茨顿逊登蒂亨伯弗瓦埃奥洛沃普默乌拉里亚尼克")

  /// The 200 most common single surnames (the table lists them first) and all double ones: a full name
  /// found by context must use one of them (信息 and 公开组 after 专家 and 男子 do not).
  static let commonSurnames: Set<UInt32> = Set(
    Surnames.shared.all.prefix(200).compactMap { name in
      let u = Array(name.unicodeScalars)
      return u.count == 1 ? u[0].value : nil
    })

  /// Surname characters that are also everyday function words; a name without a role may not start with them.
  static let functionSurnames = chars("于何和向从由有过通经来应相都那能但以严成时任原全高万常家国方司关区位员门后东年代利法公双空")

  // MARK: English

  /// Capitalised English words that are also surname pinyin: a name only with two uses inside a sentence.
  static let englishWords: Set<String> = [
    "he", "she", "long", "men", "fan", "bin", "pan", "chang", "gong", "hang", "tang", "dong", "ma", "yu", "an", "man",
    "sun", "ban", "gun", "run", "bo", "ha", "mi", "hong", "kong", "han", "ming", "qin", "yuan", "qing", "zhou", "shang",
    "xia", "jin", "sui", "lang", "tan", "wan", "ran", "sang", "gang", "bang", "fang", "pang", "ding", "le", "pi", "chi",
    "ai", "dan", "ye", "du", "yin", "yang", "ping", "tao", "lao", "gan", "shan", "nan", "mou", "moumou", "mo", "yi",
    "hu", "bi", "di", "ge", "lu", "wu", "mu", "ju",
  ]

  /// Words that make a surname-like word part of a name for something else (the Tang dynasty, Han Chinese).
  static let englishNounsAfter: Set<String> = [
    "dynasty", "dynasties", "era", "period", "chinese", "people", "river", "mountain", "mountains", "province", "city",
    "county", "district", "lake", "road", "street", "village", "town", "style", "language", "culture", "emperor",
  ]

  /// Words before a surname-like word that make it a common noun (the Song, a Fan).
  static let englishDeterminers: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
  ]

  /// Lower-case role nouns after which two to four capitalised words are a person's name ("security minister
  /// Chris Tang", "Hong Kong resident John Leung Shing-wan", "smuggler Liu Yong").
  static let englishRoleNouns: Set<String> = [
    "minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "chief", "lawyer", "attorney", "judge",
    "prosecutor", "president", "premier", "chairman", "ambassador", "resident", "citizen", "national", "holder",
    "producer", "smuggler", "trafficker", "kingpin", "defendant", "official", "director", "head", "businessman",
    "businesswoman", "executive", "activist", "dissident", "journalist", "envoy", "governor", "mayor", "professor",
  ]

  /// Verbs after which, or before which (after was/were), capitalised words are a defendant's name ("sentenced
  /// John Leung to life", "John Shing-wan Leung was jailed").
  static let englishCaseVerbs: Set<String> = [
    "sentenced", "jailed", "convicted", "executed", "imprisoned", "detained", "arrested", "indicted", "charged",
    "handed", "fined", "tried", "acquitted", "released", "expelled",
  ]

  /// Capitalised words that are never part of a person's name (institutions, places, calendar words).
  static let englishNotName: Set<String> = [
    "the", "court", "people's", "intermediate", "high", "supreme", "province", "city", "county", "district",
    "ministry", "department", "bureau", "police", "china", "chinese", "hong", "kong", "taiwan", "beijing",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "party", "state",
    "communist", "national", "security", "prosecutors", "procuratorate", "xinhua", "agency", "office", "he", "she",
    "they", "it", "we", "his", "her", "their", "in", "on", "at", "of", "and", "a", "an", "but", "for", "after",
    "special", "administrative", "region", "united", "states", "us", "u", "s", "uk", "canada", "canadian",
    "american", "british", "australian", "japanese", "shanghai", "guangdong", "tianjin", "chongqing", "new",
    "mou", "moumou",
  ]

  /// Titles that mark the next word as a name (Mr Song).
  static let englishTitles: Set<String> = [
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "chairman", "director", "manager", "judge",
    "officer", "comrade", "defendant", "suspect", "reporter", "editor",
  ]

  /// Whether `given` (lower-case ASCII) reads as a Chinese given name in pinyin: one or two syllables of
  /// two letters or more, each with a vowel (`haibo` = hai+bo, `zhengcai`, `jia`); `xi'an`-style
  /// apostrophes are not expected in names.
  static func isPinyinGivenName(_ given: String) -> Bool {
    let b = Array(given.utf8)
    guard b.count >= 2, b.count <= 12 else { return false }
    func syllable(_ r: Range<Int>) -> Bool {
      guard r.count >= 2, r.count <= 6 else { return false }
      guard b[r].contains(where: { "aeiouv".utf8.contains($0) }) else { return false }
      return PinyinReadings.shared.isSyllable(b[r])
    }
    if syllable(0..<b.count) { return true }
    for cut in 2..<b.count where syllable(0..<cut) && syllable(cut..<b.count) { return true }
    return false
  }

  // MARK: Pinyin glosses

  /// The one-syllable pinyin glosses scrapers leave after Han characters (陈(chen)艳婷, 报(bao)), as
  /// `strip-pinyin-annotations` would remove them: names are read through them in uncleaned text.
  static func glosses(in s: [Unicode.Scalar]) -> [Range<Int>] {
    PinyinGloss.ranges(in: s) { ScriptClass.isHan($0) }
  }
}
