import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DropFootersTests {
  func clean(_ s: String, _ options: [String: JSONValue] = [:]) throws -> Document {
    var doc = Document(id: "t", source: Source(path: "t", format: "txt", bytes: 0, sha256: ""), text: s)
    _ = try DropFooters.make(options).process(&doc)
    return doc
  }

  // Footer lines from the seeds and from common site footers: each goes whole.
  @Test(arguments: [
    "本站资料均由网友自行发布提供,仅用于学习交流。如有版权问题,请与我联系,QQ:4156828",
    "© CopyRight 2020- All Rights Reserved. Powered By 61893.com 闽ICP备11008920号",
    "闽公网安备35020302035593号",
    "京ICP证030173号",
    "京公网安备 11010502032103号",
    "Copyright © 2000 - 2025 XINHUANET.com All Rights Reserved.",
    "版权所有：新华网",
    "版权所有 中国日报网 京ICP备13028878号-6",
    "联系QQ：4156828",
    "客服微信：abc123",
    "未经授权禁止转载",
  ])
  func dropsFooterLine(line: String) throws {
    let doc = try clean("稀土作为“工业维生素”,广泛应用于电子、新能源、国防军工等关键领域。\n\(line)\nTop")
    #expect(doc.text == "稀土作为“工业维生素”,广泛应用于电子、新能源、国防军工等关键领域。\nTop")
    #expect(doc.removed.count == 1)
    #expect(doc.removed.first?.kind == "footer")
    #expect(doc.removed.first?.rule == "drop-footers")
    #expect(doc.removed.first?.text == line + "\n")
  }

  // Article sentences that mention copyright, licences, QQ or 微信, and a labelled disclaimer (left to
  // drop-disclaimers): all stay.
  @Test(arguments: [
    "国家版权局有关负责人表示，版权所有人可依法维权。",
    "他在声明中表示，该书版权所有，侵权必究，并已委托律师处理此事。",
    "专家提醒，网上标注“仅供学习交流”“如有侵权请联系删除”的做法并不能免除侵权责任。",
    "该网站未取得ICP备案即开展经营活动，被责令整改。",
    "该企业持有许可证3张，均在有效期内。",
    "可通过 12339 国家安全机关举报受理电话、网络举报受理平台（www.12339.gov.cn）、国家安全部微信公众号举报受理渠道或直接向当地国家安全机关进行举报。",
    "4月22日，微信安全中心微信公众号发布一则提醒。",
    "Copyright law protects the authors of original works.",
    "[免责声明]文章描述过程、图片都来源于网络,此文章旨在倡导社会正能量,无低俗等不良引导。如涉及版权或者人物侵权问题,请及时联系我们,我们将第一时间删除内容!",
    "版权所有人之争",
  ])
  func keepsArticleLine(line: String) throws {
    let doc = try clean(line)
    #expect(doc.text == line)
    #expect(doc.removed.isEmpty)
  }

  @Test func seedFooterBlock() throws {
    let raw = """
      在未来随着技术的发展与国际形势的变化,中国的稀土管控措施也需不断优化与完善,以应对新的挑战。

      本站资料均由网友自行发布提供,仅用于学习交流。如有版权问题,请与我联系,QQ:4156828  

      © CopyRight 2020- All Rights Reserved. Powered By 61893.com 闽ICP备11008920号
      闽公网安备35020302035593号

      Top
      """
    let doc = try clean(raw)
    #expect(doc.removed.map(\.kind) == ["footer", "footer", "footer"])
    #expect(doc.removed.first?.text == "本站资料均由网友自行发布提供,仅用于学习交流。如有版权问题,请与我联系,QQ:4156828  \n")
    #expect(doc.text == "在未来随着技术的发展与国际形势的变化,中国的稀土管控措施也需不断优化与完善,以应对新的挑战。\n\n\n\nTop")
  }

  @Test func disabledKeepsEverything() throws {
    let raw = "闽公网安备35020302035593号"
    #expect(try clean(raw, ["enabled": .bool(false)]).text == raw)
  }
}
