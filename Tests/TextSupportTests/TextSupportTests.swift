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

  /// Feeds `input` in pieces of `chunk` bytes, taking output `piece` bytes at a time.
  func inflate(_ input: [UInt8], chunk: Int, piece: Int, maxOutput: Int = 1 << 20) throws(ShimError) -> [UInt8] {
    let z = try GzipInflater(maxOutput: maxOutput)
    var out: [UInt8] = []
    var at = 0
    while at < input.count {
      var slice = input[at..<min(at + chunk, input.count)]
      at += slice.count
      while true {
        let (used, output) = try z.feed(slice, outputLimit: piece)
        out += output
        slice = slice.dropFirst(used)
        if slice.isEmpty && output.count < piece { break }
      }
    }
    try z.finish()
    return out
  }

  @Test(arguments: [1, 2, 3, 11, 1000])
  func streamsMembersAcrossAnyChunking(chunk: Int) throws {
    // Chunks of one byte split the magic number of the second member.
    #expect(try inflate(Self.gz + Self.gz + Self.gz, chunk: chunk, piece: 2) == Array("稀土\n稀土\n稀土\n".utf8))
  }

  @Test func bytesAfterTheLastMemberAreIgnored() throws {
    #expect(try inflate(Self.gz + Array("junk".utf8), chunk: 5, piece: 64) == Array("稀土\n".utf8))
    #expect(try inflate(Self.gz + [0x1f], chunk: 1, piece: 64) == Array("稀土\n".utf8))
  }

  @Test func streamingErrorsNameTheirCause() {
    #expect(throws: ShimError(library: .zlib, rawValue: 3, name: "truncated gzip data")) {
      try inflate(Array(Self.gz.prefix(20)), chunk: 4, piece: 64)
    }
    #expect(throws: ShimError(library: .zlib, rawValue: 1, name: "not gzip data")) { try inflate([], chunk: 4, piece: 64) }
    #expect(throws: ShimError(library: .zlib, rawValue: 1, name: "not gzip data")) { try inflate([0x1f, 0x00], chunk: 1, piece: 64) }
    var corrupt = Self.gz
    corrupt[12] ^= 0xff
    #expect(throws: ShimError.self) { try inflate(corrupt, chunk: 4, piece: 64) }
    #expect(throws: ShimError(library: .zlib, rawValue: 5, name: "decompressed size over the limit of 10 bytes")) {
      try inflate(Self.gz + Self.gz, chunk: 64, piece: 1, maxOutput: 10)
    }
  }
}

@Suite struct SHA256Tests {
  // FIPS 180-4 example vectors.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  ])
  func knownDigests(input: String, hex: String) {
    #expect(SHA256.hex(Array(input.utf8)) == hex)
  }

  @Test func millionAs() {
    #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}

@Suite struct GzipDeflaterTests {
  @Test func roundTripsThroughTheInflaterInPieces() throws {
    // Varied text, longer than one 64 KiB output piece once compressed poorly.
    var text: [UInt8] = []
    var x: UInt32 = 12345
    for _ in 0..<300_000 {
      x = x &* 1_103_515_245 &+ 12345
      text.append(UInt8(truncatingIfNeeded: x >> 16))
    }
    let d = try GzipDeflater()
    var gz: [UInt8] = []
    for start in stride(from: 0, to: text.count, by: 70_000) {
      try d.compress(Array(text[start..<min(start + 70_000, text.count)]), into: &gz)
    }
    try d.finish(into: &gz)
    #expect(Gzip.isGzip(gz))
    #expect(try Gzip.decompress(gz) == text)
  }

  @Test func emptyInputIsAValidMember() throws {
    let d = try GzipDeflater()
    var gz: [UInt8] = []
    try d.finish(into: &gz)
    #expect(try Gzip.decompress(gz) == [])
  }
}
