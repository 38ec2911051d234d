import TextSupport

/// Word and sentence segmentation of plain text lines, for `qingxi segment`: each line is one paragraph.
///
/// Words come out in the SIGHAN bakeoff format, the line's words and punctuation marks separated by single
/// spaces, so standard scorers compare them with gold standards directly (an empty line stays empty, so
/// line numbers match). Sentences come out one per line, with the same rules as `split-sentences`.
public struct PlainTextSegmenter: Sendable {
  let words: WordSegmenter

  public init(dictionary: UserDictionary? = nil) {
    words = WordSegmenter(dictionary: dictionary)
  }

  /// Reads a user dictionary file (see `UserDictionary` for the format).
  public static func dictionary(at path: String) throws(OptionError) -> UserDictionary {
    try SplitWords.loadDictionary(path)
  }

  /// `text` with each line's words separated by single spaces; line breaks kept, other white space dropped.
  public func segmentWords(_ text: String) throws(ShimError) -> String {
    let s = Array(text.unicodeScalars)
    let segments = try words.segments(s)
    // Built as UTF-8 bytes: appending to a String scalar by scalar copies it again and again.
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    func append(_ c: Unicode.Scalar) { UTF8.encode(c) { out.append($0) } }
    var k = 0
    var lineHasWord = false
    for seg in segments {
      // Line breaks between the previous segment and this one.
      while k < seg.start {
        if s[k] == "\n" {
          out.append(0x0A)
          lineHasWord = false
        }
        k += 1
      }
      if lineHasWord { out.append(0x20) }
      for c in s[seg.range] { append(c) }
      lineHasWord = true
      k = seg.end
    }
    while k < s.count {
      if s[k] == "\n" { out.append(0x0A) }
      k += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The sentences of `text`, one per line; each input line is a paragraph, blank lines give nothing.
  public func segmentSentences(_ text: String) throws(StageError) -> String {
    var doc = Document(id: "-", source: Source(path: "-", format: "txt", bytes: text.utf8.count, sha256: ""), text: text)
    let s = doc.scalars
    var start = 0
    for i in 0...s.count where i == s.count || s[i] == "\n" {
      if i > start { doc.blocks.append(Block(start: start, end: i, kind: .paragraph)) }
      start = i + 1
    }
    doc.freezeText()
    _ = try SplitSentences(options: StageOptions()).process(&doc)
    var out = ""
    for sentence in doc.sentences {
      out += doc.text(in: sentence.range)
      out += "\n"
    }
    return out
  }
}
