/// Splits a sentence into language runs: stretches written in one language, found from script plus
/// context.
///
/// Letters are grouped into script segments (Han, Latin, other); digits, spaces and punctuation join the
/// segment before them. A segment is strong enough to be its own run when it reads as a clause of its own
/// language: two or more Han characters, three or more Latin words, or two or more letters of another
/// script. Weaker segments (the `GDP` or `iPhone` of a Chinese sentence, a lone 某 in English) belong to
/// the run around them. Runs tile the sentence: a run starts at its first letter (or at the opening quote
/// or bracket right before it) and ends where the next run starts. Example:
/// `此后,Under the command of foreign employees …` → zh `此后,` + en `Under the command of …`.
enum LanguageRuns {
  struct Segment {
    var script: Language
    var start: Int
    var end: Int
    var weight: Int
  }

  /// The runs of `range`; one run covering it all, in `lang` (the range's own language, which the caller
  /// has already counted), when it is in one language.
  static func runs(in s: [Unicode.Scalar], _ range: Range<Int>, lang: Language) -> [Run] {
    var segments: [Segment] = []
    var i = range.lowerBound
    var inLatinWord = false
    while i < range.upperBound {
      let cls = ScriptClass.of(s[i])
      let script: Language?
      switch cls {
      case .han: script = .zh
      case .latin: script = .en
      case .kana, .hangul, .other: script = s[i].properties.isAlphabetic ? .undetermined : nil
      default: script = nil
      }
      guard let script else {
        inLatinWord = false
        i += 1
        continue
      }
      // Weight: Han characters, Latin words, other letters. A Latin word counts when a space (or another
      // script) comes before it, so `www.12339.gov.cn` or `U.S.` weigh one word, not three.
      let startsWord = !inLatinWord && (i == range.lowerBound || s[i - 1] == " " || segments.last?.script != .en)
      let add = script == .en ? (startsWord ? 1 : 0) : 1
      inLatinWord = script == .en
      if var last = segments.last, last.script == script {
        last.end = i + 1
        last.weight += add
        segments[segments.count - 1] = last
      } else {
        segments.append(Segment(script: script, start: i, end: i + 1, weight: add))
      }
      i += 1
    }
    // Merge weak segments into their neighbours, then neighbours of the same script.
    var strong: [Segment] = []
    for seg in segments where isStrong(seg) {
        if var last = strong.last, last.script == seg.script {
          last.end = seg.end
          last.weight += seg.weight
          strong[strong.count - 1] = last
        } else {
          strong.append(seg)
        }
    }
    if strong.count <= 1 {
      return [Run(start: range.lowerBound, end: range.upperBound, lang: lang)]
    }
    var runs: [Run] = []
    for (k, seg) in strong.enumerated() {
      var start = k == 0 ? range.lowerBound : seg.start
      if k > 0 {
        // Opening quotes and brackets go with the run they open; never back past the previous segment.
        while start > strong[k - 1].end, isOpener(s[start - 1]) { start -= 1 }
      }
      if k > 0 { runs[runs.count - 1].end = start }
      runs.append(Run(start: start, end: range.upperBound, lang: seg.script))
    }
    return runs
  }

  static func isStrong(_ seg: Segment) -> Bool {
    switch seg.script {
    case .zh: seg.weight >= 2
    case .en: seg.weight >= 3
    default: seg.weight >= 2
    }
  }

  /// Sentence openers, and the straight quote (inside a sentence, one before a letter opens a quote).
  static func isOpener(_ c: Unicode.Scalar) -> Bool {
    CharClass.isOpener(c) || c == "\""
  }
}
