"""Money amounts and percentages with their bound, payment unit, and the instrument they pay for.

最高不超过15万元 is a ceiling of 150000 yuan; 不低于1000万元 a floor; 每人每月1000元 names the payment unit;
1000-3000元 is a floor and a ceiling. A number that measures the beneficiary rather than what is
paid (营业收入2000万元以上的企业, 裁员率不高于5.5%, 信贷增长1800亿元) is marked ``threshold``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .model import Amount, ConceptMention, Rate
from .needles import matches
from .numbers import CN_NUMBER, NUMBER, parse_number
from .vocab import concept_by_id, concept_matcher

MULT = r"(?:万亿|亿|万|千)"
# 元, or a foreign currency (实际使用外资1000万美元以上); not the base of a rate (每1美元奖励0.01元, 每1万元贷款)
CURRENCY_WORDS = r"美元|港元|澳门元|欧元|元"
CURRENCY = rf"(?P<cur>{CURRENCY_WORDS})"
CURRENCY_CODES = {"元": "CNY", "美元": "USD", "港元": "HKD", "澳门元": "MOP", "欧元": "EUR"}  # (100 万澳门元: z285)
# 1 200 元, 5 000 万元: thousands set apart by a space (typeset or OCR text), one number (also a range's ends: 1 000-3 000元)
SPACED = r"(?<![\d.])\d{1,3}(?: \d{3})+(?:\.\d{1,2}(?!\d))?(?![\d.])"  # (46 732.80 元: z305)
SPACED_THOUSANDS = rf"{SPACED}(?=\s*{MULT}?(?:{CURRENCY_WORDS}))"  # (before the currency)
# 0. 2 元, 1. 5 元: a decimal the PDF spaced after its point (h270 F1: read as 2元, ten times too much); inside a sentence only
SPACED_DECIMAL = rf"(?<![\d.])(?<=[\u4e00-\u9fff（(])\d{{1,3}}\. \d{{1,2}}(?=\s*{MULT}?(?:{CURRENCY_WORDS}))"
# (5600余万元, 300多万元: more than the figure, z265)
# (每增长1美元奖励0.01元, 每新增100万元: the base of a rate, its increase counted: h151)
MONEY_RE = re.compile(rf"(?<!每)(?<!每增长)(?<!每增加)(?<!每新增)(?<!每提高)(?<!每超过)(?<!每超出)(?P<num>{SPACED_THOUSANDS}|{SPACED_DECIMAL}|{NUMBER})\s*(?P<more>余|多)?(?P<mult>{MULT})?(?P<more2>余|多)?{CURRENCY}(?!化|素|宇宙)")
DASH = r"\s*(?:-|—|－|–|~|～|至|到)\s*"
# 每出库100美元货值, 每新增出口100万美元, 每新增投资1000万元: a trade or investment counted per sum (MONEY_RE's 每新增 with
# what is counted between), then a sum paid per it in the sentence
# (not 每年纳税500万元以上的, a yearly amount that qualifies: the review)
BASE_OF_A_RATE = re.compile(r"每(?!年|月|季|半年|周|日|天)(?:新增|增加|增长|超过|超出|提高|多)?[\u4e00-\u9fff]{0,4}?"
                            r"(?:出库|出口|进口|进出口|外贸|销售|交易|投资|采购|纳税|融资|到资|营收|营业收入|产值|货值)\s*$")
PAID_PER_BASE = re.compile(r"[^。；;\d]{0,12}?(?:给予|奖励|补贴|补助|奖补|资助)[^。；;\d]{0,8}?\d")
MORE_THAN = "more"  # a sum written with 余 or 多 (5600余万元, 3万余元): at least the figure, unless a cap is named
RANGE_RE = re.compile(rf"(?P<lo>{SPACED}|{NUMBER})\s*(?P<lomult>{MULT})?(?:{CURRENCY_WORDS})?(?:\s*(?:（含）|\(含\)))?{DASH}"
                      rf"(?P<num>{SPACED}|{NUMBER})\s*(?P<mult>{MULT})?{CURRENCY}(?!化|素)")  # 5000万元（含）至1亿元
# 100万、50万、30万元 / 100、50、30万元: sums listed before the one that names the currency (their 万 its, when none)
LISTED_MONEY_RE = re.compile(rf"(?<![\d.])(?:{NUMBER}\s*(?:{MULT})?\s*、\s*)+(?P<last>{NUMBER})\s*(?P<mult>{MULT})?{CURRENCY}")
LISTED_NUMBER = re.compile(rf"(?P<num>{NUMBER})\s*(?P<mult>{MULT})?(?=\s*、)")
PERCENT_RE = re.compile(rf"(?P<num>\d+(?:\.\d+)?)\s*%|百分之(?P<cn>{CN_NUMBER})")
# a share written as a fraction: 失业保险费的2/3, 缴费额2/3, 三分之二 (not 第1/2页, 附件1/2, 7/8月, 3/5个工作日,
# 附表的1/2栏 or a date's 9/30)
FRACTION_RE = re.compile(r"(?<![\d/.件第表批号])(?P<a>\d)\s*/\s*(?P<b>\d{1,2})(?![\d/.栏页号条款项期日月个批件周])"
                         r"|(?P<cb>[一二三四五六七八九十]{1,2})分之(?P<ca>[一二三四五六七八九十]{1,2})")
MULTIPLIER = {None: 1, "千": 1_000, "万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000, "角": 0.1, "分": 0.01}
# trade and foreign investment, measured to say who qualifies, or a base a share of which is paid (the longer names first)
TRADE_BASES = ("实际使用外资金额", "实际使用外资", "利用外资金额", "利用外资", "外资金额", "实际到资额", "实际到资", "到资额", "出口额",
               "进口额", "外贸额", "贸易额")
# What a threshold measures, and the verbs that introduce a payment
CONDITION_NOUN = re.compile(
    # (not 纳税人: whom a relief is for, 对纳税人按50%的税额幅度减征; nor 小规模纳税人, a class of taxpayer: h247 F4)
    r"营业收入|营收|销售额|销售收入|主营业务收入|产值|投资额|投资|总投入|(?<![低中高])收入(?!住房)|资产|注册资本|纳税额|纳税(?!人)|税收|贡献|交易额|进出口额"
    r"|裁员率|失业率|比例|占比|比重|增长|增速|增幅|降幅|(?<!小)规模(?!以上|以下|化|养殖|种植|[猪羊牛鸡鸭鹅禽畜兔]场)|余额|融资额|到位资金|满意度|违法所得|货值金额|违法经营额|率"
    r"|年薪|薪酬|工资性收入"  # 年薪50万元以上的高端人才: who qualifies
    # (not 规模 of 规模以上工业企业：10万元, a group's name in a table's row: h277 F8; 合同金额在10万元以上: h277 F2)
    # (nor 规模猪场, 规模养殖场: a farm of scale, whom 按每头500元给予补助 pays, h293 F4)
    r"|罚没款|罚款金额"  # 罚没款3000元以下的行政处罚信息: which penalties
    r"|进度(?=[^，。；]{0,16}?达到)"  # 资金支出进度应于11月30日前达到90%以上: a target to reach (h276 F9)
    r"|广告费用|涉案金额"  # 首次违法且广告费用不超过5000元: which violations go unfined (a blind test: read as paid)
    r"|涉及金额|争议金额|标的额|标的金额"  # 涉及金额10万元以上的纠纷，每件补贴400元: which disputes or cases (h299 F5: read as paid)
    r"|经济损失"  # 直接经济损失1亿元以上、5亿元以下: a response level's condition in an 应急预案 (h295 F4: its ceiling paid)
    r"|研发费用|研究开发费用|研发投入|研发经费|合同额|合同金额|营业额"  # 研究开发费用不低于200万元, 服务合同额达到1000万元以上的服务商
    # 设备购置额不低于2000万元, 数字化改造投入累计不低于800万元: what the firm spends or buys, a condition of who applies (h296 F1;
    # not 财政投入, 政府投入: what the government puts in; nor 投入使用, put to use)
    r"|购置额|购置金额|购置费用?|采购额|采购金额|(?<!财政)(?<!政府)(?<!资金)(?<!再)投入(?!使用|运营|运行|生产|到)"
    # 出口额在500万美元以下的小微企业投保…的, 实际使用外资金额1000万美元以上的项目: who qualifies by trade or investment (a blind test)
    r"|" + "|".join(TRADE_BASES)
)
# 招用人数达到在职职工人数15%, 占职工总数的30%: a share of the staff to reach (a rate's condition)
# (岗位不少于招聘总数的60%: a share of those hired, h243 F2; not 补助总数, money)
HEADCOUNT_RATIO = re.compile(r"(?:达到|超过|占|不低于|不少于|不高于|不超过|低于)[^，。；的]{0,16}"
                             r"(?:人数|(?:职工|员工|人员|招聘|招录|招收|招用|岗位|用工)总数)的?$"
                             r"|(?:人数|人员数量)[^。；]{0,40}(?:达到|占)[^，。；的]{0,8}$")  # （超过100人的企业达到15%）
RATIO_VERB = re.compile(r"不低于|不少于|不高于|不超过|达到|超过|低于|占")  # (the longest first: 不超过 before 超过)
RATIO_BOUNDS = {"达到": "min", "超过": "min", "不低于": "min", "不少于": "min", "不高于": "max", "不超过": "max", "低于": "max"}
# 价格扣除比例为10%: granted; 省财政承担比例由现行25%增加到50%: a share of the cost paid, no condition
# (报销比例, 统筹基金支付比例: the share of costs paid back, a blind test of 医保 texts; 减征比例不得超过30%: the relief's, h247 F4)
# (抵扣比例为40%: the share a voucher covers, h277 F3)
PAID_SHARE = re.compile(r"(?:(?:返还|暂退|退还|补贴|补助|贴息|奖励|资助|奖补|费|扣除|抵扣|减免|减征|优惠|承担|分担|负担|补偿|补偿金)(?:比例|标准|率)"  # (风险补偿比例: h160; not 代偿率, a performance)
                        r"|(?:报销|支付|赔付|救助)(?:比例|标准)"  # (not 支付率, 赔付率: a performance to reach, a review)
    r"|保证金(?:比例|标准|率)"  # 履约保证金比例不得超过2.5%: the share a deposit may take, charged, no condition (h287 F2)
    # 缴存比例不得低于5%，不得高于12%, 月缴存比例为10%至24%: the rate a contribution is paid at, as 缴费比例 (费比例) is; its limits
    # bound what is paid, they say nothing of who qualifies (h300 F9: a floor flagged, its ceiling not)
    r"|(?:缴存|缴交|缴纳)(?:比例|标准)"  # (not 缴存率, 缴纳率: a coverage to reach)
    r"|(?:分配|分给|发放|支付|拨付)给[^，,。；;]{1,12}?的(?:比例|份额))$")  # 分配给乡村医生的比例不低于40%: the share paid to them (h288 F9)
# 贷款利率调整为2.85%, 征收率由3%降至1%: the rate a text charges, no condition (h245 F4, h247 F4; not 平均利率较上年下降,
# a target of the banks')
CHARGED_RATE = re.compile(r"(?<!平均)(?:利率|征收率|税率)$")
PAYS_WORDS = r"给予|奖励|补助|补贴|资助|奖补|贴息|返还|发放|予以|一次性"
PAYMENT_VERB = re.compile(PAYS_WORDS + r"|标准")

# the cue a few characters before the number, or further before a share: 不超过上年度实际缴纳失业保险费的50%
# (超过/达到 only near the number: 超过法定退休年龄的人员按工资的70% sets who, not a floor)
BAND_JOIN = r"(?:以上|（含）|\(含\))\s*(?:至|到)"  # between a band's two ends: 1000万元以上至3000万元（含）
# 最高贷款额度提高至80万元, 最低首付款比例由30%调整为20%: the named limit set anew, still a limit (a blind test)
LIMIT_CHANGED = (r"[\u4e00-\u9fff]{0,6}(?:标准|限额|额度|比例|金额)(?:由[^，。；]{1,20}?)?"
                 r"(?:提高|提升|上调|调高|调整|放宽|降低|下调|调低|调减|增加|增至|降至)(?:至|到|为)?\s*$")
MAX_BEFORE = re.compile(r"(?:最高|最多|不超过|不高于|不得超过|不得高于|上限为?|封顶|至多|顶额)[^，。；]{0,6}$"
                        r"|(?:未超过|未超出|未达到|未满|没有超过)[^，。；\d]{0,4}$"  # (未超过30万元: h193; not 未满5年退回补贴2万元: the review)
                        # 按不超过贷款市场报价利率（LPR）50%给予贴息: a share of the benchmark, at most (h207: exact)
                        r"|(?:不超过|不高于|最高)(?:同期)?(?:[一五]年期(?:以上)?)?(?:贷款市场报价利率|LPR)\s*(?:[（(]\s*LPR\s*[）)])?\s*$"
                        rf"|(?:最高|最多)(?![一二三四五六七八九十]?[档级等]){LIMIT_CHANGED}"
                        # 年度救助限额为每人5万元: a limit named, then its sum (a blind test: exact)
                        r"|(?:限额|封顶线)(?:为|是)?\s*(?:每(?:人|户|家|名|个|年|月|次)\s*){0,3}$"
                        # 个人最高可申请创业担保贷款20万元: 最高, then what may be had (z247)
                        r"|(?:最高|最多)可(?:申请|获得|享受|给予|申领|贷款?)[^，。；\d]{0,10}$"
                        r"|(?:最高|最多)(?![一二三四五六七八九十]?[档级等])(?:[\u4e00-\u9fff]{2}){0,2}(?:标准|限额|额度)为?(?:每人|每户|每家)?(?:每[年月天日])?$"  # (最高补贴标准为每人每月800元: z268; not 最高一档…, a tier's)
                        rf"|{BAND_JOIN}\s*$"  # 1000万元以上至3000万元（含）的: a band's upper end
                        r"|(?:不足|(?<![不得应能宜可])低于)\s*$"  # right before the number: 成立不足一年的给予5000元 bounds nothing
                        r"|(?:最高|最多|至多|上限为?|不超过|不高于|不得超过|不得高于)[^，。；]{0,24}(?:的|费|费用|额|资金|收入|工资|成本)$"  # (…刻制费用300元: h173)
                        # 最高支付限额为每人400元 (not 不超过35周岁的…资金为每人5000元: a bound on who)
                        r"|(?:最高|最多|至多|上限为?|不超过|不高于|不得超过|不得高于)[^，。；\d]{0,24}(?:费|额|资金)(?:分别)?为\s*(?:每(?:人|户|家|名|个|年|月|次)\s*){1,3}$"
                        # 利率上限为贷款市场报价利率（LPR）+300BP: the points a ceiling adds to its benchmark (a blind test)
                        r"|(?:最高|上限为?|不超过|不高于|不得超过|不得高于)\s*(?:(?:同期)?(?:[一五]年期(?:以上)?)?(?:贷款市场报价利率|LPR)|基准利率)\s*(?:[（(]\s*LPR\s*[）)])?"
                        r"\s*(?:\+|＋|加|上浮)\s*$")
STANDARD_RAISED_EACH = re.compile(r"每(?:年|月)(?:再)?(?:提高|上调|提升|递增|增长|增加)\s*$")
SPEND_REACHED = r"(?<![不未])满\s*$"  # 单笔满200元减50元: a spend of at least 200 (z273)
LOWEST = r"最低(?!(?:月|小时)?工资|价|生活|收购)"  # (not 最低小时工资标准调整为22元: the wage's name, a review)
MIN_BEFORE = re.compile(rf"(?:不低于|不少于|不得低于|不得少于|不[应能宜可]低于|至少|下限为?|{LOWEST}|突破|(?<!每)超过|达到|高于)[^，。；]{{0,6}}$"
                        rf"|{LOWEST}{LIMIT_CHANGED}"
                        rf"|{SPEND_REACHED}"
                        r"|(?:不低于|不少于|不得低于|不得少于|至少)[^，。；]{0,24}的$"
                        r"|(?<!不)超\s*$")  # 担保总额超450亿元
MAX_AFTER = re.compile(r"^(?:以内|以下|及以下|（含）以下|封顶|为限|限额|的?[\u4e00-\u9fff]{0,3}?幅度(?:以)?内)")  # (在50%的税额幅度内减征: h144)  # (每户每年20000元限额依次扣减: z246)
MIN_AFTER = re.compile(r"^(?:以上|及以上|（含）以上|起)")

# 同一企业补贴总额…: what one of them receives in all (同一申报单位年度奖励总额: a blind test; the longer names first)
SAME_ENTITIES = ("申报单位", "申报主体", "申请单位", "项目单位", "主办单位", "承办单位", "主办方", "企业", "用人单位", "单位", "主体", "机构",
                 "旅行社", "景区", "酒店", "宾馆", "商户", "门店", "平台", "园区", "基地", "载体", "银行")  # (同一旅行社年度: h155; 同一主办单位每年累计: h317 F6)
PAYMENT_BEFORE = [
    ("每人每月", "per-person-month"), ("每月每人", "per-person-month"), ("每人每年", "per-person-year"),
    ("每年每人", "per-person-year"), ("每人每次", "per-person-time"), ("每人次", "per-person-time"), ("每人每天", "per-person-day"),
    ("每人每日", "per-person-day"), ("每天每人", "per-person-day"), ("每日每人", "per-person-day"),
    ("每人每学时", "per-person-class-hour"), ("每人每课时", "per-person-class-hour"), ("每学时", "per-class-hour"),  # (h272 F4)
    ("每户每年", "per-household-year"), ("每年每户", "per-household-year"), ("单户", "per-household"),
    ("每户每月", "per-household-month"), ("每月每户", "per-household-month"),
    ("每课时", "per-class-hour"), ("每户", "per-household"), ("每家", "per-entity"), ("单家", "per-entity"), ("每个", "per-item"),
    ("每件", "per-item"), ("每项", "per-item"), ("单项", "per-item"), ("单个项目", "per-item"), ("单个产品", "per-item"), ("每个产品", "per-item"),
    ("每台（套）", "per-item"), ("每台套", "per-item"), ("单台（套）", "per-item"), ("单台套", "per-item"), ("每台", "per-item"), ("每部电梯", "per-item"),
    ("单户企业", "per-entity"), ("每户企业", "per-entity"), ("每个单位", "per-entity"), ("每家单位", "per-entity"), ("单个企业", "per-entity"), ("每家企业", "per-entity"),
    ("单户企业每年", "per-entity-year"), ("每户企业每年", "per-entity-year"), ("单个企业每年", "per-entity-year"),
    ("每人", "per-person"), ("每月", "per-month"), ("每个月", "per-month"), ("每季度", "per-quarter"), ("每年", "per-year"), ("每天", "per-day"), ("每日", "per-day"),
    # 停车费每小时2元, 首小时后每半小时1元: a parking fee's time billed (h301 F10: none); 最低小时工资 is no cue, the wage's name
    ("每小时", "per-hour"), ("每个小时", "per-hour"), ("每半小时", "per-half-hour"), ("每半个小时", "per-half-hour"),
    ("每平方米每月", "per-square-metre-month"), ("每平方米每年", "per-square-metre-year"), ("每平方米", "per-square-metre"),
    ("每月每平方米", "per-square-metre-month"), ("每年每平方米", "per-square-metre-year"),
    ("每平方米每天", "per-square-metre-day"), ("每平方米每日", "per-square-metre-day"),
    ("每亩每年", "per-mu-year"), ("每年每亩", "per-mu-year"), ("每亩", "per-mu"), ("每头", "per-head"), ("每羽", "per-head"), ("每头份", "per-dose"), ("每羽份", "per-dose"), ("每吨", "per-tonne"), ("一次性", "one-off"),
    ("每只基金", "per-item"), ("单只基金", "per-item"),
    ("每家每年", "per-entity-year"), ("每个企业每年", "per-entity-year"), ("单个企业年度", "per-entity-year"),
    ("每家企业每年", "per-entity-year"), ("每航次", "per-trip"), ("每班次", "per-trip"), ("每车次", "per-trip"), ("每趟", "per-trip"), ("每条航线", "per-route"), ("每条线路", "per-route"),
    ("单条航线", "per-route"), ("每条航线每年", "per-route-year"), ("单条航线每年", "per-route-year"), ("每条线路每年", "per-route-year"),
    ("单条线路", "per-route"), ("单条线路每年", "per-route-year"), ("单条线路年度", "per-route-year"), ("单条航线年度", "per-route-year"),  # (h220)
    ("每架次", "per-trip"), ("每千瓦时", "per-kwh"), ("每度电", "per-kwh"),
    ("每千瓦", "per-kw"), ("每车公里", "per-vehicle-km"), ("每车每公里", "per-vehicle-km"),  # (充电桩每千瓦补助200元: h260 F2)
    # 农村公路每公里补助50万元, 养护每年每公里1万元: a kilometre of road or line, a measure as 每亩 is (h291 F2: none)
    ("每公里", "per-km"), ("每千米", "per-km"), ("每公里每年", "per-km-year"), ("每年每公里", "per-km-year"),
    ("单站", "per-item"), ("每站", "per-item"), ("每座", "per-item"),
    ("每人年度", "per-person-year"), ("每人每年度", "per-person-year"),  # (每人年度救助限额2万元: the seventh review)
    ("每户每个采暖期", "per-household-year"), ("每户每采暖期", "per-household-year"), ("每个采暖期", "per-year"),  # (h270 F3)  # (单站补助最高100万元, 每座体育场馆: a station, a venue)
    ("每次", "per-time"), ("单次", "per-time"),  # 查询费由每次20元降低至每次10元: each use of a service (a blind test)
    ("单次贷款", "per-item"), ("每次贷款", "per-item"),  # (a loan, as 单笔: a review)
    # 同一企业补贴总额最高不超过50万元: what one firm receives in all; 单笔转贷金额最高3000万元: each loan
    *(("同一" + entity, "per-entity") for entity in SAME_ENTITIES),
    ("单件", "per-item"), ("每件商品", "per-item"),  # (单件最高补贴2000元: a blind test)
    ("人均每月", "per-person-month"), ("人均每年", "per-person-year"),  # (按人均每月300元: a blind test)
    ("每人每晚", "per-person-day"), ("每人每夜", "per-person-day"),  # (a hotel's night: h155)
    # 每生每年3700元, 生均每年: a student's, per person (h262 F1: per year alone); 每人每期培训补贴: per person each course (h263)
    ("每生每年", "per-person-year"), ("每生每学年", "per-person-year"), ("每生每月", "per-person-month"), ("每生每天", "per-person-day"),
    ("每生每日", "per-person-day"), ("生均", "per-person"), ("生均每年", "per-person-year"),  # (每生 alone: PER_STUDENT)
    ("每人每期", "per-person-time"), ("每人每学年", "per-person-year"), ("每学年", "per-year"),
    # 每生每学期500元: a pupil's each term, not one sum per person (h297 F3)
    ("每生每学期", "per-person-semester"), ("每人每学期", "per-person-semester"), ("每学期每生", "per-person-semester"),
    ("每学期每人", "per-person-semester"),
    ("每学期", "per-semester"),  # 按学期减免保育教育费，每学期减免500元: a term's sum, no head named (h316 F5: none)
    ("单笔", "per-item"), ("每笔", "per-item"), ("每套", "per-item"), ("每份合同", "per-item"), ("单份合同", "per-item"), ("单个合同", "per-item"), ("每个合同", "per-item"),
    ("每份", "per-item"), ("每张", "per-item"), ("每批次", "per-item"), ("每批", "per-item"),
    ("每证", "per-item"), ("每本", "per-item"),  # (工本费每证20元: h183)
    ("每标箱", "per-teu"), ("每个标箱", "per-teu"), ("每标准箱", "per-teu"), ("每标准集装箱", "per-teu"), ("每个标准集装箱", "per-teu"), ("每TEU", "per-teu"), ("每场次", "per-event"), ("每场", "per-event"), ("单场", "per-event"), ("单个展会", "per-event"), ("每个展会", "per-event"),
    ("单个会议", "per-event"), ("每个会议", "per-event"), ("单次会议", "per-event"), ("每次会议", "per-event"),  # (as 单个展会: h317 F5)
    # 每期培训补助, 每市不超过10万元, 单个展位, 每立方米降低0.1元 (blind tests h140, h143, h144: none)
    ("每期", "per-event"), ("单期", "per-event"), ("每市", "per-entity"), ("每县", "per-entity"), ("单个", "per-item"),
    ("单个人才", "per-person"), ("单个家庭", "per-household"),  # (not items: the review)
    ("每立方米", "per-cubic-metre"), ("每方水", "per-cubic-metre"), ("每空方", "per-cubic-metre"),  # (礁体每空方150元: h285 F5)
    ("每具", "per-item"),  # 殡葬救助补贴每具500元: a body, each an item as 每台 (h289 F13)
    # 值班律师…每半个工作日300元，每个工作日不超过600元: a shift's time paid (h299 F3: none, or 每个工作日 per item; 每小时80元 above)
    ("每个工作日", "per-day"), ("每工作日", "per-day"), ("每半个工作日", "per-half-day"), ("每半天", "per-half-day"), ("每半日", "per-half-day"),
    # 同一案件累计按件补贴不超过500元, 每案, 每起纠纷: a legal aid case or a mediated dispute, an item as 每件 (h299 F3: none)
    ("同一案件", "per-item"), ("每案", "per-item"), ("每起案件", "per-item"), ("每起纠纷", "per-item"),
    # 假肢、矫形器等按每例不超过5000元, 每例人工耳蜗植入手术: a case fitted or operated on, an item as 每案 (h309 F3: none)
    ("每例", "per-item"), ("每例次", "per-item"),
    ("每宗", "per-item"), ("单宗", "per-item"), ("每辆车", "per-item"), ("每辆", "per-item"), ("每张床位", "per-bed"), ("每张床", "per-bed"), ("每张护理型床位", "per-bed"), ("每个床位", "per-bed"), ("每床", "per-bed"),
]
# 户 counts firms in a sentence about them (新开办企业…每户补助300元, 小微企业…单户贴息最高20万元), households elsewhere
HOUSEHOLD_AS_FIRM = {"per-household": "per-entity", "per-household-year": "per-entity-year", "per-household-month": "per-entity-month"}
FIRMS = re.compile(r"企业|商户|经营主体|市场主体|工商户|小微|合作社|社会组织")  # (农民专业合作社…每户: per entity, a review)
# (…的企业新就业职工，给予每户…, 受影响的村民, 困难户: people's households beside a firm named, a review)
CONDITION_ALONE = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）).．、]\s*)?对[^，,。；;]{2,40}?的[，,]")  # 对…的，: who qualifies, no head noun after its 的
PEOPLE_NAMED = re.compile(r"人员|农民工|毕业生|劳动者|个人")  # (居民, 群众: HOUSEHOLDS already)
HIRES = re.compile(r"吸纳|招用|招收|安置|聘用|录用|雇用|吸收")
HOUSEHOLDS = re.compile(r"农户|家庭|居民|住户|脱贫户|低保户|种植户|养殖户|困难户|贫困户|村民|职工|员工|群众|农民(?!专业合作社|合作社)|社员")
# 初级工1000元、中级工1500元, 博士10万元、硕士5万元: a sum for each person of a grade or degree
PERSON_GRADE_BEFORE = re.compile(r"(?:[初中高]级工|(?:高级)?技师|博士(?:研究生)?|硕士(?:研究生)?|本科(?:毕业)?生?|专科(?:毕业)?生?|大专生?)\s*$")  # (本科3万元: h150)
# (传承人: 每名传承人每年, the bearer of an intangible heritage, h294 F3)
# (每名值班律师每月, 每名人民调解员年度: named by their work, a 员 or a profession: h299 F4, per month or per person alone)
PERSON_NOUN_WORDS = r"人员|学员|毕业生|学生|职工|员工|人才|劳动者|学徒|青年|农民工|对象|老人|患者|儿童|婴幼儿|幼儿|孩子|传承人|律师|医生|医师|教师|员"
# 每招用1人2000元, 每介绍成功1人300元: paid per person hired (trained, placed, referred …); 每吸纳脱贫劳动力1人, 每查实瞒报谎报1人
# 奖励3万元: whom, between the verb and the count (h272 F3: none)
PER_HEAD_HIRED = re.compile(r"每(?:新|多)?(?:超过|超出|超比例安排|超|多安排|接待|招用|吸纳|安置|培训|带动|带(?=\s*(?:1|一)\s*名)|招收|聘用|录用|留用|增加|新增|介绍成功|成功介绍|介绍|成功推荐|推荐成功|推荐|转移输出|转移就业|输出|转移"
                            r"|引进|柔性引进|全职引进|输转|组织输转|查实|查处|核实|救助)[\u4e01-\u9fff]{0,8}?(?:1|一)\s*(?:名|人|位)"  # (每引进1名博士: a talent subsidy, a blind test)
                            rf"(?:{PERSON_NOUN_WORDS})?")  # 每带1名学徒每年: the apprentice named, then the year (h294 F3)
# 每引进1个项目, 每落地一个项目: paid per project brought in (h157: none)
PER_PROJECT_BROUGHT = re.compile(r"每(?:新)?(?:引进|招引|落地|签约|引荐|促成|认定|建成)(?:1|一)\s*个(?:项目)?")
# 每新增1个托位给予5000元一次性建设补助, 每新建一张床位: per place built, as 每个新增托位 is (h274 F8: one-off alone; not
# 每新增1个百分点, a rise)
PER_PLACE_ADDED = re.compile(r"每(?:新增|新建|建成|增加)(?:1|一)\s*(?:个(?!百分点|点|月|季度|工作日|年度)|(?P<bed>张(?=[\u4e00-\u9fff]{0,4}床)))")
# 每名见习人员每月, 每位学员, 每名: per person named by who they are, and per month or year when that follows
PERSON_NOUN = rf"[\u4e00-\u9fff]{{0,8}}?(?:{PERSON_NOUN_WORDS})"
# (每个婴幼儿每月, 每孩每年: a child, per person too: a blind test of 托育 texts)
# (not 每个幼儿园, 每个老人日间照料中心: a place right after, a review)
CHILD_OR_ELDER = r"(?:婴幼儿|幼儿|儿童|孩子|老人|学生)(?!园|之家|日间|中心|公寓|食堂|宿舍|服务站|服务中心|照料|活动中心|活动室)"
# (每名承办人员年度领取…总额不超过8万元: the person's yearly total, h299 F4: per person alone)
PER_NAMED_PERSON = re.compile(rf"每(?:名|位|个(?={CHILD_OR_ELDER})|孩)(?:{PERSON_NOUN})?(?:每(?P<period>年|月|天|日)|(?P<yearly>年度|全年))?")
# 单家银行年度, 每家机构每年, 单户年度, 单户年贴息: per entity (household) and year, what the entity is named between
# what an entity paid for is (one list for both patterns below; 单个旅行社年度, 单个业主: z226, z227)
ENTITY_KIND = (r"企业|银行|机构|单位|主体|平台|基地|园区|商户|公司|载体|孵化器|众创空间|站点|服务站|旅行社|酒店|宾馆|景区|服务商|运营商|供应商|业主|经营户|门店"
               r"|实体|合作社|车间|工坊|农场")  # 单个创业实体每年, 每个合作社每年 (a blind test: per year alone; a team stays per item)
ENTITY_NOUN = rf"[\u4e00-\u9fff]{{0,4}}?(?:{ENTITY_KIND}|设区市|市|县|区|乡镇|街道)"  # 金融机构, 科技型企业
PER_ENTITY_YEAR = re.compile(rf"(?:(?:每|单)(?P<who>家|户|个)(?P<noun>{ENTITY_NOUN})?|同一(?:{'|'.join(SAME_ENTITIES)})|(?<=企业)(?=同一年度))"
                             r"(?:同一)?(?:每年|年度|全年|年(?=贴息|补贴|补助|奖励|资助|奖补|支持))(?:累计)?")  # (同一企业同一年度累计,
# 对…的企业同一年度累计奖励: the firm's yearly total, h225 and the review)  # 同一单位年度资助总额 (全年: a blind test)
# 养羊每只补贴300元, 每只蛋鸡, 鸡鸭鹅养殖场，按存栏量每只补助1元: an animal paid per head, named before 每只 in the window or
# right after it (not 灯具每只, 集装箱每只: things counted, a review)
ANIMAL = r"羊|鸡|鸭|鹅|兔|禽|牛|猪|鸽|驴|鹿|貂|狐|畜"
# 每新增1头能繁母猪, 每测定1头种猪, 每出栏1头: per head counted after its verb (h293 F5: none; not 每头份, a dose)
PER_HEAD_COUNTED = re.compile(r"每[\u4e00-\u9fff]{1,4}?(?:1|一)\s*头(?!份)")
PER_ANIMAL = re.compile(rf"(?:{ANIMAL}).*?每只|每只[\u4e00-\u9fff]{{0,2}}(?:{ANIMAL})")
ANIMAL_NAMED = re.compile(ANIMAL)
# 单机最高不超过5万元, 单台补贴额不超过30万元 (h182; not 单机容量5万千瓦以上: the condition)
PER_MACHINE = re.compile(r"单(?:机|台)(?:[（(]套[）)]|套)?(?=最高|补贴|补助|不超过|限额|累计|奖励)")  # (单台(套)最高: the review)
# 户均补助3000元, 户均可获得补贴3000元 (a blind test; not 户均增收2000元, a target: a review)
PER_HOUSEHOLD_PAID = re.compile(r"户均(?=[^，。；\d]{0,5}(?:补助|补贴|奖补|奖励|发放|给予|资金))")
PER_BED = re.compile(r"床位[^，。；]{0,4}?每张")  # 新增护理型床位每张一次性补助5000元: a bed, named before 每张 (a review)
PER_TRAIN = re.compile(r"每列(?![入为举出明示])")  # 每列给予2万元: a train run (not 每列入…名单的企业)
# …，年度累计不超过100万元: a cap on a year's payments (a blind test: no payment unit); 单个企业年度累计 is the entity's
YEARLY_TOTAL = re.compile(r"(?<![业构位家户体])(?<!同一)(?:每)?年度累计"  # (个人同一年度累计: whose total, not the programme's)
                          # 年度降费补贴总额最高不超过600万元: the programme's yearly total paid (h292 F13: none; not 2023年度, 本年度: one year)
                          r"|(?<![业构位家户体人\d本上当该次同])年度(?:[\u4e00-\u9fff]{0,4}?(?:补贴|补助|奖励|奖补|资助|贴息))总额")
# 单个经办银行, 每个企业, 每家孵化器, 每个电信运营商: per entity, whichever kind it names (PER_ENTITY_YEAR when a year follows)
# (a closed list of words before the kind: 每个月补贴企业 is per month)
# (单个养老机构, 每家托育机构: what kind of entity, a word or two before it: a blind test)
# 每村奖励3万元, 每个行政村每年: per village, an entity as 每市 and 每县 are (h276 F6: none, or per year; not 每个村民, a person)
# (每个村（社区）每年: the village and the community the bracket adds, per year still: h299 F12, per year alone; 每个社区)
PER_VILLAGE = re.compile(r"(?:每|单)(?:个)?(?:(?:行政)?村(?![民医干委组务级庄镇集])(?:[（(](?:社区|居)[）)])?|社区(?![居工干医群卫服]))(?P<year>每年|年度)?")
PER_LIFT = re.compile(r"每部(?![门分署委])")  # 按每部8万元给予补助: a lift (h269 F1; not 每部门)
# 每车奖励8000元, 单车补助最高4.5万元, 每标台每年, 单车年度补贴上限: per vehicle (an item, as 每辆 is), and per year when
# a year follows (h291 F3: none, or per year alone; not 共享单车, 每车次, 每车公里); 每艘, 单船: a vessel, the same (h285 F5: none)
PER_VEHICLE = re.compile(r"(?:每|(?<![享行摩])单)(?:辆车?|车|标台|艘(?:渔船|船)?|船(?![员东舶型]))(?![次公辆间道])(?P<year>每年|年度|全年)?"
                         r"(?P<month>(?<![年度])每月)?")  # (月卡每车每月不超过200元: per vehicle and month, h301 F11: per month alone)
# 人均基本公共卫生服务经费补助标准由89元提高至94元, 经费人均不低于37.6元: per head of the population served (h288 F1: none);
# not 人均可支配收入达到2万元, a measure of income
# (a sum paid per head: a word of funds or standards between 人均 and the figure; not 人均税收, 人均金融资产: measures, the review)
# (月人均补差水平不低于450元: the top-up paid to each, a month's: h289 F12, none)
PER_CAPITA = re.compile(r"(?:(?<![\d〇零一二三四五六七八九十今当明去前上本同该次全])(?P<period>[月年]))?(?:(?<=补助|经费|补贴|标准|筹资|资金)人均|人均(?=[^，,。；;]*?(?:补助|经费|补贴|标准|筹资|资金|补差)))(?!每)(?=(?:(?!收入|增收|可支配|消费|产值|生产总值|GDP|面积|工资|所得|支出|税|资产)[^，,。；;])*$)")
PER_STUDENT = re.compile(r"每生(?![产活成态效长存])")  # 每生2000元 (not 每生产1吨: the sixth review)
PER_ENTITY = re.compile(rf"(?:每|单)(?:家|个|户)(?:(?!项目|月|年|季)[\u4e00-\u9fff]){{0,4}}?(?:{ENTITY_KIND}|开发区|高新区)(?!每年|年度|全年)")
# 每成功保荐1家企业奖励20万元, 每引进1家金融机构: per entity counted after its verb (h292 F13: none)
PER_ENTITY_COUNTED = re.compile(rf"每(?!年|月|季|半年)[\u4e00-\u9fff]{{1,6}}?(?<![唯同统])(?:1|一)\s*家(?!庭|人)(?:{ENTITY_NOUN})?")
# a head before the number and a period after it (给予每人2000元/年): one payment unit
HEAD_THEN_PERIOD = {("per-person", "per-year"): "per-person-year", ("per-person", "per-month"): "per-person-month",
                    ("per-person", "per-day"): "per-person-day", ("per-entity", "per-year"): "per-entity-year",
                    ("per-household", "per-year"): "per-household-year", ("per-entity", "per-month"): "per-entity-month",
                    ("per-household", "per-month"): "per-household-month",
                    ("per-bed", "per-month"): "per-bed-month", ("per-bed", "per-year"): "per-bed-year",
                    ("per-item", "per-year"): "per-item-year",  # 每辆每年补贴3万元 (h291 F3: per year alone)  # 每床每月50元 (h246 F2: per month)
                    ("per-item", "per-month"): "per-item-month",  # 每辆每月, 每个每月 (h301 F11: per month alone, beside 每车每年's per item)
                    ("per-person", "per-semester"): "per-person-semester"}  # 每名幼儿每学期 (h316 F5)
# 每年给予每人3万元: a period, then the head it is paid per after the verb (its cue alone is per-person)
EVERY_PERIOD = r"每(?P<period>年|月|天|日)"
PERIOD_THEN_PERSON = re.compile(EVERY_PERIOD + r"[^，,。；;、]{0,6}$")
PER_PERSON_EVERY = {"年": "per-person-year", "月": "per-person-month", "天": "per-person-day", "日": "per-person-day"}
# 每月…1500元/人: a period before the number and the head after it, one payment unit
PERIOD_BEFORE = re.compile(EVERY_PERIOD)
# 年收费标准：200元/人 (a table's column named so), 年补助标准为…: a yearly standard named right before the sum, per year too
# (h288 F7: per person alone); not 2024年收费标准, 当年补助标准: a year's standard, no period
YEARLY_STANDARD_NAMED = re.compile(r"(?<![\d〇零一二三四五六七八九十今当明去前上本同该次老青少成中学])年度?(?:收费|补助|补贴|服务费|缴费)标准[为是：:]?\s*$")
HEAD_AND_PERIOD = {**{("per-person", period): code for period, code in PER_PERSON_EVERY.items()},
                   ("per-entity", "年"): "per-entity-year", ("per-household", "年"): "per-household-year",
                   ("per-entity", "月"): "per-entity-month", ("per-household", "月"): "per-household-month",
                   ("per-bed", "月"): "per-bed-month", ("per-bed", "年"): "per-bed-year"}
# 月缴存额上限为6782元, 月缴存额上限（单位和个人合计）：最高6 782元: a housing fund's deposit, paid each month, named right
# before its sum (h300 F10: none); not 月缴存基数, the wage it is reckoned on, no sum paid
MONTHLY_DEPOSIT_NAMED = re.compile(r"(?<![\d〇零一二三四五六七八九十])月缴存额(?:上限|下限|最高限额|最低限额)?(?:[（(][^（）()]{1,12}[）)])?"
                                   r"(?:为|是|[：:])?\s*(?:最高|最低|不超过|不高于|不低于|不得超过|不得低于)?\s*$")
# 全日托月收费不高于1200元, 月保育费标准为800元: a fee charged each month, as 每月收费 is (h322 F10: none)
MONTHLY_FEE_NAMED = re.compile(r"(?<![\d〇零一二三四五六七八九十个每当本上下次首末前后])月(?:收费|保育费|保教费|托育费|服务费|租金)(?:标准)?(?:为|是|[：:])?\s*"
                               r"(?:最高|最低|不超过|不高于|不低于|不得超过|不得高于|不得低于|原则上不超过|原则上不高于)?\s*$")
A_PUPIL = r"生(?![产活成态效长存猪])"  # 元/生, 元/月·生: a pupil's (h297 F2), not 元/生产线
PAYMENT_AFTER = [
    # 元/人·月, 元/人/月, 元/（人·月）; 元/生·月, 元/（生·年）: a pupil's, per person as 每生 is (h297 F2: none)
    (re.compile(r"^/[（(]?[人生][·•・/]?月"), "per-person-month"), (re.compile(r"^/[（(]?[人生][·•・/]?年"), "per-person-year"),
    (re.compile(r"^/[（(]?[人生][·•・/]?(?:天|日)"), "per-person-day"), (re.compile(r"^/[（(]?[人生][·•・/]?次"), "per-person-time"),  # 元/人·次
    (re.compile(r"^/[（(]?[人生][·•・/]?学期"), "per-person-semester"),  # 元/生·学期 (h297 F3)
    # 元/月·生, 元/年/人: the period first, then the head (h297 F1: per month alone)
    (re.compile(rf"^/[（(]?月[·•・/](?:人|{A_PUPIL})"), "per-person-month"), (re.compile(rf"^/[（(]?年[·•・/](?:人|{A_PUPIL})"), "per-person-year"),
    (re.compile(r"^/(?:学时|课时)"), "per-class-hour"),
    # 10000元/个·年, 5万元/家·年, 3000元/辆·年: each and a year, as 每个每年 and 每辆每年 are (h288 F4: per item alone)
    (re.compile(r"^/[（(]?(?:个|家)[·•・/]年"), "per-entity-year"), (re.compile(r"^/[（(]?户[·•・/]年"), "per-household-year"),
    (re.compile(r"^/[（(]?(?:辆|台|艘)[·•・/]年"), "per-item-year"), (re.compile(r"^/[（(]?(?:辆|台|艘)[·•・/]月"), "per-item-month"),
    (re.compile(r"^/户"), "per-household"),
    (re.compile(r"^/亩[·•・/]?年"), "per-mu-year"), (re.compile(r"^/亩"), "per-mu"),  # 1万元/亩, 500元/亩·年 (a blind test)
    (re.compile(r"^/[（(]?年[·•・/]亩"), "per-mu-year"),  # 元/年·亩: the year first (h308 F7)
    # 0.25元/公里, 1万元/公里·年: a kilometre, as 每公里 (h291 F2: none); 元/车公里 a vehicle's kilometre, as 每车公里
    (re.compile(r"^/(?:公里|千米|km)[·•・/]?年"), "per-km-year"), (re.compile(r"^/(?:公里|千米|km)"), "per-km"),
    (re.compile(r"^/车[·•・]?(?:公里|千米|km)"), "per-vehicle-km"),
    # 2000元/辆, 300元/台: a vehicle, a machine, as 每辆 and 每台 are (h249 F4: none; not 元/台班, 元/辆次); 2000元/艘 a vessel (h285 F5)
    (re.compile(r"^/(?:件|项|个|台[（(]?套[）)]?|套|台(?![班时次])|辆(?!次)|艘(?!次))"), "per-item"), (re.compile(r"^/家"), "per-entity"),
    (re.compile(rf"^/(?:人|{A_PUPIL})"), "per-person"), (re.compile(r"^/月"), "per-month"), (re.compile(r"^/年"), "per-year"),
    (re.compile(r"^/(?:平方米|㎡|m²|m2)[·•・/]?月"), "per-square-metre-month"), (re.compile(r"^/(?:平方米|㎡|m²|m2)[·•・/]?年"), "per-square-metre-year"),
    (re.compile(r"^/(?:平方米|㎡|m²|m2)[·•・/]?(?:天|日)"), "per-square-metre-day"), (re.compile(r"^/(?:平方米|㎡|m²|m2)"), "per-square-metre"),
    (re.compile(r"^/(?:千瓦[·•・]?时|度|kW[·•・]?h|kwh|KWh|kWh)"), "per-kwh"), (re.compile(r"^/(?:千瓦|kW|KW)(?![时hH]|[·•・][时hH])"), "per-kw"), (re.compile(r"^/(?:立方米|m³|m3)"), "per-cubic-metre"), (re.compile(r"^/(?:天|日)"), "per-day"), (re.compile(r"^/(?:小时|h(?![A-Za-z]))"), "per-hour"), (re.compile(r"^/半小时"), "per-half-hour"), (re.compile(r"^/(?:标箱|TEU)"), "per-teu"), (re.compile(r"^/场"), "per-event"),
    # 元/张床, 元/床; 元/床/月, 元/（床·月）: per bed and month (h246 F1)
    (re.compile(r"^/[（(]?(?:张床|床位?)[·•・/]?月"), "per-bed-month"), (re.compile(r"^/[（(]?(?:张床|床位?)[·•・/]?年"), "per-bed-year"),
    (re.compile(r"^/(?:张床|床位?)"), "per-bed"),
    (re.compile(r"^/半天"), "per-half-day"),  # 300元/半天 (h299 F3; 80元/小时 with the parking fee's above)
    (re.compile(r"^/次"), "per-time"), (re.compile(r"^/吨"), "per-tonne"), (re.compile(r"^/(?:头|羽)份"), "per-dose"), (re.compile(r"^/(?:头|羽)"), "per-head"),
    (re.compile(r"^/只"), "per-head"),  # (50元/只: an animal's head where one is named before, else none: PER_HEAD_AFTER)
    (re.compile(r"^的?一次性"), "one-off"),  # 给予2000元一次性求职创业补贴
]
# Between two amounts of one list (1000元、1500元和2000元), or a second bound of the same payment
# (不低于1500元，最高不超过2000元): nothing that names another thing paid
LISTED_AFTER = re.compile(r"\s*(?:、|和|或|及|以及)\s*")
# the standard of the payment named before, raised for the recipients of this part (…的，标准提高至每人2000元)
# (留用率达到50%以上的提高至2000元: the condition of those it is raised for first, in the same phrase: h313 f6)
RAISED_FOR_OTHERS = re.compile(r"^(?:[^，,。；;]{1,30}?(?:以上|以下)?的)?(?:补贴|补助|奖励)?(?:标准)?(?:提高|提升|上调|调高|增加)(?:至|到|为)"
                               r"\s*(?:每(?:人|户|家|名)\s*)?$")
# …每户1万元；…的，每户再增加2000元, 另增加, 再提高1000元: a sum added to the one before (not 提高至: RAISED_FOR_OTHERS)
ADDED_TO_THE_SUM_BEFORE = re.compile(r"(?:每(?:人|户|家|名)\s*)?(?:再|另|额外)(?:增加|增发|加发|提高)\s*$")
BAND_GAP = re.compile(rf"\s*{BAND_JOIN}\s*")
BAND_UPPER_GAP = re.compile(r"\s*(?:以上|及以上|（含）以上|\(含\)以上)\s*(?:至|到)?\s*")  # (…元以上…元以下: a band's two ends)
RANGE_GAP = re.compile(rf"\s*(?:元|万元|万)?\s*(?:（含）|\(含\))?\s*(?:{DASH}|至|到)\s*")  # between a range's two ends
# Between a standard and the one a change puts in its place (由每人每月1500元提高至每人每月2000元, 比例由现行25%
# 增加到50%, 由总投入2000万元以上调整为1000万元以上, 1.5%-3%的担保费率降低至1%以下, 由2%降至1%): the first is superseded
CHANGED_TO = re.compile(r"\s*(?:以上|以下|及以上|及以下|（含）以上|（含）以下)?(?:的[\u4e00-\u9fff]{0,4}(?:费率|比例|标准|额度|上限))?\s*"
                        r"(?:阶段性|逐步|临时)?(?:提高|提升|上调|调高|调整|增加|降低|下调|调减|调低|减少|扩大|缩减|[降升提增减调])(?:至|到|为)\s*"
                        r"(?:[日月年](?=\s*(?:\d|$))\s*)?"  # (由日0.02%下调至日0.01%: a daily rate, h314 F6)
                        r"(?:不超过|不高于|不低于|最高|最低)?\s*"  # (由最高20万元提高至最高30万元: a cap raised, h160)
                        # (由每件80元降为每件60元: h166; 由每床每月80元提高至每床每月120元, 每张床位: h278 F2; 由每具300元提高到每具500元,
                        # 每辆, 每艘, 每亩: h289 F4)
                        r"(?:每(?:名学生|张护理型床位|张床位|个床位|张床|床位|床|人|户|家|月|年|学年|次|名|个|天|日|学时|件|项|台|套|宗|笔|张|生|千瓦"
                        r"|具|辆|艘|亩|吨|平方米|立方米|头份|羽份|头|羽|只)\s*){0,3}"  # (由原每头40元调整为每头80元: h293 F3)
                        r"(?:不超过|不高于|不低于|最高|最低)?\s*"  # (由每人每月不超过800元提高到每人每月不超过1200元: the head, then the bound, h289 F4)
                        # 将第八条中“…5000元”修改为“…10000元”: an amending text's quoted old words, then the new (a blind test)
                        # (“处五千元以上二万元以下罚款”修改为“处一万元以上…”: the old words go on after the sum, another blind test)
                        r"|[^“”\"。；;]{0,12}?[”\"]\s*(?:修改为|修订为|调整为|改为|变更为)\s*[“\"][^“”\"]{0,30}")
# 每千瓦时加价0.05元，为0.61元, 每立方米上调0.3元，即3.5元: a price changed by an amount, then what it comes to
CHANGED_BY = re.compile(r"(?:加价|加收|提高|上调|上浮|调高|增加|降低|下调|下浮|调低|减少|降价|减收)了?\s*$")
RESULT_OF_A_CHANGE = re.compile(r"\s*[，,]\s*(?:即|为|达到|调整为)\s*")
BOUND_AFTER = re.compile(r"[，,、]?\s*(?:最高|最多|最低|不超过|不高于|不低于|不少于|上限为?|下限为?|封顶)+\s*")
MONEY_WORDS = re.compile(r"补贴|补助|贷款|资金|奖补|奖励|标准|贴息|救助金|经费|扶持|返还|发放|资助")  # (一次性创业资助: h304 F7)


DEDUCTIBLE_BEFORE = re.compile(r"(?:起付标准|起付线|起付金额|起付额)(?:为|是|调整为|提高至|降低至|统一为)?\s*$")
# 0—10万元（含10万元）部分报销60%, 10万元以上部分: a band of the costs paid back at a share
# (a band word required: not 每人每月提高20元部分, a rise paid: the fifth review)
# (500万元及以下部分不超过30%: the band's end with 及, h305 F2)
SPENDING_BAND_AFTER = re.compile(r"\s*(?:[（(][^（）()]{0,10}[）)])?\s*(?:(?:及|或)?(?:以上|以下|以内)|至[^，,。；;]{0,12}?)(?:[（(][^（）()]{0,10}[）)])?\s*(?:的)?部分"
                                 r"|\s*[（(]\s*含[^（）()]{0,10}[）)]\s*(?:的)?部分")
# 超过1000万元部分, 500万元至1000万元部分: a band opened before the sum and closed by 部分 right after it, no band word between
# (h305 F2: read as a payment; not 每人每月提高20元部分, a rise paid)
BAND_OPENED_BEFORE = re.compile(r"(?:(?<![不未没得有])超过|超出|高于|\d\s*(?:万|亿|千)?元?\s*(?:（含）|\(含\)|以上)?\s*(?:至|到))\s*$")
BAND_CLOSED_AFTER = re.compile(r"\s*(?:[（(]\s*不?含[^（）()]{0,10}[）)])?\s*(?:的)?部分")
STANDARD_NOTED_BEFORE = re.compile(r"[（(][^（）()]{0,8}?(?:最低工资|最低生活保障|社平工资|平均工资)(?:标准|水平)?(?:为|是)\s*$")
LOWEST_STANDARD = re.compile(r"最低(?:工资|价格?|生活保障|收购价|罚款(?:数额)?)(?:标准)?的?")  # (法定最低罚款数额的50%: h175)
# 按最低工资标准（每人每月2160元）的80%: the standard's own level, in brackets after its name, is no amount of the clause
STANDARDS_LEVEL = re.compile(r"(?:最低工资|最低生活保障|低保|工资|收入|社平工资|平均工资)(?:标准|水平)?[（(][^（）()]{0,12}$")


# 由当地最低工资标准的60%提高至当地最低工资标准的80%: the new rate's base named again before it (a blind test: not superseded)
BASE_BEFORE_RATE = re.compile(r"(?<=至|到|为)\s*[\u4e00-\u9fff]{2,14}?的\s*$")
# (到2027年达到每人每月650元。: a standard to reach, paid per head named between, h288 F5: min)
REACHES = re.compile(r"达到\s*(?:每(?:人|户|家|名|生|年|月|天|日)\s*){0,3}$")
TARGET_REACHED = re.compile(r"(?:力争|争取|确保|规模|余额|总额|总量)达到\s*$")  # (资金池，规模达到1亿元；: a size, z207)
STATED_AFTER = re.compile(r"\s*(?:。|[，,]\s*(?:同比|较上年))")  # (not …；, a condition listed)
CAPPED_REACH = re.compile(r"(?:最高|最多)达到\s*$")
BOUND_OF_ANOTHER_FIGURE = re.compile(r"(?:超过|不超过|不低于|不少于|低于|高于|达到|最高|最多)\s*\d[\d.]*\s*(?:个月|年|月|天|日|个|人|家|次|%)\s*(?:以上|以下)?的\s*$")
# 国家最高科学技术奖 1000: an award's name, no cap (h181; not 给予最高贡献奖励50万元, a cap on the reward: the review)
TOP_AWARD = re.compile(r"最高(?=(?:(?:科学)?技术|科技|荣誉|成就|贡献)奖(?![励补金]))")
# 计算结果低于100元的不予返还, 不足50元的不予发放: what is paid at least (z338)
NOTHING_BELOW = re.compile(r"(?:不足|低于)\s*$")
NOT_PAID_AFTER = re.compile(r"^的?[，,]?\s*(?:不予|不再|不)(?:返还|发放|补贴|支付|拨付|兑现|受理|奖励|资助)")


EXCEEDS_RIGHT_BEFORE = re.compile(r"(?<![不未没得有])超过\s*$")


def _bound(before: str, after: str) -> str:
    # 最低工资标准的40%, 最低价标准的70%: a standard named, no bound (its 的 kept: 不低于…最低价标准的70% is a floor)
    before = LOWEST_STANDARD.sub(lambda m: "的" if m.group().endswith("的") else "", before)
    before = TOP_AWARD.sub("", before)
    if NOTHING_BELOW.search(before) and NOT_PAID_AFTER.match(after):
        return "min"
    if (REACHES.search(before) and (TARGET_REACHED.search(before) or STATED_AFTER.match(after))
            and not (MAX_AFTER.match(after) or MIN_AFTER.match(after) or CAPPED_REACH.search(before))):
        return "exact"  # 余额达到2.5万亿元。, 力争达到600亿元: a target or a statistic (z358, z368), not 达到X的企业, a floor
    if BOUND_OF_ANOTHER_FIGURE.search(before):  # 其中逾期超过2年的612万元: 超过 bounds the years, not the sum (z355)
        return "max" if MAX_AFTER.match(after) else "min" if MIN_AFTER.match(after) else "exact"
    if EXCEEDS_RIGHT_BEFORE.search(before) and not MAX_AFTER.match(after):
        return "min"  # …不超过25%、超过1000万元部分…: 超过 right before the sum, not the 不超过 of the phrase before it (h305 F2)
    if MAX_BEFORE.search(before) or MAX_AFTER.match(after):
        return "max"
    if MIN_BEFORE.search(before) or MIN_AFTER.match(after):
        return "min"
    return "exact"


def _phrase_bounds(text: str, pos: int, seps: str) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in seps) + 1
    ends = [i for i in (text.find(c, pos) for c in seps) if i >= 0]
    return start, min(ends) if ends else len(text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins: after the last 。, or a line break after which a sentence began (not
    …奖励； / 重新认定的，…: the sentence goes on past its ；, a mutation test)."""
    for i in range(pos, 0, -1):
        if text[i - 1] == "。" or text[i - 1] == "\n" and text[i - 2 : i - 1] not in ("；", ";", "，", ","):
            return i
    return 0


HOUSEHOLD_OPENS = re.compile(r"\s*(?:对)?(?:每|单)户")  # 每户减免金额…: a sentence about those named before it
# (对单户担保金额500万元及以下的，…: a part after ； like the one before it, which named the firms: h292 F14)


def _firms_counted(text: str, pos: int) -> bool:
    """Whether 户 at ``pos`` counts firms: the last of firms or people its sentence names before it is firms (新开办企业…每户
    补助300元), or, none before, its phrase names firms and no households after it (对单户授信1000万元以下的小微企业…)."""
    lo, _ = _phrase_bounds(text, pos, "。；;\n")
    _, hi = _phrase_bounds(text, pos, "。；;，,\n")
    if not (FIRMS.search(text, lo, pos) or HOUSEHOLDS.search(text, lo, pos) or OWN_RECIPIENT.match(text, lo)
            or PEOPLE_NAMED.search(text, lo, pos) and not HIRES.search(text, lo, pos)):  # (返乡入乡人员自主创业的，每户…: the
        # part's own people, a review; not 吸纳登记失业人员就业的: who hires them, an employer, a second review)
        lo = _sentence_start(text, pos)  # …创办小微企业的，…；入驻…的，每户…: the sentence's firms, named before its ；
        # (a blind test; not where the part names its own recipients, 对脱贫人口自主创业的，每户…: a review)
    before = sorted([(m.start(), True) for m in FIRMS.finditer(text, lo, pos)]
                    + [(m.start(), False) for m in HOUSEHOLDS.finditer(text, lo, pos)])
    if before:  # the one named last before it (对招用职工的小微企业: firms; 对…的企业新就业职工: households, a review), but the
        # first where the phrase naming them is a condition alone (对脱贫户加入合作社的，每户…: the households, a review)
        condition = CONDITION_ALONE.match(text, lo, pos)
        return (before[0] if condition and before[0][0] < condition.end() else before[-1])[1]
    if FIRMS.search(text, pos, hi) or HOUSEHOLDS.search(text, pos, hi):
        return bool(FIRMS.search(text, pos, hi)) and not HOUSEHOLDS.search(text, pos, hi)
    # …的小微企业和个体工商户，免收3个月租金。每户减免金额最高不超过100万元。: a sentence naming none, those of the sentence
    # before (h144: households)
    if not HOUSEHOLD_OPENS.match(text, lo):
        return False  # (对脱贫人口自主创业的，每户…, 加强社区居家养老服务，每户…: the sentence's own words, households)
    before = _sentence_start(text, max(0, lo - 2))  # (the sentence before only, not the clause's first: the review)
    earlier = [(m.start(), True) for m in FIRMS.finditer(text, before, lo)] + [(m.start(), False) for m in HOUSEHOLDS.finditer(text, before, lo)]
    return max(earlier)[1] if earlier else False


def _nearest(mentions: list[ConceptMention], offsets: dict[int, tuple[int, int]], pos: int, lo: int, hi: int) -> str | None:
    best, best_d = None, None
    for m in mentions:
        s, e = offsets[id(m)]
        if s >= lo and e <= hi:
            d = min(abs(pos - s), abs(pos - e))
            if best_d is None or d < best_d:
                best, best_d = m.concept, d
    return best


COMPARED_WITH_OLD = re.compile(r"(?:较|比)\s*(?:\d{4}\s*年度?|上年度?|去年|上一年度?|原标准|原|以往)?(?:的)?(?:标准)?\s*(?:每[\u4e00-\u9fff]{1,3}\s*)?$")
RISE_AFTER = re.compile(r"\s*(?:提高|增加|上调|增长|提升|下降|降低|减少|下调)(?:了)?\s*\d")
RISE_BY = re.compile(r"(?:提高|增加|上调|增长|提升|下降|降低|减少|下调)(?:了)?\s*$")
# 原标准：770元/人·月，新标准：810元/人·月 (an old/new table's row, h289 F1/F2): the old standard, the new one named after it
OLD_STANDARD_BEFORE = re.compile(r"原(?:执行的?)?[\u4e00-\u9fff]{0,8}?标准[：:为]?\s*(?:每[人户月年]){0,2}$")
NEW_STANDARD_AFTER = re.compile(r"[^，,。；;]{0,8}?[，,]\s*(?:新|调整后的?)[\u4e00-\u9fff]{0,8}?标准[：:为]?\s*(?:每[人户月年]){0,2}\d")
STANDARD_STOPPED_AFTER = re.compile(r"[^，,。；;]{0,6}?标准(?:同时|即|相应)?(?:停止执行|废止|不再执行)")
# (a payment had already, not the one raised: 在现有X标准基础上，提高… is X's, the seventh review)
BASE_PHRASE = re.compile(r"在(?:享受|已享受|领取)[^，,。；;]{2,30}?(?:的)?基础上"
                         # (在上述贴息基础上再给予一次性2万元奖励: another payment on top of the one named before, h271 F3)
                         r"|在(?:上述|前述|以上|前款|上款)[^，,。；;]{1,20}?(?:的)?基础上(?=[，,]?\s*(?:再|另外|另|额外)(?:给予|奖励|补助|补贴|发放))"
                         r"|经(?!营|济|费|办|销)[^，,。；;]{2,30}?(?:支付|报销|保障|补偿|补助)后")  # (经基本医保、大病保险支付后…给予救助: h264 F3)
# 按照当地城市低保月标准的3倍以内给予救助: the standard a sum is measured against, no group or payment of its (h289 F9: 低保)
MEASURED_AGAINST = re.compile(r"(?:低保|最低生活保障|最低工资)(?:月|年)?(?:保障)?标准的?\s*"
                              r"(?:\d+(?:\.\d+)?\s*(?:倍|[%％])|[一二三四五六七八九十两]+(?:\.\d+)?倍|百分之)")
ONE_OFF_AFTER = re.compile(r"(?:的?[\u4e00-\u9fff]{0,8}?(?:补贴|补助|奖励|奖补|资金))?[，,]\s*一次性(?:发放|拨付|兑现|支付|给予)"
                           r"|[，,]\s*(?:发放|拨付|兑现)方式\s*[：:]\s*一次性(?:发放|拨付|兑现|支付|给予)?\s*(?:[，,。；;]|$)")  # (a table's next cell, h322 F6)
# …2000元的生产扶持资金: the sum's own payment named right after it
PAYMENT_NAMED_AFTER = re.compile(r"的[\u4e00-\u9fff]{2,10}?(?:资金|补贴|补助|奖励|奖补|津贴)")


# a table's row whose first cell names whom it pays (制造业单项冠军企业，工业和信息化部，奖励标准：100万元)
ROW_NAMES_ITS_RECIPIENT = re.compile(r"\s*[^，,。；;：:\n]{2,20}(?:企业|单位|机构|公司|园区|基地|平台|人才|团队)[，,]")
ASIDE = re.compile(r"[（(][^（）()\n]{1,60}[）)]")
# 入驻创业孵化基地的创业实体, 进驻市级孵化基地的企业: a place the recipients entered, named to say who they are
PLACE_ENTERED_BEFORE = re.compile(r"(?:入驻|进驻|入孵|入园)[\u4e00-\u9fff]{0,4}$")
WHOSE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:内)?的")


class ConceptLinker:
    """Finds the instrument or group an amount at ``pos`` belongs to, where the sentence says so."""

    def __init__(self, text: str, mentions: list[ConceptMention], offsets: dict[int, tuple[int, int]], heading_end: int,
                 refers_back: bool = False, over: str | None = None):
        # (在享受耕地地力保护补贴基础上，再给予…: the payment had before, no concept of what is paid now: h266 F1)
        bases = [m.span() for m in BASE_PHRASE.finditer(text)] if "基础上" in text or "经" in text else []
        bases += [m.span() for m in MEASURED_AGAINST.finditer(text)] if "标准" in text else []
        mentions = [m for m in mentions if not any(lo <= offsets[id(m)][0] < hi for lo, hi in bases)]
        if not refers_back:  # (groups: 达到职工总数15%的，可申请…: the staff counted measure the firm, no one paid: h313 f3)
            mentions = [m for m in mentions if not TOTAL_OF_THEM.match(text, offsets[id(m)][1])]
        entered = [m for m in mentions if PLACE_ENTERED_BEFORE.search(text, max(0, offsets[id(m)][0] - 8), offsets[id(m)][0])
                   and WHOSE_AFTER.match(text, offsets[id(m)][1])]
        if entered and any(m.concept not in {e.concept for e in entered} for m in mentions):
            entered_ids = {id(m) for m in entered}
            # 创业场地租金补贴 / 入驻创业孵化基地的创业实体 / 每户每年最高6000元: the place its recipients entered says who, the
            # payment is the other named (h326 F8: a table row's amount had been incubator-support)
            mentions = [m for m in mentions if id(m) not in entered_ids]
        self.text, self.mentions, self.offsets = text, mentions, offsets
        self.refers_back = refers_back  # instruments: 补贴标准 in a later sentence is the one named before
        in_heading = {m.concept for m in mentions if offsets[id(m)][1] <= heading_end}
        self.heading_concept = next(iter(in_heading)) if len(in_heading) == 1 else None
        # the payment a title names, for a sentence naming none (h237 F3, h248 F6): ``over``, the one a section heading over a
        # clause naming none names (二、以工代训补贴 / （二）补贴标准：每人每月300元); or the clause's own heading's where it pays
        # nothing itself, after it (（一）高龄津贴。80周岁以上老年人每人每月30元)
        # (or one naming no payment but the title's: （一）展会补贴 / 1.…按每个标准展位2000元给予补贴。单个展会补贴最高…, h317 F5)
        self.title = over if not mentions or {m.concept for m in mentions} == {over} else None
        # (instruments only: a group in a title is whom the item is for, not whose each sum is)
        self._own_title = refers_back and MONEY_RE.search(text, 0, heading_end) is None and self.heading_concept is not None
        self._heading_end = heading_end
        self.by_title: list[int] = []  # the amounts it went to (a threshold's the caller takes back)
        # 1.对…企业，给予一次性奖励10万元。对…的，给予最高100万元奖励。: a first sentence paying its own recipient, not a
        # heading; a later sentence naming its own recipient is another award (a blind test: the second had been paid
        # once), while one elaborating the heading's payment (按每户5000元…, 其中…) is still the heading's
        self._heading_pays_its_own = (bool(OWN_RECIPIENT_OR_CONDITION.match(MARKER_FIRST.sub("", text[:heading_end])))
                                      and MONEY_RE.search(text, 0, heading_end) is not None)
        self._heading_mentions = [m for m in mentions if offsets[id(m)][1] <= heading_end]

    def own(self, pos: int) -> str | None:
        """The concept named in the amount's own phrase."""
        p_lo, p_hi = _phrase_bounds(self.text, pos, "，,。；;\n")
        return _nearest(self.mentions, self.offsets, pos, p_lo, p_hi)

    def link(self, pos: int, others: tuple[int, ...] = ()) -> str | None:
        """The concept of the amount at ``pos``: in its own phrase, else in its sentence but not
        in the phrase of one of ``others`` (amounts that are about something else)."""
        p_lo, p_hi = _phrase_bounds(self.text, pos, "，,。；;\n")
        # 不低于3000万元（省级专精特新中小企业不低于1000万元）: the aside's group is its own sum's, not the main one's (h296 F3)
        asides = [m.span() for m in ASIDE.finditer(self.text, p_lo, p_hi)
                  if not m.start() <= pos < m.end() and any(m.start() <= o < m.end() for o in others)]
        found = _nearest([m for m in self.mentions if not any(lo <= self.offsets[id(m)][0] < hi for lo, hi in asides)],
                         self.offsets, pos, p_lo, p_hi)
        if found or ANOTHER_PAYMENT.match(self.text, p_lo):
            return found  # (…一次性吸纳就业补贴，另按500元给予补贴: not the payment named before)
        if not MONEY_WORDS.search(self.text[p_lo:p_hi]):
            # 给予租金补贴，每家企业每年最高30万元: a cap in the phrase right after the payment it bounds
            # 给予一次性安家补贴，博士10万元、硕士5万元: who gets how much of the payment named before
            # (落实…工作生活补贴，其中乡镇工作人员按每人每月不低于2400元执行: a part of it, h313 f5; 申请创业担保贷款，额度最高30万元:
            # the loan's limit, h313 f4; not 其中见习留用率达到50%以上的，: a condition, no part paid)
            if p_lo > 0 and self.text[p_lo - 1] in "，," and (CAP_PHRASE.match(self.text, p_lo) or BREAKDOWN.fullmatch(self.text, p_lo, p_hi)
                                                            or PART_OR_LIMIT_OPENS.match(self.text, p_lo) and self.text[p_hi - 1] not in "的者"):
                before_lo, _ = _phrase_bounds(self.text, p_lo - 1, "，,。；;\n")
                while before_lo > 0 and self.text[before_lo - 1] in "，," and (DURATION_ONLY.fullmatch(self.text, before_lo, p_lo - 1)
                                                                           or CAP_PHRASE.match(self.text, before_lo)
                                                                           and not _pays_no_sum(self.text, before_lo, p_lo - 1)):
                    p_lo = before_lo  # …的租金补贴，连续补贴3年，每家企业每年最高50万元: past how long it is paid, or a tier before
                    # (not 每人每年给予一次性交通补助，最高不超过800元: the payment named, h276 F5)
                    before_lo, _ = _phrase_bounds(self.text, p_lo - 1, "，,。；;\n")
                # (按学期减免保育教育费，每学期减免500元: a fee waived, the sum of the waiver named before, h316 F5)
                if paid := PAYMENT_VERB.search(self.text, before_lo, p_lo) or FEE_WAIVED.search(self.text, before_lo, p_lo):
                    found = _nearest(self.mentions, self.offsets, p_lo, before_lo, p_lo - 1) or self._titled(pos, p_lo, p_hi)
                    if found is None and self._own_title and PAYS.search(self.text, before_lo, p_lo):
                        # （一）技术改造补助。按设备投资额的10%给予补助，单个项目最高不超过500万元: the cap is the payment's
                        # it bounds, whatever that one's is (the heading's, as the rate's: h296 F8; not a heading paying a
                        # sum of its own, 给予一次性奖励50万元, another payment)
                        found = self.link(paid.start())
                    return found
                if LOAN_NAMED_LAST.search(self.text, before_lo, p_lo - 1):
                    # 个人可申请创业担保贷款，额度最高30万元 / 协助申请创业担保贷款，个人最高30万元: the loan named right before is what
                    # the sum sizes, no verb paying it (h313 f4: none)
                    return _nearest([m for m in self.mentions if m.concept in LOAN_BORROWERS], self.offsets, p_lo, before_lo, p_lo - 1)
            lead = _table_lead_in(self.text, pos)
            if lead:
                return _nearest(self.mentions, self.offsets, lead[1], *lead)
            return self._titled(pos, p_lo, p_hi)
        s_lo, s_hi = _phrase_bounds(self.text, pos, "。；;\n")
        theirs = [_phrase_bounds(self.text, o, "，,。；;\n") for o in others if s_lo <= o < s_hi and not p_lo <= o < p_hi] + asides
        if PAID_AFTER_THE_SUM.search(self.text, pos, p_hi):
            # 对新增托位按照每个托位2000元标准给予配套补助，对托育机构运营补贴按照…配套: a phrase paying its own payment, not
            # one another phrase of the sentence names for whom it opens with (h274 F4)
            # (not a 对… phrase before it paying nothing: whom this one pays, 一、加强队伍建设。对托育从业人员参加…的，按每人2000元给予
            # 培训补贴, h322 F8)
            theirs += [(lo, hi) for lo, hi in _comma_phrases(self.text, s_lo, s_hi) if lo != p_lo and OWN_RECIPIENT.match(self.text, lo)
                       and (lo > p_lo or PAYMENT_VERB.search(self.text, lo, hi) or MONEY_RE.search(self.text, lo, hi))]
        if not self.refers_back:  # (groups: …，重点支持村卫生室开展老年人健康管理: whom what the money is for serves, h288 F2)
            theirs += [(lo, hi) for lo, hi in _comma_phrases(self.text, p_hi, s_hi) if lo > p_lo and PURPOSE_PHRASE.match(self.text, lo)]
        free = [m for m in self.mentions if not any(lo <= self.offsets[id(m)][0] < hi for lo, hi in theirs)]
        if any(m not in free for m in self._heading_mentions):
            return _nearest(free, self.offsets, pos, s_lo, s_hi)  # the heading's concept is another amount's
        # (a group's heading stays after a bare condition: 通过复核的，给予20万元奖励 narrows the heading's recipients, whose it is
        # still; not after 对…, a sentence naming its own: the review)
        own = OWN_RECIPIENT_OR_CONDITION if self.refers_back else OWN_RECIPIENT
        heading = None if self._heading_pays_its_own and own.match(self.text, s_lo) else self.heading_concept
        if heading and not self.refers_back and ROW_NAMES_ITS_RECIPIENT.match(self.text, s_lo) and _table_lead_in(self.text, pos):
            heading = None  # a table's row 制造业单项冠军企业，…，100万元: its own recipient, not the lead-in's 中小企业 (h296 F9)
        if heading and s_lo > self._heading_end and (sum_ := MONEY_RE.match(self.text, pos)) and PAYMENT_NAMED_AFTER.match(self.text, sum_.end()):
            heading = None  # …；…每户每年给予不超过2000元的生产扶持资金: a payment of its own, no concept known (h263 F7)
        if heading and self._in_a_table_of_other_payments(pos):
            heading = None  # （四）湿地…。补偿标准汇总如下： / 集体和个人所有国家级公益林 16 / 禁牧补助 7.5: a summary of payments (h308 F7)
        found = _nearest(free, self.offsets, pos, s_lo, s_hi) or heading or self._titled(pos)
        if found is None and self.refers_back and (lead := _table_lead_in(self.text, pos)):
            # …按下表给予一次性奖励： / 专精特新中小企业，省级，奖励金额：30万元: a row naming its column's 奖励 but no payment is
            # paid what the lead-in names, as a bare sum is (h314 F3: the first row's alone)
            found = _nearest(self.mentions, self.offsets, lead[1], *lead)
        if found is None and self.refers_back and (bare := BARE_STANDARD.search(self.text, p_lo, p_hi)) and not PAID_NOUN.search(self.text, s_lo, p_lo):
            # …给予就业见习补贴。对…的见习单位，补贴标准提高至每人每月1980元。: the payment the sentence before named, of the same
            # kind (补贴 a subsidy's; not 奖励标准 after 贴息, the review), where the sentence names no payment of its own (h224)
            last = s_lo - 1
            while last > 0 and self.text[last] in "\n ”’\"":  # (…补贴。” / 本办法所称…: past a quote's close and a line break, the review)
                last -= 1
            before = _nearest(self.mentions, self.offsets, pos, _sentence_start(self.text, max(0, last)), s_lo)
            label = concept_by_id("instruments").get(before) if before else None
            found = before if label is not None and bare["kind"] in label.label_zh + "".join(label.alt_labels) else None
        return found

    def _in_a_table_of_other_payments(self, pos: int) -> bool:
        """A sum in a table's row under a lead-in (…如下：), where the rows name payments other than the heading's: the table
        sums up several payments (补偿标准汇总如下： under the last item), no tier of the heading's; a row naming none has none."""
        lead = _table_lead_in(self.text, pos, paying_only=False)
        return lead is not None and any(self.offsets[id(m)][0] > lead[1] and m.concept != self.heading_concept for m in self.mentions)

    def _titled(self, pos: int, p_lo: int | None = None, p_hi: int | None = None) -> str | None:
        """The title's payment for the amount at ``pos``; given its phrase (``p_lo``, ``p_hi``), one naming no payment word, only
        where its sentence names none either, the phrase is no share its payer pays (保险保费中央财政补贴45%，…，农户自缴20%), and
        a rate's phrase says it is paid (部分报销60%; not 抽查比例不低于申报面积的10% under 一、秸秆还田补贴, h248)."""
        title = self.title or (self.heading_concept if self._own_title and pos >= self._heading_end else None)
        if title and PAYS_ITS_OWN_FEE.search(self.text, self.text.rfind("。", 0, pos) + 1, pos):
            return None  # 第六条 …劳务费开支标准…。支付给…咨询专家的咨询费，…每人每天1500—2400元: the fee the sentence pays (h305 F11)
        if title and title == self.heading_concept and self._in_a_table_of_other_payments(pos):
            return None  # (the heading's payment is no row's of a table summing up others: h308 F7)
        if title and p_lo is not None:
            s_lo, s_hi = _phrase_bounds(self.text, pos, "。；;\n")
            if (MONEY_WORDS.search(self.text, s_lo, s_hi) or _nearest(self.mentions, self.offsets, pos, s_lo, s_hi)
                    or OWN_SHARE.search(self.text, p_lo, p_hi)
                    or not MONEY_RE.match(self.text, pos) and not SHARE_PAID.search(self.text, p_lo, p_hi)):
                return None
        if title:
            self.by_title.append(pos)
        return title


# 支付给临时聘请的咨询专家的咨询费, 开支的差旅费: a sentence naming the fee it pays, its own (not a title's payment)
PAYS_ITS_OWN_FEE = re.compile(r"(?:支付|发放|开支|列支)给?[^，,。；;]{0,16}?的[\u4e00-\u9fff]{1,4}?(?<![经用])费(?![用])")


# a phrase opened by 其中 (a part of the payment named before) or by a limit's word (额度, 限额: the size of the loan named before)
PART_OR_LIMIT_OPENS = re.compile(r"\s*(?:其中|(?:贷款)?(?:额度|限额)(?:为)?\s*(?:最高|不超过|上限为?|最多)?\s*\d)")
LOAN_NAMED_LAST = re.compile(r"贷款\s*$")


def _pays_no_sum(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` pays (给予…补助) and holds no number: the phrase naming the payment, no tier of it."""
    return bool(PAYMENT_VERB.search(text, lo, hi)) and not re.search(r"\d", text[lo:hi])


# a phrase after a sum saying what it is used for (…，重点支持村卫生室开展老年人健康管理), not whom it is paid to
PURPOSE_PHRASE = re.compile(r"\s*(?:并|且|主要|重点|专项|统筹)?(?:支持|开展|推动|加强|巩固|提升)")  # (not 用于困难残疾人生活补贴: whom it pays, the review)
# …2000元标准给予配套补助: the phrase's own payment, named after its sum
PAID_AFTER_THE_SUM = re.compile(r"(?:给予|发放)[\u4e00-\u9fff]{0,6}?(?:补助|补贴|奖励|奖补|资助)")


def _comma_phrases(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma phrases of ``text[lo:hi]``, each (start, end)."""
    out, start = [], lo
    for i in range(lo, hi):
        if text[i] in "，,":
            out.append((start, i))
            start = i + 1
    return out + [(start, hi)]


SHARE_PAID = re.compile(r"报销|支付|救助|补偿|赔付|资助|补贴|补助|奖励|给予|拨付|发放|减按|减征|返还")
OWN_SHARE = re.compile(r"自缴|自付|自筹|自担|个人(?:负担|承担|缴纳|缴费|自付)")  # a share its payer pays, no payment to them
OWN_RECIPIENT = re.compile(r"\s*(?:对|向)")  # 对…企业，…: a sentence naming whom it pays
# …, or opening with its own condition (获得中国专利金奖的，一次性奖励50万元。获得…的项目，分别给予…奖励: the second sentence's
# award is no one-off award of the first's, h271 F4)
OWN_RECIPIENT_OR_CONDITION = re.compile(r"\s*(?:对|向|[^，,。；;：:\d]{2,40}?的[\u4e00-\u9fff]{0,6}[，,])")
# 补贴标准 opening its phrase, no payment named before it: the one the clause named before (not 就业见习补贴标准: named)
BARE_STANDARD = re.compile(r"(?<![\u4e00-\u9fff])(?P<kind>补贴|补助|奖励|奖补|资助)(?:标准|金额|额度)")
PAID_NOUN = re.compile(r"生活费|工资|津贴|薪酬|费用")  # its sentence naming its own payment first (见习期间给予基本生活费，补助标准为…;
# not …，用于支付见习人员基本生活费 after it, what the subsidy pays for: the review)
MARKER_FIRST = re.compile(r"^\s*(?:[（(][\d一二三四五六七八九十]{1,3}[)）]|[\d一二三四五六七八九十]{1,3}\s*[.．、]|第[一二三四五六七八九十百]+条)\s*")
# 另按…给予…, 另外给予…: a payment besides the one named before in the sentence
ANOTHER_PAYMENT = re.compile(r"\s*(?:另外|另|此外|额外)")
# 可适当提高补贴标准, 相应上调补助标准: the standard of a payment raised, a cap after it (最高不超过…) the raised standard's
STANDARD_RAISED = re.compile(r"(?:提高|提升|上调|调高)(?P<kind>补贴|补助|奖励|奖补|资助)标准$")
FEE_WAIVED = re.compile(r"减免|免收|免除|减收")  # a fee waived (减免保育教育费, 免收租金): the phrase names what the sum relieves
# a phrase that only says for how long a payment runs (连续补贴3年, 补贴期限不超过3年, 期限1年)
DURATION_ONLY = re.compile(r"(?:连续|累计)?(?:补贴|补助|奖励|支持|扶持|贴息)?(?:期限|期)?(?:最长)?(?:不超过)?\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?:年|月|季度)(?:内)?")
# a phrase of amounts only, each after whom it is for (博士10万元、硕士5万元): no verb, no condition
# (not a total: 总额1800万元)
BREAKDOWN = re.compile(r"(?:(?!总|合计|累计|共计|全年|年度|资金|规模)[\u4e00-\u9fff]{1,8}?(?<![的为到达过于])\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元[、，,]?)+")
# 对年度租金支出超过100万元的总部企业, 稳定就业岗位达到95%的小微企业: a floor describing who receives
# a phrase that only bounds the payment named before it: 每家企业每年最高30万元, 最高不超过50万元
# (第一年按每年每平方米不超过300元，第二年按…: a year's tier of it, a blind test)
CAP_PHRASE = re.compile(r"\s*(?:(?:第[一二三四五六七八九十\d]{1,2}年|首年|次年|前[一二三两四五\d]年|后[一二三两四五\d]年)(?:起)?(?:按照?)?\s*)?"
                        r"(?:每|单|最高|不超过|上限|最多|累计最高|总额不超过)")
DESCRIBES_RECIPIENT = re.compile(
    r"^(?:(?P<ceiling>(?:及|或|（含）|\(含\))?以下)|(?:及|或|（含）|\(含\))?以上)?"
    r"(?:(?:且|并且|同时|、)[^，。；的]{1,20})?"  # a second condition: 超过200万元且增幅达到20%以上的企业
    r"(?:的(?!标准|比例|专项|资金|补贴|补助|奖励|奖补)|(?<=[下上]))[^，。；、]{0,10}?"  # 1000万元及以下小微企业: no 的
    r"(?:(?:企业|单位|主体|人员|个人|农户|种植户|机构|家庭|纳税人|商户|工商户|服务商|供应商|经营者"
    r"|输出方|投资方|受让方|出让方|转让方|承接方|委托方|需求方|合作方|出资方|发包方|承包方)(?:贷款|项目|(?:融资)?担保业务|业务)?"  # (技术输出方: h142)
    r"|项目|工程|人才|担保业务|案件|(?:转贷|贷款|融资|信贷)业务|贷款|(?<=的)业务"  # 合同金额200万元以下的项目 (单笔…以下的转贷业务: a blind test)
    r"|产品|商品|家电|乘用车|汽车|车辆"  # 单价5000元（含）以上的智能家居产品: which goods a trade-in pays for (a blind test)
    r"|设备|器具|仪器|固定资产"  # (单位价值不超过500万元的设备、器具: which assets a deduction is for, h193)
    r"|幼儿园|学校|医院"  # (收费标准在每生每月800元以下的民办幼儿园，可申请…: which kindergartens qualify, a fortieth-session finding)
    r"|(?<=[下上内的])部分)"  # 1000万元以上的部分按3%补助, 超过5000万元的部分: the tier a share is paid on (h142, h154)
    # the noun ends the phrase (not 的个人创业补贴), or is the business the payment is on, whatever follows
    # (单户1000万元及以下小微企业担保业务平均担保费率降至1%以下)
    # (200万元以下的货物和服务采购项目原则上全部预留给中小企业: what the rule is for, then how it applies: a blind test)
    # (购买10万元以下车辆的，…: a condition closing on the goods bought, h249)
    # (超过400万元的工程采购项目中适宜由中小企业提供的，…: the projects, then which of them, a condition still: h287 F1)
    r"(?:(?<=业务)|(?<=贷款)|(?<=案件)|(?=[，。；、,;]|$|的[，,]|中[^，,。；;]{1,20}?的[，,]|给予|可|纳入|按|享受|申请|予以|免征|减按|以及|和|及|降至|降低|下调|执行|实行|适用"
    r"|原则上|一律|均|全部|应当?|须|必须|不(?:纳入|予|享受|再)"  # (单价1000元以下的产品不纳入补贴范围)
    r"|免收|免除|减收|减半"  # (单户担保金额1000万元及以下的小微企业免收担保费: a blind test)
    r"|的?(?:平均)?(?:担保)?费率|的?(?:贷款)?利率))"  # 500万元及以下的小微企业(的)担保费率降至1%以下: the firms whose rate is cut
)
LOAN_GRANTED = re.compile(r"(?:申请|给予|提供|享受|获得|发放)(?:最高|不超过)?\s*$")  # a loan offered, the verb right before its sum
RATE_NAMED_THEN_WHAT = re.compile(r"\s*[\u4e00-\u9fff]{0,2}率的")
RATE_NAMED_AFTER = re.compile(r"\s*的?(?:征收率|预征率|税率|利率)(?!的)")
CAPPED_RATE_BEFORE = re.compile(r"(?:费率|利率)\s*(?:不超过|不高于|低于|不得超过|不得高于)\s*$")
RECIPIENT_WINDOW = 40  # characters after a number that may say whom it describes
PAID_OBJECTS = ("贷款", "业务")  # 最高300万元的小微企业贷款: what is given, under a ceiling; not who receives
# 对…超过2000万元的，给予…: a condition opened by 对 (or 凡) after the item's number and closed by 的 at the phrase's end
CONDITION_OPENS = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）).．、]\s*)?(?:对于|对|凡)")
# (…超过5万元的移送县纪委监委: what is done with it right after 的, no comma: a blind test)
# (…以上的须提供…: h143; not …的应急补助, 需求: the review; …超过1万元的要建立台账: h188)
# (…之间的，, 低于85%的为红色区域: a band, a class that the condition defines, h292 F10, h293 F12)
CONDITION_CLOSES = re.compile(r"\s*(?:及|或|（含）|\(含\))?(?:以上|以下|以内|之间)?(?:的|者)(?:[，,]|(?=为(?!准|止|限)|移送|移交|不予|一律|取消|责令|须(?!知)|必须|应(?!急|用|收|对|届|邀)|需(?!求)"
                              r"|要(?!求|素|件|点)))")

# a bound's word, then a few more words of the condition (投向我市), closed by 的 at the phrase's end (not 以上给予补贴的)
BOUND_THEN_CONDITION = re.compile(rf"\s*(?:及|或|（含）|\(含\))?(?:以上|以下|以内)(?:(?!{PAYS_WORDS})[^，,。；;：:\d%％元的]){{1,12}}?(?:的|者)[，,]")


SPEND_FOR_A_CUT = re.compile(SPEND_REACHED)
CUT_AFTER = re.compile(r"\s*(?:元)?\s*(?:立减|减免|可减|减|(?:可)?抵扣|可抵|可用|(?:可)?返)")  # (满100元可抵扣30元: h155)


# 除50万元以上的设备费外, 除单价10万元（含）以上的设备外: the things excepted, by their cost (not 除给予…外, a payment besides)
EXCEPTED_BEFORE = re.compile(rf"除(?:(?!{PAYS_WORDS})[^，,。；;\d]){{0,12}}$")
EXCEPTED_AFTER = re.compile(r"\s*(?:[（(][^（）()]{0,10}[）)])?\s*(?:及|或)?(?:以上|以下|以内)?\s*(?:[（(][^（）()]{0,10}[）)])?的[^，,。；;\d]{1,12}?外")
CONDITION_GOES_ON = re.compile(r"\s*(?:及|或)?(?:以上|以下|以内)[，,]\s*(?:且|并且|同时)[^。；;]{1,40}?(?:的|者)[，,]")
COMPARED_BEFORE = re.compile(r"(?:超过|高于|低于|不足|达到|不低于|不超过)\s*$")  # a level compared with, right before the sum
RANGE_TO_CONDITION = re.compile(r"\s*(?:（含）|\(含\))?(?:以上|以下)?\s*(?:不足|不满|未满|低于|不到|至|到|—|－|-|~|～)"
                                r"\s*[\d一二三四五六七八九十两百千万亿][^，,。；;]{0,13}?(?:的|者)(?:[，,]|部分)")  # (not 500万元到期…的: the review)
# （含10万元）, （不含10万元）, （含10万元，不含20万元）: whether a band's ends belong to it (h249: 不含 read as a payment)
INCLUSIVE = r"不?(?:包?含|包括)"
INCLUSIVE_ASIDE = re.compile(rf"(?P<bound>\s*及?以[上下内])?\s*[（(]\s*{INCLUSIVE}[^（）()]{{0,24}}[）)]")


# a tier row run together: the band's end said so (以下, 以上, or an aside 不含…), then the sum paid in the band
FINE_BEFORE = re.compile(r"(?:处|并处|罚款)\s*$")
FINE_AFTER = re.compile(r"\s*的?(?:处以|并处|处)?罚款")  # (每平方米100元以上300元以下处以罚款: the fine's range, h280 F6)
BAND_END = re.compile(r"(?:及|或)?(?:以上|以下|以内)")
SUM_FOR_THE_BAND = re.compile(r"\s*\d[\d.\s]*(?:万|亿|千)?(?:元|美元)")
TIER_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,2}档")
# 车价不超过10万元2000元/辆: the sum right after, paid per item, is the band's (the third review: a price paid)
PER_ITEM_SUM = re.compile(r"\s*\d[\d.\s]*(?:万|千)?元\s*/\s*[\u4e00-\u9fff]")
BASE_OF_A_SHARE = re.compile(r"\s*的\s*(?:\d+(?:\.\d+)?\s*(?:[%％]|倍)|[一二三四五六七八九十两]+(?:成|倍))")


def is_threshold(before: str, after: str = "", bound: str = "exact", share: bool = False) -> bool:
    """Whether a number whose phrase starts with ``before`` measures a condition or target.

    营业收入首次突破2000万元 and 裁员率不高于5.5% are; 给予奖励50万元 is not, nor is a share of
    something paid (投资额的10%, and with 给予 before it 设备投资额10%: a rate of payment, ``share``
    the number is a rate; 投资额10%、最高200万元: that payment's ceiling).
    """
    as_written = after
    if (aside := INCLUSIVE_ASIDE.match(after)) is not None:  # 10万元以下（含10万元）的，…: the aside says nothing of who (h150)
        after = (aside["bound"] or "") + after[aside.end() :]
    band_end = BAND_END.match(after)
    if (not share and bound != "exact" and (band_end or aside or TIER_LABEL.search(before) or PER_ITEM_SUM.match(after) and not PAYS.search(re.split(r"[：:]", before)[-1]))
            and (band_sum := SUM_FOR_THE_BAND.match(after, band_end.end() if band_end else 0))
            and not ((upper := BAND_END.match(after, band_sum.end())) and (FINE_BEFORE.search(before) or FINE_AFTER.match(after, upper.end())
                                                                         or PAID_BAND_BEFORE.search(before)))):
        # (处5000元以上2万元以下罚款: a fine's range, its two ends, h260 F7; a tier's band 200万元以上500万元以下的 stays one)
        return True  # 第一档10万元以下（不含10万元）2000元/辆: a band's end, the sum paid in it right after (a table's row: h249;
        # not 最高50万元 then 20万元, two sums paid: the review)
    if share and DISBURSED_SHARE.search(before):
        return False  # 预拨不超过合同金额30%的资金: a share of the contract disbursed, no condition (the review of h277 F2)
    if not share and BASE_OF_A_SHARE.match(after):
        return True  # 当地最低工资标准1900元的60%: the base a share is taken of, no sum paid (h219)
    if DEDUCTIBLE_BEFORE.search(before) or SPENDING_BAND_AFTER.match(as_written) or BAND_OPENED_BEFORE.search(before) and BAND_CLOSED_AFTER.match(as_written):
        return True  # 起付标准为200元, 10万元以上部分报销70%: the spending below which nothing, or a band of it, no sum paid (h244)
    if STANDARD_NOTED_BEFORE.search(before):
        return True  # …按每人每月1330元执行（当地最低工资标准为1900元）: the standard's level noted, the base, no sum paid (h250)
    if SPEND_FOR_A_CUT.search(before) and CUT_AFTER.match(after):
        return True  # 满200元减50元: the spend that earns the cut (a blind test of 消费券 texts)
    if EXCEPTED_BEFORE.search(before) and EXCEPTED_AFTER.match(after):
        return True  # 除50万元以上的设备费外，其他费用…: the sum says which costs are excepted, a condition (h305 F9)
    if CONDITION_GOES_ON.match(after):
        return True  # 罚款数额在5000元以下，且主动消除违法后果的，…: a condition of two parts (h175)
    # …按车辆价格给予分档补贴：购车价格在10万元以下的，…: the lead-in pays over its tiers, the tier's own words say who (h249)
    tier = before[max(before.rfind("："), before.rfind(":")) + 1 :]
    if RANGE_TO_CONDITION.match(after) and not PAYMENT_VERB.search(tier):
        return True  # 5000万元以上不足1亿元的，…, 1000万元至5000万元的部分: a tier's lower bound (h154, h157)
    if CONDITION_CLOSES.match(after) and (CONDITION_OPENS.search(before) or not PAYMENT_VERB.search(tier)
                                          or COMPARED_BEFORE.search(before)):  # (会费标准超过5000元的应当…: h161)
        return True  # 对…年化担保费率不超过1%的，按…给予 / 实际使用外资金额超过5000万美元的，按…: the …的 phrase says who qualifies
    if bound != "exact" and BOUND_THEN_CONDITION.match(after) and not PAYMENT_VERB.search(tier):
        return True  # 募集资金70%以上投向我市的，…: its bound, then the rest of the condition, closed by 的 (h292 F9)
    if share and before.rstrip().endswith("适用") and RATE_NAMED_THEN_WHAT.match(after):
        return True  # 小规模纳税人适用3%征收率的应税销售收入，减按1%…: the sales at that rate, which the relief is for
    if share and RATE_NAMED_AFTER.match(after):
        return False  # …减按1%征收率征收: the rate charged, named after it (not measured by the 销售收入 before)
    if share and CAPPED_RATE_BEFORE.search(before) and re.match(r"(?:及|或)?(?:以下|以内)?的", after):
        return True  # 对担保费率不超过1%的小微企业融资担保业务: the business that qualifies, by its rate
    recipient = DESCRIBES_RECIPIENT.match(after)
    if (recipient and bound == "max" and recipient.group().endswith("贷款") and LOAN_GRANTED.search(before)
            and not after.startswith(("的", "项目"), recipient.end())):
        return False  # 可申请20万元以下的创业担保贷款, 提供最高30万元以下的贷款: the loan offered (a review; not 对申请…贷款的企业)
    if recipient and (bound == "min" or recipient["ceiling"] or bound == "max" and not recipient.group().endswith(PAID_OBJECTS)):
        return True  # a floor or a ceiling (不超过1%的融资担保机构, 1000万元及以下的小微企业) that describes who receives
        # (最高15万元的个人创业担保贷款 is paid)
    if share and bound == "min" and PROGRESS_SHARE.search(before):
        return True  # 申报时已完成投资额的60%以上, 已完成投资不低于计划投资的60%: the progress a project must have made (h296 F2)
    if before.endswith("的") and not SHARE_OF_A_BASE_BOUNDED.search(before):
        return False
    noun = None
    for found in CONDITION_NOUN.finditer(before):
        if FIGURE_CLOSES_ITS_CONDITION.search(before, found.end()):
            continue  # 留用率达到50%以上的提高至2000元: the noun measured by its own figure, its condition closed before the sum (h313 f6)
        if found.group() == "比例" and RATE_OWN_WORD_BEFORE.search(before, 0, found.start()):
            continue  # 对A按照60%的比例、对B按照40%的比例: the rate before's own word, no measure of this one (h278 F3)
        if (before[found.end() : found.end() + 1] != "的" and not PAID_SHARE.search(before[: found.end()])
                and not _paid_share_of(before, found) and not _rate_charged(before, found, after)):
            noun = found  # not 实际投资额的30%、最高500万元 (the share paid), nor 返还比例 / 担保费率 (a payment's rate)
    if noun is None:
        return False
    if not share and PER_MEASURE_OF_IT.fullmatch(before, noun.end()) and BY_SHARE_OF.search(before, 0, noun.start()):
        return False  # 按充电桩额定功率每千瓦300元: a sum paid per unit of what is measured (h260 F1)
    if share and SHARE_BY_BASE.fullmatch(before, noun.end()) and PAID_RIGHT_AFTER.match(after):
        return False  # 贷款余额增量按2%给予资金支持, 研发投入按10%给予补助: the share of it paid (a blind test)
    verb = None
    for verb in PAYMENT_VERB.finditer(before):
        pass
    paid_by = verb is not None and verb.start() < noun.start() or BY_SHARE_OF.search(before, 0, noun.start())
    if (share and paid_by and before[noun.end():] in INCREMENT_OF_BASE and noun.group() in SHARED_BASES
            and not _measured(before, noun, after)):
        return False  # 给予设备投资额10%的补助, 按实际投资30%…给予补助: the share of the investment that is paid (研发投入增量10%: of
        # its increase, a blind test)
    return verb is None or verb.start() < noun.start()


# a figure of the condition's own, closed by 的 (50%以上的, 5000万元以上的), then words that are no condition's: the sum after them is
# paid to those, no measure of the noun before that figure
FIGURE_CLOSES_ITS_CONDITION = re.compile(r"\d\s*(?:%|％|(?:万|亿)?元)\s*(?:（含）|\(含\))?\s*(?:及|或)?(?:以上|以下)?的(?![，,])[^，,。；;\d]*$")
# 抽查比例不低于申报车辆总数的20%: a share to reach, its base between the bound and the number, as 比例不低于20% (h291 F9)
SHARE_OF_A_BASE_BOUNDED = re.compile(r"(?:比例|占比|比重)(?:应|要|须|需)?(?:不低于|不少于|不得低于|不得少于|达到|不超过|不高于|不得超过|不得高于)"
                                     r"[^，,。；;\d%％]{1,16}的$")
# a share of the investment or the works done (not 按已完成投资额的10%给予补助: exact, the share paid; nor 不超过…的30%, its ceiling)
PROGRESS_SHARE = re.compile(r"完成[^，,。；;]{0,8}?(?:投资额?|工程量|建设任务|建设进度|进度)[^，,。；;\d]{0,12}?的\s*$")
# 每户给予1000元以上3000元以下的奖补: a band of what is paid, the verb right before it (the review)
PAID_BAND_BEFORE = re.compile(r"(?:给予|予以|奖励|补助|补贴|资助|奖补)\s*$")
DISBURSED_SHARE = re.compile(r"(?:预拨|拨付|拨至|支付|预付|付至|付款)[^，。；]{0,4}?(?:不超过|不高于|最高)?[^，。；]{0,4}?合同(?:金额|额|价款|总价)$")
RATE_OWN_WORD_BEFORE = re.compile(r"\d\s*[%％]\s*的?\s*$")  # (60%的比例: the 比例 a rate's own)
PER_MEASURE_OF_IT = re.compile(r"\s*每(?:千瓦|平方米|立方米|吨|亩|公里|车公里|标箱|千瓦时)")
SHARED_BASES = {"投资额", "投资", "交易额", "融资额", "到位资金", "纳税额", "税收", "贡献", "营业收入", "销售额", "销售收入", "产值",
                "研发投入", "研发费用", "研究开发费用", "研发经费", "合同额", "合同金额", "营业额", "经济损失", *TRADE_BASES,
                "购置额", "购置金额", "购置费", "购置费用", "采购额", "采购金额", "投入"}  # (给予设备购置额10%的补助: paid, h296 F1)  # (trade's: a review)
INCREMENT_OF_BASE = ("", "增量", "增加额", "增长额", "新增额", "增加部分", "增长部分", "新增部分")  # a base's increase (研发投入增量)
SHARE_BY_BASE = re.compile(r"(?:" + "|".join(INCREMENT_OF_BASE[1:]) + r")?"
                           r"(?:在?[^，,。；;]{1,16}?(?:以下|以上|以内)的?部分)?(?:的)?按照?\s*")  # (在1000万元以下的部分按5%: a tier's share, h142)  # (…余额增量按2%…)
PAID_RIGHT_AFTER = re.compile(r"\s*(?:的(?:比例|标准))?\s*(?:给予|予以|奖励|补助|补贴|资助|奖补|贴息)")
SHARE_AFTER = re.compile(r"(?:" + "|".join(INCREMENT_OF_BASE[1:]) + r")?的?\s*\d+(?:\.\d+)?\s*[%％]、")  # (研发投入增量的10%、最高…)


def _rate_charged(before: str, noun: re.Match, after: str) -> bool:
    """下调贷款利率0.25个百分点, 利率调整为2.85%: the rate charged, set by the text; but which loans a payment is for where one
    follows, a 对 opens the phrase or a 的 closes it (实际贷款利率不高于LPR 150%予以贴息, 对贷款利率不高于4%的贷款), unless the
    payment is reckoned by the rate (按年利率不超过3.45%给予贴息: the rate paid, h236 F7)."""
    if not CHARGED_RATE.search(before, 0, noun.end()):
        return False
    if BY_SHARE_OF.search(before, 0, noun.start()):
        return True
    return not (PAID_RIGHT_AFTER.match(after) or CONDITION_OPENS.search(before) or after.lstrip().startswith("的"))


def _paid_share_of(before: str, noun: re.Match) -> bool:
    """给予设备投资额10%、最高不超过…: the noun is the base of a share paid (a payment verb before it),
    and what follows is that payment's ceiling, not a condition."""
    return (noun.group() in SHARED_BASES and bool(SHARE_AFTER.match(before, noun.end())) and not _measured(before, noun)
            and (any(v.start() < noun.start() for v in PAYMENT_VERB.finditer(before))
                 or bool(BY_SHARE_OF.search(before, 0, noun.start()))))  # 按实际投资30%、最高不超过150万元给予补助 (a researcher)


BY_SHARE_OF = re.compile(r"按(?:照)?(?:其)?[^，。；、按]{0,6}$")  # 按实际投资…: the base a share is paid by


# 研发投入占销售收入3%, 营业收入达到…: the noun is measured against a level (who qualifies), not a base paid from
MEASURED_BY = re.compile(r"(?:占|达到|(?<![不得])(?:超过|高于|低于)|增长)[^，。；、]{0,4}$")  # not 不超过实际投资额20%: a paid share's ceiling
DESCRIBES_WHO = re.compile(r"^[^，。；]{0,8}?(?:以上|以下|及以上|及以下)的")


def _measured(before: str, noun: re.Match, after: str = "") -> bool:
    return bool(MEASURED_BY.search(before, 0, noun.start())) or bool(DESCRIBES_WHO.match(after))


def _money_matches(text: str) -> list[tuple[int, int, str | None, str, str | None, str]]:
    """(start, end, bound from a range, number, multiplier, currency code) of money numbers, in order.

    In a range (1000-3000元, 1-5万元) the first number is a floor and takes the second's 万 when
    it has no unit of its own; the second is a ceiling.
    """
    found = []
    taken: set[int] = set()
    for m in matches(RANGE_RE, text, NEEDLES):
        own_unit = m.group("lomult") or "元" in text[m.end("lo") : m.start("num")]
        lo_end = m.end("lomult") if m.group("lomult") else m.end("lo")
        currency = CURRENCY_CODES[m["cur"]]
        found.append((m.start("lo"), lo_end, "min", m.group("lo"), m.group("lomult") if own_unit else m.group("mult"), currency))
        found.append((m.start("num"), m.end(), "max", m.group("num"), m.group("mult"), currency))
        taken.update(range(m.start(), m.end()))
    found += [(m.start(), m.end(), MORE_THAN if m["more"] or m["more2"] else None, m.group("num"), m.group("mult"), CURRENCY_CODES[m["cur"]])
              for m in matches(MONEY_RE, text, NEEDLES) if m.start() not in taken]
    for m in matches(LISTED_MONEY_RE, text, NEEDLES):  # 分别给予100万、50万、30万元: the sums before the last share its unit
        for n in LISTED_NUMBER.finditer(text, m.start(), m.start("last")):
            if n.start() not in taken:
                found.append((n.start(), n.end(), None, n["num"], n["mult"] or m["mult"], CURRENCY_CODES[m["cur"]]))
                taken.add(n.start())
    cents = [*CENTS_OF_A_PRICE.finditer(text), *CENTS_AFTER_ITS_UNIT.finditer(text)] if "分" in text or "角" in text else []
    for m in cents:
        if m.start("num") not in taken:
            found.append((m.start("num"), m.end(), None, m["num"], m["sub"], "CNY"))
            taken.add(m.start("num"))
    for m in TEN_THOUSANDS_BARE.finditer(text) if "万" in text else ():  # 一次性补贴30 万。: 元 left out (z278)
        if m.start() not in taken and (PAID_BEFORE.search(text[max(0, m.start() - PAID_CUE_WINDOW) : m.start()])
                                       or STANDARD_LABELLED_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            found.append((m.start(), m.end(), None, m["num"], "万", "CNY"))
    return sorted(found)


# 0.5分/千瓦时, 每千瓦时降低0.5分, 3角/立方米: a price cut in 分 or 角 (a blind test: lost), only with what it is the price of
# (not 得分, 扣5分, 5分钟)
PRICE_UNIT = r"(?:千瓦时|度电?|kWh|kwh|KWh|立方米|方(?![面式案向法针位])|吨)"  # (not 方面, 方式: a review)
CENTS_OF_A_PRICE = re.compile(rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*(?P<sub>分|角)(?=\s*[/／]\s*{PRICE_UNIT})")
# (a price's change or payment between: not 每千瓦时电量考核得分80分, 每吨排放强度低于5分, a score: a review)
CENTS_AFTER_ITS_UNIT = re.compile(rf"每{PRICE_UNIT}(?:电价|价格|电费|水价|气价)?(?:平均)?(?:降低|下降|下调|上调|减少|降|减|提高|加价|优惠|补贴|补助|奖励"
                                  rf"|让利|给予|另补|补|收取)(?:约|了)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<sub>分|角)(?![钟之])")
# a sum in 万 with its 元 left out, after words of money paid within a few characters (每条线路一次性补贴30 万。, 涉及资金47.5 万。)
TEN_THOUSANDS_BARE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*万(?=\s*(?:[。，；;、）)]|$))")
PAID_BEFORE = re.compile(r"(?:补贴|补助|奖励|奖补|资助|贴息|资金|给予)(?:为|达到?|共计|合计)?\s*$")  # right before it (not 资助困难学生3.2万)
PAID_CUE_WINDOW = 6
# 补助标准：每个新增托位1 万 (a table's cell, its 元 lost: h322 F6): the sum a payment's standard column labels, after what it is per
STANDARD_LABELLED_BEFORE = re.compile(r"(?:补贴|补助|奖励|奖补|资助)(?:标准|金额|额度)\s*[：:]\s*(?:每[^，,。；;：:\d]{1,8})?$")


# the gap before a sum repeated in brackets (（即20元/平方米·月）, 100万元以下（含100万元）: a blind test, two amounts)
SAME_SUM_AGAIN = re.compile(rf"\s*(?:及?以[下上内])?\s*[（(]\s*(?:大写\s*[：:]?\s*|即\s*|{INCLUSIVE}\s*)?")
# 10—20万元（含10万元，不含20万元）: the band's ends said again in its aside, one after the other (h249: two payments)
BAND_END_AGAIN = re.compile(rf"[（(]\s*{INCLUSIVE}\s*(?:[^（）()]{{0,16}}?[，,、]\s*{INCLUSIVE}\s*)?$")


def extract_amounts(text: str, span_of, instruments: ConceptLinker, groups: ConceptLinker) -> list[Amount]:
    amounts = []
    found = [f for f in _money_matches(text) if re.search(r"[\d一二两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]", f[3])]  # not 万亿元 alone
    starts = [start for start, *_ in found]
    # a group written in another amount's phrase is that amount's (30万元，对小微企业最高400万元)
    group_of = {s: groups.link(s, tuple(o for o in starts if o != s)) for s in starts}
    group_of.update(_respective_groups(text, found, groups))
    previous_end, listed, at, ends = 0, [], [], []  # (at, ends: each amount's start and end in the text)
    changed_from = None  # where the old sum starts, the sum before the new one of a change (由50万元提高至60万元)
    payable = []  # (amount, its phrase's start, its start) paid per head or once
    for start, end, range_bound, number, mult, currency in found:
        changed_threshold, old_sum_of_a_change = False, None
        lo, _ = _phrase_bounds(text, start, "，,。；;\n")
        before, after = text[lo:start], text[end : end + 6]
        value = round(parse_number(number) * MULTIPLIER[mult], 4)  # 18.6亿 is 1860000000, not 1860000000.0000002
        if value <= 0 or STANDARDS_LEVEL.search(text, max(0, start - 24), start):
            continue
        if amounts and amounts[-1].value == value and SAME_SUM_AGAIN.fullmatch(text, previous_end, start):
            continue  # 最高100万元（大写：壹佰万元）, 伍拾万元（50万元）: the sum written again in its other form (z317)
        if BAND_END_AGAIN.search(text, max(0, start - 24), start) and value in {a.value for a in amounts[-3:]}:
            continue  # (不含20万元 after 10—20万元: an end of the band before)
        if BASE_OF_A_RATE.search(before) and PAID_PER_BASE.match(text, end):
            continue  # 每出库100美元货值给予1元, 每新增出口100万美元，奖励1万元: the base paid per, as 每100美元奖励1元's (h279 F3)
        if amounts and amounts[-1].superseded and RISE_BY.search(before) and ("较" in before or "比" in before):
            continue  # 较2023年每亩105元提高3元: the rise between the old standard and the new, no sum paid (h266 F2)
        payment = next((code for cue, code in PAYMENT_AFTER if cue.match(after)), None)
        if payment == "per-head" and after.startswith("/只") and not ANIMAL_NAMED.search(text, lo, start):
            payment = None  # (灯具50元/只: a thing counted, a review)
        own_cue = payment is not None  # written after the number (元/人·月, 1000元一次性): the amount's own
        if own_cue:  # 每月补贴1500元/人: per person per month (每年…零售企业100万元/家、餐饮企业50万元/家: both)
            period = PERIOD_BEFORE.search(text, max(lo, start - 30), start)
            period = period["period"] if period else "年" if YEARLY_STANDARD_NAMED.search(text, max(lo, start - 12), start) else None
            payment = HEAD_AND_PERIOD.get((payment, period), payment)
        # the cue between the phrase's start (or the previous amount) and the number: 每人不超过30万元、
        # 总额不超过150万元 names no head for the total
        before_cue = _cue_before(text[max(lo, start - CUE_WINDOW, previous_end):start])
        if before_cue in (None, "per-year") and start - lo <= SAME_ENTITY_WINDOW and previous_end <= lo:
            before_cue = _one_entitys_total(text[lo:start], before_cue)
        if before_cue is None and payment is None:
            before_cue = _cue_lent_to_a_sum(text, lo, start, previous_end)
        if payment is None:
            payment = before_cue or ("per-person" if PERSON_GRADE_BEFORE.search(text, max(lo, start - 8), start) else None)
        if payment is None and "每只" in text[lo:start] and ANIMAL_NAMED.search(text, _sentence_start(text, start), start):
            payment = "per-head"  # 购买种公羊的，每只补贴800元: the animal named before the phrase (h156)
        if payment is None and "缴存额" in before and MONTHLY_DEPOSIT_NAMED.search(before):
            payment = "per-month"  # 月缴存额上限为6782元: the deposit paid each month, capped (h300 F10)
        if payment is None and MONTHLY_FEE_NAMED.search(before):
            payment = "per-month"  # 月收费不高于1200元: charged each month (h322 F10)
        if payment in HOUSEHOLD_AS_FIRM and _firms_counted(text, start):
            payment = HOUSEHOLD_AS_FIRM[payment]  # 新开办企业…每户补助不超过300元: 户 counts firms there
        elif before_cue:  # 给予每人2000元/年: per person per year
            payment = HEAD_THEN_PERIOD.get((before_cue, payment), payment)
        if payment and payment.endswith("-year") and STANDARD_RAISED_EACH.search(text, lo, start):  # (人均…每年提高5元)
            payment = None  # 岗位补助标准每年提高50元: how much the standard rises each year, no sum paid per year (h288 F5)
            # (每满1年每月增加50元, 每人每月提高20元: the monthly sum's increase, paid each month, no standard rising month by
            # month: h306 F7, the unit lost)
        bound = _bound(before, after) if range_bound in (None, MORE_THAN) else range_bound
        if range_bound == MORE_THAN and bound == "exact":
            bound = "min"  # 5600余万元: more than the figure (最高不超过300多万元 stays a cap)
        previous = amounts[-1] if amounts else None
        gap = text[previous_end:start] if previous else ""
        # (不超过1000元/人、1500元/人: after the previous amount's own cue)
        own_cue_before = next((m.end() for cue, _ in PAYMENT_AFTER if (m := cue.match(gap))), 0)
        if previous and LISTED_AFTER.fullmatch(gap, own_cue_before):  # 分别不超过1000元、1500元、2000元: the list shares bound and cue
            bound = bound if bound != "exact" else previous.bound
            if not own_cue_before:  # (1000元/人、2000元: the first's cue was its own, written after it)
                payment = payment if own_cue else previous.payment_unit or payment  # 500元、1000元一次性: its own
            if own_cue:  # 分别给予50万元、100万元、200万元一次性奖励: the cue after the list is the list's where none has one
                for other in listed:
                    other.payment_unit = other.payment_unit or payment
        else:
            listed = []  # the amounts of the list this one is in, before it
            if (previous and payment is None and BOUND_AFTER.fullmatch(gap)
                    and not PER_HEAD_HIRED.search(text, max(0, previous_end - CUE_WINDOW), previous_end)):
                # 每人每月不低于1500元，最高不超过2000元: the same payment unit (not 每多带动1人2000元，最高3万元: a total)
                payment = previous.payment_unit
            if previous and CHANGED_TO.fullmatch(gap):  # 由每人每月1500元提高至2000元: the new standard, paid alike
                payment = payment or previous.payment_unit
                bound = previous.bound if bound == "exact" else bound
                changed_threshold = previous.threshold  # 门槛由总投入2000万元以上调整为1000万元以上: still a threshold
                _supersede(amounts)
                old_sum_of_a_change = at[-1]
        if payment is None and previous and RESULT_OF_A_CHANGE.fullmatch(gap) and CHANGED_BY.search(text, max(0, at[-1] - 6), at[-1]):
            payment = previous.payment_unit  # 每千瓦时加价0.05元，为0.61元: the price the rise makes, paid per the same unit (h301 F12)
        if payment is None and bound == "max" and previous and previous.bound == "min" and BAND_UPPER_GAP.fullmatch(gap):
            payment = previous.payment_unit  # 每平方米一百元以上三百元以下: the band's upper end paid alike (h280 F6: none)
        if range_bound == "max" and previous and previous.bound == "min" and RANGE_GAP.fullmatch(gap):
            # 每人1000元至3000元的一次性补贴: one payment, its two ends paid alike (the cue before the range first)
            payment = previous.payment_unit = previous.payment_unit or payment
        # the instrument of another amount's phrase is this one's too (见习补贴每人每月1500元，对脱贫家庭高校毕业生
        # 每人每月1800元), unless both name their groups and they differ
        other_groups = tuple(o for o in starts if o != start and None not in (group_of[o], group_of[start])
                             and group_of[o] != group_of[start])
        aggregate = _counted_over_many(value, bound, payment, before, text[end : end + 16], text[_sentence_start(text, start) : lo])
        threshold = is_threshold(before, text[end : end + RECIPIENT_WINDOW], bound) or aggregate or changed_threshold
        # 申报条件：…，单笔贷款金额在100万元以上。: a bound in a field of conditions says who qualifies (h197)
        field = CONDITIONS_FIELD.search(text, max(0, start - CONDITIONS_REACH), start)
        # (not 申报条件：…的企业，给予补助，最高100万元: what is paid after the conditions, the review)
        threshold = threshold or bound != "exact" and bool(field) and not PAYMENT_VERB.search(text, field.start(), start)
        if previous and bound in ("exact", previous.bound) and ((subject := _elided_subject(text, at[-1], previous_end, lo, start, changed_from))
                                                                is not None
                                                                or SAID_AGAIN_SPLIT.fullmatch(text, previous_end, start)):
            # …研发费用不低于100万元，其他企业不低于50万元; 最高贷款额度调整为50万元，双缴职工家庭调整为70万元 (h241 F3, h245 F5);
            # 月缴存额上限为8088元，即单位和职工各4044元: the bound split between them, a bound still (h245 F7), paid as often
            # (h300 F10: per month)
            bound, threshold = previous.bound, threshold or previous.threshold
            if payment is None and SAID_AGAIN_SPLIT.fullmatch(text, previous_end, start):
                payment = previous.payment_unit
            if payment is None and subject and _subject_of_the_head(subject, previous.payment_unit):
                # 每名人民调解员年度…不超过1.2万元，专职人民调解员不超过2万元: another person in the head's place, paid per it (h299 F4)
                payment = previous.payment_unit
        if (payment in (None, "per-year") and previous and previous.payment_unit in HEAD_OF_UNIT and YEARLY_TOTAL_NEXT.fullmatch(gap)
                and _head_is_the_subject(text[_phrase_bounds(text, at[-1], "，,。；;\n")[0] : at[-1]])):
            # 每名值班律师每月…不超过6000元，全年累计不超过5万元: the subject's yearly total, the head opening the sentence (h299 F4:
            # per year alone; not 对企业按每人每月500元给予补贴，年度累计…, the firm's)
            payment = HEAD_THEN_PERIOD[(HEAD_OF_UNIT[previous.payment_unit], "per-year")]
        if (bound == "max" and previous and previous.bound == "min"
                and (range_bound == "max" and RANGE_GAP.fullmatch(gap) or BAND_GAP.fullmatch(gap))):
            # 5000万元至1亿元的, 1000万元以上至3000万元（含）的: both ends say who qualifies
            threshold = previous.threshold = threshold or previous.threshold
            if not threshold and range_bound == "max" and "（含）" in gap and ROW_CELL_AFTER.match(text, end):
                # 序号…单个项目最高奖励 / 5000万元（含）—3亿元 / 1% / 100万元: a tier table's band run into its row's next cell,
                # who qualifies, no payment (h317 F3: the first row's per item, the header's cue)
                threshold = previous.threshold = True
                payment = previous.payment_unit = None
                payable = [p for p in payable if p[0] is not previous]
        if (bound == "exact" and not threshold and range_bound is None
                and (column := CAP_SUM_COLUMN_BEFORE.search(before)) and ROW_FIGURES.fullmatch(before, column.end())):
            # 序号 / 实际完成固定资产投资 / 奖励比例 / 单个项目最高奖励 / 1 / 5000万元（含）—3亿元 / 1% / 100万元: a table run
            # together, its column of sums named a cap, only other cells' figures between (h317 F3: exact)
            bound = "max"
            payment = payment or _cue_before(column.group())
        instrument = instruments.link(start, other_groups)
        if aggregate and instrument and instruments.own(start) is None and any(instruments.own(o) == instrument for o in starts if o != start):
            instrument = None  # 每年安排工作经费不少于30万元，对…给予一次性奖励2万元: the award the other sum's, not the budget's (h284 F5, h290 F5)
        if (instrument == "loan-interest-subsidy" and instruments.own(start) is None and _loan_limit_before_its_subsidy(text, lo, start, instruments)):
            # 可按每人不超过30万元、贷款总额不超过150万元的额度给予支持，财政部门按规定给予贴息: the loan's limits, the subsidy on it
            # paid in a phrase after (h313 f1): the loan's where one is named in the sentence, else none (not 给予全额贴息，单户贷款额度
            # 不超过5万元: the subsidy named first, the loan it is on sized, a condition: h236 F7)
            s_lo, s_hi = _phrase_bounds(text, start, "。；;\n")
            instrument = _nearest([m for m in instruments.mentions if m.concept in LOAN_BORROWERS], instruments.offsets, start, s_lo, s_hi)
        if not threshold and instrument == "loan-interest-subsidy" and _sizes_the_loan(before, text[end : end + 6]):
            threshold = True  # 给予全额贴息，单户贷款额度不超过5万元: the loan subsidised, a condition, not the subsidy (h236 F7)
        if instrument == "one-off-award" and (award := AWARD_AFTER.match(text, end)) and not award["once"] and ONCE not in before:
            instrument = "award"  # …给予一次性奖励10万元；第二年、第三年再分别给予5万元奖励: an award of its own, not once (h190)
        if (previous and not threshold and RAISED_FOR_OTHERS.search(before)
                and "。" not in text[previous_end:start]):
            standard = _the_standard_before(amounts, ends, text, start) or previous
            # …一次性吸纳就业补贴标准为1000元/人；吸纳脱贫人口就业的，标准提高至每人2000元: the same payment, raised (a blind test)
            instrument = instrument or standard.instrument  # (paid once per head as it is: _paid_once_to_each)
            payment = payment or standard.payment_unit  # (…每人每月1800元，留用率达到50%以上的提高至2000元: per person and month, h313 f6)
        if previous and not threshold and ADDED_TO_THE_SUM_BEFORE.search(before) and "。" not in text[previous_end:start]:
            # 一次性创业补贴标准…调整为每户1万元；…吸纳3人以上就业…的，每户再增加2000元: a supplement to the payment before, paid
            # as it is (h323 F8: per-entity, 户 read as the firm the condition names, and no instrument)
            instrument = instrument or previous.instrument
            if payment is None or previous.payment_unit and payment in (previous.payment_unit.removesuffix("-one-off"),
                                                                        _firm_head(previous.payment_unit)):
                payment = previous.payment_unit  # (每户 as the sum before's 每户, once as it is)
        if (instrument is not None and not threshold and instruments.own(start) is None and not _an_award(instrument)
                and (award := _award_named_beside(text, lo, start, end, payment))):
            instrument = award  # 且没有罚款的，给予举报人3000元奖励: the award beside the sum, not what another phrase names (h272 F2)
        if instrument is None and not threshold and (raised := _standard_raised(text, lo, amounts)):
            # …岗位补贴标准统一按每人每月500元执行。对…岗位的，可适当提高补贴标准，最高不超过每人每月600元: the standard set
            # before, raised (h312 F9: none)
            instrument = raised
        if instrument is None and not threshold:
            instrument = _sibling_instrument(previous, gap, groups.own(start), payment) or _award_named_beside(text, lo, start, end, payment)
        if instrument == "award" and not threshold:
            instrument = _award_the_clause_names(instruments, text, lo, start)
        if (range_bound == "max" and previous and previous.bound == "min" and RANGE_GAP.fullmatch(gap)
                and previous.threshold == threshold):
            # 给予举报人500元至5000元奖励: one payment, its two ends for the same (h315 F9: the floor's none, 奖励 after the
            # ceiling only)
            instrument = previous.instrument = instrument or previous.instrument
        if payment is None and not threshold and instrument and _paid_once(instrument):
            payment = "one-off"  # 给予一次性创业补贴，补贴标准为5000元: paid once, as the instrument's name says
        if not threshold and ONE_OFF_AFTER.match(text, end) and (payment is None or payment in PAID_ONCE_HEADS):
            # 给予购房补贴30万元，一次性发放 (h259 F11); 每户3万元，一次性发放: per household, once (the seventh review); not
            # 每人每月300元，一次性发放: its own unit (the sixth)
            payment = "one-off" if payment is None else payment + "-one-off"
        if payment is None and not threshold and bound == "max" and instrument in LOAN_BORROWERS:
            # (个人可申请最高30万元、小微企业最高400万元: each borrower after the amount before, in a list; h180)
            item = previous_end if previous and lo < previous_end <= start else lo
            payment = _lent_to(instrument, text[item:start]) or _lent_to(instrument, text[lo:start])
        group = group_of[start]
        if group and instrument in LOAN_BORROWERS:
            group = _the_borrower(text, start, group, groups)
        if threshold and group and all(COUNT_OF_THEM.match(text, groups.offsets[id(m)][1]) for m in groups.mentions if m.concept == group):
            group = None  # 职工总数不超过500人、…资产总额不超过2亿元: the staff counted measure the firm, whom no condition is on (h241 F7)
        amounts.append(Amount(span_of(start, end), value, bound, payment, instrument, group, threshold, currency=currency))
        if (STANDARD_STOPPED_AFTER.match(text, end) or COMPARED_WITH_OLD.search(before) and RISE_AFTER.match(text, end)
                or OLD_STANDARD_BEFORE.search(before) and NEW_STANDARD_AFTER.match(text, end)):
            # 原执行的每户每月150元标准同时停止执行, 较2023年每亩105元提高3元: the old standard, replaced (h259 F8, h266 F2)
            amounts[-1].superseded = True
        at.append(start)
        ends.append(end)
        listed.append(amounts[-1])
        _share_the_lists_instrument(listed)
        previous_end, changed_from = end, old_sum_of_a_change
        if not threshold and (amounts[-1].payment_unit in PAID_ONCE_HEADS or amounts[-1].payment_unit == "one-off"):
            payable.append((amounts[-1], lo, start, end))
    _mark_paid_once(payable, text)
    _breakdown_paid_as_its_lead_in(amounts, at, ends, text)
    _parts_of_a_total(amounts, at, ends, text)
    return _tiers_of_a_lead_in(amounts, at, text, instruments)


def _the_standard_before(amounts: list[Amount], ends: list[int], text: str, start: int) -> Amount | None:
    """The standard a phrase raises for others (…的提高至2000元), in the sentence before it: the last sum paid in force, not a
    cap (标准为每人1000元，每户企业最高不超过5万元；吸纳脱贫人口就业的提高至2000元: the 1000元, not the firm's cap: the review
    of h313 f6), nor a threshold or one superseded."""
    for amount, end in zip(reversed(amounts), reversed(ends)):
        if "。" in text[end:start]:
            return None
        if not (amount.threshold or amount.superseded or amount.bound == "max"):
            return amount
    return None


def _standard_raised(text: str, lo: int, amounts: list[Amount]) -> str | None:
    """The instrument of the standard the phrase before ``lo`` raises (可适当提高补贴标准，最高不超过…), where the amount's
    phrase caps it: the last standard of that kind set before in the clause, in force (not one superseded, nor a threshold)."""
    if lo == 0 or text[lo - 1] not in "，," or not CAP_PHRASE.match(text, lo):
        return None
    raised = STANDARD_RAISED.search(text, _phrase_bounds(text, lo - 1, "，,。；;\n")[0], lo - 1)
    if raised is None:
        return None
    for amount in reversed(amounts):
        if amount.threshold or amount.superseded or amount.instrument is None:
            continue
        label = concept_by_id("instruments").get(amount.instrument)
        return amount.instrument if label is not None and raised["kind"] in label.label_zh + "".join(label.alt_labels) else None
    return None


def _counted_over_many(value: float, bound: str, payment: str | None, before: str, after: str = "", earlier: str = "") -> bool:
    """新增贷款700亿元以上, 共安排衔接资金38600万元: a sum counted over many (an aggregate), no payment to anyone (``earlier``:
    the sentence's phrases before the sum's)."""
    return (value >= AGGREGATE_FLOOR and (bound == "min" or bound == "exact" and payment is None and bool(AGGREGATE_CUE.search(before)))
            or value >= AGGREGATE_FLOOR_CUED and bound == "min" and bool(TOTALS_CUE.search(before))
            or (value >= AGGREGATE_FLOOR_CUED or BUDGET_CUE.search(before)) and payment in (None, "per-year") and _a_budget(before, after, earlier)
            # 中央财政资金1500万元实行专账核算、专款专用: a fund named, its sum, then how the fund is kept (h303 F10: an exact payment)
            # (not 给予补助资金20万元，专款专用: a sum paid, the review)
            or bound == "exact" and payment is None and bool(FUND_NAMED_BEFORE.search(before) and FUND_KEPT_AFTER.match(after))
            and not GIVEN_BEFORE.search(before) and not PAID_FUND_BEFORE.search(before))


def _a_budget(before: str, after: str, earlier: str = "") -> bool:
    """市财政每年安排专项资金不少于5000万元, 每年安排不超过1亿元的算力券, 省级每年安排2亿元: a budget set aside (each year), no
    payment to anyone (h277 F1, h279 F9: a payment per year); not a sum set aside for the recipient the sentence names
    (对新认定的…创新中心，市财政安排1000万元资金给予支持: paid to it, the review)."""
    if RECIPIENT_OPENS.match(earlier) and SUPPORT_AFTER.match(after):
        return False
    return bool(BUDGET_CUE.search(before) or BUDGET_SET.search(before) and (BUDGETS_PAYER.search(before) or BUDGET_AFTER.match(after)
                                                                        or BUDGET_NAMED_BEFORE.search(earlier)))


RECIPIENT_OPENS = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*|第[一二三四五六七八九十百零\d]{1,4}条\s*)?(?:对|向)[^，。；]{2,40}[，,]")
SUPPORT_AFTER = re.compile(r"\s*的?[\u4e00-\u9fff]{0,4}?(?:资金|经费)?\s*(?:给予|予以)?(?:支持|补助|奖励|补贴|资助)")


def _parts_of_a_total(amounts: list[Amount], at: list[int], ends: list[int], text: str) -> None:
    """共安排衔接资金38600万元，其中中央资金26500万元，省级资金8300万元: the shares of a total counted over many are counted so
    too, no payments (h236 F8). They are the sums after its 其中 up to the first one paid (其中，对…企业给予50万元奖励: an
    award, the review): a sum paid per head or whose phrase pays (not 补助资金, a fund named) ends them."""
    total_end = None  # where the total ended, while its parts go on
    paid, paid_end = None, 0  # the last sum paid per a head, and where it ended
    shared = 0.0  # what its payers' shares named so far add up to
    for a, start, end in zip(amounts, at, ends):
        lo, _ = _phrase_bounds(text, start, "，,。；;\n")
        if (paid is not None and a.payment_unit is None and not a.threshold and a.value < paid.value
                and (PARTS_OF_THE_TOTAL.fullmatch(text, paid_end, start)
                     or SHARES_OF_THE_SUM.fullmatch(text, paid_end, start) and shared + a.value <= paid.value)
                and not RECIPIENT_OF_A_PART.search(text, paid_end, start)):
            a.payment_unit = paid.payment_unit  # 每户补助1000元，其中省级资金800元，县级配套200元: each part per household (h276 F6)
            a.instrument = a.instrument or paid.instrument  # (其中个人缴纳40元，医保统筹基金划转60元: the whole's, h278)
            shared += a.value
        elif a.payment_unit is not None and not a.threshold:
            paid, paid_end, shared = a, end, 0.0
        if (total_end is not None and a.payment_unit is None and not PAID_IN_A_PART.search(text, lo, start)
                and not RECIPIENT_OF_A_PART.search(text, total_end, start) and PARTS_OF_THE_TOTAL.fullmatch(text, total_end, start)):
            a.threshold = True
        elif a.threshold and _counted_over_many(a.value, a.bound, a.payment_unit, text[lo:start], text[end : end + 16]):
            total_end = end
        else:
            total_end = None


TOTAL_OF_THEM = re.compile(r"(?:总数|总人数)")  # 职工总数: a count of them, no group paid
COUNT_OF_THEM = re.compile(r"(?:总数|人数|总人数|数量)")  # after a group's name (职工总数): how many, a measure
# between a sum closing its phrase and the next phrase
NEXT_PHRASE = re.compile(r"\s*(?:及|或)?(?:以上|以下|以内)?\s*[，,]\s*")
SAID_AGAIN_SPLIT = re.compile(r"\s*[，,]\s*即[^，,。；;\d]{1,12}各\s*")
# the subject a phrase names in place of the one before (其他企业, 双缴职工家庭): a few words, no number or punctuation
ELIDED_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,10}")


# 博士研究生、硕士研究生和本科毕业生…分别给予10万元、5万元、2万元: the groups listed, then 分别 over as many sums listed (h320 F5)
GROUPS_LISTED_GAP = re.compile(r"(?:、|和|及|或|以及)[\u4e00-\u9fff]{0,4}")  # (和本科毕业生: a qualifier before the next's label)
RESPECTIVELY = re.compile(r"分别")
SUMS_LISTED_GAP = re.compile(r"\s*(?:元)?\s*(?:、|和|及|或|以及)\s*")


def _respective_groups(text: str, found: list, groups: ConceptLinker) -> dict[int, str]:
    """The group of each sum of a list after 分别 whose sentence lists as many groups right before it, one each in order
    (博士研究生、硕士研究生和本科毕业生…，分别给予10万元、5万元、2万元: talents, talents, graduates; h320 F5)."""
    out: dict[int, str] = {}
    for r in RESPECTIVELY.finditer(text):
        s_lo, s_hi = _phrase_bounds(text, r.start(), "。；;\n")
        sums = [f for f in found if r.end() <= f[0] < s_hi]
        listed = sums[:1]
        for f in sums[1:]:
            if not SUMS_LISTED_GAP.fullmatch(text, listed[-1][1], f[0]):
                break
            listed.append(f)
        mentions = sorted((groups.offsets[id(m)], m.concept) for m in groups.mentions if s_lo <= groups.offsets[id(m)][0] < r.start())
        run: list = []
        for m in mentions:  # the last run of groups joined by 、/和 only
            run = run + [m] if run and GROUPS_LISTED_GAP.fullmatch(text, run[-1][0][1], m[0][0]) else [m]
        if len(listed) < 2 or len(run) != len(listed) or len({c for _, c in run}) < 2:
            continue
        out.update({f[0]: c for f, (_, c) in zip(listed, run)})
    return out


def _elided_subject(text: str, previous_start: int, previous_end: int, lo: int, start: int,
                    changed_from: int | None = None) -> str | None:
    """The subject the phrase of the sum at ``start`` names, where it names only that before the last words of the phrase
    before (…研发费用不低于, 其他企业不低于): what it leaves out (the measure, 最高, …) is that phrase's, its bound and its threshold
    too; else None. Not a phrase saying what is paid in its own words (一类地区每人最高补贴3000元，二类地区每人补贴2000元: a sum of
    its own, the review). ``changed_from``: where the old sum of a change the sum before ends (由50万元提高至60万元) starts, the
    phrase's words before it the ones to compare (…最高可贷额度由50万元提高至60万元，单缴存职工家庭由40万元提高至50万元: h320 F4)."""
    if not NEXT_PHRASE.fullmatch(text, previous_end, lo):
        return None
    if changed_from is not None and text.endswith("由", lo, start):
        previous_start = changed_from
    before, previous = text[lo:start], text[_phrase_bounds(text, previous_start, "，,。；;\n")[0] : previous_start]
    same = _common_suffix_length(before, previous)
    # (由 alone after a change: the change said again for another subject, all but the subject left out)
    said_again = same >= 2 or changed_from is not None and same == 1 and before.endswith("由")
    subject = before[: len(before) - same]
    # (the phrase before longer: it said something this one leaves out, not only another subject)
    elided = (said_again and not re.search(r"\d", before) and bool(ELIDED_SUBJECT.fullmatch(subject))
              and not PAYMENT_VERB.search(before) and not CONDITION_NOUN.search(subject) and len(previous) > len(before))
    return subject if elided else None


# a person or an entity named as the subject in an elided phrase: the head of the phrase before's payment unit, if alike
PERSON_NAMED_LAST = re.compile(rf"(?:{PERSON_NOUN_WORDS})$")
ENTITY_NAMED_LAST = re.compile(rf"(?:{ENTITY_KIND})$")


def _subject_of_the_head(subject: str, unit: str | None) -> bool:
    """Whether ``subject`` (专职人民调解员, 其他企业) is one of the head ``unit`` is paid per (per-person-year, per-entity)."""
    if unit is None:
        return False
    return (unit.startswith("per-person") and PERSON_NAMED_LAST.search(subject) is not None
            or unit.startswith("per-entity") and ENTITY_NAMED_LAST.search(subject) is not None)


# the head's unit, less its period (每名值班律师每月: per person) and a yearly total of it after (，全年累计不超过)
HEAD_OF_UNIT = {"per-person": "per-person", "per-person-month": "per-person", "per-person-day": "per-person",
                "per-entity": "per-entity", "per-entity-month": "per-entity",
                "per-household": "per-household", "per-household-month": "per-household"}
YEARLY_TOTAL_NEXT = re.compile(r"\s*[，,]\s*(?:全年|年度|每年)累计[^，,。；;\d]{0,6}")
HEAD_CUE = re.compile(r"每(?:名|位|人|户|家)|单(?:户|家)")
PAID_TO_BEFORE_HEAD = re.compile(r"给予|按|对|向|发放")  # (对企业按每人每月…, 给予每户…: the head a rate's basis or the sum's, not the subject)


def _head_is_the_subject(phrase: str) -> bool:
    """每名值班律师每月领取…: the head the phrase's subject, no verb paying or 对/按 before it (a heading may: 二、补贴上限每名…)."""
    head = HEAD_CUE.search(phrase)
    return head is not None and PAID_TO_BEFORE_HEAD.search(phrase, 0, head.start()) is None


def _common_suffix_length(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _share_the_lists_instrument(listed: list[Amount]) -> None:
    """分别给予50万元、100万元、200万元奖励, 分别奖励100万元、50万元、20万元: the one instrument named beside a list is every
    listed sum's (a blind test: only the nearest had it)."""
    named = {a.instrument for a in listed if a.instrument}
    if len(listed) > 1 and len(named) == 1:
        (instrument,) = named
        for a in listed:
            if a.instrument is None and not a.threshold:
                a.instrument = instrument


def _lead_in_before(text: str, start: int) -> re.Match | None:
    """The lead-in (…给予一次性落户奖励：) the sentence of ``start`` opens its tiers with, before ``start``."""
    lo, _ = _phrase_bounds(text, start, "。\n")
    found = None
    for found in TIERED_LEAD_IN.finditer(text, lo, start):
        pass
    return found


# …分档给予一次性落户奖励：…1亿元以上的，奖励500万元；…的，奖励300万元: a lead-in naming the payment over its tiers
TIERED_LEAD_IN = re.compile(r"(?:分档|按以下标准|按下列标准|按照以下标准)?(?:给予|发放)[^，。；：:]{0,12}?[：:]"
                            # 居家养老服务补贴按照…等级确定标准：重度失能的，每人每月…；中度失能的，…: the payment named as the
                            # subject of its standards (h278 F9: the first tier's alone)
                            r"|[\u4e00-\u9fff]{0,16}?(?:补贴|补助|津贴|奖励|救助金|保健金|生活费)(?:按照?[^，。；：:]{1,20}?)?"
                            r"(?:分档|分类|分级)?(?:确定|执行|发放)?(?:补贴|补助|发放)?标准(?:为|如下)?[：:]")


def _tiers_of_a_lead_in(amounts: list[Amount], at: list[int], text: str, instruments: "ConceptLinker") -> list[Amount]:
    """The tiers after a lead-in naming one payment (…给予一次性落户奖励：…的，奖励500万元；…的，奖励300万元): each tier's sum is
    that payment, paid once where it is (a blind test: only the first tier had been, its threshold too); a threshold is paid
    no way."""
    out = []
    for a, start in zip(amounts, at):
        lead = _lead_in_before(text, start)
        if a.threshold and a.payment_unit == "one-off":
            a = replace(a, payment_unit=None)
        elif lead is not None and not a.threshold:
            # the payment the lead-in itself names (给予以下支持： names none, a review), not over a sum paid every year or month
            named = _nearest(instruments.mentions, instruments.offsets, lead.end() - 1, lead.start(), lead.end())
            periodic = a.payment_unit is not None and ("year" in a.payment_unit or "month" in a.payment_unit)
            if named and not (periodic and _paid_once(named)) and (a.instrument in (None, "award") or a.instrument == named):
                a = replace(a, instrument=named,
                            payment_unit="one-off" if a.payment_unit is None and _paid_once(named) else a.payment_unit)
        out.append(a)
    return out


def _breakdown_paid_as_its_lead_in(amounts: list[Amount], at: list[int], ends: list[int], text: str) -> None:
    """给予一次性安家补贴：国家级领军人才200万元，博士…人才30万元，硕士…人才10万元: the sums after the colon, each after its label,
    are paid as the lead-in says (h283 F3: the first alone one-off)."""
    for n in range(1, len(amounts)):
        a, previous = amounts[n], amounts[n - 1]
        if a.payment_unit is not None or a.threshold or previous.payment_unit is None or previous.threshold:
            continue
        colon = text.rfind("：", _sentence_start(text, at[n - 1]), at[n - 1])
        if colon >= 0 and LABEL_BETWEEN_SUMS.fullmatch(text, ends[n - 1], at[n]) and ONCE in text[_sentence_start(text, colon) : colon]:
            a.payment_unit = previous.payment_unit


# …200万元，博士研究生或正高级职称人才30万元: a label only between two sums of a breakdown (no verb, no figure)
LABEL_BETWEEN_SUMS = re.compile(r"[，,、；;]\s*(?:(?!给予|奖励|补贴|补助|提高|增加|调整|最高|不超过)[^，,。；;：:\d]){1,20}\s*")


def _mark_paid_once(payable: list, text: str) -> None:
    """Each amount paid per head and once gets one code for both (after the loop: a list's or range's cue is shared by
    then); the amounts of one phrase before it, paid per the same head, are paid once too (每人1000元至3000元的一次性…)."""
    codes = [_paid_once_to_each(amount, text, lo, start, end) for amount, lo, start, end in payable]
    for n in range(1, len(codes)):  # 每项分别给予一次性50万元、30万元、20万元: the list's head, however far back
        if (payable[n][1] == payable[n - 1][1] and codes[n - 1].endswith("-one-off")
                and codes[n] in ("one-off", codes[n - 1].removesuffix("-one-off"))):  # (…50万元/家、30万元/家: the list's too)
            codes[n] = codes[n - 1]
    for n in range(len(codes) - 2, -1, -1):
        if payable[n][1] == payable[n + 1][1] and codes[n + 1] == f"{codes[n]}-one-off":
            codes[n] = codes[n + 1]
    for (amount, *_), code in zip(payable, codes):
        amount.payment_unit = code


# 新增贷款700亿元以上, 融资金额突破1.5亿元, 不低于80亿元: a floor of a hundred million yuan or more is an
# aggregate target (or the size of who qualifies: 1亿元以上项目), no payment to anyone
AGGREGATE_FLOOR = 100_000_000
# 新增发放创业担保贷款不少于3000万元, 担保基金总额…不低于1000万元: a floor of ten million yuan or more after a word of
# totals (AGGREGATE_CUE) is a target too (a blind test: they had been compared with what a person is paid)
AGGREGATE_FLOOR_CUED = 10_000_000
# (words of totals only: not 共 of 公共, 约 of 节约, 年度贡献, which a review found making payments targets)
TOTALS_CUE = re.compile(r"(?:发放|新增|累计|总额|总量|规模|余额|合计)[^，。；、]{0,12}$")
# 今年发放创业担保贷款30亿元, 累计担保总额450亿元, 市场价值近600亿元: an exact sum that large, counted over many
# (not 设立10亿元人才发展基金: a fund set up, paid out as the clause says)
AGGREGATE_CUE = re.compile(r"(?:发放|新增|完成|累计|实现|达到|总额|总量|规模|余额|价值|产值|营收|收入|交易额|融资|近|约|共|合计|全年|年度)"
                           r"[^，。；、]{0,12}$")
# 市级财政安排补贴资金5000万元, 共筹集资金2000万元: a budget of ten million yuan or more, no payment (h267 F4)
BUDGET_BOUND = r"(?:不少于|不低于|不超过|不高于|最高|至少)?"
BUDGET_CUE = re.compile(rf"(?:安排|筹集|下达|统筹)[^，。；、]{{0,10}}?(?:资金|经费|预算)(?:总额|共计|合计)?(?:为|达)?{BUDGET_BOUND}\s*$")
# 安排 right before the sum, by a finance or each year (每年安排2亿元, 省级财政安排…), or the sum a fund's, a budget's or
# vouchers' after it (安排不超过1亿元的算力券)
BUDGET_SET = re.compile(rf"安排{BUDGET_BOUND}\s*$")
BUDGETS_PAYER = re.compile(r"(?:每年|年度|逐年|财政|[省市县区]级|本级)[^，。；、]{0,4}?安排")
# 市级财政统筹安排安全生产专项资金，2024年安排1.5亿元: the budget named in the phrase before, its sum for a year (h315 F11: not
# an aggregate, as 市级财政安排专项资金3000万元 is)
BUDGET_NAMED_BEFORE = re.compile(r"(?:财政|[省市县区]级|本级)[^，。；、]{0,6}?安排[^，。；、]{0,16}?(?:资金|经费|预算)[，,]\s*$")
BUDGET_AFTER = re.compile(r"\s*的?[\u4e00-\u9fff]{0,10}?(?:资金|经费|预算|基金|券)")
FUND_NAMED_BEFORE = re.compile(r"(?:资金|经费)\s*$")
GIVEN_BEFORE = re.compile(r"给予|予以|发放|兑付|拨付给")
# (…就业困难人员补贴资金5000元: the subsidy's sum, paid; not 省级奖补资金, 中央补助资金, 财政补助资金: a level's fund)
PAID_FUND_BEFORE = re.compile(r"(?<![级央政])(?:补贴|补助|奖补|奖励|资助)(?:资金|经费)\s*$")
FUND_KEPT_AFTER = re.compile(r"\s*[，,]?\s*(?:实行|实施|进行|按照?|要)?(?:专账|专户|分账|单独)(?:核算|管理|存储|列账)|\s*[，,]?\s*专款专用")
PARTS_OF_THE_TOTAL = re.compile(r"[^。；;\n]*?其中[^。；;\n]*")
# (中央补助资金, 省级奖补资金, 中央财政补助26500万元: where a part comes from, the third review)
# 每人每年120元，由医保基金承担50元、个人承担70元; 120元/人·年，资金承担：医保基金50元、个人70元: the payers' shares of the sum,
# paid as it is while they add up to no more than it (h288 F7: none)
SHARES_OF_THE_SUM = re.compile(r"[^。；;\n]*?(?:(?:承担|分担|负担|共担)[^。；;\n]*|(?:基金|财政|个人|居民)支付[：:]?\s*)")  # (not 按月支付, how a sum is paid: the review)
# (服务包名称 年收费标准 医保基金支付 个人支付: a payer before 支付, a share of the fee: h288 F7)
RECIPIENT_OF_A_PART = re.compile(r"对[^，,。；;]{2,40}?的")  # 其中对获评…企业的，省级财政奖励50万元: paid to someone (the fourth review)
PAID_IN_A_PART = re.compile(rf"(?<!财政)(?<!中央)(?<!省级)(?<!市级)(?<!县级)(?:{PAYS_WORDS})(?!资金|经费)")
CONDITIONS_FIELD = re.compile(r"(?:申报|申请|支持|享受|补贴|奖励|认定)(?:条件|对象|范围)[：:][^。；;：:]*$")
CONDITIONS_REACH = 120  # characters before the amount the field's label may stand
# Between two amounts paid alike, in the next comma phrase of one sentence (个人最高30万元，小微企业最高400万元)
SIBLING_GAP = re.compile(r"[^，,。；;\n]{0,12}[，,][^，,。；;\n]{0,20}")


# the size of a loan (单户贷款额度, 贷款金额), no payment's, and the words between it and the sum
LOAN_SIZE = re.compile(r"贷款(?:额度|金额|本金|规模)(?P<gap>[^，,。；;]*)$")


def _sizes_the_loan(before: str, after: str) -> bool:
    """Whether the sum is the size of the loan its phrase names (单户贷款额度不超过5万元), not a payment reckoned from it: nothing
    paid between them nor right after the sum (按贷款金额的50%给予最高20万元贴息: the loan the share's base, the cap the
    subsidy's; the review)."""
    size = LOAN_SIZE.search(before)
    if size is not None and LOAN_SIZE_BOUNDED.fullmatch(size["gap"]):
        return True  # 单户贷款金额不超过500万元给予贴息: the size bounded right before the sum, whatever follows (the third review)
    return size is not None and not PAYS.search(size["gap"]) and not PAID_RIGHT_AFTER.match(after)


# the words of a loan's limit in a sum's phrase: 贷款总额不超过150万元, …30万元的额度, 贷款额度最高…
LOAN_LIMIT_IN_PHRASE = re.compile(r"贷款(?:总额|额度|金额)|\d\s*(?:万|亿)?元\s*(?:以内|以下)?的(?:贷款)?额度")


def _loan_limit_before_its_subsidy(text: str, lo: int, start: int, instruments: ConceptLinker) -> bool:
    """Whether the sum's phrase sizes a loan (LOAN_LIMIT_IN_PHRASE) and its sentence names 贴息 only after that phrase."""
    _, p_hi = _phrase_bounds(text, start, "，,。；;\n")
    s_lo, _ = _phrase_bounds(text, start, "。；;\n")
    return bool(LOAN_LIMIT_IN_PHRASE.search(text, lo, p_hi)) and not any(
        m.concept == "loan-interest-subsidy" and s_lo <= instruments.offsets[id(m)][0] < p_hi for m in instruments.mentions)


LOAN_SIZE_BOUNDED = re.compile(r"\s*(?:在|为)?\s*(?:不超过|不高于|不低于|低于|高于|超过|以下|以上|在)?\s*")
# 给予10万元奖励, 给予最高300万元的一次性奖励, 奖励10万元: an award named right after or before the sum, no label of its own
# (给予100万元落户奖励, 给予一次性100万元上市奖励: what it rewards between, h273 F2: none)
AWARD_AFTER = re.compile(r"\s*(?:的)?(?P<once>一次性)?(?:资金|现金|(?:(?![不未以及或和的给按])[\u4e00-\u9fff]){1,4}?)?奖励")
AWARD_BEFORE = re.compile(r"(?P<once>一次性)?(?:资金|现金)?奖励(?:资金)?(?:最高|最多|不超过|不高于|上限为?)?\s*$")


def _an_award(instrument: str) -> bool:
    """An award of some kind (落户奖励, 一次性奖励): ``award`` or a concept under it."""
    concepts = concept_by_id("instruments")
    while instrument is not None and instrument != "award":
        instrument = concepts[instrument].broader if instrument in concepts else None
    return instrument == "award"


def _award_named_beside(text: str, lo: int, start: int, end: int, payment: str | None) -> str | None:
    m = AWARD_AFTER.match(text, end) or AWARD_BEFORE.search(text, lo, start)
    if m is None:
        return None
    if AWARD_TO_A_WHISTLEBLOWER.search(text, lo, start):
        return "whistleblower-reward"  # 给予举报人500元至5000元奖励: the whistleblower's reward, whom it names between (h315 F9)
    return "one-off-award" if m["once"] or payment == "one-off" else "award"


# (a range's floor between: 给予举报人500元至5000元奖励)
AWARD_TO_A_WHISTLEBLOWER = re.compile(rf"(?:给予|奖励|对)(?:实名)?举报人(?:一次性)?\s*(?:\d[\d.]*\s*(?:{MULT})?(?:元)?{DASH})?$")
# the instruments a clause names beside the bare award (给予奖励) that say nothing of what is rewarded
AWARDS_UNNAMED = ("award", "one-off-award")


def _award_the_clause_names(instruments: ConceptLinker, text: str, lo: int, start: int) -> str:
    """The award the clause names, for a sum its bare 给予奖励 pays (二、落实举报奖励制度。对举报…属实的，按规定给予奖励，
    单笔奖励金额最高不超过5万元: the whistleblower's reward, h315 F9): the one award of a kind the clause names, where it names
    no other instrument; else the award as it was."""
    named = {m.concept for m in instruments.mentions}
    kinds = [c for c in named if c not in AWARDS_UNNAMED]
    if len(kinds) != 1 or not _an_award(kinds[0]) or ONCE in text[lo:start]:
        return "award"
    return kinds[0]


# 给予每人1000元一次性补贴, 按每家10万元给予一次性奖励: a head each is paid for, once (one code for both)
PAID_ONCE_HEADS = ("per-person", "per-entity", "per-household", "per-item", "per-bed", "per-head")  # (每张床位一次性建设补贴: a blind test; 每头: h182)
ONCE = "一次性"
ONCE_NEAR = 8  # characters before the number: 给予每家企业一次性奖励10万元
# 1000元一次性…, 每人1000元给予一次性…, …给予见习单位一次性… (not …给予培训补贴和一次性…: another payment named first)
# (…元申领一次性…, …元领取一次性…: the verb of who receives it, a blind test)
ONCE_AFTER = re.compile(r"\s*(?:/[人户家件项个])?(?:的)?(?:标准)?(?:(?:给予|发放|申领|领取|享受)(?:(?![补奖和及、])[\u4e00-\u9fff]){0,6}?)?(?:的)?一次性")


# 一次性发放安家补贴每人2万元: paid once, the verb and the payment's name between it and the head (a blind test: per person)
ONCE_PAID_THEN_HEAD = re.compile(r"一次性(?:发放|给予|奖励|补助|补贴|拨付)(?:(?![和及、])[\u4e00-\u9fff]){0,8}?每[人户家项]\s*$")  # (not …和岗位补贴每人…)
# the standard of a payment named one-off, the number right after it: 一次性补贴标准由每人, 一次性奖励的标准为每家
ONCE_STANDARD = re.compile(r"一次性[\u4e00-\u9fff]{0,8}?(?:补贴|补助|奖励|资助)的?标准(?:由|为|是)?\s*(?:按)?\s*每[人户家项]\s*$")


def _paid_once_to_each(amount: Amount, text: str, lo: int, start: int, end: int) -> str:
    """``per-person-one-off`` (entity, household, item) where the amount's phrase names both the head paid for (a cue
    before the number, or the amount's own) and that it is paid once, 一次性 next to the sum (给予每家企业一次性奖励10万元,
    按每人1000元给予一次性…; not 按每人500元给予培训补贴和一次性交通补助, nor 对一次性吸纳就业10人以上的企业按每人1000元, nor an
    instrument called one-off named elsewhere); else its payment unit as it was."""
    payment = amount.payment_unit
    if payment == "one-off":
        head = _cue_before(text[max(lo, start - CUE_WINDOW) : start].replace(ONCE, ""))
        if head in HOUSEHOLD_AS_FIRM and _firms_counted(text, start):
            head = HOUSEHOLD_AS_FIRM[head]  # 对首次创办小微企业…的，给予每户5000元一次性…: firms, as without 一次性 (a blind test)
    elif (ONCE in text[max(lo, start - ONCE_NEAR) : start] or ONCE_AFTER.match(text, end)
          or amount.instrument and _paid_once(amount.instrument) and (ONCE in text[lo:start]  # 一次性扩岗补助标准由每人1000元…
                                                                     or RAISED_FOR_OTHERS.search(text[lo:start])  # …标准提高至每人2000元
                                                                     or ADDED_TO_THE_SUM_BEFORE.search(text[lo:start]))  # 每户再增加2000元
          or ONCE_STANDARD.search(text, lo, start)  # 一次性补贴标准由每人1000元提高至每人2000元 (a blind test)
          or ONCE_PAID_THEN_HEAD.search(text, lo, start)
          or _once_stated_before(text, lo, start, payment if amount.bound == "max" else None, end)):
        head = payment
    else:
        return payment
    if payment == "one-off" and head in HEAD_THEN_PERIOD.values():
        return head  # 每人每年不超过500元的一次性交通补贴: once a year to each, the head and period written (h324 f5: one-off)
    return f"{head}-one-off" if head in PAID_ONCE_HEADS else payment


# 大学新生入学资助为一次性资助，…, 给予一次性入学资助，…: a phrase before stating the aid is paid once, naming no sum of its own
ONCE_STATED = re.compile(r"(?:为|给予|予以|发放)一次性[\u4e00-\u9fff]{0,8}?(?:资助|补助|补贴|奖励|奖补)[，,]")
# another payment named between it and the sum (…，另给予交通补贴每人500元): the sum is that one's (a verb right before it is not)
OTHER_PAYMENT_NAMED = re.compile(r"资助|补助|补贴|奖励|奖补|贷款|贴息|资金|津贴")
SUM_NAMED = re.compile(r"\d\s*(?:万|亿|千)?元")
# 1500元培训补贴, 500元的交通补助: a payment named right after the sum, by its own name (a bare 补贴 names none)
OWN_PAYMENT_AFTER = re.compile(r"\s*的?(?P<name>(?:(?!给予|予以|发放|用于|作为|补贴|补助|资助|奖励|奖补)[\u4e00-\u9fff]){1,8}?(?:资助|补助|补贴|奖励|奖补))")
VERB_BEFORE_SUM = re.compile(r"(?:资助|补助|补贴|奖励|发放|给予)\s*$")


def _once_stated_before(text: str, lo: int, start: int, cap_of: str | None = None, end: int | None = None) -> bool:
    """Whether a phrase earlier in the sentence (past its ；) says the aid is paid once (为一次性资助，考入省内高校的，每生500元;
    给予一次性入学资助，省内院校每生500元: h316 F1, per person alone), no other payment named between it and the sum, nor right
    after it. ``cap_of``: the head of a cap's payment unit."""
    stated = list(ONCE_STATED.finditer(text, _sentence_start(text, lo), lo))
    if not stated or SUM_NAMED.search(text, _phrase_bounds(text, stated[-1].start(), "，,。；;\n")[0], stated[-1].start()):
        return False  # (按每人1000元给予一次性吸纳就业补贴，每户企业最高不超过5万元: the firm's total of sums paid once per head)
    if end is not None and (named := OWN_PAYMENT_AFTER.match(text, end)) and named["name"] not in stated[-1].group():
        return False  # (…给予一次性求职创业补贴，每人1000元；…的，每人1500元培训补贴: the training subsidy's, not once: the review of h316 F1)
    if cap_of and (sums := list(SUM_NAMED.finditer(text, stated[-1].end(), lo))):
        # (给予一次性吸纳就业补贴，标准为每人1000元，每户企业最高不超过5万元: the same, the cap after it stated: the review of h316 F1)
        last = sums[-1]  # (a cap per firm over a sum per head: the firm's total, not once per firm)
        head = (next((code for cue, code in PAYMENT_AFTER if cue.match(text[last.end() : last.end() + 8])), None)
                or _cue_before(text[max(0, last.start() - CUE_WINDOW) : last.start()]))
        if head and head != cap_of:
            return False
    between = text[stated[-1].end() : start]
    if verb := VERB_BEFORE_SUM.search(between):
        between = between[: verb.start()]
    return not OTHER_PAYMENT_NAMED.search(between)


def _firm_head(unit: str | None) -> str | None:
    """per-household-one-off → per-entity: the head 户 reads as where it counts firms (HOUSEHOLD_AS_FIRM)."""
    head = (unit or "").removesuffix("-one-off")
    return HOUSEHOLD_AS_FIRM.get(head)


def _paid_once(instrument: str) -> bool:
    """An instrument named as paid once (一次性创业补贴, 一次性吸纳就业补贴, 一次性奖励)."""
    concept = concept_by_id("instruments").get(instrument)
    return concept is not None and concept.label_zh.startswith("一次性")


def _sibling_instrument(previous: Amount | None, gap: str, group: str | None, payment: str | None) -> str | None:
    """The instrument of an amount whose own sentence does not say it, from the amount before it
    in the next comma phrase, where this one is that one's sibling: it names its own group or is
    paid per the same unit (创业担保贷款额度个人最高30万元，小微企业最高400万元; 见习补贴每人每月1500元，对脱贫家庭高校
    毕业生每人每月1800元; a phrase naming a payment of its own is ``ConceptLinker.link``'s). An instrument named as
    a group's variant of its family (个人创业担保贷款) gives the sibling its family."""
    if previous is None or previous.threshold or not previous.instrument or not SIBLING_GAP.fullmatch(gap):
        return None
    if not (group or payment and payment == previous.payment_unit):
        return None
    return _group_variants().get(previous.instrument, previous.instrument)


@lru_cache(maxsize=1)
def _group_variants() -> dict[str, str]:
    """Instrument -> its family, for an instrument named as its family's name with who it is for
    before it (个人创业担保贷款 -> 创业担保贷款): a sibling amount for someone else is paid by the family."""
    concepts = concept_by_id("instruments")
    return {c.id: c.broader for c in concepts.values()
            if c.broader in concepts and c.label_zh.endswith(concepts[c.broader].label_zh) and c.label_zh != concepts[c.broader].label_zh}


CUE_WINDOW = 24  # characters before a number searched for its payment cue (单个企业每年享受社会保险补贴总额最高不超过50万元)


# 同一企业同一年度享受本措施各项奖补资金总额最高不超过500万元: what one firm receives in all (in a year), its subject
# opening the phrase, further from the sum than PAYMENT_BEFORE's 同一企业 (a blind test: no payment unit, or per year
# alone); not 对在同一企业连续缴纳失业保险满1年的…毕业生给予1000元 (a person who worked there: a review)
SAME_ENTITY_WINDOW = 48
ONE_ENTITYS_TOTAL = re.compile(rf"^\s*(?:[（(]?[\d一二三四五六七八九十]{{1,3}}[)）.．、]\s*)?(?:其中|且|但)?[，,]?同一(?:{'|'.join(SAME_ENTITIES)})"
                               r"(?P<year>(?:同一)?(?:年度|每年|一年))?(?=[^，,。；;]*?(?:总额|累计|合计|总计))")


def _one_entitys_total(phrase: str, cue: str | None) -> str | None:
    """per-entity(-year) where the phrase opens with one firm's total (同一企业…总额…), else ``cue``."""
    same = ONE_ENTITYS_TOTAL.match(phrase)
    if same is None:
        return cue
    yearly = same["year"] or cue == "per-year" or "每年" in phrase[same.end():]
    return "per-entity-year" if yearly else "per-entity"


PERIODS_ALONE = ("per-time", "per-year", "per-month", "per-day", "per-quarter", "per-semester", "per-half-day", "per-hour", "per-half-hour")  # (每年每次: no head before 每次, a review)


# a phrase that only states the sum of the payment named in the phrase before (…给予一次往返交通补助，补助标准最高不超过1000元)
# 每人每月提取额不超过当地租房提取限额，最高不超过1500元: the phrase before bounds the same sum by a limit it does not figure,
# the cap then figures it (h300 F7: per person per month lost)
BOUND_NAMED_WITHOUT_A_FIGURE = re.compile(r"(?:不超过|不高于|不得超过|不得高于)[^，,。；;\d]{2,16}?(?:限额|标准|上限)")
SUM_OF_THE_PAYMENT_BEFORE = re.compile(r"\s*(?:(?:补助|补贴|奖励|资助|奖补|救助|慰问)?(?:标准|金额)(?:为|按)?)?\s*"
                                       r"(?:最高|最多|上限为?)?\s*(?:不超过|不高于)?\s*")


# the sentence introducing a table of sums (按人才类别给予一次性购房补贴，标准如下：, 补贴标准见下表：)
TABLE_LEAD = re.compile(r"(?:如下|下表)[^。；，]{0,12}[：:]\s*$"
                        r"|下表[^。；，：:]{0,12}。\s*$")  # 按下表给予一次性奖励。 over the rows (h314 F3: the first row's alone)
TABLE_LINE_MAX = 200  # a table's rows read into the clause (their breaks read through: one line); prose ends a sentence
# …使用住房公积金贷款…，贷款最高额度按下表执行：: a lead-in sizing what it names, a loan's limit, its table's sums that limit
# (h300 F5: the cells had no instrument)
LIMIT_LEAD = re.compile(r"(?:额度|限额)[^。；;，,]{0,10}(?:如下|下表)")
# a verb paying something, in a lead-in or a phrase before a sum (not 标准 alone: 补助标准每年调整一次 pays nothing, a review)
PAYS = re.compile(PAYS_WORDS)
# a cue another phrase lends a sum: not a period alone (补助标准每年调整一次: how often the standard changes, a review)
NOT_LENT = ("per-year", "per-month", "per-day", "per-quarter", "per-semester", "per-half-day", "per-hour", "per-half-hour")


def _cue_lent_to_a_sum(text: str, lo: int, start: int, previous_end: int) -> str | None:
    """The payment unit a sum naming none takes from the words that pay it: the sentence over the table it is a row of,
    or the phrase before its own where that phrase only states the sum."""
    lead = _table_lead_in(text, start)
    cue = _cue_of_the_column(text, lo, start, lead) if lead else _cue_of_the_payment_named_before(text, lo, start, previous_end)
    return cue if cue not in NOT_LENT else None


def _table_lead_in(text: str, pos: int, paying_only: bool = True) -> tuple[int, int] | None:
    """The lead-in sentence (start, end) of the table whose row holds ``pos``: the lines above the row are the table's
    (short, no sentence ended), up to a line ending 如下： that pays (a blind test: a table's sums had named neither the
    payment nor how it is paid, both written in the sentence over it); any such line where not ``paying_only``."""
    line_start = text.rfind("\n", 0, pos) + 1
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if TABLE_LEAD.search(line):
            said = line.rstrip().removesuffix("。")  # (the lead-in's own full stop ends no sentence before it)
            sentence_start = above + max(said.rfind(c) for c in "。；;") + 1  # (after the line's last sentence end, if any)
            return (sentence_start, line_start - 1) if PAYS.search(line) or LIMIT_LEAD.search(line) or not paying_only else None
        if len(line) > TABLE_LINE_MAX or "。" in line:
            return None
        line_start = above
    return None


def _cue_of_the_column(text: str, lo: int, start: int, lead: tuple[int, int]) -> str | None:
    """The payment unit the lead-in gives a table's sum: of the phrase naming the sum's column (…给予一次性购房补贴；未购房的，
    给予租房补贴。补贴标准如下： over the row A类，购房补贴：100万元: one-off), else of the lead-in's sentence."""
    column = text[lo:start].rstrip("：: ")
    line_start = text.rfind("\n", 0, lead[1]) + 1  # the lead-in's paragraph
    named = text.rfind(column, line_start, lead[0]) if len(column) >= 2 else -1
    if named < 0:
        return _cue_before(text[lead[0] : lead[1]])
    phrase_lo, _ = _phrase_bounds(text, named, "，,。；;\n")
    return _cue_before(text[phrase_lo : named + len(column)])


def _cue_of_the_payment_named_before(text: str, lo: int, start: int, previous_end: int) -> str | None:
    """The payment unit of the phrase before, where the amount's own phrase only states its sum (每人每年给予一次往返交通补助，
    补助标准最高不超过1000元: per person per year) and that phrase pays but names no sum of its own."""
    if (lo == 0 or previous_end >= lo or text[lo - 1] not in "，,"
            or not SUM_OF_THE_PAYMENT_BEFORE.fullmatch(text, lo, start)):
        return None
    before_lo, _ = _phrase_bounds(text, lo - 1, "，,。；;\n")
    pays_or_bounds = PAYS.search(text, before_lo, lo) or (BOUND_NAMED_WITHOUT_A_FIGURE.search(text, before_lo, lo)
                                                          and re.match(r"\s*最高", text[lo:start]))
    if not pays_or_bounds or re.search(r"\d", PERCENT_RE.sub("", text[before_lo:lo])):
        return None  # (按投资的20%给予一次性补助，最高不超过200万元: a share paid once, its cap too: h156)
    return _cue_before(text[before_lo : lo - 1])


def _cue_before(window: str) -> str | None:
    """The payment unit a cue before the number gives: the cue closest to the number, longest first."""
    window = window.replace("单项冠军", "冠军冠军")  # (制造业单项冠军企业: an award's class, no per-item cue: h201; same length)
    cues = [(window.rfind(cue) + len(cue), len(cue), code) for cue, code in PAYMENT_BEFORE if cue in window]
    cues += [(m.end(), len(m.group()), "per-person") for m in PER_HEAD_HIRED.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-item") for m in PER_PROJECT_BROUGHT.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-bed" if m["bed"] else "per-item") for m in PER_PLACE_ADDED.finditer(window)]
    cues += [(m.end(), len(m.group()), PER_PERSON_EVERY[m["period"]] if m["period"] else "per-person-year" if m["yearly"] else "per-person")
             for m in PER_NAMED_PERSON.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-entity") for m in PER_ENTITY.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-entity") for m in PER_ENTITY_COUNTED.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-person") for m in PER_STUDENT.finditer(window)]
    cues += [(m.end(), len(m.group()), PER_PERSON_EVERY[m["period"]] if m["period"] else "per-person") for m in PER_CAPITA.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-item") for m in PER_LIFT.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-item-year" if m["year"] else "per-item-month" if m["month"] else "per-item")
             for m in PER_VEHICLE.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-entity-year" if m["year"] else "per-entity") for m in PER_VILLAGE.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-trip") for m in PER_TRAIN.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-bed") for m in PER_BED.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-household") for m in PER_HOUSEHOLD_PAID.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-head") for m in PER_ANIMAL.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-head") for m in PER_HEAD_COUNTED.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-item") for m in PER_MACHINE.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-year") for m in YEARLY_TOTAL.finditer(window)]
    cues += [(m.end(), len(m.group()), "per-household-year" if m["who"] == "户" and not m["noun"] else "per-entity-year")
             for m in PER_ENTITY_YEAR.finditer(window)]
    if not cues:
        return None
    best = max(cues)
    if best[2] == "one-off" and (measure := [c for c in cues if c[0] == best[0] - best[1] and c[2] in PER_MEASURE_HEADS]):
        return max(measure)[2]  # 每亩一次性补贴20元: per mu, paid once (h266 F3: one-off, the mu lost)
    if best[2] == "one-off" and (head := [c for c in cues if c[0] <= best[0] - best[1] and c[2] in PAID_PER_HEAD_ONCE
                                          and VERB_BEFORE_ONCE.fullmatch(window, c[0], best[0] - best[1])]):
        return max(head)[2]  # 每人每年给予一次性交通补助，最高不超过800元: per person and year (h276 F5: one-off, the person lost)
    if best[2] in ("per-time", "per-hour", "per-half-hour") and (head := [c for c in cues if c[0] == best[0] - best[1] and c[2] not in PERIODS_ALONE]):
        best = max(head)  # 每户每次补贴500元, 每家企业每次最高…: the head written before 每次 (a review); 每人每小时, no code of both
    elif head := [c for c in cues if c[0] <= best[0] - best[1] and (c[2], best[2]) in HEAD_THEN_PERIOD
                  and PAID_NOUN_GAP.fullmatch(window, c[0], best[0] - best[1])]:
        # 每吸纳1人每年, 每个车间每年: the head, then the period (a blind test); 单户贴息金额每年: what is paid between (h143)
        return HEAD_THEN_PERIOD[(max(head)[2], best[2])]
    return _per_period_and_person(window, *best)


PER_MEASURE_HEADS = ("per-mu", "per-square-metre", "per-kw", "per-tonne", "per-cubic-metre", "per-km")
PAID_PER_HEAD_ONCE = ("per-person-year", "per-entity-year", "per-household-year")  # (a head alone: _paid_once_to_each)
VERB_BEFORE_ONCE = re.compile(r"\s*(?:给予|发放|享受|可享受|可申领|申领)?\s*")
PAID_NOUN_GAP = re.compile(r"(?:贴息|补贴|补助|奖励|资助|奖补|担保|支持)?(?:金额|资金|额度|总额|标准)?")


def _per_period_and_person(window: str, cue_end: int, cue_length: int, code: str) -> str:
    """The payment unit of the cue closest to the number: per person, and per year too when 每年
    comes a verb before it (连续3年每年给予每人3万元)."""
    period = PERIOD_THEN_PERSON.search(window, 0, cue_end - cue_length) if code in PERIODIC_HEADS else None
    if period is None and code in PERIODIC_HEADS and YEARLY_LIMIT_THEN_HEAD.search(window, 0, cue_end - cue_length):
        return HEAD_AND_PERIOD[(code, "年")]  # 年度救助限额为每人3000元: per person and year (h264 F4)
    return HEAD_AND_PERIOD.get((code, period["period"]), code) if period else code  # (每年给予每家企业…: a blind test)


PERIODIC_HEADS = ("per-person", "per-entity", "per-household")
YEARLY_LIMIT_THEN_HEAD = re.compile(r"(?:年度|全年)[\u4e00-\u9fff]{0,12}?(?:限额|封顶线|封顶额)(?:分别|均)?(?:为|是)?\s*$")


MAX_DENOMINATOR = 10  # shares are halves to tenths; 9/30 and 12/31 are dates
PER_MILLE_RE = re.compile(r"(?P<of>千|万)分之(?P<n>[一二三四五六七八九十百零〇两]{1,4}|\d{1,3}(?:\.\d+)?)"
                          r"|(?<![\d.])(?P<n2>\d{1,3}(?:\.\d+)?)\s*(?P<sign>‰|‱)")  # 日0.1‰, 3‰ (h148: none)
PER_MILLE_SIGN = {"‰": "千", "‱": "万"}
PER_MILLE_PERCENT = {"千": 0.1, "万": 0.01}  # a thousandth and a ten-thousandth, in percent
PERCENT_RANGE_RE = re.compile(rf"(?P<lo>\d+(?:\.\d+)?)\s*%?(?:\s*(?:（含）|\(含\)))?{DASH}(?P<hi>\d+(?:\.\d+)?)\s*%")  # (0.8%（含）至1%: h292 F10)


# What every match of a pattern holds one of (needles.py)
# a change or gap in percentage points (利率下降0.5个百分点, 高于各项贷款增速10个百分点以上), or in basis points
# (LPR+150BP, 减150个基点: 1.5 points); not a share of anything
POINTS_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:个百分点|(?P<bp>个基点|个?[Bb][Pp](?![A-Za-z])))")
# a minus sign (or 减) right after the benchmark, before its points: LPR-150BP, 贷款市场报价利率减50个基点 (kept in the span)
POINTS_BELOW_BENCHMARK = re.compile(r"(?:LPR|贷款市场报价利率|基准利率|[（(]\s*LPR\s*[）)])\s*(?P<sign>[-－−–]|减去?)\s*$")
NEEDLES = {MONEY_RE: ("元",), RANGE_RE: ("元",), LISTED_MONEY_RE: ("元",), PERCENT_RE: ("%", "百分之"), PERCENT_RANGE_RE: ("%",), FRACTION_RE: ("/", "分之"),
           PER_MILLE_RE: ("分之", "‰", "‱"), POINTS_RE: ("百分点", "基点", "BP", "bp", "Bp", "bP")}


def extract_rates(text: str, span_of, instruments: ConceptLinker) -> list[Rate]:
    """Percentages, and shares written as fractions (2/3, 三分之二 → 66.67); in a range (30%—50%)
    the first is a floor and the second a ceiling; percentage points (0.5个百分点, 150BP → 1.5) apart."""
    found: list[tuple[int, int, float, str | None]] = []
    taken: set[int] = set()
    for m in matches(PERCENT_RANGE_RE, text, NEEDLES):
        lo_end = m.end("lo") + (1 if text[m.end("lo") : m.end("lo") + 1] == "%" else 0)
        found.append((m.start("lo"), lo_end, float(m.group("lo")), "min"))
        found.append((m.start("hi"), m.end(), float(m.group("hi")), "max"))
        taken.update(range(m.start(), m.end()))
    for m in matches(PERCENT_RE, text, NEEDLES):
        if m.start() not in taken:
            value = float(m.group("num")) if m.group("num") else parse_number(m.group("cn"))
            found.append((m.start(), m.end(), value, None))
    for m in matches(FRACTION_RE, text, NEEDLES):
        part, whole = (int(m["a"]), int(m["b"])) if m["a"] else (parse_number(m["ca"]), parse_number(m["cb"]))
        if 0 < part < whole <= MAX_DENOMINATOR and m.start() not in taken:
            found.append((m.start(), m.end(), round(100 * part / whole, 2), None))
    for m in matches(PER_MILLE_RE, text, NEEDLES):  # 千分之五: 0.5%
        part = parse_number(m["n"] or m["n2"])
        if part and m.start() not in taken:
            of = m["of"] or PER_MILLE_SIGN[m["sign"]]
            found.append((m.start(), m.end(), round(part * PER_MILLE_PERCENT[of], 4), None))
    points = set()
    for m in matches(POINTS_RE, text, NEEDLES):
        value, start = float(m["num"]) / 100 if m["bp"] else float(m["num"]), m.start()
        if minus := POINTS_BELOW_BENCHMARK.search(text, max(0, start - 16), start):
            value, start = -value, minus.start("sign")  # LPR-150BP: 1.5 points below it, not above (h324 f6: +1.5, as LPR+150BP)
        points.add(start)
        found.append((start, m.end(), value, None))
    rates: list[Rate] = []
    where: list[tuple[int, int]] = []  # each rate's offsets in ``text``
    previous_end, previous_from_before = 0, False  # (whether the rate before had its bound from its words, not a range's)
    for start, end, value, range_bound in sorted(found):
        lo, _ = _phrase_bounds(text, start, "，,。；;\n")
        before = text[lo:start]
        bound = range_bound or _bound(before, text[end : end + 6])
        if (bound == "min" and RATE_TARGET.search(before) and TARGET_LISTED_AFTER.match(text, end)
                and not before.lstrip().startswith(("对", "凡"))):  # (对…比例达到30%，…的企业: who is paid)
            bound = "exact"  # 整改率达到100%，实名回访…: a target listed, as at the sentence's end (a blind test: a floor)
        if (rates and range_bound is None and bound == "exact" and previous_from_before
                and LISTED_AFTER.fullmatch(text, previous_end, start)):
            bound = rates[-1].bound  # 分别不低于2.775%和3.325%: the list's bound, written before its first (h245 F3)
        if bound == "exact" and range_bound is None and (bounded := BOUNDED_SHARE_OF_A_BASE.search(before)):
            bound = "min" if bounded["verb"] in MIN_WORDS else "max"  # 不低于地上总建筑面积千分之三 (h280 F12: exact)
        ratio = HEADCOUNT_RATIO.search(before)
        if ratio and bound == "exact":  # 达到企业现有在职职工人数10%: the share to reach, its verb too far for _bound (a blind test)
            bound = RATIO_BOUNDS.get(RATIO_VERB.findall(ratio.group())[-1], "exact")  # (the verb nearest the number)
        threshold = (is_threshold(before, text[end : end + RECIPIENT_WINDOW], bound, share=True) or bool(ratio)
                     or bool(SHARE_SET_ASIDE.match(text, end)) or _a_loans_rate_required(text, lo, start, end, bound)
                     or bool(SERVICE_CUT_TARGET.search(before))
                     # (实现…100%“一窗受理”: all of them, a target; not 实现…100%救助, paid: the fifth review)
                     or bool(DONE_FOR_ALL.search(before) and value == 100 and not PAID_AFTER_RATE.match(text, end)))
        if (threshold and BENCHMARK_SHARE_BEFORE.search(before) and SUBSIDY_AFTER.match(text, end) and value <= 100
                and not BORROWERS_RATE.search(before)):  # (not 企业实际贷款利率不高于LPR 150%: the borrower's, the review)
            threshold = False  # 按不超过贷款市场报价利率（LPR）50%给予贴息: the share of the benchmark paid (h207)
        if threshold and SHARE_TAKEN_FROM.search(before):
            threshold = False  # 从…净收入中提取不低于70%的比例，用于奖励: the share set aside to pay (h265 F3)
        if threshold and PROCUREMENT_RESERVED.search(before) and not SHARE_DESCRIBES.match(text, end):
            # 预留…预算总额的40%以上专门面向中小企业, 预留给小微企业的比例不低于60%: the share of purchases the measure sets aside
            # for them, what it gives as 价格扣除10% is, as 预留份额提高至40%以上 had been read (h314 F4; no longer h287 F2's target)
            threshold = False
        if not threshold and range_bound is None and _a_target(text, lo, start, end, value, before):
            threshold = True  # 较2023年分别下降10%以上, 督促餐饮场所100%安装…: a target, as 覆盖率达到80%以上 is (h315 F12)
        if threshold and SHARE_ALONE.fullmatch(before) and PAYS.search(text, _sentence_start(text, lo), lo):
            threshold = False  # …按一定比例给予补偿，比例为15%: the share the sentence pays (h262 F3)
        if threshold and (TIER_SHARE_BEFORE.search(before) or SHARE_ALLOWED_UP_TO.search(before)) and not SHARE_DESCRIBES.match(text, end):
            # 500万元及以下部分不超过30%，…，超过1000万元部分不超过20%: the share allowed on each band of the base, the band the
            # condition (h305 F1: read as conditions where the sentence names 比例 or a cost); …比例可提高到不超过60%: the share allowed
            threshold = False
        if range_bound is None and (column := CAP_COLUMN_BEFORE.search(before)) and not SHARE_DESCRIBES.match(text, end):
            # 直接费用…的金额 核定比例上限 / 500万元及以下部分 30% / …: a tier table run together, its column of rates named a cap: each
            # is one, allowed (h305 F3: exact thresholds)
            bound, threshold = "max" if bound == "exact" else bound, threshold and bool(CONDITION_NOUN.search(before, column.end()))
        if not threshold and rates and rates[-1].threshold and RATIO_AGAIN_IN_ASIDE.fullmatch(text, previous_end, start):
            threshold = True  # 达到职工总数15%（超过100人的企业达到8%）: the aside's share to reach, for others (h313 f2)
        if not threshold and bound != "exact" and HELD_AT.search(before) and not PAYMENT_VERB.search(before):
            threshold = True  # 免疫密度常年保持在90%以上: a level to hold, a target (h293 F12; not 补助比例保持在…, paid)
        if range_bound == "max" and rates and rates[-1].bound == "min" and (threshold or rates[-1].threshold):
            threshold = rates[-1].threshold = True  # 处于85%—92%之间的为黄色区域: both ends of the band say who (h293 F12, h292 F10)
        if rates and range_bound != "max" and CHANGED_TO.fullmatch(BASE_BEFORE_RATE.sub("", text[previous_end:start])):
            _supersede(rates)  # 由现行25%增加到50%, 由…标准的60%提高至当地最低工资标准的80%
        if rates and range_bound is None and _bound_after(text, end):
            _share_bound_back(rates, where, start, bound, text)  # 分别压缩65%、85%以上: both at least
        unit = "percentage-point" if start in points else "percent"
        # (重点补助占70%，…，生态护林员补助占10%: each part's share of the whole the sentence splits, no rate paid of any
        # instrument named beside it or as the part: h308 F4, every share had been the rangers' subsidy's)
        instrument = None if PARTS_SHARE.search(before) else instruments.link(start)
        rates.append(Rate(span_of(start, end), value, bound, instrument, threshold, unit=unit))
        where.append((start, end))
        previous_end, previous_from_before = end, range_bound is None
    return rates


# right after a share to reach, an aside opened naming others and its own verb (（超过100人的企业达到8%）): that share again, theirs
RATIO_AGAIN_IN_ASIDE = re.compile(r"\s*[（(][^（）()，,。；;]{1,20}?(?:达到|不低于|不少于|超过|占)\s*")
HELD_AT = re.compile(r"(?:保持|稳定|维持)在\s*$")  # a level kept (保持在90%以上)
# 预留采购项目预算总额的, 预留给小微企业的比例不低于, 预留份额提高至, 面向中小微企业预留比例: a share of public purchases reserved
# (for small firms); not 预留充电设施安装条件的车位比例, 预留公共绿地用地比例: a share of what is built, kept free (the review of h314 F4)
PROCUREMENT_RESERVED = re.compile(r"预留(?=[^，,。；;\d%％]{0,24}$)[^，,。；;\d%％]*?(?:采购|预算|份额|中小企业|小微企业)"
                                  r"|(?:采购|中小企业|中小微企业|小微企业)[^，,。；;\d%％]{0,12}预留[^，,。；;\d%％]{0,24}$")
# 较2023年分别下降10%以上, 比2020年下降: a change from a base year to reach (not 补贴标准较上年提高10%: a standard paid)
CHANGE_FROM_A_BASE_YEAR = re.compile(r"(?:较|比)(?:\d{4}\s*年(?:底|末)?|上年|去年|上一年度?|基期)(?:同期)?(?:(?!标准|补贴|补助|奖励|资助|给予)[^，,。；;\d%％]){0,16}?"
                                     r"(?:分别|均|都|累计)?(?:下降|降低|减少|压减|增长|提高|提升)(?:了)?\s*$")
# 基本养老金, 最低工资标准, 补贴（水平）: what is paid, named before 较上年 (its change an adjustment of the payment)
PAID_SUBJECT_BEFORE = re.compile(r"(?:养老金|抚恤金|救助金|保障金|补助金|生活费|补贴|补助|津贴|待遇|(?<!平均)工资|标准)(?:水平)?\s*$")
# 督促餐饮场所100%安装可燃气体报警装置: all of them to do it, a target (not 100%给予补贴, 100%拨付: a share paid)
ALL_OF_THEM_DO = re.compile(r"\s*(?:安装|配备|配置|覆盖|建成|落实|纳入|达标|到位|接入|联网|完成整改|整改到位|排查)")


def _a_target(text: str, lo: int, start: int, end: int, value: float, before: str) -> bool:
    """A rate the sentence sets as a target, not one paid: a change from a base year (较2023年下降10%以上), or all of them
    doing a thing (100%安装)."""
    if PAYMENT_VERB.search(before) or PAYS.search(text, _sentence_start(text, lo), lo) and not CHANGE_FROM_A_BASE_YEAR.search(before):
        return False
    if (change := CHANGE_FROM_A_BASE_YEAR.search(before)):
        # (退休人员基本养老金较上年提高3%, 最低工资标准比上年增长: a payment adjusted, paid, no target: the review of h315 F12)
        return not PAID_SUBJECT_BEFORE.search(before, 0, change.start())
    return value == 100 and bool(ALL_OF_THEM_DO.match(text, end))
# 500万元及以下部分不超过30%, 超过1000万元部分20%, 1000万元以上的部分按3%: a band of the base a sum opens, closed by 部分, then its share
TIER_SHARE_BEFORE = re.compile(r"\d\s*(?:万|亿|千)?元\s*(?:(?:及|或)?(?:以上|以下|以内))?\s*(?:[（(][^（）()]{0,10}[）)])?\s*的?部分\s*"
                               r"(?:按照?|为)?\s*(?:不超过|不高于|不得超过|不得高于|最高(?:不超过)?|最多)?\s*$")
# 间接费用比例可提高到不超过60%: the share a text allows raised for some, a cap granted (not 要提高到, a target)
SHARE_ALLOWED_UP_TO = re.compile(r"(?:比例|费率|标准)(?:最高)?可(?:以)?(?:提高|提升|上调|放宽|调增|增加)(?:至|到)\s*(?:不超过|不高于|最高)?\s*$")
# (…可提高到不超过80%的企业: a share that says who, a condition still)
SHARE_DESCRIBES = re.compile(r"\s*(?:及|或)?(?:以上|以下|以内)?\s*(?:的(?!比例|标准|额度)|者)")
# 单个项目最高奖励, 奖励上限（万元）: a table's column of sums named a cap (its rows' figures after it: ROW_FIGURES)
CAP_SUM_COLUMN_BEFORE = re.compile(r"(?:单个|单项|每个|每家|每户)?[\u4e00-\u9fff]{0,4}?(?:最高|上限)(?:奖励|补贴|补助|奖补|资助)(?:金额|额度|资金)?"
                                   r"(?:上限|限额)?(?:[（(][^（）()]{0,6}[）)])?")
ROW_FIGURES = re.compile(r"(?=.*\d)[\d.%％\s—－\-~～至万亿千元（）()含以上下及]+")  # the cells of rows before: figures, bands
ROW_CELL_AFTER = re.compile(r"\s*\d[\d.]*\s*(?:[%％‰]|(?:万|亿|千)?元)")  # a figure cell right after, no punctuation
# …核定比例上限500万元及以下部分30%…: a column of rates named a cap, its rows run on after it with no punctuation (not 比例上限为30%,
# written out)
CAP_COLUMN_BEFORE = re.compile(r"(?:比例|费率|标准)\s*(?:上限|最高限)\s*(?:[（(][^（）()]{0,6}[）)])?(?![为是])(?=[^，,。；;：:！？\n]{2,}$)")
# a part then 占 right before its share, no base named (重点补助占70%, 奖惩资金占比5%): its share of a whole named before
PARTS_SHARE = re.compile(r"(?:^|[：:])\s*[^，,。；;：:、\d%％]{2,20}?占(?:比)?(?:为)?\s*$")
# a bound, then the base the share is of, its verb too far for _bound (不低于地上总建筑面积千分之三的比例); no payment, no number between
BOUNDED_SHARE_OF_A_BASE = re.compile(r"(?P<verb>不低于|不少于|不得低于|不得少于|至少|不超过|不高于|不得超过|不得高于)"
                                     r"(?:(?!给予|予以|奖励|补贴|补助|按|的[，,])[^，,。；;、\d%％]){1,16}$")
MIN_WORDS = ("不低于", "不少于", "不得低于", "不得少于", "至少")
BORROWERS_RATE = re.compile(r"(?:贷款|实际|执行|融资)利率")
SHARE_TAKEN_FROM = re.compile(r"从[^，,。；;]{1,30}?中(?:提取|划出|列支|安排)(?:不低于|不少于|不超过|不高于|最高|最低)?\s*$")
SHARE_ALONE = re.compile(r"\s*(?:具体)?(?:比例|补偿比例|补贴比例)(?:为|是|按)?\s*")
# 应同时符合以下条件：…, 享受贴息的企业贷款，…: the sentence says which loans qualify, before the rate's phrase
LOAN_CONDITIONS = re.compile(r"(?:条件|要求)[：:][^。；;：:]*$|(?:享受|申请)[^，,。；;]{0,12}的[^，,。；;]{0,8}贷款[，,][^。；;]*$")


def _a_loans_rate_required(text: str, lo: int, start: int, end: int, bound: str) -> bool:
    """A cap or floor on a loan's rate where its sentence says which loans qualify (申请贴息的贷款应同时符合以下条件：…贷款年利率
    不超过4.35%; 享受贴息的企业贷款，实际利率不高于同期LPR加50个基点): a condition, though a rate set (贷款利率调整为2.85%) is the
    rate charged (h245 F4) and one a subsidy is paid by (按年利率不超过3.45%给予贴息) is paid (the review)."""
    return (bound != "exact" and LOANS_RATE.search(text, lo, start) is not None and not PAID_RIGHT_AFTER.match(text, end)
            and not BY_SHARE_OF.search(text, lo, start) and bool(LOAN_CONDITIONS.search(text, _sentence_start(text, start), lo)))
LOANS_RATE = re.compile(r"(?<!贴息)(?<!补贴)利率")  # (贴息利率: the subsidy's rate, paid: the third review)
BENCHMARK_SHARE_BEFORE = re.compile(r"(?:贷款市场报价利率|LPR)\s*(?:[（(]\s*LPR\s*[）)])?\s*$")
SUBSIDY_AFTER = re.compile(r"\s*(?:给予|予以)?(?:贴息|补贴|补助)")
# 全程网办率达到90%，即办件占比达到80%。: a rate's target, a comma or a semicolon after it, the next phrase paying nothing
# (not 增幅达到20%，给予奖励: who is paid, a floor)
# 涉企检查频次较上年减少30%以上, 申请材料减少50%, 审理天数缩短10%: a plan's target for its services' time, steps or papers (h251, h255:
# read as a rate paid); not a rate charged (征收率由3%降至1%, 利率下调0.25个百分点), whose words are no such measure
# (not 续贷周期内贷款利率降低0.5个百分点, 审核费用减少50%: a rate or a fee charged, the fourth review)
SERVICE_CUT_TARGET = re.compile(r"(?:时间|时限|时长|天数|环节|材料|频次|次数|跑动|流程|成本|证明)(?:(?!利率|费率|税率|费用|价)[^，,。；;]){0,8}?(?:较上年|同比)?"
                                r"(?:减少|缩短|压减|压缩|降低|下降|精简|提速)(?:了|至|到)?(?:\s*[\d.]+\s*[%％]\s*[、和及])*\s*$")  # (压缩65%、85%以上)
# 实现依申请政务服务事项100%“一窗综合受理”: all of them, a target (not …达到优秀等次的按100%拨付, a share paid: the fourth review)
PAID_AFTER_RATE = re.compile(r"\s*(?:的)?(?:救助|补贴|补助|报销|资助|奖励|拨付|给予|支付|发放|返还)(?![到率])")  # (not 100%发放到户: all of it)
# (实现有就业意愿的困难毕业生100%就业: a 的 inside the ones it is done for, not closing a base right before the rate: h313 f7)
DONE_FOR_ALL = re.compile(r"(?:实现|做到)[^，,。；;按]{0,20}?(?<!的)$")
RATE_TARGET = re.compile(r"(?:率|占比|比例|比重)(?:均|都|分别|全部|要|需|应)?达到\s*$")  # (可办率均达到100%，…: h145)
TARGET_LISTED_AFTER = re.compile(r"\s*[，,；;](?![^，,。；;]{0,8}(?:给予|(?:奖励|补贴|补助|奖补|资助)(?!资金)|按|享受|可|的))"
                                 # (入住率达到50%，运营满两年以上，给予…; 代偿率达到3%，暂停新增…: what is paid or stopped then, a review;
                                 # the verb only that far: 补助资金拨付率达到95% is the next target, a second review)
                                 r"(?![^。；;]{0,40}(?:给予|享受|暂停|停止|取消))")
# 要将30%以上的指标专门用于安置…, 20%的资金用于…: a share of places or funds set aside for a purpose, a target, no rate paid
# (a new user: 补贴比例 30% in a comparison of 就业见习补贴)
# (拿出不少于30%的岗位定向招聘高校毕业生: places set aside for whom they hire, h180)
SHARE_SET_ASIDE = re.compile(r"\s*(?:以上|以下|左右)?(?:的?(?:指标|名额|岗位|计划|资金|额度|经费)(?:要|应|须|需)?(?:专门|专项|重点|优先|定向)?"
                             r"(?:用于|(?:招聘|招录|招收|招用|面向)(?!补贴|补助|奖励|奖补))"  # (not …的岗位招聘补贴: the review)
                             # 预留…预算总额的40%以上专门面向中小企业采购: the budget's share reserved, a target as 预留给小微企业的比例不低于70%
                             # beside it (h287 F2)
                             r"|(?:专门|定向)(?:面向|用于))")


# 按照租金的30%给予补贴, 按担保费的50%给予补助: the payment named by the base it is a share of
PAID_SHARE_OF_BASE = re.compile(r"按(?:照)?(?:其)?(?P<base>[\u4e00-\u9fff]{2,8})的\s*\d+(?:\.\d+)?\s*[%％]\s*(?:给予|予以)?\s*(?P<kind>补贴|补助|奖励|资助)")
# 对…的展位费给予不超过60%的补助: the base named first, the share of it paid after (h279 F8: no instrument)
BASE_THEN_SHARE_PAID = re.compile(r"(?P<base>[\u4e00-\u9fff]{2,8})(?:给予|予以)(?:不超过|不高于|最高)?\s*\d+(?:\.\d+)?\s*[%％]\s*的?\s*"
                                  r"(?P<kind>补贴|补助|奖励|资助)")

# 对工业技术改造项目，按设备投资额的10%给予补助: the payment named by the projects it is for, in the sentence (h296 F8)
PROJECT_PAID = re.compile(r"对(?:[^，,。；;]{0,12}?的)?(?P<base>[\u4e00-\u9fff]{2,10}?项目)[，,]?[^。；;\n]{0,30}?(?:给予|予以)[^，,。；;\d]{0,8}?"
                          r"(?P<kind>补贴|补助|奖励|资助)")

# 给予一次性落户奖励, 一次性上市奖励: an award paid once, whatever it rewards (一次性奖励 with a word inside)
ONE_OFF_AWARD = re.compile(r"一次性[\u4e00-\u9fff]{1,4}?奖励")


def implied_instruments(text: str) -> list[tuple[int, int, str]]:
    """(start, end, instrument) for payments no label names whole: an award paid once for what it rewards
    (一次性落户奖励), and a payment named only by the base it is a share of (租金 → 租金补贴: the payment
    word's span, the instrument whose label is the base's last words and that word)."""
    labels = concept_matcher("instruments").terms
    found = [(m.start(), m.end(), "one-off-award") for m in ONE_OFF_AWARD.finditer(text)]
    for m in [*PAID_SHARE_OF_BASE.finditer(text), *BASE_THEN_SHARE_PAID.finditer(text), *PROJECT_PAID.finditer(text)]:
        base = m["base"]
        concept = next((labels[base[i:] + m["kind"]] for i in range(len(base) - 1) if base[i:] + m["kind"] in labels), None)
        if concept is None and base.endswith("项目"):  # (技术改造项目 → 技术改造补助)
            concept = next((labels[base[i:-2] + m["kind"]] for i in range(len(base) - 3) if base[i:-2] + m["kind"] in labels), None)
        if concept:
            found.append((m.start("kind"), m.end("kind"), concept))
    return found


def _bound_after(text: str, end: int) -> bool:
    after = text[end : end + 6]
    return bool(MAX_AFTER.match(after) or MIN_AFTER.match(after))


def _share_bound_back(rates: list[Rate], where: list[tuple[int, int]], start: int, bound: str, text: str) -> None:
    """A bound written after a list's last rate (分别压缩65%、85%以上) is every rate's listed right before
    it (joined by 、 / 和 / 或) that has no bound of its own."""
    for rate, (rate_start, rate_end) in zip(reversed(rates), reversed(where)):
        if rate.bound != "exact" or not LISTED_AFTER.fullmatch(text, rate_end, start):
            return
        rate.bound = bound
        start = rate_start


# 个人创业者可申请最高不超过30万元的创业担保贷款，小微企业最高不超过400万元: a loan's ceiling is each borrower's (two blind
# tests: no payment unit), by the loan's kind or the borrower named in the phrase
LOAN_BORROWERS = {"individual-guaranteed-loan": "per-person", "small-business-guaranteed-loan": "per-entity",
                  "entrepreneurship-guaranteed-loan": None}
BORROWER = re.compile(r"(?P<firm>企业|市场主体|经营主体|个体工商户|合伙创业|创业实体)|(?P<person>个人|创业者|自然人|劳动者|毕业生|人员)")


# (全市发放个人创业担保贷款总额不超过5亿元, …规模…, 合伙创业的，贷款总额…, …贷款奖补资金，最高…: a total lent or paid,
# no one borrower's: a review)
LENT_IN_ALL = re.compile(r"总额|总量|规模|余额|全[市省区县]|各地|合伙|奖补|资金|基金")


# 小微企业当年新招用高校毕业生…，可申请…创业担保贷款: those a verb of hiring names, hired by the borrower, not lent to
HIRED_BEFORE = re.compile(rf"(?:{HIRES.pattern})[^，,。；;\d]{{0,8}}$")


def _the_borrower(text: str, start: int, group: str, groups: ConceptLinker) -> str | None:
    """The group a loan's sum is lent to: ``group``, unless each of its mentions in the sentence is of those the borrower hires
    (h313 f3: 高校毕业生); then the nearest other group named before the sum that is not, if any."""
    s_lo, s_hi = _phrase_bounds(text, start, "。；;\n")
    named = [m for m in groups.mentions if s_lo <= groups.offsets[id(m)][0] < s_hi]
    hired = {id(m) for m in named if HIRED_BEFORE.search(text, s_lo, groups.offsets[id(m)][0])}
    if not any(m.concept == group and id(m) in hired for m in named) or any(m.concept == group and id(m) not in hired for m in named):
        return group
    return _nearest([m for m in named if id(m) not in hired and groups.offsets[id(m)][1] <= start], groups.offsets, start, s_lo, start)


def _lent_to(instrument: str, phrase: str) -> str | None:
    if LENT_IN_ALL.search(phrase):
        return None
    if LOAN_BORROWERS[instrument]:
        return LOAN_BORROWERS[instrument]
    named = BORROWER.search(phrase)
    return None if named is None else "per-entity" if named["firm"] else "per-person"


def _supersede(values: list) -> None:
    """Mark the last amount or rate superseded, with the floor of its range (1.5%-3%降低至1%: both ends)."""
    values[-1].superseded = True
    if values[-1].bound == "max" and len(values) > 1 and values[-2].bound == "min":
        values[-2].superseded = True
