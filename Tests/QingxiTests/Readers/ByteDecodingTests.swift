import Testing

@testable import Qingxi

@Suite struct ByteDecodingTests {
  /// 新华社北京12月9日电 国家统计局今天发布数据，全国粮食总产量再创新高，连续多年稳定在一万三千亿斤以上。 in GBK.
  static let gbk: [UInt8] = [
    0xD0, 0xC2, 0xBB, 0xAA, 0xC9, 0xE7, 0xB1, 0xB1, 0xBE, 0xA9, 0x31, 0x32, 0xD4, 0xC2, 0x39, 0xC8, 0xD5, 0xB5, 0xE7,
    0x20, 0xB9, 0xFA, 0xBC, 0xD2, 0xCD, 0xB3, 0xBC, 0xC6, 0xBE, 0xD6, 0xBD, 0xF1, 0xCC, 0xEC, 0xB7, 0xA2, 0xB2, 0xBC,
    0xCA, 0xFD, 0xBE, 0xDD, 0xA3, 0xAC, 0xC8, 0xAB, 0xB9, 0xFA, 0xC1, 0xB8, 0xCA, 0xB3, 0xD7, 0xDC, 0xB2, 0xFA, 0xC1,
    0xBF, 0xD4, 0xD9, 0xB4, 0xB4, 0xD0, 0xC2, 0xB8, 0xDF, 0xA3, 0xAC, 0xC1, 0xAC, 0xD0, 0xF8, 0xB6, 0xE0, 0xC4, 0xEA,
    0xCE, 0xC8, 0xB6, 0xA8, 0xD4, 0xDA, 0xD2, 0xBB, 0xCD, 0xF2, 0xC8, 0xFD, 0xC7, 0xA7, 0xD2, 0xDA, 0xBD, 0xEF, 0xD2,
    0xD4, 0xC9, 0xCF, 0xA1, 0xA3,
  ]
  static let gbkText = "新华社北京12月9日电 国家统计局今天发布数据，全国粮食总产量再创新高，连续多年稳定在一万三千亿斤以上。"
  /// 香港特別行政區政府今日公布，全港居民的生活水平持續改善，經濟穩定增長。 in Big5.
  static let big5: [UInt8] = [
    0xAD, 0xBB, 0xB4, 0xE4, 0xAF, 0x53, 0xA7, 0x4F, 0xA6, 0xE6, 0xAC, 0x46, 0xB0, 0xCF, 0xAC, 0x46, 0xA9, 0xB2, 0xA4,
    0xB5, 0xA4, 0xE9, 0xA4, 0xBD, 0xA5, 0xAC, 0xA1, 0x41, 0xA5, 0xFE, 0xB4, 0xE4, 0xA9, 0x7E, 0xA5, 0xC1, 0xAA, 0xBA,
    0xA5, 0xCD, 0xAC, 0xA1, 0xA4, 0xF4, 0xA5, 0xAD, 0xAB, 0xF9, 0xC4, 0xF2, 0xA7, 0xEF, 0xB5, 0xBD, 0xA1, 0x41, 0xB8,
    0x67, 0xC0, 0xD9, 0xC3, 0xAD, 0xA9, 0x77, 0xBC, 0x57, 0xAA, 0xF8, 0xA1, 0x43,
  ]
  static let big5Text = "香港特別行政區政府今日公布，全港居民的生活水平持續改善，經濟穩定增長。"

  func decoded(_ bytes: [UInt8], html: Bool = false) -> ByteDecoding? {
    if case .success(let d) = ByteDecoding.decode(bytes, html: html) { return d }
    return nil
  }

  func text(_ d: ByteDecoding?) -> String? { d.map { String(decoding: $0.utf8, as: UTF8.self) } }

  @Test func utf8BOMIsDropped() {
    let d = decoded([0xEF, 0xBB, 0xBF] + Array("稀土".utf8))
    #expect(text(d) == "稀土")
    #expect(d?.method == .bom)
  }

  @Test func utf16LittleAndBigEndianWithBOM() {
    let units = Array("国家安全部 2024".utf16)
    let le = decoded([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let be = decoded([0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    #expect(text(le) == "国家安全部 2024")
    #expect(le?.encoding == "utf-16le")
    #expect(text(be) == "国家安全部 2024")
    #expect(be?.encoding == "utf-16be")
  }

  @Test func utf16WithoutBOMFromItsNulPattern() {
    let units = Array("Ministry of State Security, 2024.".utf16)
    let d = decoded(units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(text(d) == "Ministry of State Security, 2024.")
    #expect(d?.encoding == "utf-16le")
  }

  @Test func gbkTextWithoutDeclarationIsDetected() {
    let d = decoded(Self.gbk)
    #expect(text(d) == Self.gbkText)
    #expect(d?.encoding == "gb18030")
    #expect(d?.method == .detected)
  }

  @Test func big5TextIsDetected() {
    let d = decoded(Self.big5 + Self.big5)
    #expect(text(d) == Self.big5Text + Self.big5Text)
    #expect(d?.encoding == "big5-hkscs")
  }

  @Test func declaredCharsetIsUsed() {
    let html = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>".utf8)
      + Self.gbk + Array("</p></body></html>".utf8)
    let d = decoded(html, html: true)
    #expect(d?.encoding == "gb18030")
    #expect(d?.method == .declared)
    #expect(d?.declared == "gb2312")
    #expect(text(d)?.contains(Self.gbkText) == true)
  }

  @Test func aDeclarationTheBytesContradictIsCaught() {
    let html = Array("<html><head><meta charset=\"gb2312\"></head><body><p>国家统计局今天发布数据。</p></body></html>".utf8)
    let d = decoded(html, html: true)
    #expect(d?.encoding == "utf-8")
    #expect(d?.method == .valid)
    #expect(d?.declared == "gb2312")
    #expect(d?.isNoteworthy == true)
  }

  @Test func scriptCharsetIsNotADeclaration() {
    let html = Array("<html><head><script charset=\"gbk\" src=\"a.js\"></script><meta charset='utf-8'></head>".utf8)
    #expect(ByteDecoding.declaredCharset(html) == "utf-8")
  }

  @Test func labelsFoldToTheirSupersets() {
    #expect(ByteDecoding.canonical("GB2312") == "gb18030")
    #expect(ByteDecoding.canonical("gbk") == "gb18030")
    #expect(ByteDecoding.canonical("Big5") == "big5-hkscs")
    #expect(ByteDecoding.canonical("ISO-8859-1") == "windows-1252")
  }

  @Test func undecodableBytesAreRejectedClearly() {
    guard case .failure(let f) = ByteDecoding.decode([0x6F, 0x6B, 0x20, 0xFF, 0xFF, 0x80, 0xFF], html: false) else {
      Issue.record("decoded")
      return
    }
    #expect(f.reason.hasPrefix("undecodable bytes: not utf-8 (invalid at byte 3, 0xff)"))
  }

  @Test func plainUTF8IsNotNoteworthy() {
    #expect(decoded(Array("稀土".utf8))?.isNoteworthy == false)
  }
}
