import QingxiTestSupport
import Testing

@testable import Qingxi

/// 最高法 for the supreme court, and a bare 军事法院 as the PLA's (issue 11).
@Suite struct ExtractCourtsShortFormsTests {
  @Test(arguments: [
    ("⟦最高法⟧：5年来判处电诈犯罪被告人33.8万余人", ["最高人民法院"]),
    ("⟦最高法⟧發佈典型案例。", ["最高人民法院"]),
    ("⟦最高法⟧、最高检联合发布意见。", ["最高人民法院"]),
    ("此罪最高法定刑为死刑。", []),
    ("宪法是国家的最高法律。", []),
    ("⟦最高人民法院⟧核准死刑。", ["最高人民法院"]),
    ("徐才厚案由⟦軍事法院⟧審理。", ["中国人民解放军军事法院"]),
    ("⟦南部战区军事法院⟧审理此案。", ["南部战区军事法院"]),  // a command before it: as written
  ] as [(String, [String])])
  func shortForms(marked: String, names: [String]) throws {
    try ExtractCourtsTests.check(marked, names)
  }
}

/// A place described before its name in English: "… Court in the eastern Chinese city of Suzhou".
@Suite struct ExtractCourtsDescribedPlaceTests {
  @Test(arguments: [
    ("The ⟦Intermediate People's Court in the eastern Chinese city of Nanchang⟧ sentenced him.", ["江西省南昌市中级人民法院"]),
    ("The ⟦Intermediate People's Court of the southern city of Guangzhou⟧ heard the case.", ["广东省广州市中级人民法院"]),
  ] as [(String, [String])])
  func describedPlace(marked: String, names: [String]) throws {
    try ExtractCourtsTests.check(marked, names)
  }
}
