"""Chinese key figures: numbers, scales, units, classifiers, dates, times, ordinals, negatives."""

from __future__ import annotations

import pytest

from hzreader.figures import extract, format_value, parse_number
from hzreader.model import Figure


def _one(text: str) -> Figure:
    figures = extract(text)
    assert len(figures) == 1, figures
    return figures[0]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 + 1e-6 * abs(b)


ZH_CASES = [
    # Arabic and full-width digits, scales 万 亿 万亿 千, currencies
    ("地区生产总值15356亿元。", "15356亿元", "money", 1.5356e12),
    ("释放流动性约1万亿元。", "约1万亿元", "money", 1e12),
    ("营业收入为3.2万亿日元。", "3.2万亿日元", "money", 3.2e12),
    ("价值逾300万港元。", "逾300万港元", "money", 3e6),
    ("基金规模为500亿元人民币。", "500亿元人民币", "money", 5e10),
    ("融资人民币100亿元。", "人民币100亿元", "money", 1e10),
    ("投资1200多亿欧元。", "1200多亿欧元", "money", 1.2e11),
    ("金价突破2500美元。", "2500美元", "money", 2500),
    ("发放消费券５０００万元。", "５０００万元", "money", 5e7),
    ("带动消费约３．２亿元。", "约３．２亿元", "money", 3.2e8),
    ("共投入三千五百万元。", "三千五百万元", "money", 3.5e7),
    ("总投资二十亿元。", "二十亿元", "money", 2e9),
    ("装机容量为2250万千瓦。", "2250万千瓦", "quantity", 2.25e7),
    # percent: %, 百分之, 个百分点, 个基点 (valued in percent), 成
    ("同比增长5.6%。", "5.6%", "percent", 5.6),
    ("同比增长5.6％。", "5.6％", "percent", 5.6),
    ("同比增长-0.5%。", "-0.5%", "percent", -0.5),
    ("约有百分之十的人口。", "约有百分之十", "percent", 10),  # figs34: 约有 is an approximator
    ("下降百分之三点五。", "百分之三点五", "percent", 3.5),
    ("加快0.4个百分点。", "0.4个百分点", "percent", 0.4),
    ("调升23个基点。", "23个基点", "percent", 0.23),
    ("约七成受访企业表示。", "约七成", "percent", 70),
    ("占比10%以上。", "10%以上", "percent", 10),
    ("千分之五的误差。", "千分之五", "percent", 0.5),
    # counts with classifiers and nouns
    ("杭州下辖10个区。", "10个区", "count", 10),
    ("吸引了2368个项目参赛。", "2368个项目", "count", 2368),
    ("常住人口增加3万人。", "3万人", "count", 3e4),
    ("来自30个国家和地区的代表。", "30个国家和地区", "count", 30),
    ("全国有46.5万家。", "46.5万家", "count", 4.65e5),
    ("一千二百三十四名志愿者参加。", "一千二百三十四名志愿者", "count", 1234),
    ("两百多名村民赶来。", "两百多名村民", "count", 200),
    ("共有70个大中城市。", "70个大中城市", "count", 70),
    ("独得12个篮板。", "12个篮板", "count", 12),
    ("发生交通事故１２３４起。", "１２３４起", "count", 1234),
    ("上证指数收于3245.67点。", "3245.67点", "quantity", 3245.67),
    # years, dates, quarters, halves, decades
    ("2025年，杭州经济增长。", "2025年", "year", 2025),
    ("二〇二五年是收官之年。", "二〇二五年", "year", 2025),
    ("该公司2019-2021年盈利。", "2019-2021年", "year", 2019),
    ("数据于9月28日发布。", "9月28日", "date", None),
    ("会议将于2025年11月举行。", "2025年11月", "date", 2025),
    ("2025年9月28日开幕。", "2025年9月28日", "date", 2025),
    ("第三季度增长放缓。", "第三季度", "date", None),
    ("一季度增长加快。", "一季度", "date", None),
    ("前三季度增长放缓。", "前三季度", "duration", 3),  # figs9: a length (was a date)
    ("今年上半年增长。", "上半年", "date", None),
    ("2025年上半年增长。", "2025年上半年", "date", 2025),
    ("今年1至8月投资增长。", "1至8月", "date", None),
    ("10月份物价上涨。", "10月份", "date", None),
    ("10月1日至7日放假。", "10月1日至7日", "date", None),
    ("进入21世纪以来。", "21世纪", "date", None),
    ("上世纪80年代，这里是荒地。", "上世纪80年代", "year", 1980),
    # times of day
    ("会议于上午9点开幕。", "上午9点", "time", 9),
    ("比赛晚上8点开始。", "晚上8点", "time", 20),
    ("下午3点半出发。", "下午3点半", "time", 15.5),
    ("火箭于20时30分发射。", "20时30分", "time", 20.5),
    ("北京时间10:30出发。", "10:30", "time", 10.5),
    # durations, ages, race times
    ("拥有5000多年的文明史。", "5000多年", "duration", 5000),
    ("未来三年将投入资金。", "三年", "duration", 3),
    ("该县近三年累计投入。", "近三年", "duration", 3),
    ("持续约3个小时。", "约3个小时", "duration", 3),
    ("一个半小时后到达。", "一个半小时", "duration", 1.5),
    ("这位85岁的老人。", "85岁", "duration", 85),
    ("成绩为2小时08分15秒。", "2小时08分15秒", "duration", 7695),
    ("游出14分30秒67。", "14分30秒67", "duration", 870.67),
    ("跑出9秒83的成绩。", "9秒83", "duration", 9.83),
    # ordinals
    ("他获得第3名。", "第3名", "ordinal", 3),
    ("位居全省第一。", "第一", "ordinal", 1),
    ("排名全国第三。", "第三", "ordinal", 3),
    ("世界第二大经济体。", "第二大", "ordinal", 2),
    ("第15届运动会开幕。", "第15届", "ordinal", 15),
    ("这是连续第三年入选。", "第三年", "ordinal", 3),
    ("份额跌至第五。", "第五", "ordinal", 5),
    # fractions, factors, scores, quantities
    ("三分之一的受访者表示。", "三分之一", "number", 1 / 3),
    ("是同期的3倍多。", "3倍多", "number", 3),
    ("中国女排以3比1获胜。", "3比1", "number", None),
    ("郑钦文以2:0击败对手。", "2:0", "number", None),
    ("汇率中间价报7.1058。", "7.1058", "number", 7.1058),
    ("注册用户已突破3亿。", "3亿", "number", 3e8),
    ("全长55公里。", "55公里", "quantity", 55),
    ("气温达到38℃。", "38℃", "quantity", 38),
    ("最低气温零下5摄氏度。", "零下5摄氏度", "quantity", -5),
    ("发生6.1级地震。", "6.1级", "quantity", 6.1),
    ("降雨量达200毫米以上。", "200毫米以上", "quantity", 200),
    ("水位偏低2至3米。", "2至3米", "quantity", 2),
    ("搭载6000mAh电池。", "6000mAh", "quantity", 6000),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "value"), ZH_CASES)
def test_chinese_kind(sentence: str, span: str, kind: str, value: float | None) -> None:
    fig = _one(sentence)
    assert (fig.text, fig.kind) == (span, kind)
    assert _close(fig.value, value)
    assert fig.start == sentence.index(span)


ZH_NEGATIVES = [
    "我们要进一步深化改革，推动经济高质量发展。",
    "一方面要扩大内需，另一方面要稳定外贸。",
    "这是一个非常重要的时刻，也是一次难得的机遇。",
    "两会期间，代表委员们建言献策。",
    "三峡工程是世界上规模最大的水电站。",
    "会议指出，要坚持“一国两制”方针不动摇。",
    "要把握好“两个大局”，做到“四个坚持”。",
    "记者获悉，地铁3号线二期工程预计年内开通。",
    "长征五号运载火箭成功发射。",
    "千万不要忘记，万一发生事故，要第一时间报告。",
    "百度和三星、五粮液、一汽、三一重工都在四川。",
    "十分重要的是，两岸同胞要加强交流。",
    "他星期三到达北京，周五离开，初五返回。",
    "五一假期和十一黄金周，双十一购物节。",
    "十四五规划提出的目标。",
    "第十五个五年规划即将开启。",
    "第二次世界大战，第一次，第三方。",
    "黄金价格一度突破历史新高。",
    "这家百年老店生意兴隆。",
    "近年来，我国新能源汽车产业发展迅速。",
    "C919大飞机和PM2.5浓度，5G网络，iPhone 16发布。",
    "骁龙8 Gen 3处理器。",
    "男子4×100米接力决赛。",
    "一年期贷款市场报价利率下调。",
    "小明今年读初中二年级。",
    "90后和00后的年轻人。",
]


@pytest.mark.parametrize("sentence", ZH_NEGATIVES)
def test_chinese_not_a_figure(sentence: str) -> None:
    assert extract(sentence) == []


def test_seed_style_sentence_has_all_its_figures() -> None:
    text = "2025年，杭州市实现地区生产总值15356亿元，按可比价格计算，比上年增长5.6%。"
    assert [(f.text, f.kind, f.value) for f in extract(text)] == [
        ("2025年", "year", 2025.0), ("15356亿元", "money", 1.5356e12),
        ("5.6%", "percent", 5.6)]


def test_mixed_chinese_and_latin() -> None:
    text = "小米新机搭载6000mAh电池，支持120W快充；Apple出货量下降15%，Model 3销量增长。"
    assert [(f.text, f.kind) for f in extract(text)] == [
        ("6000mAh", "quantity"), ("120W", "quantity"), ("15%", "percent")]


def test_english_number_before_chinese_unit() -> None:
    assert _one("Hangzhou attracted 3万人 last year.").text == "3万人"


def test_chinese_spans_index_the_source() -> None:
    text = "会议于上午9点开幕，约七成企业、2368个项目和超过1200亿元投资落地。"
    for fig in extract(text):
        assert text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize(("text", "kind", "value", "shown"), [
    ("15356亿元", "money", 1.5356e12, "1.5356 tn 元"),
    ("超过1200亿元", "money", 1.2e11, "> 120 bn 元"),
    ("23个基点", "percent", 0.23, "23 bp"),
    ("0.4个百分点", "percent", 0.4, "0.4 pp"),
    ("5000多年", "duration", 5000, "> 5,000 years"),
    ("约3个小时", "duration", 3, "≈ 3 hours"),
    ("2小时08分15秒", "duration", 7695, "2 h 8 min 15 s"),  # values16
    ("上午9点", "time", 9, "09:00"),
    ("80年代", "year", 1980, "1980s"),
    ("2250万千瓦", "quantity", 2.25e7, "22.5 M 千瓦"),
])
def test_chinese_format_value(text: str, kind: str, value: float, shown: str) -> None:
    assert format_value(Figure(0, len(text), text, kind, float(value))) == shown


def test_a_chinese_amount_is_shown_in_its_currency_code_when_known() -> None:
    shown = [format_value(f) for f in extract("补贴超过16亿元，另有5000万美元和3亿港元。")]
    assert shown == ["> 1.6 bn CNY", "$50 M", "300 M HKD"]


@pytest.mark.parametrize(("typed", "value"), [
    ("1.2万亿", 1.2e12), ("3万", 3e4), ("15356亿", 1.5356e12), ("5千万", 5e7)])
def test_parse_number_reads_chinese_scales(typed: str, value: float) -> None:
    got = parse_number(typed)
    assert got is not None and _close(got, value)


def test_typed_chinese_scale_finds_the_figure() -> None:
    assert parse_number("15356亿") == _one("生产总值15356亿元。").value


@pytest.mark.parametrize(("text", "span", "kind"), [
    ("2025年前三季度，杭州实现地区生产总值15356亿元", "2025年前三季度", "date"),
    ("2024年前两个月出口增长", "2024年", "year"),
    ("两千年前的遗址", "两千年", "duration"),
])
def test_the_first_part_of_a_year_is_no_number_of_years_ago(
        text: str, span: str, kind: str) -> None:
    assert (span, kind) in {(f.text, f.kind) for f in extract(text)}
