import Testing

@testable import TextSupport

@Suite struct CharsetTests {
  /// 新华社北京12月9日电 国家统计局今天发布数据，… in GBK.
  static let gbk: [UInt8] = [
    0xD0, 0xC2, 0xBB, 0xAA, 0xC9, 0xE7, 0xB1, 0xB1, 0xBE, 0xA9, 0x31, 0x32, 0xD4, 0xC2, 0x39, 0xC8, 0xD5, 0xB5, 0xE7,
    0x20, 0xB9, 0xFA, 0xBC, 0xD2, 0xCD, 0xB3, 0xBC, 0xC6, 0xBE, 0xD6, 0xBD, 0xF1, 0xCC, 0xEC, 0xB7, 0xA2, 0xB2, 0xBC,
    0xCA, 0xFD, 0xBE, 0xDD, 0xA3, 0xAC,
  ]

  @Test func convertsGBKAsGB18030() throws {
    let utf8 = try Charset.convertToUTF8(Self.gbk, from: "gb18030")
    #expect(String(decoding: utf8, as: UTF8.self) == "新华社北京12月9日电 国家统计局今天发布数据，")
  }

  @Test func invalidBytesAreReportedWithTheirOffset() {
    #expect(throws: Charset.InvalidBytes.self) { try Charset.convertToUTF8([0x41, 0x42, 0xFF, 0x41], from: "gb18030") }
    do {
      _ = try Charset.convertToUTF8([0x41, 0x42, 0xFF, 0x41], from: "gb18030")
    } catch {
      #expect(error.offset == 2)
    }
  }

  @Test func unknownCharsetIsAnError() {
    #expect(throws: Charset.InvalidBytes.self) { try Charset.convertToUTF8([0x41], from: "no-such-charset") }
  }

  @Test func detectsUTF16WithBOM() {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("国家安全部".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(Charset.detect(bytes, markup: false)?.name == "UTF-16LE")
  }
}
