/// Joins a number to the unit or measure word after it, and a word to a following 化: `2023年`, `30%`,
/// `50万元`, `6个月`, `一个`, `现代化` are one word each.
///
/// ICU's dictionary splits these (`2023 | 年`, `现代 | 化`); the SIGHAN gold standards (MSR, PKU) and most
/// indexers keep them whole, and so do our entities (`11年6个月`). Only units in `units` join, only after a
/// number token (Arabic or fullwidth digits, or a run of Chinese numerals), and only when the unit ends on
/// a segment boundary: in `3个人` ICU finds the word 个人 (personal), so it stays `3 | 个人`.
enum NumberUnits {
  static let units: Set<String> = [
    "年", "月", "日", "号", "时", "点", "分", "秒", "天", "周", "岁", "世纪", "年代", "年间", "个月", "个多月", "周年",
    "个", "名", "人", "次", "项", "件", "条", "种", "位", "家", "倍", "批", "起", "册", "本", "份", "所", "座", "辆",
    "元", "万", "亿", "万元", "亿元", "美元", "万美元", "亿美元", "欧元", "港元", "日元", "角", "余", "余万", "多", "多万", "多亿", "多个", "多名", "多年",
    "%", "％", "‰", "公里", "千米", "米", "厘米", "毫米", "吨", "万吨", "公斤", "千克", "克", "亩", "万亩", "平方米", "平方公里", "立方米",
    "层", "届", "期", "章", "节", "级", "步", "度", "成", "毫升", "升", "类", "则", "份",
    "余个", "余名", "余家", "余人", "余项", "余万元", "余亿元", "余年",
  ]
  static let maxUnitLength = units.map(\.unicodeScalars.count).max() ?? 0

  /// Chinese numerals, and 几 (a few): a switch, since this runs on every token.
  @inline(__always)
  static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "两", "零", "〇", "几", "廿", "卅": true
    default: false
    }
  }

  /// `segments` with numbers joined to their units and words to a following 化.
  static func join(_ segments: [WordSegmenter.Segment], _ s: [Unicode.Scalar]) -> [WordSegmenter.Segment] {
    var out: [WordSegmenter.Segment] = []
    out.reserveCapacity(segments.count)
    var k = 0
    while k < segments.count {
      var seg = segments[k]
      k += 1
      if seg.isWord, isNumber(s[seg.range]) {
        // A numeral ICU cut in two is one number, with the unit ICU may have glued to its second half:
        // 第十 | 四次 → 第十四次, 几 | 十份 → 几十份.
        while k < segments.count, segments[k].isWord, segments[k].start == seg.end, s[segments[k].start] != "第",
          continuesNumber(s[segments[k].range])
        {
          seg.end = segments[k].end
          k += 1
        }
        // The longest unit made of whole following segments.
        var best: Int?
        var m = k
        var text = String.UnicodeScalarView()
        // Units are words, except the percent and per-mille signs, which ICU gives as symbols.
        while m < segments.count, segments[m].isWord || isPercent(s[segments[m].start]),
          segments[m].start == (m == k ? seg.end : segments[m - 1].end)
        {
          text.append(contentsOf: s[segments[m].range])
          if text.count > maxUnitLength { break }
          if units.contains(String(text)) { best = m }
          m += 1
        }
        if let best {
          seg.end = segments[best].end
          k = best + 1
        }
      } else if seg.isWord, seg.end - seg.start == 2, k < segments.count, segments[k].start == seg.end,
        segments[k].end - segments[k].start == 1, s[segments[k].start] == "化", ScriptClass.isHan(s[seg.start])
      {
        seg.end += 1
        k += 1
      }
      out.append(seg)
    }
    return out
  }

  /// Digits (with a decimal point or thousands separators inside) or Chinese numerals only, optionally
  /// after the ordinal prefix 第 (第十四).
  static func isNumber(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    var word = word
    if word.first == "第", word.count > 1 { word = word.dropFirst() }
    guard let first = word.first else { return false }
    if CharClass.isDecimalDigit(first) {
      return word.allSatisfy { CharClass.isDecimalDigit($0) || $0 == "." || $0 == "．" || $0 == "," || $0 == "，" }
    }
    return word.allSatisfy { isChineseNumeral($0) }
  }

  /// A numeral, or a numeral followed by a unit (四次, 十份).
  static func continuesNumber(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    if isNumber(word) { return true }
    guard let first = word.first, isChineseNumeral(first) || CharClass.isDecimalDigit(first) else { return false }
    var i = word.startIndex
    while i < word.endIndex, isChineseNumeral(word[i]) || CharClass.isDecimalDigit(word[i]) { i += 1 }
    return units.contains(String(scalars: word[i...]))
  }

  static func isPercent(_ c: Unicode.Scalar) -> Bool { c == "%" || c == "％" || c == "‰" }

}
