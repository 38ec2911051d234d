import QingxiTestSupport
import Testing

@testable import Qingxi

/// First-instance sentences changed on appeal or retrial (issue 11): the case's term is the one to serve,
/// the replaced one is kept in `supersededPrisonTerms`, each with its instance.
@Suite struct LinkCasesInstanceTests {
  func cases(_ text: String) throws -> [CaseRecord] {
    try TestPipelines.run(try DefaultPipeline.build(), text).flatMap(\.cases)
  }

  func fixed(_ months: Int) -> PrisonTermValue { PrisonTermValue(kind: .fixed, months: months, probationMonths: nil, reprieve: false) }

  @Test(arguments: [
    "张某一审被判处有期徒刑五年。张某不服提出上诉，二审改判有期徒刑三年。",
    "張某一審被判處有期徒刑五年。張某不服提出上訴，二審改判有期徒刑三年。",
    "二审法院改判张某有期徒刑三年。此前，张某一审被判处有期徒刑五年。",
  ])
  func firstInstanceReplacedOnAppeal(text: String) throws {
    let found = try cases(text)
    #expect(found.count == 1)
    let c = try #require(found.first)
    #expect(c.prisonTerm == fixed(36))
    #expect(c.prisonTermInstance == .appeal)
    #expect(c.supersededPrisonTerms == [InstanceTerm(term: fixed(60), instance: .first)])
  }

  @Test func reducedOnAppealInEnglish() throws {
    let found = try cases("Zhang Moumou was sentenced to five years in prison, which was reduced on appeal to three years.")
    let c = try #require(found.first)
    #expect(found.count == 1)
    #expect(c.prisonTerm == fixed(36))
    #expect(c.prisonTermInstance == .appeal)
    #expect(c.supersededPrisonTerms == [InstanceTerm(term: fixed(60), instance: nil)])
  }

  @Test func retrialGivesDeath() throws {
    let found = try cases("谢某一审被判处有期徒刑15年，重审改判死刑。")
    let c = try #require(found.first)
    #expect(c.prisonTerm?.kind == .death)
    #expect(c.prisonTermInstance == .retrial)
    #expect(c.supersededPrisonTerms == [InstanceTerm(term: fixed(180), instance: .first)])
  }

  // Terms of several charges and the combined one are no change of instance: nothing is superseded.
  @Test func combinedTermsAreNotSuperseded() throws {
    let found = try cases("法院一审判决刘某因受贿罪判处有期徒刑九年，因滥用职权罪判处有期徒刑三年，决定执行有期徒刑十一年。")
    let c = try #require(found.first)
    #expect(c.prisonTerm == fixed(132))
    #expect(c.supersededPrisonTerms == [])
  }

  // Upheld: the same term on appeal replaces nothing.
  @Test func upheldOnAppeal() throws {
    let found = try cases("张某一审被判处有期徒刑五年。二审维持张某有期徒刑五年的判决。")
    let c = try #require(found.first)
    #expect(c.prisonTerm == fixed(60))
    #expect(c.supersededPrisonTerms == [])
  }

  @Test func instanceJSON() throws {
    let c = try #require(try cases("张某一审被判处有期徒刑五年，二审改判有期徒刑三年。").first)
    let json = c.json
    #expect(json["prison_term"]?["instance"] == .string("appeal"))
    #expect(json["superseded_prison_terms"]?.arrayValue?.first?["months"] == .int(60))
    #expect(json["superseded_prison_terms"]?.arrayValue?.first?["instance"] == .string("first"))
  }

  @Test(arguments: [
    ("一审判处", CourtInstance.first), ("二审改判", .appeal), ("重审判处", .retrial), ("再审改判", .retrial),
    ("was initially sentenced to", .first), ("on appeal to", .appeal), ("最高人民法院核准", .review),
  ] as [(String, CourtInstance)])
  func instanceWords(lead: String, instance: CourtInstance) {
    let text = lead + "有期徒刑五年"
    let s = Array(text.unicodeScalars)
    let start = lead.unicodeScalars.count
    let e = Entity(text: "有期徒刑五年", start: start, end: s.count, value: .prisonTerm(fixed(60)))
    #expect(LinkCases.instance(s, e) == instance)
  }
}

/// The news lead: a sentence stated before anyone is named belongs to the first person named after it.
@Suite struct LinkCasesLeadTests {
  func cases(_ text: String) throws -> [CaseRecord] {
    try TestPipelines.run(try DefaultPipeline.build(), text).flatMap(\.cases)
  }

  @Test func leadThenName() throws {
    let text = """
      A former provincial official has been sentenced to life imprisonment for bribery.

      The Second Intermediate People's Court of Beijing convicted Wang Moumou of taking bribes worth 100 million yuan.
      """
    let found = try cases(text)
    #expect(found.count == 1)
    #expect(found.first?.names == ["Wang Moumou"])
    #expect(found.first?.prisonTerm?.kind == .life)
  }

  // Two different sentences in the lead: whose is which is not said.
  @Test func twoSentencesInTheLeadStayNobodys() throws {
    let text = """
      The head of a smuggling gang has been sentenced to death, while two others have been sentenced to life in prison.

      The mastermind Wang Moumou raised 35 million yuan.
      """
    #expect(try cases(text).allSatisfy { $0.prisonTerm == nil })
  }
}

/// Terms per charge at first instance, the combined one without an instance word of its own: nothing is
/// superseded (the combined term is not said to be given later).
@Suite struct LinkCasesChargeTermsTests {
  @Test func componentTermsAreNotSuperseded() throws {
    let text = "济宁市中级人民法院一审判决刘某因受贿罪判处有期徒刑九年六个月，并处罚金人民币二百万元；因滥用职权罪判处有期徒刑三年六个月，合并执行有期徒刑十一年。"
    let found = try TestPipelines.run(try DefaultPipeline.build(), text).flatMap(\.cases)
    let c = try #require(found.first)
    #expect(c.prisonTerm?.months == 132)
    #expect(c.supersededPrisonTerms == [])
  }
}
