// China's provincial-level divisions (34) and all prefecture-level divisions (333: 293 prefecture-level
// cities, 30 autonomous prefectures, 7 地区 prefectures, 3 盟 leagues) as of 2024.
// Sources: the national administrative division code list (GB/T 2260 / 民政部 行政区划代码), with the
// 2019 merger of 莱芜市 into 济南市 and the 2017 change of 那曲地区 to 那曲市 applied.
// Pinyin is toneless, lowercase, without spaces or apostrophes ("xian" for 西安, "jian" for 吉安);
// 陕西 is "shaanxi" and 山西 is "shanxi" as is conventional in English.
extension Gazetteer {
  /// One line per division, tab separated:
  /// - `P<TAB>full name<TAB>short name<TAB>pinyin[<TAB>English name[|English name 2]]`
  /// - `C<TAB>province full name<TAB>city full name<TAB>short name<TAB>pinyin[<TAB>English name[|...]]`
  ///
  /// The optional English column holds only standard English names that differ from the plain pinyin.
  static let table: String = #"""
P	北京市	北京	beijing
P	天津市	天津	tianjin
P	河北省	河北	hebei
P	山西省	山西	shanxi
P	内蒙古自治区	内蒙古	neimenggu	Inner Mongolia
P	辽宁省	辽宁	liaoning
P	吉林省	吉林	jilin
P	黑龙江省	黑龙江	heilongjiang
P	上海市	上海	shanghai
P	江苏省	江苏	jiangsu
P	浙江省	浙江	zhejiang
P	安徽省	安徽	anhui
P	福建省	福建	fujian
P	江西省	江西	jiangxi
P	山东省	山东	shandong
P	河南省	河南	henan
P	湖北省	湖北	hubei
P	湖南省	湖南	hunan
P	广东省	广东	guangdong
P	广西壮族自治区	广西	guangxi
P	海南省	海南	hainan
P	重庆市	重庆	chongqing
P	四川省	四川	sichuan
P	贵州省	贵州	guizhou
P	云南省	云南	yunnan
P	西藏自治区	西藏	xizang	Tibet
P	陕西省	陕西	shaanxi
P	甘肃省	甘肃	gansu
P	青海省	青海	qinghai
P	宁夏回族自治区	宁夏	ningxia
P	新疆维吾尔自治区	新疆	xinjiang
P	台湾省	台湾	taiwan
P	香港特别行政区	香港	xianggang	Hong Kong
P	澳门特别行政区	澳门	aomen	Macao|Macau
C	河北省	石家庄市	石家庄	shijiazhuang
C	河北省	唐山市	唐山	tangshan
C	河北省	秦皇岛市	秦皇岛	qinhuangdao
C	河北省	邯郸市	邯郸	handan
C	河北省	邢台市	邢台	xingtai
C	河北省	保定市	保定	baoding
C	河北省	张家口市	张家口	zhangjiakou
C	河北省	承德市	承德	chengde
C	河北省	沧州市	沧州	cangzhou
C	河北省	廊坊市	廊坊	langfang
C	河北省	衡水市	衡水	hengshui
C	山西省	太原市	太原	taiyuan
C	山西省	大同市	大同	datong
C	山西省	阳泉市	阳泉	yangquan
C	山西省	长治市	长治	changzhi
C	山西省	晋城市	晋城	jincheng
C	山西省	朔州市	朔州	shuozhou
C	山西省	晋中市	晋中	jinzhong
C	山西省	运城市	运城	yuncheng
C	山西省	忻州市	忻州	xinzhou
C	山西省	临汾市	临汾	linfen
C	山西省	吕梁市	吕梁	lvliang
C	内蒙古自治区	呼和浩特市	呼和浩特	huhehaote	Hohhot
C	内蒙古自治区	包头市	包头	baotou
C	内蒙古自治区	乌海市	乌海	wuhai
C	内蒙古自治区	赤峰市	赤峰	chifeng
C	内蒙古自治区	通辽市	通辽	tongliao
C	内蒙古自治区	鄂尔多斯市	鄂尔多斯	eerduosi	Ordos
C	内蒙古自治区	呼伦贝尔市	呼伦贝尔	hulunbeier	Hulunbuir
C	内蒙古自治区	巴彦淖尔市	巴彦淖尔	bayannaoer	Bayannur
C	内蒙古自治区	乌兰察布市	乌兰察布	wulanchabu	Ulanqab
C	内蒙古自治区	兴安盟	兴安	xingan	Hinggan
C	内蒙古自治区	锡林郭勒盟	锡林郭勒	xilinguole	Xilingol
C	内蒙古自治区	阿拉善盟	阿拉善	alashan	Alxa
C	辽宁省	沈阳市	沈阳	shenyang
C	辽宁省	大连市	大连	dalian
C	辽宁省	鞍山市	鞍山	anshan
C	辽宁省	抚顺市	抚顺	fushun
C	辽宁省	本溪市	本溪	benxi
C	辽宁省	丹东市	丹东	dandong
C	辽宁省	锦州市	锦州	jinzhou
C	辽宁省	营口市	营口	yingkou
C	辽宁省	阜新市	阜新	fuxin
C	辽宁省	辽阳市	辽阳	liaoyang
C	辽宁省	盘锦市	盘锦	panjin
C	辽宁省	铁岭市	铁岭	tieling
C	辽宁省	朝阳市	朝阳	chaoyang
C	辽宁省	葫芦岛市	葫芦岛	huludao
C	吉林省	长春市	长春	changchun
C	吉林省	吉林市	吉林	jilin
C	吉林省	四平市	四平	siping
C	吉林省	辽源市	辽源	liaoyuan
C	吉林省	通化市	通化	tonghua
C	吉林省	白山市	白山	baishan
C	吉林省	松原市	松原	songyuan
C	吉林省	白城市	白城	baicheng
C	吉林省	延边朝鲜族自治州	延边	yanbian
C	黑龙江省	哈尔滨市	哈尔滨	haerbin	Harbin
C	黑龙江省	齐齐哈尔市	齐齐哈尔	qiqihaer	Qiqihar
C	黑龙江省	鸡西市	鸡西	jixi
C	黑龙江省	鹤岗市	鹤岗	hegang
C	黑龙江省	双鸭山市	双鸭山	shuangyashan
C	黑龙江省	大庆市	大庆	daqing
C	黑龙江省	伊春市	伊春	yichun
C	黑龙江省	佳木斯市	佳木斯	jiamusi
C	黑龙江省	七台河市	七台河	qitaihe
C	黑龙江省	牡丹江市	牡丹江	mudanjiang
C	黑龙江省	黑河市	黑河	heihe
C	黑龙江省	绥化市	绥化	suihua
C	黑龙江省	大兴安岭地区	大兴安岭	daxinganling	Da Hinggan Ling|Greater Khingan
C	江苏省	南京市	南京	nanjing
C	江苏省	无锡市	无锡	wuxi
C	江苏省	徐州市	徐州	xuzhou
C	江苏省	常州市	常州	changzhou
C	江苏省	苏州市	苏州	suzhou
C	江苏省	南通市	南通	nantong
C	江苏省	连云港市	连云港	lianyungang
C	江苏省	淮安市	淮安	huaian
C	江苏省	盐城市	盐城	yancheng
C	江苏省	扬州市	扬州	yangzhou
C	江苏省	镇江市	镇江	zhenjiang
C	江苏省	泰州市	泰州	taizhou
C	江苏省	宿迁市	宿迁	suqian
C	浙江省	杭州市	杭州	hangzhou
C	浙江省	宁波市	宁波	ningbo
C	浙江省	温州市	温州	wenzhou
C	浙江省	嘉兴市	嘉兴	jiaxing
C	浙江省	湖州市	湖州	huzhou
C	浙江省	绍兴市	绍兴	shaoxing
C	浙江省	金华市	金华	jinhua
C	浙江省	衢州市	衢州	quzhou
C	浙江省	舟山市	舟山	zhoushan
C	浙江省	台州市	台州	taizhou
C	浙江省	丽水市	丽水	lishui
C	安徽省	合肥市	合肥	hefei
C	安徽省	芜湖市	芜湖	wuhu
C	安徽省	蚌埠市	蚌埠	bengbu
C	安徽省	淮南市	淮南	huainan
C	安徽省	马鞍山市	马鞍山	maanshan
C	安徽省	淮北市	淮北	huaibei
C	安徽省	铜陵市	铜陵	tongling
C	安徽省	安庆市	安庆	anqing
C	安徽省	黄山市	黄山	huangshan
C	安徽省	滁州市	滁州	chuzhou
C	安徽省	阜阳市	阜阳	fuyang
C	安徽省	宿州市	宿州	suzhou
C	安徽省	六安市	六安	luan
C	安徽省	亳州市	亳州	bozhou
C	安徽省	池州市	池州	chizhou
C	安徽省	宣城市	宣城	xuancheng
C	福建省	福州市	福州	fuzhou
C	福建省	厦门市	厦门	xiamen
C	福建省	莆田市	莆田	putian
C	福建省	三明市	三明	sanming
C	福建省	泉州市	泉州	quanzhou
C	福建省	漳州市	漳州	zhangzhou
C	福建省	南平市	南平	nanping
C	福建省	龙岩市	龙岩	longyan
C	福建省	宁德市	宁德	ningde
C	江西省	南昌市	南昌	nanchang
C	江西省	景德镇市	景德镇	jingdezhen
C	江西省	萍乡市	萍乡	pingxiang
C	江西省	九江市	九江	jiujiang
C	江西省	新余市	新余	xinyu
C	江西省	鹰潭市	鹰潭	yingtan
C	江西省	赣州市	赣州	ganzhou
C	江西省	吉安市	吉安	jian
C	江西省	宜春市	宜春	yichun
C	江西省	抚州市	抚州	fuzhou
C	江西省	上饶市	上饶	shangrao
C	山东省	济南市	济南	jinan
C	山东省	青岛市	青岛	qingdao
C	山东省	淄博市	淄博	zibo
C	山东省	枣庄市	枣庄	zaozhuang
C	山东省	东营市	东营	dongying
C	山东省	烟台市	烟台	yantai
C	山东省	潍坊市	潍坊	weifang
C	山东省	济宁市	济宁	jining
C	山东省	泰安市	泰安	taian
C	山东省	威海市	威海	weihai
C	山东省	日照市	日照	rizhao
C	山东省	临沂市	临沂	linyi
C	山东省	德州市	德州	dezhou
C	山东省	聊城市	聊城	liaocheng
C	山东省	滨州市	滨州	binzhou
C	山东省	菏泽市	菏泽	heze
C	河南省	郑州市	郑州	zhengzhou
C	河南省	开封市	开封	kaifeng
C	河南省	洛阳市	洛阳	luoyang
C	河南省	平顶山市	平顶山	pingdingshan
C	河南省	安阳市	安阳	anyang
C	河南省	鹤壁市	鹤壁	hebi
C	河南省	新乡市	新乡	xinxiang
C	河南省	焦作市	焦作	jiaozuo
C	河南省	濮阳市	濮阳	puyang
C	河南省	许昌市	许昌	xuchang
C	河南省	漯河市	漯河	luohe
C	河南省	三门峡市	三门峡	sanmenxia
C	河南省	南阳市	南阳	nanyang
C	河南省	商丘市	商丘	shangqiu
C	河南省	信阳市	信阳	xinyang
C	河南省	周口市	周口	zhoukou
C	河南省	驻马店市	驻马店	zhumadian
C	湖北省	武汉市	武汉	wuhan
C	湖北省	黄石市	黄石	huangshi
C	湖北省	十堰市	十堰	shiyan
C	湖北省	宜昌市	宜昌	yichang
C	湖北省	襄阳市	襄阳	xiangyang
C	湖北省	鄂州市	鄂州	ezhou
C	湖北省	荆门市	荆门	jingmen
C	湖北省	孝感市	孝感	xiaogan
C	湖北省	荆州市	荆州	jingzhou
C	湖北省	黄冈市	黄冈	huanggang
C	湖北省	咸宁市	咸宁	xianning
C	湖北省	随州市	随州	suizhou
C	湖北省	恩施土家族苗族自治州	恩施	enshi
C	湖南省	长沙市	长沙	changsha
C	湖南省	株洲市	株洲	zhuzhou
C	湖南省	湘潭市	湘潭	xiangtan
C	湖南省	衡阳市	衡阳	hengyang
C	湖南省	邵阳市	邵阳	shaoyang
C	湖南省	岳阳市	岳阳	yueyang
C	湖南省	常德市	常德	changde
C	湖南省	张家界市	张家界	zhangjiajie
C	湖南省	益阳市	益阳	yiyang
C	湖南省	郴州市	郴州	chenzhou
C	湖南省	永州市	永州	yongzhou
C	湖南省	怀化市	怀化	huaihua
C	湖南省	娄底市	娄底	loudi
C	湖南省	湘西土家族苗族自治州	湘西	xiangxi
C	广东省	广州市	广州	guangzhou
C	广东省	韶关市	韶关	shaoguan
C	广东省	深圳市	深圳	shenzhen
C	广东省	珠海市	珠海	zhuhai
C	广东省	汕头市	汕头	shantou
C	广东省	佛山市	佛山	foshan
C	广东省	江门市	江门	jiangmen
C	广东省	湛江市	湛江	zhanjiang
C	广东省	茂名市	茂名	maoming
C	广东省	肇庆市	肇庆	zhaoqing
C	广东省	惠州市	惠州	huizhou
C	广东省	梅州市	梅州	meizhou
C	广东省	汕尾市	汕尾	shanwei
C	广东省	河源市	河源	heyuan
C	广东省	阳江市	阳江	yangjiang
C	广东省	清远市	清远	qingyuan
C	广东省	东莞市	东莞	dongguan
C	广东省	中山市	中山	zhongshan
C	广东省	潮州市	潮州	chaozhou
C	广东省	揭阳市	揭阳	jieyang
C	广东省	云浮市	云浮	yunfu
C	广西壮族自治区	南宁市	南宁	nanning
C	广西壮族自治区	柳州市	柳州	liuzhou
C	广西壮族自治区	桂林市	桂林	guilin
C	广西壮族自治区	梧州市	梧州	wuzhou
C	广西壮族自治区	北海市	北海	beihai
C	广西壮族自治区	防城港市	防城港	fangchenggang
C	广西壮族自治区	钦州市	钦州	qinzhou
C	广西壮族自治区	贵港市	贵港	guigang
C	广西壮族自治区	玉林市	玉林	yulin
C	广西壮族自治区	百色市	百色	baise
C	广西壮族自治区	贺州市	贺州	hezhou
C	广西壮族自治区	河池市	河池	hechi
C	广西壮族自治区	来宾市	来宾	laibin
C	广西壮族自治区	崇左市	崇左	chongzuo
C	海南省	海口市	海口	haikou
C	海南省	三亚市	三亚	sanya
C	海南省	三沙市	三沙	sansha
C	海南省	儋州市	儋州	danzhou
C	四川省	成都市	成都	chengdu
C	四川省	自贡市	自贡	zigong
C	四川省	攀枝花市	攀枝花	panzhihua
C	四川省	泸州市	泸州	luzhou
C	四川省	德阳市	德阳	deyang
C	四川省	绵阳市	绵阳	mianyang
C	四川省	广元市	广元	guangyuan
C	四川省	遂宁市	遂宁	suining
C	四川省	内江市	内江	neijiang
C	四川省	乐山市	乐山	leshan
C	四川省	南充市	南充	nanchong
C	四川省	眉山市	眉山	meishan
C	四川省	宜宾市	宜宾	yibin
C	四川省	广安市	广安	guangan
C	四川省	达州市	达州	dazhou
C	四川省	雅安市	雅安	yaan
C	四川省	巴中市	巴中	bazhong
C	四川省	资阳市	资阳	ziyang
C	四川省	阿坝藏族羌族自治州	阿坝	aba	Ngawa
C	四川省	甘孜藏族自治州	甘孜	ganzi	Garze
C	四川省	凉山彝族自治州	凉山	liangshan
C	贵州省	贵阳市	贵阳	guiyang
C	贵州省	六盘水市	六盘水	liupanshui
C	贵州省	遵义市	遵义	zunyi
C	贵州省	安顺市	安顺	anshun
C	贵州省	毕节市	毕节	bijie
C	贵州省	铜仁市	铜仁	tongren
C	贵州省	黔西南布依族苗族自治州	黔西南	qianxinan
C	贵州省	黔东南苗族侗族自治州	黔东南	qiandongnan
C	贵州省	黔南布依族苗族自治州	黔南	qiannan
C	云南省	昆明市	昆明	kunming
C	云南省	曲靖市	曲靖	qujing
C	云南省	玉溪市	玉溪	yuxi
C	云南省	保山市	保山	baoshan
C	云南省	昭通市	昭通	zhaotong
C	云南省	丽江市	丽江	lijiang
C	云南省	普洱市	普洱	puer
C	云南省	临沧市	临沧	lincang
C	云南省	楚雄彝族自治州	楚雄	chuxiong
C	云南省	红河哈尼族彝族自治州	红河	honghe
C	云南省	文山壮族苗族自治州	文山	wenshan
C	云南省	西双版纳傣族自治州	西双版纳	xishuangbanna
C	云南省	大理白族自治州	大理	dali
C	云南省	德宏傣族景颇族自治州	德宏	dehong
C	云南省	怒江傈僳族自治州	怒江	nujiang
C	云南省	迪庆藏族自治州	迪庆	diqing
C	西藏自治区	拉萨市	拉萨	lasa	Lhasa
C	西藏自治区	日喀则市	日喀则	rikaze	Shigatse|Xigaze
C	西藏自治区	昌都市	昌都	changdu	Qamdo|Chamdo
C	西藏自治区	林芝市	林芝	linzhi	Nyingchi
C	西藏自治区	山南市	山南	shannan
C	西藏自治区	那曲市	那曲	naqu	Nagqu
C	西藏自治区	阿里地区	阿里	ali	Ngari
C	陕西省	西安市	西安	xian
C	陕西省	铜川市	铜川	tongchuan
C	陕西省	宝鸡市	宝鸡	baoji
C	陕西省	咸阳市	咸阳	xianyang
C	陕西省	渭南市	渭南	weinan
C	陕西省	延安市	延安	yanan
C	陕西省	汉中市	汉中	hanzhong
C	陕西省	榆林市	榆林	yulin
C	陕西省	安康市	安康	ankang
C	陕西省	商洛市	商洛	shangluo
C	甘肃省	兰州市	兰州	lanzhou
C	甘肃省	嘉峪关市	嘉峪关	jiayuguan
C	甘肃省	金昌市	金昌	jinchang
C	甘肃省	白银市	白银	baiyin
C	甘肃省	天水市	天水	tianshui
C	甘肃省	武威市	武威	wuwei
C	甘肃省	张掖市	张掖	zhangye
C	甘肃省	平凉市	平凉	pingliang
C	甘肃省	酒泉市	酒泉	jiuquan
C	甘肃省	庆阳市	庆阳	qingyang
C	甘肃省	定西市	定西	dingxi
C	甘肃省	陇南市	陇南	longnan
C	甘肃省	临夏回族自治州	临夏	linxia
C	甘肃省	甘南藏族自治州	甘南	gannan
C	青海省	西宁市	西宁	xining
C	青海省	海东市	海东	haidong
C	青海省	海北藏族自治州	海北	haibei
C	青海省	黄南藏族自治州	黄南	huangnan
C	青海省	海南藏族自治州	海南	hainan
C	青海省	果洛藏族自治州	果洛	guoluo	Golog
C	青海省	玉树藏族自治州	玉树	yushu
C	青海省	海西蒙古族藏族自治州	海西	haixi
C	宁夏回族自治区	银川市	银川	yinchuan
C	宁夏回族自治区	石嘴山市	石嘴山	shizuishan
C	宁夏回族自治区	吴忠市	吴忠	wuzhong
C	宁夏回族自治区	固原市	固原	guyuan
C	宁夏回族自治区	中卫市	中卫	zhongwei
C	新疆维吾尔自治区	乌鲁木齐市	乌鲁木齐	wulumuqi	Urumqi
C	新疆维吾尔自治区	克拉玛依市	克拉玛依	kelamayi	Karamay
C	新疆维吾尔自治区	吐鲁番市	吐鲁番	tulufan	Turpan
C	新疆维吾尔自治区	哈密市	哈密	hami
C	新疆维吾尔自治区	昌吉回族自治州	昌吉	changji
C	新疆维吾尔自治区	博尔塔拉蒙古自治州	博尔塔拉	boertala	Bortala
C	新疆维吾尔自治区	巴音郭楞蒙古自治州	巴音郭楞	bayinguoleng	Bayingolin
C	新疆维吾尔自治区	阿克苏地区	阿克苏	akesu	Aksu
C	新疆维吾尔自治区	克孜勒苏柯尔克孜自治州	克孜勒苏	kezilesu	Kizilsu
C	新疆维吾尔自治区	喀什地区	喀什	kashi	Kashgar
C	新疆维吾尔自治区	和田地区	和田	hetian	Hotan
C	新疆维吾尔自治区	伊犁哈萨克自治州	伊犁	yili	Ili
C	新疆维吾尔自治区	塔城地区	塔城	tacheng
C	新疆维吾尔自治区	阿勒泰地区	阿勒泰	aletai	Altay
"""#
}
