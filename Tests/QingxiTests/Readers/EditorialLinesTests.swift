import Testing

@testable import Qingxi

@Suite struct EditorialLinesTests {
  func kind(_ s: String, nearEnd: Bool = false) -> EditorialLines.Kind? {
    EditorialLines.kind(of: Array(s.unicodeScalars)[...], nearEnd: nearEnd)
  }

  @Test(arguments: [
    "（原标题：民警电话遭停机，靠拨打频次识别诈骗）", "原标题：我国集成电路进口突破3000亿美元", "【编前语】本报今起推出系列报道。",
    "[摘要：在埃洛普入主诺基亚之前，诺基亚如日中天。]", "点击进入专题：", "本文为某网授权发布，转载请注明出处。",
    "本文仅为作者观点，不代表本站立场。", "扫二维码上移动某某网", "划重点：",
  ])
  func notes(line: String) {
    #expect(kind(line) == .note)
  }

  @Test(arguments: ["图片来源：某某大奖官网", "雨游黄鹤楼照样开心。城市摄影队 周斌 摄", "▲图片来自视频截图。", "加拿大大叔（视频截图）", "某区公安分局供图"])
  func captions(line: String) {
    #expect(kind(line) == .caption)
  }

  @Test(arguments: ["澎湃新闻记者 段彦超 廖艳", "扬子晚报记者 张楠", "（实习生王某对此文亦有贡献）", "（资料来源：参考消息、海外网等）", "（责任编辑： HN666）"])
  func bylines(line: String) {
    #expect(kind(line) == .byline)
  }

  @Test func authorBioOnlyAtTheEnd() {
    #expect(kind("作者为《中国企业家》主笔，曾任记者。", nearEnd: true) == .byline)
    #expect(kind("作者为《中国企业家》主笔，曾任记者。", nearEnd: false) == nil)
  }

  @Test(arguments: [
    "记者了解到，涉事项目的名称为长沙某小区，合同约定以精装房交付。", "记者手记", "他用手机拍摄", "据介绍，全国粮食播种面积保持稳定。",
    "扫描二维码支付已经成为城市居民的日常习惯，商户也纷纷接入。",
  ])
  func prose(line: String) {
    #expect(kind(line) == nil)
  }
}
