import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct StripPinyinAnnotationsTests {
  func document(_ s: String) -> Document {
    Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
  }

  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> (String, [Removal]) {
    var doc = document(s)
    _ = try StripPinyinAnnotations.make(options).process(&doc)
    return (doc.text, doc.removed)
  }

  @Test("removes a gloss that reads the character before it", arguments: [
    // Seed 004, as written.
    ("新京报(bao)讯 据“国家安全部”微信(xin)公(gong)号消息", "新京报讯 据“国家安全部”微信公号消息"),
    ("构建人防、物防、技防“三(san)位一(yi)体”安全防护体系", "构建人防、物防、技防“三位一体”安全防护体系"),
    ("应积(ji)极(ji)构(gou)建", "应积极构建"),
    ("编辑 陈(chen)艳婷", "编辑 陈艳婷"),
    ("提升运营效率的重(zhong)要手(shou)段。", "提升运营效率的重要手段。"),
    ("境外间(jian)谍情报(bao)机关", "境外间谍情报机关"),
    ("单位而(er)言", "单位而言"),
    // Parentheses: fullwidth, and one of each.
    ("新京报（bao）讯", "新京报讯"),
    ("新京报(bao）讯", "新京报讯"),
    ("新京报（bao)讯", "新京报讯"),
    // Tones, tone numbers, case, fullwidth letters, combining marks, ü.
    ("新京报(bào)讯", "新京报讯"),
    ("新京报(ba4o)讯", "新京报讯"),
    ("新京报(bao4)讯", "新京报讯"),
    ("新京报(BAO)讯", "新京报讯"),
    ("新京报(Bào)讯", "新京报讯"),
    ("新京报（ｂａｏ）讯", "新京报讯"),
    ("新京报(ba\u{300}o)讯", "新京报讯"),
    ("绿(lǜ)色", "绿色"),
    ("绿(lü)色", "绿色"),
    ("绿(lv4)色", "绿色"),
    // Polyphones: every reading counts.
    ("长(chang)期", "长期"),
    ("长(zhang)大", "长大"),
    ("银行(hang)", "银行"),
    ("重(chong)新", "重新"),
    ("行(xing)走", "行走"),
    // At the very end of the text, and a supplementary-plane (CJK Extension B) character.
    ("情报(bao)", "情报"),
    ("\u{2A6A5}(zhe)字", "\u{2A6A5}字"),
    ("\u{20000}（hé）", "\u{20000}"),
  ])
  func removesGloss(raw: String, cleaned: String) throws {
    let (text, removed) = try clean(raw)
    #expect(text == cleaned)
    #expect(!removed.isEmpty)
    #expect(removed.allSatisfy { $0.kind == "pinyin" && $0.rule == "strip-pinyin-annotations" })
  }

  @Test("keeps real parentheticals", arguments: [
    "必一运动·(B-sports)官方网站",
    "网络举报受理平台（www.12339.gov.cn）、国家安全部微信公众号",
    "网络举报受理平台(www.12339.gov.cn)",
    "自行车系列赛（合肥站）暨“中国体育彩票杯”",
    "年度报告(2023)",
    "合同条款(a)",
    "Beijing (Běijīng)",
    "国(bao)",  // not a reading of 国
    "新京报(ba o)讯",  // space inside
    "微信(xin gong)号",  // two syllables
    "微信(xingong)号",  // two syllables run together
    "新京报 (bao)讯",  // a space before: kept on purpose
    "新京报\n(bao)讯",
    "(bao)开头",  // nothing before
    "新京报()讯",
    "新京报(bao讯",  // never closed
    "新京报((bao))讯",
    "新京报(ba44o)讯",  // two tone digits
    "新京报(4)讯",
    "新京报(zhuangzhuang)讯",
    "新京报[bao]讯",
  ])
  func keeps(raw: String) throws {
    let (text, removed) = try clean(raw)
    #expect(text == raw)
    #expect(removed.isEmpty)
  }

  @Test("records each removal with raw scalar offsets")
  func removalRecords() throws {
    let (_, removed) = try clean("新京报(bao)讯 微信(xin)公（gōng）号")
    #expect(
      removed == [
        Removal(kind: "pinyin", rule: "strip-pinyin-annotations", text: "(bao)", rawStart: 3, rawEnd: 8),
        Removal(kind: "pinyin", rule: "strip-pinyin-annotations", text: "(xin)", rawStart: 12, rawEnd: 17),
        Removal(kind: "pinyin", rule: "strip-pinyin-annotations", text: "（gōng）", rawStart: 18, rawEnd: 24),
      ])
  }

  @Test("offsets count scalars: an Extension B character is one, not two UTF-16 units")
  func supplementaryPlaneOffsets() throws {
    // 𪚥 is U+2A6A5 (two UTF-16 units, four UTF-8 bytes); its gloss starts at scalar 2.
    let raw = "文\u{2A6A5}(zhe)字报(bao)"
    let (text, removed) = try clean(raw)
    #expect(text == "文\u{2A6A5}字报")
    #expect(removed.map { [$0.rawStart, $0.rawEnd] } == [[2, 7], [9, 14]])
    let scalars = Array(raw.unicodeScalars)
    for r in removed {
      #expect(scalars.string(r.rawStart..<r.rawEnd) == r.text)
    }
  }

  @Test("raw offsets stay right after an earlier rule removed text")
  func offsetsAfterEarlierRemoval() throws {
    var doc = document("XXXX新京报(bao)讯")
    try doc.apply([.remove(0..<4, rule: "earlier", kind: "test")], stage: "earlier")
    _ = try StripPinyinAnnotations.make().process(&doc)
    #expect(doc.text == "新京报讯")
    #expect(
      doc.removed.last
        == Removal(kind: "pinyin", rule: "strip-pinyin-annotations", text: "(bao)", rawStart: 7, rawEnd: 12))
  }

  @Test("enabled: false removes nothing")
  func disabled() throws {
    let raw = "新京报(bao)讯"
    let (text, removed) = try clean(raw, ["enabled": .bool(false)])
    #expect(text == raw)
    #expect(removed.isEmpty)
  }

  @Test("seed 004: every gloss goes, the site name stays")
  func seed004() throws {
    let raw = try String(contentsOfFile: PackageRoot.path("Corpus/raw/004_778aeec8d4053a14.txt"), encoding: .utf8)
    var doc = document(raw)
    _ = try StripPinyinAnnotations.make().process(&doc)
    let text = doc.text

    #expect(doc.removed.count == 128)
    for r in doc.removed {
      #expect(r.kind == "pinyin" && r.rule == "strip-pinyin-annotations")
      // Each removal is one parenthesised run of lowercase ASCII letters, and sits where it says in raw.
      let inner = r.text.dropFirst().dropLast()
      #expect(r.text.first == "(" && r.text.last == ")" && inner.allSatisfy { $0.isASCII && $0.isLowercase })
      #expect(Array(raw.unicodeScalars).string(r.rawStart..<r.rawEnd) == r.text)
    }

    // The only parenthesis left is the site name's.
    #expect(text.hasPrefix("必一运动·(B-sports)官方网站\n"))
    #expect(text.filter { $0 == "(" || $0 == "（" }.count == 1)
    for phrase in [
      "新京报讯", "微信公号", "三位一体", "积极构建", "编辑 陈艳婷", "重要手段", "情报机关", "互联网上出售",
      "严重的现实危害",
    ] {
      #expect(text.contains(phrase), "\(phrase)")
    }

    // A second run finds nothing more.
    _ = try StripPinyinAnnotations.make().process(&doc)
    #expect(doc.removed.count == 128)
  }
}
