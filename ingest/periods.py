"""Dates, date ranges, periods counted from the issue date, deadlines and durations."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from .model import Period
from .needles import matches
from .numbers import ITEM_MARK, NUMBER, cn_to_number, parse_number
from .offsets import rewrite, spans_through

DATE = r"(?P<{p}y>\d{{4}})\s*年(?:\s*(?P<{p}m>\d{{1,2}})\s*月(?:\s*(?P<{p}d>\d{{1,2}})\s*日)?)?"
RANGE_SEP = r"\s*(?:至|到|—|－|-|~|～|－－|——)\s*"
# 在2024年春节前: a holiday of that year, no year's end (its day moves: no deadline is read)
FESTIVAL = r"春\s*节|元\s*旦|清\s*明|端\s*午|中\s*秋|国\s*庆|“?五\s*一”?(?!\s*[月日])|“?十\s*一”?(?!\s*[月日])"
# 2024年1月1日至2026年12月31日; also 自2024年1月1日起至2026年12月31日止 (one interval, not a start and a deadline)
# (not …至2025年春节前: the holiday's day moves, so no end is read, z339)
# (2023年6月17日0时至6月18日24时: the hours of its days, a blind test)
CLOCK = r"(?:\s*\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?"
# 5月1日12时至9月16日12时, 2024年4月30日24时前: the hour of a day just read (how 休渔 notices write it: h285 F1); only
# after 日, so no other number is taken for an hour
DAY_CLOCK = r"(?:(?<=日)[ \t]*\d{1,2}[ \t]*[时点](?:[ \t]*\d{1,2}[ \t]*分)?)?"
RANGE_RE = re.compile(
    DATE.format(p="a") + CLOCK + r"(?:\s*起)?" + RANGE_SEP
    + r"(?:" + DATE.format(p="b") + r"|(?P<cm>\d{1,2})\s*月(?:\s*(?P<cd>\d{1,2})\s*日)?|(?P<dd>\d{1,2})\s*日)" + CLOCK
    + r"(?!\s*(?:" + FESTIVAL + "))"
)
YEAR_RANGE_RE = re.compile(r"(?P<y1>\d{4})\s*[—－\-~～至到]\s*(?P<y2>\d{4})\s*年")
# 2023—2024年采暖期, 2023—2024年度供暖季, 2023—2024年秋冬季: a season running over the new year, named by its two years
SEASON_OVER_THE_NEW_YEAR = re.compile(r"\s*度?\s*(?:(?:采暖|供暖|供热)(?:期|季)|(?:秋冬|冬春)季?|冬季)")
FROM_ISSUE_RE = re.compile(
    r"(?:自本?(?:文件?|通知|意见|办法|措施|实施意见|规定|方案)?(?:印发|发布|公布|施行|实施|发文)之日起"  # (自发文之日起: z264; not 自下发之日起, a notice's own)
    # 在本意见印发后6个月内, 于本通知印发之日起3个月内: the text's own issue, then a time counted from it (h305 F8: bare durations)
    rf"|(?:在|于)本(?:文件?|通知|意见|办法|措施|实施意见|规定|方案)(?:印发|发布|公布|施行|实施|发文)(?:之日起|之?后)(?=\s*{NUMBER}\s*个?\s*(?:工作日|年|个月|月|日|天)))"
    rf"(?:(?P<n>{NUMBER})\s*个?\s*(?P<u>工作日|年|个月|月|日|天)|(?:施行|实施|执行)?(?:到|至)" + DATE.format(p="e") + r"|(?:施行|实施|执行))?"
)
# 自本通知印发之日起，《…》同时废止 / …文件自本通知印发之日起不再执行: another text's end, no period of the clause's
REPEALED_FROM_THEN = re.compile(r"[^。；]{0,60}?(?<!不)(?<!不予)(?:废止|不再执行|停止执行|失效|作废|不再适用)")
# another text named in that sentence, before its verb: a title, a 文号, 原政策, 此前出台的… (not …有效期至…，期满自动失效,
# …资格失效, 已设立的一律废止: the review)
ANOTHER_TEXT = re.compile(r"《|〔\s*\d{4}\s*〕|号文件|原(?:政策|文件|通知|办法|规定|标准|措施|意见)"
                          r"|(?:出台|印发|下发|制定)的[^。；，]{0,8}?(?:政策|文件|规定|通知|办法|意见|措施)")  # (此前出台的相关政策…停止执行,
# 我市以往出台的有关规定…废止: r37b; not 太原, 原则上, 此前已认定的示范企业…失效, 按照相关规定享受的减免…停止执行: r37c)


def _another_text_ends(text: str, start: int, after: int) -> bool:
    """自本通知印发之日起 (at ``start``, its phrase ending at ``after``) the day another text stops applying."""
    m = REPEALED_FROM_THEN.match(text, after)
    if m is None:
        return False
    opening = max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1
    return ANOTHER_TEXT.search(text, opening, m.end()) is not None


STARTS_LATER = re.compile(r"\s*(?:以)?后\s*(?:起)?(?:正式)?(?:施行|实施|执行|生效)")
FROM_RE = re.compile(r"(?:(?:自|从)|(?<![\d自从]))" + DATE.format(p="f") + DAY_CLOCK + r"(?:起(?![草诉点步始])|开始)")  # 自2024年起, 2024年起
# 2023年第四季度起: from the quarter's first day
FROM_QUARTER_RE = re.compile(r"(?:自|从|(?<!\d))(?P<qy>\d{4})\s*年\s*第?\s*(?P<q>[一二三四1-4])\s*季度\s*(?:起(?![草诉点步始])|开始)")
# 于2023年7月10日、10月10日和2024年1月10日前报送: dates listed before one 前, each due; a date without its year has
# the year of the date before it in the list, or the document's
LISTED_DUE_RE = re.compile(r"(?<!\d)(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[、和及]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)+\s*(?:前|以前|之前)")
EVERY_PERIOD_THEN_BY = re.compile(r"每(?:年|半年|季度?|月)(?:须|应当?|要|需)?$")  # 每年须于3月31日前: due every year (h230)
EVERY_BEFORE = re.compile(r"每(?:年|半年|季度?|月)(?:的)?\s*$")
LISTED_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# 起施行，有效期至2025年6月30日 / ，有效期3年 / ，至2025年6月30日止: the term that follows the date a text is put
# in force, read with it as one interval (its last day is the document's expiry_date; no task is due then)
IN_FORCE_TERM = re.compile(
    r"\s*(?:正式)?(?:施行|实施|执行|生效|开展|进行|举办|试行)?\s*[，,]\s*(?:(?:有效|执行|实施|试行)期限?(?:为|暂定为|暂定)?\s*"
    r"(?:(?:至|到)\s*" + DATE.format(p="v") + r"\s*止?|(?P<vn>" + NUMBER + r")\s*年)|(?:至|到)\s*" + DATE.format(p="w") + r"\s*(?:止|结束|截止))"
    r"|\s*[，,]?\s*(?:施行|实施|执行)(?:至|到)\s*" + DATE.format(p="x") + r"\s*止?(?!\s*(?:\d|前|日|年|月))"  # 自2023年1月1日起(，)执行至2025年12月31日
)
# (not 2024年 of 2024年第三季度 / 2024年上半年: the part of the year is the deadline, PART_OF_YEAR_RE)
# the label of a time by which something is done (兑现时间：2024年第二季度: when a payment is made, z206); 确保 only before a
# date's end (确保2024年底前…, z342; not 确保2023年营商环境…任务落地见效: the year of the tasks)
# (整改时限：2024年2月29日: z231; a 督办通知's 办理时限：2024 年二季度, z386)
DUE_LABEL = r"(?:(?:完成|整改|落实)(?:时限|时间|期限)|时间节点|办结时限|办理时限|(?:兑现|兑付|拨付|发放)(?:时间|时限|期限))"  # (兑现时限: z460)
MEASURE_TERM = r"(?:执行|实施|政策|适用)期限"  # 执行期限：2023年12月31日: the last day the measure applies (TERM_LABELLED)
DEADLINE_RE = re.compile(r"(?:到|至|截至|截止(?:到|(?:期限|日期|时间)(?:(?:均|统一|一律)?为|\s*[：:])?)?|于|在|力争|争取|最迟(?:不超过|于)?|不晚于|不迟于|确保(?=\s*\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:年?底|末|前|以前|[上中下]旬))|" + DUE_LABEL + r"\s*[：:]\s*|" + MEASURE_TERM + r"\s*(?:[：:]|为)\s*(?:至|到)?\s*)"
                         + DATE.format(p="t") + r"(?:年?底|年?末|(?P<txun>上旬|中旬|下旬))?(?:前|以前)?(?!\s*(?:[（(]含[）)]\s*)?(?:第?[一二三四1-4]季度|[上下]半年|的?基础上|以后|之后|后|\d|同期|的?水平|" + FESTIVAL + r"))")  # ((含)之后: h245)
# (恢复到2019年同期的110%以上, 达到2019年水平: a year compared with, no deadline: h261 F3)
# (在2022年基础上分别压缩5%: the year measured from, no deadline)
# 2023年底，实现…: a year's end opening a sentence (or an item), a comma after it, no preposition
YEAR_END_OPENS = re.compile(r"(?:^|(?<=[。；：）)]))\s*(?P<y>\d{4})\s*年\s*年?(?:底|末)(?=\s*[，,])")
# 2023年底实现全覆盖, 2024年6月底完成清理: a year's or a month's end opening a phrase, its task or result at once
# (no 前, no comma; a result only where still to come: not 2022年底实现地区生产总值…, looking back)
DATE_END_THEN_DUE = re.compile(r"(?:^|(?<=[。；：，,）)\n]))\s*(?P<y>\d{4})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*)?年?(?:底|末)(?=\s*[^\s，,。；])")
# 2023年6月底前完成, 2023年12月31日前: a date then 前, no preposition
DATE_BEFORE_RE = re.compile(DATE.format(p="u") + DAY_CLOCK + r"\s*(?:年?底|年?末|(?P<uxun>上旬|中旬|下旬))?\s*(?:前|以前|之前)")  # 2023年年底前
# 6月中旬前: the tenth, the twentieth or the month's last day
TEN_DAYS = {"上旬": 10, "中旬": 20}
# 12月底前, 6月30日前, 年底前: the year is the document's (or the next, once that day has passed)
# 次年1月底前 / 当年年底前 / 明年6月底前: a month of a year named relative to the document's
RELATIVE_YEAR = {"次年": 1, "明年": 1, "下一年": 1, "下年": 1, "当年": 0, "今年": 0, "本年": 0}
RELATIVE_BEFORE_RE = re.compile(rf"(?P<rel>{'|'.join(RELATIVE_YEAR)})度?\s*(?:(?P<rm>\d{{1,2}})\s*月\s*(?:(?P<rd>\d{{1,2}})\s*日|底|末)?"
                                r"|(?P<re>年?底|年?末))\s*(?:前|以前|之前)")
RELATIVE_BY_RE = re.compile(rf"(?:不晚于|不迟于|最迟于?)\s*(?P<rel>{'|'.join(RELATIVE_YEAR)})度?\s*(?:(?P<rm>\d{{1,2}})\s*月\s*"
                            r"(?:(?P<rd>\d{1,2})\s*日|底|末)?|(?P<re>年?底|年?末))")
# 上半年 / 第三季度末前: the last day of a half or a quarter (of the year written, else the document's)
PART_OF_YEAR_RE = re.compile(r"(?:(?P<py>\d{4})\s*年)?(?:(?P<half>上半年|下半年)|第?(?P<q>[一二三四1-4])季度)\s*(?:末|底|内)?"
                             r"\s*(?P<before>前|以前|之前)?")
COMPARED_PART = re.compile(r"(?:与|较|比|和|同)\s*每年\s*$")  # 与每年第一季度相比: a time compared with (a review), no period
COMPARED_AFTER = re.compile(r"\s*(?:相比|比较|平均|同期|水平|的平均)")
QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
PART_DUE_BEFORE = re.compile(r"(?:在|于|力争|争取|要在|须在|应在)\s*$")
PART_LABELLED = re.compile(DUE_LABEL + r"\s*[：:]\s*$")  # 完成时限：2024年第三季度
# （市公共资源交易中心；2023年第二季度）: a time closing a responsibility bracket after its units is when the task is due
SLOT_OPENS = re.compile(r"[；;，,]\s*$")
SLOT_CLOSES = re.compile(r"\s*(?:完成)?\s*[）)]")
# （市公共资源交易中心；2023年9月底）: a date in that slot, with no 前
DATE_IN_SLOT_RE = re.compile(r"(?<=[；;，,])\s*" + DATE.format(p="s") + r"\s*(?:年?底|年?末)?\s*(?:前|以前|之前)?(?=\s*(?:完成)?\s*[）)])")
# 申领截止时间为12月31日: a closing day without its year (and without 前): the document's year's, or the next's once passed
EVERY_PERIOD_BEFORE = re.compile(r"每(?:年|半年|季度|月)")
CUTOFF_MONTH_RE = re.compile(r"截止(?:时间|日期|期限)?(?:(?:均|统一|一律)?为|是|[：:])\s*(?P<vm>\d{1,2})\s*月\s*(?:(?P<vd>\d{1,2})\s*日|底|末)(?P<vxun>)(?P<ve>)")
MONTH_BEFORE_RE = re.compile(r"(?<![\d年每次上])(?:(?P<vm>\d{1,2})\s*月\s*(?:(?P<vd>\d{1,2})\s*日|底|末|(?P<vxun>上旬|中旬|下旬))?"
                             r"|(?P<ve>年底|年末))" + DAY_CLOCK + r"\s*(?:前|以前|之前)")
# 于5月底完成, 在6月30日完成: a yearless day after 于 or 在 and a task's verb (read with DUE_VERB; no 前 needed)
MONTH_DUE_RE = re.compile(r"(?:于|在)\s*(?P<vm>\d{1,2})\s*月\s*(?:(?P<vd>\d{1,2})\s*日" + DAY_CLOCK + r"|底|末|(?P<vxun>上旬|中旬|下旬))(?P<ve>)(?!\s*(?:前|以前|之前))")
# 年内完成: by the end of the document's year (not 3年内, a duration)
WITHIN_THE_YEAR_RE = re.compile(r"(?<![\d一二三四五六七八九十两半多几个次明下学数每百])(?<!\d )年内")  # not 次年内, 学年内, 数年内
# 2023年内各地要建立…台账, 2023年内完成: that year's last day, no preposition before it (力争2023年内 is DEADLINE_RE's)
YEAR_WITHIN_RE = re.compile(r"(?<![\d年])(?P<y>(?:19|20)\d{2})\s*年\s*(?:以)?内")
# 到“十四五”末: the last day of a five-year plan (the 3rd, 1966-1970, onwards in steps of five years)
PLAN_END_RE = re.compile(r"[“‘\"']?十(?P<n>[一二三四五六七八九])五[”’\"']?(?:规划)?(?:时期|期)?(?:末|期末)")
PLAN_NUMBER = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
# (于2023年5月26日以省政府办公厅名义印发实施: in whose name between, a blind test)
EVENT_ON_THE_DAY = re.compile(r"\s*(?:以[\u4e00-\u9fff]{2,16}?名义)?(?:正式)?(?:印发|转发|发布|出台|颁布|公布|召开|举行|签署|成立|揭牌|施行|实施)")  # (转发实施: h166)
# a meeting of an assembly or a government adopting or approving a text on that day (not 于2024年6月通过验收: a target)
ADOPTED_ON_THE_DAY = re.compile(r"\s*(?:审议|表决)?(?:通过|批准)(?!验收|评审|认定|考核|审核|审查|评估|评价|鉴定|复审|检测)")
# a numbered sitting (not 提交常务会议于9月底审议通过): 第十次会议, 第一百零五次常务会议, 第8次市长办公会议, 2023年第5次局务会议
ASSEMBLY_BEFORE = re.compile(r"第[\d一二三四五六七八九十百零〇]{1,5}次[\u4e00-\u9fff]{0,6}?会议")
ASSEMBLY_REACH = 20  # characters before the 于 searched for the sitting
# 于2023年3月1日经市政府第10次常务会议审议通过, 于…经省人大常委会审议通过: the sitting named after the day (a review)
ADOPTED_BY_A_SITTING_AFTER = re.compile(r"\s*经[^，,。；;]{0,30}?(?:会议|常委会|常务委员会|人民代表大会)(?:审议|表决)?(?:通过|批准)")
# a 于 that belongs to the word before it (适用于, 属于, 位于 (not 单位于), 不低于2023年水平 (a comparison, z284) …): no 于
# of a due date (不晚于 is; so are 等于, 街道办事处于, 党政机关于: the review)
YU_OF_A_VERB = re.compile(r"(?:适用|(?<!单)位|属|基|鉴|对|(?<![机海])关|低|高)$")
# 在2024年新增岗位中, 在2024年全省营商环境评价中: among what that year brings (not a 中 of a word: 集中, 中小企业, 城中村, 中期)
AMONG_THE_YEARS = re.compile(r"(?P<what>[^，,。；;\d]{1,12}?)(?<![集城高初])中(?![心国央小期职型等级])")
# …前注册登记的企业, …前出生的: a date that sets who qualifies, not when a task is due
QUALIFIES = re.compile(r"[^，,。；;：:（）]{0,12}?的")
# 截至2023年底，我市…已超过260万辆: a count as of a day, no deadline (截至2026年底，全市要完成…: a target)
ALREADY = re.compile(r"[，,]?\s*[^，,。；;]{0,12}?(?:已|累计|共计|共有|总计)")


def _as_of(text: str, end: int, day: dt.date | None, issue_date: dt.date | None) -> bool:
    """截至 (截止) a day before a fact: already so (已, 累计), or any day the document has already seen (截至2023年12月31日，
    …兑现率仅为43%, z231; 统计数据截止时间：2020年9月30日)."""
    return (bool(ALREADY.match(text, end)) or (day is not None and issue_date is not None and day <= issue_date)
            or text.startswith("的", end))  # (报送截至2022年3月31日的在岗人员花名册: what it describes, as of that day: z251)
# what a task does by its deadline (…前覆盖全市80%以上的监管领域: due, although a 的 follows)
DUE_VERB = re.compile(r"\s*(?:全面|基本|全部|要|须|应|务必|力争|争取|逐步)?(?:完成|出台|建成|实现|报送|制定|落实|印发|上线|开展|推出|形成|提交|办结|到位|达到|建立|启动|投入|开工|竣工"
                      r"|覆盖|清理|公布|修订|修改|废止|编制|发布|推广|推行|开通|接入|取消|压缩|降低|减少|提高|扩大|完善|健全|梳理|整合"
                      r"|组建|设立|实行|实施|部署|召开|明确|出具|拨付|兑现|兑付|清偿|退还|化解|归集|搭建|上报|报告|发放(?=至|到|给))(?!的)")
# (a verb then 的 describes a noun: 2022年12月31日前设立的小微企业, 2023年6月30日前发布的规范性文件)
# 年内清单事项扩大到200项: what is due may come first, then its verb
SUBJECT_THEN_DUE = re.compile(r"[^，。；：\d]{0,8}?" + DUE_VERB.pattern)
DURATION_UNIT = r"(?P<u>个工作日|工作日|个自然日|自然日|个月|年|周(?!岁)|日|天|个小时|小时|分钟)"  # 周 but not 周岁 (years of age: 年满65周岁)
# (最长不超过30个自然日: calendar days, as 日 is, h314 F5: none)
DURATION_RE = re.compile(rf"(?P<n>{NUMBER}|半)\s*{DURATION_UNIT}(?P<after>以内|之内|内|以上|以下)?")
# 6个月至1年: a range whose ends are counted in two units (h175: the upper end lost)
MIXED_DURATION_RANGE = re.compile(r"(?P<n1>\d+)\s*(?P<u1>个月|年)\s*(?:至|到|—|－|-|~|～)\s*(?P<n2>\d+)\s*(?P<u2>个月|年)")
DURATION_RANGE_RE = re.compile(rf"(?P<n1>\d+)\s*[—－\-~～至到]\s*(?P<n2>\d+)\s*{DURATION_UNIT}")
LISTED_BEFORE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*个?\s*(?:和|、|或|及)\s*$")  # 3个和 / 5个工作日: a list's first number
# 压缩至1个工作日: what a time limit is cut to is its most (由20个工作日压减至10个工作日: 10, not 20)
TIME_LIMIT = r"时限(?:为|是|[：:])?\s*"  # 承诺时限3个工作日: at most (not 完成时限：每半年, how often)
MAX_BEFORE = re.compile(r"(?:(?:最长|最多|不超过|不得超过|期限|不高于|(?<!宽)限期|(?<!离校)(?<!毕业)(?<!成立)(?<!注册)不足|(?<!离校)(?<!毕业)(?<!成立)(?<!注册)不满|(?:压缩|压减|缩短|减少|降低|减至|控制)(?:至|到|在|为)|延长(?:至|到))[^，。；]{0,3}"
                        r"|最长[\u4e00-\u9fff]{1,4}期(?:为|是)"  # 最长公示期为1年 (a blind test, h140: exact)
                        rf"|{TIME_LIMIT})$")
# 压缩企业开办时间至0.5个工作日: the time named between the verb and 至 (a blind test), looked for further back
# (压缩用电报装时间至15天、用水报装时间至10天: the list's next time too, a review)
CUT_TO_BEFORE = re.compile(r"(?:压缩|压减|缩短)[^，。；]{1,24}?(?:时间|时限|周期|用时)(?:至|到|为)\s*$")
CUT_TO_REACH = 32  # characters before the number
TIME_LIMIT_BEFORE = re.compile(TIME_LIMIT + "$")
WITHIN = ("以内", "之内", "内")
# 由原来的45个工作日压缩至25个工作日, 由4天压缩至4小时内: the time a change replaces, kept and marked superseded like an
# amount's old standard (a blind test); a limit cut or lengthened was a limit too (max), one 调整为 another is as written
REPLACED_BEFORE = re.compile(r"(?:由|从)(?:原来|原|现行|目前|现在|法定)?的?(?:平均|法定)?(?:最长|最多|不超过)?\s*$")  # (由平均30个工作日: h141;
# 由最长6个月延长至12个月: h227)
REPLACED_AFTER = re.compile(r"\s*(?:(?P<limit>压缩|压减|缩短|缩减|减少|降低|延长)(?:至|到|为)|(?P<limit2>减至)|(?:调整|增加|提高|变更|修改|更改)(?:至|到|为)"
                            r"|(?P<bare>至))")  # (压缩…时限，由20个工作日至15个工作日: the verb before, corpus-dev 吉林_05)
# 产假由60天延长至90天, 享受产假158天, 陪产假15天, 每年各享受育儿假10天: a leave granted, as long as it says (h274 F6: none, or a
# most); not 虚假, nor 请假3天以上的, a condition
LEAVE_BEFORE = re.compile(r"(?<![虚请])假(?:期)?(?:为|共计?|各|累计)?\s*$")
LEAVE_IN_PHRASE = re.compile(r"(?<![虚请])假(?:期)?[^，,。；;]{0,12}?$")
SHORT_OF_BEFORE = re.compile(r"(?:未满|不满|不足|未达到|达不到)\s*$")
# 值班不足一天的，按半天计发, 不足一个月的按一个月计算: how a part of the unit is counted, no term (h299 F9)
COUNTED_AS_AFTER = re.compile(rf"\s*的\s*[，,]?\s*(?:按照?|以)\s*(?:{NUMBER}|半)\s*(?:个)?(?:工作日|月|年|天|日|小时|季度|周)\s*"
                              r"(?:计算|计发|计付|核算|计|发放|折算)")
CONDITION_AHEAD = re.compile(r"[^，,。；;]{0,30}?的[，,]")
CUT_EARLIER = re.compile(r"(?:压缩|压减|缩短|缩减|减少|降低)[^。；;]{0,30}$")
# a time that is less, or done on the spot, after the bare 至 (not 由1年至3年不等, a range: a review)
CUT_TO_AFTER = re.compile(rf"\s*(?:(?P<n>{NUMBER})\s*{DURATION_UNIT}(?!\s*不等)|当场|即时|立即|即办)")
# (…，可以延长10日: a regulation's extension, its days bare, a blind test; 延长至20日 is a day of the month moved)
# 缴费截止日由15日延长至20日: a day of the month moved, no length (a review)
MONTH_RIGHT_BEFORE = re.compile(r"\d\s*月\s*$")
DAY_OF_MONTH_BEFORE = re.compile(r"(?:截止|日期|每月)[^，,。；;]{0,6}$")
# (公示期不得少于3日, 至少保存3年: a regulation's minimum, a blind test)
MIN_BEFORE = re.compile(r"(?:(?<!不)满|不少于|不低于|不得少于|不得低于|不应少于|至少(?:保存|保留|提前|公示)?|(?<![不得])超过"
                        r"|最短(?:[\u4e00-\u9fff]{1,4}期(?:为|是))?)$")  # 最短公示期为3个月 (h140)
# a named term's length (公示期5个工作日, 见习期3个月); not 同期 / 到期 / 1年期 (a loan's tenor)
NAMED_TERM = r"(?:(?:试行|试点|试运行|建设|培育|运营|公示|公告|试用|见习|考察|观察|过渡|保护|锁定|服务|实习|培训|整改|宽限|孵化|补贴|扶持|享受|有效|缓缴|缓交|任|聘|征求意见|申报|受理|等待|活动)期|(?:公示|公告|征求意见)时间|建设周期|实施周期)(?:一般|原则上)?(?:为|是)?"  # (有效期一般为2年: a blind test)
EXACT_BEFORE = re.compile(rf"(?:期限(?:均|都|分别)?(?:一般|原则上|暂定)?为?|为期|(?<![期间])公示|(?:连续|持续)(?:补贴|补助|奖补|给予|发放|享受|扶持|支持|奖励|资助|贴息)?|延长|可再延长|长达|共计?|期满后?|{NAMED_TERM})$")
# 购房补贴分5年发放, 资助资金分3年拨付: paid over the years (a blind test); the payment's verb after it (not 扣分1年后…: a review)
# (奖励资金分别按3年拨付; 分3年按40%、30%、30%的比例拨付: how it is paid between, a blind test)
SPLIT_OVER_BEFORE = re.compile(r"(?:(?<![部成积评得学区划扣])分|分别按)$")
SPLIT_PAID_AFTER = re.compile(r"(?:内)?(?:(?:按|逐年|等额)[^，,。；;]{0,16}?)?(?:发放|拨付|兑现|支付|缴纳|到位|给予|缓缴|分期)")
HALVED_UNITS = ("个工作日", "工作日", "天", "日", "个小时", "小时")
# 一日办结, 1日办结, 半日办结: a day's limit to handle a case, 日 with no 内 (h325 F3: none; not 10日完成, a day of the month)
DAY_HANDLED_IN = re.compile(r"办结|办完|办理完毕")
DONE_WITHIN = re.compile(r"(?:内)?(?:办结|办完|完成|办理完毕|出证|答复|审结)")  # 1个工作日办结: its most
# 前2年免收租金, 前三年免租、后两年减半: the first (next) years of a term, what they are relieved of after them (h150: none)
FIRST_YEARS_BEFORE = re.compile(r"(?<![提以之此然])[前后]$")
RELIEF_AFTER = re.compile(r"\s*(?:免|减|全额|全免|按|给予|补贴|补助|奖励|享受|租金|房租)")  # (租金前3年全免: h230)
# 设立6个月的缓缴期, 给予3年的过渡期: the term named after its length (a blind test, h143, h144: none)
TERM_NAMED_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:过渡|缓缴|缓交|宽限|保护|观察|公示|试用|见习|孵化|整改|扶持|免租|减免|有效|等待)期(?!间)")  # (待遇等待期: h244)
NAMED_TERM_BEFORE = re.compile(rf"{NAMED_TERM}$")  # 公示期为10日: days, yet no date's day
PROCEDURE_BEFORE = re.compile(r"(?<![期间])(?:公示|公告|征求意见)\s*$")  # 公示7天, 公开征求意见30日 (a blind test: none)
# 贷款到期前10个工作日提出申请, 到期日前10日: how long before a term ends a step is due, at least (h146: none)
LEAD_BEFORE = re.compile(r"(?:到期|期满|届满|截止|结束)日?(?:前|之前|以前)$")
# 提前3日向社会公告, 在开放前7日公示: a notice given that long before the event, at least (h280 F13: none; not 力争提前2年完成)
NOTICE_LEAD_BEFORE = re.compile(r"(?<![不可])提前$|(?:开放|举办|举行|召开|开工|施工|开业|停业|停运|停止|活动|会议|演出|比赛)(?:前|之前|以前)$")
NOTICE_AFTER = re.compile(r"\s*(?:向|通知|告知|书面|公告|公示|报告|报送|提出|申请|预约|发布|提交)")
DAY_DUE_AFTER = re.compile(r"\s*(?:前|以前|之前)")  # (每月公告15日前报送: a day of the month, a review)
# the time since an event that says who qualifies (离校2年内的高校毕业生, 登记失业半年以上人员, 成立3年以内的企业):
# not a period of the clause's own
SINCE_EVENT = re.compile(r"(?:(?:离校|毕业|失业|退役|退休|成立|注册|设立|创办|开业|入驻|入孵|就业|参保|缴费|返乡)(?:未满|不满|不足|超过|满|后)?"
                         # 正常经营1年以上的企业, 缴纳失业保险费满1个月的 (but 合同签订后5个工作日内: a time limit from an event)
                         r"|(?:经营|运营|营业|签订|从业|任职|居住|缴纳|缴存|保险费|公积金|社会保险|保险|社保|(?:连续|稳定)(?:工作|务工|就业))"
                         r"(?:未满|不满|不足|超过|满)?)\s*$")  # (连续工作3个月以上的: a blind test)
# 参加见习满3个月的青年, 见习期满3个月的; （二）自行政处罚决定作出之日起满6个月； (a list's condition; blind tests): reaching
# a length that says who qualifies (not 自公示之日起满3个月，停止公示, nor 公示满5个工作日后…: the clause's own time, a review)
LIMIT_FROM_AN_EVENT = re.compile(r"时限[：:为]\s*[^，,。；;]{1,14}?(?:之日起|后)\s*$")
LIMIT_LABEL_REACH = 24
DISTANCE_BEFORE = re.compile(r"距[^，,。；;]{2,12}?(?:不足|不到|少于|未满|超过)\s*$")
DISTANCE_REACH = 16
REACHED_BEFORE = re.compile(r"(?<!公示)(?<!公告)(?<!公示期)(?<!公告期)满\s*$")  # (公示满5个工作日后: the procedure's time, a review)
REACHED_AFTER = re.compile(r"\s*(?:的|后)")  # (服务基层满2年后经考核合格的, 见习满3个月后: who qualifies, a second review)
FROM_DAY_REACHED_BEFORE = re.compile(r"之日起满\s*$")
# 每满1年每月发放生活补助10元, 工龄每满一年增加…: each year served that a sum is counted by, no term (h288 F6)
EVERY_COMPLETED_BEFORE = re.compile(r"每\s*满\s*$")
CONDITION_CLOSES = re.compile(r"\s*(?:以上)?\s*(?:的|[；;]|$)")
# 满6年不满10年 (a tier table's row, or 任职满6年不满10年，…), 满15年及以上，…: a band of service that says who is paid which sum,
# no term (h306 F10: durations 6年 min, 10年 max); opening its phrase or row, a band's two ends, or one end then its comma
SERVICE_BAND = re.compile(r"满\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个月|年)\s*(?:以上|及以上)?\s*"
                          r"(?:不满|未满|不足|以下|至|到|—|－|-|~)\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个月|年)")
SERVICE_TIER_OPENS = re.compile(r"(?:^|(?<=[\n。；;]))\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）).．、]\s*)?(?:累计|连续)?(?:任职|工作|服务|工龄)?满\s*$")
SERVICE_TIER_CLOSES = re.compile(r"\s*(?:以上|及以上)?\s*[，,：:]")
# 其遗属可一次性领取3个月生活补贴: a sum worth that many months' payment, paid once, no term (h306 F10)
ONCE_WORTH_BEFORE = re.compile(r"一次性(?:发放|领取|给予|支付|补发|享受)?\s*$")
# 近3年内未发生…, 连续2年未开展…, 连续两年考核不合格: a record over past years that says who qualifies (not 连续补贴3年)
PAST_RECORD_BEFORE = re.compile(r"(?:近|最近|过去)\s*$")
PAST_RECORD_AFTER = re.compile(r"\s*(?:内|以内|来)?\s*(?:未|没有|无|不|均|都|被|获|考核|评价|评估|连续|出现|发生|存在)")  # (连续两个月出现超时办件的: h152)
# 连续三年在我市举办的品牌展会, 连续5年获评…的: a record closed by 的 that says which (not 连续3年给予补贴, 连续三年的补贴: paid so long)
CONTINUOUS_RECORD_AFTER = re.compile(r"\s*(?:以上)?\s*(?:(?!给予|补贴|补助|奖励|奖补|享受|发放|支持|资助|贴息|扶持)[^，,。；;\d的]){1,12}的")
# 连续3年按其上年度缴纳的增值税…给予全额奖励: 按…的 the basis an award is reckoned on, paid in the same phrase so long, no
# record (review 43b F4; not 连续3年按时缴纳社会保险费的企业: a record)
BASIS_OF_PAYMENT_AFTER = re.compile(r"\s*(?:以上)?\s*(?:按(?!时|期|规定|要求)|依照|依据|根据|参照)[^，,。；;]{0,30}?"
                                    r"(?:给予|奖励|补贴|补助|奖补|返还|发放|资助|扶持)")
# 发放6个月的失业补助金: how long a payment is made
USAGE_AFTER = re.compile(r"\s*(?:的)?(?:用量|药量|处方量|剂量)"
                         # 不得超过一年的保障金应缴额: a sum measured by the time, no term (h312 F8)
                         r"|\s*的[\u4e00-\u9fff]{0,8}?(?:应缴额|应缴金额|应纳税额|缴费额|应缴纳额)")
PAID_FOR = re.compile(r"(?:发放|领取|享受|给予)\s*$")
PAID_OVER = re.compile(r"[，,]\s*(?:发放|补贴|补助|享受)\s*$")  # …每人每月2000元生活补贴，发放3年: how long it is paid
PHRASE_CLOSES = re.compile(r"\s*(?:[；;。，,]|$)")
# 给予3年贷款贴息: the payment named right after its years (not 给予3年内…: a time limit)
PAYMENT_NAMED_AFTER = re.compile(r"(?!期)[\u4e00-\u9fff]{0,6}?(?:贴息|补贴|补助|奖补|资助|租金减免|免租)")
# 减免3个月租金, 免收房屋租金3个月, 减半收取6个月: how long the relief runs (what is waived between: a blind test)
RELIEF_FOR = re.compile(r"(?:减免|免收|免除|免缴|缓缴|减半收取|减半征收)[\u4e00-\u9fff]{0,6}\s*$")
# 对考核不合格的定点服务机构暂停结算3个月, 暂扣许可证6个月: how long a sanction suspends something, at its phrase's end
# (h278 F10; not 停业6个月以上的, 停止缴费3个月的: who qualifies)
SUSPENDED_FOR = re.compile(r"(?:暂停|中止|暂扣|停止|停业|停产)(?:其)?[\u4e00-\u9fff]{0,6}\s*$")
XSD_UNIT = {"年": "Y", "个月": "M", "月": "M", "周": "W", "日": "D", "天": "D", "工作日": "D", "个工作日": "D", "自然日": "D", "个自然日": "D", "小时": "H", "个小时": "H", "分钟": "MIN"}


def _floor(y: str, m: str | None, d: str | None) -> dt.date:
    return dt.date(int(y), int(m or 1), int(d or 1))


def _ceil(y: str, m: str | None, d: str | None) -> dt.date:
    year, month = int(y), int(m or 12)
    return dt.date(year, month, int(d) if d else calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_duration(day: dt.date, n: int, unit: str) -> dt.date:
    if unit == "年":
        return add_months(day, 12 * n) - dt.timedelta(days=1)
    if unit in ("个月", "月"):
        return add_months(day, n) - dt.timedelta(days=1)
    return day + dt.timedelta(days=n - 1)


def xsd_duration(n: float, unit: str, working_days: bool = False) -> str:
    """P3D, P6M, PT90H, PT30M; a fraction of a calendar day in hours (2.5天 → P2DT12H), as XSD allows; a
    fraction of a working day stays days (0.5个工作日 → P0.5D, as ISO 8601 allows: 12 hours would be
    calendar time, not half a day's work), read by the graph as time:numericDuration 0.5 days."""
    whole = int(n)
    if unit == "MIN":  # 30分钟 → PT30M
        return f"PT{whole}M" if n == whole else f"PT{round(n * 60)}S"
    if unit == "H":  # 90小时 → PT90H, 0.5小时 → PT30M
        return f"PT{whole}H" if n == whole else f"PT{round(n * 60)}M"
    if n == whole or unit != "D":
        return f"P{round(n)}{unit}"
    if working_days:
        return f"P{n:g}D"
    hours = round((n - whole) * 24)
    return f"P{whole}DT{hours}H" if whole else f"PT{hours}H"


def _valid(fn, *args) -> dt.date | None:
    try:
        return fn(*args)
    except ValueError:  # 2月30日 and other impossible dates in the source
        return None


YEAR_DUE = re.compile(r"度\s*(?:内|前|底|末|[，,])")  # 在2021年度内完成, 在2021年度，全市完成…: due then


def _year_after_an_event(text: str, m: re.Match) -> bool:
    """项目立项次年3月底前, 认定当年年底前: a year counted from an event the sentence names, not from the document (z240);
    每年3月申报，当年9月底前拨付: each year's round (z391)."""
    if m["rel"] not in ("次年", "当年", "下一年", "下年"):
        return False
    sentence_start = max(text.rfind(stop, 0, m.start()) for stop in "。；;") + 1
    return bool(EVENT_BEFORE.search(text, 0, m.start())) or m["rel"] == "当年" and "每年" in text[sentence_start : m.start()]


# what a year is counted from (立项次年, 认定当年, 验收后次年): an event the sentence names, not an adverb (力争次年…)
EVENT_BEFORE = re.compile(r"(?:立项|申报|认定|验收|签约|开工|竣工|投产|注册|登记|备案|批复|下达|拨付|评定|入选|获批|获评)(?:后|完成|通过)?的?$")
COMPARED_WITH = ("比", "较", "同比", "相比")  # (not 与: 参与2021—2022年…创建)


STILL_NOT = re.compile(r"\s*(?:仍|尚|还|依然|依旧)(?:未|没有|有|在)")


# 二十个工作日内不能作出决定的: the clause's limit restated as the condition of what follows when it is not kept
RESTATED_AS_A_CONDITION = re.compile(r"\s*(?:不能|未能|无法|未)(?P<act>[^，。；]{2,12}?)的")
EXPIRES_ON_THE_DAY = re.compile(r"\s*(?:到期|期满|届满|失效|废止)(?!\s*(?:前|以前|之前))")  # (期满前申请延续: due, a review)


def _a_measures_term(text: str, at: int) -> bool:
    """政策有效期至… in an item (at ``at``, 至): that measure's term, not the document's (本政策…, 上述各项政策…)."""
    if not MEASURE_VALID_UNTIL.search(text, 0, at):
        return False
    sentence = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
    if THE_TEXT_NAMED.search(text, sentence, at):
        return False  # 本方案适用于…消费券发放工作，有效期至…: the text's own term (the seventh review)
    phrase = max(text.rfind(c, 0, at) for c in "，,。；;\n") + 1
    return not THE_TEXTS_OWN.match(text, ITEM_MARK_AT.match(text, phrase).end())  # (（五）本政策…: after its number, a review)


def _no_due_date(text: str, m: re.Match, day: dt.date | None, issue_date: dt.date | None) -> bool:
    """A date after 在 or 于 (DEADLINE_RE's) that says when something is, not when it is due; after 至 or 截至, how things
    stood then (…3260万元至2023年8月仍未拨付到位: a problem found, z390)."""
    if m.group().startswith(("至", "截至", "到")) and STILL_NOT.match(text, m.end()):
        return True
    if m.group().startswith("在"):  # 在2024年新增岗位中: among what that year brings (z299; 在2024年实现集中供热 is due)
        among = AMONG_THE_YEARS.match(text, m.end()) if not m["tm"] else None
        return among is not None and not DUE_VERB.search(among["what"])
    if not m.group().startswith("于"):
        return False
    if YU_OF_A_VERB.search(text, 0, m.start()):
        return True  # 适用于2024年1月1日前已按规定领取…的人员: whom the rule covers (z259)
    # 《…》于2024年5月28日印发: the day a text was issued (z283; 于2024年底印发细则 is due)
    if m.group().rstrip().endswith("前"):
        return False
    if EXPIRES_ON_THE_DAY.match(text, m.end()):
        return True  # 《…办法》将于2023年9月30日到期: when a text's term runs out, nothing due (a blind test: a deadline)
    seen = issue_date is None or day is None or day <= issue_date  # a day the text has seen
    if (ADOPTED_ON_THE_DAY.match(text, m.end()) and ASSEMBLY_BEFORE.search(text, max(0, m.start() - ASSEMBLY_REACH), m.start())
            or ADOPTED_BY_A_SITTING_AFTER.match(text, m.end()) and seen):
        return True  # …常务委员会第十次会议于2023年6月29日通过, …于7月28日批准: when a law was adopted (a blind test: deadlines)
    return EVENT_ON_THE_DAY.match(text, m.end()) is not None and seen


def _year_of_account(text: str, m: re.Match) -> bool:
    """在2024年度待遇享受期内发生的, 对在2020年度获得…的企业: a year's 年度 naming what it counts, no task due in it
    (在2024年度内完成, 在2024年度完成, 在2024年度，全市…, 力争2024年度…, 于2024年度组织实施 are due)."""
    return (m["tm"] is None and text.startswith("度", m.end()) and not YEAR_DUE.match(text, m.end())
            and not DUE_VERB.match(text, m.end() + 1)
            and (not m.group().startswith(("力争", "争取", "于"))
                 or m.group().startswith("于") and bool(RECOGNISED_IN.match(text, m.end() + 1))))


# 其产品于2023年度被认定为…, 于2022年度获评…: what a year recognised, no task due in it (z233)
RECOGNISED_IN = re.compile(r"被|获得?|获评|荣获|入选")


def _done_or_yearly(text: str, start: int, verb_end: int) -> bool:
    """我市已于9月底完成…, …于3月15日印发了…: done; 每年在5月底完成…: every year, no one-off deadline."""
    clause = max(text.rfind(stop, 0, start) for stop in "。；;\n，,") + 1
    return (bool(ALREADY_BEFORE.search(text, clause, start)) or text.startswith("了", verb_end)
            or bool(EVERY_PERIOD_BEFORE.search(text, clause, start)))


ALREADY_BEFORE = re.compile(r"已(?:经)?\s*$")  # 我市已于9月底完成… (not 已备案企业于12月底完成…)


PAST_YEARS = 2  # a day before, by more than this, the text was issued is none it sets (2000年底前建成、…的老旧小区)


def _long_past(day: dt.date | None, issue_date: dt.date | None) -> bool:
    return day is not None and issue_date is not None and day.year < issue_date.year - PAST_YEARS


# 对2023年12月31日前招用…并签订…劳动合同的中小微企业，…: the date opens the condition 对…的 says who qualifies (a blind test:
# a deadline), however long the condition runs
CONDITION_OPENS_BEFORE = re.compile(r"(?:对(?:于|在)?|凡(?:在|是)?)\s*$")  # (对在…前, 凡…前…的: a review)
CONDITION_CLOSES_AFTER = re.compile(r"[^，,。；;：:]{0,60}?的[\u4e00-\u9fff]")


# （三）在2023年12月31日前注册成立的小微企业，按每户…: 在 and the date opening the item's sentence, then whom it is for (a
# blind test: a deadline); the phrase closes on who qualifies and a comma (not 在年底前建成覆盖全市的平台, a task)
SENTENCE_OPENS = re.compile(r"(?:^|[。；;：:]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、])\s*$")
# (the verb says how they came to be so: 注册成立的, 认定的; not a task done to them: 摸排…的经营主体, 培育一批…的企业, a review)
QUALIFIER_CLOSES_AFTER = re.compile(r"[^，,。；;：:的]{0,8}?(?:注册|成立|设立|登记|入驻|落户|投产|开业|开工|竣工|认定|备案|招用|录用|签订|获得|取得)"
                                    r"[^，,。；;：:的]{0,4}的[\u4e00-\u9fff]{0,8}(?:企业|单位|项目|人员|个人|主体|机构|个体工商户|商户|毕业生|职工|农户|合作社)[，,]")


# 支持对象为在我省注册，并于2023年6月30日前在…平台完成入库登记的科技型中小企业: a date among the conditions joined by 并 that
# say who qualifies (h181: a deadline), in a sentence saying whom it is for (对…, 凡…, 对象为…); not a task done to such firms
# (…，并于…前将奖励资金兑付给新认定的高新技术企业: the review)
JOINED_CONDITION_OPENS = re.compile(r"[并且](?:在|于)?\s*$")
CONDITION_FRAME = re.compile(r"(?:^|[。；;])[^。；;]*?(?:对(?:于|在)?|凡(?:在|是)?|(?:对象|范围|条件)(?:为|是)|是指)[^。；;]*$")
JOINED_CONDITION_CLOSES = re.compile(r"(?:(?![将向对给把至到])[^，,。；;：:的]){0,40}?"
                                     r"(?:注册|成立|设立|登记|入驻|落户|投产|开业|开工|竣工|认定|备案|招用|录用|签订|获得|取得)"
                                     r"[^，,。；;：:的]{0,4}的[\u4e00-\u9fff]{0,8}"
                                     r"(?:企业|单位|项目|人员|个人|主体|机构|个体工商户|商户|毕业生|职工|农户|合作社)(?:[，,。；;]|$)")


def _names_who_qualifies(text: str, m: re.Match) -> bool:
    if m.group().startswith("在") and SENTENCE_OPENS.search(text, max(0, m.start() - 6), m.start()):
        return bool(QUALIFIER_CLOSES_AFTER.match(text, m.end()))
    if JOINED_CONDITION_OPENS.search(text, max(0, m.start() - 3), m.start() + (1 if m.group()[:1] in "在于" else 0)):
        return bool(JOINED_CONDITION_CLOSES.match(text, m.end()) and CONDITION_FRAME.search(text, 0, m.start()))
    return bool(CONDITION_OPENS_BEFORE.search(text, max(0, m.start() - 4), m.start())) and bool(CONDITION_CLOSES_AFTER.match(text, m.end()))


def _due(text: str, end: int) -> bool:
    """A date…前 that says when something is due (…前完成, …前对符合条件的企业完成…), not who qualifies
    (…前注册登记的企业)."""
    return (bool(DUE_VERB.match(text, end) or PREPOSITION_OPENS.match(text, end) or WHOLE_AREA_OPENS.match(text, end)
                 or RATE_REACHES.match(text, end)) or not QUALIFIES.match(text, end))


# 2024年底前电子证照在政务服务事项中的应用率达到80%以上: a rate due to reach a level, its 的 inside the subject (z311)
RATE_REACHES = re.compile(r"[^，,。；;]{0,24}?的[^，,。；;的]{0,8}?(?:率|比例|比重|占比|覆盖面)(?:要|须)?(?:达到|提高到|提升至|提高至|超过|不低于)"
                          r"(?![^，,。；;]*的)")  # (not …占比达到5%的，给予奖励: a condition, the review)


# 12月底前对有就业意愿的毕业生提供…: a preposition after the date opens how the task is done (its 的 inside the object;
# not 在, which may open who qualifies: …前在本市注册的企业)
# 2024年6月底前全市95%以上的涉税事项实现网上办理: the whole area's (or every place's) result is due, its 的 inside the subject
WHOLE_AREA_OPENS = re.compile(r"\s*(?:全[市省区县国州盟旗]|我[市省区县]|各[地市县区])")
PREPOSITION_OPENS = re.compile(r"\s*(?:要|须|应|均)?(?:对|向|将|把|为|由|会同|按照?)(?!象|于)")


# 每年3月31日前集中申报、6月30日前拨付到位: a yearless date listed after a yearly one in the same phrase is yearly too
YEARLY_BEFORE_IN_LIST = re.compile(r"每年[^。；;，,]{0,12}?(?:前|以前|之前)[^。；;，,每]{0,16}?[、和及]\s*$")


# 每年3月底前集中审核，6月底前拨付到位: a yearless day after a yearly one in its sentence, no year written between, is
# yearly too (a blind test: a one-off deadline)
YEARLY_DUE = re.compile(r"每年[^。；;，,]{0,12}?(?:前|以前|之前)"
                        r"|每年\s*\d{1,2}\s*月份?(?:上旬|中旬|下旬)?(?:启动|开始|开展|组织)"  # (每年1月启动，2月底前完成: h162)
                        # (于每年3月1日至3月31日…提出申请，…于4月30日前完成初审: after a yearly window, h274 F12)
                        r"|每年的?\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:至|到|—|－|-|～)\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
RELATIVE_YEAR_WORD = r"次年|明年|当年|下一?年"
YEAR_WRITTEN = re.compile(rf"(?:19|20)\d\d\s*年|{RELATIVE_YEAR_WORD}")
ANOTHER_YEAR = re.compile(rf"每年|{RELATIVE_YEAR_WORD}")  # between a dated day and a yearless one: not the dated one's year
# 2023年3月底前集中审核，6月底前拨付到位: a yearless day after a dated one due in its sentence is of its year (a blind test:
# the document's; not after 对2019年1月1日以后成立的企业, who qualifies)
DATED_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:\d{1,2}\s*日|底|末|上旬|中旬|下旬)?\s*(?:前|以前|之前)")


# 每年3月31日前…提出申请。县（市、区）林业局审核后，于4月30日前报市林业局。: the round's next step, in the sentence after
# the yearly one, is yearly too (h284 F7: a one-off deadline before the 办法 was in force)
NEXT_STEP_BEFORE = re.compile(r"(?:审核|审查|初审|复审|复核|核实|核查|汇总|审定|评审|受理|公示|(?:收到|接到)[^。；;，,]{1,12}?)(?:后|之后)"
                              r"[ \t]*[，,]?[ \t]*(?:[于在][ \t]*)?$")


def _after_a_yearly_due(text: str, at: int) -> bool:
    start = _sentence_start(text, at)
    if start and NEXT_STEP_BEFORE.search(text, start, at):
        start = _sentence_start(text, start - 1)
    yearly = list(YEARLY_DUE.finditer(text, start, at))
    return bool(yearly) and not YEAR_WRITTEN.search(text, yearly[-1].end(), at)


def _sentence_start(text: str, at: int) -> int:
    stops = [s.end() for s in SENTENCE_STOPS.finditer(text, 0, at)]
    return stops[-1] if stops else 0


def _month_deadline(m: re.Match, issue_date: dt.date, text: str = "") -> dt.date | None:
    """12月底前 in a document issued on ``issue_date``: that year's, or the next year's once passed; after a day of a
    written year in its sentence (2023年3月底前…，6月底前…), of that year, or the next where its month is earlier."""
    dated = list(DATED_MONTH.finditer(text, _sentence_start(text, m.start()), m.start())) if text else []
    if dated and not ANOTHER_YEAR.search(text, dated[-1].end(), m.start()):
        year = int(dated[-1]["y"]) + (1 if m["vm"] and int(m["vm"]) < int(dated[-1]["m"]) else 0)
        return dt.date(year, 12, 31) if m["ve"] else _valid(_ceil, str(year), m["vm"], _day_of_month(m["vd"], m["vxun"]))
    if m["ve"]:
        return dt.date(issue_date.year, 12, 31)
    return _this_or_next_year(issue_date, m["vm"], _day_of_month(m["vd"], m["vxun"]))


def _window_begin(m: re.Match, end: dt.date) -> dt.date | None:
    """A window's first day (``m``'s m1/d1), in the year of its last day ``end`` or the one before when it spans the new
    year (11月1日至次年2月底)."""
    return _valid(_floor, str(end.year if int(m["m1"]) <= int(m["m2"]) else end.year - 1), m["m1"], m["d1"])


def _no_time(m: re.Match, span) -> Period:
    """当场办结, 即办 (the day itself: 当天办结): a limit of no time, at most; a calendar day's, no working days."""
    return Period(span, "duration", duration="P0D" if m["now"] else "P1D", bound="max")


# 每月汇总…，于次月10日前报送, 每季度结束后次月5日前报送: due in the month after each period (a blind test: no day)
ANOTHER_CADENCE = re.compile(r"每(?:年|半年|季度?|月|周)")  # (not 每个, 每户: a count)
NEXT_MONTH_DUE = re.compile(r"次月\s*(?P<d>\d{1,2})\s*日\s*(?:前|以前|之前)")


DAYS_AFTER_THE_PERIOD = re.compile(r"\s*(?:结束|终了|末)后\s*(?P<n>\d{1,3})\s*(?P<u>个工作日|工作日|日|天)(?:内|以内)")  # (终了: h247)


def _days_after_period(within: re.Match, m: re.Match, issue_date: dt.date) -> dt.date | None:
    """The first day due so many calendar days after a period ends: the period the text was issued in."""
    months = PERIOD_MONTHS[m["every"]]
    first = dt.date(issue_date.year, (issue_date.month - 1) // months * months + 1, 1)
    return add_months(first, months) - dt.timedelta(days=1) + dt.timedelta(days=int(within["n"]))


def _next_month_due(text: str, m: re.Match, issue_date: dt.date) -> dt.date | None:
    """The first day a task done every month, quarter or half-year is due, where its sentence says the next month's day
    (…次月10日前): that day of the month after the period the text was issued in."""
    stop = SENTENCE_STOPS.search(text, m.end())
    end = stop.start() if stop else len(text)
    cadence = ANOTHER_CADENCE.search(text, m.end(), end)  # (每月汇总…，每季度结束后次月5日前报送: the quarter's day, a review)
    due = NEXT_MONTH_DUE.search(text, m.end(), cadence.start() if cadence else end)
    months = PERIOD_MONTHS.get(m["every"])
    if due is None or months is None or not 1 <= int(due["d"]) <= 31:
        return None
    # the first period the text covers is the one it was issued in (not the one before, whose report may fall after)
    month = _valid(add_months, dt.date(issue_date.year, (issue_date.month - 1) // months * months + 1, 1), months)
    return month and month.replace(day=min(int(due["d"]), calendar.monthrange(month.year, month.month)[1]))


def _yearless_window_end(text: str, m: re.Match, issue_date: dt.date) -> dt.date | None:
    """The last day of a window written with no year: the first on or after the end of a window dated just before it in
    the sentence (…2023年11月1日至12月31日，1月1日至3月31日…: the next year's); a work plan's stage, the issue year's unless
    half a year gone by the issue date (a stage begun before the plan was issued is still this year's: a review); else
    the coming one (申报时间为3月1日至3月31日)."""
    dated = DATED_WINDOW_BEFORE.search(text, max(0, m.start() - WINDOW_LOOK_BACK), m.start())
    if dated:
        year = dated["y2"] or dated["y"]
        before, end = _valid(_ceil, year, dated["m2"], dated["d2"]), _valid(_ceil, year, m["m2"], m["d2"])
        return _valid(_ceil, str(end.year + 1), m["m2"], m["d2"]) if end and before and end < before else end
    if not STAGE_BEFORE.search(text, max(0, m.start() - STAGE_LOOK_BACK), m.start()):
        return _this_or_next_year(issue_date, m["m2"], m["d2"])
    return _stage_day(issue_date, m["m2"], m["d2"])


def _stage_day(issue_date: dt.date, month: str, day: str | None) -> dt.date | None:
    """A work plan's stage's day (its month's last without ``day``) with no year: the issue year's, unless half a year gone
    by the issue date, then the next year's (a stage begun before the plan was issued is still this year's)."""
    end = _valid(_ceil, str(issue_date.year), month, day)
    if end is not None and end < issue_date - STAGE_PASSED:
        return _valid(_ceil, str(issue_date.year + 1), month, day)
    return end


def _schedule_month(m: re.Match, issue_date: dt.date) -> tuple[dt.date, dt.date] | None:
    """A schedule line's month (or 旬) in the issue year, as a stage's, or the next once half a year gone by."""
    end = _stage_day(issue_date, m["m"], _day_of_month(None, m["ten"]))
    begin = _valid(_floor, str(end.year), m["m"], str(TEN_DAYS_FIRST.get(m["ten"], 1))) if end else None
    return (begin, end) if begin else None


def _schedule_step(text: str, m: re.Match) -> bool:
    """A month line that names a task to come: a task verb after its colon, and the line the schedule follows (its
    lead-in, the last before its month lines) no look back (工作回顾, 完成情况)."""
    if not SCHEDULE_STEP_AFTER.match(text, m.end()):
        return False
    lines = text[: m.start()].split("\n")
    lead_in = next((line for line in reversed(lines[:-1]) if not SCHEDULE_MONTH.match(line)), "")
    return not LOOKING_BACK.search(lead_in)


WINDOW_LOOK_BACK = 60  # characters before a yearless window searched for the dated window it follows
STAGE_LOOK_BACK = 12  # and for the stage it dates (第一阶段：动员部署（…）)


def _this_or_next_year(issue_date: dt.date, month: str, day: str | None) -> dt.date | None:
    """A month's day (its last without ``day``) in the year of ``issue_date``, or the next year's once passed."""
    this = _valid(_ceil, str(issue_date.year), month, day)
    return _valid(_ceil, str(issue_date.year + 1), month, day) if this is not None and this < issue_date else this


def _day_of_month(day: str | None, ten_days: str | None) -> str | None:
    """The day written, or the last of a 旬 (上旬 10, 中旬 20; 下旬 and none: the month's last, _ceil's)."""
    return str(TEN_DAYS[ten_days]) if ten_days in TEN_DAYS else day


def _plan_end(m: re.Match) -> dt.date:
    """The last day of the five-year plan 十N五 (十四五: 2021-2025)."""
    return dt.date(1970 + 5 * (10 + PLAN_NUMBER[m["n"]] - 3), 12, 31)


def _in_a_yearly_round(text: str, at: int) -> bool:
    """每年 earlier in the sentence, or a yearly result (年度考核结果, 年度绩效评价): what follows is done every year."""
    if "每年" not in text and "年度" not in text:
        return False
    before = text[_sentence_start(text, at) : at]
    return "每年" in before or YEARLY_RESULT.search(before) is not None


# 负责出具…年度考核结果，于次年2月底前报送: each year's assessment, due the year after it (h308 F8: one deadline from the issue
# year); not 2023年度, 本年度, 上年度: one year's
YEARLY_RESULT = re.compile(r"(?<![\d〇○零一二三四五六七八九十本上下当今该同次])年度(?:考核|评价|评估|绩效|监测|考评|核查|审计|结算|清算)")


SENTENCE_STOPS = re.compile(r"[。；;！？]")


def _part_due(text: str, m: re.Match, issue_date: dt.date | None = None) -> bool:
    """上半年 / 第三季度 is when something is due: …末前 / …前 followed by a task, 在上半年完成, or a
    sentence that opens with it and a task (上半年出台配套细则), or with its year and a result still to come
    (2024年上半年实现…全覆盖, in a text of 2023; not 2023年上半年实现地区生产总值… looking back)."""
    if m["before"]:
        return _due(text, m.end())
    if PART_LABELLED.search(text, 0, m.start()) or SLOT_OPENS.search(text, 0, m.start()) and SLOT_CLOSES.match(text, m.end()):
        return True
    if PART_DUE_BEFORE.search(text, 0, m.start()):  # (于2024年第三季度内集中公布: within it, whatever the verb, z265)
        return bool(DUE_VERB.match(text, m.end())) or m.group().rstrip().endswith("内") and not QUALIFIES.match(text, m.end())
    opens = m.start() == 0 or text[m.start() - 1] in SENTENCE_OPENERS
    if opens and m["py"] and issue_date and PART_RESULT.match(text, m.end()):
        return _part_end(m, issue_date) > issue_date
    return opens and bool(PART_TASK.match(text, m.end()))


SENTENCE_OPENERS = "，,。；;：:（(\n"
PART_RESULT = re.compile(r"\s*(?:全面|基本|力争|争取)?(?:实现|达到|覆盖)")
# 上半年出台配套细则: what a sentence opening with a half or quarter must be due to deliver (not 上半年实现
# 地区生产总值…, a result; not 完成率, a noun)
# 2025年底对规划实施情况进行总结评估: the task's object first, then its verb (z306; a date still to come)
OBJECT_THEN_TASK = re.compile(r"\s*对[^，,。；;]{1,24}?(?:进行|开展|组织)(?!了)")
PART_TASK = re.compile(r"\s*(?:全面|基本|要|须|力争|争取|至少)?(?:出台|制定|印发|发布|上线|建成|启动|开通|完成|召开|部署|编制"
                       r"|(?:组织)?(?:开展|举办|举行))(?!率|的)")  # (2023年第四季度开展…专项检查: done within it, h314 F7; not …开展的检查, a noun)
# (2023年下半年至少举办1次…展示交易会: held within it, h320 F6: none)


def _first_yearly_due(m: re.Match, issue_date: dt.date | None) -> dt.date | None:
    """每年12月20日前 / 每年6月底前 in a document issued on ``issue_date``: the first such day on or after it."""
    if m["every"] != "年" or not m["em"] or issue_date is None:
        return None
    return _this_or_next_year(issue_date, m["em"], m["ed"])


PERIOD_MONTHS = {"月": 1, "季度": 3, "季": 3, "半年": 6}
# 每年申领两次, 每年至少开展2次: done N times a year, every 12/N months
TIMES_A_YEAR = re.compile(r"(?![^，,。；;（）]{0,6}?(?:超过|多于|至多|最多|不超))"  # (not 每年检查不得超过2次: a cap)
                          r"[^，,。；;（）]{0,6}?(?<![\d~～—\-－至到.])(?P<n>两|二|三|四|六|十二|2|3|4|6|12)\s*次(?!以内|[^，。；]{0,6}的)")  # (not 1~2次, 2次以上违规的)


def _due_days_after_the_period(text: str, m: re.Match, every: str, issue_date, periods: list, taken: list, span_of) -> bool:
    """每季度结束后15日内报送: due so many days after each period ends, one period (three blind testers: two), added to
    ``periods``; in working days, which a calendar alone cannot count, the length stays a period of its own (h169)."""
    within = DAYS_AFTER_THE_PERIOD.match(text, m.end())
    if not (within and issue_date and m["every"] in PERIOD_MONTHS and "工作日" not in within["u"]):
        return False
    periods[:] = [p for p in periods if p.span != span_of(within.start("n"), within.end())]
    taken.append((m.start(), within.end()))
    periods.append(Period(span_of(m.start(), within.end()), "recurring", end=_days_after_period(within, m, issue_date), duration=every))
    return True


def _how_often(text: str, m: re.Match) -> str:
    """How often a 每X task recurs: every X, or for 每年…N次 every 12/N months (not 每年不超过2次, a cap)."""
    times = TIMES_A_YEAR.match(text, m.end("every")) if m["every"] == "年" else None  # (每年不少于2次: within the match)
    if times:
        return f"P{12 // int(parse_number(times['n']))}M"  # (TIMES_A_YEAR's counts divide 12)
    if years := m.groupdict().get("years"):  # 每2年, 每三年: every so many years (RECURRING_TASK_RE's)
        return f"P{int(parse_number(years))}Y"
    if months := m.groupdict().get("months"):  # 每两个月
        return f"P{int(parse_number(months))}M"
    if weeks := m.groupdict().get("weeks"):  # 每两周
        return f"P{int(parse_number(weeks))}W"
    if days := m.groupdict().get("days"):  # 每15天
        return f"P{int(days)}D"
    return EVERY[m["every"]]


def _first_due(m: re.Match, issue_date: dt.date | None) -> dt.date | None:
    """The first day on or after ``issue_date`` that a RECURRING_DUE_RE match falls due: 每年12月20日前 (the
    year's), 每月10日前 / 每月底前, 每季度首月10日前, 每季度末前, 每半年末月15日前. None where the text leaves the
    day open to reading (每季度末5日前: five days before the end, or the fifth after it?) or no date is known."""
    if m["every"] == "年":
        return _first_yearly_due(m, issue_date)
    months, which = PERIOD_MONTHS[m["every"]], m["which"]
    if issue_date is None or m["em"]:
        return None
    if which in ("首月", "第一个月") or (which is None and months == 1):
        month_in_period, day = 0, m["ed"]  # (每月底前: the month's last day)
    elif which in ("末月", "最后一个月") or (which in (None, "末") and not m["ed"] and (which or m["end"])):
        month_in_period, day = months - 1, m["ed"]  # 每季度末前, 每季度底前: the period's last day
    else:
        return None
    if day and not 1 <= int(day) <= 31:
        return None  # 每月0日前: no day (a digit lost in extraction)
    period_start = dt.date(issue_date.year, (issue_date.month - 1) // months * months + 1, 1)  # the issue date's period
    for step in range(3):  # this period's day, else the next's
        month = _valid(add_months, period_start, step * months + month_in_period)
        if month is None:
            return None  # past the calendar's last year (a document dated 9999年)
        days = calendar.monthrange(month.year, month.month)[1]  # (每月31日前 in February: its last day)
        due = month.replace(day=min(int(day), days) if day else days)
        if due >= issue_date:
            return due
    return None


def _part_end(m: re.Match, issue_date: dt.date | None) -> dt.date:
    """The last day of the half or quarter: of its year, else the document's (the next once passed)."""
    month = (6 if m["half"] == "上半年" else 12) if m["half"] else 3 * QUARTER[m["q"]]
    if m["py"]:  # the year written: no document date needed
        return _ceil(m["py"], str(month), None)
    return _this_or_next_year(issue_date, str(month), None)


CITED_TITLE = re.compile(r"《[^《》]*》")
# 有效期至2025年12月31日: when the document stops being in force (its expiry_date), no task's deadline
# 期限为1年, 聘用期限一般为1年: the term stated, not a ceiling (a blind test: 一般为 had read as one)
TERM_STATED = re.compile(r"期限(?:均|都|分别)?(?:一般|原则上|暂定)?为?$")  # (期限均为5年: h185, a most)
VALID_UNTIL = re.compile(r"有效期限?(?:为|暂定)?$")
# 消费券有效期为领取后7天, 有效期为领取之日起7日: a term counted from an event (h267 F7: none); a project's term so too
# (项目实施期限为资金下达之日起12个月, 项目实施期为资金下达后12个月: h303 F9, none; as 期限为12个月 is read)
VALID_SINCE_EVENT = re.compile(r"(?:有效期限?|期限|(?:实施|建设|执行|运营|服务)期|(?:建设|实施)周期)(?:一般|原则上)?(?:为|是)\s*"
                               r"[\u4e00-\u9fff]{1,8}?(?:后|之日起|起)\s*$")
VALID_SINCE_REACH = 16
# 政策有效期至2025年12月31日 in an item: that measure's term (a blind test: lost), not 本政策 / 以上政策's (the document's)
MEASURE_VALID_UNTIL = re.compile(r"(?:政策|措施|补贴|补助|奖补|优惠|券)有效期限?(?:为|暂定)?$"
                                 # (每张消费券满200元减50元，有效期至…: the coupons' named in the sentence, h267 F5/F6)
                                 r"|券[^。；;]{0,30}[，,]\s*有效期限?(?:为|暂定)?$")
# 本政策措施…, 上述各项政策…, 这些政策…, 本通知所列政策…: the text's own measures, whose term is the document's (a review)
ITEM_MARK_AT = re.compile(rf"\s*{ITEM_MARK}?\s*")
THE_TEXT_NAMED = re.compile(r"本(?:方案|通知|办法|措施|意见|政策|规定|细则|决定|通告|公告|实施方案|实施细则|协议)")
THE_TEXTS_OWN = re.compile(r"\s*(?:本|上述|以上|这些|前述)|[^，,。；;]*所列")
# 政策执行期限至2023年12月31日 / 实施期限至…: the last day a measure applies, no task's deadline (an interval ending then)
TERM_UNTIL = re.compile(r"(?:执行|实施|适用)期限?(?:为|暂定|延长|顺延|延续)?$"  # (实施期限延长至2024年12月31日: z113)
                        # 本政策执行至…, 上述补贴政策实施至… (z142), …费率政策，执行至… (a blind test: the measure named before the comma)
                        r"|(?:政策|措施|意见|办法|通知|方案|细则|规定)[，,]?(?:执行|实施|施行)$"
                        # (…减半征收房产税和城镇土地使用税，执行至…: the measure of the phrase before the comma, a blind test)
                        r"|[，,](?:执行|施行)$")
# 补助期限至2025年12月31日, 政策期限至…: how long the measure pays (a blind test), not its day due (申领期限至…, 补贴期限至…前,
# …，逾期视为放弃: a review)
PAID_UNTIL = re.compile(r"(?<!申领)(?<!申报)(?<!申请)(?<!提交)(?:补助|补贴|奖补|扶持|资助|贴息|减免|优惠|享受|政策"
                        r"|缓缴|缓交|免征|减征)期限?(?:为)?$")  # (缓缴期限至2022年底: the relief's term, a blind test)
TERM_LABELLED = re.compile(MEASURE_TERM)
OVERDUE_AFTER = re.compile(r"\s*[，,]?\s*逾期")
# 延续实施阶段性降低失业保险费率政策至2024年12月31日, 稳岗返还政策延续执行至…, 缓缴政策延长至…: a measure kept in
# force until then (z131; not 缴纳期限届满日自动延长至…, 可延长至…前申领: a deadline put back)
CONTINUED_UNTIL = re.compile(r"(?:延续|(?:延长|顺延|继续)(?=实施|执行)|政策(?:延长|顺延))(?:实施|执行)?[^，,。；;：:]{0,30}$")


# 完成时限：长期坚持 / 完成时限：每季度: a task with no end, or one done again every quarter (as a task
# list's time column gives it; free text such as 持续推进 is no period)
# (时限 alone opening a label: …；时限：长期坚持）, a table's 时限 column, a field's line …责任单位：… / 时限：长期坚持 (a
# review); not 承诺时限, 压减中介服务时限, nor 承诺 / 时限：, one label the line cut)
# (申领时限：长期, 兑现时间：按季度: a payment table's time column, a blind test)
TASK_TIME_WORDS = (r"完成时限|完成时间|时间节点|时限要求|办结时限|进度安排|整改(?:时限|期限|时间)"  # (整改时限：长期坚持: h205)
                   r"|(?:(?<=[；;（(，,。])|(?<=\n)(?<!承诺\n)(?<!法定\n)(?<!办结\n)(?<!办理\n)(?<!审批\n)|^)\s*时限")
TIME_LABEL = rf"(?:{TASK_TIME_WORDS}|(?:申领|申报|申请|兑现|兑付|拨付|发放)(?:时限|时间|期限))\s*[：:]\s*"
# (申报时间：全年: applications taken all year round, a window of a standing policy, no deadline: review 43b F5)
TASK_TIME_LABEL = rf"(?:{TASK_TIME_WORDS})\s*[：:]\s*"
# 执行期限：长期执行, 实施期限：长期有效, 政策有效期为2023年度: a policy list's term column, a measure's term (a blind test);
# 有效期 a measure's or a field's (not 身份证件有效期为长期, 营业执照有效期：长期: a certificate's, a review)
TERM_WORDS = r"(?:(?:执行|实施|政策|适用)时间|" + MEASURE_TERM + r"|(?<![证照书卡件])有效期限?)"
TERM_LABEL = TERM_WORDS + r"\s*(?:[：:]|为)\s*"
# 执行期限：2023年全年, 政策有效期为2023年度, 2023年全年执行。: the whole year (not 2023年全年GDP…, 2023年全年实施重点项目120个: the
# year's figures, a review; 完成时限：2023年全年: a task's)
WHOLE_YEAR_TERM = re.compile(rf"{TERM_LABEL}(?P<y>\d{{4}})\s*年\s*(?:全年|度)(?=(?:内|执行|实施|有效)|[^\u4e00-\u9fff\d]|$)"
                             r"|(?P<y2>\d{4})\s*年\s*全年(?:内)?(?=(?:执行|实施|有效)\s*(?:[。；;，,）)]|$))"
                             # 巩固提升阶段（2026年全年）, 总结评估阶段（2026年）: a stage of one whole year (h315 F6: none)
                             r"|(?<=阶段[（(])(?P<y3>\d{4})\s*年\s*(?:全年|度)?(?=\s*[）)])")
# 完成时限：全年 (a table's time cell, no year written): due by the end of the document's year, as 年内 and 2024年全年 there
# are (h315 F4: the row had lost its period); not 全年持续推进, kept up
WHOLE_YEAR_DUE = re.compile(rf"{TASK_TIME_LABEL}(?P<year>全年度?)(?=\s*(?:[。；;，,）)]|$))")
# (完成时限：全年持续推进: kept up all year, as 持续推进: h287 F4)
ONGOING_RE = re.compile(rf"(?:{TIME_LABEL}|{TERM_LABEL})(?:全年(?=持续|常态化))?(?:长期坚持|长期推进|长期|持续推进|持续开展|持续实施|常态化推进|常态化开展|常态化)")
# （市营商办牵头，市发改委配合；长期坚持）: the time closing a responsibility bracket, without its label, or the
# item's last sentence before its bracket (…动态清零，长期坚持。（省工业和信息化厅牵头）), its subject maybe named
# (…配合，此项工作长期坚持。); or before the units' label outside a bracket (…。长期坚持。牵头单位：…, a blind test), or
# before a last sentence that only names who does it (…，长期坚持。由市工业和信息化局负责。 / …。市发展改革委牵头，市财政局配合。)
ASSIGNMENT_ONLY = r"(?:由)?[^。；;，,]{2,40}?(?:牵头|负责|负总责)(?:[，,；;][^。；;，,]{2,60}?(?:配合|参与|负责|按职责分工负责))?[。；;]?\s*$"
# (…。（牵头单位：市税务局；责任单位：市财政局）长期坚持: the time written after the units' bracket, the item's last words, as
# 2024年底前完成 there is read: h310 F2)
ONGOING_IN_BRACKET = re.compile(r"(?<=[；;，,。）)])\s*(?:(?:此项|该项|本项|上述|以上|相关)(?:工作|任务|措施)(?:要|须|需)?)?(?:全年(?=持续|常态化))?(?:长期坚持|长期推进|长期执行|持续推进|持续开展|持续实施|常态化推进|常态化开展|常态化)"
                                r"(?=\s*(?:[）)]|(?<=[）)]长期坚持)[。；;]?\s*$|[。；;]\s*(?:$|[（(]|(?:牵头|责任|配合|主责|协办|协同)(?:单位|部门)[：:]|" + ASSIGNMENT_ONLY + ")"
                                r"|[；;。]\s*[\u4e00-\u9fff]{2,6}[：:]))")  # (…；完成时限：2023年9月底前，长期坚持；重点任务：…, a row's next field: h218)
# (…负责，长期执行）: kept in force with no end, as 长期坚持 (h324 f7: none)
# 长期坚持“交地即交证”工作模式, 要长期坚持涉企收费目录清单制度: a task kept up with no end (two blind tests: none)
ONGOING_TASK = re.compile(r"(?:(?<=[，,。；;：:）)】、])|^|(?<=\d[.．])"
                          r"|(?<=[门位局委办厅府心镇道])(?=(?:要|须|应当?)长期坚持))"  # (各有关部门要长期坚持…: its subject's task, h315 F8)
                          r"\s*(?:要|须|应当?)?长期坚持(?![的和])(?=[“\u4e00-\u9fff])")  # (not 应长期坚持的制度, …坚持和完善…: a review)
# (…由信用监管处负责，持续推进。 closing the item: its time, as in a bracket)
RECURRING_IN_BRACKET = re.compile(r"(?:(?<=[；;，,])|(?<=时限[：:])|(?<=时间[：:]))\s*每(?P<every>季度|季|月|年|半年|周)(?=\s*[）)])")  # (时限：每季度): a table's cell
RECURRING_RE = re.compile(TIME_LABEL + r"(?:每|按)(?P<every>季度|季|月|年|半年|周)")
# 完成时限：2023年第三季度起，每半年: from when, then how often (h145: only the start); the label looked for before it
RECURRING_AFTER_START = re.compile(r"(?:(?<=起)|(?<=起[，,])|(?<=起[，,]\s))\s*(?:每|按)(?P<every>季度|季|月|年|半年|周)(?=\s*(?:[。；;，,）)]|$))")
LABELLED_START_BEFORE = re.compile(TIME_LABEL + r"[^，,。；;：:]{2,16}?起\s*[，,]?\s*$")
# 每季度通报工作进展, 每半年至少召开1次, 按月申领, 按季度拨付, 每季度对…进行调度, 每年评选表彰…: a task done again every period (not 每人每月, a payment's
# unit: the period must open the phrase and a verb of reporting, meeting or paying out follow it)
RECURRING_TASK_RE = re.compile(r"(?<![每单个][人户家亩床个])(?<![次元])(?:每|按)(?P<every>季度|季|半年|半月|(?<=每)旬|月|年|周|(?<=每)[日天]"
                               r"|(?<=每)\s*(?P<days>[1-9]\d?)\s*[日天](?!\d)|"  # (每半月调度, 每旬, 每15天: h315 F7)
                               r"(?<=每)\s*(?P<years>[2-5两三四五])\s*年"
                               r"|(?<=每)\s*(?P<months>[2-6两三四五六])\s*个月|(?<=每)\s*(?P<weeks>[2-4两三四])\s*周)"  # (每两个月开展一次暗访: h162; 每两周: h183)  # (申领人每季度…: whose task)
                               r"(?=(?:末|首月|末月|(?<=年)\s*\d{1,2}\s*月份?(?:\s*[、和及]\s*\d{1,2}\s*月份?)*|(?:结束|终了|末)后[^，。；]{0,12}?[，,]?)?(?:至少|定期|都要|要|均|集中|新增|新|直接)?(?:统筹)?(?:向[^，。；]{2,24}?|对[^，。；]{2,24}?(?:进行|开展)?|(?:与|会同)[^，。；]{2,40}?"
                               r"|在[^，。；]{2,16}?(?:范围内|内|上)"  # 每季度在全省范围内通报一次 (a blind test, h145)
                               r"|将[^，。；]{2,30}?(?=报|拨付|划拨|下达)"  # 每季度末将进展情况报省政府 (a longer object: a blind test)
                               # (每季度结束后15个工作日内，将…经费拨付至各镇卫生院: h288 F9)
                               r"|(?:凭|通过)(?![^，。；]{0,20}?的)[^，。；]{2,20}?)?"  # (每季度结束后15日内，凭…申领: h204; …，通过平台提出申请: h209;
                               # not 每年通过…认定的企业, who qualifies: the review)
                               r"(?:召开|通报|报送|上报|调度|督查|督导|检查|走访|评估|分析|发布|更新|公布|公示|拨付"
                               r"|申领|申报(?!次数|时间|条件|材料|指南|流程|方式)|兑现|汇总|统计|会商|研判|编制|制定|制订|举办|开展|审核|梳理|清理|组织|募集|举行|受理|征集|调整|动态调整|开发|认定|核拨|核发|结算"
                               r"|评选|表彰|考核|评价|公开|报告|填报|推出|推送|总结|启动|下达|下发|提出(?:一次)?申请|申请|报(?=[省市县区国])"
                               r"|复核|复审|核查|核验|提交|上交"  # (每2年复核一次, 每季度至少提交1条: blind tests)
                               r"|核定(?!的)"  # (名单由县民政局按月核定: approved again every month, h301 F14)
                               r"|(?:修订|修改|排查|培训|演练|巡检|清查|盘点|普查|核对|对账|评审|研究|部署)"  # (每两年修订一次免罚清单: h221)
                               r"(?!补贴|补助|经费|费|投入|人数|任务|后|资金|成本|次数|计划|工作量|时长)"  # (not 每年培训补贴…: the review)
                               r"|刊发|编发|印发|刊登|编印|刊载"  # (每月至少刊发2篇典型案例, 每季度编发一期简报: h192)
                               r"|选取|遴选|抽取"  # (每月选取1至2个…: h162)
                               r"|形成(?=[^，。；]{0,12}(?:报告|总结|月报|季报|简报|清单|台账))"  # (每季度末形成阶段性总结: h183)
                               r"|监测|巡查|抽查|抽检|测评|评议|督办|回访|跟踪|监督"  # (每月对…进行监测: a blind test; 跟踪: h186)
                               r"|安排(?=\s*[1-9一二两三四五]\s*[次场期批])"  # (每周至少安排1次延时服务: a blind test)
                               r"|(?:进行|开展)(?=\s*[1一]\s*次(?!性))"  # (每3年进行一次评估, 每年进行一次绩效评价: h280 F11)
                               r"|(?:(?<=按季度)|(?<=按季)|(?<=按半年)|(?<=按月)|(?<=按年)|(?<=按周))(?:随[^，。；]{1,10}?(?=一并))?(?:足额|及时|全额|按时|一并)*(?:发放|拨付)"  # (not 每月发放…元: a payment's unit;
                               # 按月足额发放: h214; 按季度随低保金一并发放, paid with another payment: h301 F3)
                               r"|(?:(?<=每月)|(?<=每季度))(?:发放|拨付)(?=[，,。；;]|$)"  # (…，每月发放，发放期限…: closing its phrase, h204)
                               r"|动态更新"  # (清单每季度动态更新: a blind test)
                               r"|兑付"  # 按季度直接兑付 (a policy list's 兑现方式, a blind test: h142)
                               # 每月至少上门服务一次, 每季度服务企业一次: a short task, then how often, closing its phrase (h141)
                               r"|(?:至少)?(?!只|可|最多|仅|限|不超过)[\u4e00-\u9fff]{2,6}?[1一]\s*次(?=[，,。；;、）)]|$|的(?:周期|频次|频率))"  # (not 只能享受一次: a cap)
                               # (按照每两个月抄表一次的周期抄表到户: the task's cycle named so, h301 F14)
                               r"|(?:不少于|不超过|不多于|最多)\s*[1-9一二两三四五]\s*[次场期批]))")  # 每季度不少于1次, 每月不少于2场, 每年不超过1次
# 于每年3月31日前报送, 每季度末5日前, 每月10日前: due again every year, quarter or month
# (each run of spaces tied to the mark after it, a line break too: 于每年 / 6 月30 日前, a blind test: a one-off deadline)
RECURRING_DUE_RE = re.compile(r"每(?P<every>年|季度|季|半年|月)(?:\s*(?P<which>末月|首月|最后一个月|第一个月|末|初|度))?"
                              r"(?:(?:须|应当?|要|需)?[于在])?"  # (人才每年须于3月31日前…: h230; 每年在…前: the review)
                              r"(?:\s*(?P<em>\d{1,2})\s*月)?"
                              r"(?:\s*(?:(?P<ed>\d{1,2})\s*日" + DAY_CLOCK + r"|(?P<end>底|末|(?<=年)年底|(?<=年)年末|(?<=月)月底|(?<=月)月末)))?\s*(?:前|以前|之前"
                              # (每季度末向…报送, 每月底报送: the period's last day, what is due then after it: h184)
                              # (每季度末更新公布…, （责任单位：…，每季度末）: what is done then, or the bracket's time closing it, h275 F8)
                              r"|(?<=[末底])(?=\s*(?:向|将|报送|上报|报|提交|通报|形成|更新|公布|公开|发布|召开|开展|组织|汇总|统计|调度))"
                              r"|(?<=[末底])(?=[ \t]*(?:[）)。；;\n]|$)))")  # (每年年底前: a review)
# 每年6月底前和12月15日前: a second day of the year joined to one due every year is due every year too
YEARLY_DUE_TOO = re.compile(r"每(?P<every>年)[ \t]*\d{1,2}[ \t]*月[^，。；]{0,6}?(?:前|以前|之前)[ \t]*[和、及与][ \t]*"
                            r"(?P<em>\d{1,2})[ \t]*月[ \t]*(?:(?P<ed>\d{1,2})[ \t]*日|底|末)?[ \t]*(?:前|以前|之前)")
# 每年6月底和12月底前: two days of the year before one 前, each due every year
YEARLY_PAIR_DUE = re.compile(r"每(?P<every>年)[ \t]*(?P<em>\d{1,2})[ \t]*月[ \t]*(?:(?P<ed>\d{1,2})[ \t]*日|底|末)?[ \t]*[和、及与][ \t]*"
                             r"(?P<em2>\d{1,2})[ \t]*月[ \t]*(?:(?P<ed2>\d{1,2})[ \t]*日|底|末)?[ \t]*(?:前|以前|之前)")
# 申报时间为每年5月1日至6月30日, 每年1月1日至3月31日集中受理: a window open every year (a blind test: no period), first the
# coming one's
# a window of the year by its days (3月1日至4月30日, …至6月底): every year's after 每年, a stage's or the second one's alone
WINDOW_DAYS = (r"(?P<m1>\d{1,2})[ \t]*月[ \t]*(?P<d1>\d{1,2})[ \t]*日?" + DAY_CLOCK + r"[ \t]*(?:至|到|—|－|-|～)[ \t]*"
               r"(?:(?<=至)(?:次年|翌年|第二年)[ \t]*)?"  # (每年12月1日至次年2月28日: over the new year, h261 F1)
               r"(?P<m2>\d{1,2})[ \t]*月[ \t]*(?:(?P<d2>\d{1,2})[ \t]*日" + DAY_CLOCK + r"|底|末)?")  # (5月1日12时至9月16日12时: h285 F1)
YEARLY_WINDOW = re.compile(r"每年的?[ \t]*" + WINDOW_DAYS)  # (每年的3月1日至4月30日: a review)
# (an event's day: 每年5月19日“中国旅游日”当天, 每年3月15日集中开展…; not 截至每年12月31日, 以每年…为准, a list due 前, 零时起: the review)
YEARLY_DAY = re.compile(r"(?<![至止以为于])每年的?[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日"
                        r"(?=[ \t]*(?:“|当天|集中|开展|举办|组织|举行))")
# 申报截止时间为每年3月25日, 申报时间截至每年3月25日: a closing day of every year, as 每年3月25日前 (h322 F5: none); not
# 以截至每年12月31日的人数为准, a count as of that day (no label before 截至), nor 统计时间截至每年12月31日, 统计截止日期为…: a
# counting date, as of which (review 43b F6: a yearly deadline; only an application's or a submission's 时间截至)
YEARLY_CUTOFF = re.compile(r"(?:(?<!统计)(?<!计算)(?<!核算)(?<!认定)截止(?:时间|日期|期限)?(?:(?:均|统一|一律)?为|是|[：:])"
                           r"|(?:申报|申请|受理|报名|报送)(?:时间|日期|期限)?截[至止])"
                           r"[ \t]*每年的?[ \t]*(?P<em>\d{1,2})[ \t]*月[ \t]*(?:(?P<ed>\d{1,2})[ \t]*日|底|末)(?P<every>)")
MONTHLY_WINDOW = re.compile(r"每(?:个)?月的?[ \t]*(?P<d1>\d{1,2})[ \t]*日?[ \t]*(?:至|到|—|－|-|～)[ \t]*(?P<d2>\d{1,2})[ \t]*日")
LABELLED_AGAIN = re.compile(TIME_LABEL + r"$")  # a time column's label right before the date
LABEL_OPENS = re.compile(TIME_LABEL)  # (or opening the match: 完成时限：2023年12月)
LABEL_REACH = 12
NEXT_QUARTER_DUE = re.compile(r"次季度(?:首月|第一个月)\s*(?P<d>\d{1,2})\s*日(?:前|以前|之前)")
# 每年12月至次年2月, 每年6月至9月: a season of every year by its months, the first's first day to the last's last (h155)
YEARLY_MONTHS = re.compile(r"每年的?[ \t]*(?P<m1>\d{1,2})[ \t]*月份?[ \t]*(?:至|到|—|－|-|～)[ \t]*(?:次年|翌年|第二年)?[ \t]*"
                           r"(?P<m2>\d{1,2})[ \t]*月(?:份|底|末)?(?![ \t]*\d)")
# （4月1日—4月20日）: a stage's window with no year, the issue year's (or the next, once passed); not after a year named
# (上年度1月1日至12月31日, 2024年3月1日—3月15日: RANGE_RE's) nor every year's (每年…: YEARLY_WINDOW's) (a blind test)
YEARLESS_WINDOW = re.compile(r"(?<![\d年度的])(?<![年度][ \t])" + WINDOW_DAYS)
# 市级评审：8月至9月, 8月—9月: a window of whole months with no year, the first's first day to the last's last, dated as
# YEARLESS_WINDOW's (h296 F6: none; not 每年8月至9月, YEARLY_MONTHS's, 2024年8月至9月, RANGE_RE's, nor 3个月至6个月, nor a
# day after it, 8月至9月30日); its days (d1, d2) none
YEARLESS_MONTHS = re.compile(r"(?<![\d年度的至到—－\-～])(?<![年度][ \t])(?P<m1>1[0-2]|[1-9])[ \t]*月份?[ \t]*(?:至|到|—|－|-|～)[ \t]*"
                             r"(?:(?<=至)(?:次年|翌年|第二年)[ \t]*)?(?P<m2>1[0-2]|[1-9])[ \t]*月(?:份|底|末)?(?![ \t]*\d)"
                             r"(?:(?P<d1>(?!))(?P<d2>(?!)))?")
# 1月：召开…, 4月份：…, 10月中旬：…: a month schedule's line, its month (or 旬) the step's window, dated as a stage is (h321 F5:
# none, where 2月—3月： was read); only opening its line, a colon after it
SCHEDULE_MONTH = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<when>(?P<m>1[0-2]|[1-9])[ \t]*月份?(?P<ten>上旬|中旬|下旬)?)[ \t]*[：:]")
# (1月：全市城镇新增就业1200人 in a 工作回顾: a month's figure reported, no step to come; a step names its task: review 43b F7)
SCHEDULE_STEP_AFTER = re.compile(r"[^\n。；;]{0,16}?(?:召开|开展|组织|完成|部署|印发|启动|举办|举行|推进|实施|落实|制定|出台|研究|督查|督导"
                                 r"|检查|评估|考评|考核|总结|宣传|培训|排查|摸排|整改|验收|报送|上报|收集|编制|调度|审核|评选|发布|筹备"
                                 r"|动员|做好|建立|梳理|走访|对接|起草|征求|审定|谋划|确定|上线|通报|复核|公示|申报|拨付|兑现|启用)")
# (一、工作回顾。…： / 1月：全市完成投资12亿元: the lines under a look back, past months' figures, even with a verb)
LOOKING_BACK = re.compile(r"回顾|工作总结|完成情况|进展情况|工作成效|取得成效|主要成效")
TEN_DAYS_FIRST = {"上旬": 1, "中旬": 11, "下旬": 21}
# 伏季休渔期（5月1日至8月16日）, 汛期（6月1日至9月30日）: a season's days in brackets after its name, every year's (h285 F10: the
# issue year's, in a clause about 2023年度); not after a year written (2024年伏季休渔期（…）, 今年汛期（…）: that year's)
SEASON_WINDOW = re.compile(r"(?:休渔|禁渔|禁捕|主汛|汛|供暖|采暖|防火)期[ \t]*[（(][ \t]*(?P<days>" + WINDOW_DAYS + r")[ \t]*[）)]")
YEAR_BEFORE_SEASON = re.compile(r"(?:\d{4}[ \t]*年度?|今年|本年度?|当年|明年|次年|今冬明春|今冬|今夏|今春|本轮|本次)[^，,。；;（）()\d]{0,6}$")
SECOND_WINDOW = re.compile(r"[ \t]*(?:和|、|及|以及|与|，)[ \t]*" + WINDOW_DAYS)  # the year's second window
# 2025年3月1日至4月30日和9月1日至10月31日: the year of the window dated before this one, in its sentence (a review)
DATED_WINDOW_BEFORE = re.compile(r"(?P<y>\d{4})[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*(?:\d{1,2}[ \t]*日)?[ \t]*(?:至|到|—|－|-|～)[ \t]*"
                                 r"(?:(?P<y2>\d{4})[ \t]*年)?[ \t]*(?P<m2>\d{1,2})[ \t]*月[ \t]*(?:(?P<d2>\d{1,2})[ \t]*日|底|末)?"
                                 r"[^。；\d]{0,8}?(?:和|、|及|以及|与|，)[ \t]*$")  # (a window, then this one: not 截至2023年底，…: a review)
# （三）总结提升阶段（2023年12月）: a stage of one month, its first day to its last (a blind test: none)
STAGE_MONTH = re.compile(r"(?<=阶段)\s*[（(]\s*(?P<date>(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月份?)\s*[）)]")
STAGE_PASSED = dt.timedelta(days=183)  # a stage with no year that ended this long before the issue date is the next year's
STAGE_BEFORE = re.compile(r"阶段[^。；，]{0,8}$")  # （一）动员部署阶段（4月1日—4月20日）, 第一阶段：动员部署（…）
LISTED_MONTH = re.compile(r"\s*[、和及]\s*(?P<m>1[0-2]|[1-9])\s*月份?(?![\d底末]|\s*\d{1,2}\s*日)")
MONTH_OF_THE_YEAR = re.compile(r"\s*(?P<m>1[0-2]|[1-9])\s*月份?(?![\d底末]|\s*\d{1,2}\s*日)")  # 每年5月 (not 5月底, 5月10日: a day due)
# 压缩至即办, 由5个工作日至当场办结, 办理时限：当场办结, 实现当天办结: a limit of no time, or the day itself (a blind test:
# none, so an item done on the spot had no limit to compare)
INSTANT_RE = re.compile(r"(?:(?:压缩|压减|缩短|减)(?:至|到|为)|(?<=[日天])\s*至|时限\s*[：:为]?|时间\s*[：:为]|实行|实现|做到|推行|应当|必须"  # (应当即时办理: h255)
                        r"|(?<=[，,；;])"  # (…同步办理，当天办结。: closing a sentence's last phrase, a blind test)
                        r"|(?<=即办件)|(?<=承诺件)|(?<=简单事项)|(?<=简易事项))\s*"  # (即办件当场办结，承诺件…: a kind of case's limit, a blind test)
                        r"(?:(?P<now>即办(?!理)|当场办结|当场办理|即时办结|立即办结|即来即办|即时办理|(?:即时答复|即时回复)(?![\u4e00-\u9fff])|立等可取)|(?P<day>当天办结|当日办结))"
                        # (not 即办件, 当场办结率, 当天办结的事项, 即办理: reviews; 推行即办服务: a heading, a blind test)
                        # (即时答复 closing its phrase: not 即时答复申请人并告知…, 推行即时回复机制: the fifth review)
                        r"(?!件|事项|率|的|比例|清单|制|类|窗口|业务|不|服务|改革|模式)")
# 对…的申请当场办结；, 当场受理、当场办结。, 查封登记等即来即办。: the unambiguous ones after any words, closing their phrase
# (a blind test: only after a cut, a label or a comma; not 当场办结率, 当天办结的事项, 当天办结业务3.2万件)
INSTANT_CLOSING = re.compile(r"(?P<now>当场办结|即来即办|即时办结|立即办结|即报即审|即报即批|即审即办"  # (即报即审: a blind test)
                             r"|(?:(?<=应当)|(?<=一律)|(?<=的))即办"  # 责任单位应当即办。, 对材料齐全的即办。 (a blind test: none)
                             # 查封登记即办, 注销事项即办, 即接即办 (h192: none)
                             r"|(?:(?<=登记)|(?<=事项)|(?<=注销)|(?<=变更)|(?<=备案))即办(?![件理])|即接即办"
                             # 当场予以登记, 当场作出审批决定, 当场发放: done on the spot (a blind test; not 当场受理: only accepted)
                             # (当场办理登记: h226; not …事项当场办理。, a kind of item; not …决定的: who, 除…的外; not 当场予以受理,
                             # 当场出具受理通知书: accepted only, nor 当场发放…120笔: a count: reviews)
                             r"|当场(?:予以(?!受理)|作出|做出|发放|出具(?!受理)|核发|颁发|发证|登记|办理(?=[\u4e00-\u9fff])(?!受理))[^，,。；;、（(的\d]{0,10})"
                             r"|(?P<day>当天办结|当日办结)")
NEGATED = re.compile(r"(?:不能|无法|未能|难以|不再|不得|不必|确实不|不|未|没有)(?:要求|能够)?$")  # 不能当场办结，…: no limit set (a review;
# 即办事项未当场办结、超时办理等问题: a failing named, h145)
# after a bare comma, the limit closes its phrase (…，当天办结。; not 今年以来，当天办结业务3.2万件: a statistic, a review)
CLOSES_ITS_PHRASE = re.compile(r"\s*(?:[。；;，,、）)]|$)")
# 实行“即来即办”，, “一次办结”“即来即办”。: the limit quoted as a slogan, closing its phrase (a blind test: none)
# (not 推行“即来即办”、“跨省通办”等服务模式, 打造“即来即办”“一网通办”品牌: slogans listed before what they name, a review)
QUOTE_CLOSES_ITS_PHRASE = re.compile(r"\s*(?:”(?:\s*、?\s*“[^“”]{1,16}”)*\s*(?:[。；;，,）)（(：:]|$)|[。；;，,、）)（(：:]|$)")  # (（: the item's
# bracket; ：, a list's lead-in, 审批机关应当即办：, a blind test)
LISTED_GAP = re.compile(r"\s*(?:、|和|及|或)\s*")  # between two durations of one list (分别不超过4个工作日、5个工作日)
DEFINED_AS = re.compile(r"(?:是指|系指|指)\s*$")
# 完成时限：2023年12月底前并长期坚持: a deadline, then ongoing
ONGOING_AFTER_RE = re.compile(TIME_LABEL + r"[^；;。（）()\n]{1,20}?(?P<tail>并(?:长期坚持|持续推进|持续开展|常态化推进))"
                              r"|[，,](?P<tail2>并长期坚持)"  # …完成集中公开，并长期坚持动态更新
                              r"|(?<=[\u4e00-\u9fff”」])(?P<tail3>并长期坚持)(?=[。；;）)])")  # 建立…制度并长期坚持。 (a blind test)
# 建立月调度、季通报、年考核机制: a task's cadences listed short, two at least (a blind test: none; corpus-dev writes it so too)
# 每周六, 每周六、周日, 每周一至周五: a weekday every week (a blind test of 政务服务 hours: none)
WEEKDAYS = re.compile(r"每周[一二三四五六日天](?:(?:[、和及至]|—|-)周?[一二三四五六日天])*(?!\s*[次个天])")
CADENCE_TASK = r"(?:调度|通报|考核|报告|督查|分析|研判|会商|总结|评估|统计|监测|预警|点评|讲评|排名|通报排名)"  # (季点评: h176)
CADENCE_WORD = re.compile(rf"(?P<every>周|月|季|半年|年){CADENCE_TASK}")
CADENCE_LIST = re.compile(rf"(?<![每按逐当本上下])(?:[周月季年]|半年){CADENCE_TASK}(?:、(?:[日周月季年]|半年){CADENCE_TASK}){{1,4}}")
EVERY = {"季度": "P3M", "季": "P3M", "月": "P1M", "年": "P1Y", "半年": "P6M", "周": "P1W", "日": "P1D", "天": "P1D", "半月": "P15D", "旬": "P10D"}  # (每日会商: h282 F2)

# What every match of a pattern holds one of (needles.py)
NEEDLES = {
    ONGOING_RE: ("时限", "时间", "节点", "要求", "安排", "期"), WHOLE_YEAR_TERM: ("全年", "年度", "阶段"), RECURRING_RE: ("时限", "时间", "节点", "要求", "安排"),
    ONGOING_IN_BRACKET: ("长期", "持续", "常态化"), ONGOING_TASK: ("长期坚持",), INSTANT_RE: ("即", "当场", "当天", "当日", "立等"), INSTANT_CLOSING: ("办", "当场", "即报", "即审"), RECURRING_IN_BRACKET: ("每",),
    ONGOING_AFTER_RE: ("并长期", "并持续", "并常态"), RECURRING_DUE_RE: ("前", "末", "底"), YEARLY_DUE_TOO: ("前",), YEARLY_PAIR_DUE: ("前",), YEARLY_WINDOW: ("每年",), YEARLY_DAY: ("每年",), YEARLY_CUTOFF: ("每年",), MONTHLY_WINDOW: ("月",), YEARLY_MONTHS: ("每年",), MIXED_DURATION_RANGE: ("个月", "年"), NEXT_QUARTER_DUE: ("次季度",), YEARLESS_WINDOW: ("月",), YEARLESS_MONTHS: ("月",), SCHEDULE_MONTH: ("：", ":"), SEASON_WINDOW: ("期",), STAGE_MONTH: ("阶段",), RECURRING_TASK_RE: ("每", "按"), RECURRING_AFTER_START: ("每", "按"), CADENCE_LIST: ("、",), WEEKDAYS: ("每周",),
    RANGE_RE: ("年",), DATE_IN_SLOT_RE: ("年",), YEAR_RANGE_RE: ("年",), DEADLINE_RE: ("年",), YEAR_END_OPENS: ("底", "末"), DATE_END_THEN_DUE: ("底", "末"), FROM_ISSUE_RE: ("之日起", "后"), FROM_RE: ("起", "开始"), FROM_QUARTER_RE: ("季度",),
    DATE_BEFORE_RE: ("前",), LISTED_DUE_RE: ("前",), MONTH_BEFORE_RE: ("前",), MONTH_DUE_RE: ("于", "在"), CUTOFF_MONTH_RE: ("截止",), RELATIVE_BEFORE_RE: ("前",), RELATIVE_BY_RE: ("不晚于", "不迟于", "最迟"), PART_OF_YEAR_RE: ("半年", "季度"),
    WITHIN_THE_YEAR_RE: ("年内",), WHOLE_YEAR_DUE: ("全年",), YEAR_WITHIN_RE: ("年",), PLAN_END_RE: ("五",),
    DURATION_RANGE_RE: tuple("年月周日天时分"), DURATION_RE: tuple("年月周日天时分"),  # one of them in every DURATION_UNIT
}


# 年内 opening what is due (年内新增…, 力争年内…, 各级各部门年内至少组织…): what comes before it
YEAR_OPENER_BEFORE = re.compile(r"(?:^|[，。；：、\s]|力争|争取|确保|要|将|并|均|部门|单位|政府|领导|机关)$")
PHRASE_END = re.compile(r"[，。；：、]")


def _year_opens_its_phrase(text: str, m: re.Match) -> bool:
    """年内 opens the phrase saying what is due this year (not 对年内举办的…, 公布年内作出的承诺: a time inside
    a noun's description, nor 年内新登记的企业 before 的)."""
    end = PHRASE_END.search(text, m.end())
    phrase = text[m.end() : end.start() if end else len(text)]
    start = m.start() - 1 if text[m.start() - 1 : m.start()] == "今" else m.start()  # (今年内新募集…, as 年内: h324 f7)
    return bool(YEAR_OPENER_BEFORE.search(text, max(0, start - 2), start)) and "的" not in phrase and phrase != ""


REPLACED_WORDS = re.compile(r"“[^“”]{1,40}”\s*(?=(?:修改|更改|调整|替换)为|改为)")  # an amendment's old words
# (将…中“本办法有效期至2023年12月31日”修改为“本办法有效期至2026年12月31日”: the amended text's old and new terms, each an
# interval on the item, the old superseded; never the amending text's own expiry: h292 F6)
AMENDED_WORDS = re.compile(r"(?P<old>“[^“”]{1,60}”)\s*(?:(?:修改|更改|调整|替换)为|改为)[：:]?\s*(?P<new>“[^“”]{1,60}”)?")
# a length quoted whole, then the change, or put in by it (“30个工作日”修改为“15个工作日”)
QUOTED_LENGTH_CHANGED = re.compile(r"”\s*(?:(?:修改|更改|调整|替换)为|改为)")
QUOTED_LENGTH_PUT_IN = re.compile(r"(?:(?:修改|更改|调整|替换)为|改为)[：:]?“\s*$")


# a standing rule (…管理办法, …实施细则, …规定（试行）): its 当年 / 次年 are each round's year, not the year it was issued
STANDING_RULE_TITLE = re.compile(r"(?:办法|细则|规定|规则|条例)(?:（(?:试行|暂行|修订|\d{4}年(?:修订|修正|版))）)?(?:》(?:的通知)?)?$")
# 《2023年度…专项资金申报实施细则》: a rule for one year's round, its 当年 that year (not …（2023年修订）, nor 2023—2025年)
ONE_YEARS_RULE = re.compile(r"\d{4}年度?(?!修订|修正|版)")
CYCLE_YEARS = ("当年", "次年", "下一年", "下年")  # (今年 / 明年 / 本年 still count from the text's own year)


def _notice_lead(text: str, m: re.Match, before: str) -> bool:
    """提前3日向社会公告: how long before the event a notice is given (``before``: the words before the length)."""
    return bool(NOTICE_LEAD_BEFORE.search(before) and NOTICE_AFTER.match(text, m.end()))


def _length(m: re.Match) -> tuple[float, str] | None:
    """A DURATION_RE match's number and unit (半年 is 6个月; 半 of another unit is no length)."""
    if m["n"] == "半":  # 半个工作日, 半天, 半日, 半小时: half the unit (h325 F3: none; 半个月 stays none, no half a month in XSD)
        return (6, "个月") if m["u"] == "年" else (0.5, m["u"]) if m["u"] in HALVED_UNITS else None
    return parse_number(m["n"]), m["u"]


def _cut_to_less(text: str, m: re.Match, at: int) -> bool:
    """由20个工作日至15个工作日 after the cut's verb: a shorter time of the same unit (or 当场办结) after the bare 至."""
    if not CUT_EARLIER.search(text, max(0, m.start() - 40), m.start()) or not (after := CUT_TO_AFTER.match(text, at)):
        return False
    return after["n"] is None or after["u"] == m["u"] and parse_number(after["n"]) < _length(m)[0]


def _duration(m: re.Match, span_of, bound: str, superseded: bool = False) -> Period:
    n, unit = _length(m)
    working = "工作日" in unit
    return Period(span_of(m.start(), m.end()), "duration", duration=xsd_duration(n, XSD_UNIT[unit], working),
                  working_days=working, bound=bound, superseded=superseded)


@lru_cache(maxsize=256)  # asked once a clause, of the document's one title
def is_standing_rule(title: str | None) -> bool:
    """A title naming a rule that applies year after year (also a notice issuing one: 关于印发《…办法》的通知)."""
    title = re.sub(r"\s", "", title or "")
    one_year = ONE_YEARS_RULE.search(title) and not re.search(r"\d{4}[—–\-－至~～]\d{4}", title)
    return bool(STANDING_RULE_TITLE.search(title)) and not one_year


# a date in Chinese numerals (二〇二三年九月底前, 二〇二四年十二月三十一日前), as printed notices date in their text too
CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
CN_DAY = r"三十一?|[二]?十[一二三四五六七八九]?|[一二三四五六七八九]"
CN_DATE = re.compile(rf"(?P<y>[一二三四五六七八九〇○零]{{4}})\s*(?P<ny>年)(?:\s*(?P<m>{CN_MONTH})\s*(?P<nm>月)(?:\s*(?P<d>{CN_DAY})\s*(?P<nd>日))?)?"
                     # …至十二月三十一日: the second date of a span, its year the first's
                     rf"|(?<=至)\s*(?P<m2>{CN_MONTH})\s*(?P<nm2>月)(?:\s*(?P<d2>{CN_DAY})\s*(?P<nd2>日))?")


def _in_digits(m: re.Match) -> tuple[str, list[int]]:
    """A date in Chinese numerals written in digits, with the index in the text of each character written: a number's
    digits its numeral's characters, the last its last (二〇二三 2023, 三十一 31), 年 / 月 / 日 their own."""
    out, where = [], []
    for number, word in (("y", "ny"), ("m", "nm"), ("d", "nd"), ("m2", "nm2"), ("d2", "nd2")):
        if m[number] is None:
            continue
        digits = str(cn_to_number(m[number]))
        start, end = m.span(number)
        out += [digits, m[word]]
        where += [min(start + k, end - 1) for k in range(len(digits) - 1)] + [end - 1, m.start(word)]
    return "".join(out), where


def extract_periods(text: str, span_of, issue_date: dt.date | None, standing_rule: bool = False,
                    restated: bool = False, rounds_from: dt.date | None = None) -> list[Period]:
    """``standing_rule``: the clause belongs to a rule applied every year (``is_standing_rule``); ``restated``: the text
    restates another's words (an interpretation's 自印发之日起施行 is the measures' issue, not its own: h151); ``rounds_from``:
    the day the text is in force, where later than its issue, the year its yearly rounds begin in."""
    if "年" in text and CN_DATE.search(text):  # read in digits, the spans as printed
        written = len(text)
        text, where = rewrite(CN_DATE, text, _in_digits)
        span_of = spans_through(span_of, where, written)
    periods: list[Period] = []
    # a cited title's years are the cited plan's (《…方案（2023—2025年）》), not this clause's
    taken: list[tuple[int, int]] = [m.span() for m in CITED_TITLE.finditer(text)]
    # (…中的“2023年12月31日前”修改为“…”: the old words, no longer in force: marked superseded, z395 and h191)
    replaced = [span_of(*m.span()) for m in REPLACED_WORDS.finditer(text)]

    def free(m: re.Match) -> bool:
        return all(m.end() <= s or m.start() >= e for s, e in taken)

    labelled_days: set[dt.date] = set()  # the days a time column's label gives

    def add(m: re.Match, period: Period) -> None:
        taken.append((m.start(), m.end()))
        if period.kind == "deadline" and period.end is not None:
            labelled = bool(LABELLED_AGAIN.search(text, max(0, m.start() - LABEL_REACH), m.start()) or LABEL_OPENS.match(text, m.start()))
            same_day = any(p.kind == "deadline" and p.end == period.end for p in periods)
            if same_day and (labelled or period.end in labelled_days):
                return  # …10月底前完成…（…；完成时限：2023年10月底前）: the task's day labelled again, one deadline (h168: two)
            if labelled:
                labelled_days.add(period.end)
        periods.append(period)

    def _add_start(m: re.Match, begin: dt.date | None, end_at: int | None = None) -> None:
        """A start, or with the term stated after it an interval (自2023年7月1日起施行，有效期至…); ``end_at``: where the
        start's words end, past ``m`` (自发布之日起30日后施行)."""
        end_at = m.end() if end_at is None else end_at
        term = IN_FORCE_TERM.match(text, end_at)
        if not term:
            taken.append((m.start(), end_at))
            periods.append(Period(span_of(m.start(), end_at), "from", begin))
            return
        taken.append((m.start(), term.end()))
        span = span_of(m.start(), term.end())
        if term["vn"]:
            years = int(parse_number(term["vn"]))
            end = add_duration(begin, years, "年") if begin else None
            periods.append(Period(span, "interval", begin, end, f"P{years}Y"))
        else:
            p = next(p for p in "vwx" if term[p + "y"])
            end = _valid(_ceil, term[p + "y"], term[p + "m"], term[p + "d"])
            periods.append(Period(span, "interval", begin, end))

    for m in matches(YEARLY_WINDOW, text, NEEDLES):
        if DEFINED_AS.search(text, max(0, m.start() - 4), m.start()):
            taken.append(m.span())  # 本办法所称年度是指每年1月1日至12月31日: what a word means, no window (a review)
        elif free(m) and issue_date and (end := _this_or_next_year(issue_date, m["m2"], m["d2"])):
            add(m, Period(span_of(m.start(), m.end()), "recurring", _window_begin(m, end), end, "P1Y"))
            second = SECOND_WINDOW.match(text, m.end())  # …至4月30日和9月1日至10月31日 (a blind test: the second lost)
            if second and (end := _this_or_next_year(issue_date, second["m2"], second["d2"])):
                add(second, Period(span_of(second.start("m1"), second.end()), "recurring", _window_begin(second, end), end, "P1Y"))
    for m in matches(YEARLY_DAY, text, NEEDLES):  # 在每年5月19日“中国旅游日”当天: a day of every year, the coming one (h208)
        if free(m) and issue_date and (day := _this_or_next_year(issue_date, m["m"], m["d"])):
            add(m, Period(span_of(m.start(), m.end()), "recurring", day, day, "P1Y"))
    for m in matches(YEARLY_CUTOFF, text, NEEDLES):  # 申报截止时间为每年3月25日: due every year, first the coming one (h322 F5)
        if free(m) and issue_date and not QUALIFIES.match(text, m.end()) and (day := _this_or_next_year(issue_date, m["em"], m["ed"])):
            add(m, Period(span_of(m.start(), m.end()), "recurring", end=day, duration="P1Y"))
    for m in matches(MONTHLY_WINDOW, text, NEEDLES):  # 申报时间：每月1日至10日: every month's window, the coming one (h197)
        if free(m) and issue_date and 1 <= int(m["d1"]) <= int(m["d2"]) <= 31:
            month = issue_date.replace(day=1) if int(m["d2"]) >= issue_date.day else add_months(issue_date.replace(day=1), 1)
            last = calendar.monthrange(month.year, month.month)[1]
            add(m, Period(span_of(m.start(), m.end()), "recurring", month.replace(day=min(int(m["d1"]), last)),
                          month.replace(day=min(int(m["d2"]), last)), "P1M"))
    for m in matches(NEXT_QUARTER_DUE, text, NEEDLES):  # 于次季度首月20日前报送上季度…: due again every quarter (h167: none)
        if free(m) and issue_date:
            quarter_after = add_months(dt.date(issue_date.year, (issue_date.month - 1) // 3 * 3 + 1, 1), 3)
            add(m, Period(span_of(m.start(), m.end()), "recurring", end=_valid(_ceil, str(quarter_after.year), str(quarter_after.month), m["d"]),
                          duration="P3M"))
    for m in matches(YEARLY_MONTHS, text, NEEDLES):
        if free(m) and issue_date and (end := _this_or_next_year(issue_date, m["m2"], None)):
            begin = _valid(_floor, str(end.year if int(m["m1"]) <= int(m["m2"]) else end.year - 1), m["m1"], None)
            add(m, Period(span_of(m.start(), m.end()), "recurring", begin, end, "P1Y"))
    for m in matches(YEARLY_PAIR_DUE, text, NEEDLES):
        taken.append((m.start(), m.end()))
        second = _this_or_next_year(issue_date, m["em2"], m["ed2"]) if issue_date else None
        periods.append(Period(span_of(m.start(), m.start("em2")), "recurring", end=_first_yearly_due(m, issue_date), duration="P1Y"))
        periods.append(Period(span_of(m.start("em2"), m.end()), "recurring", end=second, duration="P1Y"))
    for m in matches(YEARLY_DUE_TOO, text, NEEDLES):  # 每年6月底前和12月底前: the second day is due every year too
        taken.append((m.start("em"), m.end()))
        periods.append(Period(span_of(m.start("em"), m.end()), "recurring", end=_first_yearly_due(m, issue_date), duration="P1Y"))
    for m in matches(RANGE_RE, text, NEEDLES):
        begin = _valid(_floor, m["ay"], m["am"], m["ad"])
        if m["by"]:
            end = _valid(_ceil, m["by"], m["bm"], m["bd"])
        elif m["cm"]:
            end = _valid(_ceil, m["ay"], m["cm"], m["cd"])
        else:
            end = _valid(_ceil, m["ay"], m["am"], m["dd"])
        add(m, Period(span_of(m.start(), m.end()), "interval", begin, end))
    for m in matches(WHOLE_YEAR_TERM, text, NEEDLES):
        if free(m):
            year = int(m["y"] or m["y2"] or m["y3"])
            add(m, Period(span_of(m.start(), m.end()), "interval", dt.date(year, 1, 1), dt.date(year, 12, 31)))
    for m in matches(SEASON_WINDOW, text, NEEDLES) if issue_date else ():
        if (free(m) and not YEAR_BEFORE_SEASON.search(text, max(0, m.start() - 12), m.start())
                and (end := _this_or_next_year(issue_date, m["m2"], m["d2"]))):
            add(m, Period(span_of(m.start("days"), m.end("days")), "recurring", _window_begin(m, end), end, "P1Y"))
    for m in matches(YEARLESS_WINDOW, text, NEEDLES) if issue_date else ():
        if free(m) and (end := _yearless_window_end(text, m, issue_date)):
            add(m, Period(span_of(m.start(), m.end()), "interval", _window_begin(m, end), end))
    for m in matches(YEARLESS_MONTHS, text, NEEDLES) if issue_date else ():
        if free(m) and (end := _yearless_window_end(text, m, issue_date)):
            add(m, Period(span_of(m.start(), m.end()), "interval", _window_begin(m, end), end))
    for m in matches(SCHEDULE_MONTH, text, NEEDLES) if issue_date else ():
        if free(m) and _schedule_step(text, m) and (window := _schedule_month(m, issue_date)):
            add(m, Period(span_of(*m.span("when")), "interval", *window))
    for m in matches(STAGE_MONTH, text, NEEDLES):
        begin, end = _valid(_floor, m["y"], m["m"], None), _valid(_ceil, m["y"], m["m"], None)
        if free(m) and begin and end:
            add(m, Period(span_of(m.start("date"), m.end("date")), "interval", begin, end))
    for m in matches(YEAR_RANGE_RE, text, NEEDLES):
        if free(m) and text.endswith(COMPARED_WITH, 0, m.start()):
            taken.append(m.span())  # 比2023—2024年秋冬季减少…: a season compared with, no period (z240)
        elif free(m) and int(m["y2"]) == int(m["y1"]) + 1 and SEASON_OVER_THE_NEW_YEAR.match(text, m.end()):  # (not 2023—2025年冬季…)
            taken.append(m.span())  # 2023—2024年采暖期: one winter's season over the new year, not two whole years (h301 F7)
        elif free(m):
            add(m, Period(span_of(m.start(), m.end()), "interval", _floor(m["y1"], None, None), _ceil(m["y2"], None, None)))
    issued = None if restated else issue_date  # the day 自印发之日起 counts from
    for m in matches(FROM_ISSUE_RE, text, NEEDLES):
        if not free(m):
            continue
        span = span_of(m.start(), m.end())
        later = STARTS_LATER.match(text, m.end()) if m["n"] else None
        if later:  # 自发布之日起30日后施行: in force from that day on (a blind test: read as the 30 days after it)
            n, unit = int(parse_number(m["n"])), m["u"]
            first = add_duration(issued, n, unit) + dt.timedelta(days=1) if issued and unit != "工作日" else None  # (the day after)
            _add_start(m, first, later.end())
        elif m["n"]:
            n, unit = int(parse_number(m["n"])), m["u"]
            duration = f"P{n}{XSD_UNIT[unit]}"
            end = add_duration(issued, n, unit) if issued and unit != "工作日" else None
            add(m, Period(span, "interval", issued, end, duration, unit == "工作日"))
        elif m["ey"]:
            add(m, Period(span, "interval", issued, _valid(_ceil, m["ey"], m["em"], m["ed"])))
        elif _another_text_ends(text, m.start(), m.end()):
            taken.append(m.span())  # …文件自本通知印发之日起不再执行: the day another text ends, this one's start (h214)
        elif issued or IN_FORCE_TERM.match(text, m.end()):
            _add_start(m, issued)
        else:
            taken.append(m.span())  # (an interpretation's 自印发之日起施行 alone: no day known)
    for m in matches(FROM_QUARTER_RE, text, NEEDLES):
        if free(m):
            _add_start(m, dt.date(int(m["qy"]), 3 * QUARTER[m["q"]] - 2, 1))
    for m in matches(FROM_RE, text, NEEDLES):
        if free(m):
            _add_start(m, _valid(_floor, m["fy"], m["fm"], m["fd"]))
    amended_words = [m.span(g) for m in AMENDED_WORDS.finditer(text) for g in ("old", "new") if m[g]] if "为“" in text else []
    for m in matches(DEADLINE_RE, text, NEEDLES):
        measure_term = _a_measures_term(text, m.start()) or (any(s < m.start() and m.end() < e for s, e in amended_words)
                                                             and VALID_UNTIL.search(text, 0, m.start()) is not None)
        if (free(m) and not re.match(r"\s*(?:年度|届)", text[m.end() :]) and (measure_term or not VALID_UNTIL.search(text, 0, m.start()))
                and not _year_of_account(text, m)):
            day = _valid(_ceil, m["ty"], m["tm"], _day_of_month(m["td"], m["txun"]))  # (于2024年8月中旬: the 20th)
            until = m.group().startswith(("至", "到")) or m.group().startswith("截至") and text.endswith("期限", 0, m.start())
            paid_until = (PAID_UNTIL.search(text, 0, m.start()) and not m.group().endswith("前")
                          and not OVERDUE_AFTER.match(text, m.end()))
            term_labelled = TERM_LABELLED.match(m.group()) and not DUE_VERB.match(text, m.end())  # (实施期限：…前完成: due)
            if measure_term or term_labelled or until and (TERM_UNTIL.search(text, 0, m.start()) or paid_until or not m.group().endswith("前")
                                                       and CONTINUED_UNTIL.search(text, max(0, m.start() - 36), m.start())):
                add(m, Period(span_of(m.start(), m.end()), "interval", None, day))
                continue
            cut_off = m.group().startswith(("截至", "截止"))
            if _no_due_date(text, m, day, issue_date) or _names_who_qualifies(text, m):
                continue
            if not (cut_off and _as_of(text, m.end(), day, issue_date)):
                add(m, Period(span_of(m.start(), m.end()), "deadline", None, day))
    for m in matches(YEAR_END_OPENS, text, NEEDLES):
        if free(m):
            add(m, Period(span_of(m.start("y"), m.end()), "deadline", None, dt.date(int(m["y"]), 12, 31)))
    for m in matches(DATE_END_THEN_DUE, text, NEEDLES):
        day = _valid(_ceil, m["y"], m["m"], None)
        if free(m) and day and (PART_TASK.match(text, m.end()) or (PART_RESULT.match(text, m.end()) or OBJECT_THEN_TASK.match(text, m.end()))
                                and issue_date and day > issue_date):
            add(m, Period(span_of(m.start("y"), m.end()), "deadline", None, day))
    for m in matches(DATE_BEFORE_RE, text, NEEDLES):
        day = _valid(_ceil, m["uy"], m["um"], _day_of_month(m["ud"], m["uxun"]))
        if free(m) and _due(text, m.end()) and not _names_who_qualifies(text, m):
            if _long_past(day, issue_date):
                taken.append(m.span())  # (a past date's 年底前 is no deadline of the document's year either)
                continue
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, day))
    for m in matches(DATE_IN_SLOT_RE, text, NEEDLES):
        if free(m):
            add(m, Period(span_of(m.start("sy"), m.end()), "deadline", None, _valid(_ceil, m["sy"], m["sm"], m["sd"])))
    for listed in matches(LISTED_DUE_RE, text, NEEDLES):
        if not _due(text, listed.end()) or EVERY_BEFORE.search(text, max(0, listed.start() - 4), listed.start()):
            continue  # 2023年1月1日、2月1日前注册的企业: who qualifies; 每年6月30日、12月31日前: recurring
        year = str(issue_date.year) if issue_date else None  # 于6月30日、12月20日前: the document's year
        for m in LISTED_DATE.finditer(text, listed.start(), listed.end()):
            year = m["y"] or year
            if year and free(m):
                add(m, Period(span_of(m.start(), m.end()), "deadline", None, _valid(_ceil, year, m["m"], m["d"])))
    for m in matches(MONTH_BEFORE_RE, text, NEEDLES):
        if EVERY_BEFORE.search(text, max(0, m.start() - 6), m.start()) or EVERY_PERIOD_THEN_BY.search(text, max(0, m.start() - 6), m.start() - 1):
            continue  # 于每年 / 6月30日前 (a line between), 每年须于3月31日前: due every year (RECURRING_DUE_RE's)
        if free(m) and issue_date and _due(text, m.end()):
            if m["vm"] and (YEARLY_BEFORE_IN_LIST.search(text, max(0, m.start() - 40), m.start())  # 每年3月31日前申报、6月30日前拨付
                            or _after_a_yearly_due(text, m.start())):
                add(m, Period(span_of(m.start(), m.end()), "recurring", end=_month_deadline(m, issue_date), duration="P1Y"))
                continue
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, _month_deadline(m, issue_date, text)))
    for m in matches(MONTH_DUE_RE, text, NEEDLES):
        if free(m) and issue_date and (verb := DUE_VERB.match(text, m.end())) and not _done_or_yearly(text, m.start(), verb.end()):
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, _month_deadline(m, issue_date, text)))
    for m in matches(CUTOFF_MONTH_RE, text, NEEDLES):
        sentence = max(text.rfind(stop, 0, m.start()) for stop in "。；;\n") + 1
        if (free(m) and issue_date and not EVERY_PERIOD_BEFORE.search(text, sentence, m.start())  # (每年…截止: recurs)
                and not QUALIFIES.match(text, m.end())):  # (登记失业截止时间为6月30日的人员: who qualifies)
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, _month_deadline(m, issue_date)))
    relative = [m for m in matches(RELATIVE_BEFORE_RE, text, NEEDLES) if _due(text, m.end())]
    relative += list(matches(RELATIVE_BY_RE, text, NEEDLES))  # 最迟不晚于次年3月31日 (h266 F8: none)
    for m in relative:
        if free(m) and issue_date and not _year_after_an_event(text, m):
            year = str(issue_date.year + RELATIVE_YEAR[m["rel"]])
            day = _valid(_ceil, year, None, None) if m["re"] else _valid(_ceil, year, m["rm"], m["rd"])
            if (RELATIVE_YEAR[m["rel"]] and _in_a_yearly_round(text, m.start())  # 每年…，于次年1月底前拨付: the year after each round (z266)
                    or standing_rule and m["rel"] in CYCLE_YEARS):  # a 细则's 项目单位应于当年5月31日前申报 (z392)
                if rounds_from and rounds_from.year > issue_date.year:  # (issued 2023-12, in force from 2024: the first round
                    year = str(rounds_from.year + RELATIVE_YEAR[m["rel"]])  # 2024's, its 次年 2025: h308 F8)
                    day = _valid(_ceil, year, None, None) if m["re"] else _valid(_ceil, year, m["rm"], m["rd"])
                add(m, Period(span_of(m.start(), m.end()), "recurring", end=day, duration="P1Y"))
            else:
                add(m, Period(span_of(m.start(), m.end()), "deadline", None, day))
    for m in matches(PART_OF_YEAR_RE, text, NEEDLES):
        if (free(m) and not m["py"] and issue_date and re.search(r"每年\s*$", text[max(0, m.start() - 4) : m.start()])
                and not COMPARED_PART.search(text, max(0, m.start() - 6), m.start()) and not COMPARED_AFTER.match(text, m.end())):
            # 每年第一季度末前申报, 每年第一季度集中兑现 (a blind test: none), 每年上半年: again every year, first at the coming
            # quarter's (half's) end
            add(m, Period(span_of(m.start() - 2, m.end()), "recurring", end=_part_end(m, issue_date), duration="P1Y"))
        elif free(m) and (issue_date or m["py"]) and _part_due(text, m, issue_date):
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, _part_end(m, issue_date)))
    for m in matches(YEAR_WITHIN_RE, text, NEEDLES):
        if free(m) and not ALREADY.match(text, m.end()) and (SUBJECT_THEN_DUE.match(text, m.end()) or _year_opens_its_phrase(text, m)):
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, dt.date(int(m["y"]), 12, 31)))
    for m in matches(WITHIN_THE_YEAR_RE, text, NEEDLES):
        if free(m) and issue_date and (SUBJECT_THEN_DUE.match(text, m.end()) or _year_opens_its_phrase(text, m)):
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, dt.date(issue_date.year, 12, 31)))
    for m in matches(WHOLE_YEAR_DUE, text, NEEDLES):
        if free(m) and issue_date:
            add(m, Period(span_of(m.start("year"), m.end("year")), "deadline", None, dt.date(issue_date.year, 12, 31)))
    for m in matches(PLAN_END_RE, text, NEEDLES):
        as_of = re.search(r"(?:截至|截止)\s*$", text[: m.start()]) and _as_of(text, m.end(), _plan_end(m), issue_date)
        if free(m) and not as_of:  # 截至“十三五”末，全市已建成…: a count as of that day
            add(m, Period(span_of(m.start(), m.end()), "deadline", None, _plan_end(m)))
    for m in matches(MIXED_DURATION_RANGE, text, NEEDLES):
        if free(m) and m["u1"] != m["u2"]:
            span = span_of(m.start(), m.end())
            taken.append((m.start(), m.end()))
            periods.append(Period(span, "duration", duration=xsd_duration(int(m["n1"]), XSD_UNIT[m["u1"]]), bound="min"))
            periods.append(Period(span, "duration", duration=xsd_duration(int(m["n2"]), XSD_UNIT[m["u2"]]), bound="max"))
    bands = list(SERVICE_BAND.finditer(text)) if "满" in text else []
    for m in matches(DURATION_RANGE_RE, text, NEEDLES):
        if free(m) and not any(b.start() <= m.start() < b.end() for b in bands):
            unit = XSD_UNIT[m["u"]]
            working = "工作日" in m["u"]
            span = span_of(m.start(), m.end())
            taken.append((m.start(), m.end()))
            periods.append(Period(span, "duration", duration=xsd_duration(int(m["n1"]), unit), working_days=working, bound="min"))
            periods.append(Period(span, "duration", duration=xsd_duration(int(m["n2"]), unit), working_days=working, bound="max"))
    replacing = None  # where the time a change replaces gives way to the new one, and its bound
    listed_after = None  # where the last duration read ends, and its bound
    limits_at: dict[str, list[int]] = {}  # each length's ends in the text, for a limit restated as a condition
    for m in matches(DURATION_RE, text, NEEDLES):
        if not free(m):
            continue
        if m["u"] == "年" and re.match(r"\d{4}$", m["n"]):
            continue  # a calendar year, not a duration
        if (m["u"] == "年" and m["n"] == "一" and m.start() > 0 and text[m.start() - 1] in "上下"
                and text[m.start() - 2 : m.start() - 1] != "以"):  # (not 六个月以上一年以下: the review)
            continue  # 上一年度实际还款本息额, 下一年: the year before or after, no length (h300 F4: a year's duration)
        bounded_before = text[max(0, m.start() - 8) : m.start()]
        if (REPLACED_BEFORE.search(bounded_before) and (change := REPLACED_AFTER.match(text, m.end())) and _length(m)
                and not (m["u"] in ("日", "天") and DAY_OF_MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start() - 1))
                and (not change["bare"] or _cut_to_less(text, m, change.end()))):
            bound = "max" if m["after"] in WITHIN or change["limit"] or change["limit2"] or change["bare"] else "exact"  # a limit cut was one
            if change["limit"] == "延长" and not m["after"] and LEAVE_IN_PHRASE.search(text, max(0, m.start() - 20), m.start()):
                bound = "exact"  # 产假由60天延长至90天: a leave lengthened, granted as long as it says (h274 F6)
            add(m, _duration(m, span_of, bound, superseded=True))
            replacing = (change.end(), bound)
            continue
        if replacing and not text[replacing[0] : m.start()].strip() and _length(m):
            # …调整为5个工作日: what now applies, bounded as the time it replaces
            add(m, _duration(m, span_of, "max" if m["after"] in WITHIN else replacing[1]))
            continue
        cut_to = CUT_TO_BEFORE.search(text, max(0, m.start() - CUT_TO_REACH), m.start()) is not None
        if m["u"] in ("日", "天") and not m["after"] and not (MAX_BEFORE.search(bounded_before) or MIN_BEFORE.search(bounded_before)
                                                            or bounded_before.rstrip().endswith(("连续", "持续"))  # (活动持续15天: h249)
                                                            or LEAD_BEFORE.search(bounded_before) or _notice_lead(text, m, bounded_before)
                                                            or NAMED_TERM_BEFORE.search(bounded_before) or cut_to
                                                            or VALID_SINCE_EVENT.search(text, max(0, m.start() - VALID_SINCE_REACH), m.start())
                                                            or bounded_before.rstrip().endswith("延长")
                                                            or DAY_HANDLED_IN.match(text, m.end())
                                                            or LEAVE_BEFORE.search(bounded_before)
                                                            or SUSPENDED_FOR.search(bounded_before) and PHRASE_CLOSES.match(text, m.end())
                                                            or PROCEDURE_BEFORE.search(bounded_before) and not DAY_DUE_AFTER.match(text, m.end())):
            continue  # 1日 in a date, not a duration
        if m["u"] == "日" and MONTH_RIGHT_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # 2023 年5 月10 日内蒙古自治区…: a date's day, then a word (h240: 10 日内 a duration in 7 of 12 items)
        if (length := _length(m)) is None:
            continue
        n, unit = length
        before = text[max(0, m.start() - 8) : m.start()]
        if SINCE_EVENT.search(before) and not DONE_WITHIN.match(text, m.end()) and not TERM_NAMED_AFTER.match(text, m.end()):
            continue  # (not 设立6个月的缓缴期: a term set up, h144)
        if DISTANCE_BEFORE.search(text, max(0, m.start() - DISTANCE_REACH), m.start()):
            continue  # 距法定退休年龄不足5年的人员: who qualifies, no term (h237)
        if USAGE_AFTER.match(text, m.end()):
            continue  # 处方量不超过30日用量: a quantity of medicine, no term (h264 F9)
        if (REACHED_BEFORE.search(before) and REACHED_AFTER.match(text, m.end())
                or FROM_DAY_REACHED_BEFORE.search(before) and CONDITION_CLOSES.match(text, m.end())):
            continue
        if PAST_RECORD_BEFORE.search(before) or before.endswith("连续") and (PAST_RECORD_AFTER.match(text, m.end())
                                                                             or CONTINUOUS_RECORD_AFTER.match(text, m.end())
                                                                             and not BASIS_OF_PAYMENT_AFTER.match(text, m.end())):
            continue  # (对连续三年在我市举办的品牌展会: what has been done so long says which, no term: h317 F6)
        if EVERY_COMPLETED_BEFORE.search(before):
            continue
        if (any(b.start() <= m.start() < b.end() for b in bands)
                or SERVICE_TIER_OPENS.search(text, 0, m.start()) and SERVICE_TIER_CLOSES.match(text, m.end())):
            continue
        if ONCE_WORTH_BEFORE.search(before):
            continue
        if SHORT_OF_BEFORE.search(before) and COUNTED_AS_AFTER.match(text, m.end()):
            continue  # 不足一天的，按半天计发: a rule of counting, the unit's length no term of the clause (h299 F9)
        after = m["after"] or ""
        if TIME_LIMIT_BEFORE.search(before) and text.startswith("的", m.end()):
            continue  # 法定时限为45日的事项: which items, not the clause's own limit
        if after in (*WITHIN, "以下"):
            bound = "max"
        elif (after == "以上" or MIN_BEFORE.search(before) or LEAD_BEFORE.search(before)  # before 期限 in MAX_BEFORE: 租赁期限不低于5年
              or _notice_lead(text, m, before)):
            bound = "min"
        elif MAX_BEFORE.search(before) and not TERM_STATED.search(before) or cut_to:
            bound = "max"
        elif (EXACT_BEFORE.search(before) or PROCEDURE_BEFORE.search(before) or text[m.end() : m.end() + 2] in ("期限", "期的")
              or TERM_NAMED_AFTER.match(text, m.end())
              or FIRST_YEARS_BEFORE.search(before) and RELIEF_AFTER.match(text, m.end())
              or SPLIT_OVER_BEFORE.search(before) and SPLIT_PAID_AFTER.match(text, m.end())
              or PAID_FOR.search(before) and (text.startswith("的", m.end()) or PAYMENT_NAMED_AFTER.match(text, m.end()))
              or PAID_OVER.search(before) and PHRASE_CLOSES.match(text, m.end())  # (…生活补贴，发放3年；: h265 F7)
              or RELIEF_FOR.search(before) or LEAVE_BEFORE.search(before)
              or SUSPENDED_FOR.search(before) and PHRASE_CLOSES.match(text, m.end())):
            bound = "exact"
        elif DONE_WITHIN.match(text, m.end()) and m["u"] not in ("年", "周"):
            bound = "max"  # 抵押登记1个工作日办结
        elif listed_after and LISTED_GAP.fullmatch(text, listed_after[0], m.start()):
            bound = listed_after[1]  # 分别不超过4个工作日、5个工作日: the list's next, bounded alike (a blind test: lost)
        elif (text[m.start() - 1 : m.start()] == "“" and QUOTED_LENGTH_CHANGED.match(text, m.end())
              or QUOTED_LENGTH_PUT_IN.search(text, max(0, m.start() - 6), m.start()) and text.startswith("”", m.end())):
            bound = "exact"  # 将第二十条中的“30个工作日”修改为“15个工作日”: the length an amendment replaces and puts in (h199)
        elif LIMIT_FROM_AN_EVENT.search(text, max(0, m.start() - LIMIT_LABEL_REACH), m.start()):
            bound = "max"  # 办理时限：受理之日起5个工作日。: a time limit counted from the event (h237: none)
        elif VALID_SINCE_EVENT.search(text, max(0, m.start() - VALID_SINCE_REACH), m.start()):
            bound = "exact"  # 消费券有效期为领取后7天: valid that long from the event (h267 F7)
        else:
            continue  # a bare number of years (三年百万青年见习计划) is not a duration of this clause
        working = "工作日" in unit
        listed = LISTED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if listed and free(listed):  # 分别压缩至3个和5个工作日以内: the first shares the unit and bound
            add(listed, Period(span_of(listed.start("n"), listed.end("n")), "duration", duration=xsd_duration(parse_number(listed["n"]), XSD_UNIT[unit], working),
                               working_days=working, bound=bound))
        period = _duration(m, span_of, bound)
        restated = RESTATED_AS_A_CONDITION.match(text, m.end())
        if restated and any(restated["act"][:2] in text[end : m.start()] for end in limits_at.get(period.duration, [])[-1:]):
            # …二十个工作日内作出决定；二十个工作日内不能作出决定的，…: the nearest equal limit again, its action named (a
            # blind test: twice; not …30日内补正材料；行政机关30日内未作出决定的: another's, a review)
            taken.append(m.span())
            continue
        if SHORT_OF_BEFORE.search(before) and limits_at.get(period.duration) and CONDITION_AHEAD.match(text, m.end()):
            # …持续提供服务不少于5年，未满5年停止提供的，按比例退回: the term read before, restated as the condition of
            # falling short of it (h274 F11: two)
            taken.append(m.span())
            continue
        add(m, period)
        limits_at.setdefault(period.duration, []).append(m.end())
        listed_after = (m.end(), bound)
    for m in matches(INSTANT_RE, text, NEEDLES):
        at = m.start("now") if m["now"] else m.start("day")
        after_a_comma = not text[m.start() : at].strip()
        if free(m) and (not after_a_comma or CLOSES_ITS_PHRASE.match(text, m.end())):
            add(m, _no_time(m, span_of(at, m.end())))
    for m in matches(INSTANT_CLOSING, text, NEEDLES):
        if free(m) and QUOTE_CLOSES_ITS_PHRASE.match(text, m.end()) and not NEGATED.search(text, max(0, m.start() - 6), m.start()):
            add(m, _no_time(m, span_of(m.start(), m.end())))
    for m in [*matches(ONGOING_RE, text, NEEDLES), *matches(ONGOING_IN_BRACKET, text, NEEDLES), *matches(ONGOING_TASK, text, NEEDLES)]:
        if free(m):
            add(m, Period(span_of(m.start(), m.end()), "ongoing"))
    for m in matches(ONGOING_AFTER_RE, text, NEEDLES):
        tail = next(group for group in ("tail", "tail2", "tail3") if m[group])
        taken.append(m.span(tail))
        periods.append(Period(span_of(m.start(tail), m.end(tail)), "ongoing"))
    for m in matches(RECURRING_DUE_RE, text, NEEDLES):
        if free(m):
            first = _first_due(m, issue_date)  # 每年12月20日前, 每月10日前: the first day it falls due too
            add(m, Period(span_of(m.start(), m.end()), "recurring", end=first, duration=EVERY[m["every"]]))
    labelled = set()  # how often the task's time column says it recurs
    due_every = {p.duration for p in periods if p.kind == "recurring" and p.end is not None}
    after_start = [m for m in matches(RECURRING_AFTER_START, text, NEEDLES) if LABELLED_START_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    for m in [*matches(RECURRING_RE, text, NEEDLES), *matches(RECURRING_IN_BRACKET, text, NEEDLES), *after_start]:
        if free(m):
            every = _how_often(text, m)
            labelled.add(every)
            if every in due_every:  # 申报时间：按季度申报，每季度首月10日前提交: the label's frequency, dated already (a blind test)
                taken.append(m.span())
                continue
            if not _due_days_after_the_period(text, m, every, issue_date, periods, taken, span_of):  # (申报时间：每季度结束后15日内: h197)
                add(m, Period(span_of(m.start(), m.end()), "recurring", duration=every))
    for m in matches(WEEKDAYS, text, NEEDLES):  # 每周六上午9:00—12:00开放: every week, on that day
        if free(m):
            add(m, Period(span_of(m.start(), m.end()), "recurring", duration="P1W"))
    for m in matches(CADENCE_LIST, text, NEEDLES):  # 月调度、季通报、年考核: each done again every month, quarter, year
        for word in CADENCE_WORD.finditer(text, m.start(), m.end()):
            if free(word):
                add(word, Period(span_of(word.start(), word.end()), "recurring", duration=EVERY[word["every"]]))
    for m in matches(RECURRING_TASK_RE, text, NEEDLES):
        every = _how_often(text, m)
        if free(m) and every not in labelled:  # 每季度组织一次… （时限：每季度）: one task, once (a blind test)
            month = MONTH_OF_THE_YEAR.match(text, m.end()) if m["every"] == "年" and issue_date else None
            if month and (end := _this_or_next_year(issue_date, month["m"], None)):  # 于每年5月发布: the coming May (a blind test)
                add(m, Period(span_of(m.start(), month.end()), "recurring", end.replace(day=1), end, every))
                while (listed := LISTED_MONTH.match(text, month.end())) and (end := _this_or_next_year(issue_date, listed["m"], None)):
                    month = listed  # 每年5月、11月集中开展…: each month listed, every year (h225: none)
                    add(listed, Period(span_of(listed.start("m"), listed.end()), "recurring", end.replace(day=1), end, every))
            elif _due_days_after_the_period(text, m, every, issue_date, periods, taken, span_of):
                pass
            else:
                end = _next_month_due(text, m, issue_date) if issue_date else None
                add(m, Period(span_of(m.start(), m.end()), "recurring", end=end, duration=every))
    periods.sort(key=lambda p: p.span.start)
    _first_dues_from_the_start(periods, {span_of(m.end(), m.end() + 1).start for m in STAGE_DATED.finditer(text)})
    _dues_after_a_first_deadline(periods, {span_of(m.end(), m.end() + 1).start for m in THEREAFTER.finditer(text)})
    for n, p in enumerate(periods):
        if any(r.start <= p.span.start and p.span.end <= r.end for r in replaced):
            periods[n] = replace(p, superseded=True)
    return periods


def _first_dues_from_the_start(periods: list[Period], stages: set[int] = frozenset()) -> None:
    """2024年起每年12月底前报送: a yearly due date read before a start stated before it falls on or after that start (h156:
    2023-12-31, before the duty begins), and after a yearly round's start just before it (每年1月启动，3月底前完成), in place;
    a monthly (quarterly, half-yearly) one too, and after an interval's start (项目实施期限自2024年6月1日起至…止。…须于每月5日前
    报送: h272 F8, 2024-04-05 from the notice's day), anywhere after a stage's dates (组织实施阶段（2024年5月1日至…）。…，
    县商务局每月10日前汇总…: the stage's work, h303 F13: 2024-04-10; ``stages``: where such dates open)."""
    start = None  # the last start read: (its day, where its words end, whether a yearly round's: it moves dues only, a stage's)
    for p in periods:
        if p.kind in ("from", "interval") and p.begin is not None:
            start = (p.begin, p.span.end, False, p.span.start in stages)
        elif (start and not start[2] and p.kind == "recurring" and p.duration in MONTHS_APART and p.end is not None
              and p.end < start[0] and (p.span.start - start[1] <= START_THEN_DUE_GAP or start[3])):
            months = MONTHS_APART[p.duration]
            steps = next(k for k in range(1, 400) if _months_on(p.end, k * months) >= start[0])
            p.end, p.begin = _months_on(p.end, steps * months), _months_on(p.begin, steps * months) if p.begin else None
        elif (start and p.kind == "recurring" and p.duration == "P1Y" and p.end is not None and p.end < start[0]
              and (p.span.start - start[1] <= START_THEN_DUE_GAP or start[3])  # (right after it: not a start read anywhere before)
              and not (start[2] and (p.begin is not None or p.span.text.lstrip().startswith(("每年", "于每年"))))):
              # (…3月1日至4月30日和9月1日至10月31日: the year's second window; 每年3月申报，每年2月底前发布…: its own year, the review)
            years = start[0].year - p.end.year + (1 if (p.end.month, p.end.day) < (start[0].month, start[0].day) else 0)
            p.end, p.begin = _years_on(p.end, years), _years_on(p.begin, years) if p.begin else None
        if p.kind == "recurring" and p.duration == "P1Y" and p.begin is not None:
            start = (p.begin, p.span.end, True, False)  # 每年1月启动，3月底前完成: the yearly round's start, its due after it (h167)


def dues_from_entry_into_force(periods: list[Period], in_force: dt.date) -> None:
    """A text's recurring dues fall due once it is in force: 每月15日前报送 in a 办法 dated 2023-06-12 and in force from
    2023-07-01 is first due 2023-07-15, not 2023-06-15 (h276 F8); in place."""
    for p in periods:
        if p.kind != "recurring" or p.end is None or p.end >= in_force:
            continue
        if p.duration in MONTHS_APART:
            months = MONTHS_APART[p.duration]
            steps = next(k for k in range(1, 400) if _months_on(p.end, k * months) >= in_force)
            p.end, p.begin = _months_on(p.end, steps * months), _months_on(p.begin, steps * months) if p.begin else None
        elif p.duration == "P1Y":
            years = next(k for k in range(1, 100) if _years_on(p.end, k) >= in_force)
            p.end, p.begin = _years_on(p.end, years), _years_on(p.begin, years) if p.begin else None


# 于2024年3月31日前报送…。此后每年1月20日前报送…: a due that recurs after the first deadline, the first of them after it
THEREAFTER = re.compile(r"(?:此后|以后|之后|今后)[，,]?\s*(?=于?每(?:年|月|季度|半年))")


def _dues_after_a_first_deadline(periods: list[Period], thereafter: set[int]) -> None:
    """此后每年1月20日前 after 要于2024年3月31日前报送 (dated 2023-11-30) is first due 2025-01-20, not 2024-01-20, the one
    before the first filing (h297 F8); in place."""
    deadline = None
    for p in periods:
        if p.kind == "deadline" and p.end is not None and not p.superseded:
            deadline = p.end
        elif (deadline and p.kind == "recurring" and p.end is not None and p.end <= deadline
              and any(p.span.start - 1 <= at <= p.span.start for at in thereafter)):
            if p.duration in MONTHS_APART:
                months = MONTHS_APART[p.duration]
                steps = next(k for k in range(1, 400) if _months_on(p.end, k * months) > deadline)
                p.end, p.begin = _months_on(p.end, steps * months), _months_on(p.begin, steps * months) if p.begin else None
            elif p.duration == "P1Y":
                years = next(k for k in range(1, 100) if _years_on(p.end, k) > deadline)
                p.end, p.begin = _years_on(p.end, years), _years_on(p.begin, years) if p.begin else None


START_THEN_DUE_GAP = 12  # characters between 2024年起 and 每年… (，, a space, a subject: 自…起，市人社局每年…, the review)
STAGE_DATED = re.compile(r"阶段\s*[（(]\s*")  # 组织实施阶段（2024年5月1日至2025年4月30日）: a plan's stage, its dates in brackets
MONTHS_APART = {"P1M": 1, "P3M": 3, "P6M": 6}  # a monthly, quarterly or half-yearly due's


def _months_on(day: dt.date, months: int) -> dt.date:
    """``day`` so many months on; a month's last day stays its month's last (每月底前)."""
    last = day.day == calendar.monthrange(day.year, day.month)[1]
    moved = add_months(day, months)
    return moved.replace(day=calendar.monthrange(moved.year, moved.month)[1]) if last else moved


def _years_on(day: dt.date, years: int) -> dt.date:
    """``day`` so many years on (a 29 February as the 28th where the year has none)."""
    return _valid(_ceil, str(day.year + years), str(day.month), str(day.day)) or day.replace(year=day.year + years, day=28)
