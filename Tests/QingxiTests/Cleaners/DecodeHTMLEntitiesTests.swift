import QingxiTestSupport
import Testing

@testable import Qingxi

@Suite struct DecodeHTMLEntitiesTests {
  @Test(arguments: [
    ("B&amp;C Speakers&nbsp;公司", "B&C Speakers 公司"),
    ("&ldquo;稀土&rdquo;&mdash;战略", "“稀土”—战略"),
    ("&#20013;&#x56FD;", "中国"),
    ("1 &lt; 2 &gt; 0", "1 < 2 > 0"),
  ])
  func decodes(raw: String, expected: String) throws {
    let r = try clean(DecodeHTMLEntities.make(), raw)
    #expect(r.text == expected)
    #expect(r.removed.allSatisfy { $0.kind == "markup" && $0.text.hasPrefix("&") && $0.text.hasSuffix(";") })
  }

  @Test(arguments: ["AT&T 公司", "&foo; 不是实体", "R&D 投入 &", "&#0;", "&;"])
  func keepsLookalikes(raw: String) throws {
    let r = try clean(DecodeHTMLEntities.make(), raw)
    #expect(r.text == raw)
    #expect(r.removed.isEmpty)
  }
}
