/// Scores every line for "boilerplate" from features, not phrases, and drops the lines that score high:
/// the navigation rows, widget buttons, counters, consent and language banners and end-of-page link lists
/// the specific rules before it did not know.
///
/// Features of a line (`LineShape`, `functionalCoverage`): the share of its letters covered by the small
/// functional lexicon (`FunctionalWords`: words meaning "share", "reply", "download", "home" in both
/// Chinese scripts and English — never site names), length, sentence punctuation, separators, a script
/// foreign to the page (kana on a Chinese page, an English line on a Chinese page), repetition on the page,
/// position (the first and last lines of the page) and neighbours (a line next to a dropped line). The
/// scoring function is hand-set (see the README: the dev set is 40 pages, too few to train on without
/// fitting them), and every removal reports the features that decided it as `removed[].reason`.
/// Afterwards two block rules apply: a short run of headline-like lines between two dropped lines is
/// a page index (kind `chrome`); headline-like lines after a dropped line below the last paragraph are
/// an end-of-page link list (kind `related`).
///
///     發表文章發起投票        → dropped: lexicon 1.00 [发表 文章 发起 投票]; short; no sentence end
///     Leave a Reply          → dropped: lexicon 1.00 [leave reply]; short; no sentence end
///     法院判决:               → kept: lexicon 0.00
public struct DropBoilerplate: TextCleaner {
  public static let name = "drop-boilerplate"
  public static let summary = "score lines for boilerplate (functional-word share, length, punctuation, position, repetition, neighbours) and drop high scorers"
  public static let options = [
    OptionSpec.enabled(),
    OptionSpec("threshold", .number, default: .double(3.0), help: "score at or above which a line is dropped"),
  ]

  public let enabled: Bool
  let threshold: Double

  public init(options: StageOptions) throws(OptionError) {
    enabled = options.bool("enabled")
    threshold = options.number("threshold")
  }

  struct Scored {
    var line: Line
    var shape: LineShape
    var score: Double
    var reasons: [String]
    var dropped = false
    var kind = "chrome"
  }

  public func edits(in doc: inout Document) -> [TextEdit] {
    let s = doc.scalars
    let lines = s.lines().filter { !$0.isBlank }
    guard lines.count >= 2 else { return [] }
    var han = 0
    var latin = 0
    var kana = 0
    var shapes: [LineShape] = []
    shapes.reserveCapacity(lines.count)
    for l in lines {
      let sh = LineShape(s, l.content)
      shapes.append(sh)
      han += sh.han
      latin += sh.latin
      kana += sh.kanaHangul
    }
    let repeats = RepeatedLines(s, lines.map { $0.content }, maxLength: 120)
    let chinesePage = han * 3 >= latin
    let kanaPage = kana * 4 >= han + latin
    // The last paragraph: a long line with a sentence end; what follows it is page furniture more often.
    let lastParagraph = shapes.lastIndex { $0.sentenceEnds >= 1 && ($0.letters > 40 || $0.words > 16) } ?? lines.count
    var scored: [Scored] = []
    scored.reserveCapacity(lines.count)
    for (k, l) in lines.enumerated() {
      let sh = shapes[k]
      var reasons: [String] = []
      var score = 0.0
      if sh.letters == 0 {
        // A line of symbols or digits only (`|`, `>>`, `1`): furniture unless it is a number in the text.
        if sh.digits == 0 && l.content.count <= 6 {
          scored.append(Scored(line: l, shape: sh, score: 10, reasons: ["no letters"]))
          continue
        }
        scored.append(Scored(line: l, shape: sh, score: 0, reasons: []))
        continue
      }
      // Prose (a sentence of over 60 letters) cannot reach the threshold: skip the lexicon. Not an English
      // line on a Chinese page, which may be a language banner.
      if sh.sentenceEnds >= 1, sh.letters > 60, !(chinesePage && sh.han == 0) {
        scored.append(Scored(line: l, shape: sh, score: 0, reasons: []))
        continue
      }
      let cov = s.functionalCoverage(l.content, FunctionalWords.lexicon)
      if cov.share > 0 {
        score += 4 * cov.share
        reasons.append("lexicon \(Self.fmt(cov.share)) [\(cov.words.joined(separator: " "))]")
      }
      // A banner in another language: kana or hangul on a page that is not Japanese or Korean, or an English
      // line with a functional word among the first or last lines of a Chinese page (a quoted English
      // sentence in the article has none of both).
      let edge = k < 3 || k >= lines.count - 3
      let foreign = (!kanaPage && sh.kanaHangul >= 4 && sh.kanaHangul * 3 >= sh.letters)
        || (chinesePage && han >= 50 && sh.han == 0 && sh.words >= 5 && sh.words <= 30 && edge && cov.share >= 0.2)
      if foreign {
        score += 3
        reasons.append("script foreign to the page")
      }
      if sh.sentenceEnds == 0 && !sh.endsSentence {
        score += 0.4
        reasons.append("no sentence end")
      } else if !foreign {
        score -= 0.8 * Double(min(sh.sentenceEnds, 3))
      }
      // Every legal word is also in the functional lexicon, so a line where that lexicon matched nothing
      // holds none: skip the second scan.
      let legal = cov.words.isEmpty ? 0 : FunctionalWords.legalLexicon.matches(s, l.content).distinctEntries
      if sh.letters <= 6 {
        score += 0.4
        reasons.append("short")
      } else if !foreign, legal < 2, (sh.han > 0 && sh.letters > 40) || (sh.han == 0 && sh.words > 16) {
        // Prose is long; banners and notices (foreign script, consent words) are long too.
        score -= sh.letters > 80 ? 2 : 1
      }
      if sh.separators >= 1, sh.isHeadlineLike, cov.share > 0 {
        score += 0.6
        reasons.append("separators \(sh.separators)")
      }
      if legal >= 2, sh.letters <= 100 {
        score += legal >= 3 ? 2.5 : 2
        reasons.append("consent/rights words \(legal)")
      }
      if sh.digits > 0, sh.letters <= 12, cov.share >= 0.5 {
        score += 0.4
        reasons.append("counter")
      }
      if l.content.count <= 120, case let n = repeats.count[k], n >= 2, sh.letters <= 60 {
        score += 0.6
        reasons.append("repeated x\(n)")
      }
      if edge {
        score += 0.3
        reasons.append("page edge")
      }
      if k > lastParagraph {
        score += 0.5
        reasons.append("below the last paragraph")
      }
      scored.append(Scored(line: l, shape: sh, score: score, reasons: reasons))
    }
    // Neighbours: a line next to a dropped line needs less.
    for k in scored.indices { scored[k].dropped = scored[k].score >= threshold }
    for _ in 0..<2 {
      for k in scored.indices where !scored[k].dropped && scored[k].score > 0 {
        let prev = k > 0 && scored[k - 1].dropped
        let next = k + 1 < scored.count && scored[k + 1].dropped
        if prev || next, scored[k].score + 0.6 >= threshold, scored[k].shape.isHeadlineLike || k > lastParagraph {
          scored[k].dropped = true
          scored[k].score += 0.6
          scored[k].reasons.append("next to a dropped line")
        }
      }
    }
    // A page index: a run of at most six headline-like lines between two dropped lines.
    var k = 0
    while k < scored.count {
      guard scored[k].dropped else {
        k += 1
        continue
      }
      var j = k + 1
      while j < scored.count, !scored[j].dropped, scored[j].shape.isHeadlineLike, scored[j].shape.clausePunct <= 1 { j += 1 }
      // One line alone between furniture is more often the headline than an index: two or more.
      if j < scored.count, scored[j].dropped, j - k - 1 >= 2, j - k - 1 <= 6 {
        for m in (k + 1)..<j {
          scored[m].dropped = true
          scored[m].reasons = ["headline-like line between dropped lines (page index)"]
        }
      }
      k = j
    }
    // End-of-page links: below the last paragraph, headline-like lines after a dropped line.
    if let lastKept = scored.lastIndex(where: { !$0.dropped && ($0.shape.sentenceEnds > 0 || $0.shape.letters > 40 || $0.shape.words > 16) }) {
      var seenDropped = false
      for m in (lastKept + 1)..<scored.count {
        if scored[m].dropped {
          seenDropped = true
        } else if seenDropped, scored[m].shape.isHeadlineLike {
          scored[m].dropped = true
          scored[m].kind = "related"
          scored[m].reasons = ["headline-like line after page furniture below the last paragraph"]
        }
      }
    }
    // A time stamp on a dropped line is the page's publication time when none was found before.
    if doc.published == nil {
      search: for x in scored where x.dropped {
        var i = x.line.content.lowerBound
        while i < x.line.content.upperBound {
          if CharClass.isASCIIDigit(s[i]), i == x.line.content.lowerBound || !CharClass.isASCIIDigit(s[i - 1]),
            let (_, iso, _) = StampParser.dateTime(s, i, x.line.content.upperBound)
          {
            doc.published = iso
            break search
          }
          i += 1
        }
      }
    }
    let edits: [TextEdit] = scored.filter { $0.dropped }.map {
      .remove(
        $0.line.withBreak, rule: Self.name, kind: $0.kind,
        reason: "score \(Self.fmt($0.score)): " + $0.reasons.joined(separator: "; "))
    }
    return edits.guarded(s)
  }

  static func fmt(_ x: Double) -> String {
    let v = Int((x * 100).rounded())
    let sign = v < 0 ? "-" : ""
    let a = abs(v)
    return "\(sign)\(a / 100).\(a % 100 < 10 ? "0" : "")\(a % 100)"
  }
}
