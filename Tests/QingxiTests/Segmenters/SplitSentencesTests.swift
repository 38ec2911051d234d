import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct SplitSentencesTests {
  func sentences(_ text: String) throws -> Document {
    let p = try TestPipelines.pipeline("stages: [decode, split-blocks, split-sentences]")
    return try #require(try TestPipelines.run(p, text).first)
  }

  func texts(_ text: String) throws -> [String] {
    let doc = try sentences(text)
    return doc.sentences.map { doc.text(in: $0.range) }
  }

  @Test func chineseSentencesWithinBlocks() throws {
    let doc = try sentences("国家安全部发布提示。境外间谍活动日益隐蔽！\n\n第二段没有句号")
    #expect(doc.sentences.map { doc.text(in: $0.range) } == ["国家安全部发布提示。", "境外间谍活动日益隐蔽！", "第二段没有句号"])
    #expect(doc.sentences.allSatisfy { $0.lang == .zh && $0.runs.count == 1 })
    #expect(doc.lang == .zh)
  }

  @Test("；, ; after Chinese, and halfwidth !? end Chinese sentences")
  func chineseSemicolonsEndSentences() throws {
    #expect(try texts("密码是国家的重要战略资源；密码工作直接关系国家安全;依法使用密码!有问题吗?没有") == [
      "密码是国家的重要战略资源；", "密码工作直接关系国家安全;", "依法使用密码!", "有问题吗?", "没有",
    ])
  }

  @Test("closing quotes and brackets stay with the sentence they close")
  func closingQuotesStay() throws {
    #expect(try texts("他坦言：“不知道会泄露秘密。”随后被查处。（完）此后「事情结束了。」他说。") == [
      "他坦言：“不知道会泄露秘密。”", "随后被查处。", "（完）此后「事情结束了。」", "他说。",
    ])
  }

  @Test("ellipses …… … and ... end Chinese sentences, with their closing quotes")
  func ellipses() throws {
    #expect(try texts("他说：“就这样吧……”随后离开。等待⋯⋯结果。信息被窃取...后果严重") == [
      "他说：“就这样吧……”", "随后离开。", "等待⋯⋯", "结果。", "信息被窃取...", "后果严重",
    ])
  }

  @Test("English ellipsis: ICU decides (lower case goes on, capital starts a sentence)")
  func englishEllipsis() throws {
    #expect(try texts("He waited... and waited. Then... Nothing happened.") == ["He waited... and waited.", "Then...", "Nothing happened."])
  }

  @Test("no sentence ends inside a quote")
  func quotesHoldSentences() throws {
    #expect(try texts("他说：“我错了。我会改。”随后离开。") == ["他说：“我错了。我会改。”", "随后离开。"])
    #expect(try texts("He said \"Stop. Now.\" and left. Then he returned.") == ["He said \"Stop. Now.\" and left.", "Then he returned."])
  }

  @Test("abbreviations and initials do not end sentences", arguments: [
    "Mr. Cheng met Dr. Ye at No. 1 Intermediate People's Court on Jan. 5 in the U.S. State.",
    "The case went to J. K. Lee, who heard it in Shanghai.",
  ])
  func abbreviations(sentence: String) throws {
    #expect(try texts(sentence + " Another sentence follows.") == [sentence, "Another sentence follows."])
  }

  @Test("numbers never split a sentence") func numbers() throws {
    #expect(try texts("He was fined RMB 1.5 million and RMB 500,000 was confiscated. It was 3.14 p.m.") == [
      "He was fined RMB 1.5 million and RMB 500,000 was confiscated.", "It was 3.14 p.m.",
    ])
  }

  @Test func openingBracketsStartTheNextSentence() throws {
    #expect(try texts("自2020年1月1日起正式施行。《密码法》旨在规范密码应用。“稀土”是战略资源。") == [
      "自2020年1月1日起正式施行。", "《密码法》旨在规范密码应用。", "“稀土”是战略资源。",
    ])
  }

  @Test func englishSentencesAndTrailingSpace() throws {
    let doc = try sentences("Cheng was sentenced in 2023. He appealed.  ")
    #expect(doc.sentences.map { doc.text(in: $0.range) } == ["Cheng was sentenced in 2023.", "He appealed."])
    #expect(doc.lang == .en)
  }

  func runs(_ doc: Document, _ k: Int) -> [String] {
    doc.sentences[k].runs.map { "\($0.lang.rawValue):\(doc.text(in: $0.range))" }
  }

  @Test("a switch from Chinese to English at a comma is a new run, not a new sentence (seed 001)")
  func mixedRunsAtComma() throws {
    let doc = try sentences(
      "此后,Under the command of foreign employees of the overseas company, Ye Moumou repeatedly asked Cheng for information. 身为稀土行业涉密人员的成某,仍将信息提供给叶某某。")
    #expect(doc.sentences.count == 2)
    #expect(runs(doc, 0) == [
      "zh:此后,", "en:Under the command of foreign employees of the overseas company, Ye Moumou repeatedly asked Cheng for information.",
    ])
    #expect(doc.sentences[0].lang == .en)
    #expect(runs(doc, 1) == ["zh:身为稀土行业涉密人员的成某,仍将信息提供给叶某某。"])
    let second = try sentences("在一起境外间谍情报机关窃取中国稻种及制种技术案件中,国家安全机关查明, Zhu Moumou was formerly the general manager of a domestic company.")
    #expect(second.sentences.count == 1)
    #expect(runs(second, 0) == [
      "zh:在一起境外间谍情报机关窃取中国稻种及制种技术案件中,国家安全机关查明, ", "en:Zhu Moumou was formerly the general manager of a domestic company.",
    ])
  }

  @Test("digits, punctuation and Latin brand names stay in the Chinese run")
  func brandNamesStayInChinese() throws {
    let doc = try sentences("2023年该公司iPhone和5G芯片出口增长30%，GDP Growth放缓。")
    #expect(runs(doc, 0) == ["zh:2023年该公司iPhone和5G芯片出口增长30%，GDP Growth放缓。"])
    #expect(doc.sentences[0].lang == .zh)
  }

  @Test("English clause then Chinese clause; an opening quote goes with its run")
  func englishThenChinese() throws {
    let doc = try sentences("并且 Invite Song as a volunteer to help the party,“宋某还关注多个境外账号”。")
    #expect(runs(doc, 0) == ["zh:并且 ", "en:Invite Song as a volunteer to help the party,", "zh:“宋某还关注多个境外账号”。"])
  }

  @Test func mixedDocument() throws {
    let doc = try sentences("身为稀土行业涉密人员的成某仍将信息提供给叶某某。\n\nCheng met Ye Moumou, an employee of a company, at a bidding meeting in Shanghai.")
    #expect(doc.sentences.map(\.lang) == [.zh, .en])
    #expect(doc.lang == .mixed)
  }

  @Test("headings are blocks, never sentences") func headingsAreNotSentences() throws {
    let p = try TestPipelines.pipeline("stages: [decode, split-blocks, classify-blocks, split-sentences]")
    let doc = try #require(try TestPipelines.run(p, "国家安全部公布典型案例\n\n稀土是重要战略资源。境外机构觊觎已久。").first)
    #expect(doc.blocks.first?.kind == .heading)
    #expect(doc.sentences.map { doc.text(in: $0.range) } == ["稀土是重要战略资源。", "境外机构觊觎已久。"])
  }

  @Test("seed 001: no split at abbreviations or inside RMB 500,000; Chinese clauses are zh runs")
  func seed001() throws {
    let doc = try sentences(try PackageRoot.seed("001"))
    let texts = doc.sentences.map { doc.text(in: $0.range) }
    #expect(texts.contains { $0.hasSuffix("confiscation of personal property of RMB 500,000 for the crime of \"buying and illegally providing state secrets for overseas countries.\"") })
    #expect(!texts.contains { $0.hasPrefix("000") || $0.hasPrefix("500,000") })
    let zhRuns = doc.sentences.flatMap(\.runs).filter { $0.lang == .zh }.map { doc.text(in: $0.range) }
    #expect(zhRuns.contains("此后,"))
    #expect(zhRuns.contains { $0.hasPrefix("身为稀土行业涉密人员的成某,") })
    #expect(zhRuns.contains { $0.hasPrefix("注册后,宋某陆续收到") })
    for sentence in doc.sentences {
      #expect(sentence.runs.first?.start == sentence.start && sentence.runs.last?.end == sentence.end)
      #expect(zip(sentence.runs, sentence.runs.dropFirst()).allSatisfy { $0.end == $1.start && $0.lang != $1.lang })
    }
  }
}

extension SplitSentencesTests {
  @Test("a URL inside Chinese text is not an English run (seed 003)") func urlStaysInChinese() throws {
    let doc = try sentences("可拨打12339国家安全机关举报受理电话、通过网络举报平台（www.12339.gov.cn）、国家安全部微信公众号举报受理渠道进行举报。")
    #expect(runs(doc, 0).count == 1)
  }

  @Test("a ? inside a URL is not a sentence end; one before Chinese text is")
  func questionMarkInURL() throws {
    #expect(try texts("详见http://www.12339.gov.cn/B.html?x=1页面。有问题吗?没有") == ["详见http://www.12339.gov.cn/B.html?x=1页面。", "有问题吗?", "没有"])
  }
}

