#!/usr/bin/env python3
"""Writes the web samples of Corpus/raw: two news pages in portal chrome and three texts in the legacy
encodings news still comes in. Run from anywhere: `python3 Corpus/make-web-samples.py`; the output is
byte-identical on every run (no dates, no randomness), so the goldens in Corpus/expected stay valid.

- web-portal-zh.html   Simplified: a mainland news portal page (top bar, nav, search form, breadcrumbs,
                       stamp line, share widget, tags, related list, comments box, hot-list sidebar, app
                       promotion, footer with ICP number, scripts, a hidden ad) wrapping the first article of
                       seed 000; <head> with og:title, article:published_time, canonical. UTF-8.
- web-portal-hk.html   Traditional: a Hong Kong paper's page (section nav, breadcrumbs, date line, share
                       buttons, related and most-read lists, newsletter form, footer) wrapping the article of
                       seed 004 (without its pinyin spam). Big5, declared by <meta http-equiv>.
- text-gbk.txt         the gallium-smuggling story of seed 003, GBK, no BOM, no declaration.
- text-big5.txt        the phone-scam warning (second article of seed 000) in Traditional script, Big5.
- text-utf16le.txt     the opening of seed 002, UTF-16 little-endian with a byte-order mark.

The texts are the seeds' own (hard wraps joined; Traditional by ICU's Hans-Hant transliterator, `uconv -x
Hans-Hant`), kept here as literals so that the bytes do not depend on any converter. Sites, people in the
chrome, URLs and ICP numbers are invented (example domains).
"""

import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "raw")

PORTAL_ZH = [
    "稀土公司副总向境外泄露7项国家秘密 国家安全部披露详情",
    "国家安全部 23 日发布安全提示文章。资源的开发、技术的进步、数据的流动，无不深嵌于产业链供应链这张无形的网络中。产业链供应链安全事关国家经济安全和高质量发展全局。近年来，境外间谍情报机关针对我国产业链供应链的渗透、破坏与窃密行为日益隐蔽化、专业化、体系化，对我国经济安全、科技安全与数据安全构成严重威胁。",
    "产业链供应链上谍影重重",
    "半导体技术的“内鬼泄密”。核心技术是产业链的“命门”，也是不法分子觊觎的重点目标。公开案例显示，国内某半导体企业前工程师张某，离职后违反保密义务，向境外组织非法提供核心生产工艺等商业秘密。核心技术的工艺参数、设计图纸外流，不仅会使企业数年研发投入付诸东流，还可能削弱我国在全球半导体产业链中的话语权。最终，张某受到了法律的严惩。",
    "数据资源的“寄生窃取”。数据是数字经济的血液，其供应链安全关乎产业核心竞争力。公开案例显示，国内某公司通过技术手段寄生在某电商平台系统内，日均盗取超百万条经营数据，非法牟利数千万元。这种行为并非简单的商业侵权，而是有组织、产业化的数据窃取，企图掏空平台核心商业资源、破坏健康的数据生态。最终，相关涉案人员均受到法律的严惩。",
    "关键矿产信息的“机密套取”。稀土是关乎高端制造、国防军工的战略资源，境外长期高度关注相关收储情况，千方百计获取我内部数据。公开案例显示，境外某有色金属公司通过其中方雇员叶某某，以金钱利诱国内某稀土公司副总经理成某。成某为谋私利违反规定，将其掌握的我国稀土收储品类、数量、价格等 7 项机密级国家秘密非法提供给境外。最终，叶某某、成某均受到法律的严惩。",
    "产业链供应链的“防护对策”",
    "面对严峻复杂的产业链供应链安全形势，单一环节的修补或被动响应已无法应对，应构建科学高效的防护体系。",
    "严格硬件管理。严控芯片、服务器、工控设备等关键硬件准入，实施供应商安全审查与溯源管理；全面排查禁用存在安全风险的设备，建立供应商准入与动态管理机制，防范别有用心之人在硬件中植入窃密装置、预置间谍固件。",
    "严格软件管理。强化软件、开源组件、云服务安全管控，开展代码审计与漏洞排查，防范恶意代码、后门植入。严格涉密敏感数据、核心技术、商业秘密全生命周期管理，执行最小权限、端到端加密、跨境数据安全评估，严防数据窃取、篡改或非法出境。",
    "严格人员管理。落实反间谍安全防范责任，对关键岗位人员开展背景审查与保密培训，严禁在非涉密设备上处理涉密信息。规范涉外合作、外包、外协管理，防范境外间谍情报机关通过拉拢策反、利益诱惑等方式窃取涉密敏感信息。",
    "维护产业链供应链安全，不是政府和企业的“独角戏”，而是人人有责、人人可为。全社会特别是相关行业从业者务必提高警惕，增强保密意识和法治观念，筑牢国家安全防线。如发现危害我产业链供应链安全的可疑情况，可通过 12339 国家安全机关举报受理电话、网络举报受理平台（www.12339.gov.cn）、国家安全部微信公众号举报受理渠道或直接向当地国家安全机关进行举报。",
]

PORTAL_HK = [
    "國家安全部：外包保潔員段某投靠境外情報機關 洩露3項國家機密",
    "據「國家安全部」微信公號消息，隨著經濟社會的快速發展，服務外包成為眾多單位優化資源配置、提升運營效率的重要手段。對於涉密機關、單位而言，服務外包在帶來便利的同時，也暗藏著失洩密隱患。機關、單位務必保持高度警惕，採取有效措施加以防範。",
    "外包洩密需警惕",
    "——疏於管理釀大案。部分服務外包人員因工作需要，可能長期在單位辦公，或者協助開展專項工作，存在接觸知悉國家秘密的機會，若不嚴格落實保密管理，可能引發失洩密案件。如某重要涉密單位長期將辦公樓物業管理外包給某物業服務公司運營，並未對該公司開展必要的保密監管。該公司保潔人員段某為滿足個人私慾主動聯繫境外間諜情報機關，後經指使借從事保潔服務之機，通過盜取、偷拍等方式為境外間諜情報機關提供1項機密級、2項秘密級國家秘密及其他6項情報，造成重大失洩密，危害我國家安全。",
    "——審查不嚴有隱患。個別機關、單位資質審查不嚴，將涉密工作外包給無保密資質公司，或者涉密人員由於輕信、疏忽，將涉密文件資料提供給服務人員，由此引發的失洩密案件時有發生。如有關部門在工作中發現，有網民在文庫類網站出售5份涉密文件。經查，某公司不具備涉密檔案數字化資質，騙取多個機關單位檔案管理部門信任後，承包檔案資料數字化業務。該公司員工蔣某利用工作便利，先後竊取、複製檔案資料中幾十份涉密文件並帶回家中，為謀取私利，又將其中幾份放在互聯網上出售，致使國家秘密洩露。",
    "——合圍拉攏遭攻陷。境外間諜情報機關高度關注重點安全領域企業，企圖通過釣魚郵件、網絡探掃等方式，持續不斷攻擊相關企業，並把掌握系統管理權限的運維人員作為攻擊竊密的首選目標，對我國家安全構成現實威脅。如小李是某郵件系統廠家運維人員，具備遠程管理賬號和系統管理員賬號權限，負責為客戶的郵件系統提供技術支撐。為圖方便，小李經常在個人電腦上記錄甲方客戶的賬號密碼和系統管理員賬號密碼。境外間諜情報機關利用開源情報信息鎖定了小李運維人員身份，並對小李的電腦進行了網絡攻擊，竊取了其電腦中的客戶賬號密碼信息，進而通過網絡跳板，對上千家重點要害部門郵件系統實施竊密，獲取了大量重點要害部門內部郵件數據，造成了嚴重的現實危害。",
    "國家安全機關提示",
    "服務外包中的失洩密隱患不容忽視，涉密機關、單位必須時刻保持警惕，加強管理和防範，確保國家秘密安全。",
    "——夯實責任防風險。涉密機關、單位應夯實保密管理主體責任，明確「發包」部門監管責任，簽署協議時應在外包協議中明確自身的保密監管權力和承包方的保密管理義務。應從嚴審查承包單位資質條件，特別是購買服務涉及國家秘密的，應把好資質關口、簽訂保密協議、提出保密要求。",
    "——強化監督堵漏洞。涉密機關、單位應會同承包方建立健全各項規章制度和安全操作規範，並採取切實有效的措施確保落實到位。應積極構建人防、物防、技防「三位一體」安全防護體系，多措並舉，築牢安全保密防線。應對承包單位提供服務的過程、保密制度的實行情況、服務人員的保密行為等進行監督審計，定期排查問題隱患，防範出現偏差和風險。",
    "——加強教育保安全。涉密機關、單位應落實上崗審查要求，加強對服務外包人員的背景審查，確保其具備相應的專業技能和從業資格。應關注外包服務公司對員工的管理情況，定期對外包服務人員開展保密教育培訓，提出具體保密要求，切實提升服務人員保密意識和防洩密能力，共同織密織牢安全保密防護網。",
]

TEXT_BIG5 = [
    "接到這類電話請立即掛斷",
    "4月22日，微信安全中心微信公眾號發佈一則提醒。",
    "近期，有海外用戶反饋接到自稱「騰訊客服」或「微信安全中心客服」的境外來電。不法分子謊稱用戶名下的微信賬號關聯注冊了違規公眾號，涉嫌非法募捐等，要求用戶立刻報警，否則將封禁其微信賬號；並以「海外報警不便」為由，主動提出「內部轉接公安局」，進而實施下一步詐騙。",
    "詐騙套路解析",
    "偽裝身份 套號來電",
    "不法分子通過改號軟件偽裝成騰訊官方客服號碼，實際並非微信官方來電。",
    "精准施壓 製造恐慌",
    "不法分子精准報出用戶姓名、海外手機號等隱私信息以獲取初步信任，隨後謊稱其名下關聯微信賬號存在嚴重違規，威脅將限制或封禁其賬號，利用用戶對社交賬號的依賴製造恐慌情緒。",
    "利用痛點 誘導操作",
    "不法分子強調「海外報警流程複雜」，主動提出「內部轉接公安局」「協助辦理線上筆錄」；後續以各種理由逐步索要用戶個人信息、銀行賬戶信息及驗證碼，直至要求轉賬。",
    "微信官方聲明",
    "官方客服不會主動外呼國際電話",
    "微信官方400客服熱線僅為全國統一服務熱線，從未開放主動外呼國際業務；因此，任何主動致電海外用戶並聲稱賬號違規、涉嫌違法的來電，均非微信官方來電。",
    "處置違規賬號無電話預警",
    "微信賬號若存在違規行為，僅通過微信客戶端內的系統通知或處罰彈窗告知，不會通過電話提前預警或通知。",
    "絕不索要敏感信息",
    "微信官方客服絕不會通過電話索要密碼、驗證碼、銀行卡號、支付密碼，更不會要求轉賬、匯款，或進行所謂的「資金核查」「線上筆錄、錄音錄像」。",
    "不會轉接公安、辦案",
    "微信團隊無權限也不會協助轉接任何公檢法機關電話。凡聲稱可「協助轉接公安機關」的來電，均為詐騙。",
    "接到此類電話，請立即掛斷，不要回答任何問題，不要提供任何個人信息，也不要按對方指令進行任何操作。",
]

TEXT_GBK = [
    "国家安全机关处置一起企图偷运金属镓出境案件",
    "稀有金属镓因在芯片、光纤、新能源电池等行业中的重要作用被称为“半导体工业新粮食”。为保证镓的战略储备需要，2023年7月3日，我国商务部、海关总署发布公告，将镓列为出口管制物项，并于当年8月1日正式实施。近期，国家安全机关会同有关部门处置了一起境内外人员为谋私利，相互勾结，企图将镓偷运出境的案件。",
    "境内外勾连意图偷运出境",
    "国家安全机关接到举报，境外人员杜某欲将国家管制物项携带出境，国家安全机关干警及时赶到将其制止，在其随身行李中查获1个装有金属镓的瓶子。",
    "国家安全机关工作发现，杜某确不知晓瓶内物品为管制物项金属镓，是受国内某金属材料公司人员汤某所托，将其放置随身行李物品中携带出境。鉴于涉及数量少，且未造成实质危害，国家安全机关依法对杜某进行批评教育，并告知我国出口管制物项相关法律规定。",
    "国家安全机关依法处置",
    "国家安全机关随即对国内人员汤某及其公司开展调查，发现2024年初，国内某金属材料公司人员汤某受境外人员范某指使，在国内采购金属镓并运送出境。汤某明知镓为我国管制物项，但利益诱惑之下，决定铤而走险，为规避监管，汤某将装有金属镓的瓶子转交给境外人员杜某，委托杜某携带出境转交范某。针对以上情况，国家安全机关会同有关部门开展了联合执法活动，涉事企业和有关责任人员受到了法律追究。",
    "镓在半导体材料、新能源、军工行业等领域有着广泛的应用。在当前深刻变革的国际形势下，类似镓等稀有金属是我国发展的重要战略资源，是支撑能源转型、技术进步和产业升级的关键物质基础，事关国家发展和安全。",
    "近年来，国家安全机关践行总体国家安全观，坚决维护关键矿产资源安全，严格防范并依法打击境外间谍情报机关及其代理人对我关键矿产资源，特别是对战略性关键矿产资源的情报窃密活动。",
]

TEXT_UTF16 = [
    "严查泄密:稀土禁令后,多名专家神秘离职,此前已有多起泄密事件",
    "前言",
    "稀土这种物质,就算不了解的人也知道其蕴含的意义。",
    "这种被称为“工业维生素”的工业原料,是现代高科技产业和国防军工不可或缺的战略资源。",
    "而中国作为全球稀土供应链的核心国家,不仅拥有丰富的稀土储量,更掌握着从开采到精炼的全链条技术优势。",
    "然而近年来在实施稀土技术出口管制的同时,国内稀土行业接连发生技术泄密事件。",
    "尤其是在稀土禁令发布后,多名稀土专家神秘离职,去向堪忧。",
    "为防止稀土机密外泄,我国紧急收集人员名单,谨防泄密事件的发生。",
    "离职的背后",
    "2023年底,中国商务部和科技部联合发布《中国禁止出口限制出口技术目录》,将稀土萃取分离工艺、稀土金属及合金生产技术等关键技术列入禁止出口名单。",
    "在今年的4月,中国进一步对钐、钆、铽等7类中重稀土相关物项实施出口管制,直接冲击全球供应链。",
    "这些举措旨在保护中国在稀土加工领域的绝对优势,中国控制着全球92%的稀土精炼产能,其分离技术能将化学性质相近的稀土元素高效提纯。",
    "而西方国家因长期依赖中国供应,技术积累严重不足。",
    "但在禁令颁布后,稀土行业人事变动频繁。",
    "中国稀土集团资源科技股份有限公司副总经理廖春生于2025年4月辞职,网传其加入加拿大某实验室。",
    "而且就在前几天,董事长杨国安、董事董贤庭等3人也因“工作原因”离职。",
    "盛和资源董事长颜世强亦于2024年7月离职,转投中国地质科学院。",
    "这些掌握稀土冶炼、分离技术的专家离职后,部分出现在越南、加拿大等国的科研机构,直接服务于西方重建稀土产业链的战略目标。",
    "中国对稀土技术和资源出口的限制,是基于自身资源保护与产业安全的合理考量。",
    "过去长期以低价供应全球,中国的稀土资源与技术优势并未得到充分回报,且在国际市场上面临诸多不合理的指责与压力。",
    "如今加强管控,旨在重塑全球稀土产业秩序,掌握自身资源的主导权。",
    "而部分专家的离职,无论是否存在泄密风险,都为中国稀土行业的人才管理敲响了警钟。",
    "在国际竞争日益激烈的当下,如何留住关键人才,保护核心技术,是亟待解决的问题。",
]


def paragraphs(paras, heading_tag="h2", start=1):
    """Paragraphs as <p>, short lines without sentence punctuation as sub-headings."""
    out = []
    for p in paras[start:]:
        if len(p) <= 20 and not p.endswith(("。", "！", "？")):
            out.append(f"<{heading_tag}>{html.escape(p)}</{heading_tag}>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n      ".join(out)


def links(items, href):
    return "\n".join(f'        <li><a href="{href}{i + 1}.html">{html.escape(t)}</a></li>' for i, t in enumerate(items))


def portal_zh():
    title = PORTAL_ZH[0]
    related = [
        "国家安全机关破获一起为境外刺探稀土情报案",
        "外包保洁员窃取国家秘密 国家安全部披露案情",
        "关键矿产出口管制新规今起施行",
        "警惕！境外间谍盯上这些行业从业者",
        "2025年全民国家安全教育日主题发布",
    ]
    hot = [
        "多地发布高温预警 部分地区最高气温超40℃",
        "全国铁路今日起实行新运行图",
        "央行：保持流动性合理充裕",
        "新能源汽车下乡活动启动",
        "国产大飞机完成新一轮试飞",
        "暑期文旅消费热度攀升",
    ]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_国内新闻_华夏在线</title>
<meta name="keywords" content="稀土,国家秘密,国家安全部,产业链,供应链">
<meta name="description" content="国家安全部发布安全提示文章，披露半导体、数据、稀土等领域窃密案例。">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="华夏在线">
<meta property="og:url" content="https://news.huaxia-online.example/2025/04/23/c16769ef.html">
<meta property="article:published_time" content="2025-04-23T10:12:00+08:00">
<link rel="canonical" href="https://news.huaxia-online.example/2025/04/23/c16769ef.html">
<link rel="stylesheet" href="/static/css/article.min.css">
<style>.hidden-ad{{display:none}} .share a{{margin:0 4px}}</style>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "https://stat.example/hm.js"; document.head.appendChild(hm); }})();</script>
</head>
<body>
<div class="top-bar">
  <div class="wrap"><a href="/login">登录</a> | <a href="/register">注册</a> | <a href="/m/">手机版</a> | <a href="/app/">客户端下载</a></div>
</div>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="华夏在线"></a></div>
  <nav class="main-nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/news/">新闻</a></li>
      <li><a href="/news/china/">国内</a></li>
      <li><a href="/news/world/">国际</a></li>
      <li><a href="/finance/">财经</a></li>
      <li><a href="/tech/">科技</a></li>
      <li><a href="/sports/">体育</a></li>
      <li><a href="/ent/">娱乐</a></li>
      <li><a href="/law/">法治</a></li>
      <li><a href="/video/">视频</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="text" name="q" placeholder="搜索新闻"><button type="submit">搜索</button></form>
</header>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/china/">国内新闻</a> &gt; 正文</div>
<div class="container">
  <div class="main-col">
    <article class="article">
      <h1 class="article-title">{title}</h1>
      <div class="article-info">
        <span class="time">2025-04-23 10:12</span>
        <span class="source">来源：央视新闻客户端</span>
        <span class="editor">编辑：王晓明</span>
      </div>
      <div class="share">分享到：<a href="#wechat">微信</a><a href="#weibo">微博</a><a href="#qzone">QQ空间</a><a href="#copy">复制链接</a></div>
      <div class="article-content">
      {paragraphs(PORTAL_ZH, "h3")}
      <p class="article-editor">（责任编辑：王晓明）</p>
      </div>
      <div class="article-tags">标签：<a href="/tag/稀土">稀土</a> <a href="/tag/国家安全">国家安全</a> <a href="/tag/保密">保密</a></div>
      <div class="hidden-ad">【广告】稀土投资理财 年化收益15%</div>
    </article>
    <section class="related">
      <h2>相关新闻</h2>
      <ul>
{links(related, "/news/china/2025/04/r")}
      </ul>
    </section>
    <section class="comments">
      <h2>网友评论</h2>
      <p class="count">已有0条评论，<a href="/comments/c16769ef">查看全部</a></p>
      <form class="comment-form"><textarea name="c" placeholder="文明上网，理性发言"></textarea><button>发表评论</button></form>
    </section>
  </div>
  <aside class="sidebar">
    <div class="hot">
      <h2>热点排行</h2>
      <ol>
{links(hot, "/news/hot/h")}
      </ol>
    </div>
    <div class="app-promo"><img src="/static/img/qr.png" alt="二维码"><p>扫码下载华夏在线客户端，随时随地看新闻</p></div>
  </aside>
</div>
<footer class="site-footer">
  <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ads/">广告服务</a> | <a href="/sitemap/">网站地图</a> | <a href="/copyright/">版权声明</a></p>
  <p>Copyright © 2025 华夏在线 版权所有 京ICP备00000000号-1 京公网安备11000002000000号</p>
  <p>违法和不良信息举报电话：010-00000000 举报邮箱：jubao@huaxia-online.example</p>
</footer>
<script src="/static/js/article.min.js"></script>
</body>
</html>
"""


def portal_hk():
    title = PORTAL_HK[0]
    related = ["國安部披露稀土公司副總洩密案", "內地公布多宗危害國家安全典型案例", "保密法修訂後首宗案件宣判"]
    most_read = ["天文台：明日酷熱 最高氣溫34度", "港鐵新線下月通車", "恆指半日升320點", "本港新增一宗輸入個案"]
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title}｜中國｜港島日報</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="港島日報">
<meta property="og:url" content="https://www.islanddaily.example/china/20250331/778aeec8">
<meta property="article:published_time" content="2025-03-31T12:31:00+08:00">
<meta name="author" content="港島日報記者">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2025-03-31T12:31:00+08:00"}}</script>
</head>
<body>
<div id="masthead">
  <a class="brand" href="/">港島日報</a>
  <ul class="sections">
    <li><a href="/hk/">港聞</a></li><li><a href="/china/">中國</a></li><li><a href="/world/">國際</a></li>
    <li><a href="/finance/">財經</a></li><li><a href="/sports/">體育</a></li><li><a href="/ent/">娛樂</a></li><li><a href="/supplement/">副刊</a></li>
  </ul>
  <a class="subscribe" href="/subscribe/">訂閱</a> <a class="login" href="/login/">登入</a>
</div>
<div class="crumbs"><a href="/">主頁</a> &gt; <a href="/china/">中國</a> &gt; 正文</div>
<main>
  <div class="story">
    <h1>{title}</h1>
    <div class="dateline">2025年3月31日 星期一 12:31　　港島日報</div>
    <div class="share-bar" aria-label="分享">分享：<a href="#fb">Facebook</a> <a href="#wa">WhatsApp</a> <a href="#tg">Telegram</a> <a href="#print">列印</a></div>
    <div class="story-body">
      {paragraphs(PORTAL_HK, "h3")}
    </div>
    <p class="story-tags">標籤：<a href="/tag/國家安全">國家安全</a> <a href="/tag/保密">保密</a></p>
    <div class="newsletter"><p>訂閱港島日報電子報，每日掌握最新資訊</p><form><input type="email" placeholder="電郵地址"><button>訂閱</button></form></div>
  </div>
  <div class="more">
    <h2>相關新聞</h2>
    <ul>
{links(related, "/china/20250331/r")}
    </ul>
    <h2>最多人閱讀</h2>
    <ol>
{links(most_read, "/hk/top/t")}
    </ol>
  </div>
  <div class="cookie" hidden>本網站使用Cookies以提升閣下的瀏覽體驗。</div>
</main>
<footer>
  <p><a href="/about/">關於我們</a>｜<a href="/privacy/">私隱政策</a>｜<a href="/terms/">使用條款</a>｜<a href="/contact/">聯絡我們</a></p>
  <p>&copy; 2025 港島傳媒有限公司 版權所有，不得轉載。</p>
</footer>
</body>
</html>
"""


def text(paras):
    return "\n\n".join(paras) + "\n"


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    write("web-portal-zh.html", portal_zh().encode("utf-8"))
    write("web-portal-hk.html", portal_hk().encode("big5"))
    write("text-gbk.txt", text(TEXT_GBK).encode("gbk"))
    write("text-big5.txt", text(TEXT_BIG5).encode("big5"))
    write("text-utf16le.txt", b"\xff\xfe" + text(TEXT_UTF16).encode("utf-16-le"))


if __name__ == "__main__":
    main()
