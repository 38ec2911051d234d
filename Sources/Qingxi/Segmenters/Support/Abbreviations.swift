/// English abbreviations whose period does not end a sentence ("Mr. Cheng", "No. 1 Intermediate",
/// "Jan. 5", "the U.S. Treasury"), shared by sentence splitting and heading detection.
enum Abbreviations {
  /// Lower-cased, without the final period. Company suffixes (Inc., Ltd., Co.) are left out on purpose:
  /// they end sentences as often as not ("… of Apple Inc. The company …"), so ICU's rules decide there.
  static let words: Set<String> = [
    // titles and name parts
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "sen", "rep", "gov", "rev", "hon", "st", "jr", "sr",
    // numbering and references
    "no", "nos", "art", "arts", "sec", "para", "vol", "fig", "pp", "p", "ch", "cf", "approx", "est", "dept",
    // months
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // Latin
    "vs", "e.g", "i.e", "al", "ca",
    // countries and bodies written with periods
    "u.s", "u.k", "u.n", "e.u", "p.r.c", "u.s.a",
  ]

  /// True if the period at `dot` belongs to an abbreviation or an initial (`U.S.`, `Mr.`, `J.`), so it
  /// does not end a sentence. `lowerBound` limits how far back the word is looked for.
  static func isAbbreviation(_ s: [Unicode.Scalar], dot: Int, lowerBound: Int) -> Bool {
    var a = dot
    while a > lowerBound, isWordScalar(s[a - 1]) { a -= 1 }
    if a == dot { return false }
    // A single capital letter is an initial ("J. K. Rowling", the "S." of "U.S.").
    if dot - a == 1, s[a].properties.isUppercase { return true }
    var word = ""
    word.unicodeScalars.append(contentsOf: s[a..<dot])
    return words.contains(word.lowercased())
  }

  /// Letters and the inner periods of dotted abbreviations (`U.S`, `e.g`).
  @inline(__always)
  private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    c == "." || ScriptClass.of(c) == .latin
  }

  /// The same test for a word given as text before a period (heading detection).
  static func endsWithAbbreviation(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
    let s = Array(before)
    return isAbbreviation(s + ["."], dot: s.count, lowerBound: 0)
  }
}
