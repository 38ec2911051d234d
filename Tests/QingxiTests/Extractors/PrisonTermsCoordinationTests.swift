import QingxiTestSupport
import Testing

@testable import Qingxi

/// English terms sharing the verb of the term before them, and terms changed later in the sentence
/// (issue 11): extraction, then linking by the coordination structure.
@Suite struct PrisonTermsCoordinationTests {
  func terms(_ text: String) throws -> [Entity] {
    try TestPipelines.extract(text, with: [try ExtractPrisonTerms.make()]).entities.filter { $0.type == .prisonTerm }
  }

  func cases(_ text: String) throws -> [String: Int?] {
    let found = try TestPipelines.run(try DefaultPipeline.build(), text).flatMap(\.cases)
    var out: [String: Int?] = [:]
    for c in found { if let n = c.names.first { out[n] = c.prisonTerm?.months } }
    return out
  }

  @Test(arguments: [
    ("Zhang Moumou was jailed for five years and Li Moumou for three years.", [60, 36]),
    ("Zhang Moumou got five years in prison, Li Moumou got three years.", [60, 36]),
    ("Zhang Moumou and Li Moumou were sentenced to ten years and eight years respectively.", [120, 96]),
    ("Wang Moumou was sentenced to death and Zhao Moumou to life in prison.", [nil, nil]),
    ("His sentence was reduced on appeal to three years.", [36]),
  ] as [(String, [Int?])])
  func coordinatedTerms(text: String, months: [Int?]) throws {
    #expect(try terms(text).map { $0.value.prisonTerm?.months } == months)
  }

  // A duration that is not a sentence: a span of time, one duration of two units, a generic statement.
  @Test(arguments: [
    ("Zhang Moumou was jailed for ten years and eight months.", ["fixed 128"]),
    ("Zhang Moumou was jailed for five years and released three years later.", ["fixed 60"]),
    ("The suspended death sentence is usually commuted to life in prison.", ["death"]),
    ("The budget was cut to three years of funding.", []),
  ] as [(String, [String])])
  func notCoordinated(text: String, expected: [String]) throws {
    let found = try terms(text).map { t in
      [t.value.prisonTerm?.kind.rawValue, t.value.prisonTerm?.months.map(String.init)].compactMap { $0 }.joined(separator: " ")
    }
    #expect(found == expected)
  }

  @Test func linkedByCoordination() throws {
    #expect(try cases("Zhang Moumou was jailed for five years and Li Moumou for three years.") == ["Zhang Moumou": 60, "Li Moumou": 36])
    #expect(try cases("Zhang Moumou got five years in prison, Li Moumou got three years.") == ["Zhang Moumou": 60, "Li Moumou": 36])
    #expect(
      try cases("Zhang Moumou and Li Moumou were sentenced to ten years and eight years respectively.")
        == ["Zhang Moumou": 120, "Li Moumou": 96])
  }

  // When the second person is not recognized, the second term is no one's: never the first person's.
  @Test func unrecognizedSecondPersonTakesNothing() throws {
    #expect(try cases("Zhang Moumou was jailed for five years and Mary Jones for three years.") == ["Zhang Moumou": 60])
  }
}
