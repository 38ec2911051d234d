import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DocumentAddEntitiesTests {
  static let values: [EntityValue] = [
    .person(PersonValue(anonymized: true, surname: nil, pinyin: nil, personID: "p1")),
    .person(PersonValue(anonymized: true, surname: nil, pinyin: nil, personID: "p2")),
    .prisonTerm(PrisonTermValue(kind: .fixed, months: 12, probationMonths: nil, reprieve: false)),
    .court(CourtName(nameZh: "江西省南昌市中级人民法院", level: "intermediate")),
  ]

  /// What `add(entities:)` is defined as: old and new sorted together (stably), exact duplicates dropped.
  func reference(_ old: [Entity], _ new: [Entity]) -> [Entity] {
    let all = (old + new).sorted { ($0.start, $0.end, $0.type.rawValue) < ($1.start, $1.end, $1.type.rawValue) }
    var out: [Entity] = []
    for e in all where out.last != e { out.append(e) }
    return out
  }

  @Test func mergingEqualsSortingEverything() {
    var seed: UInt64 = 99
    func next() -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int(seed >> 33)
    }
    func entity() -> Entity {
      let start = next() % 6
      return Entity(text: "x", start: start, end: start + next() % 3, value: Self.values[next() % Self.values.count])
    }
    for _ in 0..<200 {
      var doc = TestPipelines.document("text")
      var expected: [Entity] = []
      for _ in 0..<(1 + next() % 4) {
        let new = (0..<(next() % 6)).map { _ in entity() }
        expected = reference(expected, new)
        doc.add(entities: new)
        #expect(doc.entities == expected)
      }
    }
  }

  @Test func aListSetOutOfOrderIsSortedWhole() {
    var doc = TestPipelines.document("text")
    let a = Entity(text: "a", start: 5, end: 6, value: Self.values[0])
    let b = Entity(text: "b", start: 1, end: 2, value: Self.values[2])
    let c = Entity(text: "c", start: 3, end: 4, value: Self.values[3])
    doc.entities = [a, b]
    doc.add(entities: [c])
    #expect(doc.entities == [b, c, a])
  }
}
