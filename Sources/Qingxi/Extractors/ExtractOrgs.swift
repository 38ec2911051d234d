/// Finds state bodies (ministries, agencies, organs) named in Chinese or English, with their canonical
/// Chinese names.
///
/// Table-driven and conservative (`OrgNames`): 国家安全部, 国家安全机关, 商务部, 公安部, 最高人民检察院,
/// 海关总署, 国家保密局, 国家密码管理局, 工业和信息化部 …, their common short forms (科技部 → 科学技术部,
/// 全国人大常委会 → 全国人民代表大会常务委员会), with a leading 中华人民共和国 or 中国 taken into the
/// entity (`中国商务部` → 商务部). A name running on into another word is not the body: 国家安全部门
/// ("security departments"), 外交部长 (a minister), 公安部署. Courts are `extract-courts`'; companies
/// (某公司), media and generic words (有关部门) are not in the table.
///
/// English: "Ministry of National Security" → 国家安全部, "national security agencies" → 国家安全机关,
/// "the State Secrets Department" → 国家保密局 (without "the"); "U.S. National Security Agency" is
/// not 国家安全机关.
public struct ExtractOrgs: UnitExtractor {
  public static let name = "extract-orgs"
  public static let summary = "find named state bodies (国家安全部, Ministry of Commerce …) with their canonical Chinese names"

  public init(options: StageOptions) {}

  public func candidates(in unit: ExtractionUnit) -> [EntityCandidate] {
    let s = unit.scalars
    let r = unit.range
    let table = OrgNames.table
    let canonical = OrgNames.canonicalByIndex
    var out: [EntityCandidate] = []
    var found: [(range: Range<Int>, zh: String)] = []
    var hasLatin = false
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      if table.mayStart(c), let m = table.match(in: s, at: i, end: r.upperBound) {
        let range = i..<i + m.length
        if range.upperBound < r.upperBound, OrgNames.notAfter.contains(s[range.upperBound]) {
          i += 1
          continue
        }
        var start = range.lowerBound
        if ReferenceScan.endsWith(s, at: start, start: r.lowerBound, OrgNames.prcPrefix) {
          start -= OrgNames.prcPrefix.count
        } else if !(s[i] == "中" && s[i + 1] == "国"), ReferenceScan.endsWith(s, at: start, start: r.lowerBound, OrgNames.chinaPrefix) {
          start -= OrgNames.chinaPrefix.count
        }
        found.append((start..<range.upperBound, canonical[m.index]))
        i = range.upperBound
        continue
      }
      if !hasLatin, CharClass.isASCIILetter(c) { hasLatin = true }
      i += 1
    }
    if hasLatin {
      OrgNames.english.forEachMatch(in: s, r) { entry, range in
        if entry.payload == "国家安全机关", Self.isForeign(s, range.lowerBound, r) { return }
        found.append((range, entry.payload))
      }
    }
    for f in found {
      out.append(EntityCandidate(f.range, .org(OrgValue(name: unit.text(in: f.range), nameZh: f.zh))))
    }
    return out
  }

  /// Whether the text just before `i` makes "National Security Agency" the American one.
  static func isForeign(_ s: [Unicode.Scalar], _ i: Int, _ r: Range<Int>) -> Bool {
    let from = max(r.lowerBound, i - 16)
    let before = String(scalars: s[from..<i].map(CharClass.asciiLower))
    return OrgNames.foreignQualifiers.contains { before.hasSuffix($0) || before.hasSuffix($0 + " ") }
  }
}
