import Foundation

@testable import Qingxi

/// A fake corpus written for these tests: 30 pages of one site (`site-a`) that share a header and footer
/// around a different article each, and 10 pages of another site (`site-b`) without that chrome.
enum BoilerplateFixture {
  static let chrome = (
    header: ["晨星日报 首页 本地 财经 文体 评论", "欢迎订阅晨星日报电子版"],
    footer: ["扫描二维码关注晨星日报公众号", "晨星日报客户端 随时随地看新闻"]
  )

  static let places = ["河东区", "西山镇", "南湖街道", "北岭村", "东港新区", "青石乡", "柳林县", "白沙湾", "云台山", "金水河畔"]
  static let topics = ["社区图书馆", "农贸市场", "老旧小区改造"]
  static let actions = ["正式对外开放", "完成升级改造", "迎来首批居民", "启动意见征集", "举办开放日活动"]
  static let details = ["居民可以通过线上平台预约", "工作人员在现场解答群众疑问", "相关部门表示将持续跟进", "不少市民专程赶来参观"]

  /// The paragraphs of article `i` (unique for i < 30).
  static func article(_ i: Int) -> [String] {
    let place = places[i % places.count]
    let topic = topics[i / places.count % topics.count]
    return [
      "\(place)\(topic)\(actions[i % actions.count])，\(details[i % details.count])。",
      "据介绍，\(place)的\(topic)项目由街道牵头，\(details[(i + 1) % details.count])，周边群众反映良好。",
      "\(place)负责人说，下一步将围绕\(topic)\(actions[(i + 2) % actions.count])，\(details[(i + 3) % details.count])。",
    ]
  }

  static func sitePage(_ i: Int) -> String {
    (chrome.header + article(i) + chrome.footer).joined(separator: "\n\n") + "\n"
  }

  static func otherPage(_ i: Int) -> String {
    article(i + 13).joined(separator: "\n\n") + "\n"
  }

  /// Writes the corpus under a new temporary folder and returns it.
  static func write() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("qingxi-learn-\(UUID().uuidString)")
    for (site, count, page) in [("site-a", 30, sitePage), ("site-b", 10, otherPage)] as [(String, Int, (Int) -> String)] {
      let dir = root.appendingPathComponent(site)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      for i in 0..<count {
        try page(i).write(to: dir.appendingPathComponent(String(format: "%02d.txt", i)), atomically: true, encoding: .utf8)
      }
    }
    return root
  }

  static var testOptions: BoilerplateLearner.Options {
    var o = BoilerplateLearner.Options()
    o.duplicateFilterBytes = 1 << 16
    return o
  }

  /// Learns a table from `inputs` with the default pipeline's prefix.
  static func learn(_ inputs: [String], jobs: Int = 1, options: BoilerplateLearner.Options = testOptions) throws -> BoilerplateLearner {
    let full = try DefaultPipeline.build()
    var learner = BoilerplateLearner(prefix: BoilerplateLearner.prefix(of: full), options: options)
    var source = FileDocumentSource(arguments: inputs, limits: ReadLimits(pipeline: full))
    learner.learn(from: &source, jobs: jobs, batchSize: 7)
    return learner
  }

  /// `Pipelines/nightly.yaml` with its table option pointing at `table`.
  static func nightly(table: String) throws -> Pipeline {
    let file = PackageRootPath.nightly
    let yaml = try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(of: "table: boilerplate.table", with: "table: \(table)")
    return try PipelineBuilder.build(yaml: yaml, file: file)
  }
}
