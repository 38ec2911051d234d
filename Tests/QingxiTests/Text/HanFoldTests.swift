import Testing
@testable import Qingxi

@Suite struct HanFoldTests {
  @Test(arguments: [
    ("判處有期徒刑", "判处有期徒刑"),
    ("罰金", "罚金"),
    ("沒收個人財產", "没收个人财产"),
    ("剝奪政治權利", "剥夺政治权利"),
    ("機密級", "机密级"),
    ("三萬元", "三万元"),
    ("兩億", "两亿"),
    ("審結", "审结"),
  ])
  func foldsTraditionalToSimplified(traditional: String, simplified: String) {
    #expect(HanFold.fold(traditional) == simplified)
  }

  @Test func leavesSimplifiedLatinAndPunctuationAlone() {
    let text = "判处有期徒刑3年, Court 法院。（）"
    #expect(HanFold.fold(text) == text)
    #expect(!HanFold.isTraditional("判"))
    #expect(HanFold.isTraditional("處"))
  }

  @Test func coversExtensionAAndCompatibilityEdges() {
    // Out-of-table scalars (below Extension A, Extension B) pass through untouched.
    #expect(HanFold.fold(Unicode.Scalar(0x33FF)!) == Unicode.Scalar(0x33FF)!)
    #expect(HanFold.fold(Unicode.Scalar(0x20000)!) == Unicode.Scalar(0x20000)!)
    #expect(HanFold.fold(UInt32(0x8655)) == 0x5904)  // 處 -> 处
  }
}
