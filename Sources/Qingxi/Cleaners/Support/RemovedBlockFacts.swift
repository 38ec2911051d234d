/// Reads the facts of a stamp or credit block that `drop-html-boilerplate` removes before the text stages
/// see it, with the text stages' own grammars, so an HTML page keeps what the same line keeps on a text
/// page: `published` and `meta.source_name`/`author`/`editor` from a page stamp (`StampParser`, as
/// `drop-page-metadata`), a credit line (`BylineParser`, as `drop-bylines`), a dateline or bracketed
/// credit and English `By …` lines (as `drop-datelines`), a `据…` source tail (as `drop-bylines`), and an
/// English date after a time label (`Published 3 March 2021`, `PublicationDate`). The first value of each
/// field wins, as in the text stages (a date from the page's `<head>` is kept).
///
///     来源：央视新闻客户端 编辑：王晓明   → meta.source_name 央视新闻客户端, meta.editor 王晓明
///     （责任编辑：李四）                  → meta.editor 李四
///     By Jane Doe | Published 3 March 2021 → meta.author Jane Doe, published 2021-03-03
struct RemovedBlockFacts: Sendable {
  private let stamps = StampParser()
  private let bylines = BylineParser()
  private let datelines = DropDatelines(options: StageOptions(specs: DropDatelines.options, given: [:]))
  private let tails = DropBylines(options: StageOptions(specs: DropBylines.options, given: [:]))

  /// Records the facts of the lines of `block` (a range of `doc.scalars`). With `wholeLinesOnly` (a block
  /// the classifier took for boilerplate), a stamp is read only when it is the whole line: a related
  /// headline after its date (`2023-05-01 某地发布暴雨预警`) gives nothing.
  func record(_ s: [Unicode.Scalar], _ block: Range<Int>, wholeLinesOnly: Bool = false, in doc: inout Document) {
    guard block.lowerBound >= 0, block.upperBound <= s.count else { return }
    var a = block.lowerBound
    while a < block.upperBound {
      var e = a
      while e < block.upperBound, s[e] != "\n" { e += 1 }
      recordLine(s, Self.trimmed(s, a..<e), whole: wholeLinesOnly, in: &doc)
      a = e + 1
    }
  }

  private func recordLine(_ s: [Unicode.Scalar], _ r: Range<Int>, whole: Bool, in doc: inout Document) {
    guard !r.isEmpty, r.count <= 200 else { return }
    if readLine(s, r, whole: whole, in: &doc) { return }
    // `By Jane Doe | Published 3 March 2021`: the parts between field separators, each on its own.
    var a = r.lowerBound
    var parts: [Range<Int>] = []
    for i in r where Self.isFieldSeparator(s[i]) {
      parts.append(a..<i)
      a = i + 1
    }
    guard !parts.isEmpty else { return }
    parts.append(a..<r.upperBound)
    for p in parts {
      let t = Self.trimmed(s, p)
      if !t.isEmpty { _ = readLine(s, t, whole: whole, in: &doc) }
    }
  }

  /// Reads one line with the first grammar that takes it; whether one did.
  private func readLine(_ s: [Unicode.Scalar], _ r: Range<Int>, whole: Bool, in doc: inout Document) -> Bool {
    if let stamp = stamps.parse(s, r), stamp.end > r.lowerBound {
      var published = stamp.published
      if published == nil, stamp.fields.contains("label time") {
        // An English date after the label: `Published 3 March 2021`, `Updated: March 3, 2021`.
        published = Self.englishDate(s, r)
      } else if whole, stamp.end < r.upperBound {
        return false
      }
      if doc.published == nil, let p = published { doc.published = p }
      if let v = stamp.source { doc.recordSource(v) }
      if let v = stamp.author, doc.meta["author"] == nil { doc.meta["author"] = .string(v) }
      if let v = stamp.editor, doc.meta["editor"] == nil { doc.meta["editor"] = .string(v) }
      return true
    }
    if let fields = bylines.parse(s, r) {
      doc.record(fields)
      return true
    }
    if datelines.creditLine(s, r, index: 0, doc: &doc) != nil { return true }
    // A credit glued to text counts only in a block the classifier took for a credit; the facts go to a
    // scratch copy first so that a refused match records nothing.
    var scratch = doc
    if let (range, _) = datelines.leadingCredit(s, r, doc: &scratch) ?? datelines.trailingCredit(s, r, last: true, doc: &scratch) {
      guard !whole || range == r else { return false }
      doc.meta = scratch.meta
      return true
    }
    if let (start, outlet) = tails.sourceTail(s, r) {
      guard !whole || start == r.lowerBound else { return false }
      if let outlet { doc.recordSource(outlet) }
      return true
    }
    return false
  }

  /// The first English date (with its day) starting at a word of `r` and running to its end.
  static func englishDate(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String? {
    var k = r.lowerBound
    while k < r.upperBound {
      if k == r.lowerBound || s[k - 1] == " " || s[k - 1] == ":", s[k] != " " {
        if let iso = PublicationDate.english(String(scalars: s[k..<r.upperBound])), iso.count >= 10 { return iso }
      }
      k += 1
    }
    return nil
  }

  private static func isFieldSeparator(_ c: Unicode.Scalar) -> Bool {
    c == "|" || c == "｜" || c == "·" || c == "•" || c == "丨"
  }

  private static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b, CharClass.isInlineSpace(s[a]) { a += 1 }
    while b > a, CharClass.isInlineSpace(s[b - 1]) { b -= 1 }
    return a..<b
  }
}
