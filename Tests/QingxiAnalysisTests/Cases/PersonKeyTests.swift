import Testing

@testable import QingxiAnalysis

struct PersonKeyTests {
  static func key(_ mentions: (String, Bool, String?, String?)...) -> PersonKey {
    PersonKey(mentions: mentions.map { PersonMention(text: $0.0, anonymized: $0.1, surname: $0.2, pinyin: $0.3, personId: "p1") })
  }

  @Test func maskedFormsOfOneSurnameAreCompatible() {
    let ye = Self.key(("叶某某", true, "叶", "ye"))
    #expect(ye.isCompatible(with: Self.key(("Ye Moumou", true, nil, "ye"))))
    #expect(ye.isCompatible(with: Self.key(("叶某", true, "叶", "ye"))))
    #expect(Self.key(("成某", true, "成", "cheng")).isCompatible(with: Self.key(("Cheng", true, nil, "cheng"))))
    #expect(Self.key(("成某", true, "成", "cheng"), ("Cheng", true, "成", "cheng")).isCompatible(with: Self.key(("成某", true, "成", "cheng"))))
  }

  @Test func differentSurnamesOrDistinguishingNamesAreNot() {
    // Two surnames with one pinyin.
    #expect(!Self.key(("成某", true, "成", "cheng")).isCompatible(with: Self.key(("程某", true, "程", "cheng"))))
    #expect(!Self.key(("叶某某", true, "叶", "ye")).isCompatible(with: Self.key(("成某", true, "成", "cheng"))))
    // Masks that tell co-defendants apart, and real given names.
    #expect(!Self.key(("伍某1", true, "伍", "wu")).isCompatible(with: Self.key(("伍某2", true, "伍", "wu"))))
    #expect(Self.key(("伍某1", true, "伍", "wu")).isCompatible(with: Self.key(("伍某", true, "伍", "wu"))))
    #expect(!Self.key(("廖春生", false, "廖", "liao")).isCompatible(with: Self.key(("廖国强", false, "廖", "liao"))))
    #expect(Self.key(("廖春生", false, "廖", "liao")).isCompatible(with: Self.key(("廖某", true, "廖", "liao"))))
    #expect(!Self.key(("Chen Moujia", true, nil, "chen")).isCompatible(with: Self.key(("Chen Mouyi", true, nil, "chen"))))
    #expect(Self.key(("Chen Moujia", true, nil, "chen")).isCompatible(with: Self.key(("Chen Moumou", true, nil, "chen"))))
  }

  @Test func aPersonWithoutSurnameOrPinyinNeverMatches() {
    let unknown = Self.key(("the defendant", false, nil, nil))
    #expect(unknown.bucket == nil)
    #expect(!unknown.isCompatible(with: unknown))
  }
}
