/// The small functional lexicon of page furniture: words that name what navigation, widgets, page stamps,
/// consent banners and app promotions DO ("home", "share", "reply", "download", "privacy"), in Simplified
/// Chinese (Traditional matches through `HanFold`) and English. Never names of sites or outlets: a
/// word belongs here when it would mean the same on any news site.
enum FunctionalWords {
  /// Navigation, section and paging words.
  static let navigation: [String] = [
    "首页", "主页", "网站首页", "导航", "版面导航", "当前位置", "您的位置", "位置", "正文", "返回", "顶部", "返回顶部", "上一篇", "下一篇",
    "上一页", "下一页", "上一版", "下一版", "上一期", "下一期", "上一条", "下一条", "版面", "目录", "栏目", "频道", "搜索", "新闻搜索", "跳转",
    "主要内容", "跳转到", "菜单", "更多", "网站地图", "尾页", "末页", "往期", "新闻中心", "新闻", "资讯", "要闻", "热点", "热门", "排行",
    "推荐", "精选", "专题", "滚动", "最新", "今日", "头条",
    "home", "menu", "search", "skip", "main", "content", "navigation", "next", "previous", "prev", "back", "top", "news",
    "center", "centre", "section", "sections", "today's", "today", "latest", "trending", "popular", "page", "more", "new",
    "related", "tags", "tag", "topics",
  ]
  /// Widget and interaction words: sharing, commenting, voting, reading controls, downloads, forum buttons.
  static let widget: [String] = [
    "分享", "分享到", "转发", "收藏", "点赞", "打印", "评论", "留言", "回复", "回覆", "投票", "发表", "发起", "文章", "帖子", "贴文",
    "帖文", "本帖", "主题", "楼主", "举报", "订阅", "关注", "追踪", "下载", "安装", "扫码", "扫一扫", "二维码", "登录", "登入", "注册",
    "字号", "放大", "缩小", "默认", "听新闻", "朗读", "播放", "展开", "收起", "全文", "阅读", "阅读全文", "继续", "下滑", "上滑", "加载",
    "点击", "查看", "复制", "链接", "读者", "回响", "网友", "已锁", "锁定", "浏览", "人看过", "次浏览", "阅读量", "字体", "大中小",
    "客户端", "一键", "置顶", "精华", "赞", "踩", "顶", "关闭", "窗口", "视窗", "功能", "启用",
    "share", "shares", "print", "comment", "comments", "adjust", "reply", "replies", "leave", "subscribe", "subscription",
    "subscriptions", "notification", "notifications", "read", "also", "email", "e-mail", "download", "app", "apps", "ios",
    "android", "icon", "follow", "login", "log", "sign", "newsletter", "loading", "load", "listen", "audio", "font", "size",
    "tweet", "facebook", "twitter", "whatsapp", "linkedin", "weibo", "wechat", "copy", "link", "good", "bad", "like",
    "likes", "vote", "votes", "views", "click", "here", "expand", "close", "required", "fields", "marked", "published",
    "address", "browser", "website", "support",
  ]
  /// Page-stamp labels: source, author, editor, time, counters.
  /// (Time and date labels are left to `drop-page-metadata`, which reads them in place: `裁判日期: 2017-05-12`
  /// in a judgment header is content.)
  static let stamp: [String] = [
    "来源", "文章来源", "新闻来源", "稿源", "作者", "编辑", "责编", "责任编辑", "通讯员", "出处", "source", "editor", "author",
  ]
  /// Consent, privacy and rights words (banners and footers).
  static let legal: [String] = [
    "隐私", "隐私权", "隐私声明", "隐私政策", "同意", "规范", "条款", "声明", "版权", "版权所有", "授权", "转载", "网站", "本网站", "本网",
    "本站", "使用者", "用户协议", "cookie", "cookies", "privacy", "policy", "terms", "copyright", "rights", "reserved",
    "consent", "accept",
  ]
  /// Advertising words.
  static let advert: [String] = ["广告", "推广", "赞助", "advertisement", "advertising", "sponsored", "promoted", "ad"]

  /// English words that carry no content either way; left out of the share a lexicon covers.
  static let englishStopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "is", "are", "be", "will", "not", "your", "you",
    "we", "our", "it", "this", "that", "with", "as", "does", "do", "would", "to", "from",
  ]

  /// The stopwords as scalar values, for `isStopword`.
  private static let stopwordScalars: [[UInt32]] = englishStopwords.map { $0.unicodeScalars.map(\.value) }

  /// Whether `s[r]`, folded (lower-cased), is one of `englishStopwords`: compared scalar by scalar, no
  /// String made per word.
  static func isStopword(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    for w in stopwordScalars where w.count == r.count {
      var k = 0
      while k < w.count, FoldedLexicon.fold(s[r.lowerBound + k]).value == w[k] { k += 1 }
      if k == w.count { return true }
    }
    return false
  }

  static let all: [String] = navigation + widget + stamp + legal + advert

  /// One lexicon over every group.
  static let lexicon = FoldedLexicon(all)

  /// Words whose co-occurrence marks a consent or rights notice: at least two distinct ones on a line.
  static let legalLexicon = FoldedLexicon([
    "隐私", "隐私权", "同意", "规范", "条款", "授权", "转载", "版权", "cookie", "cookies", "privacy", "consent", "copyright",
  ])
}
