import Testing

@testable import TextSupport

@Suite struct OffsetTableTests {
  @Test func mapsSurrogatePairsToOneScalar() {
    // 𠀀 (U+20000) is two UTF-16 units but one scalar.
    let table = OffsetTable(scalars: "a𠀀b".unicodeScalars)
    #expect(table.utf16.count == 4)
    #expect(table.scalarOffset(utf16: 0) == 0)
    #expect(table.scalarOffset(utf16: 1) == 1)
    #expect(table.scalarOffset(utf16: 3) == 2)
    #expect(table.scalarOffset(utf16: 4) == 3)
  }
}

@Suite struct BreakIteratorTests {
  @Test func splitsChineseSentences() throws {
    let text = Array("国家安全部发布提示。境外间谍活动日益隐蔽！是吗？".utf16)
    #expect(try BreakIterator.sentenceBoundaries(text) == [0, 10, 21, 24])
  }

  @Test func wordBreaksCarryStatus() throws {
    let text = Array("稀土 rare earth, 2023".utf16)
    let words = try BreakIterator.wordBoundaries(text)
    #expect(words.first?.offset == 0)
    #expect(words.last?.offset == text.count)
    // ICU's dictionary keeps 稀土 together and marks it ideographic.
    #expect(words.contains { $0.offset == 2 && $0.status == .ideographic })
    #expect(words.contains { $0.offset == text.count && $0.status == .number })
  }

  @Test func reportsICUVersion() {
    #expect(BreakIterator.icuVersion.split(separator: ".").count >= 2)
  }
}

@Suite struct TransliteratorTests {
  @Test func traditionalToSimplified() throws {
    let t = try Transliterator("Traditional-Simplified")
    #expect(try t.transliterate("國家安全機關") == "国家安全机关")
  }

  @Test func unknownIdentifierThrowsWithICUName() {
    #expect(throws: ShimError.self) { try Transliterator("No-Such-Thing") }
  }
}

@Suite struct GzipTests {
  // `printf '稀土\n' | gzip -n | xxd -i`
  static let gz: [UInt8] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x7b, 0xbe, 0xa2, 0xe1, 0xe9, 0x9c, 0xf9, 0x5c,
    0x00, 0xa3, 0xeb, 0x66, 0x1c, 0x07, 0x00, 0x00, 0x00,
  ]

  @Test func decompresses() throws {
    #expect(try Gzip.decompress(Self.gz) == Array("稀土\n".utf8))
  }

  @Test func concatenatedMembersAreAllRead() throws {
    #expect(try Gzip.decompress(Self.gz + Self.gz) == Array("稀土\n稀土\n".utf8))
  }

  @Test func truncatedInputIsAnError() {
    #expect(throws: ShimError.self) { try Gzip.decompress(Array(Self.gz.prefix(15))) }
  }

  @Test func notGzip() {
    #expect(!Gzip.isGzip(Array("plain".utf8)))
    #expect(throws: ShimError.self) { try Gzip.decompress(Array("plain".utf8)) }
  }

  @Test func outputLimitStopsBombs() {
    #expect(throws: ShimError.self) { try Gzip.decompress(Self.gz, maxOutput: 3) }
  }
}

@Suite struct HTMLTextTests {
  @Test func keepsVisibleTextAndTitle() throws {
    let html = "<html><head><title>标题</title><style>p{}</style></head><body><p>第一段。</p><script>x()</script><div>第二段<br>换行</div></body></html>"
    let t = try HTMLText.extract(Array(html.utf8), encoding: "UTF-8")
    #expect(t.title == "标题")
    #expect(t.text.split(separator: "\n") == ["第一段。", "第二段", "换行"])
  }

  @Test func repairsBrokenMarkup() throws {
    let t = try HTMLText.extract(Array("<p>未闭合<b>粗体<p>下一段".utf8), encoding: "UTF-8")
    #expect(t.text.contains("未闭合粗体"))
    #expect(t.text.contains("下一段"))
  }
}
