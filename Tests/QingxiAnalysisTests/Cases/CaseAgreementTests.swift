import Testing

@testable import QingxiAnalysis

struct CaseAgreementTests {
  static let nanchang = CourtRecord(nameZh: "江西省南昌市中级人民法院", level: "intermediate", province: "江西省", city: "南昌市")
  static let hefei = CourtRecord(nameZh: "安徽省合肥市中级人民法院", level: "intermediate", province: "安徽省", city: "合肥市")
  static func term(_ months: Int, probation: Int? = nil) -> PrisonTermRecord { PrisonTermRecord(kind: "fixed", months: months, probationMonths: probation) }

  @Test(arguments: [
    ("2023-11", "2023-11-26", true), ("2023", "2023-11", true), ("--11-26", "2023-11-26", true), ("2023-11", "2023-11", true),
    ("2023-11", "2023-12", false), ("2023-1", "2023-11", false), ("--11-26", "2023-11-27", false), ("2023", "2024-01", false),
  ])
  func datesAgreeWhenOneRefinesTheOther(_ a: String, _ b: String, _ agree: Bool) {
    #expect(CaseAgreement.datesAgree(a, b) == agree)
    #expect(CaseAgreement.datesAgree(b, a) == agree)
  }

  @Test func aFieldStatedByBothAndDifferentIsAConflict() {
    let a = CaseReport(personId: "p1", court: Self.nanchang, date: "2023-11", charges: ["受贿罪"], prisonTerm: Self.term(138))
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", date: "2023-11", prisonTerm: Self.term(138))) == nil)
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", court: Self.hefei, prisonTerm: Self.term(138))) == "court")
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", date: "2024", prisonTerm: Self.term(138))) == "date")
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", prisonTerm: Self.term(132))) == "prison_term")
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", prisonTerm: Self.term(138, probation: 60))) == "prison_term")
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", charges: ["贪污罪"], prisonTerm: Self.term(138))) == "charges")
    #expect(CaseAgreement.conflict(a, CaseReport(personId: "p2", charges: ["贪污罪", "受贿罪"], prisonTerm: Self.term(138))) == nil)
    let fine = MoneyRecord(amount: 100_000, currency: "CNY", role: "fine")
    let otherFine = MoneyRecord(amount: 200_000, currency: "CNY", role: "fine")
    #expect(CaseAgreement.conflict(CaseReport(personId: "p1", fines: [fine]), CaseReport(personId: "p2", fines: [otherFine])) == "fines")
  }

  @Test func corroborationNeedsAPenaltyStatedByBoth() {
    let a = CaseReport(personId: "p1", court: Self.nanchang, date: "2023-11", prisonTerm: Self.term(138))
    #expect(CaseAgreement.corroborates(a, CaseReport(personId: "p2", prisonTerm: Self.term(138))))
    // Same court and date but no penalty in common: not enough.
    #expect(!CaseAgreement.corroborates(a, CaseReport(personId: "p2", court: Self.nanchang, date: "2023-11")))
    let d = DetentionRecord(kind: "administrative", days: 15)
    #expect(CaseAgreement.corroborates(CaseReport(personId: "p1", detention: d), CaseReport(personId: "p2", detention: d)))
  }
}
