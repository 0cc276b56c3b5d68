"""Word tables for Chinese key figures: numerals, units, classifiers, nouns and context words."""

from __future__ import annotations

#: Chinese digits; 两 is 2 before a classifier or scale.
DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9,
}
#: Multipliers inside a section: 十 百 千.
SMALL_SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
#: Scales that close a section: 万 and 亿 (万亿 is 1e12).
BIG_SCALES: dict[str, float] = {"万": 1e4, "亿": 1e8, "兆": 1e12}
#: Every numeral character.
NUMERAL_CHARS = "".join(DIGITS) + "十百千万亿"

# Kinds of unit, each a tag the scanner dispatches on.
MONEY, PERCENT, BASIS, CHENG, QUANTITY, DURATION, AGE = (
    "money", "percent", "basis", "cheng", "quantity", "duration", "age")
PERMILLE = "permille"
YEAR, DECADE, MONTH, DAY, QUARTER, CENTURY = "year", "decade", "month", "day", "quarter", "century"
DIAN, SHI, FEN, SECOND, HOUR = "dian", "shi", "fen", "second", "hour"
CLASSIFIER, NOUN, TIMES, CODE, FRACTION, SCORE = (
    "classifier", "noun", "times", "code", "fraction", "score")


def _tag(words: str, tag: str) -> dict[str, str]:
    return {word: tag for word in words.split()}


#: Units written as one character (CJK compatibility squares: "90㎡", "42.195㎞", "3.2㎏"),
#: with the symbol a quantity in them is shown in (the one table: `_figure_unit` reads it).
UNIT_SYMBOLS: dict[str, str] = {
    "㎡": "m²", "㎢": "km²", "㎥": "m³", "㎠": "cm²", "㎞": "km", "㎜": "mm", "㎝": "cm",
    "㎏": "kg", "㎎": "mg", "㎍": "µg", "㎖": "ml", "㎾": "kW", "㎿": "MW", "㎐": "Hz",
    "㎑": "kHz", "㎒": "MHz", "㎓": "GHz", "㏊": "ha",
}
#: Japanese unit words (kana, or kanji that traditional Chinese folds away: 時間 is 时间 there),
#: read after a number as the Chinese ones are (figs32): 円 and ドル amounts, 割 tenths,
#: ポイント percentage points, 戸 households, 時間 / 日間 / か月 durations, katakana measures.
_JAPANESE_UNITS: dict[str, str] = {
    **_tag("円 ドル 米ドル 豪ドル 香港ドル 台湾ドル ユーロ ポンド ウォン 人民元", MONEY),
    "ポイント": PERCENT, "割": CHENG, "戸": CLASSIFIER, "社": CLASSIFIER, "分の": FRACTION,
    "時": SHI,  # "5時30分": a clock (Japanese keeps 時; figs34)
    **_tag("時間 分間 日間 週間 年間 か月 カ月 ヶ月 ケ月", DURATION),
    **_tag("平方メートル メートル キロメートル キロ キログラム グラム トン センチ ミリ リットル",
           QUANTITY),
}


#: What a word written right after a number makes of it (the longest word wins).
UNITS: dict[str, str] = {
    **_tag("元 美元 港元 港币 欧元 日元 日圆 日币 英镑 韩元 卢布 澳元 加元 新台币 人民币 美金 "
           "元人民币 "
           "瑞士法郎 卢比 澳门元 澳门币 新加坡元 块钱 台币", MONEY),
    **_tag("% ％ 个百分点 百分点", PERCENT),
    **_tag("个基点 基点", BASIS),
    "‰": PERMILLE,
    "成": CHENG,
    **_tag("公里 千米 公尺 公分 坪 公吨 米 厘米 毫米 纳米 奈米 微米 平方公里 平方千米 平方米 "
           "立方米 "
           "公顷 亩 吨 千克 "
           "公斤 克 毫克 微克 斤 升 公升 毫升 桶 千瓦 千瓦时 兆瓦 吉瓦 瓦 伏 千伏 赫兹 度 "
           "摄氏度 ℃ 华氏度 级 米/秒 米每秒 立方米/秒 立方米每秒 公里/小时 公里每小时 "
           "千米/小时 千米每小时 标准箱 马力 光年 海里 英里 英尺 "
           "标箱 盎司 分贝 毫安时 立方英尺 吨标准煤 度电 英寸 英亩 平方英尺 平方英里 码 千卡 "
           "兆帕 千帕 百帕 毫巴 加仑 吉瓦时 兆瓦时 太瓦时 尼特 像素 万像素 微克/立方米 "
           "微克每立方米 毫克/升 毫克每升 汤匙 茶匙 大匙 小匙 瓩 载重吨 方呎 平方呎 呎 吋 "
           "公斤/公顷 公斤/亩 千克/公顷 千克/亩 吨/公顷 吨/亩 公斤每公顷 公斤每亩 "
           "国际单位 公厘 毫米汞柱 毫摩尔/升 毫摩尔每升 公克", QUANTITY),
    **_tag("个月 周 个星期 星期 天 小时 个小时 分钟 秒钟 个季度 个工作日 工作日 年间 个世纪 "
           "多年 余年 个多月 多天 周年 个多小时 多小时 个多星期 多分钟 个半月 毫秒", DURATION),
    **_tag("岁 周岁", AGE),
    "年": YEAR, "财年": YEAR, "年代": DECADE, "月": MONTH, "日": DAY, "号": CODE, "季度": QUARTER,
    "世纪": CENTURY, "点": DIAN, "时": SHI, "分": FEN, "秒": SECOND,
    **_tag("个 名 位 家 项 件 条 座 所 台 辆 架 艘 只 头 匹 种 类 批 场 次 届 栋 幢 套 户 例 "
           "起 处 支 张 本 部 片 篇 份 颗 枚 根 株 棵 间 层 道 首 门 趟 列 班 对 双 副 组 轮 "
           "局 步 款 笔 单 宗 所 处 帧 集 期 轮次 架次 人次 辆次 场次 余人 多人 档 块 把 盏 "
           "顶 扇 口 尾 羽 剂 针 吨次 班次 车次 航次 台次 股 节 乘次 艘次 批次 "
           "科 伙 箱 瓶 罐 袋 盒 杯 碗 粒 串 捆 圈 面", CLASSIFIER),
    **_tag("人 国 地 市 省 县 城 城市 球 席 票 连胜 连败 连冠 连霸", NOUN),
    "倍": TIMES,
    **_tag("号线 路 期 楼 层楼 号楼 代 版 型 式 系 强 星 后", CODE),
    "分之": FRACTION, "比": SCORE,
    **{symbol: QUANTITY for symbol in UNIT_SYMBOLS},
    **_JAPANESE_UNITS,
}
UNIT_LENGTHS = sorted({len(word) for word in UNITS}, reverse=True)

#: Counted nouns after a classifier ("2368个项目"); modifiers may stand before them.
NOUNS = frozenset("""
人 人员 员工 职工 工人 农民 农民工 学生 新生 本科生 研究生 留学生 博士 硕士 教师 老师 医生 护士
患者 病人 病例 游客 旅客 乘客 观众 球迷 选手 运动员 代表 委员 代表委员 专家 学者 院士 科学家 人才
志愿者 村民 居民 市民 群众 儿童 孩子 老人 妇女 家庭 农户 贫困户 企业 公司 银行 机构 单位 部门
学校 高校 大学 中学 小学 幼儿园 医院 门店 商店 店铺 网点 工厂 园区 项目 工程 产品 品牌 国家
地区 城市 县 区 市 省 省份 乡镇 村 村庄 社区 县级市 省区市 岗位 职位 个体户 车辆 汽车 新车 航班
列车 船舶 飞机 基站 站点 车站 机场 港口 码头 泊位 桥梁 隧道 道路 公路 铁路 线路 住房 房屋 住宅
楼盘 小区 景区 景点 博物馆 图书馆 场馆 展馆 金牌 银牌 铜牌 奖牌 冠军 亚军 季军 奖项 专利 论文
标准 政策 措施 文件 条例 法规 案件 案例 事故 火灾 样本 订单 合同 协议 会议 活动 比赛 赛事 展会
展品 作品 图书 电影 影片 节目 游戏 应用 用户 账户 粉丝 会员 股票 上市公司 基金 大项 分项 小项
课程 专业 学科 实验室 研究院 中心 平台 集团 商户 矿工 渔民 牧民 官兵 士兵 警察 民警 消防员
救援人员 医护人员 死者 遇难者 伤者 嫌疑人 犯罪嫌疑人 难民 移民 国际组织 组织 球队 队伍 俱乐部
家庭户 新能源汽车 汽车 手机 电脑 设备 机器人 卫星 火箭 航线 行业 产业 领域 市场 市场主体
男子 女子 男孩 女孩 男童 女童 少年 青少年 老年人 年轻人 人家 婴儿 新生儿 球员 教练 教练员 官员 干部
党员 律师 法官 记者 被告人 被告 受害人 车手 跑者 考生 毕业生 司机 骑手 快递员 外卖员 商家 厂家 店家
工作人员 留守儿童 华人 华侨 侨胞 外国人 队员 选民 家长 孕妇 嘉宾 来宾 客商 参展商 采购商 投资者
股东 股民 新股 股份 观众 听众 读者 网友 网民 粉丝 乘务员 医务人员 科研人员 技术人员 专业人员 代表团
人大代表 政协委员 证人 长者 消费者 小股东 纳税人 庇护中心 席位 选票 议席
学额 名额 人次 架次 班次 车次 航次 辆次
赛季 指标 县市长 市长 县长 省长
工程师 设计师 分析师 研究员 会计师 建筑师 程序员 技术员 研发人员
大学生 中学生 小学生 高中生 初中生 大专生 博士生 硕士生 实习生 应届生 学员 师生
""".split())
#: Words that may stand between a classifier and its noun ("70个大中城市").
MODIFIERS = frozenset("""
大中 重点 主要 新 新建 新增 国家级 省级 市级 高新技术 高新 科技型 中小 中小型 大型 小型 规模以上
上市 外资 外国 外籍 海外 境外 国际 全国 重大 重要 优秀 知名 在校 在职 留守 贫困 困难 老年 青年
年轻 国有 民营 私营 独角兽 准独角兽 专精特新 示范 试点 核心 骨干 领军 顶尖 高层次 新能源 智能
数字 世界级 一流 特色 重点项目 文明 先进 龙头 创新型 跨国 本地 当地 外地 乡村 农村 城镇
低收入 中低收入 弱势 基层 公营 公营房屋 临时
""".split())
#: Places that 两 before them names as a pair, not a count ("沪深两市" the two exchanges,
#: "中美两国"), unless a word of counting stands before (`PAIR_COUNTED`: "共有两市入选").
PAIR_NOUNS = frozenset("国市省县地城")
PAIR_COUNTED = "有共增达了余另"
#: Characters after 票 that make a word of it, no votes ("票房" box office, "票价" fare).
VOTE_BLOCKERS = "房价据证面务选"
#: Joins a second noun to the first ("30个国家和地区").
NOUN_JOINS = ("和", "与", "及", "、")

#: Written before a number: approximate or a bound ("约1万亿元", "超过1200亿元").
APPROXIMATORS = ("不少于", "不低于", "不超过", "大约为", "将近", "接近", "大约", "约为",
                 "超过", "不到", "不足", "至少", "最多", "最高", "最低", "多达", "高达", "低于",
                 "少于", "高于", "近", "约", "超", "逾")
#: The last characters of the approximators, to reject most positions at once.
APPROX_ENDS = frozenset(word[-1] for word in APPROXIMATORS)
#: A character before 近/约/超 that makes a word of it ("最近", "签约", "赶超").
APPROX_BLOCKERS = {
    "近": "最附临靠亲就邻贴拉将接",
    "约": "签预节制邀公条合履违赴特誓婚相解续隐要大",
    "约为": "签预节制邀公条合履违赴特誓婚相解续隐要",  # 约为 "about" (figs35)
    "超": "赶高招升入出反买卖",  # 买超 / 卖超: net buying, selling (figs35)
}
#: Words that keep 约 an approximator after a blocker ("持续约3个小时", not "续约2年").
APPROX_KEEP = ("持续", "延续", "继续")
#: Written after a figure: a bound or "about" ("10%以上", "3个小时左右").
AFTER_APPROX = ("以上", "以下", "左右", "以内", "之多")
#: Where a counted noun not in `NOUNS` may end: punctuation or a joining word.
NOUN_BOUNDARIES = "，。、；：！？）)”」』》,.;:!?\n 和与及的等"
#: Verbs and adverbs that end a counted noun written without a lexicon word ("5条新线开通",
#: "3座新桥已建成"): what follows the noun is the sentence's verb, not part of the noun.
NOUN_VERBS = frozenset("""
正式 全部 已经 共计 分别 先后 全面 正在 将于 均已 累计
开通 通车 开业 开工 开放 开设 开馆 开幕 建成 建设 投产 投用 投运 运营 运行 上线 落地 落户 入驻 获批
获得 入选 完成 实现 达到 参加 参与 亮相 发布 启动 签约 受益 死亡 遇难 受伤 获救 失踪 关闭 停运
停业 到位 交付 竣工 通过 举办 举行 出台 推出 引进 新增 增加 减少 超过 位于 分布 共有 同时 相继 陆续
夺冠 夺得 获胜 取胜 战胜 击败
发放 支付 拨付 兑付 下达 实施 推进 进行 开展 投票 表决 审议 偿还 缴纳 发行 拨款 兑现 退还 补发
参赛 参展 参会 参战 参选 参训 出席 列席 到场 到会 出战 出赛 报名 入住 入场 入境 离境 观赛 观看
参观 受害 受灾 受困 受影响 撤离 转移 就医 就诊 求诊 求助 返乡 到达 抵达 滞留 聚集 集结 围观
涨停 跌停 上涨 下跌 收涨 收跌 走高 走低 飘红 翻红 买超 卖超 净买 净卖 净流
位列 位居 名列 排名 排在 跃居
停电 断电 倒塌 倒伏 塌方 损毁 受损 被毁 折断 淹没
混合 搅拌 加入 放入 煮熟
""".split())
#: Characters after such a verb that make a noun of it ("参赛者", "参展商", "受灾户"): the
#: noun goes on ("3.6万名参赛者"; "3.6万名跑者参赛" ends before 参赛).
VERB_NOUN_SUFFIXES = "者商方员人户区国"
#: Classifiers of a share or a stage that 分 before the number makes the unit ("分两批发放" is
#: "in two batches": the verb after is no counted noun); 期 is a name's code otherwise (二期).
DIVIDED_CLASSIFIERS = frozenset("批 批次 次 期 轮 轮次 步 档 笔".split())
#: Characters before 分 that make a word of it (部分, 充分, 十分, 得分 …): no "divided into".
DIVIDED_BLOCKERS = "部充十百千万得积评学比总均满过区划省处"

#: Adverbs that end such a noun: 已 and 均 always, the others before a verb of `NOUN_VERBS`
#: ("3座新桥将建成"; "5名老将" keeps its 将).
NOUN_ADVERBS = "已均将正被也还又再"
#: After N级分, what makes 分 the start of a word ("3级分类管理", "两级分配"): no exam's points.
GRADE_POINT_BLOCKERS = frozenset("类级期区层配工别布拆流解摊散批段步阶")
#: Approximators that let 百, 千 or 万 stand alone ("近百年", "约千人").
LONE_SCALE_APPROX = ("将近", "接近", "超过", "近", "约", "逾")
#: Quotation marks around a slogan ("“两个大局”" names a policy, it counts nothing).
OPEN_QUOTES = "“「『\"‘"
CLOSE_QUOTES = "”」』\"’"
#: Range words between two numbers ("8到10级", "1至8月").
RANGE_JOINS = "至到-－—~～"

#: Times of day before a clock reading, and whether they are after noon.
DAY_PERIODS: dict[str, bool] = {
    "凌晨": False, "早上": False, "早晨": False, "清晨": False, "上午": False, "中午": True,
    "下午": True, "傍晚": True, "晚上": True, "晚间": True, "夜间": True, "深夜": True,
    "夜里": True, "当晚": True, "今晚": True, "昨晚": True, "明晚": True, "每晚": True,
    "晚": True, "早": False,
    "午後": True, "午前": False,  # Japanese "午後5時30分" (figs34)
}
#: Words before 点 that make it index points, not o'clock ("收于3245.67点").
MARKET_WORDS = ("收于", "收报", "报", "涨", "跌", "上涨", "下跌", "指数", "收盘", "站上", "跌破")

#: Words before 第N that make a word ordinal a ranking ("位居全省第一", "排名第三").
RANK_BEFORE = ("排名", "位居", "位列", "名列", "居", "排在", "排", "列", "跃居", "升至", "降至",
               "跌至", "上升至", "下降至", "全国", "全球", "世界", "全省", "全市", "亚洲", "全区",
               "国内", "全县", "全网", "行业", "榜")
#: Superlative characters after 第N ("第二大经济体").
SUPERLATIVE_CHARS = "大高多长低快小强"
#: Classifiers an ordinal in digits takes with it ("第15届", "第5个").
ORDINAL_CLASSIFIERS = "届个家次位批轮场期天年座款号枚周面局盘圈集"
#: Units of time an ordinal in digits takes with it ("第38分钟": the 38th minute; "第3小节":
#: a basketball game's third quarter, no "third smallest").
ORDINAL_UNITS = ("分钟", "小时", "小节", "个月")
#: Units of a streak after 连续第N ("连续第三年").
STREAK_UNITS = ("个月", "年", "周", "天", "次", "季度", "届")
#: Characters after 成 that make a word of it, not tenths ("一成不变", "成为").
CHENG_BLOCKERS = "立功绩本果熟长员交就效型品都年人分色语份批套千片群真像了不"
#: Words before a numeral that make it a weekday or a day of a lunar month ("星期三", "初五").
WEEKDAY_BEFORE = ("星期", "礼拜", "周", "初")
#: Words before a year-like number that make 年 a span of years ("近1000年").
PERIOD_AFTER_YEAR = "前来间"
#: Words before a bare number that make it a number to dial ("拨打12306", "拨打110或120").
DIAL_BEFORE = ("拨打", "致电", "拨", "热线", "电话")
#: Medals in a tally ("40金27银24铜").
MEDALS = "金银铜"
#: Results in a win-loss record ("9胜3负", "3胜1平2负").
RESULTS = "胜平负"
#: Words before 2027年前 that make it "before 2027", not "2027 years ago".
BEFORE_YEAR = ("在", "于", "到", "至", "截至", "争取", "力争", "最迟", "计划", "预计", "将")
#: Names before digits that make them part of an index's name ("日经225", "富时100").
INDEX_NAMES = ("日经", "富时", "标普", "纳斯达克", "罗素", "斯托克", "恒生", "上证", "沪深", "中证",
               "科创", "创业板", "深证", "北证")
#: Chinese exchanges name indexes by these sizes only ("沪深300", "上证50"; "上证3000点" is
#: a level).
ZH_INDEX_SIZES = frozenset("50 100 180 300 380 500 800 1000 2000".split())
ZH_INDEX_NAMES = ("上证", "沪深", "中证", "科创", "创业板", "深证", "北证")
INDEX_NAME_ENDS = frozenset(name[-1] for name in INDEX_NAMES)
#: Brands and series whose products are named by a number ("小米15", "骁龙8至尊版", "麒麟9000"):
#: a bare number right after one is a model, not a figure (with a unit it stays: "华为2024年").
PRODUCT_NAMES = ("小米", "红米", "华为", "荣耀", "骁龙", "天玑", "麒麟", "鸿蒙", "问界", "小鹏",
                 "蔚来", "理想", "极氪", "魅族", "一加", "真我", "苹果", "三星", "领克", "智界",
                 "昇腾", "鲲鹏", "龙芯", "倚天", "玄戒", "锐龙", "酷睿", "星舰", "猎鹰", "国道",
                 "省道", "台北")  # "台北101" is a building
PRODUCT_NAME_ENDS = frozenset(name[-1] for name in PRODUCT_NAMES)
#: A hotline named by its number ("12345市民服务热线"): a name, not a count.
HOTLINE = "热线"
#: Cities whose wards are named by their number ("東京23区", "东京23区": Tokyo's 23 special
#: wards; figs32): a name, no count.
WARD_CITIES = ("东京", "東京")
