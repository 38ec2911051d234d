import Foundation
import QingxiTestSupport
import Testing

@testable import Qingxi

/// For 10,000 random mixes of real article paragraphs (from the seeds) and real noise lines (also from the
/// seeds), cleaning keeps every paragraph whole, removes every noise line, and no removal touches the
/// raw text of a paragraph.
@Suite struct CleaningPropertyTests {
  /// Noise lines as they occur in the seeds (002 and 004).
  static let noise: [String] = [
    "必一运动·(B-sports)官方网站", "业界动态", "最新资讯", "展开阅读全文", "更新时间:2025-06-28",
    "标签:财经   稀土   禁令   此前   神秘", "1 2 3 4 5", "上滑加载更多 ↓", "推荐阅读:", "友情链接:", "更多:", "Top",
    "本站资料均由网友自行发布提供,仅用于学习交流。如有版权问题,请与我联系,QQ:4156828",
    "© CopyRight 2020- All Rights Reserved. Powered By 61893.com 闽ICP备11008920号", "闽公网安备35020302035593号",
    "[免责声明]文章描述过程、图片都来源于网络,此文章旨在倡导社会正能量,无低俗等不良引导。如涉及版权或者人物侵权问题,请及时联系我们,我们将第一时间删除内容!",
    "信息来源:观察者网", "文|馒头", "编辑|江娱迟", "  • 文山县开化镇\n  • 宿松县二郎镇\n  • 绍兴县稽东镇\n  • 庆云县崔口镇",
    "  • sitemapsitemap1sitemap2sitemap3sitemap4", "    XML 地图 | Sitemap 地图",
    // Written after the kinds of noise on the dev set's pages (none copied from them), both scripts and English.
    "來源:某某網 時間: 2023-04-02 19:42:41 175 人看過", "更新時間:14:38 2025-06-15 HKT", "发表文章发起投票", "讀者迴響",
    "Leave a Reply", "Adjust Comment Print", "ALSO READ: Markets rally as rates hold steady", "记者王明/综合报导",
    "▲某省前副省长受贿一案今日一审宣判。(图/取自法院公众号,下同)", "圖像來源,AP", "iOS App下载Android App下载",
    "(撰稿:王明,責編:李華)", "reporter@example.com",
  ]

  /// Article paragraphs: full sentences from the seeds that cleaning leaves unchanged on their own.
  static func paragraphs(_ pipeline: Pipeline) throws -> [String] {
    var out: [String] = []
    for name in ["000_c16769ef8f58bb32.txt", "001_e7ea93caaee3ae50.txt", "002_d14935740b160875.txt"] {
      let text = try String(contentsOfFile: PackageRoot.path("Corpus/raw/\(name)"), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let p = String(line)
        guard p.unicodeScalars.count >= 30, p.hasSuffix("。") || p.hasSuffix("."), !p.hasPrefix("**") else { continue }
        if let d = try TestPipelines.run(pipeline, p).first, d.text == p { out.append(p) }
      }
    }
    return out
  }

  @Test func articleTextSurvivesNoiseGoes() throws {
    let pipeline = try DefaultPipeline.build()
    let pool = try Self.paragraphs(pipeline)
    #expect(pool.count >= 40)
    var rng = SplitMix64(seed: 20_261_122)
    var failures = 0
    for round in 0..<10_000 {
      var raw = ""
      var paragraphRanges: [Range<Int>] = []
      var used: [String] = []
      var noiseUsed: [String] = []
      var offset = 0
      for _ in 0..<(2 + Int(rng.next() % 4)) {
        for _ in 0..<Int(rng.next() % 3) {
          let n = Self.noise[Int(rng.next() % UInt64(Self.noise.count))]
          raw += n + "\n"
          offset += n.unicodeScalars.count + 1
          noiseUsed.append(n)
        }
        let p = pool[Int(rng.next() % UInt64(pool.count))]
        raw += p + "\n"
        paragraphRanges.append(offset..<(offset + p.unicodeScalars.count))
        offset += p.unicodeScalars.count + 1
        used.append(p)
      }
      guard let doc = try TestPipelines.run(pipeline, raw).first else {
        Issue.record("round \(round): nothing written")
        failures += 1
        continue
      }
      let text = doc.text
      let lines = Set(text.components(separatedBy: "\n"))
      var ok = used.allSatisfy { lines.contains($0) }
      for n in noiseUsed {
        for piece in n.split(separator: "\n") where lines.contains(piece.trimmingCharacters(in: .whitespaces)) { ok = false }
      }
      for r in doc.removed where paragraphRanges.contains(where: { $0.overlaps(r.rawStart..<r.rawEnd) }) { ok = false }
      if !ok {
        failures += 1
        if failures <= 3 { Issue.record("round \(round) failed:\n\(raw)\n→\n\(text)\nremoved: \(doc.removed.map(\.text))") }
      }
    }
    #expect(failures == 0)
  }

  /// Spaces between English words, inside English headlines and between a digit and an English unit survive
  /// the whole cleaning pipeline, and wrap joining never glues two footer lines together.
  @Test func englishSpacesSurviveAndFootersStayApart() throws {
    let pipeline = try DefaultPipeline.build()
    let text = """
      China jails nine opioid smugglers after joint operation with US
      The court in the city of Xingtai handed the smuggler a sentence of 15 years and seized 2 kg of fentanyl
      worth 3 million yuan, a spokesman said on Thursday.
      Copyright 2024 Example News. All Rights Reserved.
      Terms of Use | Privacy Policy
      """
    guard let doc = try TestPipelines.run(pipeline, text).first else {
      Issue.record("nothing written")
      return
    }
    #expect(doc.title == "China jails nine opioid smugglers after joint operation with US")
    for phrase in ["jails nine opioid smugglers", "handed the smuggler a sentence", "15 years", "2 kg", "3 million yuan",
      "fentanyl worth 3 million", "a spokesman said on Thursday."]
    {
      #expect(doc.text.contains(phrase), "\(phrase) in \(doc.text)")
    }
    // No word glued to the next (`fentanylworth`, `Reserved.Terms`).
    #expect(!doc.text.contains("fentanylworth"))
    #expect(!doc.text.contains("Reserved.Terms") && !doc.text.contains("Reserved. Terms"))
    for line in doc.text.split(separator: "\n") {
      #expect(!(line.contains("Copyright") && line.contains("Privacy")), "footer lines glued: \(line)")
    }
  }
}

/// A small deterministic random number generator (SplitMix64), so every run tests the same mixes.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

}
