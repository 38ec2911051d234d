import Testing

@testable import Qingxi

@Suite struct ScalarPairSetTests {
  @Test func holdsThePairsAdded() {
    let s = Array("中国中".unicodeScalars)
    var set = ScalarPairSet(capacity: 2)
    for i in 1..<s.count { set.insert(ScalarPairSet.pair(s[i - 1], s[i])) }
    #expect(set.contains(ScalarPairSet.pair("中", "国")))
    #expect(set.contains(ScalarPairSet.pair("国", "中")))
    #expect(!set.contains(ScalarPairSet.pair("中", "中")))
    #expect(!set.contains(0))
  }

  /// Against `Set<UInt64>`, filled to its capacity with many colliding-looking keys.
  @Test func agreesWithASet() {
    var set = ScalarPairSet(capacity: 1000)
    var reference = Set<UInt64>()
    for a in 0x4E00..<0x4E28 {
      for b in stride(from: 0x4E00, to: 0x4E00 + 25 * 7, by: 7) {
        let key = UInt64(a) << 32 | UInt64(b)
        set.insert(key)
        reference.insert(key)
      }
    }
    for a in 0x4DF0..<0x4E30 {
      for b in 0x4E00..<(0x4E00 + 25 * 7) {
        let key = UInt64(a) << 32 | UInt64(b)
        #expect(set.contains(key) == reference.contains(key))
      }
    }
  }
}
