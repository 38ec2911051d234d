extension Document {
  /// The cleaned text's scalars with every Traditional character folded to its Simplified form
  /// (`HanFold`), for matching only: one scalar stays one scalar, so every offset found in this view is an
  /// offset of `text`, and entities slice their `text` from the document as written (`判處` stays `判處`).
  /// Extractors match their Simplified lexicons (surnames, courts, charges, penalties, numerals, secret
  /// levels) against this view, so Traditional pages need no second lexicon and no rewriting.
  /// A document without Traditional characters returns its own scalars (no copy).
  public var matchScalars: [Unicode.Scalar] {
    // (an article cut out of a frozen page has fewer scalars than the page's folded view: fold it anew)
    if isTextFrozen, let folded = frozenMatchScalars, folded.count == clean.count { return folded }
    return HanFold.folded(scalars)
  }
}

extension HanFold {
  /// `scalars` with every character folded; the same array when nothing folds (the usual case for
  /// Simplified and English text, which then costs one read per scalar).
  static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var i = 0
    let n = scalars.count
    let table = table
    let changed = changed
    while i < n {
      let v = scalars[i].value
      if v >= lower, v < upper, fold(v, in: table, changed: changed) != v { break }
      i += 1
    }
    if i == n { return scalars }
    var out = scalars
    while i < n {
      let v = out[i].value
      if v >= lower, v < upper {
        let f = fold(v, in: table, changed: changed)
        if f != v, let u = Unicode.Scalar(f) { out[i] = u }
      }
      i += 1
    }
    return out
  }
}
