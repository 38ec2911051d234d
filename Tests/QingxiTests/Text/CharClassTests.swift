import Testing
@testable import Qingxi

@Suite struct CharClassTests {
  @Test func spaceKindsDifferWhereDocumented() {
    for c: Unicode.Scalar in [" ", "\t", "\u{3000}", "\u{A0}"] {
      #expect(CharClass.isInlineSpace(c))
      #expect(CharClass.isLineSpace(c))
    }
    #expect(!CharClass.isInlineSpace("\r") && CharClass.isLineSpace("\r"))
    #expect(!CharClass.isInlineSpace("\n") && !CharClass.isLineSpace("\n"))
    // Block trimming keeps U+3000 and NBSP (ideographic_space: keep), trims VT and FF.
    #expect(CharClass.isASCIIBlank("\u{0B}") && CharClass.isASCIIBlank("\u{0C}"))
    #expect(!CharClass.isASCIIBlank("\u{3000}") && !CharClass.isASCIIBlank("\u{A0}"))
    #expect(CharClass.isUnicodeWhitespace("\n") && CharClass.isUnicodeWhitespace("\u{2003}"))
    #expect(!CharClass.isInlineSpace("\u{2003}"))
  }

  @Test func asciiLettersDigitsAndFolding() {
    #expect(CharClass.isASCIILetter("a") && CharClass.isASCIILetter("Z"))
    #expect(!CharClass.isASCIILetter("é") && !CharClass.isASCIILetter("Ａ") && !CharClass.isASCIILetter("["))
    #expect(CharClass.isASCIIUpper("Q") && !CharClass.isASCIIUpper("q"))
    #expect(CharClass.isASCIILower("q") && !CharClass.isASCIILower("`"))
    #expect(CharClass.isASCIIAlnum("7") && !CharClass.isASCIIAlnum("７"))
    #expect(CharClass.isDecimalDigit("７") && CharClass.digitValue("７") == 7 && CharClass.digitValue("3") == 3)
    #expect(CharClass.digitValue("三") == nil)
    #expect(CharClass.asciiLower("M") == "m" && CharClass.asciiLower("Ö") == "Ö" && CharClass.asciiLower("@") == "@")
    #expect(CharClass.asciiLowerValue("A") == 0x61)
    #expect(CharClass.isHan("判") && CharClass.isHan("〇") && !CharClass.isHan("。") && !CharClass.isHan("カ"))
  }

  @Test func sentenceEndVariants() {
    // The Chinese sentence end, the stop a penalty never spans, and a hard-wrapped line's final mark.
    #expect(CharClass.isSentenceEnd("。") && CharClass.isSentenceEnd("；") && !CharClass.isSentenceEnd(";"))
    #expect(!CharClass.isSentenceEnd("."))
    #expect(CharClass.isStop(";") && CharClass.isStop("\n") && CharClass.isStop("…") && !CharClass.isStop("，"))
    #expect(CharClass.isFinalMark(".") && CharClass.isFinalMark("．") && !CharClass.isFinalMark("；"))
  }

  @Test func clausePunctuationDiffersOnlyByTheASCIIColon() {
    for c: Unicode.Scalar in ["，", "。", "！", "？", "；", "：", "、", ",", "!", "?", ";", "…"] {
      #expect(CharClass.isClausePunctuation(c) && CharClass.isClausePunctuationOrColon(c))
    }
    #expect(!CharClass.isClausePunctuation(":") && CharClass.isClausePunctuationOrColon(":"))
    #expect(!CharClass.isClausePunctuationOrColon(".") && !CharClass.isClausePunctuationOrColon("-"))
    #expect(CharClass.hasClausePunctuation(Array("联系我们，关于".unicodeScalars)))
    #expect(!CharClass.hasClausePunctuation(Array("联系我们 关于".unicodeScalars)))
  }

  @Test func quotesAndBrackets() {
    #expect(CharClass.isCloser("〉") && !CharClass.isSentenceCloser("〉"))
    for c: Unicode.Scalar in ["”", "’", "」", "』", "）", ")", "》", "】", "〕", "]", "\"", "'"] {
      #expect(CharClass.isCloser(c) && CharClass.isSentenceCloser(c))
    }
    #expect(!CharClass.isCloser("（") && !CharClass.isSentenceCloser("“"))
    #expect(CharClass.isOpener("（") && CharClass.isOpener("《") && CharClass.isOpener("“") && !CharClass.isOpener("\""))
    #expect(CharClass.isOpeningQuote("«") && !CharClass.isOpeningQuote("»") && CharClass.isClosingQuote("»"))
    #expect(CharClass.isNameQuote("《") && CharClass.isNameQuote("〉") && !CharClass.isNameQuote("("))
    #expect(CharClass.closing(for: "【") == "】" && CharClass.closing(for: "（") == "）")
    #expect(CharClass.closing(for: "《") == nil)
  }
}
