/// Reads page-stamp fields from the start of a line: dates and times in the forms news pages print them
/// (`2021-03-15 10:20`, `2019/1/14 23:59`, `14:38 2025-06-15 HKT`, `2018/05/08, 9:37:47 晚上`,
/// `2016年8月13日`), `(1/15 07:35 更新)` notes, labelled fields (`来源:某某网`, `編輯:张三`, `Updated:`, `date`),
/// view counters (`175 人看過`, `阅读:`) and font-size buttons (`放大 缩小 默认`). Labels match both scripts.
struct StampParser: Sendable {
  enum Role: Sendable { case time, source, author, editor, counter, plain }

  struct Result: Sendable {
    /// Where the stamp fields end (the rest of the line is content, if any).
    var end: Int
    /// The first full date found, ISO 8601 with the time of day when given.
    var published: String?
    var source: String?
    var author: String?
    var editor: String?
    var fields: [String]
  }

  private static let labelRoles: [(String, Role)] = [
    ("来源", .source), ("文章来源", .source), ("新闻来源", .source), ("稿源", .source), ("出处", .source), ("source", .source),
    ("作者", .author), ("author", .author),
    ("编辑", .editor), ("责编", .editor), ("责任编辑", .editor), ("editor", .editor),
    ("时间", .time), ("发布时间", .time), ("更新时间", .time), ("发表时间", .time), ("发布日期", .time), ("日期", .time),
    ("发表于", .time), ("发布于", .time), ("date", .time), ("updated", .time), ("published", .time), ("posted", .time),
    ("first published", .time), ("last updated", .time), ("last modified", .time),
    ("阅读", .counter), ("浏览", .counter), ("点击", .counter), ("阅读量", .counter), ("浏览量", .counter), ("点击量", .counter),
    ("views", .counter), ("字号", .plain), ("分享到", .plain),
  ]
  /// Words standing alone among stamp fields: font buttons, counters' units, time zones, AM/PM.
  private static let plainWords: [String] = [
    "放大", "缩小", "默认", "大", "中", "小", "人看过", "人阅读", "次阅读", "次浏览", "人浏览", "阅读", "浏览", "hkt", "gmt", "utc", "cst",
    "bjt", "上午", "下午", "晚上", "早上", "中午", "凌晨", "am", "pm", "a.m.", "p.m.", "更新", "打印", "分享",
  ]

  private let labels: FoldedLexicon
  private let roles: [Role]
  private let plain: FoldedLexicon

  init() {
    labels = FoldedLexicon(Self.labelRoles.map(\.0))
    roles = Self.labelRoles.map(\.1)
    plain = FoldedLexicon(Self.plainWords)
  }

  /// The stamp fields at the start of `r`, or nil when the line does not start with one. At least one
  /// date, labelled field or counter must be read.
  func parse(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Result? {
    var i = r.lowerBound
    var result = Result(end: i, fields: [])
    var strong = 0
    var pm = false
    var timeIndex: Int?
    func skipSpace() {
      while i < r.upperBound, CharClass.isInlineSpace(s[i]) || s[i] == "|" {
        i += 1
      }
    }
    skipSpace()
    while i < r.upperBound {
      let start = i
      if let (end, iso, hasTime) = Self.dateTime(s, i, r.upperBound) {
        if result.published == nil {
          result.published = iso
          if hasTime { timeIndex = result.fields.count }
        }
        result.fields.append("date")
        strong += 1
        i = end
      } else if let (end, hm) = Self.clock(s, i, r.upperBound) {
        // A time before its date (`14:38 2025-06-15`): keep it for the date that follows.
        result.fields.append("time \(hm)")
        i = end
        skipSpace()
        if let (dEnd, iso, hasTime) = Self.dateTime(s, i, r.upperBound) {
          if result.published == nil { result.published = hasTime ? iso : iso + "T" + hm }
          timeIndex = result.fields.count
          result.fields.append("date")
          strong += 1
          i = dEnd
        }
      } else if s[i] == "(" || s[i] == "（", let close = s[i..<r.upperBound].firstIndex(where: { $0 == ")" || $0 == "）" }),
        close - i <= 20, Self.isStampNote(s, (i + 1)..<close, plain)
      {
        result.fields.append("note")
        i = close + 1
      } else if let m = labels.match(s, at: i, end: r.upperBound), Self.labelEnds(s, m.range.upperBound, r.upperBound) {
        let role = roles[m.entry]
        var j = m.range.upperBound
        while j < r.upperBound, s[j] == ":" || s[j] == "：" || s[j] == " " { j += 1 }
        // `Published on Nov. 3, 2021`: an `on` between an English label and its date.
        var jd = j
        if role == .time, j + 3 < r.upperBound, s[j] == "o" || s[j] == "O", s[j + 1] == "n", s[j + 2] == " " { jd = j + 3 }
        if role == .time, let (end, iso, hasTime) = Self.englishDateTime(s, jd, r.upperBound) {
          // An English date after its label (`Updated: 19 November 2019, 09:01 AM`): read here, as it is
          // one only after a label (`May 5, 2020, the company said…` opens a sentence).
          if result.published == nil {
            result.published = iso
            if hasTime { timeIndex = result.fields.count + 1 }
          }
          result.fields.append("label time")
          result.fields.append("date")
          strong += 2
          i = end
          result.end = i
          skipSpace()
          continue
        }
        // An English label before a word is prose, not a stamp: `Posted on social media by…`, `Updated maps`.
        if role == .time || role == .counter, FoldedLexicon.isLetter(s[m.range.lowerBound]), j < r.upperBound, FoldedLexicon.isLetter(s[j]) {
          break
        }
        if role == .time || role == .counter {
          // The value is a date (read on the next turn) or a count.
          var d = j
          while d < r.upperBound, CharClass.isASCIIDigit(s[d]) { d += 1 }
          if d > j, !Self.startsDate(s, j, r.upperBound), Self.clock(s, j, r.upperBound) == nil {
            result.fields.append("count")
            i = d
          } else {
            i = j
          }
          result.fields.append("label \(role)")
          strong += 1
          result.end = i
          skipSpace()
          continue
        }
        // The value runs to a double space, or a space before a label or a date.
        var e = j
        while e < r.upperBound {
          if CharClass.isInlineSpace(s[e]) {
            var n = e
            while n < r.upperBound, CharClass.isInlineSpace(s[n]) { n += 1 }
            if n == r.upperBound || n - e >= 2 || labels.match(s, at: n, end: r.upperBound) != nil
              || Self.startsDate(s, n, r.upperBound)
            {
              break
            }
          }
          e += 1
        }
        var ve = e
        while ve > j, s[ve - 1] == " " { ve -= 1 }
        let value = String(scalars: s[j..<ve])
        guard ve > j, ve - j <= 20, !CharClass.hasClausePunctuation(s[j..<ve]) else { break }
        switch role {
        case .source: if result.source == nil { result.source = value }
        case .author: if result.author == nil { result.author = value }
        case .editor: if result.editor == nil { result.editor = value }
        default: break
        }
        result.fields.append("\(role) \(value)")
        strong += 1
        i = ve
      } else if CharClass.isASCIIDigit(s[i]) {
        // A bare count followed by a counter word (`175 人看過`).
        var d = i
        while d < r.upperBound, CharClass.isASCIIDigit(s[d]) { d += 1 }
        var e = d
        while e < r.upperBound, s[e] == " " { e += 1 }
        guard let m = plain.match(s, at: e, end: r.upperBound) else { break }
        result.fields.append("count")
        strong += 1
        i = m.range.upperBound
      } else if let m = plain.match(s, at: i, end: r.upperBound), Self.labelEnds(s, m.range.upperBound, r.upperBound) {
        let w = plain.text(m)
        if w == "晚上" || w == "下午" || w == "pm" || w == "p.m." { pm = true }
        result.fields.append(w)
        i = m.range.upperBound
      } else {
        break
      }
      if i == start { break }
      result.end = i
      skipSpace()
      if i >= r.upperBound { result.end = r.upperBound }
    }
    guard strong > 0 else { return nil }
    if pm, let p = result.published, timeIndex != nil { result.published = Self.addTwelveHours(p) }
    return result
  }

  /// A label ends at a colon, a space, a digit, the line end or a Han character after a Latin label.
  static func labelEnds(_ s: [Unicode.Scalar], _ e: Int, _ end: Int) -> Bool {
    guard e < end else { return true }
    let c = s[e]
    if c == ":" || c == "：" || c == " " || c == "\u{A0}" || c == "\u{3000}" || CharClass.isASCIIDigit(c) { return true }
    return LineShape.isHan(c.value) && !LineShape.isHan(s[e - 1].value)
  }

  /// An English date at `i`, as `PublicationDate.english` reads it (`19 November 2019, 09:01`,
  /// `Tuesday, November 19, 2019 08:38`, `Nov. 3, 2021`), with its day: the end of the longest run of
  /// date words that reads as one, its ISO form, and whether a time was read. AM/PM and zones after it are
  /// left to the caller's plain words.
  static func englishDateTime(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, String, Bool)? {
    guard i < end, CharClass.isASCIIDigit(s[i]) || CharClass.isASCIIUpper(s[i]) || FoldedLexicon.isLetter(s[i]) else { return nil }
    // Ends of up to seven words of letters, digits and clock colons, split at spaces and commas.
    var ends: [Int] = []
    var j = i
    while j < end, ends.count < 7 {
      let st = j
      while j < end, s[j].isASCII, CharClass.isASCIIDigit(s[j]) || FoldedLexicon.isLetter(s[j]) || s[j] == ":" { j += 1 }
      if j < end, s[j] == ".", j > st, !CharClass.isASCIIDigit(s[j - 1]) { j += 1 }  // `Nov.`
      guard j > st else { break }
      ends.append(j)
      var k = j
      while k < end, s[k] == " " || s[k] == "," || s[k] == "\u{A0}" { k += 1 }
      guard k > j else { break }
      j = k
    }
    for n in stride(from: ends.count, through: 2, by: -1) {
      let text = String(scalars: s[i..<ends[n - 1]]).replacingOccurrences(of: ".", with: "")
      if let iso = PublicationDate.english(text), iso.count >= 10 { return (ends[n - 1], iso, iso.contains("T")) }
    }
    return nil
  }

  static func startsDate(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
    dateTime(s, i, end) != nil
  }

  /// `(1/15 07:35 更新)`: digits, date/time punctuation and plain words only.
  static func isStampNote(_ s: [Unicode.Scalar], _ r: Range<Int>, _ plain: FoldedLexicon) -> Bool {
    var digits = 0
    var i = r.lowerBound
    while i < r.upperBound {
      let c = s[i]
      if CharClass.isASCIIDigit(c) {
        digits += 1
        i += 1
      } else if c == "/" || c == ":" || c == "-" || c == " " || c == "." {
        i += 1
      } else if let m = plain.match(s, at: i, end: r.upperBound) {
        i = m.range.upperBound
      } else {
        return false
      }
    }
    return digits >= 3
  }

  /// `HH:MM` or `HH:MM:SS` at `i`.
  static func clock(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, String)? {
    var nums: [Int] = []
    var j = i
    while j < end, nums.count < 3 {
      var n = 0
      let st = j
      while j < end, CharClass.isASCIIDigit(s[j]), j - st < 2 {
        n = n * 10 + Int(s[j].value - 48)
        j += 1
      }
      guard j > st else { return nil }
      nums.append(n)
      if j < end, s[j] == ":", j + 1 < end, CharClass.isASCIIDigit(s[j + 1]) { j += 1 } else { break }
    }
    guard nums.count >= 2, nums[0] < 24, nums[1] < 60 else { return nil }
    if j < end, CharClass.isASCIIDigit(s[j]) { return nil }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var hm = "\(two(nums[0])):\(two(nums[1]))"
    if nums.count == 3, nums[2] < 60 { hm += ":\(two(nums[2]))" }
    return (j, hm)
  }

  /// A full date (year, month, day) at `i`, optionally followed by a time: its end, ISO form, and
  /// whether a time was read. `2019-11-07`, `2019/1/14 23:59`, `2016年8月13日`, `2018/05/08, 9:37:47`.
  static func dateTime(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> (Int, String, Bool)? {
    var j = i
    func number(_ maxDigits: Int) -> Int? {
      var n = 0
      let st = j
      while j < end, CharClass.isASCIIDigit(s[j]), j - st < maxDigits {
        n = n * 10 + Int(s[j].value - 48)
        j += 1
      }
      if j < end, CharClass.isASCIIDigit(s[j]) { return nil }
      return j > st ? n : nil
    }
    guard let y = number(4), j - i == 4, (1900...2100).contains(y), j < end else { return nil }
    let sep = s[j]
    guard sep == "-" || sep == "/" || sep == "." || sep == "年" else { return nil }
    j += 1
    guard let m = number(2), (1...12).contains(m), j < end else { return nil }
    let sep2 = s[j]
    guard sep2 == sep || (sep == "年" && sep2 == "月") else { return nil }
    j += 1
    guard let d = number(2), (1...31).contains(d) else { return nil }
    if sep == "年", j < end, s[j] == "日" { j += 1 }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var iso = "\(y)-\(two(m))-\(two(d))"
    // A time after a space or comma.
    var k = j
    while k < end, s[k] == " " || s[k] == "," { k += 1 }
    if k > j || (k < end && s[k] == "T"), k < end {
      if s[k] == "T" { k += 1 }
      if let (e, hm) = clock(s, k, end) {
        iso += "T" + hm
        return (e, iso, true)
      }
    }
    return (j, iso, false)
  }

  static func addTwelveHours(_ iso: String) -> String {
    let parts = iso.split(separator: "T", maxSplits: 1)
    guard parts.count == 2, let h = Int(parts[1].prefix(2)), h < 12 else { return iso }
    return "\(parts[0])T\(h + 12)\(parts[1].dropFirst(2))"
  }
}
