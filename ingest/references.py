"""Cross-references: 《title》 and 文号 (辽人社发〔2019〕10号), parsed and classified."""
from __future__ import annotations

import re
from dataclasses import replace

from .identity import DOC_NUMBER_RE, abbreviation_cut, abbreviation_start
from .model import DocNumber, Reference
from .normalize import Paragraph
from .places import NATIONAL_BODIES
from .units import NATIONAL_SHORT_NAMES, NATIONAL_UNITS

# An announcement's number (财政部 税务总局公告2023年第12号, 国家税务总局公告2022年第3号): its issuers are national
# bodies (or a tax bureau), by name, before 公告
_BODY_NAMES = sorted({*NATIONAL_UNITS, *NATIONAL_SHORT_NAMES, *NATIONAL_SHORT_NAMES.values(), *NATIONAL_BODIES}, key=len, reverse=True)
_ISSUER = (r"(?:国家税务总局[\u4e00-\u9fff]{2,10}?税务局|国家[\u4e00-\u9fff]{1,10}?(?:总局|局|委员会|委|署)|"
           + "|".join(map(re.escape, _BODY_NAMES)) + ")")
# a province's or city's body before the national ones of a joint announcement (湖北省财政厅 国家税务总局湖北省税务局公告…: h247,
# the first issuer lost and the number another's); the words before it a cue, not its name (CUE_BEFORE_ISSUERS)
_LOCAL_ISSUER = r"(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区|市)[\u4e00-\u9fff]{2,12}?(?:厅|局|委员会)[ \t\u3000、]*)"
ANNOUNCEMENT_RE = re.compile(rf"(?P<issuers>{_LOCAL_ISSUER}?{_ISSUER}(?:[ \t\u3000、]*{_ISSUER}){{0,7}})\s*公告\s*(?P<year>(?:19|20)\d{{2}})\s*年\s*第\s*(?P<num>\d{{1,4}})\s*号")


# An order's number, which has no year (国务院令第722号, 四川省人民政府令第68号), as an order prints it and a title's
# bracket cites it; with a year (河北省人民政府令〔2024〕第3号) it is a DOC_NUMBER_RE's
# (a ministry's order numbered within its year, 农业农村部令2022年第3号, keeps the year: h293 F15, the number lost)
ORDER_NUMBER_RE = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,28}?(?:人民政府|政府|国务院|部|委员会|总局|局|署|行)令)\s*"
                             r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?第\s*(?P<num>\d{1,4})\s*号")


def parse_order_number(text: str) -> DocNumber | None:
    m = ORDER_NUMBER_RE.search(text)
    return _order_number(m) if m else None


def order_number_of(name: str, number: int, year: int | None = None) -> DocNumber:
    """An order's number as written for the order itself (``metadata.order_number``) and for a citation of it, so a
    citation finds the order stored: 四川省人民政府令第68号, its issuer the order's name, no year; a ministry's counted
    within its year, 农业农村部令2022年第3号, with it."""
    return DocNumber(f"{name}{year}年第{number}号" if year else f"{name}第{number}号", name, year, number)


def _order_number(m: re.Match) -> DocNumber:
    year = m.groupdict().get("year")  # (ORDER_PUBLISHED_BEFORE has none)
    return order_number_of(m["name"], int(m["num"]), int(year) if year else None)


def _order_number_alone(text: str, at: int) -> re.Match | None:
    """An order's number that is all its bracket holds, perhaps after the day it was published on (（2005年4月12日…政府令第138号
    公布）: h240, the number lost); not （经省政府令第5号修改）, （国务院令第586号修订）, the order that amended the text (a review)."""
    day = PUBLISHED_ON.match(text, at)
    m = ORDER_NUMBER_RE.match(text, day.end() if day else at)
    return m if m and ORDER_BRACKET_CLOSES.match(text, m.end()) else None


ORDER_PUBLISHED_BEFORE = re.compile(r"(?:(?<=[日\s，,。；;：:])|^)(?P<name>[\u4e00-\u9fff]{2,28}?(?:人民政府|政府|国务院|部|委员会|总局|局|署|行)令)"
                                    r"\s*第\s*(?P<num>\d{1,4})\s*号\s*(?:公布|发布)的\s*$")
ORDER_BEFORE_REACH = 40
PUBLISHED_ON = re.compile(r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
ORDER_BRACKET_CLOSES = re.compile(r"\s*(?:公布|发布)?\s*[）)]")


def parse_announcement_number(text: str) -> DocNumber | None:
    """海关总署公告2023年第12号 anywhere; a local body's (郑州市市场监督管理局公告2023年第12号) as a line of its own: its number
    line (a blind test: none read), not a body named before it in a sentence."""
    m = LOCAL_ANNOUNCEMENT_LINE.fullmatch(text.strip()) or ANNOUNCEMENT_RE.search(text)  # (the whole line first: its issuers all)
    return _announcement_number(m) if m else None


LOCAL_ANNOUNCEMENT_LINE = re.compile(r"(?P<issuers>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|厅|局|委员会|委|办公室|中心))\s*公告\s*"
                                     r"(?P<year>(?:19|20)\d{2})\s*年\s*第\s*(?P<num>\d{1,4})\s*号")


CUE_BEFORE_ISSUERS = re.compile(r"^(?:按照|根据|依据|依照|参照|执行|落实|贯彻落实|贯彻|对|将|和|及|与|经|由|为|在|即|见)*")


def _announcement_number(m: re.Match) -> DocNumber:
    issuers = CUE_BEFORE_ISSUERS.sub("", re.sub(r"[ \t\u3000、]", "", m["issuers"]))
    year, num = int(m["year"]), int(m["num"])
    return DocNumber(f"{issuers}公告{year}年第{num}号", issuers + "公告", year, num)


# the cue right before the title, or before a list of objects the title ends (贯彻落实党的二十大精神和《…》)
# (or the issuers of the title named before it: 贯彻落实科技部、财政部、国家税务总局《…》, h241)
# (the issuers' names only, each short and no task's words: not 将各地贯彻落实情况纳入市人民政府《…》, 执行过程中要严格对照省人社厅《…》,
# the review)
ISSUER_NAME = (r"(?:(?!情况|纳入|对照|过程|严格|[要将的])[\u4e00-\u9fff]){0,24}?(?:部|厅|局|委|办|院|署|政府|中央|办公室"  # (人力资源和社会保障部: 和 in a name)
               r"|委员会|领导小组|联席会议|工作机制|协调机制)")  # (国务院安全生产委员会《…》: h315 F3, cited only)
# (…国务院办公厅印发的《…》: the issuers and the verb of their issuing, h290 F3)
# (根据中共安徽省委组织部等四部门《…》: a joint text by its first issuer and the count, h306 F5)
ISSUERS_COUNTED = r"(?:等\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,3})?\s*(?:个)?(?:部门|单位))?"
OBJECTS_BEFORE = (rf"(?:[^。；，,]{{0,6}}|[^。；，,《》]{{0,30}}(?:和|及|以及|与|、)|{ISSUER_NAME}(?:、{ISSUER_NAME}){{0,5}}{ISSUERS_COUNTED}"
                  r"(?:(?:联合)?(?:印发|制定|出台|发布)的)?)$")
APPLIES_CUE = re.compile(rf"(?:贯彻落实|贯彻|落实|(?<!停止)(?<!不再)(?<!暂停)执行(?!期限|期|时间|情况|中|过程))"  # (not 二、执行期限 / 《公告》…: h247)
                         rf"{OBJECTS_BEFORE}")  # (not 停止执行《…》)
BASED_ON_CUE = re.compile(rf"(?:根据|依据|依照|按照){OBJECTS_BEFORE}")
# 参照《…》（…）有关规定执行: the text's rules applied here (h214); not 参照《某报告》开展评价, a text consulted
BY_ANALOGY_BEFORE = re.compile(rf"(?:参照|比照){OBJECTS_BEFORE}")
RULES_APPLIED_AFTER = re.compile(r"\s*(?:[（(][^（）()]{1,30}[）)])?\s*(?:中)?(?:第[一二三四五六七八九十百零\d]{1,4}条)?(?:等)?(?:的)?(?:有关|相关)?"
                                 r"(?:规定|要求|标准|政策|条款|程序|办法|文件精神|精神)?(?:执行|办理|实施)(?=[，,。；;）)]|$)")  # (not 实施评价, 执行的事业单位)
# 推动《…》（…）落地见效, 推进《…》落实: carried out, the verb before the title and its landing after it (a blind test: cited)
# (推动《A》《B》落地见效: the other titles of a list may stand between the verb, or the landing, and a title)
# (each run of spaces tied to the mark after it: three optional \s* side by side backtracked without end on spaces, a review)
OTHER_TITLES = r"(?:\s*(?:[（(][^（）()]{1,30}[）)]\s*)?(?:(?:和|及|以及|与|、)\s*)?《[^《》]{1,80}》)*"
PUSHES_BEFORE = re.compile(rf"(?:推动|推进|促进|确保|加快){OTHER_TITLES}(?:\s*[（(][^（）()]{{1,30}}[）)])?(?:\s*(?:和|及|以及|与|、))?\s*$")
LANDS_AFTER = re.compile(rf"{OTHER_TITLES}(?:\s*[（(][^（）()]{{1,30}}[）)])?\s*(?:等)?(?:各项)?(?:政策|措施|任务)?"
                         r"(?:落地|落实(?!情况)|见效|执行到位|实施(?!细则|办法|意见|方案|情况|中|效果|评估|条例|规定))")  # (not 实施细则制定出台)
CUE_WINDOW = 40  # characters before a title searched for its cue
# what may stand between a cited title and the verb after it: an aside in brackets (its 文号), then 等 / 文件, each run of
# spaces tied to the mark before it (free runs around the optional words backtracked on a run of spaces, a review)
TITLES_ASIDE = r"(?:[（(][^（）()。；]{1,30}[）)]\s*)?"
# (…等5件省政府规范性文件: the texts counted, h191)
AS_THESE_TEXTS = r"(?:等\s*(?:(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:件|个|份|部)(?:(?!条款|部分)[^。；;《》，,]){0,16}?)?)?(?:文件\s*)?"  # (not …的部分条款: the review)
# …《A》（…）同时废止: the document repeals A (the cue follows the reference, at any level)
# (the sentence ends there: not 《…》废止后, 废止或者修改, 停止执行期间, 废止条款)
REPEALED_AFTER = re.compile(r"\s*" + TITLES_ASIDE + AS_THESE_TEXTS + r"(?:自本[\u4e00-\u9fff]{1,6}(?:施行|实施|印发)之日起|自\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日起)?"
                            r"(?:同时|即行|一并)?(?:予以)?(?:废止|停止执行|不再执行|宣布失效|失效)(?=\s*(?:[。；;，,）)”」.！]|[（(]目录|$))")
# 现将《…》（文号）转发给你们 / 现转发《…》: the notice forwards it
FORWARDED_AFTER = re.compile(r"\s*" + TITLES_ASIDE + AS_THESE_TEXTS + r"(?:转发给你们|转发你们|转发给各|予以转发|一并转发)")
NOTICE_PUTS = re.compile(r"(?:现|特|兹)将[^。；]*$")  # the notice's own words (not 各地要将《…》转发给各成员单位: an order to others)
FORWARDED_BEFORE = re.compile(r"(?:现|特|予以|一并)转发\s*$")
# 现将《…》（豫政〔2023〕15号）印发给你们: another issuer's text, its 文号 cited, passed on as printed (a blind test: cited);
# a notice's own text (现将《…》印发给你们, no 文号) is issued, not forwarded
PRINTED_FOR_YOU_AFTER = re.compile(r"\s*" + AS_THESE_TEXTS + r"(?:重新)?(?:印发给你们|印发你们|印发给各|下发给你们|翻印给你们|转印给你们)")
# 《…》（…）已经自治区人民政府同意，现转发给你们 / 现予转发: the assent, then the notice forwards it (a blind test: cited)
FORWARDED_AFTER_ASSENT = re.compile(r"\s*" + TITLES_ASIDE + r"(?:已经|已|业经|经)[^。；《》]{1,40}?同意[，,]\s*"
                                    r"(?:现|特)(?:予以?|将其)?转发")
# 决定废止《…》, 现将《…》予以废止 reads after; 废止下列文件：: the repeal named before the titles
REPEALED_BEFORE = re.compile(r"(?:决定|同意|现|予以)(?:废止|宣布失效|停止执行)(?:以下|下列)?[^。；《》]{0,6}$")  # …自本意见施行之日起废止, …不再执行
# 一、废止《…》（…）。: the verb opening an item, the item nothing but the act (a blind test); not 一、废止《…》的主要考虑
# 是什么？ nor 一、废止《…》后补贴无法发放 (a review), which speak of a repeal
REPEAL_ITEM_OPENING = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、])\s*"
                                 r"(?:废止|宣布失效|停止执行)$")
REPEAL_ITEM_END = re.compile(r"\s*(?:[。；;，,、]|和|及|$)")
# 《A》《B》 side by side are a list too, as are 《A》（国务院令第722号）、《B》: an aside on the first between them
# between two texts of one list: a bracket, a joiner, and the issuers of the next text (…和人力资源社会保障部、财政部《…》)
# (or the articles cited of the first, or its 实施细则: 根据《A》第六条、《B》第七条和《C》, 《A》及其实施细则和《B》: h247)
LIST_JOINER = re.compile(r"\s*(?:[（(][^（）()《》。；]{1,30}[）)])?\s*(?:(?:第[一二三四五六七八九十百零\d]{1,4}[条款项])+|及其实施细则)?"
                         r"\s*(?:和|及|以及|与|、)?\s*"
                         r"(?:(?:[\u4e00-\u9fff]{1,12}?(?:部|委|委员会|局|署|厅|院|办公厅|办|总局|政府)[、，,\s]*){1,6}(?<=[\u4e00-\u9fff\s]))?\s*")
# (…和宝鸡市发展和改革委员会《…》: a committee's full name, h301 F9: cites read)


def parse_doc_number(text: str) -> DocNumber | None:
    m = DOC_NUMBER_RE.search(text)
    return _doc_number(m) if m else None


def parse_doc_number_line(text: str) -> DocNumber | None:
    """A 文号 standing on its own line: everything before the bracket is the abbreviation
    (沪商自贸〔2023〕132 号, also with [] () （） brackets, spaces and 第)."""
    bare = re.sub(r"\s", "", text)
    numbers = list(DOC_NUMBER_RE.finditer(bare))
    if not numbers or "".join(n.group() for n in numbers) != bare:
        return None
    m = numbers[0]  # a joint notice's numbers on one line, one per issuer: its first issuer's
    return year_number(m.group("abbr"), int(m.group("year")), int(m.group("num")))


def year_number(abbr: str, year: int, num: int) -> DocNumber:
    """沪商自贸〔2023〕132号; an order's number keeps its 第 (河北省人民政府令〔2023〕第4号), as orders are printed and cited."""
    return DocNumber(f"{abbr}〔{year}〕{'第' if abbr.endswith('令') else ''}{num}号", abbr, year, num)


def _doc_number(m: re.Match) -> DocNumber:
    abbr = m.group("abbr")
    abbr = abbr[abbreviation_cut(abbr) :] or abbr
    abbr = abbr[-8:]
    return year_number(abbr, int(m.group("year")), int(m.group("num")))


# A short name (以下简称《条例》, 现就《通知》有关问题解读如下): a kind with at most a word before it
# (a regulation's kind alone), not a title of its own (《优化营商环境条例》, 《行政许可法》 are)
SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{0,2}(?:通知|意见|方案|清单|任务|措施|办法|细则|要点|计划|政策)|条例|规定|决定|规划|纲要|指南")  # 《政府投资条例》 is a title


TITLE_MARKS = re.compile("[《》]")
# what a person or firm holds, written in title marks: 《就业创业证》, 《营业执照》, 《残疾人证》, 《高新技术企业证书》
CERTIFICATE = re.compile(r"(?:[^条规法令书]证|证书|执照|许可证|卡)$")
# a form, filled in (资格审查表, 补贴发放表, 绩效自评表: the fourth review); not a published table (《…个人账户计发月数表》,
# 《…价格项目表》, 《…一览表》, 《…代码表》: the second and third)
FORM = re.compile(r"(?:(?<!代码)(?<!月数)(?<!税率)(?<!费率)(?<!系数)(?<!对照)(?<!价目)(?<!标准)(?<!项目)(?<!一览)(?<!分类)(?<!代)表"
                  r"|申请书|承诺书|确认书|告知书|回执|花名册|名册)$")
# 详见附件《…》: the text's own attachment (not 国发〔2005〕38号的附件《…》 / 《…》附件《…》, another text's: the review)
OWN_ATTACHMENT_BEFORE = re.compile(r"(?<![的》号）)])附件\s*\d{0,2}\s*[：:]?\s*$")


def _titles(text: str) -> list[tuple[int, int, str]]:
    """Outermost 《…》 spans (nested 《》 inside a title stay part of it)."""
    found, depth, start = [], 0, 0
    for m in TITLE_MARKS.finditer(text):  # only the marks are visited
        i, ch = m.start(), m.group()
        if ch == "《":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                found.append((start, i + 1, text[start + 1 : i]))
    return found


# …（国办发〔2022〕30号，以下简称《若干措施》）: the short name a text gives what it cites, for later mentions
SHORT_NAME_GIVEN = re.compile(r"[^（）()《》。；]{0,30}?(?:以下简称|以下称|下称|简称)\s*[“\"]?《(?P<alias>[^《》]{1,20})》[”\"]?\s*[）)]?")
GIVES_SHORT_NAME = re.compile(r"(?:简称|下称)\s*[“\"]?$")


def find_references(para: Paragraph, source: str, start: int = 0, end: int | None = None, document_level: bool = False,
                    aliases: dict[str, tuple[str, DocNumber | None]] | None = None) -> list[Reference]:
    """References in ``para.text[start:end]``; ``document_level`` enables applies/based_on cues.
    ``aliases``: short names given so far in the document (以下简称《若干措施》) -> the title and 文号 they
    stand for; the short names this text gives are added to it."""
    text = para.text
    end = len(text) if end is None else end
    aliases = {} if aliases is None else aliases
    found: list[tuple[int, int, Reference]] = []  # start, end in ``text``, the reference
    used: list[tuple[int, int]] = []
    for t_start, t_end, title in _titles(text[start:end]):
        t_start += start
        t_end += start
        if GIVES_SHORT_NAME.search(text, max(0, t_start - 4), t_start):
            continue  # （以下简称《若干措施》）: the short name given, not another text
        number = None
        ref_end = t_end
        m = re.match(r"\s*[（(]\s*", text[t_end:])
        if m:
            at = t_end + m.end()
            dm = DOC_NUMBER_RE.match(text, at) or ANNOUNCEMENT_RE.match(text, at) or _order_number_alone(text, at)
            if dm:
                number = {DOC_NUMBER_RE: _doc_number, ANNOUNCEMENT_RE: _announcement_number, ORDER_NUMBER_RE: _order_number}[dm.re](dm)
                close = (ORDER_BRACKET_CLOSES if dm.re is ORDER_NUMBER_RE else re.compile(r"\s*[）)]")).match(text, dm.end())
                ref_end = close.end() if close else dm.end()
        # 《A》（以下简称《若干措施》） / 《A》（国办发〔2022〕30号，以下简称《若干措施》）
        given = SHORT_NAME_GIVEN.match(text, dm.end() if number else t_end + m.end()) if m else None
        if given:
            aliases[given["alias"].strip()] = (title.strip(), number)
            ref_end = max(ref_end, given.end())
        if title.strip() in aliases and not given:  # 《若干措施》 named before: the text it stands for
            title, number = aliases[title.strip()][0], number or aliases[title.strip()][1]
        elif number is None and SHORT_NAME.fullmatch(title.strip()):
            continue  # 《通知》, 《实施方案》, 《条例》: a text's short name for itself or one named before
        elif number is None and CERTIFICATE.search(re.sub(r"[（(][^（）()]*[）)]$", "", title.strip())):
            continue  # 持《就业创业证》的人员: a certificate someone holds, no text
        elif number is None and (FORM.search(title.strip()) or OWN_ATTACHMENT_BEFORE.search(text, max(0, t_start - 8), t_start)):
            continue  # 《一次性扩岗补助申请表》, 详见附件《…任务清单》: a form to fill in, the text's own attachment (h237, h239)
        if number is None and (before := ORDER_PUBLISHED_BEFORE.search(text, max(0, t_start - ORDER_BEFORE_REACH), t_start)):
            number = _order_number(before)  # …山西省人民政府令第251号公布的《…》同时废止: the order named before it (h270 F9)
        relation = _relation(text, t_start, ref_end, document_level)
        found.append((t_start, ref_end, Reference(para.span(source, t_start, ref_end), title.strip(), number, relation)))
        used.append((t_start, ref_end))
    for dm in DOC_NUMBER_RE.finditer(text, start, end) if "号" in text[start:end] else ():  # most clauses cite no 文号
        s = abbreviation_start(dm)
        if any(s < u_end and dm.end() > u_start for u_start, u_end in used):
            continue
        found.append((s, dm.end(), Reference(para.span(source, s, dm.end()), None, _doc_number(dm),
                                             _relation(text, s, dm.end(), document_level))))
    for am in ANNOUNCEMENT_RE.finditer(text, start, end) if "公告" in text[start:end] else ():
        if any(am.start() < u_end and am.end() > u_start for u_start, u_end in used):
            continue  # 《…的公告》（财政部 税务总局公告2023年第12号）: the title's number
        at = am.start() + CUE_BEFORE_ISSUERS.match(am["issuers"]).end()  # (按照湖北省财政厅…公告: the cue no part of the number)
        found.append((at, am.end(), Reference(para.span(source, at, am.end()), None, _announcement_number(am),
                                              _relation(text, at, am.end(), document_level))))
    found.sort(key=lambda f: f[0])
    return _listed_share_relation(text, found)


# 《…》（…号）第五条修改为…, 对《…》作如下修改, 《…》有效期延长至…: the document changes the one it cites (two blind tests:
# cites only, so "which texts changed 榕人社规〔2021〕2号" had no answer)
# (…第三条中的“…（a long quote）…”修改为“…”: the quote's own length, h191; …等2件…予以修改: h191)
# （…号）第三条第二款停止执行, 第五条、第六条废止, 第五条规定停止执行: a part of it stopped, the text changed (h227; after 依照,
# 根据 the article applied, the basis: _relation)
ARTICLE_STOPPED = (r"(?:中的?)?第[一二三四五六七八九十百零\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:第?[（(]?[一二三四五六七八九十\d]+[）)]?项)?"
                   r"(?:(?:[、和至到]|[—－-])第[一二三四五六七八九十百零\d]+条)*(?:的?规定)?(?:同时)?(?:停止执行|不再执行|予以废止|废止)")
ARTICLE_STOPPED_AFTER = re.compile(r"\s*(?:[（(][^（）()]{2,30}[）)])?\s*" + ARTICLE_STOPPED)
AMENDED_AFTER = re.compile(r"\s*(?:[（(][^（）()]{2,30}[）)])?\s*(?:[，,]\s*(?=[^。；;]{0,12}?(?:有效期|期限|执行期)))?(?:(?:将)?(?:中|的)?第[一二三四五六七八九十百零\d]+条[^。；;“]{0,30}?(?:“[^”]{0,200}”\s*)?"
                           r"(?:修改为|修订为|调整为|改为|删除|后增加)"
                           # (not 依据《公司法》进行修改, 对照《…》予以修改: the texts counted, the review)
                           r"|等\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:件|个|份|部)[^。；;《》，,]{0,16}?(?:予以|进行)修改(?=\s*[。；;，,]|[（(]修改|$)"
                           # (对《X》（…号）部分条款作如下修改：, 有关条款予以修改： the parts it changes named first: h292 F2)
                           r"|(?:(?:的)?(?:部分|有关|相关|个别)(?:条款|条文|内容)\s*)?(?:(?:予以|进行)修改\s*[：:]"  # (对《X》（…号）予以修改： over the changes, a lead-in: the review)
                           r"|(?:作|做)出?(?:如下|以下)(?:修改|修订|修正))|(?:的)?有效期(?:延长|顺延|延续)至"  # (作如下修订: h316 F2)
                           # 《X》根据本决定作相应修改，重新公布: the closing of every decision amending rules (h240: cites; 根据本通知: h292 F2)
                           r"|根据本(?:决定|通知)(?:作|做)(?:相应|相关)的?(?:修改|修正)"
                           # 有效期延长2年, …中…政策执行期限由X延长至Y (h227: cites)
                           r"|(?:中[^。；;，,《》]{0,30}?)?(?:的)?(?:有效期|执行期限|实施期限|政策期限|执行期|有效期限)(?:由[^。；;，,]{2,24}?)?"
                           r"(?:延长|顺延|延续)(?:至|\s*(?:\d{1,2}|[一二三两四五])\s*年)"
                           r"|(?:删去|删除)第[一二三四五六七八九十百零\d]+条)")  # （二）《…》（…号） / 删去第七条第二款 (a blind test: cites)


def _relation(text: str, start: int, end: int, document_level: bool) -> str:
    """How the text at ``text[start:end]`` is referred to: repealed (…同时废止, 决定废止…), amended (…第五条修改为…, 作如下修改,
    有效期延长至…), forwarded (现将《…》
    转发给你们, whether or not its text is printed after), and with ``document_level`` applied (贯彻落实…) or
    the basis (根据…); else cited."""
    if (REPEALED_AFTER.match(text, end) or REPEALED_BEFORE.search(text, max(0, start - CUE_WINDOW), start)
            or REPEAL_ITEM_OPENING.search(text, max(0, start - CUE_WINDOW), start) and REPEAL_ITEM_END.match(text, end)):
        return "repeals"
    if ARTICLE_STOPPED_AFTER.match(text, end):  # 依照《…》第二十条规定予以废止: the article applied (the review)
        return "based_on" if BASED_ON_CUE.search(text, max(0, start - CUE_WINDOW), start) else "amends"
    if AMENDED_AFTER.match(text, end):
        return "amends"
    passed_on = FORWARDED_AFTER.match(text, end) or PRINTED_FOR_YOU_AFTER.match(text, end) and DOC_NUMBER_RE.search(text, start, end)
    if (passed_on and NOTICE_PUTS.search(text, max(0, start - CUE_WINDOW), start)
            or FORWARDED_BEFORE.search(text, max(0, start - 4), start) or FORWARDED_AFTER_ASSENT.match(text, end)):
        return "forwards"
    if document_level:
        before = text[max(0, start - CUE_WINDOW) : start]
        if APPLIES_CUE.search(before) or (PUSHES_BEFORE.search(before) and LANDS_AFTER.match(text, end)):
            return "applies"
        by_analogy = BY_ANALOGY_BEFORE.search(before) and RULES_APPLIED_AFTER.match(text, end)
        return "based_on" if BASED_ON_CUE.search(before) or by_analogy else "cites"
    return "cites"


def _listed_share_relation(text: str, found: list[tuple[int, int, Reference]]) -> list[Reference]:
    """A list of references (和, 及, 、) shares the cue that stands before its first (贯彻落实《A》和《B》)
    or after its last (《A》和《B》同时废止)."""
    refs = [ref for _, _, ref in found]
    listed = [bool(LIST_JOINER.fullmatch(text[found[i - 1][1] : found[i][0]])) for i in range(1, len(found))]
    for i, joined in enumerate(listed, start=1):  # forwards: applies, based_on, and a repeal named before (决定废止《A》、《B》)
        if joined and refs[i].relation == "cites" and refs[i - 1].relation in ("applies", "based_on", "repeals"):
            refs[i] = replace(refs[i], relation=refs[i - 1].relation)
    for i in range(len(listed), 0, -1):  # backwards: repeals
        if listed[i - 1] and refs[i].relation == "repeals" and refs[i - 1].relation == "cites":
            refs[i - 1] = replace(refs[i - 1], relation="repeals")
    return refs
