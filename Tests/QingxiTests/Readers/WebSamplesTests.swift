import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// The web samples of `Corpus/raw` (written by `Corpus/make-web-samples.py`): each encoding decoded and
/// reported, each portal page reduced to its article with its head facts.
@Suite struct WebSamplesTests {
  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: PackageRoot.url.appendingPathComponent("Corpus/raw/" + name)))
  }

  /// The default pipeline's only record for a sample.
  static func record(_ name: String) throws -> Document {
    let items = DocumentReader.read(bytes: try bytes(name), path: "Corpus/raw/" + name, id: name)
    guard case .document(let doc)? = items.first else { throw StageError(stage: "read", reason: "\(name) unread") }
    let written = try DefaultPipeline.build().run(doc).compactMap { if case .written(let d) = $0 { d } else { nil } }
    #expect(written.count == 1, "\(name)")
    guard let d = written.first else { throw StageError(stage: "pipeline", reason: "\(name) rejected") }
    return d
  }

  static func charset(_ d: Document) -> (encoding: String?, method: String?, declared: String?) {
    let c = d.meta["charset"]
    return (c?["encoding"]?.stringValue, c?["method"]?.stringValue, c?["declared"]?.stringValue)
  }

  @Test func gbkTextWithoutDeclarationIsDetected() throws {
    let raw = try Self.bytes("text-gbk.txt")
    // The file exercises detection: no BOM, not UTF-8.
    #expect(raw.prefix(3) != [0xEF, 0xBB, 0xBF] && String(validating: raw, as: UTF8.self) == nil)
    let d = try Self.record("text-gbk.txt")
    #expect(d.source.encoding == "gb18030")
    #expect(Self.charset(d).encoding == "gb18030" && Self.charset(d).method == "detected")
    #expect(d.title == "国家安全机关处置一起企图偷运金属镓出境案件")
    #expect(d.text.contains("稀有金属镓因在芯片、光纤、新能源电池等行业中的重要作用被称为“半导体工业新粮食”。"))
    #expect(d.lang == .zh)
  }

  @Test func big5TextIsDetected() throws {
    #expect(String(validating: try Self.bytes("text-big5.txt"), as: UTF8.self) == nil)
    let d = try Self.record("text-big5.txt")
    #expect(d.source.encoding == "big5-hkscs")
    #expect(Self.charset(d).method == "detected")
    #expect(d.title == "接到這類電話請立即掛斷")
    #expect(d.text.contains("微信團隊無權限也不會協助轉接任何公檢法機關電話。"))
  }

  @Test func utf16WithBOMIsDecoded() throws {
    #expect(try Self.bytes("text-utf16le.txt").prefix(2) == [0xFF, 0xFE])
    let d = try Self.record("text-utf16le.txt")
    #expect(d.source.encoding == "utf-16le")
    #expect(Self.charset(d).method == "bom")
    #expect(d.title == "严查泄密:稀土禁令后,多名专家神秘离职,此前已有多起泄密事件")
    #expect(d.text.contains("稀土这种物质,就算不了解的人也知道其蕴含的意义。"))
    #expect(!d.text.contains("\u{FEFF}"))
  }

  @Test func simplifiedPortalPageKeepsTheArticleOnly() throws {
    let d = try Self.record("web-portal-zh.html")
    #expect(d.source.format == "html" && d.source.encoding == "utf-8" && d.meta["charset"] == nil)
    #expect(d.title == "稀土公司副总向境外泄露7项国家秘密 国家安全部披露详情")
    #expect(d.published == "2025-04-23T10:12:00+08:00")
    #expect(d.source.url == "https://news.huaxia-online.example/2025/04/23/c16769ef.html")
    #expect(d.meta["site_name"] == .string("华夏在线"))
    // The article, first to last paragraph; its sub-headings stay.
    #expect(d.text.hasPrefix("国家安全部23日发布安全提示文章。"))
    #expect(d.text.hasSuffix("或直接向当地国家安全机关进行举报。"))
    #expect(d.text.contains("产业链供应链上谍影重重"))
    // The chrome: menus, breadcrumbs, stamp line, share widget, tags, related and hot lists, comments, footer.
    for chrome in ["首页", "正文", "来源：", "分享到", "标签：", "相关新闻", "热点排行", "发表评论", "扫码下载", "ICP", "广告"] {
      #expect(!d.text.contains(chrome), "\(chrome)")
    }
    // The bare day resolves against the page's publication date.
    let dates = d.entities.compactMap { e -> String? in if case .date(let v) = e.value { "\(e.text) \(v.value)" } else { nil } }
    #expect(dates == ["23日 2025-04-23"])
  }

  @Test func traditionalBig5PortalPageDeclaresItsCharset() throws {
    let d = try Self.record("web-portal-hk.html")
    #expect(d.source.encoding == "big5-hkscs")
    #expect(Self.charset(d).method == "declared" && Self.charset(d).declared == "big5")
    #expect(d.title == "國家安全部：外包保潔員段某投靠境外情報機關 洩露3項國家機密")
    #expect(d.published == "2025-03-31T12:31:00+08:00")
    #expect(d.meta["html_lang"] == .string("zh-HK"))
    #expect(d.text.hasPrefix("據「國家安全部」微信公號消息，"))
    #expect(d.text.hasSuffix("共同織密織牢安全保密防護網。"))
    for chrome in ["港聞", "主頁", "分享：", "標籤：", "訂閱", "相關新聞", "最多人閱讀", "私隱政策", "版權所有", "Cookies"] {
      #expect(!d.text.contains(chrome), "\(chrome)")
    }
    // Entities read through the Traditional script.
    #expect(d.entities.contains { $0.type == .secretCount && $0.text == "2項秘密級國家秘密" })
    #expect(d.entities.contains { $0.type == .person && $0.text == "段某" })
  }
}
