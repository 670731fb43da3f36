"""Responsibility units: parse the （…负责）/（责任单位：…） lines of clauses and resolve each unit.

Forms understood (brackets already normalised to full width):
- （市发改委、市工信局等负责）                      all units "co"
- （责任单位：A、B，C）                             all units "co"
- （责任主体单位：A，责任单位：B）                  A lead, B co
- （A牵头，B等按职责分工负责） / （A牵头，B配合）   A lead, B co
- （牵头单位：A；配合单位：B）                       A lead, B co
- 【牵头单位】A【配合单位】B                         the same: a label in 【】
- （责任单位：A；配合单位：B）                       A lead, B co (责任 beside helpers)
- 列第一位者为牵头单位                               the first unit of each later list is lead
- 排名第一位的为牵头单位 (in a clause or the preamble)  the same
- 以下均需X落实，不再列出 / X负责落实，下同          X inherited by every later clause
- （A牵头，B负责落实，下同）                        A lead, B co; only B inherited
- X均为责任单位，以下不再列出                        X co here, inherited by every later clause
- …运行产业联盟。（市商务局）                       a bare list of units closing a sentence: all "co"
- 由A牵头，B配合 / 本办法由A负责解释                  A lead (co beside other units), B co
- （A会同B负责） / （A负责，B配合） / （A负总责）       A lead, B co
- …。市人社局、市财政局按职责分工负责。              a sentence of units and duty alone: as in brackets
Nested brackets stay whole: 各县（市、区）政府, 各市〔州〕、县〔市、区、特区〕人民政府 (one
distributive unit: "each lower government", never split). An item may carry several groups
(one per sub-item); labels cut by a line break or a page marker (（责\n任单位：) are read whole.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .model import Span, UnitMention
from .needles import match_at, matches
from .offsets import cut_out
from .places import COMPOUND_AREAS, Place, _autonomous_short_names, gazetteer, inside, is_national_issuer
from .vocab import UnitType, unit_types

# a supply and marketing cooperative's union, a usual co-issuer with 商务 and 财政 in 县域商业 texts (赣州市供销合作社, 湖北省
# 供销合作社联合社, 县供销联社, 中华全国供销合作总社: h303 F1-F3); its 社 ends a body's name, as 局 does
COOPERATIVE_END = r"供销(?:合作)?(?:总社|社(?:联合社)?|联社)"

LABELS = ("(?:整改|落实|兑现)(?:责任|牵头|配合)(?:单位|部门)|(?:牵头|配合|责任)整改(?:单位|部门)|责任主体单位|责任主体|牵头单位|牵头部门|牵头处室|牵头科室|主办单位|主责单位|主责部门|主要责任单位|主要责任部门"
          "|责任单位|责任部门|责任处室|责任科室|负责单位|负责部门"
          "|配合单位|配合部门|配合处室|配合科室|协办单位|协办部门|协助单位|协助部门|协同单位|协同部门|协作单位|参与单位|参与部门|参加单位|参加部门"
          "|涉及(?:部门|单位)(?=[：:]|$)"  # (a 一件事 list's departments concerned, its label or column alone: h255, the fourth review)
          "|落实单位|实施单位|实施部门|实施主体|实施机关|检查主体|执法主体|执行部门|承办单位|督办单位|经办单位|经办部门|受理单位|受理部门|兑现部门|兑现单位|申报部门"  # (申报部门: the body applied to, z318; not 申报单位, the applicant; 实施机关, 检查主体: a 清单's bodies, z357)
          "|(?:受理|审核|经办)(?:及|和|与|、)(?:兑现|审核|拨付)(?:部门|单位)")  # (a policy guide's 经办单位：…, 受理及兑现部门：…: z233)
# a payment table's 经办机构 column (县（市、区）公共就业服务机构): a label only with its colon, a word of many sentences (社会保险经办机构)
AGENCY_LABELS = "(?:(?:经办|受理|承办)机构|主管(?:部门|单位|机关))"  # (a 清单's 主管部门 column, z387)
LABEL_PREFIX = re.compile(r"^(?:整改|落实|兑现)(?=责任|牵头|配合)|(?<=^牵头|^配合|^责任)整改")  # (牵头整改单位 is 牵头单位: z382; 兑现责任单位: z459)
APPLICANT_LABELS = {"实施主体"}  # a guide's implementing body, or a project's applicant: a unit only when its value names units
# 负责 as a duty (not 负责人 / 负责同志, a person: but 负责人才… is a duty over talent); DUTY_VERB: not 负责的, a modifier
DUTY_WORD = r"负责(?!人(?!才)|同志|制(?=[，,。；;、”）)的和\s]|$))"  # (首接负责制 is a system's name: z334; 负责制定, 负责制度…, 负责制止 duties)
DUTY_VERB = DUTY_WORD + r"(?!的)"
# (a label after 由, 向, 到 … is a body named in a sentence: （可由受理部门通过系统核验的，申请人免于提交）, z256)
RESPONSIBILITY_CUE = re.compile(rf"{DUTY_WORD}|负总责|主责(?!主业)|(?<![由经向到将把对在])(?!实施主体)(?:{LABELS})|(?<![为])实施主体|责任主体|牵头|配合[：:]|技术支撑(?:单位)?[：:]|{AGENCY_LABELS}[：:]"
                                rf"|统筹(?=[，,][^，,。；]{{2,60}}?具体(?:实施|负责|落实))|下同|不再列出")  # (由X统筹，Y具体实施: z380)
# （责任处室：A；技术支撑：B）: the body lending its expertise helps (a regulator's institutes, z408); only with its colon
SUPPORT_LABELS = "技术支撑(?:单位)?"
# 牵头单位：X / 成员单位：Y: a working group's members help its lead; listed alone they say who is in the group, not who
# is responsible for what (专班组成 … 成员单位：…, z410)
MEMBER_LABEL = "成员单位"

# （牵头：A；配合：B）: the short labels, only with their colon (配合 alone is a word of any sentence)
LABELLED = re.compile(rf"^(?P<label>{LABELS}|{AGENCY_LABELS}|牵头|配合|经办|{SUPPORT_LABELS}|{MEMBER_LABEL})"
                      r"(?:[：:]|(?<=实施机关)为|(?<=实施主体)为)")  # (（经办：市人社局…）: z247; 答：实施机关为…, a blind test)
CO_CUE = re.compile(r"配合|协办|协助|协同|参与|参加")  # a unit named only to help is no lead, even alone
GUIDES = re.compile(r"(?:加强|业务)?指导$")  # …，省财政厅加强指导: a unit guiding the duty given before it helps
HELPER_LABELS = {"配合单位", "配合部门", "配合处室", "配合科室", "协办单位", "协办部门", "协同单位", "协同部门", "协作单位",
                 "参与单位", "参与部门", "参加单位", "参加部门", "配合", "技术支撑", "技术支撑单位", MEMBER_LABEL}
RESPONSIBLE_LABELS = {"责任单位", "责任部门", "责任处室", "责任科室", "主要责任单位", "主要责任部门", "负责单位", "负责部门",
                      "经办单位", "经办部门", "受理单位", "受理部门", "兑现部门", "兑现单位", "经办机构", "受理机构", "承办机构",
                      "主管部门", "主管单位", "主管机关"}
LEAD_LABELS = {"责任主体单位", "责任主体", "牵头单位", "牵头部门", "牵头处室", "牵头科室", "主办单位", "主责单位", "主责部门", "牵头"}
FIRST_IS_LEAD = re.compile(
    r"(?:列|排名|排在|排序|排|名列)(?:在)?(?:第一位|第一|首位)(?:者|的)?(?:责任|配合|参与)?(?:单位|部门)?(?:为|是)(?:牵头|主责)"
)
# by its duties (按职责分工负责, 按各自职责, 依职责): a unit's share of a task, named so before its role word
OWN_DUTIES = r"(?:按照?|依照?|依据)(?:各自)?职责"
BY_DUTIES = r"(?:" + OWN_DUTIES + r"|参照[^，。；：]{1,10}?职责)"  # (各开发区管委会参照县（区）职责负责…: z293)
INHERIT_BELOW = re.compile(
    r"^(?:以下|下列)(?:各项|各条)?(?:措施|任务|事项|工作|政策)?(?:均|都)?(?:需|由|请|要)?(?P<units>.+?)(?:负责)?(?:落实|执行|负责)[，,]?(?:不再(?:一一)?列出)?$"
)
INHERIT_SAME = re.compile(r"^(?P<units>.+?)(?:" + BY_DUTIES + r"(?:分工)?)?(?:负责落实|负责|落实|配合)[，,]?下同$")  # X配合，下同: X carried
# 各县市区人民政府均为责任单位，以下不再列出: named here, and responsible for every later item
ROLE_STATEMENT = (r"(?:均|都|也)?(?:作为|为|是)(?:各项任务的|各项工作的|本方案的|[^，,。；;]{1,20}?的(?=责任|牵头|配合|主责))?"
                  r"(?:责任|牵头|配合|主责)?(?:单位|部门|主体)")  # (X为返乡创业工作的牵头部门: h250)  # (X作为牵头单位)
INHERIT_LISTED = re.compile(rf"^(?P<units>.+?){ROLE_STATEMENT}[，,]?(?:以下不再(?:一一)?列出|下同)$")
# …制定本方案。各县、区人民政府均为各项任务的责任单位，以下不再一一列出。: the preamble's form (a blind test; not X为牵头单位，
# 下同 there, which names no task: a review)
PREAMBLE_INHERIT = re.compile(r"^(?:[^，,。；;]{0,20}?(?:任务|事项|措施|工作)[，,])?"  # (本方案所列各项任务，X均为责任单位…: h239)
                              r"(?P<units>.+?)(?:均|都)?(?:作为|为|是)(?:各项任务的|各项工作的|本方案的|所有任务的|全部任务的)?(?:责任|主责)?(?:单位|部门|主体)"
                              r"[，,]?(?:以下)?不再(?:一一)?列出$"  # (in a closing note, 以下 left out: h231)
                              # 各市人民政府负责本行政区域内各项任务的组织落实，以下不再一一列出 (a blind test: none); the units of that
                              # phrase alone (not 市发展改革委负责统筹协调，各县…负责抓好落实，…: a review)
                              # (X按职责分工落实各项任务，以下不再列出: the duty as 落实, h325 F5)
                              r"|^(?:.*[，,])?(?P<duty_units>[^，,。；;]+?)(?:" + BY_DUTIES + r"(?:分工)?)?(?:负责|落实)[^，,。；;]{0,30}[，,]?"
                              r"(?:以下)?不再(?:一一)?列出$")
ROLE_STATEMENT_END = re.compile(ROLE_STATEMENT + "$")
# 责任单位：…，各县（区）人民政府（以下均需落实，不再列出）: the rule in brackets after the names it is about (h310 F4: one name
# with the rule had been read; not （下同） there, which may be a name's short form's)
INHERIT_ASIDE = re.compile(r"^(?P<units>.+?)(?P<aside>[（(](?:以下|下列)(?:各项)?(?:任务|工作|措施)?(?:均|都)?(?:需|要)?(?:负责)?(?:落实)?"
                           r"[，,]?不再(?:一一)?列出[）)])$")
# （X负责组织实施，Y做好资金保障）, …，Y抓好落实: a unit doing its part of the task another is responsible for
# (…，Y抓好落实: the group ends at 抓好; …，Y按职责分工协调解决: at 按职责; …，Y加强指导 / Y指导: at 加强, 指导)
DOES_ITS_PART = r"(?:(?:按照?(?:各自)?职责(?!(?:分工)?(?:负责|牵头|配合(?!做好|抓好)))|做好|抓好|加强)[\u4e00-\u9fff\d]{0,20}|(?:业务|督促)?指导|督促(?:检查)?|监督(?:检查)?|督导)$"  # (…做好2023年度优化营商环境相关工作)
# (（X负责，Y督促指导）, （X负责，Y监督）: Y oversees X's duty, a helper; its verb no part of its name: h312 F1)
# how a unit does its duty, between its name and 负责 (由X按规定负责, X依法负责)
BY_LOCALITY = r"按照?属地(?:管理)?(?:原则|职责)?"  # 按属地, 按照属地管理原则: a unit's share by its area
MANNER = r"依法|依规|按照?(?:有关)?规定|按照?(?:各自|管辖)?权限"  # (按照管辖权限负责实施: z303)
# (组织 the end of a name after 党, 经济, 群团, 自治, 中介: 村党组织, 村集体经济组织)
# X要发挥牵头（抓总）作用，会同Y…: the lead's role stated, then whom it works with (h276 F1: Y had been read as the lead)
LEAD_ROLE_TAKEN = r"(?:要|应当?|须)?(?:充分|切实)?发挥(?:好)?牵头(?:抓总|协调|统筹)?作用"
# 各区人民政府承担主体责任, X负主体责任: the body that answers first for the work, a lead (as X负总责; h299 F8: no unit after a
# comma); not …落实属地主体责任 (a helper's part, z381)
PRIMARY_DUTY = r"(?:承担|负)(?:属地)?主体责任"
PRIMARY_DUTY_END = re.compile(PRIMARY_DUTY + "$")  # (…，各区人民政府承担主体责任: a duty of its own, as Y负责B is)
TRAILING_DUTY = re.compile(  # 按职责分工负责, 负责组织, 配合完成, 按职责分别牵头, 按职责完成有关工作
    r"(?:等)?(?:(?:" + BY_DUTIES + r"(?:分工)?|根据职责|" + BY_LOCALITY + r"|属地|分别|共同|具体|主要|积极|密切|全力|广泛|做好|予以|" + MANNER + r"|统筹|参照)*(?:负总责|主责|负责|配合|协助|协同|参与|参加|牵头|落实|受理|(?<!党)(?<!经济)(?<!群团)(?<!自治)(?<!中介)组织|完成|推进|实施|执行|(?<=统筹)协调|(?<=[局委办厅室心府会部组班队司处所站])统筹|(?<=具体)承办|" + LEAD_ROLE_TAKEN + "|" + PRIMARY_DUTY + ")"
    # (…人民政府落实属地责任: the helpers' part, z381; Y具体承办: h297 F6)
    r"(?:组织|完成|落实|实施)?(?:有关|相关)?(?:工作|(?<=落实)(?:属地|主体|监管|行业|安全)+(?:管理)?责任)?)+$|" + DOES_ITS_PART
)


@dataclass
class ResponsibilityState:
    """Document-level rules that carry over from one clause to the next."""

    first_is_lead: bool = False
    inherited: list[tuple[str, Span]] = field(default_factory=list)  # name, where the rule was written
    # （X负责，下同）, a bracket of the rule alone: units every later item naming none of its own has, within the section
    # the rule is written in (the pipeline ends it there; a blind test: it had run to the document's end, over items with
    # brackets of their own). （A牵头，B负责落实，下同）: B's part carries to every later item (``inherited``)
    same_below: list[tuple[str, Span]] = field(default_factory=list)
    # （A牵头，B负责落实，下同）: B, for every later item, beside the units a preamble gives every item (a blind test: it had
    # taken their place)
    carried: list[tuple[str, Span]] = field(default_factory=list)
    # 市社会保险事业服务中心（以下简称市社保中心）: a short name the document gives a unit -> that unit, resolved
    short_names: dict[str, tuple[str, str | None, str | None, str | None]] = field(default_factory=dict)
    addressee: tuple[str, str | None, str | None, str | None] | None = None  # 市行政审批局： (a 批复's one addressee), resolved
    issuer: tuple[str, str | None, str | None, str | None] | None = None  # the one issuing unit, resolved (我局, 我厅: itself)
    # 甲方：株洲市人民政府 at an agreement's head or foot: the party (甲方) -> the body it names, resolved
    parties: dict[str, tuple[str, str | None, str | None, str | None]] = field(default_factory=dict)


OPENING, CLOSING = "（(〔[〈【［“", "）)〕]〉】］”"
BRACKET = re.compile(f"[{re.escape(OPENING + CLOSING)}]")
# a task list's time column (tables.py reads a header's cell by it; here its label in a row's bracket)
TIME_COLUMN_NAME = (r"(?:原|现|压减后|压缩后|调整后|改革后|改革前|优化后)?(?:法定|承诺)?"  # (原承诺时限, 压减后承诺时限: h152; 法定办理时限: h164)
                    r"(?:完成|整改|办结|截止|落实|办理|承诺|法定|补正|补齐|申领|申报|申请|受理|兑现|拨付|发放)?(?:时限|时间)"
                    r"|进度|时间节点|时间安排|进度安排|工作进度"  # 整改时限: a problem list's
                    r"|(?:政策)?(?:(?:执行|实施)期限|有效期)|政策期限")  # a policy list's term column (a blind test: its 长期 glued to the row's text)
# (政策执行期限：…, 政策有效期：…: the term's whole name, 政策 no unit before a cut at 执行期限： (h324 f2))
# 【责任单位】市发改委 / 【牵头单位】A【配合单位】B: a label in 【】 is read as 责任单位： after a statement's end
BRACKETED_LABEL = re.compile(rf"【(?P<label>{LABELS}|{TIME_COLUMN_NAME})】")  # 【完成时限】 too: the last unit's name ends there
PERSON_LABEL = re.compile(r"(?:领导|责任人|联系人)[：:]")
PERSON_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,6}" + PERSON_LABEL.pattern)
PERSON_COLUMN_NAME = r"(?:责任|分管|牵头|联系|督办|包抓)(?:[省市区县]级?)?领导|责任人"  # an official's column (顾立明 / 副市长): no unit's
# a policy list's contacts (兑现部门：区科经委；联系电话：2885 1106: z230)
CONTACT_COLUMN_NAME = r"(?:联系|咨询|服务|办事|投诉)?(?:电话|热线)|(?:联系|咨询)方式|联系人|(?:办理|受理|办公|咨询)?地址"
OTHER_COLUMNS = rf"(?:{TIME_COLUMN_NAME}|{PERSON_COLUMN_NAME}|{CONTACT_COLUMN_NAME})[：:]"  # of a task list
NOT_UNITS = re.compile(  # other columns of a task list, and rule words; a role's name alone, as a column's (…会同配合部门…: z350)
    rf"^{OTHER_COLUMNS}|\d{{4}}年|\d+月|^(?:长期|持续|年底|下同|以下|不再|不含|包括|含)"
    r"|^(?:牵头|配合|责任)(?:单位|部门)$"  # (各牵头部门分别负责 and 各责任单位 name units: z97, z166, z341)
)
OTHER_COLUMN_ANYWHERE = re.compile(OTHER_COLUMNS)
# another column of a table written into a row's bracket (政策依据：…, 支持对象：…): no units, and no unit beside the one
# the row names (tables.py: the columns named by what they hold)
FIELD_NAME = (r"[\u4e00-\u9fff]{0,4}(?:名称|事项|内容|措施|举措|任务|要求|指标|目标|领域|环节|类别|项目|依据|标准|成效|成果|形式|方式|备注|对象|条件"
              r"|金额|额度|期限|频次|频率|材料|资料|程序|流程|地点"
              r"|问题)")  # (申领材料：营业执照、劳动合同: the review; 反馈问题：“一件事一次办”, a ledger's column, z457)
# (several named together, 检查依据、检查频次：…: the columns after a row's units, whose lines cannot be told apart, z357)
OTHER_FIELD = re.compile(rf"^(?:{FIELD_NAME}、)*{FIELD_NAME}[：:]")
# 各市、州、直管市、神农架林区人民政府 (湖北's lower governments); 各镇街 (山东, 广东); 各市（地） (西藏); 各师市, 各团场 (the corps); 各功能区, 各片区 (a zone's own areas: z230)
PLACE_WORDS = (r"(?:设区的市|设区市|地级以上市|地级市|省辖市|辖市|苏木|自治州|自治县|自治旗|县级市|省直管县|直管县|直管市|神农架林区|开发区|经开区|高新区|新区|园区"
               r"|功能区|片区|特区|街道|乡镇|镇街|街镇|师市|团场|市|州|县|区|旗|盟|乡|镇|级|(?<=[（(])地(?=[）)])"
               r"|(?<=各)地(?=[（(][市州盟](?:、[市州盟])?[）)]))")  # 各地（市）行署、人民政府: 西藏's prefectures (z352); 各地（州、市）: 新疆's (z463)
LOWER_GOVERNMENT_END = r"(?:(?:人民政府|政府)(?:[（(]行署[）)])?|行政公署|行署|管委会|党委和政府|党委、政府|办事处)"  # 办事处: of 街道
BRACKETED_PLACES = rf"(?:{PLACE_WORDS}|[（）〔〕〈〉、])+"
# 各市〔州〕、县〔市、区〕人民政府; 各街道办事处、乡镇人民政府; 各省、自治区、直辖市人民政府 (the provinces':
# their words apart, lest 各市州、省直有关部门 or 省、市人民政府 read as one list of places)
PROVINCES = r"省级?(?:[、，]自治区)?(?:[、，]直辖市)?(?:[、，]新疆生产建设兵团)?"
# 各乡镇人民政府、街道办事处 as well: the townships' and the streets', one list
# 各县（市、区）人民政府、管委会: the counties' governments and the zones' committees, one list
ZONE_COMMITTEES = r"(?:开发区|园区|新区)?(?:管委会|管理委员会)"  # with no 各 of its own (各园区管委会 is a unit of its own)
# 各县（市、区）人民政府、管委会: an orphan 管委会 goes on the list (the zones' committees); 开发区管委会 names a body of its own
ORPHAN_COMMITTEE = r"(?:管委会|管理委员会)"
# what a list of lower governments takes in, in brackets after it: 各区人民政府（含开发区、风景区）, 各区县政府〔含功能区〕
TAKES_IN = r"[（〔(]含[^（）〔〕()]{1,20}[）〕)]"
# 各县（雄县、容城、安新）人民政府: the places named in brackets after their level (z277)
PLACES_NAMED = r"(?:[（(][\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){1,9}[）)])?"
# (有关市、县（市、区）人民政府: those of them concerned, one unit as 各… is: a blind test split it into 有关市 and the rest)
DISTRIBUTIVE = re.compile(rf"^(?:各|有关|相关)(?:{BRACKETED_PLACES}(?:(?:办事处|(?:人民)?政府(?=、街道))、{BRACKETED_PLACES})?|{PROVINCES})"
                          rf"{PLACES_NAMED}{LOWER_GOVERNMENT_END}?(?:(?<=政府)(?:、{ORPHAN_COMMITTEE}|[（〔(]{ZONE_COMMITTEES}[）〕)]))?(?:{TAKES_IN})?$")
TOWNSHIPS = re.compile(r"各(?:乡镇|镇|乡|镇乡)(?:人民)?政府")
TOWNSHIPS_BY_KIND = re.compile(r"(?:乡镇|镇乡|乡（镇）|镇（乡）)(?:人民)?政府")  # the townships' governments named by their kind, no 各
STREET_OFFICES_BY_KIND = re.compile(r"街道办事处|街道办")  # the streets' offices named by their kind, no 各
# 乡镇财政所负责…, 由乡镇财政所于…前发放: every township's station of a kind, the node 各乡镇财政所 is (h306 F11: no unit)
TOWNSHIP_STATIONS_BY_KIND = re.compile(r"(?:乡镇|镇乡|乡（镇）|镇（乡）)(?:[（(]街道[）)])?"
                                       r"(?:财政所|民政所|司法所|国土(?:资源)?所|自然资源所|劳动保障所|林业站|水利站|文化站|农经站|农技站|畜牧兽医站)")
# 乡镇（街道）, 镇（街道）, 乡镇（苏木）: the townships and the streets by their kind, no 各 (h309 F7: no type, the text's level)
TOWNSHIPS_AND_STREETS_BY_KIND = re.compile(r"(?:乡镇|镇)[（(]街道[）)]|乡镇[（(]苏木[）)]")
AREA_OFFICES = re.compile(r"各?地区办事处")  # 北京's 地区办事处: a district's township-level office, as a street's is
OWN_LEVEL_FIRST = re.compile(r"(?P<level>省|市|州|县|区|旗|盟)、")  # 市、县（区）人民政府: the text's own level, then those below
OWN_AND_LOWER_DEPARTMENT = re.compile(rf"^(?P<level>省|市|州|县|区|旗|盟)、(?P<below>{BRACKETED_PLACES})(?:两级)?(?P<kind>(?![（〔(、])[\u4e00-\u9fff]{{2,12}}?(?:部门|局|委))$")  # 市、区发展改革部门
LISTED_PLACES = re.compile(rf"^(?:{PLACE_WORDS}|[（）〔〕〈〉])+、{BRACKETED_PLACES}{LOWER_GOVERNMENT_END}$")  # 县、区政府
GENERIC_NOUN = re.compile(r"^(?:单位|部门|机构|企业|单位等|部门等)$")  # 市直有关部门、单位: one collective
PLACES_ONLY = re.compile(rf"^{BRACKETED_PLACES}{LOWER_GOVERNMENT_END}?$")
PLACES_PREFIX = re.compile(rf"^{BRACKETED_PLACES}[^、]")  # places, then a name
ORG_END = re.compile(r"(?:局|委|厅|办|中心|政府|院|(?<![干全内外])部|(?<!社)会|档案馆|机关|银行|商行|[工农中建交]行|农发行|国开行|分行|署|处|室|队|所|公司|集团|法院|检察院|海关|联|团|组|站|社|总局|分局|支行|(?<=人行[\u4e00-\u9fff]{2})中支|公署|单位|部门|机构|街道|镇"
                     r"|高校|学校|院校|国企|国有企业|专班|[局委厅][\u4e00-\u9fff]{2,6}科|(?<=[\u4e00-\u9fff]{2})(?<![公上])司)$")  # 区属国企,
# 区楼宇经济发展工作专班; 新闻宣传司, 财金司: a ministry's division (z369); not 社会 (…人力资源社会 / 保障局, z386)
# (a bureau's own section: 市人社局就业促进科, z260; not 本科, 学科)


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators that are not inside brackets of any kind (（） 〔〕 〈〉 【】), nor inside straight
    quotes, which open and close alike ("双随机、一公开": a converter's or a half-width typist's “”)."""
    parts, depth, last, quoted = [], 0, 0, False
    for m in _brackets_and(separators).finditer(text):  # only brackets and separators are visited
        ch = m.group()
        if ch == '"':
            quoted = not quoted
        elif ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth -= 1 if depth else 0
        elif depth == 0 and not quoted:
            parts.append(text[last : m.start()])
            last = m.end()
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


# an aside saying what a word takes in or stands for; its 下同 carries the definition, not units
SCOPE_ASIDE = re.compile(r"\s*(?:不?含|不?包括|包含|除|以下简称|简称|以下统称|统称|以下称"
                         r"|按[^，,。；;]{1,12}?(?:计收|计算|计费|核算|计征|收取|折算))")  # (按建筑面积计收，下同: how a price is charged, h301 F6)
ROLE_CUE = re.compile(rf"{DUTY_WORD}|负总责|{LABELS}|牵头|配合")


@lru_cache(maxsize=None)
def _brackets_and(separators: str) -> re.Pattern:
    return re.compile(f"[{re.escape(OPENING + CLOSING + separators)}\"]")


def responsibility_groups(text: str, line_starts: frozenset[int] = frozenset(), short_names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Offsets (start, end) of every stretch of ``text`` that names responsible units, in order (``short_names``: those the
    document gave units before, each a unit's name as a sentence's subject).

    - a top-level （…）, 〔…〕 or 【…】 group holding a responsibility cue (责任单位：, 牵头, 负责 …);
    - a group that closes a sentence and holds nothing but unit names: …运行产业联盟。（市商务局）
    - a label outside brackets, to the end of its sentence: 牵头单位：市发改委责任单位：各区人民政府
    - at the start of a line (``line_starts``): 自治区法治办牵头，… with what it says 配合 or 负责.
    """
    groups = []
    depth, start, opener = 0, 0, ""
    for m in BRACKET.finditer(text):  # only the brackets are visited
        i, ch = m.start(), m.group()
        if depth == 0 and ch in "（〔【":  # 【责任单位：…】 too
            depth, start, opener = 1, i + 1, ch
        elif depth and ch in OPENING:
            depth += 1
        elif depth and ch in CLOSING:
            depth -= 1
            if depth == 0:
                content = text[start:i]
                if SCOPE_ASIDE.match(content) and not ROLE_CUE.search(content):
                    continue  # 小微企业（含个体工商户、农民专业合作社，下同）: what a word takes in, not who is responsible
                if _defines_an_area(text, start - 1, i + 1, content):
                    continue  # 在市中心城区（岳阳楼区、云溪区、南湖新区，下同）购买…: the area the word covers, no units (h320 F1)
                # (〔县人社局、县农业农村局，各乡镇人民政府〕 closing an item's sentence: the same names in the other brackets, h327 F1)
                if RESPONSIBILITY_CUE.search(content) or (opener == "（" and _helpers_bracket(content)) or (
                        opener in "（〔" and _is_bare_unit_group(text, start - 1, i + 1, content, line_starts)):
                    groups.append((start, i))
                elif (opener == "（" and "会同" in content and text[start - 2 : start - 1] in "。；;"  # closing an item's sentence
                      and (with_units := _works_with(content, 0))):
                    # （X会同Y制定实施细则）: X given the task with Y's help, as the sentence form reads (a blind test: none)
                    groups.append((start, start + _with_units_after_lead(content, with_units.end())))
    if depth and LABEL_ANYWHERE.search(text[start:]):  # a group whose closing bracket the page cut off
        groups.append((start, len(text)))
    groups += _label_runs(text, line_starts)
    if any(needle in text for needle in ASSIGNMENT_NEEDLES):
        groups += _lead_sentences(text, line_starts)
    if not any(s > 0 and text[s - 1] in "（〔【(" or UNITS_LABEL.search(text, s, e) for s, e in groups):
        # (not where a bracket or a label says who answers for the clause, （X牵头，Y配合）, 责任单位：…; nor for a unit
        # another group names, 市人社局负责…，市财政局配合。…市财政局要…: its role said there; a review)
        # (the names the other groups give, whole: 县级以上人民政府应当… beside …人民政府市场监督管理部门负责… is another, h163)
        named = {TRAILING_DUTY.sub("", item) for s, e in groups for item, _ in list_items(text[s:e])}
        groups += [span for span in _modal_duties(text, alone=not groups, line_starts=line_starts) + _subject_duties(text, line_starts, after_commas=not groups, short_names=short_names)
                   if not any(s <= span[0] < e for s, e in groups) and text[slice(*span)] not in named]
        groups = list(dict.fromkeys(groups))
    return sorted(groups)


UNITS_LABEL = re.compile(r"(?:单位|部门)[：:]")
PLACES_SAME_BELOW = re.compile(r"^(?P<places>[^，,。；;：:（）()]{2,80})[，,]下同$")


def _defines_an_area(text: str, open_at: int, close_end: int, content: str) -> bool:
    """（岳阳楼区、云溪区、君山区、南湖新区，下同） inside a sentence, right after a word and before its verb: the places a
    word (中心城区, 主城区) takes in here and below, bare places with no organ, not units given the items below."""
    listed = PLACES_SAME_BELOW.match(content)
    if not listed or not open_at or not IDEOGRAPH.match(text, open_at - 1) or not IDEOGRAPH.match(text, close_end):
        return False
    names = listed["places"].split("、")
    return all(2 <= len(n) <= 14 and not ORG_END.search(n) and not ROLE_CUE.search(n) and not n.startswith(("各", "有关", "相关"))
               and (n.endswith(("区", "县", "市", "旗")) or gazetteer().match_prefix(n) is not None) for n in names)


# Every assignment ``_lead_sentences`` reads holds one of these: 牵头 (a lead), 负责, 负总责 or 统筹 (a duty), 会同 (units
# working with others), a colon (units then their duty), 职责 (units doing their share); helpers are read only after
# one of those. A clause with none is skipped: two in five of corpus-dev's, ~5% of parsing (each stop of a clause had
# been tried with a dozen patterns). A test runs the function on texts with the needles taken out.
ASSIGNMENT_NEEDLES = ("牵头", "负责", "负总责", "统筹", "会同", "：", ":", "职责", "主体责任")


NAMES_THEN_HELP = re.compile(r"(?P<units>.{2,60}?)(?:积极|全力|密切|共同)?(?:配合|协助|参与)$")
# （各区（县）人民政府落实）, （市自然资源局会同市发展改革委推进）, （各县人民政府按职责完成有关工作）:
# the units that carry the item out
NAMES_THEN_CARRY_OUT = re.compile(r"(?P<units>[^，,；;]{2,60}?)(?:" + BY_DUTIES + r"(?:分工)?|分别|具体|共同|组织|统筹)?"
                                  r"(?:落实|推进|实施|执行|完成(?:有关|相关)?工作)$")


def _helpers_bracket(content: str) -> bool:
    """（市财政局配合）, （市财政局、市税务局协助）: units helping with the duty just given; or
    （市发展改革委、市司法局落实）: units carrying out the item, read as (…负责) is, maybe with
    when after them (…按职责完成有关工作，长期推进)."""
    if m := NAMES_THEN_HELP.match(content):
        return _all_units(_unit_names(m.group("units")))
    parts = split_top_level(content, "，,；;")
    while len(parts) > 1 and TIME_SLOT.search(parts[-1]) and not ORG_END.search(parts[-1]):
        parts.pop()  # （…落实，2023年底前）: when, not who
    if len(parts) == 2 and (helpers := NAMES_THEN_HELP.match(parts[1])):  # （X统筹推进，Y、Z配合）
        if not _all_units(_unit_names(helpers.group("units"))):
            return False
        parts = parts[:1]
    m = NAMES_THEN_CARRY_OUT.match(parts[0]) if len(parts) == 1 else None
    return bool(m) and _all_units(_unit_names(m.group("units")))


def _names_a_unit_first(text: str, at: int) -> bool:
    """7.责任单位：市工信局牵头，…: a unit's name first after a field's label (not 6.受理单位：申请人户籍所在地的县人社部门, a
    description of who)."""
    first = re.match(rf"(?:[^，,、；;。（(]|{PLACE_IN_BRACKETS}){{2,30}}", text[at:])  # (…所在县（市、区）人社部门: z260)
    names = _unit_names(first.group()) if first else ()
    return bool(names) and (_looks_like_unit(names[0][0]) or bool(DISTRIBUTIVE.match(names[0][0])))


NEXT_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")  # 咨询电话：, 联系人：, 备注： opening a line


def _names_only(listed: str) -> bool:
    """A label's text that is units' names and nothing else (a field's value, not a sentence going on after it)."""
    clean = ASIDE_IN_A_LIST.sub("", re.sub(r"\s+", "", listed).rstrip("；;。"))  # (市生态环境局（各区分局具体承办）: z361)
    names = _unit_names(clean)
    return bool(names) and sum(len(n) for n, _ in names) >= len(re.sub(r"[、，,及和]", "", clean)) - 2 and all(
        _looks_like_unit(n) or DISTRIBUTIVE.match(n) for n, _ in names)


HEADING_LABEL = re.compile(rf"(?:{LABELS})。")


def _label_runs(text: str, line_starts: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """牵头单位：… / 责任单位：… written outside brackets, from the label to the sentence end, or to the
    end of its paragraph where that ends with an organ's name (…配合单位：省统计局，各州、市人民政府 / 各地、各有关部门要…)."""
    runs: list[tuple[int, int]] = []
    depth = _depths(text)
    opening = ITEM_NUMBER.match(text)  # 7.责任单位：…: a policy guide's field, the label right after the item's number
    # （五）受理部门。区经济和信息化局；…: a guide's section headed by the label, its names after the heading's 。 (z233)
    heading = HEADING_LABEL.match(text, opening.end()) if opening else None
    for m in [heading] if heading and _names_a_unit_first(text, heading.end()) else matches(LABEL_ANYWHERE, text, NEEDLES):
        at = m.start()
        field = bool(opening) and at == opening.end() and _names_a_unit_first(text, m.end())
        after_comma = text.endswith(("答：", "答:", "，", ","), 0, at)  # (答：受理单位：…, …，受理单位：…: z261)
        at = _items_above_opening(text, at, line_starts)  # 以上第（一）至（三）项责任单位：…: from the items' words (h304 F4)
        if (runs and at < runs[-1][1]) or depth[at] or (at and text[at - 1] not in "。；;！）\n" and at not in line_starts and not field
                                                        and not _after_another_column(text, at, line_starts) and not after_comma):
            continue
        if m is heading:  # (the heading's label itself no name)
            stop = re.search(r"[。！？]", text[m.end() :])
            runs.append((m.end(), m.end() + stop.start() if stop else len(text)))
            continue
        stop = re.search(r"[。！？]", text[at:])
        end = at + stop.start() if stop else len(text)
        # (a line that opens another field ends the run too: …（市外国专家局） / 咨询电话：…, …配合 / 联系人：…)
        end = next((b for b in sorted(line_starts) if at < b < end and (ORG_END.search(text, 0, b) or NEXT_FIELD.match(text, b))), end)
        # 牵头单位：X … / 主要任务：…: the group's task after its units ends them (z410: the task's phrases had been read as units)
        task = next((t.start() for t in TASK_FIELD.finditer(text, m.end(), end) if not depth[t.start()]), None)
        end = task if task is not None and ORG_END.search(text, 0, task) else end
        if after_comma:  # (…，资金承担：…，责任单位：X； / next row…: a table row's field, its line its end: h288 F3, X lost)
            end = next((b for b in sorted(line_starts) if at < b < end and text[b - 1] in "；;"), end)
        if after_comma and not _names_only(text[m.end() : end]):
            continue  # …，受理单位：各县区就业服务中心初审后报…复核: a sentence, not a field of names (the review)
        if runs and runs[-1][1] == at:  # 牵头单位：X / 责任单位：Y on the next line: one group, roles read together
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((at, end))
    return runs


FIELD_START = re.compile(r"[。；;！\n]")


def _items_above_opening(text: str, at: int, line_starts: frozenset[int]) -> int:
    """Where the sentence opens whose label is at ``at``, when all before the label names the items above (以上措施责任单位：…,
    以上第（一）至（三）项责任单位：… after the list, outside brackets as inside: h304 F4, no unit), else ``at``."""
    if at < 4 or "以上" not in text[max(0, at - ITEMS_ABOVE_CHARS) : at]:
        return at
    opens = max([text.rfind(c, 0, at) + 1 for c in "。；;！\n"] + [b for b in line_starts if b < at])
    scope = ITEMS_ABOVE.match(text, opens, at) if text.startswith("以上", opens) else None
    return opens if scope and scope.end() == at else at


ITEMS_ABOVE_CHARS = 24  # 以上第（十一）至（十五）项措施: the items' words before the label


def _after_another_column(text: str, at: int, line_starts: frozenset[int]) -> bool:
    """责任领导：市政府副市长孙立平责任单位：…: a label glued to another column's value (an official, a time, a phone
    number), the line break between them lost where the lines were joined (z256: every such item's units had been lost)."""
    stops = [m.end() for m in FIELD_START.finditer(text, 0, at)]
    start = max([0, *stops[-1:], *(b for b in line_starts if b < at)])
    return OTHER_COLUMN_ANYWHERE.match(text, start) is not None


# 由X负责 that describes a noun rather than assigning a task: 对由X牵头…的项目, 向由X负责认定的机构,
# 由X负责的12个项目, 由X负责组织实施的项目 (its verb, then 的); not 由X负责补助资金的预算安排 (a task whose
# object has a 的 in it)
BY_AS_MODIFIER = set("对向将把与和及凡从经以")
MODIFIER_VERBS = ("认定|审核|审批|审查|审定|实施|管理|建设|运营|运行|评审|监督|指导|推进|办理|受理|组织|推荐|制定|编制|验收|执行"
                  "|牵头|落实|开展|承担|提供|出具|核发|发放|处理|评估|考核|确定|认证|联系|服务|补助|扶持|支持")
DESCRIBES_A_NOUN = re.compile(rf"(?:{MODIFIER_VERBS}){{0,2}}的")
# after 由: 由省知识产权局负责解释; places in brackets are part of a name (由各县（市、区）人民政府负责…,
# 由各市（地）人民政府（行署）负责…)
# a unit's other name or its seat in brackets after it, before its duty (由各镇人民政府（街道办事处）负责, …办公室（设在…）负责)
NAME_ASIDE = (r"(?:[（〔](?:设在)?[^（）〔〕。，；：]{2,16}(?:[，,](?:以下简称|设在)[^（）〔〕。，；：]{2,16}|[，,]下同)?[）〕])?")  # (设在X，以下简称Y) and
# (以下简称Y，设在X) too; (含开发区、风景区管委会，下同): what the name covers here and below (z338)
# a place in brackets inside a name: 各县（市、区）…, 各区市县（先导区）…, 各市（开发区）…, 各区（县级市）…
PLACE_IN_BRACKETS = (r"[（〔](?:(?:[市县区旗州地镇乡、]|自治[县州旗区]|县级市|地级市|特区){1,8}|[\u4e00-\u9fff]{0,5}(?:新区|园区|开发区|先导区|示范区|高新区|片区|功能区|管委会"
                     r"|街道|乡镇|街道办事处|社区|苏木)"
                     r"|[市县区旗州盟]?(?:人民)?政府|行政公署|行署"  # 各地（市）行署（人民政府）, 各盟行政公署（市人民政府）: the body's other name
                     r"|(?<=区[（〔])[\u4e00-\u9fff]{1,5}[区县市旗]"  # 医药高新区（高港区）社会事业局: the zone's district (z326)
                     r"|(?<=各[县区市旗][（〔])(?=[^（）〔〕]{3,40}[）〕])[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){1,9})[）〕]")  # 各镇（街道）
# (各县（雄县、容城、安新）: the counties named, z277)
BY_UNITS = re.compile(r"(?P<units>(?:[^，。；：（）〔〕【】“”]|" + PLACE_IN_BRACKETS + r"|[（〔]行署[）〕]){2,40}?"
                      + NAME_ASIDE + r")(?:" + BY_DUTIES + r"(?:分工)?|根据职责|" + BY_LOCALITY + r"|共同|联合|分别|具体|主要|" + MANNER + r")*(?:" + DUTY_WORD + r"|(?=统筹(?:使用|安排|调度|调配)(?!的)))")  # 由A、B共同负责, 由A按规定负责
# (补贴资金由市商务局统筹使用: the body the funds are given to, h267 F9)
# places in brackets are part of a name (各区、县（市）市场监管局牵头，…)
# (a quoted word inside a name: 市深化“放管服”改革领导小组办公室)
# a kind's other word in brackets inside a name, the organ's name in some places: 各市水利（水务）局, 农业农村（畜牧）局 (h282 F5)
KIND_ALTERNATIVE = r"(?<=[\u4e00-\u9fff]{2})[（(](?!含)[\u4e00-\u9fff]{2,4}[）)](?=局|委|厅|部门)"
PLACED_NAME_CHAR = r"(?:[^，。；：（）〔〕【】“”]|" + PLACE_IN_BRACKETS + "|" + KIND_ALTERNATIVE + r"|“[^“”，。；]{1,10}”)"
# a unit's other name or seat in brackets after it, among the helpers: 市数据资源局（市政务服务中心）配合
ANOTHER_NAME = r"[（〔][^（）〔〕。，；：]{1,14}(?:局|委|办|厅|中心|院|室|处|会|所|站|队|组|公司|集团|行)[）〕]"  # (not （做好资金保障）)
LEAD_SENTENCE_FORM = (rf"(?P<units>{PLACED_NAME_CHAR}{{2,40}}?{NAME_ASIDE})[：:]?(?:(?:分别|共同)?牵头(?:负责)?|为(?:[^，,。；;]{{1,20}}?的)?牵头(?:单位|部门)"
                      rf"|{LEAD_ROLE_TAKEN})(?P<rest>[，,、](?P<co>(?!会同)FIRST_GROUP(?:{PLACED_NAME_CHAR}|{ANOTHER_NAME}){{2,60}}?"
                           r"(?:配合|" + BY_DUTIES + r"分工(?:负责)?|分工负责|共同负责|按属地负责|属地负责|负责落实|具体实施|具体落实|参与|参加|为(?:[^，,。；;]{1,20}?的)?配合(?:单位|部门)|(?<![责好头实])落实))?)?"  # (X为…工作的牵头部门，Y为配合部门: h250)
                           # 牵头 closes its clause, or the task follows at once (市人社局牵头研究制定…); not
                           # a modifier (牵头的), a label (牵头单位：) or one of two roles (牵头和配合)
                           r"(?=[，,。；：:]|(?![的单部处和与及])[\u4e00-\u9fff])")  # (…，Y、Z配合：对…: z285)
LEAD_SENTENCE = re.compile(LEAD_SENTENCE_FORM.replace("FIRST_GROUP", ""))
# 由X牵头，A、B，C配合: the helpers in two groups, the first one names alone (read only where they name units)
HELPERS_IN_GROUPS = re.compile(LEAD_SENTENCE_FORM.replace(
    "FIRST_GROUP", rf"(?P<first>{PLACED_NAME_CHAR}{{2,40}}?(?:管委会|局|委|办|厅|中心|政府))[，,](?=[^，,。；]{{2,40}}?配合)"))
LEAD_SENTENCES = (LEAD_SENTENCE, HELPERS_IN_GROUPS)


def _lead_sentence(text: str, at: int) -> re.Match | None:
    """X牵头，Y配合… at ``at``; with the helpers in two groups where the first names units alone (not 建设…中心)."""
    m = match_at(HELPERS_IN_GROUPS, text, at, NEEDLES)
    return m if m and m["first"] and _names_units_whole(m["first"]) else match_at(LEAD_SENTENCE, text, at, NEEDLES)


# 市人社局、市财政局按职责分工负责。 a sentence of units and their duty alone, closing a sentence;
# 市人社局负责，市大数据中心配合。 a unit's duty beside the units that help it
DUTY_SENTENCE = re.compile(  # (no 负责 among the names: X负责…的统筹，Y负责… is two duties, a blind test: X had been lost)
    r"(?P<units>(?:(?!负责)[^，。；：（）〔〕【】“”]|（[^（）。，；]{1,12}）){2,80}?)"
    r"(?:等)?(?:" + BY_DUTIES + r"(?:分工)?|根据职责|" + BY_LOCALITY + r"|分别|共同|具体|主要|" + MANNER + r")*(?:负总责|负责|牵头负责|" + PRIMARY_DUTY + r"|(?P<overall>统筹)(?:协调)?(?=[，,、]))(?:组织)?(?:落实|实施)?"
    r"(?:(?:[，,]|(?<=负责)、|(?<=统筹)、|(?<=协调)、)(?P<helpers>(?:[^，。；：（）“”]|（[^（）。，；]{1,12}）){2,60}?)"
    r"(?:" + BY_DUTIES + r"(?:分工)?|" + BY_LOCALITY + r"|分别|共同|积极|密切|全力|广泛|做好|予以)*(?:配合|协助|参与|(?<![责好头实])落实|(?<=分工|属地)负责"
    r"|具体负责(?:[^，,。；;！]{0,30})|(?(overall)具体(?:实施|落实)|(?P<carries_out>具体实施))|负责落实)"  # (由X统筹，Y具体实施: z380; X负责，Y具体实施: h324 f4)
    r"(?:[，,](?P<more>(?:[^，。；：（）“”]|（[^（）。，；]{1,12}）){2,60}?)(?:积极|全力|密切|共同)?(?:配合|协助|参与))?"  # …，Z配合
    r")?(?=[，,]?(?:长期坚持|持续推进)?[。；;！]|$)"  # 由X统筹，Y具体负责（组织申报），长期坚持。
)


# 各县（市、区）人民政府，市各有关部门按职责分工负责。: a list of units going on after a comma, their shared duty
# (none of its parts a duty of its own: not 市人社局负责政策解读，市财政局按职责分工负责)
NAME_CHAR = r"(?:(?!负责)[^，。；：（）〔〕【】“”]|（[^（）。，；]{1,12}）)"
SHARED_DUTY_LIST = re.compile(rf"(?P<units>{NAME_CHAR}{{2,40}}?(?:[，,]{NAME_CHAR}{{2,40}}?)+)(?:{BY_DUTIES}分工|按照?属地(?:管理)?(?:原则)?)负责(?=[。；;！]|$)")  # (按属地负责: h147)


# 各县区积极配合市发改委牵头…: the units before 牵头 only help the one that leads
HELPS_THE_LEAD = re.compile("配合|协助|参与|支持|积极")
# 建立由X牵头、Y参加的协调机制: who leads and who takes part in what a noun names (a body to set up), no assignment
JOINT_MODIFIER = re.compile(r"[、，,][^，,。；;：:（）]{2,24}?(?:参加|参与|配合|组成)的")
# X牵头开展的专项行动: the lead of a task named as a noun's modifier, no assignment
LEADS_WHAT_FOLLOWS = re.compile(r"[\u4e00-\u9fff][^，,。；;：:（）]{0,4}的")  # (not 牵头做好招标投标活动的指导协调: a task's object)


# 等县（市、区）人民政府, 等区政府: the kind of government the places listed before are (not 等各县…: a unit of its own)
GOVERNMENTS_OF_KIND = re.compile(r"(?:[县区市旗州盟](?:[（(][^（）()]{1,8}[）)])?)+(?P<organ>人民政府|政府)")


def _place_then_its_kind(name: str) -> str | None:
    """晋宁区等县（市、区）人民政府 (the last of 富民县、晋宁区等县（市、区）人民政府, z269): a place as an example, then the
    kind of government it is; the place, which is the unit (its government: ``_shared_endings``)."""
    place, sep, kind = name.partition("等")
    return place if sep and GOVERNMENTS_OF_KIND.fullmatch(kind) and _place_alone(place) else None


PLACE_OR_LEVEL_OPENS = re.compile(r"国家|国务院|中国|中共|共青团|人民银行|人行|自治区|省|市|区|县|州|盟|旗|地区|兵团")


def _named_by_place_or_level(name: str) -> bool:
    """市人社局, 成都市财政局: a body named by its level or its place (not 金融机构, 驻市高校: kinds of institution)."""
    return bool(PLACE_OR_LEVEL_OPENS.match(name)) or gazetteer().match_prefix(name) is not None


def _place_alone(name: str) -> bool:
    """A place's name and nothing else (晋宁区, 杭州 by its short name)."""
    hit = gazetteer().match_prefix(name)
    return hit is not None and hit[1] == name


def _looks_like_unit(name: str) -> bool:
    """An organisation's name: a level or place first (省, 市, 自治区, 平凉市) and an organ last (局, 委, 办), maybe
    another name or where it sits in brackets after it (各镇人民政府（街道办事处）, …办公室（设在省发展改革委））;
    or a province's department by its name alone (由自然资源厅负责…: only a province has a 厅)."""
    return (_opens_with_place(name) and bool(ORG_END.search(BRACKET_AFTER_NAME.sub("", name)) or BARE_ZONE.search(name))
            or is_bare_department(name) or _is_national_body(name) or bool(ZONE_COMMITTEE_NAME.fullmatch(name))
            or bool(MINISTRYS_OWN_BODY.fullmatch(name)) or bool(LEAGUE_COMMITTEE.fullmatch(name))  # 团市委
            or bool(GRASSROOTS_BODY.fullmatch(name) or GRASSROOTS_BODY_AND_ITS_PEER.fullmatch(name)) or body_where_it_is(name)
            or bool(GRASSROOTS_OFFICE.fullmatch(name)) or bool(_place_then_its_kind(name)) or bool(CORPS_DIVISION.fullmatch(name))
            or bool(STATE_FIRM_BRANCH.fullmatch(name)) or bool(EVERY_TOWNSHIP.fullmatch(name))
            or bool(TOWNSHIP_STATIONS_BY_KIND.fullmatch(name)))


# 各镇街, 各镇（街）: every town and subdistrict of the district, 重庆's short form (h269 F4: no unit)
EVERY_TOWNSHIP = re.compile(r"各(?:镇街|街镇|乡镇|镇乡)(?:[（(](?:街道?|乡镇|镇)[）)])?|各镇[（(]街道?[）)]")


# 中国出口信用保险公司福建分公司, 中国人民财产保险股份有限公司福建省分公司: a national state firm's provincial branch (h151: a
# helper after 配合，… lost)
STATE_FIRM_BRANCH = re.compile(r"(?:中国|国家|中华)[\u4e00-\u9fff]{0,20}?(?:公司|集团|银行)[\u4e00-\u9fff]{2,8}?(?:分公司|分行|支行|中心支公司)")


# 第十二师, 兵团第三师人社局: a division of the Xinjiang corps, by its number (a 师市's government, z299)
CORPS_DIVISION = re.compile(r"(?:(?:新疆生产建设)?兵团)?第[一二三四五六七八九十]{1,3}师(?!范)(?:[\u4e00-\u9fff]{0,12}(?:局|委|办|中心))?")  # (not 第一师范学院)


# 乡镇（街道）人力资源和社会保障服务站, 街道便民服务中心: a township's or street's own office by its kind (z250)
GRASSROOTS_OFFICE = re.compile(r"(?:乡镇|镇|乡|街道|镇街)(?:[（(](?:街道|镇|乡|乡镇)[）)])?[\u4e00-\u9fff]{2,16}(?:服务站|服务中心|服务所|工作站|办公室|服务机构)")  # (镇（街道）公共就业服务机构: z256)


def _township_office(name: str) -> bool:
    """镇（街道）便民服务中心, 街道便民服务中心: every township's (or street's) office of a kind, no 各 (h318 F5); not a place's
    body whose name opens as a township's word does (镇江市就业服务中心, 乡村振兴服务中心)."""
    return bool(GRASSROOTS_OFFICE.fullmatch(name)) and not name.startswith("乡村") and gazetteer().match_prefix(name) is None


# 所在乡镇（街道）, 所在地人社部门, 企业所在县（市、区）人社部门: the body of wherever the case is (z237, z240; z188, z217)
LOCATION = r"(?:(?:所在地?|参保地|户籍地|注册地|登记地|经营地|就业地|转入地|转出地|居住地|常住地)的?)+"  # (注册地所在: z260)
LOCATED = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}?{LOCATION}(?:[或、]{LOCATION})*")  # (企业参保地…经办机构: z247; 户籍地或常住地: z378)


def body_where_it_is(name: str) -> bool:
    """所在地人社部门, 企业参保地公共就业服务机构: the body of wherever the case is."""
    located = LOCATED.match(name)
    rest = name[located.end() :] if located else ""
    body = re.sub(rf"^{BRACKETED_PLACES}", "", rest)  # (…所在地县市区人社部门: the level's, then the body)
    return (bool(rest) and rest.count("（") == rest.count("）")
            and (bool(GRASSROOTS_BODY.fullmatch(rest)) or bool(body) and _department_kind(body) is not None
                 or bool(INSURANCE_AGENCY.fullmatch(body))
                 or body != rest and _looks_like_unit(rest)  # 创业实体注册地所在辖市（区）公共就业服务机构 (z296)
                 or bool(DISTRIBUTIVE.match("各" + rest)) and bool(ORG_END.search(BRACKET_AFTER_NAME.sub("", rest)))))


# (参保地社会保险经办机构; 企业参保地公共就业服务机构: z378)
INSURANCE_AGENCY = re.compile(r"(?:社会保险|社保|医疗保险|医保|(?:公共)?就业)?(?:经办机构|经办中心|服务中心)|(?:公共)?就业服务机构")


# a township's, street's or village's body by its kind (乡镇人民政府负责审核, 村委会负责入户核实): no place of the
# gazetteer opens it, and every township or village has one
GRASSROOTS_BODY = re.compile(r"(?:乡镇|镇乡|乡|镇|街道|镇街|村|社区|嘎查)(?:[（(](?:街道|社区|镇|乡|村|苏木)[）)])?"  # (乡镇（苏木）: h248)
                             r"(?:人民政府|政府|党委|党组织|党支部|党总支|村委会|村民委员会|居委会|居民委员会|委员会|集体经济组织|办事处|便民服务中心)"
                             r"|(?:村|社区)(?:两委|“两委”|委会)|(?:乡镇|村)[（(](?:街道|社区|苏木)[）)]"  # 村（社区）, 乡镇（街道）: each one
                             r"|(?:驻村|帮扶|乡村振兴)工作队|村民委员会|居民委员会|居委会|村[（(]居[）)]委会")  # the team a village is sent (驻村工作队负责…)

# 乡镇人民政府（街道办事处）负责…: the townships' body, the streets' beside it in brackets (h278 F8: no unit)
GRASSROOTS_BODY_AND_ITS_PEER = re.compile(rf"(?:{GRASSROOTS_BODY.pattern})[（(](?:{GRASSROOTS_BODY.pattern})[）)]")


# a zone's committee by the zone's own name, which no gazetteer holds (城陵矶新港区管委会)
ZONE_COMMITTEE_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}(?:区|园|港|城)(?:管委会|管理委员会|执行委员会|执委会)"  # 横琴粤澳深度合作区执行委员会
                                 r"|[\u4e00-\u9fff]{2,10}(?:新区|开发区|高新区|合作区|试验区|示范区)管理局")  # 江东新区管理局 (z257)


def _is_national_body(name: str) -> bool:
    """民政部, 人力资源社会保障部, 税务总局: a national body by its name alone (in running text as in brackets); and
    财政部社会保障司: its department or centre."""
    if name in NATIONAL_UNITS or name in NATIONAL_SHORT_NAMES or name.endswith(("部", "总局", "署")) and is_national_issuer(name):
        return True
    body = NATIONAL_BODY_DIVISION.match(name)
    return body is not None and _is_national_body(body["body"])


NATIONAL_BODY_DIVISION = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,12}?(?:部|总局|署))[\u4e00-\u9fff]{2,12}(?:司|局|中心|办公厅)$")


def is_bare_department(name: str) -> bool:
    """财政厅, 自然资源厅, 人社厅: a provincial department's type written whole, with no place (not 大厅, 办公厅)."""
    typed = _match_type(name) if name.endswith("厅") else None
    return typed is not None and typed[1] == name


AS_ROLE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:作为|是)[^，,。；;]{2,24}?(?:机构|单位|部门|主体)$")  # (X是…的主管部门，负责…: z293)
SEAT_AFTER = re.compile(r"[（(](?:设在[^（）()]{2,16}(?:[，,]以下简称[^（）()]{2,12})?|以下简称[^（）()]{2,12}[，,]设在[^（）()]{2,16})[）)]$")
BRACKET_AFTER_NAME = re.compile(r"[（〔(][^（）〔〕()]{1,16}[）〕)]$")
# after a name, a bracket longer than its other name or its seat, or naming the official in charge of it
ASIDE_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:[^（）()]{17,}|(?:[\u4e00-\u9fff]{0,4}领导|责任人|联系人)[：:][^（）()]{1,30}"
                         r"|[^（）()]{0,8}(?:见附件|详见|地址|电话)[^（）()]{0,8}"  # (…窗口（具体地址见附件）: z266)
                         r"|(?:不?含|包括)[^（）()]{1,16}[，,]下同"  # 区人民政府（含开发区、风景区管委会，下同）: the word's scope here on (z338)
                         r"|(?:局长|主任|书记|部长|厅长|处长|科长|组长|负责人)\s*[\u4e00-\u9fff·]{2,4}"  # …局（局长 刘文杰）: its head (z346)
                         r"|[^（）()]{1,10}?具体(?:承办|办理|负责|实施))[）)]$")  # 市生态环境局（各区分局具体承办）: who does it (z361)


ASIDE_IN_A_LIST = re.compile(ASIDE_AFTER.pattern.removesuffix("$") + r"(?=[、，,；;]|$)")


# an article's caption in brackets after its number (第十二条（组织实施）): what follows opens its first sentence
ARTICLE_CAPTION = re.compile(r"\s*[（(][\u4e00-\u9fff]{2,8}[）)]\s*")


# the steps of a procedure done before a unit's task (审核通过后，X会同Y…): read before a sentence and before a clause
PROCEDURE_VERBS = r"审核|审批|公示|评审|认定|验收|受理|批准|备案|核实|复核|公布|初审|审查|核查"
TASK_FIELD = re.compile(r"(?:整改|工作|主要|具体)(?:要求|措施|任务|举措)[：:]")
# a time the clause looks back from (疫情发生后，…, 近年来，…, 去年，…): what follows was done, no task given
LOOKED_BACK_FROM = re.compile(r"(?:后|以来|年来|期间|之际|去年|上半年|前期|目前|据统计)$")
PROCEDURE_STEP = re.compile(rf"(?:{PROCEDURE_VERBS}|同意)[^，,。；]{{0,6}}?(?:后|以后)$")
# what a sentence opens after: a stop, or a question and its answer's label (五、如何申请？答：X负责…: a policy's questions)
ASKED = re.compile(r"请(?=[\u4e00-\u9fff（）()、]{2,24}?(?:牵头|负责|会同))")  # (请各县（市、区）商务局会同…: its brackets too, h303 F4)
SENTENCE_OPENING = re.compile(r"(?:[。；;！？?]|答[：:]|^)\s*[①-⑳]|[。；;！？?]|答[：:]")  # (…。①市民政局负责…: a point's mark too, z343)
# 增加一条，作为第九条：“X负责…，Y负责…”, 修改为“X负责…”: an amendment's new text, its sentences as the item's own (h292 F3)
AMENDED_TEXT = re.compile(r"(?:作为第[一二三四五六七八九十百零\d]+条|增加一(?:条|款|项)|(?:修改|修订|调整)为|改为)[：:]?\s*“(?=[^“”]{4,}”)")


HEADING_COLON = re.compile(r"\s*[\u4e00-\u9fff]{2,10}[：:]")


def _lead_sentences(text: str, line_starts: frozenset[int]) -> list[tuple[int, int]]:
    """X牵头，Y配合 opening a line or a sentence, and 由X牵头… / 由X负责… anywhere, when every
    name in it looks like a unit (由评审办公室提出 is no assignment, 由…负责同志担任 no unit).
    Called only on a clause holding one of ``ASSIGNMENT_NEEDLES``: a new form needs its needle there (and in ``NEEDLES``)."""
    out: list[tuple[int, int]] = []
    sentence_starts = {m.end() for m in SENTENCE_OPENING.finditer(text)} | {m.end() for m in AMENDED_TEXT.finditer(text)}
    # 请淄博市人民政府牵头，…配合: a 通报's request opening the sentence, the units after it (z372)
    sentence_starts |= {m.end() for m in ASKED.finditer(text) if m.start() in sentence_starts or m.start() == 0 or ITEM_NUMBER.fullmatch(text, 0, m.start())}
    after_by = {m.end() for m in re.finditer("由", text) if text[m.start() - 1 : m.start()] not in BY_AS_MODIFIER}
    # A牵头制定X，B牵头制定Y: a task per clause of one sentence (牵头 only; 负责 there is a verb)
    commas = {m.end() for m in re.finditer(r"[，,]", text)}  # the offsets after each comma
    after_comma = ((commas if "牵头" in text else set())
                   | ({m.end() for m in CONDITION_THEN.finditer(text)} if "负责" in text else set()))  # (…的，X负责…: z280)
    duty_after_comma = commas if "负责" in text else set()
    # 各区开展自查，市人社局会同市财政局于…前完成评估验收: X会同Y opening a clause of a compound sentence (z222, z236)
    with_after_comma = commas if "会同" in text else set()
    depth = _depths(text)
    for m in AMENDED_TEXT.finditer(text):  # (the amendment's quote no bracket around its sentences)
        close = text.index("”", m.end())
        depth[m.end() : close + 1] = [d - 1 for d in depth[m.end() : close + 1]]
    opening = ITEM_NUMBER.match(text)
    # 市科技局负责编制…: a duty given at a sentence's start, or after the item's bracketed heading (【加强统筹协调】X负责…)
    # or a paragraph's start (五、抓好政策落实 / 市…办公室负责统筹协调…: the heading's line has no 。)
    duty_starts = sentence_starts | {opening.end() if opening else 0} | {m.end() for m in re.finditer("】", text)} | line_starts
    duty_starts |= {m.end() for m in TASK_FIELD.finditer(text)}  # 整改要求：X会同Y组建… (a 督查通报's field, z247)
    # 2024年6月30日前，市科技局会同…: a time or manner phrase opening the sentence, then the units given the task
    duty_starts |= {m.end() for s in sentence_starts | {opening.end() if opening else 0} if (m := LEADING_PHRASE.match(text, s))}
    caption = ARTICLE_CAPTION.match(text, opening.end() if opening else 0)  # 第十二条（组织实施）区科经委负责…
    if caption:
        duty_starts.add(caption.end())
    heading = HEADING_COLON.match(text, opening.end() if opening else 0)  # （二）纸质材料报送：X、Y负责…: a heading phrase, its colon (z315)
    if heading and not LABELLED.match(text, heading.start()):
        duty_starts.add(heading.end())
    listed_duties = _duties_listed(text)  # 由X负责政策兑现，Y负责资金保障: the next unit's duty after a comma
    duty_starts |= listed_duties
    for at in sorted(line_starts | sentence_starts | after_by | after_comma | duty_starts | with_after_comma | duty_after_comma):
        if at in listed_duties and text.startswith(("会同", "并会同", "同时会同"), at) and depth[at] == 0 and not (out and at < out[-1][1]):
            end = _with_units_after_lead(text, at)  # X负责A，会同Y做B: Y helps X with its second task (blind golds z165, z183)
            with_at = text.index("会同", at)  # (并会同Y: from 会同, z345)
            if end > with_at + len("会同"):
                out.append((with_at, end))
            continue
        opens = at in line_starts or at in sentence_starts or at in after_by  # a line, a sentence or 由X…
        if (at in listed_duties and not opens and not (out and out[-1][0] >= max((s for s in sentence_starts if s <= at), default=0))
                and not (at in duty_after_comma and (given := _duty_given(text, at)) and _names_units_whole(given["units"]))):
            continue  # a duty listed after a comma goes on one given to units (not 相关处室牵头，各单位配合, nor 对由X牵头，…的项目;
            # but 企业负责提交申请材料，市人社局负责审核: a unit given its own duty after the comma, the review)
        if at in with_after_comma and not (opens or at in listed_duties or at in after_comma or at in duty_starts):
            # (not after a time the clause looks back from: 疫情发生后，X会同Y迅速出台…, 近年来，…)
            m = None if LOOKED_BACK_FROM.search(text, 0, at - 1) and not PROCEDURE_STEP.search(text, 0, at - 1) else _works_with(text, at)
            if m is None and at in duty_after_comma and at not in listed_duties:  # (…，乡镇人民政府负责审核；X会同Y…: h182)
                m = _duty_given(text, at)
                m = m if m and _names_units_whole(m["units"]) else None
        elif at in after_comma and not (opens or at in listed_duties):
            # (公示无异议的，市财政局负责…: a condition, then the unit given the task, as after 由: z280)
            m = _lead_sentence(text, at) or (_duty_given(text, at) if text.endswith(("的，", "的,"), 0, at) else None)
        elif at in duty_after_comma and not (opens or at in listed_duties or at in duty_starts):
            m = _duty_given(text, at)
            m = m if m and _names_units_whole(m["units"]) else None
        else:
            # after 由, a whole duty sentence first: 由A、B负责，C配合 keeps its helpers (BY_UNITS stops at 负责)
            m = (_lead_sentence(text, at)
                 or (_by_duty_sentence(text, at) or match_at(BY_UNITS, text, at, NEEDLES) if at in after_by else None)
                 or match_at(DUTY_SENTENCE, text, at, NEEDLES) or match_at(SHARED_DUTY_LIST, text, at, NEEDLES)
                 or (_duty_given(text, at) or _works_with(text, at) or _colon_duty(text, at, line_starts) if at in duty_starts else None)
                 # 由X会同Y制定… opening a sentence: X given the task, with Y (z180, z192, z214; not after a subject, 具体办法由X会同Y
                 # 另行制定, nor a comma: z50, z51 and z63 read those as no assignment)
                 or (_works_with(text, at) if at in after_by and (at - 1 in duty_starts or CONDITION_THEN_BY.search(text, max(0, at - 8), at)
                                                                 or WHEN_THEN_BY.search(text, 0, at)
                                                                 or _a_task_named_first(text, at, duty_starts)) else None)
                 or (_help_given(text, at) if at in listed_duties else _helpers_after_a_duty(text, at, out, sentence_starts)
                     or SHARE_GIVEN.match(text, at) if at in duty_starts else None))
        if m and m.re in LEAD_SENTENCES and (HELPS_THE_LEAD.search(m.group("units"))
                                            or m.group("rest") is None and (DESCRIBES_A_NOUN.match(text, m.end()) if m.group().endswith("负责")
                                                                            else LEADS_WHAT_FOLLOWS.match(text, m.end()))
                                            or m["co"] is None and JOINT_MODIFIER.match(text, m.start("rest") if m["rest"] else m.end())):
            continue
        if m and m.re is not BY_UNITS and _subject_before_by(m.group("units")):
            continue  # 案件审核工作由法制科负责，…: the units after 由 (read from there), not the subject before it
        if (m and _assigned_units(m) and depth[at] == 0
                and not (out and at < out[-1][1]) and not (at in after_by and DESCRIBES_A_NOUN.match(text, m.end()))):
            end = _without_helpers_that_are_no_units(m)
            # X牵头，会同Y… / 由X负责，会同Y…: Y works with the unit that leads
            after_lead = (m.re in LEAD_SENTENCES and m["co"] is None or m.re is BY_UNITS or m.re is WORKS_WITH
                          or text.startswith("会同", end))  # X负责会同Y做好…: Y helps with X's duty (z295)
            out.append((at, _with_units_after_lead(text, end) if after_lead else end))
    return out


# X牵头，会同Y制定…: the units the lead works with, up to the task's verb
WITH_AFTER_LEAD = re.compile(rf"[，,]?\s*(?:并|同时)?会同(?P<with>(?:{PLACED_NAME_CHAR}|(?<=[局委办厅室部会心院组队所站处司])[（(][^（）()，。；]{{2,16}}[）)]){{2,40}})")  # (…（区知识产权局）)
# …会同Y于年底开展…, 会同Y在每年12月底前对…, 会同Y自受理之日起20个工作日内完成…: when, between the units and their task
TIME_BEFORE_TASK = re.compile(r"(?:(?:自|在|从)[^，。；]{1,14}?之日起[^，。；]{0,10}?内|(?:于|在)[^，。；]{1,14}?(?:前|底|末|内|月|日|季度)|每\s*(?:半\s*年|\d{0,2}\s*个?(?:年|季度|月|周)|旬)"
                              r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末)?(?:前|以前)?|末|初|底)?(?:至少)?|(?:不)?定期|按(?:季度|月|年|半年|年度))")  # 会同Y每年12月底前对…, 每季度末 (z286); 不定期 (h185)
# how the units do their task, between their names and its verb (会同Y适时开展…) or its object (会同Y适时对…: z442)
MANNER_BEFORE_TASK = (r"(?:要|须|将|应当?|共同|联合|及时|适时|积极|按职责|按规定|按程序|按要求|依法|分别|优先|认真|全力|加快|另行|迅速"
                      r"|逐项|逐一|逐户|逐家|逐个|逐人|全面|统一|集中|重点|全额|足额|如数|限期"  # (会同Y全额追回: h186)
                      r"|进一步|抓紧|尽快|加紧|切实|持续|不断|大力|着力|主动|及早|提前"
                      r"|按(?:项目|工程|建设|施工|实施)?进度)*")  # (会同Y按项目进度拨付: h286 F2, Y lost)  # (a blind test: 会同Y进一步完善…, Y lost)
# (…会同同级财政部门应当在受理之日起10个工作日内完成…: how, then when, then the task: h186)
TASK_AFTER_NAMES = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位))?(?:" + MANNER_BEFORE_TASK + "(?=" + TIME_BEFORE_TASK.pattern + "))?"
                              r"(?:" + TIME_BEFORE_TASK.pattern + ")?" + MANNER_BEFORE_TASK +
                              r"(?:制定|制订|建立|开展|推进|做好|研究|完善|组织(?!部)|落实|加强|负责|抓好|实施|出台|编制|建设|推动|印发|起草|修订"
                              r"|指导|督促|协调|统筹|办理|举办|搭建|打造|优化|提升|健全|梳理|发布|实行|探索|设立|培育|引导|规范|清理|整合|评估"
                              r"|拟定|细化|明确|对接|做实|谋划|核实|作出|进行|保障(?![部局厅处])"
                              r"|扩大|深化|推广|开发|完成|实现|开通|简化|压缩|提高|降低|加快|强化|分配|下达|拨付|审核|核查|复核|监督|检查"
                              r"|督查|考核|通报|公布|公示|受理|认定|确定|核定|组建|召开|修改|清查|排查|摸排|调度|编报|报送|申报|争取|筹措|安排|测算|推行"
                              r"|建成|兑现|约谈|发放|分解|核拨|划拨|追回|收回|查处|处理|责令|处罚|给予|予以|更新|追缴|取消|列入|调整"  # (not 维护: 市委维护稳定工作领导小组办公室)
                              r"|核验|比对|核对|审定|评定|验证|监测|统计|调查|研判|会商|共享|推送|核算|结算|清算|审计|评审|审查|测评|考评"
                              r"|挂牌|督办|编印|印制|汇编|编写|制作"  # (会同Y挂牌督办, 会同Y编印…指南: z339)
                              r"|打通|畅通|贯通|构建|创建|推出|上线|启动|部署|举行|设置|配备|提供|签订|签署|归集|汇总|遴选|评选|推荐"  # (z379)
                              r"|提出|提请|报请|拟订"  # (会同市财政局提出资金分配建议: z392)
                              r"|升级|迭代|改造|扩容"  # (会同市工商联、市大数据局升级…平台: z394)
                              r"|采取|采用"  # (会同省统计局、省司法厅采取“四不两直”方式…: z417)
                              r"|组成|整改"  # (会同A、B、C组成5个督查组: h171; 会同Y限期整改: the review)
                              r"|验收|抽查|复查)")  # (县残联会同镇（街道）共同验收: h309 F7, none)
# (会同Y于…前建成…, 会同Y于每年3月底前兑现: z277; 会同市委组织部约谈…: z278; 会同Y核验…: z312)
# …会同Y对各项任务开展督查: a preposition bringing the task's object first (not 对口, 对外, 对台办: words of a name);
# …会同Y配合: its helping words
OBJECT_BEFORE_TASK = re.compile(rf"(?:{TIME_BEFORE_TASK.pattern})?{MANNER_BEFORE_TASK}(?:(?:对|就|围绕|为(?!民(?!营))|在(?=[\u4e00-\u9fff（）()]{{2,20}}?(?:开设|开展|设立|举办|建立|组织)))(?![口外象接业]|台办|台工作)|(?:配合|参与|协助)(?![的单部])"
                                r"|(?:按(?:程序|规定|要求)|依法|及时)?(?:将|把)(?![来要会])|委托(?!的)|通过(?!的)|(?:依托|利用|借助|运用|基于)(?!的)|(?:根据|依据|依照)(?!的)|按照?(?:以下|下列|规定|有关|相关)[^，。；]{0,6}?(?:标准|规定|程序|要求|办法)?(?=对|给予|开展|组织|将|把|[，,]|兑现|发放|拨付|执行)"
                                r"|按照?[^，。；]{1,12}?(?:比例|标准)(?=对|给予|开展|组织|进行)"
                                r"|按照?[^，。；]{1,8}?(?:法|方式|原则)(?=分配|下达|拨付|核定|测算|确定|对|开展|组织|进行)"  # (会同Y按照因素法分配…: h259 F3)
                                # 会同Y向省财政厅报送…: to whom the task reports (h146: 地方金融监管局向省财政厅 read as Y)
                                r"|向(?=[^，。；]{2,24}?(?:报送|报告|报备|提交|提出|申请|反馈|汇报|推送|移交|备案|推荐|通报|申报|征求)))")  # (会同Y按不低于10%的比例对…抽查: z256)  # …会同Y委托第三方机构对…开展评估: whom the task is given to, no name of Y's; …会同Y按以下标准对…


# (于2023年10月底前，由X会同Y…, 在10月底前，…: a blind test; 最迟于…前，, 原则上于…前，, 于每年3月底前，: a review)
LEADING_PHRASE = re.compile(r"\s*(?:(?:最迟|原则上|应当?|须)?(?:(?:于|在)\s*)?(?:每年\s*)?(?:\d{4}\s*年[^，,。；]{0,12}?|\d{1,2}\s*月[^，,。；]{0,6}?)(?:前|底|末|内|起)"
                            r"|到\s*\d{4}\s*年[^，,。；]{0,4}|(?:今|明)?年底前|年内"
                            # 公示无异议后，X会同Y…: a step of the procedure done first (not 疫情发生后, the past)
                            rf"|(?:经[^，,。；：]{{0,16}}?)?(?:{PROCEDURE_VERBS})[^，,。；：]{{0,6}}?(?:后|以后)"
                            # 项目建设完成后，由X会同Y组织验收: the work's end, the step that follows it (h303 F5: no unit)
                            rf"|(?:项目|工程|活动|任务)[^，,。；：]{{0,8}}?(?:完成|竣工|完工|结束|期满|到期|{PROCEDURE_VERBS})[^，,。；：]{{0,4}}?(?:后|以后)"
                            r"|每(?:年|半年|季度|月)[^，,。；]{0,10}|(?:按照?|根据)职责分工"
                            r"|会议(?:明确|要求|决定|同意|指出|议定|强调|研究决定)"  # (a meeting's minutes: 会议明确，X负责…: z309)
                            r"|[一二三四五六七八九十](?:是|要)[^，,。；;]{1,24})[，,]\s*")  # (一是拓宽外出务工渠道，X负责…: a point's heading, z327; 一要…, z339)


# …会同市医保局指导各类学校做好…: the task's verb after the names, not a word of one (就业指导中心)
GUIDES_WHOM = re.compile(r"指导(?!中心|站|所|处|科|办|委员会|服务)")


def _with_units_after_lead(text: str, end: int) -> int:
    """Where a lead's group ends when 会同 names the units it works with after it (co): after the
    longest run of units' names that a task's verb follows (知识产权促进处牵头，会同各市局建立名录库)."""
    m = WITH_AFTER_LEAD.match(text, end)
    if not m:
        return end
    names = m["with"]
    # 会同市发展改革委每半年对各地各部门落实情况开展督查: the task's object opens after the first name that a
    # preposition follows (各部门 ends no name of the units)
    first_object = next((q for q in range(2, len(names)) if ORG_END.search(names, 0, q) and OBJECT_BEFORE_TASK.match(names, q)), len(names))
    for cut in range(first_object, 1, -1):
        chunk = names[:cut]
        parties = PARTIES_AFTER_UNITS.match(names, cut)  # (会同镇（街道）、残疾人家庭共同验收: the households no unit, h309 F7)
        if (ORG_END.search(BRACKET_AFTER_NAME.sub("", chunk)) and (_task_follows(names, cut) or parties and _task_follows(names, parties.end()))
                and (_names_units(chunk) or _bare_kinds_then_department(chunk.removeprefix("同级")))
                and not GUIDES_WHOM.search(chunk) and not _task_inside_a_name(chunk)):
            return m.start("with") + cut
    if text[m.end() : m.end() + 1] in ("，", ",") and _names_units(names):
        return m.end()  # 会同省医保局、省公安厅，推动… / ，对全市…开展检查 (z229) / ，聚焦…: the task after a comma
    return end


# 会同镇（街道）、残疾人家庭共同验收, 会同乡镇和受益农户验收: parties to the work named after the units, no body of any level
PARTIES_AFTER_UNITS = re.compile(r"(?:[、和及与](?:[\u4e00-\u9fff]{0,8}?(?:家庭|农户|群众|居民|村民|代表|专家|施工单位|监理单位|设计单位|第三方机构|申请人|受益人)))+")


def _task_follows(names: str, at: int) -> bool:
    """A task's verb, its object's preposition or when it is done (会同Y每年赴…: z382) at ``at``: no name goes on there."""
    return bool(TASK_AFTER_NAMES.match(names, at) or OBJECT_BEFORE_TASK.match(names, at) or TIME_BEFORE_TASK.match(names, at))


def _task_inside_a_name(chunk: str) -> bool:
    """会同市财政局、市人社局督促经办银行: the last name runs on past an organ into a task (督促…), whose object is a name too
    (z250); not 市委组织部, 市委督查室 (the verb's word goes on as an organ's name)."""
    last = list_items(chunk)[-1][0] if chunk else ""
    # (市经信局（市新经济委）制定产业学院: an organ's other name in brackets before the task, z379)
    return any(ORG_END.search(BRACKET_AFTER_NAME.sub("", last[:p])) and (TASK_AFTER_NAMES.match(last, p) or TIME_BEFORE_TASK.match(last, p))
               and not NAME_GOES_ON.match(last, p) for p in range(2, len(last) - 1))  # (…每年赴重点高校: z382)


NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:部|室|处|科|局|中心|站|所|组|办|委员会)(?:$|[（(])")


SUBJECT_BEFORE_BY = re.compile(r"(?<!自)由")  # (自由贸易试验区 is a name's)


# 跨部门联合检查由X会同Y统筹组织, 涉企检查投诉举报机制由X会同Y建立: the task named first, then whom it is given to (a blind
# test: 条例 and 办法 say it so); not 具体办法由X会同Y另行制定 (rules still to be made, z50, z51, z63: no assignment)
TASK_NAMED_FIRST = re.compile(r"[\u4e00-\u9fff“”]{2,20}")
MADE_LATER = re.compile(r"[^，,。；;]{0,60}?(?:另行|研究制定|制定|制订|起草|编制|出台|确定|明确|印发|细化|规定)")  # (rules to come: reviews)
# what a rule still to be made is named (具体补贴标准由X会同Y…); kept up (定期更新, 动态调整) it is a task (事项清单由X会同Y定期更新)
RULES_NAMED = re.compile(r"(?:办法|细则|标准|规定|方案|目录|清单|程序|条件|政策|措施|意见|制度|规程|指南|指引|规则)$")
KEPT_UP = re.compile(r"[^，,。；;]{0,60}?(?:定期|动态|及时)?(?:更新|调整|维护|公布|发布)")
# 保教费标准由X会同Y核定: a rate approved (a price's 核定, 审定), a standing task, not a rule still to be made (h297 F5)
APPROVED = re.compile(r"[^，,。；;]{0,60}?(?:核定|审定|核准)(?![的了])")


def _a_task_named_first(text: str, by_end: int, duty_starts: set[int]) -> bool:
    """由 after a short task named at the start of its sentence (not after a rule still to be made)."""
    start = max((s for s in duty_starts if s < by_end), default=0)
    # (事项清单由X会同Y定期更新: a list kept up, a task; 具体办法由X会同Y另行制定: a rule to come, none: a blind test and a review;
    # …的认定名单，由X会同Y于每年2月底前确定: a task by its date, its comma too, h238)
    dated = DUE_BEFORE_VERB.match(text, by_end) is not None
    subject = text[start : by_end - 1].rstrip("，," if dated else "")
    return bool(TASK_NAMED_FIRST.fullmatch(subject) and (dated or not MADE_LATER.match(text, by_end))
                and (dated or not RULES_NAMED.search(subject) or KEPT_UP.match(text, by_end) or APPROVED.match(text, by_end)))


DUE_BEFORE_VERB = re.compile(r"[^，,。；;]{0,30}?于(?:每年)?[^，,。；;]{1,16}?(?:前|底|末)")


def _subject_before_by(units: str) -> bool:
    """案件审核工作由法制科…: what a sentence read from its start takes for units holds a subject, then 由."""
    number = ITEM_NUMBER.match(units)
    return bool(SUBJECT_BEFORE_BY.search(units, (number.end() if number else 0) + 1))


CONDITION_THEN = re.compile(r"的[，,]")  # 公示无异议的，…: a condition, then what is done
# 公示期满无异议的，由X会同Y于…前拨付, 对…的企业，由X会同Y依法追回: who acts on the condition (z305, z307, z297)
# (对…的企业，由X会同Y…: who the condition is on; not …挂钩的待遇，由X会同Y调整, a subject)
# (对连续2年排名后3位的省辖市，由X会同Y…约谈: the object put first, z349)
CONDITION_THEN_BY = re.compile(r"的(?:企业|单位|项目|人员|职工|个人|机构|主体|对象|省辖市|地市|市|县|区|地区|部门)?[，,]由$")
# 当全国猪粮比价连续3周低于5:1时，由X会同Y启动…: a sentence opening with when the step is taken (h293 F6: no unit)
WHEN_THEN_BY = re.compile(r"(?:^|[。；;！】])\s*当[^，,。；;]{2,40}?时[，,]由$")
# an item's number opening its text (（一）, 1., 第三条): the item's first sentence starts after it
ITEM_NUMBER = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、]|第[一二三四五六七八九十百]{1,4}条)\s*")
# (各县、区人民政府，各开发区管委会负责…: a list going on after a comma, each part units: z143)
# X（作为…单位，）在Y指导下，负责…: under whose guidance the duty is X's (z411: 数字广西集团有限公司 lost)
UNDER_GUIDANCE = r"(?:在[^，,。；;]{2,24}?(?:指导|领导|监督|统筹|组织)下[，,]?)?"
GUIDED = re.compile(r"在[^，,。；;]{2,24}?(?:指导|领导|监督|统筹|组织)下$")
DUTY_GIVEN = re.compile(rf"(?!由)(?P<units>{PLACED_NAME_CHAR}{{2,60}}?(?:[，,]{PLACED_NAME_CHAR}{{2,40}}?)*{NAME_ASIDE})[：:]?(?:具体|主要|分别|{BY_DUTIES}(?:分工)?[，,]?(?:分别)?|按照?属地(?:管理)?(?:原则)?|(?:作为|是)[^，,。；;]{{2,24}}?(?:机构|单位|部门|主体)[，,]|设在[^，,。；;]{{2,20}}?[，,])?{UNDER_GUIDANCE}" + rf"(?:(?:{DUTY_VERB}|(?<=具体)承办)"
                        + rf"(?=[\u4e00-\u9fff，,“《\d])|(?:负总责|{PRIMARY_DUTY})(?=[。；;，,！]|$))")  # (X按照职责分工，负责…; X作为…机构，负责…; X负责“…”平台建设; 市财政局：负责…, a duty a line: z230;
# X负责12345热线…: a duty whose object opens with a figure (z438)
# X牵头负责…，Y具体承办…: the part of the work Y does (h297 F6: Y lost)
# X负责《若干政策》…的解释: z233)


# what a unit is to do before its task (省财政厅要会同…, 市人社局还要主动会同…): no part of its name
MODAL = r"(?:(?:还|也|要)?(?:要|将|应当?|应该|须|必须|需要?)(?:主动|积极|继续)?)"
# 省工业和信息化厅会同省财政厅、省国资委建立…机制 opening a sentence: X is given the task, with Y's help (blind golds z137, z154,
# z171 counted it); the units after 会同 are read as after X牵头，会同Y (_with_units_after_lead)
# (市人社局将于2024年6月底前会同…: when the task is due, between the unit and 会同)
# (X在…的基础上，会同Y…: what X builds on, then whom it works with, z337)
BASIS = r"在[^，,。；;]{2,40}?(?:基础上|前提下)"
BASIS_AFTER_NAME = re.compile(rf"(?<=[\u4e00-\u9fff]){BASIS}[，,]?\s*$")
WORKS_WITH = re.compile(rf"(?!由)(?P<units>{PLACED_NAME_CHAR}{{2,40}}?{NAME_ASIDE})(?<![要将应当须还也])(?:{MODAL})?"
                        rf"(?:{TIME_BEFORE_TASK.pattern}|{BASIS})?(?=[，,]?会同)")
# 给予支持, 予以支持, 积极支持 closing a phrase after units (not 支持企业…: a duty's object)
SUPPORT_CLOSING = re.compile(r"(?:给予|予以|积极|大力|全力)支持(?=[。；;，,）)]|$)")
JOINTLY_WITH = re.compile(r"(?<=[局委办厅府室心])联合(?=[\u4e00-\u9fff]{1,12}?(?:局|委|厅|办|中心|政府)(?:(?!印发|出台|发布)[^，。；《》]){0,30}?"
                          r"(?:对|进行|开展|组织|制定|建立)(?!的))")  # (not …联合…印发《关于开展…》: done, the review)
# …会同Y印发的《…》, …会同Y联合印发了《…》: what was done (a modifier, or the past), no task given
DONE_ALREADY = re.compile(rf"\s*(?:共同|联合)?(?:(?:{MODIFIER_VERBS}|印发|出台|发布|确定)(?:的|了)|[\u4e00-\u9fff]{{1,4}}?了)")  # (…起草了《…》: a 解读's past)


def _works_with(text: str, at: int) -> re.Match | None:
    """X会同Y… opening a sentence, X every word a unit's name (not 区政务服务局加强统筹协调，会同…: a task, then 会同)."""
    m = match_at(WORKS_WITH, text, at, NEEDLES)
    if not m or not _names_units_whole(m["units"]):
        return None
    names_end = _with_units_after_lead(text, m.end())
    sentence_end = SENTENCE_STOP.search(text, names_end)
    past = PAST_DONE.search(text, names_end, sentence_end.start() if sentence_end else len(text))
    return None if DONE_ALREADY.match(text, names_end) or past else m


# …会同Y、Z等单位，在深入调研的基础上起草了《…》: what was done (a 解读's background, z215, z233), no task given
PAST_DONE = re.compile(r"(?:起草|制定|出台|印发|发布|研究|编制|修订|形成)了")  # (not 不了了之, 拖了后腿: a verb then 了 of its own)


def _duties_listed(text: str) -> set[int]:
    """Offsets after the commas of a sentence that gave a unit its duty before them (由X负责A，Y负责B):
    the sentence goes on listing duties, so Y负责B gives Y one."""
    cues = len(DUTY_CUE.findall(text))
    if cues < 2 and not (cues and HELP_CUE.search(text)):
        return set()  # no second duty, nor a unit helping with the first
    starts, sentence_start = set(), 0
    for m in re.finditer(r"[。；;！]|[，,]", text):
        if m.group() in "。；;！":
            if m.group() in "；;" and DUTY_CUE.search(text, sentence_start, m.start()):
                starts.add(m.end())  # X负责A；Y、Z按职责分工做好相关工作: duties listed over statements
            sentence_start = m.end()
        elif DUTY_CUE.search(text, sentence_start, m.start()):
            starts.add(m.end())
    return starts


# (由X牵头保障，Y配合: a lead's task named too; X会同Y制定…，Z负责…; …负责A，并会同Y做B: z345)
DUTY_CUE = re.compile(DUTY_VERB + r"|牵头(?![单部的])|(?<=[局委办厅室心府会并])会同")
# units named to help: 配合, carrying out (…，Y抓好落实 / Y落实。) or doing their share (按职责分工做好…); not …，Y做好资金保障
# (a task of Y's own beside X's, which no responsibility form states)
# (区财政局参与考核结果的督办。: its part named, the sentence's own, as 配合做好… is: h321 F6; not 参与的…, 参与了…, nor …参与建设的
# 项目，…, a noun phrase the sentence goes on from, nor …参与政府采购活动的权利。, what is not a task: a task's work after 的)
TASK_JOINED = (r"(?![的了])(?:[^，。；;,的]{2,24}?|[^，。；;,]{1,20}?的(?:督办|督查|督导|考核|考评|检查|评估|评审|验收|监督|审核|核查|实施|工作))"
               r"(?:[。；;]|$)")
# (…，县总工会参与项目监督: a helper with its part named, h272 F5: not read; not 参与的…, a noun's modifier)
# (…，区财政局参与考核结果的督办。: a 的 in its part, which ends the sentence, h321 F6)
JOINS_IN = r"参与(?=[。；;，,]|$|(?:(?!的)[\u4e00-\u9fff]){2,12}(?:[。；;，,]|$)|" + TASK_JOINED + ")"
HELP_CUE = re.compile(r"配合|协助(?![的单部])|" + JOINS_IN + r"|落实(?=[。；;，,]|$)|" + BY_DUTIES + r"(?:分工)?(?:做好|抓好)|指导(?=[。；;，,]|$)|[，,]会同")


# …，市教育局、各高校配合做好… (协助开展…): units helping with the duty given before them in the sentence (not 配合省市场监管局做好…,
# whose units are 配合's object)
# a helper's other name in brackets (州发展改革委（州协作办）配合: z286), not its duty (市财政局（做好资金保障）配合)
OTHER_NAME_AFTER = r"(?:[（(][^（）()，。；]{1,14}?(?:局|委|办|厅|室|部|会|中心|处|组|站|所)[）)])?"
HELP_GIVEN = re.compile(rf"(?P<units>{PLACED_NAME_CHAR}{{2,40}}?{OTHER_NAME_AFTER})[：:]?(?:{BY_DUTIES}(?:分工)?|积极|全力|密切|共同)*"
                        r"(?:(?:做好|予以)?(?:配合(?=[\u4e00-\u9fff]|[。；;，,（(]|$)|协助(?!企业|群众|申请人|个人|学生|农户|居民|家庭|经营主体|市场主体|用人单位|劳动者|毕业生|人员|其|他|对方))|(?:做好|抓好)(?=[\u4e00-\u9fff])"
                        r"|(?:分别|具体)?落实(?=[。；;，,]|$)|(?:加强|业务)?指导(?=[。；;，,]|$)|" + JOINS_IN + ")")  # …，各区人民政府落实。 …，Y加强指导
# (X负责，Y、Z参与，推动…: z410)
# (…，Y按职责做好配合，确保… / …，Y抓好落实 / …；X、Y按职责分工做好相关工作: after a duty given to units)


# 市经信局、市人力社保局按职责分工做好相关工作。 opening a sentence: units doing their share (co)
# (…做好优化营商环境相关工作, …做好各项工作: the work's field named, a blind test and a review)
SHARE_GIVEN = re.compile(rf"(?P<units>{PLACED_NAME_CHAR}{{2,40}}?)(?:要|应)?按照?(?:各自)?职责(?:分工)?(?:[，,]?(?:配合|协助|共同)?(?:做好|抓好)(?P<task>[^，,。；;]{{0,16}}?工作)(?=[。；;，,]|$)"
                         r"|[，,]?加强(?:指导|支持|协调|配合|督导)[^，,。；;]{0,10}(?=[。；;，,]|$)"  # (…要按照职责分工加强指导和支持: a blind test)
                         r"|负责(?=[，,]))")  # 市财政局、市工信局按职责分工负责，各县（区）人民政府负责…


def _help_given(text: str, at: int) -> re.Match | None:
    """…，Y配合做好… after a duty given before it (…负责A，会同Y做好B is read in ``_lead_sentences``: Y helps)."""
    m = HELP_GIVEN.match(text, at)
    if m and MODAL_TASK.search(m["units"]) and CALL_ON_EVERYONE.match(m["units"]):
        return None  # 各地区各部门要加强协同配合: a call on everyone, no unit named to help (z349; 市财政局要加强配合 is one)
    return m if m and not m["units"].startswith(("会同", "配合", "协助")) and not _opens_with_place(text[m.end() : m.end() + 8]) else None


MODAL_TASK = re.compile(r"(?:要|应当?|须|需)(?:加强|强化|注重|做好|进一步)")
CALL_ON_EVERYONE = re.compile(r"各(?:地区?|级)?各?(?:有关|相关)?(?:部门|单位)?(?:要|应|须|需)")


def assigns_roles(text: str) -> bool:
    """X牵头负责，Y、Z等部门配合 / 由X统筹，Y具体实施: units and their roles, the whole text (a table's unit cell written as a
    sentence, z380)."""
    bare = text[1:] if text.startswith("由") else text
    m = LEAD_SENTENCE.match(bare + "。") or DUTY_SENTENCE.match(bare + "。")
    return bool(m) and m.end() == len(bare) and bool(m["rest"] if m.re is LEAD_SENTENCE else m["helpers"]) and _names_units(m["units"])


def _helpers_after_a_duty(text: str, at: int, duties: list, sentence_starts: set[int]) -> re.Match | None:
    """X负责联系培训机构。Y、Z配合做好…: units helping, in a sentence of their own after a duty given before it (z211)."""
    m = _help_given(text, at) if duties and at in sentence_starts else None
    return m if m and ASSISTS.search(m.group()) else None  # (…。Y做好本地区实施: its own work, no help)


def _duty_given(text: str, at: int) -> re.Match | None:
    """市科技局负责编制补助资金年度使用计划。 opening a sentence: the units given a task (a regulation's
    duties article, 管理职责分工如下：（一）…); not 各级税务机关要… (no 负责) nor …负责的项目 (a noun's modifier)."""
    m = match_at(DUTY_GIVEN, text, at, NEEDLES)
    if m and PRIMARY_DUTY_END.search(m.group()) and _plays_a_part(m["units"]):
        return None  # 用人单位承担主体责任, 承办单位负主体责任: a part played, no body named (the review; as 用人单位要… reads)
    parts = split_top_level(m["units"], "，,") if m else []
    if not m or len(parts) > 1 and not all(_names_units_whole(part) and not STEP_INSIDE.search(part) for part in parts):
        return None  # (a list going on after a comma, each part units; not 加强统筹，市人社局负责…: a task, then the duty; nor
        # 县商务局汇总后报市商务局，市商务局负责复核: a step passed on, then the next body's duty, the review)
    modifier = DESCRIBES_A_NOUN.match(text, m.end())  # 市科技局负责组织实施的项目要…: a subject, its predicate after it
    if not modifier:
        return m
    end = _phrase_end(text, modifier.end())
    predicate = SUBJECTS_PREDICATE.search(text, modifier.end(), end) or SUBJECTS_PREDICATE.match(text, end + 1)
    return None if predicate else m  # (…的项目，由市财政局拨付: the predicate after a comma)


# 5．各镇人民政府（街道办事处）：落实属地主体责任…, 7．市税务局、市市场监管局等单位：按职责分工落实…: a 职责分工 list's item, the
# units then their duties after a colon, with no 负责 (z276)
COLON_DUTY_NAMES = rf"(?!由)(?P<units>{PLACED_NAME_CHAR}{{2,60}}?{NAME_ASIDE})(?:等(?:有关|相关)?(?:单位|部门))?[：:]"
# what follows a letter's addressees (各有关单位：请…, 各区人民政府：按照…，现将…), not a duty; the second kind may open an item's duty
LETTER_OPENS = r"请|现将|现印发|现就|现把|你们"
LETTER_OR_DUTY_OPENS = r"经|为|根据|按照"
# (国家级重点展会：不超过10万元, a payment table's row: a bound sum, no duty: the review)
SUM_AFTER_LABEL = r"不超过|最高|不低于|不少于|最多|不高于|最低"
COLON_DUTY = re.compile(COLON_DUTY_NAMES + rf"(?!{LETTER_OPENS}|{LETTER_OR_DUTY_OPENS}|{SUM_AFTER_LABEL})(?=[\u4e00-\u9fff])")


# （五）县直各单位：按照…要求，督促…: after an item's number, no letter's addressees (z298)
COLON_DUTY_OF_AN_ITEM = re.compile(COLON_DUTY_NAMES + rf"(?!{LETTER_OPENS}|{SUM_AFTER_LABEL})(?=[\u4e00-\u9fff])")


# （三）县市场监管局、县教体局、县卫健委等行业主管部门。负责…: an item whose heading is its units' names alone, its duties after
# (the duty's words first after the stop: not （一）浦东新区打造营商环境综合示范区。深入推进…, a task's heading; nor an article's
# 第六条 X设Y委员会。)
UNITS_AS_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.．、])\s*"
                              rf"(?P<units>{PLACED_NAME_CHAR}{{2,60}}?{NAME_ASIDE})(?:等[^，。；：、]{{0,8}}?(?:单位|部门))?。"
                              r"(?=(?:主要|具体)?(?:负责|牵头|落实|承担|统筹|履行|配合|协助|做好|抓好|督促|指导)"
                              r"|(?:按照|根据|依据)[^。；;]{0,30}?[，,]负责)")  # (…。按照“管行业必须管安全”要求，负责…)


def _colon_duty(text: str, at: int, line_starts: frozenset[int] = frozenset()) -> re.Match | None:
    number = ITEM_NUMBER.match(text)
    m = match_at(COLON_DUTY_OF_AN_ITEM if number and number.end() == at else COLON_DUTY, text, at, NEEDLES)
    if (not m or _heading_line_before(text, m, line_starts)  # (一、工作要求 / X：负责…: the heading's line no part of the name, h294 F6)
            or not _names_units_whole(m["units"]) or FORM_FIELD.search(m["units"]) or LABELLED.match(m.group())
            or LABEL_ANYWHERE.search(m.group()) and not re.match(DUTY_WORD, text[m.end() :])):
        # (…省发展改革委成员单位：省政府办公厅…: the names before another label's, z410; but X领导小组成员单位：负责… is a duty)
        return None  # (承办单位：X（牵头），Y: a units' label, no unit given a duty, z386)
    # (…；各县（市、区）单位：所在地县（市、区）就业服务中心。: who applies where, a place for each, no duty: z345)
    after = PHRASE_STOP_OR_STOP.split(text[m.end() :], maxsplit=1)[0]
    # (市人才发展局人才服务科：王女士，联系电话：…: a contact, no duty: h238)
    return None if after and _names_units_whole(after) or CONTACT_AFTER_COLON.match(text, m.end()) else m


# a person, then a phone (王女士，联系电话：0898-…; 李明 0931-8888888): whom to call at the unit before the colon
# (林××，0591-87××××××: the name and the number masked, as a published notice's contact list writes them: h294 F6)
CONTACT_AFTER_COLON = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,4}?(?:女士|先生|同志|科长|主任|处长)|[\u4e00-\u9fff]{1,3}[×＊*Ｘ]{1,3}|[\u4e00-\u9fff]{2,4})?[，,、\s]*"
                                 r"(?:(?:联系|咨询|办公)?(?:电话|手机|方式)[：:]?\s*)?(?:\d{3,4}\s*[-－—]\s*)?(?:\d{7,8}|\d{0,4}[×＊*Ｘ]{3,8}\d{0,4})")


PHRASE_STOP_OR_STOP = re.compile(r"[，,。；;]")
# 白银市…申请表填报单位：填报日期：… a form's field, whoever fills it in (corpus-dev's 甘肃_09)
FORM_FIELD = re.compile(r"表|(?:填报|申请|申报|项目|用人|建设)单位$")


def _names_units_whole(part: str) -> bool:
    """Every item of the list ``part`` is a unit's name, whole (not 加强统筹, nor 市城运中心加强对…指导: a task's words)."""
    names = _unit_names(part)
    named = {offset: name for name, offset in names}
    # (领导小组办公室（设在市营商局）: where it sits is no part of its name, z438)
    return _all_units(names) and all(named.get(offset) == SEAT_AFTER.sub("", re.sub(r"等$", "", item)) for item, offset in list_items(part))


# 市人社局要统筹协调…。市财政局要加大资金支持力度…: departments each given their part in a sentence of its own (a 明确部门责任
# item, a blind user's report); one such sentence (市人社局、市财政局要加强协作) where nothing else in the clause names units
# (six of eight blind testers of the thirty-eighth session read its units so; before, two sentences at least were wanted),
# but never bodies called on as all or by kind (各级税务机关要…, 各部门要…: docs/ingest.md)
# (市人社局、市财政局等部门要…: the bodies named, then their summary, h255)
MODAL_SUBJECT = rf"\s*(?P<units>{PLACED_NAME_CHAR}{{2,40}}?)(?P<summed>等(?:有关|相关)?部门)?[，,]?(?:还|也)?要(?=[\u4e00-\u9fff])(?!求)"  # (not 等单位: applicants)
MODAL_DUTY = re.compile(r"(?:(?<=[。；;])|^)" + MODAL_SUBJECT)
MODAL_DUTY_AT = re.compile(MODAL_SUBJECT)  # at a line's start (二、工作要求 / 市人社局要…: the breaks are out of the text read)
MODAL_DUTIES_MIN = 2
# bodies called on by their kind, not named (市有关部门, 各部门、单位, 县级以上人民政府, 各级…): a sentence naming one is a call
CALLED_ON_ALL = re.compile(r"有关|相关|其他|其它|各(?:部门|单位|地区?(?!级(?:以上)?市)|级|有关)|以上人民政府|^全")  # (各地级以上市人民政府: 广东's cities, h279 F6)
# …, or first named by a kind: every body of it (各区局要…, 各领导小组成员单位要…), a kind of department (财政部门要…)
CALLED_BY_KIND = re.compile(r"各|[\u4e00-\u9fff]{1,6}部门(?:[、和及]|$)")
# …, or the place's leadership (市委要…。市政府要…。: a call to lead, no department given its part)
LEADERSHIP = re.compile(r"(?:[省市县区州旗]|自治区)(?:委|党委|政府|人民政府|人大|政协)(?:[、和及](?:[省市县区州旗]|自治区)?(?:委|党委|政府|人民政府|人大|政协))*$")


def _modal_duties(text: str, alone: bool = False, line_starts: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The units' names opening sentences that divide a task between them (X要…。Y要…。), or opening one sentence where
    ``alone`` (no other words of the clause name its units)."""
    if "要" not in text:
        return []
    item = ITEM_NUMBER.match(text)  # (（八）市财政局要…: after the item's number)
    starts = line_starts | {item.end()} if item else line_starts
    starts |= {m.end() for m in AMENDED_TEXT_OPENS.finditer(text)}  # (修改为：“X要…”: h316 F3)
    opening = {m.start(): m for m in MODAL_DUTY.finditer(text)} | {s: m for s in starts if (m := MODAL_DUTY_AT.match(text, s))}
    # (A、B等部门要…: each named by its place or level, not 金融机构、驻市高校, kinds of institution: the fifth review)
    opening = {at: m for at, m in opening.items() if not m["summed"] or all(_named_by_place_or_level(item) for item, _ in list_items(m["units"]))}
    opening = {at: m for at, m in opening.items() if not _heading_line_before(text, m, line_starts)}  # (一、工作要求 / X要…: h267 F2)
    # (A要…，B要…: a sentence dividing its task, the second body after the first's phrase, h274 F7)
    opening |= {m.start(): m for first in opening.values() for m in _modal_subjects_after_commas(text, first)}
    # (市财政局、市直有关部门要…: the named bodies, those called on as all after them left out, as a bound subject's are: h275 F7,
    # 市财政局 had been lost)
    named = [(span, text[slice(*span)]) for _, m in sorted(opening.items()) for span in [_without_others_called_on(text, *m.span("units"))]]
    found = [(span, units) for span, units in named if _called_to_a_duty(units)]
    if len({units for _, units in found}) >= MODAL_DUTIES_MIN:
        return [span for span, _ in found]
    # (one alone: bodies named, not departments by their kind, 财政部门要…, a call on every such; but each place's named
    # body, 各镇人民政府要…, 各县（市、区）市场监管局要…: the bodies a notice is sent to, given their task, three blind testers)
    # (第一条 县级财政部门要…: in a regulation's article, whose 要 binds as 应当 does, one kind of department at one level, as
    # 县级财政部门应当… is read: h276 F3; not an item's 县级财政部门要…, a call as 财政部门要… is, nor 各级…, 县级以上…: every level's)
    article = ARTICLE_OPENS.match(text) is not None
    if alone and not found:
        # 补贴资金从就业补助资金中列支，区财政局要及时足额拨付: the one body called on by name after the sentence's first phrase, as
        # 区财政局要… opening it is (h312 F6: no unit)
        found = [(m.span("units"), m["units"]) for comma in re.finditer(r"[，,]\s*", text)
                 if (m := MODAL_DUTY_AT.match(text, comma.end())) and not m["summed"] and _called_to_a_duty(m["units"])]
    return [span for span, units in found if not _departments_by_kind(units)
            and (_called_by_name(units) or _distributives_only(units)) or article and _kind_at_one_level(units)] if alone else []


def _called_to_a_duty(units: str) -> bool:
    """X要…: bodies named, or departments by their kind, given a part (not those called on as all, a place's leadership, nor a
    part played: 经办银行要…, 用人单位要…, the review)."""
    return ((not CALLED_ON_ALL.search(units) or _each_localitys_department(units)) and not LEADERSHIP.match(units) and not _plays_a_part(units)
            and (_names_units_whole(units) and all(not CALLED_BY_KIND.match(item) or _distributives_only(item) or EACH_COMMITTEE.fullmatch(item)
                                                   for item, _ in list_items(units))
                 or _departments_by_kind(units) or _kind_at_one_level(units)))


# 各管委会要…: each zone's committee, the zones named before in the text (h320 F2: none, where 各开发区管委会 was read)
EACH_COMMITTEE = re.compile(r"各(?:管委会|管理委员会)")


SEVERAL_LEVELS = re.compile(r"各级|县级以上|市县两级|县乡两级|市、县")


def _kind_at_one_level(names: str) -> bool:
    """县级财政部门, 市级农业农村部门、财政部门: kinds of department at one level (not 各级财政部门, 县级以上…部门: every level's)."""
    return _kinds_at_a_level(names) and not SEVERAL_LEVELS.match(names)


def _modal_subjects_after_commas(text: str, first: re.Match) -> list[re.Match]:
    """B要… opening a phrase after a comma in the sentence ``first`` (A要…) opens: bodies named whole, each its own part."""
    end = min((k for k in (text.find(mark, first.end()) for mark in "。；;") if k >= 0), default=len(text))
    out = []
    for comma in re.finditer(r"[，,]", text[: end]):
        if comma.start() < first.end():
            continue
        m = MODAL_DUTY_AT.match(text, comma.end())
        if m and m.end("units") < end and _names_units_whole(m["units"]) and not CALLED_ON_ALL.search(m["units"]):
            out.append(m)
    return out


def _called_by_name(names: str) -> bool:
    """市人社局、市财政局要…: bodies called on by name; not by their kind or level (市、区财政部门要…, 市县两级政府要…, 乡镇人民政府要…,
    县（市、区）人民政府要…: every such body, as 各…要 is), nor a kind of firm (市属国有企业要…: the review)."""
    return all(not KIND_OR_LEVEL_CALLED.match(item) and not item.endswith(("部门", "机关")) and not THING_NOT_BODY.search(item)
               for item, _ in list_items(names))


KIND_OR_LEVEL_CALLED = re.compile(r"各级|县级|市级|省级|市县两级|县乡两级|[省市县区][、和][市县区]|乡镇|街道|[州市县区旗]（|[省市县区]属")


def _departments_by_kind(names: str) -> bool:
    """财政部门、税务部门要…: departments named by their kind, each given its part beside others (a 保障措施 item, h170; not
    各部门, 各职能部门: all of them)."""
    items = [item for item, _ in list_items(names)]
    return bool(items) and all(not item.startswith("各") and item.endswith("部门") and _generic_body(item) for item in items)


# 省市场监管局、省生态环境厅等部门应当…, 市营商办每季度开展…, X于6月底前报送…, X在收到申请之日起20个工作日内…: units
# named as the subject of a sentence that binds them, not a call (X要…: above). What follows the subject, by kind:
# a regulation's 应当 (after what it is owed to: X对符合条件的申请，应当…, h196)
# (对…，X应当…; X收到…后，应当… / X自收到…之日起，应当…: the event first, h236)
SUBJECT_BOUND = (r"(?:(?:对|(?:自)?(?:收到|接到|受理))[^，。；]{2,40}?(?:后|之日起)?[，,]\s*)?"
                 r"(?:应当|应(?![用对急届邀收付缴纳聘变])|须(?!知)|需(?=于|在|按)|必须)(?=[\u4e00-\u9fff])")
# 市发展改革委是…的主管部门 (h158); 各乡镇人民政府是项目实施主体 (h236)
SUBJECT_IN_CHARGE = (r"是[^，。；]{2,30}?(?:主管部门|牵头部门|主管机关|责任主体|实施主体)|统一领导|统筹领导"
                     r"|对(?!其|此|本人)[^，。；]{2,30}?负(?:总)?责(?![人同])(?=[，,。；;]|$)"  # (X对申报材料的真实性负责: what X answers for, h285 F4)
                     # (市教育局具体承担…认定的组织工作: the work it takes on, a thirty-ninth-session finding: no unit)
                     r"|(?:具体)?承担[^，。；]{2,30}?(?:工作|职责|任务)(?=[，,。；;]|$)")
# 于6月底前, 将于每年9月启动 (h167), 于…之日起10个工作日内 (not 于全市范围内; not 综合实力处于…, to be in; 法规处于6月底前: a division)
# a bare date then what is due by it, no 的 after in its phrase (X2024年4月底前完成整改: h188; not 市财政局2023年6月底前已拨付…,
# …底前认定的企业, …2023年底认定…, a report or a noun phrase: the review)
BARE_DATE_DUE = (r"\d{4}\s*年[^，。；]{0,10}?(?:底|末|日|月|季度)前(?=(?:完成|制定|出台|建立|报送|实现|清偿|整改|兑现|清理|落实|启动|上线|建成)"
                 r"[^，。；的]*(?:[，。；]|$))")
SUBJECT_DUE = (r"(?:原则上|一般)?(?:(?:(?<!处)[将要]?于|(?<=处)[将要]?于(?=\s*(?:\d|每)))"  # (X原则上于每年9月底前…: h182)
               r"(?:[^，。；]{1,24}?(?:前|底|末|旬)|每(?:年|季度|月)"
               rf"|[^，。；]{{0,20}}?(?:\d|[一二三四五六七八九十两])\s*个?(?:工作日|日|天|周|月|年|小时)(?:内|以内))|{BARE_DATE_DUE})")
SUBJECT_CADENCE = r"[将要]?每(?:年|季度|个?月|周|半年|旬|[两二三四五六2-6]个月)(?!可|只能|最多|不超过|限)"  # (每两个月组织一次: h167; not 每年可自荐…, a permission)
STEP_LIMIT = (r"(?<=[局委办厅府室心会门关联）])(?:\d{1,2}|[一二三四五六七八九十两])\s*个?(?:工作日|日|天)(?:内|以内)"
              r"(?=完成|办结|作出|出具|审核|审批|审定|核实|核查|复核|反馈|拨付|发放|上报|报送|公示)")
# (…，县级残联5个工作日内完成核实: each step's body after a comma, beside another group of the clause's, h309 F8)
STEP_LIMIT_AFTER_COMMA = re.compile(rf"[，,]\s*(?={PLACED_NAME_CHAR}{{2,30}}?(?:{ANOTHER_NAME})?{STEP_LIMIT})")
SUBJECT_LIMIT = (r"要?在[^，。；]{0,20}?(?:\d|[一二三四五六七八九十两])\s*个?(?:工作日|日|天|周|月|年|小时)(?:内|以内)"
              r"|要?在[^，。；]{0,16}?(?:年|月|日|底|末)前"  # (not 在全市范围内, 在当前形势下: the reviewer)
              r"|(?<=[局委办厅府室心会门关])要?自[^，。；]{2,20}?之日起[^，。；]{0,4}?(?:\d|[一二三四五六七八九十两])\s*个?(?:工作日|日|天|周|月|年|小时)(?:内|以内)"  # (X自受理申请之日起20个
              # 工作日内完成审核: h233; an organ's name before it, not 市科技局备案的研发机构自备案之日起…: the review)
              # (X收到申请后20个工作日内完成审核: the event it acts on, then its time, as after 应于 (h291 F5: no unit))
              # (乡镇人民政府（街道办事处）受理后7个工作日内完成初审, 县级残联收到…后: the body's other name in brackets, a
              # federation; 受理 its own object, h309 F8)
              r"|(?<=[局委办厅府室心会门关联）])要?(?:(?:收到|接到)[^，。；]{1,20}?|受理[^，。；]{0,20}?)(?:后|之日起)[，,]?[^，。；]{0,4}?(?:\d|[一二三四五六七八九十两])\s*个?(?:工作日|日|天|周|月|小时)(?:内|以内)"
              # (…，县级残联5个工作日内完成残疾等级核实，县级民政部门5个工作日内完成审批: a step's limit right after its body,
              # then the step, h309 F8: none)
              rf"|{STEP_LIMIT}")
# (X将不定期开展抽查: irregular checks, as 将定期 is, no negation: h284 F2; a bare X不定期… no more than X定期…, a call, as
# corpus-dev's gold reads 法规处定期调度…)
# (市畜牧兽医局将采取“四不两直”方式，对…开展督导: the manner it will take, h293 F8; not a bare X采取…, as a bare 定期)
SUBJECT_INTENT = r"将(?:组织|开展|会同|对|适时|不?定期|牵头|在|予以|依法|采取|采用|[^，。；]{1,16}?(?=于[^，。；]{1,24}?(?:前|底|末))|[^，。；]{2,20}?纳入)"  # (X将…纳入年度督查事项: h250)  # (X将资金于…前拨付: h185)  # 省营商办将组织开展… (h162), 将在全省范围内予以通报 (h167)
SUBJECT_MANNER = (r"(?:依法|依规|(?:根据|依据)[^，。；]{2,12}?[，,]?|按照?(?:规定|程序|有关规定)|(?:按照?|依照)[^，。；]{1,20}?规定[，,]?"  # (h154, h177)
                  # (省财政厅根据评审结果，于…前将资金下达…: what it goes by in a phrase of its own, h303 F6; 依据考核结果，: h308 F5)
                  r"|(?:按照?|依照)[^，。；]{0,16}?(?:比例|标准))"  # (市民政局按照不低于20%的比例开展抽查: h278 F4)
                  # (区应急管理局依法核发…许可证, X依法查处…: a licence or a case the body handles by law, h290 F7)
                  # (省财政厅根据审核结果于9月底前下达…: its due date between, as without it: h286 F3's second phrase alone)
                  r"(?:于[^，。；]{1,16}?(?:前|底|末))?(?:对[^，。；]{2,30}?)?(?:及时|足额|全额){0,3}(?:进行|开展|实施|组织|拨付|预拨|处罚|处以|兑现|审核|追回|将|提出|确定|下达|核发|颁发|查处)"  # (根据评审结果提出: h186)
                  # (县财政局按规定及时拨付…, 县财政局按照…的标准预拨…: h289 F7)
                  r"|(?:及时|足额|全额){1,3}(?:拨付|兑现|发放|兑付|审核|办理|受理|公示)"  # (市财政局及时足额拨付…: h244)
                  # (省财政厅对…的12个市按照补贴资金的50%给予补助: whom, then the share it pays, h309 F10: none; 省财政 alone,
                  # a budget's level, stays none)
                  r"|(?:对[^，。；]{2,30}?)?(?:按照?|依照)[^，。；]{0,20}?(?:比例|标准|[%％])(?:对[^，。；]{2,30}?)?给予(?=[^，。；]{0,6}?(?:补助|补贴|奖励|资助|奖补))"
                  # (区应急管理局不再在禁放区域内核发…许可证, X停止受理…: the body that licenses, stopping, h290 F7)
                  r"|(?:不再|停止)(?:在[^，。；]{2,20}?)?(?:核发|颁发|受理|审批|发放)"
                  # (A、B、C按职责加强…安全检查: each body's part of the task, h260 F5; A、B按职责提供…支持: h300 F2)
                  rf"|(?P<share>(?:{BY_DUTIES}(?:分工)?|在各自(?:的)?职责范围内)[，,]?(?:共同|配合|协助)?(?:加强|做好|抓好|落实|开展|推进|强化|实施|组织|负责|配合|做实|履行|提供"
                  r"|对[^，。；]{2,30}?(?:进行|开展|实施)(?!了|的)))")  # (A、B、C按照职责分工对…开展监督检查: h276 F2)
# (…等部门按照各自职责，做好…, …在各自职责范围内，做好…: a regulation's 职责 article, each kind its share, h280 F3)
# 各区县人民政府要对…全面清理，于2023年6月30日前兑现到位: a call with its own due date in the sentence, a task (h171)
# (or a phrase of the same call on: …要加强组织领导，压实工作责任，于…前报送, h244; not …，市人社局汇总后，于…前报…, …，符合条件的企业，于…
# 前申请: another's date, the second review: a phrase naming no body nor an event after which)
SUBJECT_CALLED_BY_A_DATE = (r"要(?!求)[^，。；]{0,40}?(?:[，,](?![^，。；]{0,14}?(?:后|的|局|委|厅|办|中心|企业|单位|人员|群众|申请人|农户|纳税人|个人|自愿|自行|申报|申请))[^，。；]{2,14}?(?=[，,]\s*于))?"
                            r"(?:[，,]?(?:于|在)[^，。；]{0,16}?"  # (its own phrase's date, or the next phrase's opening
                            r"(?:\d{4}\s*年[^，。；]{0,10}?(?:前|底)|\d+\s*个?(?:工作日|日|天)(?:内|以内)"
                            r"|每(?:年|季度|半年|月)[^，。；]{0,8}?前)"  # with it; not 要求X于…, another's; 于每季度末月25日前: h176)
                            # (…要制定清偿计划，2024年6月30日前清偿…, …，每月10日前向…报送: the next phrase's date bare, then
                            # what is due, h188; not …，2023年底前已完成…, …完成的项目…, 由各区县…: the review)
                            rf"|[，,](?:{BARE_DATE_DUE}|每(?:季度|半年|月)[^，。；]{{0,8}}?前(?=向|将|报送|上报)))")
# 县公安局、县市场监管局配合做好…, 社区居委会协助做好…: units named to help with the work, the sentence's only subject (co, as
# （X配合） is: h285 F2, h286 F6); …共同做好… (several sharing it); not 配合省市场监管局做好… (the unit 配合's object)
SUBJECT_HELPS = rf"(?:积极|主动)?(?P<helps>(?:配合|协助)(?=做好|开展|抓好)|参与(?={TASK_JOINED}))|共同(?:做好|抓好)"
# 县民政局提出调整意见, 由X会同Y根据…和财力状况提出调整意见，报…审定: the body that puts a proposal to the one deciding, the
# standing duty of a pay text's dynamic adjustment (h306 F6: no unit); not X提出的意见, X提出申请 (an applicant's step)
SUBJECT_PROPOSES = r"(?:根据[^，。；]{2,30}?)?提出(?![的了])[^，。；的了]{0,8}?(?:意见|建议|方案)(?![的了])"
# (X请于…前报送…: the courtesy of a notice's request, the subject's task as without it: h303 F4, see _requested)
# (省财政厅依据考核结果，于次年4月30日前完成…: what it goes by in a phrase of its own, then its due date, as without it: h308 F5)
GOES_BY = r"(?:根据|依据)[^，。；]{2,12}?"
# 各县（市、区）制定本辖区实施方案，于2023年7月20日前报市城管局备案: a step, then the date it is reported by, the next phrase's
# (h321 F8: no unit, where 各县（市、区）负责… was read)
STEP_THEN_DUE = r"(?:制定|制订|完成|建立|出台)(?![的了])[^，。；的]{2,30}?[，,]\s*(?:并)?于[^，。；]{1,24}?(?:前|底|末)(?:报|上报|报送)"
SUBJECT_DUTY = re.compile(rf"(?P<units>{PLACED_NAME_CHAR}{{2,90}}?)(?:{ANOTHER_NAME})?(?:等(?:部门|单位))?(?:及其(?:有关|相关|所属|工作)?部门)?(?:请(?![示求]))?"  # (…（省知识产权局）: h172)
                          rf"(?=(?P<binding>{SUBJECT_BOUND}|{SUBJECT_IN_CHARGE})|(?P<timed>(?:{GOES_BY}[，,])?(?:{SUBJECT_DUE}|{SUBJECT_LIMIT})|{STEP_THEN_DUE})|{SUBJECT_CADENCE}|{SUBJECT_INTENT}"
                          rf"|{SUBJECT_MANNER}|{SUBJECT_CALLED_BY_A_DATE}|{SUBJECT_HELPS}|{SUBJECT_PROPOSES})")
# 第十四条 省工业和信息化厅委托第三方机构组织专家评审, 省商务厅组织专家…: in a regulation's article, a unit opening a sentence
# with a step of the procedure it carries out (h186: none; an article states duties, as 应当 does; X受Y委托: no name)
ARTICLE_OPENS = re.compile(r"\s*第[一二三四五六七八九十百零\d]{1,4}条(?!明确|规定|指出|提出|要求|中|的|所)")  # (not 第十条明确，…: a 解读's)
# (X对拒不分类投放的个人予以查处: the penalty it imposes, as 由X依法予以查处 is, h321 F1; the 的 in whom it is imposed on no
# noun phrase's)
OBJECT_PENALIZED = re.compile(r"对[^，。；]{2,30}?(?:依法)?予以(?:查处|处罚)(?!的)")
OBJECT_THEN_STEP = r"对[^，。；]{2,30}?(?:进行|开展|实施)(?!了|的)|" + OBJECT_PENALIZED.pattern
# (市科技局在结题验收前委托…, 省科技厅在全省范围内开展…: when or where the step is taken, between the unit and it: h305 F4)
WHEN_OR_WHERE_BEFORE_STEP = r"(?:(?:不?定期)?(?:在|于)[^，。；]{2,16}?(?:之?前|之?后|期间|范围内|过程中|时)[，,]?)?"
ARTICLE_DUTY = re.compile(rf"(?P<units>(?:(?!受){PLACED_NAME_CHAR}){{2,40}}?)(?=(?:(?:根据|依据)[^，。；]{{2,40}}?[，,])?{WHEN_OR_WHERE_BEFORE_STEP}(?:委托|组织(?!部)|受理|审核|审定|审查|复核|确定|下达|拨付|制定|发布|公布"
                          r"|汇总|核定|建立|开展|完成|设立|承担|会同[^，。；]{2,30}?(?P<basis>(?:根据|依据|按照)[^，。；]{2,60}?)?(?:完成|开展|组织|审核|确定|下达|拨付)"  # (设立, 承担: h248, h244)
                          # (由X会同Y根据…等因素确定: what the standard is set by, a long phrase between, h299 F1)
                          # (X对申报材料进行审核, X、Y对…开展监督检查, X统筹推进…: h279 F5, h276 F2)
                          r"|" + OBJECT_THEN_STEP + r"|统筹(?:推进|协调|实施|指导)(?!的)))")
# (省人民政府根据…，制定…: what the article's bearer goes by, then its step, h280 F10)
# (（二）组织实施。X对…开展…: the sentence after an item's heading closed by 。, this form only, h276 F2; not 各区开展自查, …由X
# 汇总: the verbs alone read there as a task's words, the reviews)
# 区优化营商环境工作领导小组统筹推进…: a named leading group as the subject of its oversight, at a sentence's start (h325 F6:
# no unit); not …发挥X领导小组统筹协调作用 (the subject's start is a sentence's)
GROUP_OVERSEES = re.compile(r"(?P<units>(?!工作领导小组|相应|相关|同级|由|各)[^，,。；;：:、（）()“”《》\s]{2,40}?领导小组)(?=统筹(?:推进|协调|实施|指导)(?!的|作用))")
OBJECT_DUTY = re.compile(rf"(?P<units>(?:(?!受|由){PLACED_NAME_CHAR}){{2,40}}?)(?={OBJECT_THEN_STEP})")
# (由市商务局追回补贴资金, 由市财政局依法处以…罚款: after 由, the enforcement the unit carries out: ENFORCER, h154)
# what the subject's phrase reads as when it is a condition or a noun phrase, not a duty: …未作出决定的，视为…, …每年认定的
# 企业，…, …于6月底前公布的名单为准 (the reviewer)
SUBJECT_CONDITION = re.compile(r"(?:的|者)$")
SUBJECT_NOT_DONE = re.compile(r"[^，。；]{0,20}?(?:内|前|后|时)未")  # (…在10个工作日内未作出决定; not …应当对未取得许可的…: the review)
# 2024年3月15日前，各镇人民政府完成…, 2024年3月16日至3月31日，县农业农村局汇总审核…: a schedule's step, its due date (or its
# days) first, then the units and the step's verb at once (h285 F3: none, where X于…前完成… was read; not 截至…，X已…, as of)
DATE_FIRST = (r"\s*(?:于|在)?\s*\d{4}\s*年[^，,。；;]{0,12}?(?:前|以前)"
              r"|\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|－|-|~)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末)?")
SCHEDULED_STEP = (r"完成|制定|出台|建立|报送|上报|汇总|审核|核实|核查|组织|开展|拨付|下达|发放|兑现|公示|印发|启动|部署|评估|验收|清理"
                  r"|整改|摸排|确定")
DATED_SUBJECT = re.compile(rf"(?:{DATE_FIRST})[，,]\s*(?P<units>{PLACED_NAME_CHAR}{{2,40}}?)(?=(?:{SCHEDULED_STEP}))")
# 市人社局每年认定的企业享受…, 由市科技局认定的高新技术企业: a verb right after the cue, then 的: a noun phrase (the review)
# (由X会同Y根据…等因素确定的标准: what the step goes by between, the merge of two branches: the units had been read)
SUBJECT_VERB_MODIFIES = re.compile(r"(?:依法|依规)?(?:(?:根据|依据)[^，。；的]{2,30}?)?(?:每\s*\d{0,2}\s*(?:年|季度|个?月|半年|周)|不?定期|于[^，。；]{1,16}?(?:前|底|末))?(?!将)[\u4e00-\u9fff]{2,4}?(?:通过)?的")
# (由X会同Y按项目进度拨付的资金, 由X从…中列支的经费, 由X按规定审核发放的补贴: those between the name and its verb too)
ENFORCER_MODIFIES = re.compile(r"(?:会同[^，。；]{2,30}?(?=按))?(?:按[^，。；]{0,6}?进度|[从在][^，。；]{2,24}?中|按(?:规定|程序|有关规定))?"
                               + SUBJECT_VERB_MODIFIES.pattern)


def _subject_duties(text: str, line_starts: frozenset[int] = frozenset(), after_commas: bool = True,
                    short_names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The units named as the subject of a sentence that binds them (opening the clause, its item's number, a sentence or
    the phrase after a condition), or after 由 with the time they have or the enforcement they carry out."""
    starts = _subject_starts(text, after_commas) | line_starts  # (三、组织保障 / 各区、市政府…于每季度…: a heading's line, h176)
    # (一、工作要求 / 请各县（市、区）民政局于…前报送: a request on the line after a heading's, read past its 请 as on the item's
    # own line, h309 F9: the deadline kept, the unit lost)
    starts |= {s + 1 for s in line_starts if text.startswith("请", s) and not text.startswith(("请示", "请求"), s)}
    out = []
    article = ARTICLE_OPENS.match(text) is not None
    item_opening = ITEM_NUMBER.match(text)
    for s in sorted(starts):
        # (由市财政局将补贴资金于…前拨付: the subject's cue read past the name as a due date; then the enforcement after 由, h185)
        # (an item's first words as an article's: （四）县民政局委托第三方机构开展评估, h246; 县农业农村局设立咨询电话…, h248)
        step = article or item_opening is not None and s == item_opening.end()
        after_heading = item_opening is not None and s == _after_item_heading(text, item_opening)
        for m in (SUBJECT_DUTY.match(text, s), _enforcement_by(text, s), ARTICLE_DUTY.match(text, s) if step else None,
                  OBJECT_DUTY.match(text, s) if after_heading else None, DATED_SUBJECT.match(text, s), GROUP_OVERSEES.match(text, s)):
            if m and _heading_line_before(text, m, line_starts):
                continue  # 一、工作要求 / 各街道办事处要于…: the heading's line is no part of the name (h267 F2), read from the next line
            if (m and not (text[s - 1 : s] == "由" and text.startswith(("应", "须", "必须"), m.end())) and not _a_condition_or_a_noun(text, m)
                    and not _requested(m["units"])
                    and (_subject_names_units_with(text[slice(*(span := _with_shared_department(text, _without_others_called_on(text, *m.span("units")))))],
                                                  text[s - 1 : s] == "由" and m.re in (SUBJECT_DUTY, ENFORCER),
                                                  # (由生态环境主管部门责令改正, 由金融监管部门依法处理: the enforcer a
                                                  # 法律责任 article names by its kind, as 应当 binds one: h270 F7, h272 F9)
                                                  # (the share only in an article: 财政、审计等部门按照各自职责… in a notice stays a call, the review)
                                                  binding=bool(m.re is SUBJECT_DUTY and (m["binding"] or m["share"] and article and _known_kinds_then_department(text[slice(*span)]))
                                                               or m.re is ENFORCER and article and (_a_kind_of_department(m["units"]) or _a_kind_of_department(OWN_LEVEL_OPENS.sub("", m["units"])))),
                                                  # (省人民政府制定本省实施标准: in an article the government bears the step, no call
                                                  # on its leadership as 市政府将适时出台… is, h280 F10)
                                                  by=m.re is ENFORCER or m.re is SUBJECT_DUTY and bool(m["timed"]) or m.re is DATED_SUBJECT
                                                  or m.re is ARTICLE_DUTY and article)
                         # (公积金中心应当…, 由公积金中心责令…: a short name the document gave a unit, as 公积金中心负责… reads it: h300 F3;
                         # a body of a known kind, not a jury the text sets up, 评审委员会应当…: corpus-dev's 海南_04 gold names none)
                         or _short_names_only(text[slice(*span)], short_names)
                         # (社区居委会协助做好…: a village or community body by its kind, h286 F6)
                         or m.re is SUBJECT_DUTY and m["helps"] and _grassroots_bodies(text[slice(*span)]))):
                if m.re is SUBJECT_DUTY and m["helps"] and span[1] == m.end():
                    span = (span[0], m.end("helps"))  # (X配合: its word kept, so it helps, alone too)
                out.append(span)
                if m.re is SUBJECT_DUTY and (with_units := _with_after_the_subjects_phrase(text, m.end())):
                    out.append(with_units)
                if m.re is ENFORCER and m["with"] and (end := _with_units_after_lead(text, m.start("with"))) > m.start("with"):
                    out.append((m.start("with"), end))  # 由X会同Y按项目进度拨付: Y works with X (h286 F2)
                if m.re is ARTICLE_DUTY and text.startswith("会同", m.end()) and (end := _with_units_after_lead(text, m.end())) > m.end() + len("会同"):
                    out.append((m.end(), end))  # 第四条 …标准由X会同Y确定: Y works with X, as after 由X会同Y按…拨付 (h299 F1: Y lost)
                break
    # …报送市应急管理局，市应急管理局汇总后报市政府: the body after a comma taking the next step, gathering the reports (h272 F7:
    # no unit, beside the first phrase's subject)
    # (县商务局初审后报市商务局，市商务局负责复核: the item's or a sentence's first step too, the review)
    opening = ITEM_NUMBER.match(text)
    # (…，经县（市、区）市场监管局初审后报市市场监管局: the step passive after 经, its body the same: h287 F3, no unit)
    phrases = sorted({m.end() for m in re.finditer(r"[，,。；;]\s*", text)} | {opening.end() if opening else 0})
    for at in phrases + [at + 1 for at in phrases if text.startswith("经", at)]:
        m = SUMMING_SUBJECT.match(text, at)
        if m and m.span("units") not in out and not SUBJECT_BEFORE_BY.search(m["units"]) and _subject_names_units(m["units"], binding=False):
            out.append(m.span("units"))
    return sorted(out)


def _short_names_only(names: str, short_names: frozenset[str]) -> bool:
    """Every name of the list a short name the document gave a unit (长沙住房公积金管理中心（以下简称公积金中心）: 公积金中心)."""
    items = list_items(names) if short_names else ()
    return bool(items) and all(item in short_names for item, _ in items)


def _grassroots_bodies(names: str) -> bool:
    """社区居委会、村委会: township and village bodies named by their kind (units where 负责 gives them a duty: 社区居委会协助做好…,
    h286 F6)."""
    items = [item for item, _ in list_items(names)]
    return bool(items) and all(GRASSROOTS_BODY.fullmatch(item) or LEVEL_BODY.fullmatch(item) for item in items)


THEN_WITH = re.compile(r"[，,]\s*(?:并|同时)?会同")


def _with_after_the_subjects_phrase(text: str, at: int) -> tuple[int, int] | None:
    """X在…内完成审核，并会同Y拨付…: Y works with the subject on its next step, in the same sentence (h278 F5: Y lost); from
    会同, as a listed duty's (…负责A，并会同Y做B) helpers are read."""
    stop = SENTENCE_STOP.search(text, at)
    m = THEN_WITH.search(text, at, stop.start() if stop else len(text))
    if not m or PHRASE_STOP.search(text, at, m.start()):
        return None  # (the subject's own phrase, then 并会同: not a later phrase's, another subject's)
    end = _with_units_after_lead(text, m.start())
    with_at = m.end() - len("会同")
    return (with_at, end) if end > m.end() else None


def _with_shared_department(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """市城市管理、住房城乡建设、水务等部门应当…: the 等部门 the kinds listed bare share, part of the subject's names (h280 F3)."""
    start, end = span
    if text.startswith("等部门", end) and _known_kinds_then_department(text[start:end] + "等部门"):
        return start, end + len("等部门")
    return span


def _known_kinds_then_department(names: str) -> bool:
    """市城市管理、住房城乡建设、水务等部门: kinds listed bare, each a known bureau's (城市管理局, 水务局), not 市场、质量等部门 (words
    of a field)."""
    items = [item for item, _ in list_items(names)]
    if not _bare_kinds_then_department(names):
        return False
    kinds = [items[0][len(_kind_level(items[0])) :], *items[1:-1], SHARED_DEPARTMENT.fullmatch(items[-1])["kind"]]
    return all(_department_kind(kind + "部门") is not None for kind in kinds)


ITEM_HEADING_SENTENCE = re.compile(r"[^，,。；;：:]{2,15}。")


def _after_item_heading(text: str, number: re.Match) -> int:
    """Where the text after an item's heading closed by 。 opens (（三）省级复核。省商务厅委托…), or -1."""
    heading = ITEM_HEADING_SENTENCE.match(text, number.end())
    return heading.end() if heading else -1


# 由区房管部门责令…, 由市财政部门处以…: the kind after the text's own level or its districts' (h280 F4: read only bare)
OWN_LEVEL_OPENS = re.compile(r"^[省市县区州旗盟](?=[\u4e00-\u9fff]{2})")


SUMMING_SUBJECT = re.compile(rf"(?P<units>{PLACED_NAME_CHAR}{{2,40}}?)(?=(?:(?:审核|复核|初审)?汇总|初审|审核|复核)(?:后|并)(?:[^，。；]{{0,16}}?)(?:报|上报|报送)"
                             r"(?![^，。；]{0,4}的))")


HEADING_LINE_END = re.compile(r"(?:要求|措施|保障|实施|分工|任务|领导|机制|目标|原则|内容|范围|对象|标准|程序|监督|宣传|管理|职责|安排|步骤|联系方式|联系人|联系电话|咨询电话)$")  # (二、联系方式 / X：…: h294 F6)


def _heading_line_before(text: str, m: re.Match, line_starts: frozenset[int]) -> bool:
    """A line start inside the subject's name after a heading's last word: the heading line and the name glued."""
    start, end = m.span("units")
    # (一、摸清底数 / 各街道办事处要…: any heading's words, then the bodies called on by 各 on the next line: the seventh review)
    return any(start < at < end and (HEADING_LINE_END.search(text, start, at)
                                     or text.startswith("各", at) and not ORG_END.search(text, start, at) and text[at - 1] not in "、，,")
               for at in line_starts)


def _requested(names: str) -> bool:
    """请各街道办事处于…前报送: the 请 of a request read into a name (h267 F1: 黄浦区商务委员会请各街道办事处); the subject is read
    from after it (_subject_starts), and X请于… past it (SUBJECT_DUTY)."""
    return names.endswith("请") or names.startswith("请")


def _without_others_called_on(text: str, start: int, end: int) -> tuple[int, int]:
    """各省辖市人民政府、省有关单位于…前…: the named units, those called on after them left out (h167: the list lost)."""
    items = list_items(text[start:end])
    if _bare_kinds_then_department(text[start:end]):
        return start, end  # (市场监督管理、税务等有关部门: the kinds named, 部门 written once)
    while len(items) > 1 and CALLED_ON_ALL.search(items[-1][0]) and not _kinds_at_a_level(items[-1][0]):  # (…、各级财政部门)
        items = items[:-1]
    return (start, start + items[-1][1] + len(items[-1][0])) if items else (start, end)


# 、各有关部门要… after a subject's named units: the others it shares the task with, called on as all and left out
# (not 县级以上人民政府及其有关部门应当…: its own departments, the government answers)
OTHERS_CALLED_ON_AFTER = re.compile(r"(?:、|以及|及|和)(?!其)(?P<others>[^，,。；;：:（）()]{2,30}?)(?:[，,]?(?:还|也)?要|应当?|须|必须|于)")
LEAD_WORD_AFTER = 4  # characters after the modal where 牵头 still names the subject's part (要适时牵头组织)


def _shares_with_others_called_on(text: str, end: int) -> bool:
    """The named units before ``end`` are listed with bodies called on as all (各乡镇（街道）、各有关部门要…, 市财政局、市直有关部门
    要…): they share the task, none of them leads it (h315 F5, h275 F7's tester too)."""
    m = OTHERS_CALLED_ON_AFTER.match(text, end)
    if not m or "牵头" in text[m.end() : m.end() + LEAD_WORD_AFTER]:
        return False  # (县、区政府和各部门、单位要适时牵头组织…: the named lead, as its word says)
    return all(CALLED_ON_ALL.search(item) and not _kinds_at_a_level(item) for item, _ in list_items(m["others"]))


def _a_condition_or_a_noun(text: str, m: re.Match) -> bool:
    """The subject's phrase is a condition (…未作出决定的，视为同意) or, not bound by 应当, a noun phrase (市人社局每年认定的
    企业，…; …于6月底前公布的名单为准): no duty (the reviewer)."""
    end = _phrase_end(text, m.end())
    bound = m.re is SUBJECT_DUTY and m["binding"]
    if m.re is ENFORCER:  # 由X认定的企业: after 由, only a verb then 的 makes it a noun phrase (由X依法处以…的罚款 stays a duty)
        return bool(ENFORCER_MODIFIES.match(text, m.end(), end))
    if m.re is ARTICLE_DUTY or m.re is OBJECT_DUTY:  # 第八条 市科技局组织专家评审的结果应当公示: a noun phrase (the review)
        # (…由X会同Y根据…事项的直接费用等因素确定: the 的 of what the step goes by, no noun phrase's: h299 F1)
        basis = m.span("basis") if m.re is ARTICLE_DUTY and m["basis"] else (end, end)
        if penalized := OBJECT_PENALIZED.match(text, m.end(), end):
            basis = (m.end(), penalized.end())
        return "的" in text[m.end() : basis[0]] + text[basis[1] : end]
    return bool(SUBJECT_CONDITION.search(text, m.end(), end) or SUBJECT_NOT_DONE.match(text, m.end(), end)
                or not bound and SUBJECT_VERB_MODIFIES.match(text, m.end(), end))


# 将第七条修改为：“市财政局应于…”: an amendment's new text in its quotes, a sentence of its own whose subject opens after the
# quote (h316 F3: no unit under 应 or 要, where 负责 was read); not any quote after a colon (…指出：“各级党委要…”, words quoted)
AMENDED_TEXT_OPENS = re.compile(r"(?:(?:修改|修订|调整|更改|变更)为|(?:增加|新增|增写|补充)[^。；：:“”]{0,16}?)[：:]\s*[“「]")


def _subject_starts(text: str, after_commas: bool = True) -> set[int]:
    """Where a bound subject may open: the clause, its item's number, a sentence, the phrase after a condition (…的市，X应当…:
    h162) and, where no other group names the clause's units, after any comma (台账实行动态更新，X每月…: h167; beside
    市人社局会同市财政局…，the later subject would take the lead: the review)."""
    opening = ITEM_NUMBER.match(text)
    starts = {opening.end() if opening else 0}
    starts |= {m.end() for m in re.finditer(r"[。；;，,]\s*" if after_commas else r"[。；;]\s*|的[\u4e00-\u9fff]{0,4}[，,]\s*", text)}
    if not after_commas:
        starts |= {m.end() for m in STEP_LIMIT_AFTER_COMMA.finditer(text)}
        # A负责…，B负责…，C依法开展审计监督: a list of duties going on, each phrase after one a unit's 负责 gave opening the next
        # unit's own task (h318 F4: C lost; not after X会同Y…, whose task the later subject would take)
        starts |= {at for at in _duties_listed(text) if text[at - 1 : at] in "，," and DUTY_GIVEN_BY_DUTY_WORD.search(text, _phrase_start(text, at - 1), at - 1)}
    caption = ARTICLE_CAPTION.match(text, opening.end() if opening else 0)  # 第十二条（组织实施）X应当…
    if caption:
        starts.add(caption.end())
    # （一）县级推荐：X于…前完成初审: a schedule's step named, its colon, then the subject (h296 F4; not a units' label)
    heading = HEADING_COLON.match(text, opening.end() if opening else 0)
    if heading and not LABELLED.match(text, heading.start()):
        starts.add(heading.end())
    # 请各县（市、区）商务局于…前将…报送: a notice's request gives the bodies it names their task, dated as X于…前… is (h303 F4;
    # h267 F1's tester read it so too: it had been no unit, a request, though 请X牵头… and 请X会同Y… were read)
    starts |= {s + 1 for s in starts if text.startswith("请", s) and not text.startswith(("请示", "请求"), s)}
    starts |= {m.end() for m in AMENDED_TEXT_OPENS.finditer(text)}
    # 奖补资金由市财政局在10个工作日内拨付: after 由, a due date or a time limit (not 应当)
    return starts | {m.end() for m in re.finditer("由", text) if text[m.start() - 1 : m.start()] not in BY_AS_MODIFIER}


def _subject_names_units_with(names: str, after_by: bool, binding: bool, by: bool = False) -> bool:
    """由X会同Y于每年3月底前…核定: after 由, the body given the step and those it works with, each named (h306 F6: X会同Y read
    as one name, a body's or none by the order of the two)."""
    lead, with_, helpers = names.partition("会同")
    if (after_by and with_ and lead and helpers and _subject_names_units(lead, binding, by)
            and _subject_names_units(helpers, binding, by)):
        return True
    return _subject_names_units(names, binding, by)  # (县级残联会同同级卫生健康、教育部门: the whole read as the list it is, h309 F5)


def _subject_names_units(names: str, binding: bool, by: bool = False) -> bool:
    """Every name of a bound subject is a unit's: named by place or level; under a regulation's 应当 (or 是…主管部门) also
    by its kind or level (市场监督管理部门应当…, 县级以上人民政府应当…: a regulation's duty bearers, h158; as with 负责);
    never bodies called on as all or others (有关部门, 各部门), nor a role (经办银行)."""
    if (same := _same_level_kinds_after(names)) is not None:
        return _subject_names_units(same, binding, by)  # X会同同级卫生健康、教育部门: X names the level they share (h309 F5)
    if binding and _bare_kinds_then_department(names):
        return not VERB_AFTER_BODY.search(names)  # 市场监督管理、税务、住房和城乡建设等有关部门应当… (h196)
    if (binding or by) and all(LEVEL_BODY.fullmatch(item) or _township_office(item) for item, _ in list_items(names)):
        return True  # 由乡镇人民政府审核…, 乡镇（街道）在3个工作日内完成初审: the bodies of a level given a step (h236, h246, h248)
        # (镇（街道）便民服务中心应在…内完成初审: a township's office by its kind, as under 负责: h318 F5)
    if by and EVERY_PLACES_BODY.fullmatch(names) or binding and _each_localitys_department(names):
        return True  # 由各地失业保险经办机构审核发放: each place's body after 由, as 由各地X负责 reads it (h290 F6); 各地民政部门应于…
        # under 应, as 各市民政部门应… (h301 F4)
    if _kinds_at_a_level(names):  # 县级财政部门于每年9月底前…, 各级农业农村部门、财政部门应当…: a kind of body at its level (h182)
        return not VERB_AFTER_BODY.search(names) and not STEP_INSIDE.search(names)
    if CALLED_ON_ALL.search(names.replace("县级以上", "") if binding else names) or not (
            _names_units_whole(names) or binding and all(BODY_BY_ITS_PART.fullmatch(item) for item, _ in list_items(names))):
        return False
    if not binding and not by and LEADERSHIP.match(names):
        return False  # 市政府将适时出台…, 省委、省政府将…: the place's leadership, a call as 要 is (under 应当 a duty bearer;
        # after 由 the one giving: 由市人民政府给予一次性奖励, h196)
    if binding and _distributives_only(names) and not VERB_AFTER_BODY.search(names) and not STEP_INSIDE.search(names):
        return True  # 各市交通运输局、财政局应于…: the bare organ each place's too, as after 要 (h291 F4: no unit under 应)
    if binding:
        items = [item for item, _ in list_items(re.sub(r"等$", "", names))]
        return not VERB_AFTER_BODY.search(names) and all(
            (_names_a_body(item) or _generic_body(item) and item.endswith(("部门", "机关")) or LEVEL_BODY.fullmatch(item)
             or _distributives_only(item)
             or BODY_BY_ITS_PART.fullmatch(item)
             or n > 0 and KIND_JOINED.match(item))  # (…及项目主管部门)
            and not ROLE_NOT_BODY.search(item) and not THING_NOT_BODY.search(item) for n, item in enumerate(items))
    if _distributives_only(names) and not VERB_AFTER_BODY.search(names) and not STEP_INSIDE.search(names):
        return True  # (各市州财政局、教育局要于…前: the bare organ each place's too, no body of its own name: h262 F5)
    return not CALLED_BY_KIND.match(names) and _bodies_named(names)


def _same_level_kinds_after(names: str) -> str | None:
    """县级残联会同同级卫生健康、教育部门 -> 县级残联: the names before departments of kinds named at their level by 同级 (the
    level those names give them), None where no such departments close the list."""
    items = list_items(names)
    at = next((k for k, (item, _) in enumerate(items) if item.startswith("同级")), None)
    if not at or not all(_a_departments_kind(item.removeprefix("同级").removesuffix("部门")) for item, _ in items[at:]):
        return None
    return re.sub(r"(?:会同|和|及|、)$", "", names[: items[at][1]]) or None


EVERY_PLACES_BODY = re.compile(r"各地(?![区级方市州])(?!有关|相关|其他|其它|各)[\u4e00-\u9fff]{2,12}(?:局|委|经办机构|部门)")  # (not 各地有关部门)
THING_NOT_BODY = re.compile(r"(?:网站|平台|系统|企业|窗口|热线|专栏|公众号|客户端)$")  # 市人社局网站应当…, 市属国有企业应当… (the reviewer)
# 登记机关应当…, 审批部门应当…: the body a regulation names by its part (and often defines: …部门（以下称登记机关）, h163)
# (社会信用主管部门, 不动产登记机构应当…: a field's body by its part, h196)
BODY_BY_ITS_PART = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?)?(?:(?:登记|审批|发证|执法|认定|监管|主管|受理|实施)(?:机关|部门)|(?:登记|审批|发证)机构)")  # (not 认定机构, 实施机构: bodies that may be none of the government's, the review)
# 县级财政部门, 各级农业农村部门, 省级主管部门: a kind of department at a level (not 各级有关部门, called on as all); after the
# first, its kind alone (各级农业农村部门、财政部门)
# (县区卫生健康部门, 县（市、区）财政部门: the counties' and districts' own, h274 F9: not read)
# (县级民政部门、县级残联每季度…, 县级民政部门和残联: a level's federation beside its departments, one at every level as they
# are, h309 F4: neither read)
FEDERATION = r"(?:残联|残疾人联合会|妇联|妇女联合会|工商联|科协|总工会)"
LEVEL_KIND_BODY = re.compile(r"(?:省级|市级|州级|县级|乡级|县级以上|市、县级?|市县两级|各级|县区|区县|县市区|县（(?:市、)?区）|区（县）|县（市）|市（州）"
                             r"|[区县](?![域级]))"  # (区卫生健康部门、公安部门在3个工作日内…: the district's, as 县级… is, h320 F3)
                             rf"(?:[\u4e00-\u9fff]{{2,10}}?(?:部门|机关)|{FEDERATION})")
KIND_AFTER_LEVEL = re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?:部门|机关)|{FEDERATION}")
# bodies called on as all, whatever their level (县级以上地方人民政府有关部门, 各级政府相关部门, 各级职能部门, 各级行政机关: the
# review); not 各级人民政府 either
ALL_OF_A_LEVEL = re.compile(r"有关|相关|其他|其它|各(?!级)|政府(?=部门|机关|$)|职能|行政机关|国家机关|党政|[省市县区]直"
                            r"|工作部门|(?:政府|行业)主管部门|所属|组成部门|及其")  # (not 县级以上人民政府工作部门, …及其民政部门: the
# review; 县级以上人民政府民政部门 is the government's department of a kind, h226)


def _kinds_at_a_level(names: str) -> bool:
    """县级财政部门, 各级农业农村部门、（各级）财政部门: kinds of department at a level, each named by its kind (the first
    with its level); not bodies called on as all."""
    items = [item for item, _ in list_items(re.sub(r"等$", "", names))]
    return (bool(items) and bool(LEVEL_KIND_BODY.fullmatch(items[0])) and not ALL_OF_A_LEVEL.search(names)
            and all(LEVEL_KIND_BODY.fullmatch(i) or KIND_AFTER_LEVEL.fullmatch(i) for i in items[1:]))
LEVEL_BODY = re.compile(r"(?:县级以上|县级|市级|省级|乡级|市、县级?|市县两级|乡镇)(?:地方)?(?:各级)?人民政府|乡镇人民政府|街道办事处"
                        r"|乡镇[（(](?:街道|苏木)[）)](?:人民政府)?"  # (乡镇（街道）, 乡镇（苏木）人民政府: h246, h248)
                        r"|镇[（(]街道[）)]"  # (a county's 镇（街道）应当在5个工作日内…: h309 F7, none)
                        r"|乡镇人民政府[（(]街道办事处[）)]|街道办事处[（(]乡镇人民政府[）)]"  # (由乡镇人民政府（街道办事处）审批: h289 F6)
                        rf"|{TOWNSHIP_STATIONS_BY_KIND.pattern}")  # (由乡镇财政所于…前发放: h306 F11)


# 市政府督促市财政局, 省营商环境局报省政府, 市人社局和项目单位: a body, then a verb or a party that is none (the reviewer, h158's
# corpus-dev check): no subject's name
VERB_AFTER_BODY = re.compile(r"(?<=[局委办厅府室心])(?:报|督促|指导|授权|委托|同意|批准|联合|协调|要求|组织(?!部)|推动|会同|同|向|对"
                             r"|[和及](?:项目|经办|合作|申报|申请|用人|承办)(?:单位|银行|机构|企业))")


STEP_INSIDE = re.compile(r"初审|复审|(?:审核|复核|汇总)[后并]|后报|后交|转报")  # 市（州）…部门初审后报省…厅: a procedure's steps, no name (h166)


def _bodies_named(names: str) -> bool:
    """The subject's first name and every other names a body, or a kind of department after them (…及项目主管部门)."""
    if VERB_AFTER_BODY.search(names) or STEP_INSIDE.search(names):
        return False
    items = [item for item, _ in list_items(re.sub(r"等$", "", names))]
    return bool(items) and _names_a_body(items[0]) and all(_names_a_body(item) or KIND_JOINED.match(item) for item in items[1:])


ROLE_UNIT = re.compile(r"(?:用人|承办|主办|申报|申请|项目|建设|施工|经营|使用|参保|协办)单位$")  # a part played, no body named
# 经办银行应于…, 合作银行应在…内, 由海关在…内: whichever bank or office plays that part, no body the text names (h146, h150, h151)
# (not 失业保险经办机构, 社会保险经办机构: the insurance's public agency, a body the law names, h290 F6)
ROLE_NOT_BODY = re.compile(r"(?<!保险|社保|医保)(?:经办|合作|承办|贷款|放款|托管|开户|受托|签约|承保|代理)(?:银行|金融机构|机构|保险机构)")


def _plays_a_part(name: str) -> bool:
    """用人单位, 承办单位, 经办银行: a part played in the text, whoever plays it, no body named."""
    return bool(ROLE_UNIT.search(name) or ROLE_NOT_BODY.search(name))


def _names_a_body(name: str) -> bool:
    """A subject that names a body: by its place or level (省市场监管局, 福州海关), by where the case is (所在区司法局), or a
    division in its department's own text."""
    # (由所在区司法局责令退回: the district's bureau wherever the case is, as 由所在地人社部门负责… reads it: h299 F7)
    return ((_opens_with_place(name) or bool(DIVISION.match(name)) or body_where_it_is(name))
            and not ROLE_NOT_BODY.search(name) and not THING_NOT_BODY.search(name))


ENFORCER = re.compile(rf"(?P<units>{PLACED_NAME_CHAR}{{2,24}}?)(?:(?!{PLACE_IN_BRACKETS}){ANOTHER_NAME})?(?=(?P<with>会同[^，。；]{{2,30}}?(?=按[^，。；]{{0,6}}?进度))?"  # (由X会同Y按项目进度拨付: h286 F2)
                      r"(?:依[法规纪](?:依[法规纪]){0,2}|(?:依照|按照)[^，。；]{1,30}?|按(?:规定|程序|有关规定)|在(?!地)[^，。；]{2,24}?(?=公示|公布|受理|发放|审核)"  # (由X按规定审核发放: h290 F6)
                      r"|[从在][^，。；]{2,24}?中(?=列支|安排|统筹)|按[^，。；]{0,6}?进度)?"  # (所需资金由X从…资金中列支: h290 F6; 由X在…经费中统筹安排: h297 F6)
                      r"(?:直接|统一|集中|及时|全额|足额|按季度|按月|按年|每\s*\d{0,2}\s*个?(?:年|季度|月)|不?定期|一并|随[^，。；]{1,10}?(?=一并))*(?:予以)?"  # (由X直接兑现, 由X按季度集中兑付: h228)
                      # (由X按季度随低保金一并发放: paid with another payment, h301 F3)
                      r"(?:会同[^，。；]{2,20}?(?=协助))?"  # (由X会同用人单位协助安置就业: h230)
                      # (由X处200元以下罚款, 由X处警告: the fine or warning it imposes, h321 F1)
                      rf"(?:对[^，。；]{{1,12}}?处(?!理)|处(?=警告|[^，。；]{{1,24}}?罚款)|处罚|追回|收回|追缴|处以|责令|没收|撤销|取消|查处"  # (由X依法予以查处: h285 F4)
                      r"|约谈|(?:挂牌)?督办|通报|审核|审定|核查|拨付|兑现|认定|公示|公布|通过|移交|移出|发出|将(?![^，。；]{0,12}另行)"
                      r"|发放|兑付|支付|受理|审批|复核|核定|核发|核准|组织实施"  # (由县级财政部门发放到户: h182; 由…税务局核准: h247)
                      r"|代征|代收"  # (污水处理费由陇县供排水公司代征: the body collecting a fee for another, h301 F2)
                      # (…的，由县住建局报县政府同意后确定: the body deciding, once its government agrees; the approver none, h301 F2)
                      r"|(?P<reports>报[^，。；]{2,16}?(?:同意|批准)后(?=确定|决定|启动|实施|执行|组织实施))"
                      r"|给予(?=[^，。；]{0,12}(?:奖励|补贴|补助|资助|奖补|救助|警告|通报批评|处分))"  # (对…的企业，由市人民政府给予一次性50万元奖励: h196; 救助: h269 F5)
                      # (由X给予警告: a penalty, h321 F1)
                      r"|统筹安排|协调解决|予以保障|(?<=中)安排"  # (由X在…预算中安排: the funds' source named, h297 F6)
                      r"|做好(?:资金|经费)保障"  # (由X按规定做好资金保障: the body the funds are given to, as 由X予以保障: h318 F3)
                      # (由X统筹用于…, 由X统筹解决, 由X分解落实, 由X统一管理, 由X列支: the body the funds or the task are given to,
                      # h284 F3, h290 F6)
                      r"|统筹(?:用于|解决)|分解(?:落实|下达)|(?<=统一|集中)管理|列支"
                      r"|组织(?=申报|专家|评审|验收|评估)"  # (由X组织申报, 由X组织专家…评审: h286 F4)
                      # (由X组织借款学生及共同借款人签订借款合同, 由X组织…参加…: those it gathers, then what they do, h316 F4)
                      r"|组织(?=[^，。；的]{2,20}?(?:签订|签署|参加|参与|填报|填写))"
                      # (定点康复机构由X会同Y评估确定: the body assessing, then designating, as 由X审核确定: h309 F5, none)
                      r"|评估(?=确定|认定)"
                      r"|进行(?=公示|审核|复核|核查|审查|认定|验收|评审|抽查)"  # (审核结果由市商务局进行公示: h279 F5)
                      r"|(?<=依法|依规|予以)处理"  # (由金融监管部门依法处理: a 法律责任 article's, h272 F9; 由X依照…予以处理: h321 F1)
                      # (由县纪委监委依规依纪依法追究有关人员责任, 由X依法追责: the body holding those at fault to account, h308 F6)
                      r"|追究(?=[^，。；]{0,20}?责任)|追责"
                      r"|(?:审核)?汇总(?=后|并|上报|报)"  # (由省商务厅汇总后报省人民政府: h273 F5)
                      r"|(?:报送|上报)(?!的)"  # (申报材料由X统一报送, 由X直接报送: the body that sends them, h296 F5)
                      r"|协助(?:办理|安置|解决|落实|做好)"  # (由市人社局协助办理落户手续: h230)
                      r"|提供))")  # (由省财政厅提供信息共享支持: the body that gives it, h300 F2; not 由X提供的…, a noun phrase)
# (子女入学由市教育局统筹安排，配偶就业由…协调解决: h165; 经费由X予以保障: h171)
# (由县财政局（县金融办）追回…: the organ's second plate in brackets after its name, as a subject's is: h292 F5)
# (由市营商办约谈…: h162; 由X通过…公示: h163; 由X移交, 由X将其移出, 由X发出督办函: h167; not 由X另行制定, no assignment)


# 由村（社区）民主评议、乡镇审核、县应急管理局审批: a procedure's chain of steps after 由, each its doer then its verb; the
# body of the last step, named, decides (h295 F2: no unit)
STEPS_BEFORE = re.compile(rf"(?:(?:[^，,。；;、：（）()]|[（(][\u4e00-\u9fff、]{{1,6}}[）)]){{1,16}}?(?:{PROCEDURE_VERBS}|民主评议|评议|推荐|申请)、)+")

STEP_IN_NAMES = re.compile(rf"(?:{PROCEDURE_VERBS}|评议|推荐|申请)、")


def _enforcement_by(text: str, at: int) -> re.Match | None:
    """由X追回…, 由X依法处以…罚款: the unit after 由 given the enforcement (not a sentence's subject: 企业追回…)."""
    if text[at - 1 : at] != "由":
        return None
    m = ENFORCER.match(text, at)
    if m and m["reports"] and RULES_NAMED.search(text[_phrase_start(text, at - 1) : at - 1]):
        return None  # 具体办法由X报市政府批准后实施: a rule still to be made, no assignment (as 由X会同Y制定, z50)
    if m and STEP_IN_NAMES.search(m["units"]) and (steps := STEPS_BEFORE.match(text, at)):
        return ENFORCER.match(text, steps.end())  # (not 由县财政局审核、县应急管理局拨付: the first body read, as before)
    return m


def _distributives_only(names: str) -> bool:
    """各市（州）人民政府应当…, 各省辖市商务局应当…: the governments, or an organ, of every place below, each one named by the
    list (not 各区局, 各部门, 各有关单位)."""
    items = [item for item, _ in list_items(names)]
    # (各市州财政局、教育局: a bare organ after the places' one is each place's too, as _shared_distributive reads it: h262 F5)
    return bool(items) and all(DISTRIBUTIVE.match(item) or EVERY_PLACES_ORGAN.fullmatch(item) or _every_places_department(item)
                               or _each_localitys_department(item)
                               or n > 0 and EVERY_PLACES_ORGAN.fullmatch(items[0]) and BARE_LOCAL_ORGAN.fullmatch(item)
                               for n, item in enumerate(items))


BARE_LOCAL_ORGAN = re.compile(r"[\u4e00-\u9fff]{2,10}(?:局|委)")


def _every_places_department(name: str) -> bool:
    """各县（市、区）民政部门, 各区财政部门: each place's one department of a kind, named by its places as 各县（市、区）民政局 is
    (h289 F5: no unit under 要); not every level's (各级民政部门), nor all of them (各区有关部门, 各区职能部门: no kind's)."""
    return not name.startswith("各级") and any(
        re.fullmatch(rf"各{BRACKETED_PLACES}", name[:k]) and _department_kind(name[k:]) for k in range(2, len(name) - 3))


def _each_localitys_department(name: str) -> bool:
    """各地民政部门, 各地财政局: each locality's department of a kind, as 各区财政部门 is (h301 F4: no unit under 应 or 要); not
    各地有关部门, 各地政府部门 (no kind's), 各地区各部门."""
    kind = name[2:]
    return bool(EVERY_PLACES_BODY.fullmatch(name)) and (_department_kind(kind) is not None or (typed := _match_type(kind)) is not None
                                                        and typed[1] == kind)


# (各县（市、区）防汛抗旱指挥部办公室: a longer office's name, h282 F4; 各市水利（水务）局, a kind's other name in brackets, in a
# label's list: as a sentence's subject its bracket is read by no subject's pattern, h282 F5 left)
EVERY_PLACES_ORGAN = re.compile(rf"各{BRACKETED_PLACES}(?:(?:(?!各)[\u4e00-\u9fff]){{2,12}}(?:[（(][\u4e00-\u9fff]{{2,4}}[）)])?"
                                rf"(?:局|委|厅|办|中心|主管部门|所|站|办公室)|{COOPERATIVE_END})")  # (各县（市、区）供销社要…: h303 F3)


# what a noun phrase opening a sentence is followed by when it is the subject (…的项目要按期完成, …的资金由…拨付)
SUBJECTS_PREDICATE = re.compile(r"要|应|须|需|由|将|可以|不得|实行|按照?|纳入|予以")


def _phrase_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "，,。；;") + 1


def _phrase_end(text: str, at: int) -> int:
    end = PHRASE_STOP.search(text, at)
    return end.start() if end else len(text)


PHRASE_STOP = re.compile(r"[，,。；;]")
DUTY_GIVEN_BY_DUTY_WORD = re.compile(rf"(?<=[局委办厅室心府会门构])(?:{BY_DUTIES}(?:分工)?|具体|主要|{MANNER})?{DUTY_VERB}")  # (X负责…, X依法负责…)


def _by_duty_sentence(text: str, at: int) -> re.Match | None:
    """由A、B负责，C配合。: the duty sentence after 由, when it names helpers (else BY_UNITS reads it)."""
    m = match_at(DUTY_SENTENCE, text, at, NEEDLES)
    return m if m and m.group("helpers") else None


def _assigned_units(m: re.Match) -> bool:
    """Every name the sentence gives looks like a unit's; after 由, a distributive whose name ends in a
    bracket (由各市（地）人民政府（行署）负责) is one too."""
    names = _unit_names(m.group("units"))
    # (in a regulation's article, 由住房和城乡建设部门牵头，…: the body by its kind leads, as under 应当: h196)
    article = ARTICLE_OPENS.match(m.string) is not None and m.string[m.start() - 1 : m.start()] == "由"
    if names and _generic_body(names[0][0]) and m.re in LEAD_SENTENCES and not article and not _kind_leads_its_sentence(m):
        return False  # 建立…，人力资源社会保障部门牵头，各部门分工负责…的机制: a body by its kind given a duty (负责), not a lead
    if _all_units(names) or m.re is BY_UNITS and len(names) == 1 and bool(DISTRIBUTIVE.match(names[0][0])):
        return True
    if len(names) > 1 and _known_kinds_then_department("、".join(name for name, _ in names)):
        # 发展改革、财政、教育等部门按职责分工负责, 发展改革、财政部门负责…: kinds of department, 部门 written once, given a duty as
        # 财政部门负责… is (h322 F2: only read after a level, 县级发展改革、财政部门); not doing their share (财政、审计等部门按照各自
        # 职责，做好…: a call, as 财政部门要… is)
        return (article or _kind_leads_its_sentence(m)) if m.re in LEAD_SENTENCES else bool(re.search(DUTY_WORD, m.group()))
    # 由X会同被投诉举报单位的主管部门负责…: the units before 会同 assign the duty, whoever they work with (z117)
    with_at = m.group("units").find("会同")
    return m.re is BY_UNITS and with_at > 0 and _all_units(_unit_names(m.group("units")[:with_at]))


# …的工作机制, …的格局: the sentence describes what is to be set up, no assignment
MECHANISM_DESCRIBED = re.compile(r"的(?:工作|协调|联动)?(?:机制|格局|体系|模式)")
CLAUSE_SENTENCE_END = re.compile(r"[。；;]")


def _kind_leads_its_sentence(m: re.Match) -> bool:
    """（一）加强组织领导。卫生健康部门牵头，发展改革部门、财政部门配合，做好…: a body by its kind leading, opening its own
    sentence, as national and provincial texts write it (h322 F1); not after a comma (建立工作机制，X部门牵头，…: the mechanism's
    lead), nor in a sentence describing a mechanism (…，各类主体积极参与的工作机制)."""
    before = m.string[: m.start()].rstrip()
    opens = not before or before[-1] in "。；;！" or ITEM_NUMBER.fullmatch(before) is not None
    stop = CLAUSE_SENTENCE_END.search(m.string, m.end())
    return opens and not MECHANISM_DESCRIBED.search(m.string, m.start(), stop.start() if stop else len(m.string))


ELLIPTIC_ORGAN_CHARS = 10  # 财政厅, 教育局: an organ listed after a placed one, its place left out


# a division of the issuing department, named alone in its own plan (人事与老干部处牵头…); not
# 不足之处, 多处, 相关处室
DIVISION = re.compile(r"^(?!各|相关|有关|其他|其它|本|该|此)[\u4e00-\u9fff]{2,14}(?:(?<![之到好出难长短用益住去深远近多两几一])处"
                      r"|(?<![学本专外内工文医牙儿农])(?<![^管]理)科|(?<=[理策划规务展作育术济业险障督查量进设金计准监融])司"
                      r"|(?<=[察法政])(?:支队|大队))(?:室)?$")  # a city's or county's bureau has 科 (登记注册科,
# 信用监督管理科; not 理科); a ministry's has 司 (法规司, 信用监督管理司; not 公司, 上司); an inspectorate its 支队 (劳动保障监察支队: z328)
# a department's own bodies and collectives, named alone in its own document: 机关党委, 办公室, 各业务处室, 机关各处室, 各直属单位
DEPARTMENT_OWN = re.compile(r"^(?:[厅局委](?=办公室|机关))?(?:机关党委|机关纪委|机关工会|办公室|(?:[厅局委办]属|[厅局委]?机关)?各(?:业务)?(?:处室|处（室）|处|科室|直属单位|单位))$")


# 执法稽查局 in a 市场监管局's own plan (no level or place inside: 应用市大数据发展局 is a cell's line and a name)
_BUREAU = r"(?!各|相关|有关|其他|其它|本|该|此)(?:(?![省市县区州旗盟])[\u4e00-\u9fff]){{2,{most}}}(?<!总)局"
INTERNAL_BUREAU = re.compile(_BUREAU.format(most=13))
# in a table, a cell's line opening a name: short ones only (企业税费优惠政策 / 税务总局: a task's line before a name)
INTERNAL_BUREAU_CELL = re.compile(_BUREAU.format(most=8))
MINISTRY_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}(?<!公)司")  # 法规司, 登记注册司 (not 公司)
# 省局信用监管处, 市局法规科: the issuing department named by its level and organ alone, then its division
OWN_LEVEL_DEPARTMENT = re.compile(r"^(?:(?P<level>省|市|县|区)[厅局委]|总局)(?=[\u4e00-\u9fff]{2,}(?:处|处室|局|科|科室|司)$|办公室$|机关)")
DEPARTMENT_BEFORE_DIVISION = re.compile(r"^[\u4e00-\u9fff]{0,6}?[厅局委](?=[\u4e00-\u9fff]{2,}(?:处|处室|局|科|科室)$)")
# 办公室负责…, 由局办公室负责…: the issuing body's own office; 领导小组办公室负责…: the office of the leading group the text sets up
OWN_OFFICE = re.compile(r"(?:[厅局委]|党政|党群)?办公室|机关党委|(?:工作)?领导小组(?:办公室)?"  # (a zone's 党政办公室: z237)
                        # 企业服务专班会同…: a task force the text's place set up (z394); not a phrase that sets one up or picks it out
                        # (抽调骨干组成工作专班负责…, 每个重点项目配备服务专班负责…, 对接企业需求的服务专班…: the review)
                        r"|(?=[\u4e00-\u9fff]{2,10}专班$)(?!由|各)(?:(?!的|成立|组成|组建|建立|设立|配备|抽调|依托|通过|每个|每一)[\u4e00-\u9fff]){2,10}专班")


OWN_BUREAU_MIN = 4  # characters: 执法稽查局, 登记注册局 (not 布局, 格局)
# 行政审批办公室 in a department's own plan, named as its divisions are (corpus-dev 吉林_01, found by a blind tester: kept
# bare while 政策法规处 was the department's); not a leading group's office
NAMED_OFFICE = re.compile(r"(?!各|相关|有关|其他|其它|本|该|此)[\u4e00-\u9fff]{2,8}(?<!小组)(?<!专班)(?<!委员会)办公室")


def _all_units(names: tuple[tuple[str, int], ...]) -> bool:
    """Every name looks like a unit's; after the first, an organ of the first one's place may leave
    the place out (由自治区人力资源社会保障厅、财政厅负责解释)."""
    names = _without_places_sharing_an_organ(names)
    first = names[0][0] if names else ""
    sharing = _zones_sharing_a_committee([name for name, _ in names])  # 冀南新区和经开区管委会 (z240)
    return bool(names) and (_looks_like_unit(first) or 0 in sharing or bool(DIVISION.match(first) or OWN_OFFICE.fullmatch(first) or BARE_PLACES_EACH.fullmatch(first)
                                                                           or MINISTRY_DIVISION.fullmatch(first))  # 新闻宣传司配合 (z369)
                            or len(first) >= OWN_BUREAU_MIN and bool(INTERNAL_BUREAU.fullmatch(first))  # 执法稽查局负责… (a regulator's own)
                            or _generic_body(first) or _bare_typed_organ(first)) and all(
        _looks_like_unit(n) or len(n) <= ELLIPTIC_ORGAN_CHARS and (ORG_END.search(n) or BARE_ZONE.search(n))
        or _department_kind(n) is not None for n, _ in names[1:])  # (各县区财政部门和人力资源和社会保障部门: the places' too, a review)
    # (a zone named bare after the first name, 各区县政府、西咸新区、各开发区管委会: its administration)


def _bare_typed_organ(name: str) -> bool:
    """财政局负责…, 审计局会同…: a bureau named by its type's own form alone, the document's place's (a zone's
    rules name its bureaus so, z254). Only as the first name of a duty: elsewhere a bare 财政局 is too often
    the tail of a longer name (市工业信息化和科技局's 科技局)."""
    typed = _match_type(name)
    return typed is not None and typed[1] == name


# 经办银行负责…: the bank that handles each loan, whichever it is
HANDLING_BODY = re.compile(r"(?:经办|承办|合作)(?:银行|金融机构|机构)")
# 用人单位负责…, 岗位开发单位负责…, 运营管理单位负责…: the body in that role, whichever it is (three blind golds, z251 z273 z342)
ROLE_BODY = re.compile(r"(?:相关|有关|就业)?(?:用人|见习|岗位开发|运营管理|项目业主|项目实施|承办|主办|被投诉)单位|(?:就业)?见习基地")  # (被投诉单位负责…调查核实: z355)


# 残疾人就业服务机构负责…审核 (财政部 税务总局's 财税〔2015〕72号 wording, copied word for word by cities' rules), 公共就业服务机构负责…:
# the service body of the level acting, named by its kind (h312 F5: no unit)
SERVICE_BODY_BY_KIND = re.compile(r"(?:残疾人|公共)就业服务机构")


def _generic_body(name: str) -> bool:
    """财政部门负责…, 经办银行负责…: a body named by its kind alone, at whatever level or place it acts."""
    return (bool(HANDLING_BODY.fullmatch(name) or ROLE_BODY.fullmatch(name) or SERVICE_BODY_BY_KIND.fullmatch(name))
            or _department_kind(name) is not None)


def _department_kind(name: str) -> UnitType | None:
    """财政部门 -> finance: a department named by its kind alone, the kind its bureau's name (财政局) has."""
    if not name.endswith("部门") or len(name) < 4:
        return None
    typed = _match_type(name[:-2] + "局")
    return typed[0] if typed is not None and typed[1] == name[:-2] + "局" else None


# 各县（市、区）负责…, 各镇乡（街道）负责…: each of those places (its government), named by its places alone
BARE_PLACES_EACH = re.compile(rf"各(?:县|区|市|镇|乡|乡镇|镇乡|镇街|街镇|街道|旗)[（〔(](?:{PLACE_WORDS}|、)+[）〕)]"  # (各镇街（园区）: z361)
                              # (各县市区要…, 各县区要…: the same counties and districts unbracketed, 湖南's way, h318 F6: no
                              # unit, where 各县（市、区）要… was read)
                              r"|各(?:县市区|县区|区县|县市|区市县)")


def _without_places_sharing_an_organ(names: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """由沈河区、皇姑区人民政府负责: places listed bare before a unit (or 各… governments) share its organ: the
    unit stands for them all."""
    bare = 0
    while bare < len(names) - 1 and _place_alone(names[bare][0]):
        bare += 1
    return names[bare:]


def _without_helpers_that_are_no_units(m: re.Match) -> int:
    """Where a duty sentence's group ends: before its helpers when they are no units' names
    (市人社局负责，社会各界广泛参与: 市人社局 alone)."""
    helpers = m.group("helpers") if m.re is DUTY_SENTENCE else None
    if helpers and not _names_units(helpers):
        return m.start("helpers") - 1
    if helpers and m["carries_out"] and (m["units"].startswith("由") or m.string[m.start() - 1 : m.start()] == "由"):
        return m.start("helpers") - 1  # 由市人社局负责，市社保中心具体实施: X's own doing (as the blind gold z226 counted)
    more = m.group("more") if m.re is DUTY_SENTENCE else None
    if more and not _names_units(more):
        return m.start("more") - 1  # 由X统筹，Y具体负责，企业积极参与: no unit helps
    with_at = m.group("units").find("会同") if m.re is BY_UNITS else -1
    if with_at > 0 and not _all_units(_unit_names(m.group("units")[with_at + 2:])):
        return m.start("units") + with_at  # 由X会同专家负责: X alone (those it works with are no units)
    if m.re in (COLON_DUTY, COLON_DUTY_OF_AN_ITEM):
        return m.end() - 1  # the names before the colon (各乡镇人民政府、街道办事处：…: one distributive unit, z298)
    if m.re is SHARE_GIVEN and m["task"] is not None:
        if m.string.startswith(("共同做好", "共同抓好"), m.start("task") - 4) and m.string[m.start("task") - 5] in "，,":
            return m.start("task") - 5  # …按照职责分工，共同做好…: the units and their share (共同 no name, h285 F2)
        if m.string.startswith(("配合做好", "配合抓好", "协助做好", "协助抓好"), m.start("task") - 4) and m.string[m.start("task") - 5] in "，,":
            return m.start("task") - 2  # …按照各自职责，配合做好…: the units helping, 配合 kept (no unit named 配合: h300 F1)
        return m.start("task")  # …按照各自职责做好中介服务价格、收费和信用监管工作: the units, not the work's list (h148)
    if m.re is DUTY_GIVEN and m.group().startswith("设在", m.end("units") - m.start()):
        return m.end("units")  # …办公室设在市发展改革委，负责…: the office, not where it sits (h251)
    return m.end()


def _names_units(chunk: str, or_placed: bool = False) -> bool:
    """Every name of a list ends with an organ (有关部门密切 / 社会各界广泛 do not): what a unit's
    duty is helped by, named without the place a unit of the list before has; ``or_placed``: or
    opens with a place (白银高新区)."""
    names = [(BRACKET_AFTER_NAME.sub("", n) or n, o) for n, o in _unit_names(chunk)]  # 市人社局（市就业局）: its other name after it
    sharing = _zones_sharing_a_committee([n for n, _ in names])  # (冀南新区和经开区管委会: z240)
    return bool(names) and all(ORG_END.search(n) or DISTRIBUTIVE.match(n) or or_placed and _opens_with_place(n) or i in sharing
                               for i, (n, _) in enumerate(names))


def is_bare_unit_bracket(text: str) -> bool:
    """A paragraph that is only a bracket of units' names, with no label (（市住房城乡建设局、市财政局，
    各县、区人民政府）): the first opens with a place or level, each ends with an organ."""
    m = re.fullmatch(r"（([^（）]*(?:（[^（）]*）[^（）]*)*)）[。；]?", text.strip())
    if not m:
        return False
    names = [re.sub(r"（[^（）]*）$", "", n) for n in split_top_level(m[1], "、，,")]
    return (bool(names) and _opens_with_place(names[0])
            and all(ORG_END.search(n) or DISTRIBUTIVE.match(n) or LISTED_PLACES.match(n) for n in names))


# (…热线：推行“接诉即办”，提升满意度（市政务服务中心）: a task, its unit's bracket; only a number right before is a contact's)
CONTACT_BEFORE = re.compile(r"(?:电话|热线|联系人|联系方式|传真|邮箱)[：:][^。；;，,]*\d[^。；;，,]*$|\d{3,4}[-－—]?\d{7,8}$"
                            r"|联系人[：:]\s*[\u4e00-\u9fff]{2,4}$")  # (联系人：李明（市人社局）: whose office it is)


def _is_bare_unit_group(text: str, open_at: int, close_end: int, content: str, line_starts: frozenset[int] = frozenset()) -> bool:
    """（市商务局） right after a sentence end and at the end of a line or of the text; the last names
    may be said to help (（省人力资源社会保障厅，省财政厅、省税务局配合）: the others lead)."""
    before = text[:open_at].rstrip()
    after = text[close_end:].lstrip(" ")
    if CONTACT_BEFORE.search(before):
        return False  # 咨询电话：0519-85588123（市创业指导中心）: whose number it is, no duty (z296)
    # 1.企业分支机构登记（自治区市场监管局）: a list item's task, no sentence end before the bracket closing it
    # (not 配合单位：市委组织部（市人才工作局）: a unit's other name after it)
    # (…不超过1%（市财政局、市委金融办）。: the bracket before the item's full stop, z290)
    closes_an_item = bool(before) and not after.strip().rstrip("。；;") and before[-1] not in "。；！;：:" and not ORG_END.search(before)
    if not before or not closes_an_item and (before[-1] not in "。；！;：:" or (
            after and after[0] not in "\n。；;" and not after.startswith(("（", "#")) and close_end not in line_starts)):
        return False
    content = re.split(r"[；;]", content)[0]  # （市发改委；长期坚持）: who, then when
    names = [re.sub(r"[（〔\[][^（）〔〕\[\]]*[）〕\]]$", "", re.sub(r"等?(?:配合|协助|协办|协同|参与)$", "", "".join(n.split())))
             for n in split_top_level(content, "、，,")]  # 省市场监管局（省知识产权局）, 市市场监管局〔知识产权局〕
    while len(names) > 1 and (re.match(OTHER_COLUMNS, names[-1]) or TIME_SLOT.search(names[-1]) and not ORG_END.search(names[-1])):
        names.pop()  # （市发改委，完成时限：2023年7月31日前）, （市发改委，2023年底前）: the time beside the units
    sharing = _zones_sharing_a_committee(names)
    if closes_an_item:  # names a unit only with its place or level (not （试行）, （附件1）, （含分支机构）)
        return bool(names) and all(_looks_like_unit(n) or DISTRIBUTIVE.match(n) or _placed_zone(n) or i in sharing
                                   for i, n in enumerate(names))
    return bool(names) and all(ORG_END.search(n) or DISTRIBUTIVE.match(n) or LISTED_PLACES.match(n) or DIVISION.match(n)
                               or _placed_zone(n) or i in sharing for i, n in enumerate(names))


def _zones_sharing_a_committee(names: list[str]) -> set[int]:
    """Indexes of zones named bare right before a zone's committee, which they share (（市人社局、柳东新区、北部生态新区管委会）,
    东津新区（经开区）、高新区管委会: z216, z226)."""
    out, run = set(), []
    for i, name in enumerate(names):
        if ZONE_COMMITTEE.search(name) and run:
            out.update(run)
        run = [*run, i] if len(name) <= ZONE_NAME_MAX and BARE_ZONE.search(name) and not ZONE_COMMITTEE.search(name) else []
    return out


def _placed_zone(name: str) -> bool:
    """苏州工业园区, 张家港保税区: a zone named bare after its place, for its administration (not 产业园区)."""
    return len(name) <= ZONE_NAME_MAX and bool(BARE_ZONE.search(name)) and gazetteer().match_prefix(name) is not None


ZONE_NAME_MAX = 12


def _final_bracket(text: str) -> tuple[int, int] | None:
    """(where its （ stands, where its ） ends) of the （…） group closing ``text`` (a 。 or ； may follow it)."""
    end = len(text.rstrip("。；;. \n"))
    if end == 0 or text[end - 1] != "）":
        return None
    depth = 0
    for i in range(end - 1, -1, -1):
        if text[i] == "）":
            depth += 1
        elif text[i] == "（":
            depth -= 1
            if depth == 0:
                return i, end
    return None


def find_responsibility_group(text: str) -> tuple[int, int] | None:
    """Offsets of the content of the final （…） group naming responsible units, if any."""
    bracket = _final_bracket(text)
    if bracket is None:
        return None
    start, end = bracket
    return (start + 1, end - 1) if RESPONSIBILITY_CUE.search(text[start + 1 : end - 1]) else None


def find_units_group(text: str) -> tuple[int, int] | None:
    """Offsets of the content of the final （…） group naming units, with a cue or of names alone (（一）夯实…底座。（市工信局、
    市发展改革委）: a heading's bracket, z257)."""
    bracket = _final_bracket(text)
    return (bracket[0] + 1, bracket[1] - 1) if bracket is not None and closes_with_units(text) else None


def closes_with_units(text: str) -> bool:
    """The paragraph ends with its responsibility: a group with a cue (（责任单位：…）), or one of units' names alone
    after a sentence (…限期整改。（市发改委，完成时限：…））."""
    bracket = _final_bracket(text)
    if bracket is None:
        return False
    start, end = bracket
    content = text[start + 1 : end - 1]
    return bool(RESPONSIBILITY_CUE.search(content)) or _is_bare_unit_group(text, start, end, content)


@lru_cache(maxsize=4096)  # a list is read for its names and again for its leads
def list_items(chunk: str) -> tuple[tuple[str, int], ...]:
    """Items of a list (、，, 及 以及) with their offsets; a distributive 各市、县人民政府 stays whole."""
    items: list[tuple[str, int]] = []
    pos = 0
    for part in split_top_level(chunk, "、，,"):
        offset = chunk.index(part, pos)
        pos = offset + len(part)
        for piece in _split_joined(part):
            piece_at = chunk.index(piece, offset)
            offset = piece_at + len(piece)  # (市财政局会同财政、教育部门: the second 财政 after the first name, h297 F5)
            if items and (_continues_distributive(items[-1][0], piece, chunk, piece_at) or GENERIC_NOUN.match(TRAILING_DUTY.sub("", piece))):
                name, at = items[-1]
                items[-1] = (chunk[at : piece_at + len(piece)], at)
            else:
                items.append((piece, piece_at))
    return _places_sharing_a_body(chunk, tuple(items))


def _places_sharing_a_body(chunk: str, items: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """各设区市、杨凌示范区、西咸新区营商环境投诉机构: places each with the body named after the last, one unit (z355)."""
    if (len(items) < 3 or not items[0][0].startswith("各") or not re.fullmatch(rf"各{BRACKETED_PLACES}", items[0][0])
            or not all(NAMED_ZONE.fullmatch(name) for name, _ in items[1:-1]) or not ORG_END.search(TRAILING_DUTY.sub("", items[-1][0]))
            or not NAMED_ZONE.match(items[-1][0])):
        return items
    return ((chunk[items[0][1] : items[-1][1] + len(items[-1][0])], items[0][1]),)



# 铁西区等各区、县（市）人民政府: places as examples, then all of them (not 市发改委等各有关部门: one unit, a summary)
JOINER = re.compile(r"(?<=[^涉普波危以]{2})(?:以及|及|会同|和|与|(?<=[区县市旗州])等(?=各))")


DEPARTMENT_BY_KIND = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:主管)?部门")


def _department_named_first(text: str) -> bool:
    """工业和信息化主管部门负责…: a department named by its kind opens ``text``."""
    m = DEPARTMENT_BY_KIND.match(text)
    return bool(m) and _department_kind(m.group().replace("主管部门", "部门")) is not None


def _split_joined(part: str) -> list[str]:
    """A list item cut where 及 / 以及 / 会同 / 和 joins a second name: one that opens with a level
    (各, 省, 市 …) or, after 及 / 以及 / 会同, with a place (…单位及娄星区); 和 inside a name
    (人力资源和社会保障局) joins no two names. Names glued together (a list spaced apart on the
    page: 省发展改革委 省财政厅) are cut apart too."""
    pieces, start = [], 0
    if bare_place := BARE_PLACE_JOINED.match(part):  # 各街道、镇和各开发区管委会: the 各 list's last place, then another unit (z258)
        pieces, start = [bare_place["place"]], bare_place.end()
    for m in JOINER.finditer(part, start):
        rest = part[m.end():]
        if m.group() == "和" and _inside_a_place(part, m.start()):
            continue  # 人行太和县支行: 和 of a place's name (z284)
        if m.group() == "与" and not ORG_END.search(part, start, m.start()):
            continue  # 成果转化与区域创新处: 与 inside a division's name; 市…办公室与市公安局指挥中心: two names
        if m.group() != "会同" and rest.startswith(CORPS_NAME) and part[: m.start()].endswith(("直辖市", "自治区")):
            continue  # 各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障部门: one distributive unit
        if (rest[:1] and rest[0] in "各省市县区州旗盟国中" or rest.startswith("自治区") or m.group() == "会同" or LEAGUE_OPENS.match(rest)
                or ZONES_COMMITTEE.match(rest) and not BARE_ZONE.fullmatch(part[start : m.start()])  # (高新区和经开区管委会: one)
                or m.group() != "和" and (gazetteer().match_prefix(rest) or NATIONAL_SYSTEM_OPENS.match(rest))  # 会同人行…支行
                # 各县区人民政府和兰州新区、…管委会: a government's whole name, then a place opening the next (z294); any organ's
                # (街道办事处和浏阳经开区（高新区）管委会, z414)
                or ORG_END.search(part, start, m.start()) and gazetteer().match_prefix(rest)
                # 各设区市、县（市）财政部门和工业和信息化主管部门: two kinds of the places' departments (z420)
                or m.group() == "和" and part.endswith("部门", start, m.start()) and _department_named_first(rest)
                # 省营商环境局及有关部门, 市财政局和行业主管部门: a unit, then others called on by their kind (a blind test)
                or ORG_END.search(part, start, m.start()) and KIND_JOINED.match(rest)
                # 各设区市林业局和财政局: a bureau, then another named by its kind alone, the same places' (h284 F4: one unit)
                or m.group() == "和" and DEPARTMENT_END.search(part, start, m.start()) and _bare_organ_after(rest)):
            pieces.append(part[start:m.start()])
            start = m.end()
    return [glued for piece in pieces + [part[start:]] for glued in _unglued(piece)]


def _bare_organ_after(rest: str) -> bool:
    """财政局, 财政部门 after 和: an organ named by its kind alone, its place left out (not 人力资源和社会保障局's 和, nor a place's
    own body, 市财政局: cut already)."""
    name = re.sub("等$", "", TRAILING_DUTY.sub("", rest))
    return (len(name) <= ELLIPTIC_ORGAN_CHARS and bool(BARE_LOCAL_ORGAN.fullmatch(name) or name.endswith("部门") or re.fullmatch(FEDERATION, name))
            and not name.startswith(NOT_EACH_PLACES) and not gazetteer().find_all(name) and _an_organ_by_kind(name))


KIND_JOINED = re.compile(r"(?:有关|相关|其他|其它)|[\u4e00-\u9fff]{0,8}主管部门(?:等)?$")
# …部门和开发区管委会: the zones' own body (开发区（投资区）管委会: its other zone in brackets, z422)
ZONES_COMMITTEE = re.compile(r"(?:开发区|高新区|经开区|园区|新区)(?:[（(][^（）()]{1,8}[）)])?(?:管委会|管理委员会)")


def _inside_a_place(part: str, at: int) -> bool:
    """Whether the character at ``at`` lies inside a place's name that opens one or two characters before it (太和县)."""
    return any((hit := gazetteer().match_prefix(part[at - k :])) and len(hit[1]) > k + 1 for k in (1, 2) if at >= k)
LEAGUE_OPENS = re.compile(r"团[省市区县州旗]委")  # 市人力社保局和团市委 (z261: cut after 团)
BARE_PLACE_JOINED = re.compile(r"(?P<place>[镇乡])(?:以及|和|及)(?=各)")  # (JOINER wants two characters before it)


# (省市场监管局 国家税务总局福建省税务局, 市地方金融监管局 人民银行青岛市分行: a national system's office after a name, z377)
GLUED_LEVEL = re.compile(r"(?=自治区|[省市县区]|国家税务总局|(?:中国)?人民银行|国家金融监督管理总局|国网)")


ZONE_COMMITTEE_REST = re.compile(r"区(?:管委会|管理委员会)$")


def _unglued(name: str) -> list[str]:
    """省发展改革委省财政厅 -> 省发展改革委, 省财政厅: cut before a level where what precedes is a
    unit's whole name and what follows is one too (not 市委市政府, a joint office's 市委: two
    characters name no department)."""
    for m in GLUED_LEVEL.finditer(name, 3):
        head, tail = name[: m.start()], name[m.start() :]
        bare_tail = re.sub("等$", "", TRAILING_DUTY.sub("", tail))  # 省财政厅等按职责分工负责
        if (_looks_like_unit(head) and _looks_like_unit(bare_tail) and not tail.startswith(NOT_A_PREFIX)  # 省商务厅市场处
                and not ZONE_COMMITTEE_REST.match(bare_tail)  # 北京商务中心区管委会: a zone's committee, its name whole
                and not name.startswith("社区", m.start() - 1)  # 街道社区事务受理服务中心: 社区 is one word
                and not LEAGUE_OPENS.match(name, m.start() - 1)  # 会同团市委: the league's committee (会同 a county's name too: z327)
                and not (GRID_COMPANY.search(head) and GRID_OFFICE.fullmatch(bare_tail))):  # (…电力公司市北供电公司: h239)
            return [head, *_unglued(tail)]
    return [name]


GRID_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,6}?供电(?:分)?(?:公司|局|所)")  # a grid company's local office, after its name


# (市（州）、县（市、区）人民政府政务服务管理机构: a level with its peers in brackets, z353)
# (设区市、县（市、区）民政部门: a 清单's bodies of two levels, z383)
BARE_LEVELS = re.compile(r"(?:设区的?市|地级(?:以上)?市|[省市县区州旗])(?:[（(][市县区州旗、]{1,6}[）)])?(?:、[省市县区州旗](?:[（(][市县区州旗、]{1,6}[）)])?)*")


LEVEL_BEFORE_EACH = re.compile(r"[省市县区]各(?!级|类|项|方|界)")


def _continues_distributive(previous: str, piece: str, chunk: str, piece_at: int) -> bool:
    """县〔市、区〕人民政府 after 各市〔州〕、: more places of the same 各 list."""
    number = ITEM_NUMBER.match(previous) if previous[:1] in "第（(0123456789一二三四五六七八九十" else None
    previous = previous[number.end() :] if number else previous  # 第二条 各市（地）行政公署、人民政府负责…
    previous = previous[1:] if LEVEL_BEFORE_EACH.match(previous) else previous  # 市各开发区、新区、园区管委会: the city's, each
    if re.fullmatch(r"各省级?(?:、自治区)?", previous) and re.match(r"(?:自治区|直辖市)", piece):
        return True  # 各省、自治区、直辖市人民政府: the provinces', one list
    if re.fullmatch(rf"各{BRACKETED_PLACES}党委", previous) and chunk[piece_at - 1 : piece_at] == "、" and re.fullmatch(
            r"(?:人民)?政府等?", TRAILING_DUTY.sub("", piece)):
        return True  # 各乡镇党委、政府: the places' party committees and governments, one list (LOWER_GOVERNMENT_END)
    if BARE_ZONE.fullmatch(previous):
        return False  # 高新区、经开区管委会: two zones sharing the committee's name (_shared_endings), not a 各 list
    if (previous[:1] in "各省市县区州旗盟" and chunk[piece_at - 1 : piece_at] == "、" and _department_kind(TRAILING_DUTY.sub("", piece))
            and any(_department_kind(previous[-k:] + "部门") for k in (2, 3, 4))):
        return True  # 各县（市、区）科技、财政部门: the places' departments of two kinds sharing 部门, one list (z265)
    opens = DISTRIBUTIVE.match(previous) or re.fullmatch(rf"(?:{PLACE_WORDS}|[（）〔〕〈〉、])+", previous)
    if opens and TOWNSHIPS.fullmatch(previous) and chunk[piece_at - 1 : piece_at] == "、":
        return bool(re.fullmatch(r"街道办事处等?", TRAILING_DUTY.sub("", piece).rstrip("：:")))  # 各乡镇人民政府、街道办事处(：负责…)
    if opens and previous.endswith("政府") and chunk[piece_at - 1 : piece_at] == "、":
        if re.fullmatch(rf"{ORPHAN_COMMITTEE}等?", TRAILING_DUTY.sub("", piece)):
            return True  # 各县（市、区）人民政府、管委会 (not 、开发区管委会: that zone's own, a unit of its own)
    joiner = chunk[piece_at - 1 : piece_at]
    stripped = re.sub(r"等$", "", TRAILING_DUTY.sub("", piece))
    stripped = AS_ROLE.sub("", stripped) or stripped  # 各市、县（市、区）人民政府是…的责任主体，负责…: the places, then their role (z440)
    if opens and joiner == "、" and re.search(LOWER_GOVERNMENT_END + "$", previous) and re.fullmatch(LOWER_GOVERNMENT_END, stripped):
        return True  # 各市（地）行政公署、人民政府: the same places' governments by their two names
    if opens and joiner == "、" and previous.endswith(("行政公署", "行署")) and re.fullmatch(r"[市旗县州](?:人民)?政府", stripped):
        return True  # 各盟行政公署、市人民政府: the leagues' offices and the cities' governments, peers (内蒙古, z463)
    if joiner == "、" and BARE_LEVELS.fullmatch(previous):  # 市、县区社会保险经办机构, 省、市、县人社部门: a bare 市 names no unit
        return bool(BARE_LEVELS.fullmatch(stripped) or PLACES_PREFIX.match(stripped) and ORG_END.search(stripped))
    if not opens or re.search(LOWER_GOVERNMENT_END + "$", previous) and not previous.endswith("街道办事处"):
        return False
    if joiner == "、" and PEER_PLACES.fullmatch(previous + "、" + stripped):
        return True  # 各区、市人民政府: the districts' and the county-level cities' governments, one list
    peers = PEER_PLACES.match(chunk, piece_at - 1 - len(previous)) if joiner == "、" and chunk.startswith(previous, piece_at - 1 - len(previous)) else None
    if peers and peers.end() > piece_at:
        return True  # 各区、市、县人民政府: a bare peer place, more of them and their governments after it
    if joiner == "、" and PEER_PLACE_ALONE.fullmatch(previous) and PEER_PLACES_DEPARTMENT.fullmatch(stripped):
        return True  # 各区、市人力资源社会保障部门: the districts' and the county-level cities' departments (a kind, no city's organ)
    zone = ZONE_THEN_ORGAN.fullmatch(stripped)
    if (joiner == "、" and zone and previous.startswith("各") and PLACES_ONLY.fullmatch(previous[1:])
            and (_bare_typed_organ(zone["organ"]) or _department_kind(zone["organ"]) is not None)
            and not re.fullmatch(ORPHAN_COMMITTEE, zone["organ"])):  # (…、平潭综合实验区管委会: the zone's own, the cities have none)
        # 各设区市、平潭综合实验区市场监管局: each city's bureau and a zone's of the same kind, one list (z408); by the
        # department's kind too: 各省辖市、济源示范区住房城乡建设部门 (z461)
        return True
    if joiner != "、" or _wider_place_after(previous, stripped):
        return False
    if previous.endswith("街道办事处"):  # 各街道办事处、乡镇人民政府: the streets' and the townships' (not 、区城管委)
        return bool(PLACES_ONLY.match(stripped)) and bool(re.search(LOWER_GOVERNMENT_END + "$", stripped))
    # 各市、县（区）市场监管局: after 各 and places only, more places and then the department they all have
    places_then_unit = (bool(PLACES_PREFIX.match(stripped)) and bool(ORG_END.search(stripped)) and previous.startswith("各")
                        and not stripped.startswith("师市"))  # 各团场、师市国资委: the division-city's own body
    return bool(PLACES_ONLY.match(stripped)) or places_then_unit


# how wide a place word's area is: a 各 list names places from the widest down (各市、县、乡镇)
PLACE_RANK = [(re.compile(r"省|自治区|直辖市"), 0), (re.compile(r"设区的?市|地级|省辖市|市|州|盟|地区"), 1),
              (re.compile(r"(?:省直管|直管)?县|直管市|区|旗|特区|林区|园区|开发区|高新区|新区|功能区|片区"), 2), (re.compile(r"乡|镇|街道"), 3)]
FIRST_PLACE_WORD = re.compile(r"^[（〔(]?(?P<word>省直管县|直管县|直管市|省辖市|设区的?市|地级|省|自治区|直辖市|市|州|盟|地区|县|区|旗|特区"
                              r"|林区|园区|开发区|高新区|新区|乡|镇|街道)")  # (各街道、园区财政局: the zone's own bureau)
LAST_PLACE_WORD = re.compile(r"(?P<word>省|自治区|直辖市|市|州|盟|地区|县|区|旗|林区|乡|镇|街道)[）〕)]?$")


ZONE_THEN_ORGAN = re.compile(r"(?P<zone>[\u4e00-\u9fff]{2,12}?(?:综合实验区|实验区|试验区|示范区|合作区|新区|开发区|高新区))(?P<organ>[\u4e00-\u9fff]{2,10})")
PEER_PLACE_ALONE = re.compile(r"各(?:区|县|市|旗)")
PEER_PLACES_DEPARTMENT = re.compile(r"(?:区|县|市|旗)(?!直|有关|相关|级)[\u4e00-\u9fff]{2,16}?(?:主管)?部门")  # (市财政局 is the city's own: not joined)
PEER_PLACES = re.compile(rf"各(?:区|县|市|旗)(?:、(?:区|县|市|旗))+{LOWER_GOVERNMENT_END}"  # 各区、市、县人民政府 (z126)
                         # 各县、市、区市场监管局: three peers, the middle 市 a county-level city's: their organ of a kind (z385)
                         r"|各(?:区|县|市|旗)(?:、(?:区|县|市|旗)){2,}(?!直|有关|相关|级)[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|部门)")


ZONE_WORDS = {"园区", "开发区", "高新区", "新区"}


def _wider_place_after(previous: str, piece: str) -> bool:
    """各乡镇（街道）、县开发区管委会: a wider place after the narrowest the list has named starts a unit
    of its own (the county's zone committee), not more places of the same 各 list."""
    last, first = LAST_PLACE_WORD.search(previous), FIRST_PLACE_WORD.match(piece)
    if first and first["word"] in ZONE_WORDS and not ORG_END.search(piece):
        return False  # 各乡镇、园区负责…: the zones are more places of the list (园区财政局 is a body of its own)
    if first and first["word"] == "市" and COUNTY_CITY.match(piece) and last and _place_rank(last["word"]) == 2:
        return False  # 各县、自治县、市〔区〕人民政府: 市〔区〕 the county-level cities and districts, peers of the counties (a blind test)
    return bool(last and first) and _place_rank(first["word"]) < _place_rank(last["word"])


COUNTY_CITY = re.compile(r"市[（〔(]区[）〕)]")


def _place_rank(word: str) -> int:
    return next(rank for pattern, rank in PLACE_RANK if pattern.fullmatch(word))


def _named_lead(chunk: str) -> set[int]:
    """Offsets of the names in ``chunk`` written with 牵头 after them (省财政厅牵头、…); after 由 too, where
    ``_unit_names`` puts the name (由市人社局牵头、市住建局配合)."""
    return {at for part, offset in list_items(chunk)
            if "牵头" in (TRAILING_DUTY.search(part) or [""])[0] or LEAD_MARK.search(TRAILING_DUTY.sub("", part))
            for at in ((offset, offset + 1) if part.startswith("由") else (offset,))}


@lru_cache(maxsize=4096)  # the same list is asked about in several ways
def _unit_names(chunk: str) -> tuple[tuple[str, int], ...]:
    """Unit names in a list chunk with their offsets in the chunk; trailing 等/负责 dropped."""
    basis = BASIS_AFTER_NAME.search(chunk)
    if basis and ORG_END.search(chunk, 0, basis.start()):
        chunk = chunk[: basis.start()]  # X在…的基础上，会同Y: what X builds on names no unit of the task (z337)
    out = []
    summarised = False  # A等具有财产登记、保管职能的部门: a 、 inside the description of the 等
    for part, offset in list_items(chunk):
        name = ROLE_STATEMENT_END.sub("", TRAILING_DUTY.sub("", part)).rstrip("：:")  # 各区人民政府均为责任单位 (市财政局：负责)
        name = LEAD_MARK.sub("", name)
        name = SEAT_AFTER.sub("", re.sub(r"等$", "", name).strip())  # …办公室（设在省发展改革委）: where it sits, not its name
        name = ASIDE_AFTER.sub("", name)  # …服务机构（禅城区申请人也可到…窗口办理）, 区人社局（分管区领导：…）: no part of its name (z256)
        name = AS_ROLE.sub("", name) or name  # 市融资担保公司作为担保基金运营管理机构，负责…: the unit, then its role
        if GUIDED.fullmatch(name):
            continue  # X作为…，在Y指导下，负责…: under whose guidance, no unit of the duty (z411)
        name = GUIDED.sub("", name) or name  # 市财政局在市政府领导下，负责…
        if (modal := MODAL_AFTER.search(name)) and (ORG_END.search(name, 0, modal.start()) or DISTRIBUTIVE.match(name[: modal.start()])):
            name = name[: modal.start()]  # 省财政厅要会同…: the unit, then what it is to do
        number = ITEM_NUMBER.match(name) if name[:1] in "第（(0123456789一二三四五六七八九十" else None
        if number and 0 < number.end() < len(name):  # 第十一条 法规科牵头，…: the item's number opens the sentence, not the name
            name, offset = name[number.end() :], offset + number.end()
        if name.startswith("由") and (_looks_like_unit(name[1:]) or DIVISION.match(name[1:])  # （由市商务局负责）, 由法规科牵头
                                     or len(name) > OWN_BUREAU_MIN and INTERNAL_BUREAU.fullmatch(name[1:])):  # （由改革发展局牵头: z234)
            name, offset = name[1:], offset + 1
        if name.startswith("会同") and (ORG_END.search(BRACKET_AFTER_NAME.sub("", name))  # X牵头，会同Y: Y helps (各镇（街道）)
                                       or name.startswith("会同同级") and _a_departments_kind(name[4:])):  # (…会同同级财政、民政部门)
            name, offset = name[2:], offset + 2
        if summarised and not _looks_like_unit(name):
            continue
        head, sep, tail = name.partition("等")
        if sep and ORG_END.search(head):  # 市财政局等市级各有关部门: the unit, then a summary
            name, summarised = head, bool(tail) and not ORG_END.search(tail)  # 等市有关部门 is whole
        elif sep and EXAMPLE_NAME_END.search(head) and GROUP_AFTER_EXAMPLES.fullmatch(tail):
            name = head  # 安徽工程大学、安徽师范大学等驻芜高校: the examples, then the group they belong to (z309)
        if len(name) >= 2 and not NOT_UNITS.search(name):
            out.append((name, offset))
    return tuple(out)


EXAMPLE_NAME_END = re.compile(r"(?:大学|学院|学校|银行|公司|医院|集团|研究院|研究所)$")  # (not 各高等学校, 三级甲等医院: the review)
GROUP_AFTER_EXAMPLES = re.compile(r"[\u4e00-\u9fff]{0,6}(?:高校|院校|高等院校|科研院所|金融机构|银行|企业|医院|学校)")
MODAL_AFTER = re.compile(rf"(?:{MODAL}(?:{TIME_BEFORE_TASK.pattern})?|{TIME_BEFORE_TASK.pattern})$")  # (市人社局将于6月底前会同…)
LEADS = re.compile("牵头|负总责|主责|" + PRIMARY_DUTY)
LEAD_MARK = re.compile(r"[（(〔]牵头[）)〕]$")  # 市人社局（牵头）、市教育局: the marked unit leads
# …，省财政厅配合: a unit named to help, not 配合国家部委做好工作; …，各市政府落实: a unit that carries
# out what another is responsible for (``_helps``: not 确保政策落实, 负责落实, 抓好落实)
HELPS = re.compile(r"(?:配合|协助|协办|协同|参与|参加)$")
# a time written in a responsibility bracket (三季度末, 下半年, 每季度, 常态化推进, 6月底前, 年内完成): no unit
TIME_SLOT = re.compile(r"季度|半年|年内|年底|年末|月底|月末|旬|常态化|长期|持续|每年|每月|每周|立行立改|\d\s*[年月日]|完成$|前$")
CARRIES_OUT = re.compile(r"^(?P<units>.+?)(?:按职责分工|分别|具体)?(?:(?<![责好头])(?<!负责组织)落实|(?<=具体)实施)$")  # not 负责落实 / 抓好落实 / 牵头落实
# ((X负责，Y具体实施): Y carries out X's duty, as Y落实 does: h324 f4)
COORDINATES = re.compile(r"统筹(?:协调)?$")
COORDINATES_THEN_LISTED = re.compile(r"(?:(?<=统筹)|(?<=统筹协调))、(?=[^，,；;。]{2,60}?(?:具体负责|负责落实|具体落实|具体实施))")
DOES_THE_WORK = re.compile(r"(?:具体负责|负责落实|具体落实|具体实施|负责具体实施)[^，,。；;]{0,30}$")  # (…具体负责组织申报和审核)
# a task of its own (not 按职责分工负责 / 共同负责: a share of one); A、B分别负责，C配合: each its own part
OWN_DUTY = re.compile(rf"等?(?:(?:具体|主要|分别|{MANNER})?负责(?:组织(?:实施|落实)?|实施)?|统筹(?:推进|协调)?)")


# a unit's duty with its task in a bracket (not a label's list): the names end at 负责
DUTY_WITH_TASK = re.compile(r"(?P<units>(?![^：:]*[：:]).{2,40}?)(?:具体|主要)?" + DUTY_VERB + r"(?=[\u4e00-\u9fff]{2})(?!组织实施$|组织落实$|(?:具体)?落实$|(?:具体)?实施$)")  # (负责具体落实: z347)
DUTY_THEN_WITH = re.compile(r"(?<=负责)(?=会同(?![、，,]))")  # (not 负责会同、协调各有关单位: 会同 a verb of a list)


def _parts(statement: str) -> list[str]:
    """A statement's parts between commas, X负责会同Y cut as X负责，会同Y is (Y helps: z295)."""
    return [q for part in split_top_level(statement, "，,") for q in DUTY_THEN_WITH.split(part)]
SHARE_OF_DUTY = re.compile(r"(?:" + OWN_DUTIES + r"(?:分工)?|分工|" + BY_LOCALITY + r"|属地)负责$")


def _helps(part: str) -> bool:
    """A unit named to help: …，省财政厅配合, or one that carries out what another is responsible
    for: …，各地级以上市人民政府落实 (units before 落实, not 确保政策落实), or one worked with: 由X负责，会同Y."""
    return (bool(HELPS.search(part)) or _names_a_unit(part) or _does_its_part(part)
            or part.startswith("会同") and _names_units(part[2:]))


def _does_its_part(part: str) -> bool:
    """各市财政局做好资金保障: units' names, then their part of the task (not 配合国家部委做好工作)."""
    m = DOES_ITS_PART_RE.search(part)
    return bool(m) and m.start() > 0 and _names_units(part[: m.start()]) and _opens_with_place(part)


DOES_ITS_PART_RE = re.compile(DOES_ITS_PART)


def _names_a_unit(part: str) -> bool:
    """``part`` (…落实) opens with units' names (each an organ, a place's body or a distributive
    name: 各地级以上市人民政府, 白银高新区), not with how the task is done (确保政策, 按要求)."""
    m = CARRIES_OUT.match(part)
    return bool(m) and _names_units(m.group("units"), or_placed=True)


# a zone's own organs, named by the zone alone in its own documents (高新区经济发展局牵头)
ZONE = r"(?:高新区|经开区|开发区|综保区|保税区|自贸区|示范区|新区|新城|园区|实验区|试验区|合作区|功能区|片区|工业区)"  # (空港新城: 西咸's, z367)  # (实验区社会事业局: 平潭's)
BARE_ZONE = re.compile(rf"{ZONE}$")
NAMED_ZONE = re.compile(rf"[\u4e00-\u9fff]{{2,6}}?{ZONE}")  # 杨凌示范区, 西咸新区
ZONE_COMMITTEE = re.compile(rf"{ZONE}(?P<organ>管委会|管理委员会)$")
AREA_COMMITTEE = re.compile(r"(?<=区)(?P<organ>管委会|管理委员会)$")


def _opens_with_place(name: str) -> bool:
    """A level or a place first: 省, 市, 自治区, 平凉市, 白银高新区, 高新区; or a national system whose local
    bodies are named after it (国网杭州供电公司, 中国人民银行杭州中心支行, 中国移动)."""
    return bool(re.match(rf"^(?:国家|国务院|中央|自治区|省|市|县|区|州|盟|旗|地区|兵团|师市|各|{ZONE}|{NATIONAL_SYSTEMS}|{HEAD_OFFICE}|{MINISTRY_OWN}"
                         # 由项目所在区县（市）人民政府负责兑现, 由参保地社会保险经办机构负责审核: where it lies, whichever it is
                         r"|(?:项目|企业)所在|(?:参保|户籍|注册|就业|缴费|登记)地|所在地|当地|同级|本级"  # 由同级财政部门负责
                         r"|(?:灾区|受灾|事发地)(?=[县区市州旗乡镇])"  # 灾区县（区）人民政府, 受灾县（区）…: those a disaster struck (h295 F6)
                         r"|辖市(?:[（(]区[）)]|区)"  # 辖市（区）人社部门: each of the city's counties and districts (常州's word, z296)
                         r"|设区的?市|地级(?:以上)?市"  # 设区的市人民政府…主管部门: each city of the level (a regulation's word, z377)
                         r"|[\u4e00-\u9fff]{2,4}(?:科学城|科技城|新城)|(?:北京)?城市副中心"
                         r"|[\u4e00-\u9fff]{2,4}(?:高新区|经开区|开发区)(?:[（(][\u4e00-\u9fff]{2,6}[）)])?(?=[\u4e00-\u9fff]{2,10}(?:局|委|办|中心)$))", name)
    # 张江科学城建设管理办公室: a zone's own body (城市副中心管委会产业发展局: z324; 医药高新区（高港区）社会事业局: z326)
                or gazetteer().match_prefix(name))


NATIONAL_SYSTEMS = r"国网|中国人民银行|人民银行|人行|中国移动|中国电信|中国联通|中国铁塔|中国邮政"
NATIONAL_SYSTEM_OPENS = re.compile(NATIONAL_SYSTEMS)
HEAD_OFFICE = r"总局(?=[\u4e00-\u9fff]{2,10}(?:局|司|处|办公厅)$)"  # 总局登记注册局: a 总局's own bureau, in its own text
# 部信息中心, 部人力资源流动管理司: a ministry's own department or centre, in its own text
MINISTRY_OWN = r"部(?=[\u4e00-\u9fff]{2,12}(?:司|局|中心|办公厅|研究院|研究所)$)"
MINISTRYS_OWN_BODY = re.compile(MINISTRY_OWN + r"[\u4e00-\u9fff]{2,14}")  # 部人力资源流动管理司 (司 ends no other name)


def _leads_beside_helpers(part: str, helped: bool, first_is_lead: bool) -> set[int]:
    """Offsets of the names that lead: A会同B负责 (A), or A负责 where others only help
    (（省发展改革委负责，省财政厅配合）: ``helped``), only the first of them where the document says the first leads."""
    names = _unit_names(part)
    with_ = part.find("会同")
    if with_ > 0:
        return {o for _, o in names if o < with_}
    duty = TRAILING_DUTY.search(part)
    # (由X负责落实，Y配合: X's own duty, as 由 gives it; …，Y负责落实 after a lead carries the lead's task out)
    own = duty and (OWN_DUTY.fullmatch(duty.group()) or duty.group() == "负责落实" and part.startswith("由"))
    if own and helped and not CO_CUE.search(part):
        # (X、Y负责 under a first-listed rule: X; but X、Y分别负责: each its own part, z338)
        return {o for _, o in names[:1]} if first_is_lead and "分别" not in duty.group() else {o for _, o in names}
    return set()


# （A负责、B配合）, A负责、B配合，…: a list comma after a duty parts two statements of roles, as a comma does (read so
# over a clause's whole text, in brackets and out: ``extract_units``)
DUTY_THEN_LISTED = re.compile(r"(?<=负责)、(?=[^，,；;。]{2,60}?(?:配合|协助|协办|参与|落实)(?:[，,；;。）)]|$))")
# （各县〈市、区〉人民政府，市直各单位按职责完成有关工作）: one list over a comma, its shared work after the last (read as 、;
# a blind test: no unit)
LIST_OVER_A_COMMA = re.compile(r"(?<=[（(])(?P<names>[^（）()，,；;。：:]{2,40}?)[，,]"
                               r"(?=[^（）()，,；;。：:]{2,40}?按(?:照)?(?:各自)?职责(?:分工)?(?:完成|落实)(?:有关|相关)?工作)")


def parse_responsibility(content: str, state: ResponsibilityState, span_of=None) -> list[tuple[str, str, int]]:
    """(name, role, offset-in-content) for the units of one clause; updates ``state``.

    ``span_of(start, end)`` (offsets in ``content``) gives the source span recorded for inherited units.
    """
    written: list[tuple[str, str, int]] = []
    explicit_lead = False
    lead_named = False  # a lead named by its cue (A牵头), not by a label: the label's other names do not lead
    # a unit named to help (not in a rule for the items below: 以下均需各设区市人民政府落实，不再列出)
    statements = _statements(content)
    parts = [p for stmt, _ in statements if not _states_a_rule(stmt) for p in _parts(stmt)]
    helped = any(_helps(p) for p in parts)
    # （A负责，B、C等部门按职责分工负责）: A's own duty beside units doing their share: A leads
    own_duty_leads = helped or any(SHARE_OF_DUTY.search(p) for p in parts)
    # （A统筹，B具体负责）: A coordinates and leads, B does the work
    coordinated = (any(COORDINATES.search(p) for p in parts) and any(DOES_THE_WORK.search(p) for p in parts)
                   and not LEADS.search(content))  # (a lead named by 牵头 is the lead)
    labels = _labels_in(content)
    # （责任单位：A；配合单位：B）: beside units labelled as helpers, the responsible ones lead
    # (责任处室：A，B配合) too: named beside a helper, what the label lists leads
    responsible_lead = bool(labels & HELPER_LABELS or helped) and not labels & LEAD_LABELS
    unmarked: list[int] = []  # names opening a statement with no label, duty or role, a helper next: (A，B配合) A leads
    ruled: set[int] = set()  # where the names a rule for the items below gives (X均为责任单位，以下不再列出): no one's only unit here
    for stmt, base in statements:
        if (OTHER_FIELD.match(stmt) and not LABELLED.match(stmt) or PERSON_FIELD.match(stmt)
                or PERSON_LABEL.match(content, base + len(stmt)) and not LABELLED.match(stmt)):
            continue  # (街道包保责任人：各街道办事处主任: a person's field, its words before the label no unit: z302; not
            # 牵头单位：市人社局 责任人：张三, a label's units before it: the review)
        if FIRST_IS_LEAD.search(stmt):
            state.first_is_lead = True
            continue
        m = _inheritance_rule(stmt)
        if m:
            label = LABELLED.match(stmt) if m.re is INHERIT_ASIDE else None  # (责任单位：Y（以下不再列出）: Y, not the label)
            names = [(n, o + label.end()) for n, o in _unit_names(m.group("units")[label.end() :])] if label else _unit_names(m.group("units"))
            rule_span = span_of(base, base + len(stmt)) if span_of else Span(0, 0, stmt)
            alike_below = stmt.rstrip().endswith("下同")
            if alike_below and not written:
                # （X负责，下同）: X for the items alike below (not （A牵头，B负责落实，下同）: B's part, in every later item)
                state.same_below = [(n, rule_span) for n, _ in names]
            elif alike_below:
                state.carried = [(n, rule_span) for n, _ in names]  # (a later one takes its place)
            else:
                state.inherited = [(n, rule_span) for n, _ in names]
            role = "lead" if label and LABEL_PREFIX.sub("", label["label"]) in LEAD_LABELS else "co"
            written += [(n, role, base + m.start("units") + o) for n, o in names]
            if not alike_below:  # (（X负责，下同）: X's own duty here too)
                ruled |= {base + m.start("units") + o for _, o in names}
            continue
        sub_pos = 0
        opening: list[int] = []
        label_role = "co"  # （牵头单位：A，B；…）: B is listed under the lead label too
        bare_since = len(written)  # where the names listed with no label or duty of their own begin
        for part_no, part in enumerate(_parts(stmt)):
            p_base = base + stmt.index(part, sub_pos)
            sub_pos = p_base - base + len(part)
            written_part = part
            if duty := DUTY_WITH_TASK.match(part):  # 各市、县人民政府负责本行政区域内的组织实施: the units, then their duty
                part = part[: duty.end("units")] + "负责"
            label = LABELLED.match(part)
            if label:
                name = LABEL_PREFIX.sub("", label.group("label"))  # (整改责任单位： is 责任单位：, z271)
                if name in APPLICANT_LABELS and not _names_only(part[label.end() :]):
                    continue  # （实施主体：在本市注册登记的企业）: who applies, no unit (the review)
                if name == MEMBER_LABEL and not labels & (LEAD_LABELS | RESPONSIBLE_LABELS):
                    continue  # a group's members with no lead named beside them: who is in it
                lead = name in LEAD_LABELS or responsible_lead and name in RESPONSIBLE_LABELS
                role = label_role = "lead" if lead else "co"
                explicit_lead |= role == "lead"
                listed = part[label.end() :]
                leads = _named_lead(listed)
                explicit_lead |= bool(leads)
                lead_named |= bool(leads)
                # 责任单位：A会同B负责: A leads, B helps it, as without the label
                with_at = listed.find("会同")
                working_with = {o for _, o in _unit_names(listed) if o > with_at} if with_at > 0 else set()
                # (配合单位：A会同B: both help; 牵头单位：X；责任单位：A会同B: X leads, A and B help it, z265)
                if working_with and name not in HELPER_LABELS and (name in LEAD_LABELS or not labels & LEAD_LABELS):
                    leads |= {o for _, o in _unit_names(listed) if o < with_at}
                    explicit_lead = True
                written += [(n, "co" if o in working_with else "lead" if o in leads else role, p_base + label.end() + o)
                            for n, o in _unit_names(listed)]
                bare_since = len(written)
            elif LEADS.search(duty := (TRAILING_DUTY.search(part) or ROLE_STATEMENT_END.search(part) or [""])[0]):  # A、B牵头 / A负总责 / A为牵头单位
                names = _unit_names(part)
                explicit_lead = lead_named = True
                if duty.startswith("分别"):  # （A、B，C，D分别牵头）: each of the names listed before leads too
                    written[bare_since:] = [(n, "lead", o) for n, _, o in written[bare_since:]]
                written += [(n, "lead", p_base + o) for n, o in names]
                bare_since = len(written)
            elif CARRIES_OUT.match(part) and not _names_a_unit(part):
                continue  # …负责，确保政策落实 / 按要求落实: how the task is done, no unit
            elif TIME_SLOT.search(part) and not any(_looks_like_unit(n) or ORG_END.search(n) for n, _ in _unit_names(part)):
                continue  # （…配合；三季度末） / （…负责，年内完成）: when, not who
            else:  # a plain list, or one continued after a comma: （责任单位：A、B，C）
                # (not after a lead named by 牵头: （X牵头，Y配合，Z负责）: Z's part of X's task, z348)
                beside = set() if lead_named else _leads_beside_helpers(part, own_duty_leads, state.first_is_lead)
                leads = _named_lead(part) | beside
                if coordinated and COORDINATES.search(written_part):
                    leads = {o for _, o in _unit_names(part)}
                elif coordinated and DOES_THE_WORK.search(written_part):
                    leads = set()  # （A统筹，B具体负责，C配合）: B does the work A leads, with C's help
                explicit_lead |= bool(leads)
                helper = _helps(part) or coordinated and bool(DOES_THE_WORK.search(written_part))
                if part_no == 0 and not helper and not TRAILING_DUTY.search(part) and not labels:
                    opening = list(range(len(written), len(written) + len(_unit_names(part))))
                elif part_no == 1 and helper and not labels:
                    unmarked += opening
                # （责任单位：A牵头，B配合，C负责落实）: C does its part of A's task
                role = "co" if helper or lead_named else label_role
                written += [(n, "lead" if o in leads else role, p_base + o) for n, o in _unit_names(part)]
    if helped and not explicit_lead and unmarked and len(unmarked) < len(written):
        written = [(n, "lead", o) if i in unmarked else (n, r, o) for i, (n, r, o) in enumerate(written)]
    elif state.first_is_lead and not explicit_lead and written:
        name, _, offset = written[0]
        written[0] = (name, "lead", offset)
    elif (not explicit_lead and len(alone := {n for n, _, o in written if o not in ruled}) == 1 and not CO_CUE.search(content)
          and not GUIDES.search(content)):
        # a unit responsible alone leads its task: there is nobody else to lead it (not one that guides: …，Y加强指导); the
        # units of a rule for every item beside it do not count, nor lead (（X）（Y均为责任单位，以下不再列出）: X leads, h325 F2)
        written = [(n, "lead" if n in alone else r, o) for n, r, o in written]
    return written


def _inheritance_rule(stmt: str) -> re.Match | None:
    """以下不再列出 / 下同 …: units every item below (or alike) has, stated once."""
    if stmt.startswith(("以下", "下列")):
        return INHERIT_BELOW.match(stmt)
    return INHERIT_SAME.match(stmt) or INHERIT_LISTED.match(stmt) or INHERIT_ASIDE.match(stmt)


def _states_a_rule(stmt: str) -> bool:
    return bool(FIRST_IS_LEAD.search(stmt) or _inheritance_rule(stmt))


def _states_rules_only(content: str) -> bool:
    """A group all of whose statements are rules (（Y均为责任单位，以下不再列出））."""
    statements = _statements(content)
    return bool(statements) and all(_states_a_rule(stmt) for stmt, _ in statements)


LABEL_ANYWHERE = re.compile(LABELLED.pattern.lstrip("^"))


def _statements(content: str) -> list[tuple[str, int]]:
    """Statements of a responsibility text with their offsets: split at 。； and before every
    label or other column of a task list, even one glued to the previous name
    (牵头单位：市发改委责任单位：各区人民政府, 牵头单位：市医保局完成时限：…)."""
    labels = [*LABEL_ANYWHERE.finditer(content), *OTHER_COLUMN_ANYWHERE.finditer(content)]
    # (X领导小组成员单位：负责…: the group's members given a duty, one name, not a label after X: the review)
    labels = [m for m in labels if not (m.re is LABEL_ANYWHERE and m["label"] == MEMBER_LABEL and re.match(DUTY_WORD, content[m.end() :]))]
    # (商务主管部门：负责…: a department named by its kind, no 主管部门 label glued to a name, as after 市发改委: h249)
    labels = [m for m in labels if not (m.group().startswith("主管") and m.start() > 0 and IDEOGRAPH.match(content, m.start() - 1)
                                        and not ORG_END.search(content, 0, m.start()))]
    depth = _depths(content)
    cuts = {m.start() for m in labels if m.start() > 0 and depth[m.start()] == 0}
    out, pos = [], 0
    for piece in split_top_level(content, "。；;"):
        at = content.index(piece, pos)
        pos = at + len(piece)
        inner = sorted(c for c in cuts if at < c < at + len(piece))
        for start, end in zip([at, *inner], [*inner, at + len(piece)]):
            if content[start:end].strip("，, ") and not OTHER_COLUMN_ANYWHERE.match(content, start):  # (责任领导：…: no units)
                out += _rules_apart(content[start:end].rstrip("，, "), start)
    return out


IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
RULE_ASIDE = re.compile(r"[（(][^（）()]{4,30}[）)]$")  # a rule in brackets closing the names it is written after
LEAD_ASIDE = re.compile(r"(?P<aside>[（(](?P<names>[^（）()，,]{2,30}?)牵头[）)])(?P<tail>[，,][^（）()，,]{2,24})?$")


def _rules_apart(stmt: str, base: int) -> list[tuple[str, int]]:
    """A rule after a comma is a statement of its own, so the units before it are this clause's
    too: （A、B、C按职责分工负责，列第一位的为牵头单位） -> A lead, B and C co (and the rule for later
    lists); （A牵头，B负责落实，下同） -> A lead and B co here, only B carried to later clauses."""
    listed = INHERIT_LISTED.match(stmt)
    if listed and (cut := _duty_before_the_rule(listed["units"])):
        # （X负责，Y均为责任单位，以下不再列出）: X's own duty here, the rule Y's alone (h325 F1: X had been inherited by every
        # later item, and this one had no lead)
        return [*_rules_apart(stmt[:cut].rstrip("，, "), base), (stmt[cut + 1 :], base + cut + 1)]
    rule = INHERIT_ASIDE.match(stmt)
    if rule and (cut := _last_comma(stmt)):  # (…，Y（以下均需落实，不再列出）: the rule is Y's alone, h310 F4)
        return [*_rules_apart(stmt[:cut].rstrip("，, "), base), (stmt[cut + 1 :], base + cut + 1)]
    aside = RULE_ASIDE.search(stmt)
    if aside and FIRST_IS_LEAD.search(aside.group()):  # …，杨凌示范区、西咸新区管委会（排名第一的为牵头单位，下同）: the names stay (z388)
        return [*_rules_apart(stmt[: aside.start()], base), (aside.group()[1:-1], base + aside.start() + 1)]
    named = LEAD_ASIDE.search(stmt)
    if (named and _names_only(named["names"]) and named.start() and ORG_END.search(stmt, 0, named.start())
            and (not named["tail"] or TIME_SLOT.search(named["tail"]))):
        # 责任单位：A、B、C、D（A牵头）: the lead named in brackets after the list, no part of D's name (z425); a time may
        # follow it (…（A牵头），2023年6月底前完成: a review)
        aside_end = named.end("aside")
        tail = [(named["tail"][1:], base + aside_end + 1)] if named["tail"] else []
        return [*_rules_apart(stmt[: named.start()], base), (named["aside"][1:-1], base + named.start() + 1), *tail]
    parts, pos = [], 0
    for part in split_top_level(stmt, "，,"):
        at = stmt.index(part, pos)
        parts.append((part, at))
        pos = at + len(part)
    if len(parts) < 2:
        return [(stmt, base)]
    if parts[-1][0].strip() == "下同":
        cut, rest = parts[-2][1], len(stmt)  # the units of the rule are the part before 下同
    else:
        found = next(((at, at + len(part)) for part, at in parts[1:] if FIRST_IS_LEAD.search(part)), None)
        if found is None:
            return [(stmt, base)]
        cut, rest = found  # （A、B按职责分工负责，列第一位的为牵头单位，C配合）: C's part goes on after the rule
    pieces = [(stmt[:cut].rstrip("，, "), base), (stmt[cut:rest], base + cut)]
    tail = stmt[rest:]
    pieces.append((tail.lstrip("，, "), base + rest + len(tail) - len(tail.lstrip("，, "))))
    return [(text, at) for text, at in pieces if text]


def _duty_before_the_rule(units: str) -> int | None:
    """Where the comma after the last part of a rule's units that states a duty or role of its own is (X负责，Y均为…: after
    X负责), if any: the names after it are the rule's."""
    cut, pos = None, 0
    for part in split_top_level(units, "，,"):
        at = units.index(part, pos)
        pos = at + len(part)
        if pos < len(units) and (TRAILING_DUTY.search(part) or LEADS.search(part)):
            cut = pos
    return cut


def _last_comma(stmt: str) -> int | None:
    """Where the last comma outside brackets of ``stmt`` is, if any."""
    depth = _depths(stmt)
    return next((at for at in range(len(stmt) - 1, 0, -1) if stmt[at] in "，," and depth[at] == 0), None)


def _depths(text: str) -> list[int]:
    """Bracket depth before each character of ``text`` and at its end, in one pass (asked at
    every sentence start of a long item, a scan from the start each time was quadratic). Only the
    brackets are visited: most of an item is at depth 0, which the list starts with."""
    out = [0] * (len(text) + 1)
    depth, filled = 0, 0  # out[:filled + 1] is final; depth == out[filled]
    for m in BRACKET.finditer(text):
        at = m.start()
        if depth:
            out[filled + 1 : at + 1] = [depth] * (at - filled)
        ch = text[at]
        if ch in OPENING:
            depth += 1
        elif depth:
            depth -= 1
        out[at + 1], filled = depth, at + 1
    if depth:
        out[filled + 1 :] = [depth] * (len(text) - filled)
    return out


# --- resolution to canonical organisations -------------------------------------------------

LEVEL_PREFIXES = [
    ("国务院", "national"), ("国家", "national"), ("中央", "national"),
    ("自治区", "provincial"), ("省", "provincial"),
    ("自治州", "municipal"), ("州", "municipal"), ("盟", "municipal"), ("地区", "municipal"), ("市", "municipal"),
    ("县", "county"), ("区", "county"), ("旗", "county"),
]
# a national regulator's city office by its full name: its place, then 监管分局 (a province's 监管局 is not
# rewritten: 安徽金融监管局 would read as the province's own 地方金融监督管理局)
REGULATOR_OFFICE = re.compile(r"^(?P<body>国家金融监督管理总局|金融监管总局|中国银行保险监督管理委员会|中国银保监会)"
                              r"(?P<place>[\u4e00-\u9fff]{2,8}?)监管(?P<kind>分局)$")
# its office in a province: 国家金融监督管理总局四川监管局, written 四川金融监管局 with the province's short name
# (省金融监管局, with the level, is the province's own 地方金融监督管理局)
REGULATOR_PROVINCE_OFFICE = re.compile(r"^(?:(?:国家金融监督管理总局|金融监管总局)(?P<full>[\u4e00-\u9fff]{2,3}?)监管局"
                                       r"|(?P<short>[\u4e00-\u9fff]{2,3}?)金融监管局)$")
# national administrations by the short names their own documents use
NATIONAL_SHORT_NAMES = {"市场监管总局": "国家市场监督管理总局", "税务总局": "国家税务总局", "金融监管总局": "国家金融监督管理总局",
                        "外汇局": "国家外汇管理局", "证监会": "中国证券监督管理委员会", "银保监会": "中国银行保险监督管理委员会",
                        "国家外汇局": "国家外汇管理局", "中国证监会": "中国证券监督管理委员会", "中国银保监会": "中国银行保险监督管理委员会",
                        "科技部": "科学技术部", "工信部": "工业和信息化部", "住房城乡建设部": "住房和城乡建设部", "文化旅游部": "文化和旅游部",
                        "人力资源社会保障部": "人力资源和社会保障部", "人社部": "人力资源和社会保障部", "全国工商联": "中华全国工商业联合会",
                        "国家发展改革委": "国家发展和改革委员会", "国家发改委": "国家发展和改革委员会", "国家卫生健康委": "国家卫生健康委员会",
                        "国家卫健委": "国家卫生健康委员会", "国家医保局": "国家医疗保障局", "国家药监局": "国家药品监督管理局",
                        "国家林草局": "国家林业和草原局", "国家粮食和储备局": "国家粮食和物资储备局", "国家移民局": "国家移民管理局",
                        "国家中医药局": "国家中医药管理局", "国家网信办": "国家互联网信息办公室", "国家矿山安监局": "国家矿山安全监察局",
                        "国家国防科工局": "国家国防科技工业局", "国家疾控局": "国家疾病预防控制局", "国家广电总局": "国家广播电视总局",
                        "国家标准委": "国家标准化管理委员会", "国家认监委": "国家认证认可监督管理委员会", "国家民委": "国家民族事务委员会",
                        "国务院国资委": "国务院国有资产监督管理委员会", "中央网信办": "中央网络安全和信息化委员会办公室"}
# the State Council's ministries and other national bodies named without 国家 or 国务院 (公安部 is no bureau of 公安县)
NATIONAL_UNITS = frozenset(
    "外交部 国防部 教育部 科学技术部 工业和信息化部 公安部 国家安全部 民政部 司法部 财政部 人力资源和社会保障部 自然资源部 "
    "生态环境部 住房和城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 退役军人事务部 应急管理部 审计署 海关总署 "
    "中国人民银行 中国证券监督管理委员会 中国银行保险监督管理委员会 最高人民法院 最高人民检察院 中华全国工商业联合会 中华全国总工会 "
    "共青团中央 中华全国妇女联合会 中国残疾人联合会 中国科学技术协会 中央编办 中央组织部 中央宣传部".split())
REGULATOR_SHORT = {"国家金融监督管理总局": "金融监管", "金融监管总局": "金融监管", "中国银行保险监督管理委员会": "银保监",
                   "中国银保监会": "银保监"}
LEAGUE_COMMITTEE = re.compile(r"团(?P<level>省|市|县|区|州|旗)委")
# (a division by its number alone, 第十二师 in a text on the corps: z299)
CORPS = re.compile(r"^(?=(?:新疆生产建设)?兵团|第[一二三四五六七八九十]{1,3}师(?!范))(?:(?:新疆生产建设)?兵团)?(?P<division>第[一二三四五六七八九十\d]{1,3}师)?")
CORPS_NAME = "新疆生产建设兵团"
# Words that begin with a level prefix's character: 市场监管局 is a 市场监管 bureau, not 市 + 场监管局.
NOT_A_PREFIX = ("市场", "区域", "县域")
COLLECTIVE = re.compile(r"^各")
ZONE_WORD = r"(?:开发区|经开区|高新区|新区|园区|功能区|片区)"
ZONE_BESIDE_PLACES = re.compile(rf"、(?={ZONE_WORD})|(?<=开发区|经开区|高新区)、|(?<=新区|园区|片区)、|(?<=功能区)、")
EVERY_TOWNSHIPS_OFFICE = re.compile(r"各(?:乡镇|镇乡|镇街|街镇|街道|镇|乡(?!村))")
# 各地民政局, 各地区发展改革部门: the places' in general (not 各地级市, 各地州, 各地（市）; nor 各地区各有关部门, every body's)
EVERY_PLACE_UNSAID = re.compile(r"各地(?!区?(?:[级州市（(〔各]|有关|相关|其他|其它))")
ALIAS_BRACKETED = re.compile(rf"^(?P<name>[^（〔(]+{ORG_END.pattern[:-1]})[（〔(][^（）〔〕()]+{ORG_END.pattern[:-1]}[）〕)]$")
# 各市（州）交通运输局（委）: the organ is a bureau in some places, a commission in others
OTHER_ENDING = re.compile(rf"^(?P<name>.+{ORG_END.pattern[:-1]})[（〔(](?:局|委|厅|办)[）〕)]$")
CITIES = re.compile(r"设区的?市|地级以上市|地级市|省辖市")  # the cities of a province, by how they are ranked
KIND_ALTERNATIVE_NAMED = re.compile(r"^(?P<head>.+?[\u4e00-\u9fff]{2})[（(](?P<alternative>[\u4e00-\u9fff]{2,4})[）)](?P<end>局|委|厅|部门)$")
LOWER_GOVERNMENTS = "lower-governments"  # unit type of a distributive 各市、县人民政府
LEVEL_ORDER = ["national", "provincial", "municipal", "county"]


def _is_below(level: str, doc_level: str | None) -> bool:
    return doc_level in LEVEL_ORDER and LEVEL_ORDER.index(level) > LEVEL_ORDER.index(doc_level)


@dataclass(frozen=True)
class DocContext:
    """Where a document sits, for resolving 市/省 prefixes."""

    place: Place | None
    province: Place | None
    level: str | None
    zone: str | None = None  # the zone whose committee issues the document, not a place of the table (青岛西海岸新区)
    department: str | None = None  # the one department issuing it (吉林省科学技术厅): its divisions are its own


@lru_cache(maxsize=1)
def _endings() -> tuple[dict[str, UnitType], list[int]]:
    """Unit-type ending -> its type (the first type listing it), and the ending lengths, longest first."""
    table: dict[str, UnitType] = {}
    for t in unit_types():
        for pattern in t.patterns:
            table.setdefault(pattern, t)
    return table, sorted({len(p) for p in table}, reverse=True)


def _match_type(remainder: str) -> tuple[UnitType, str] | None:
    """The type whose longest ending ends ``remainder``."""
    table, lengths = _endings()
    for length in lengths:
        ending = remainder[-length:]
        if len(ending) == length and ending in table:
            return table[ending], ending
    return None


def _lies_in(place: Place, province: Place) -> bool:
    return inside(place, province)  # (``inside`` is a local name in _resolved)


def _full_forms(unit_type: UnitType) -> set[str]:
    return set(unit_type.forms.values())


def expand(name: str) -> tuple[str, UnitType | None]:
    """Full form of a unit name without its place prefix (人社局 → 人力资源和社会保障局) and its type."""
    name = re.sub(r"^(?:人行|人民银行)", "中国人民银行", name)
    typed = _match_type(name)
    if not typed:
        return _department_of_its_kind(name) or (name, None)
    unit_type, ending = typed
    head = name[: -len(ending)]
    if head.endswith(("和", "与")) and unit_type.forms[ending] != ending and (head + unit_type.forms[ending]) not in _full_forms(unit_type):
        # 农牧和科技局: two bodies merged, its second short, no 农牧和科学技术局 of one type (h236); not 住房和城乡建设委, whose
        # whole is one body's full name (the second review)
        return name, None
    if head == "政府":  # 市政府国资委 → 市人民政府国有资产监督管理委员会
        head = "人民政府"
    form = unit_type.forms[ending]
    # 地方 + 金融监管局 → 地方金融监督管理局, not 地方地方…: the full form may repeat what precedes the ending
    overlap = max((k for k in range(2, min(len(head), len(form)) + 1) if head.endswith(form[:k])), default=0)
    return head[: len(head) - overlap] + form, unit_type


# 县级卫生健康部门, 各市州商务主管部门, 省人民政府生态环境主管部门: a department named by the kind its bureau's name has (卫生健康局,
# 商务局), at a level or of a place, typed so and named as written (h274 F9, h273 F7, h270 F11: untyped, where
# 县级人力资源社会保障部门 was typed); not one named by what it does (各行业准入审批部门: the sectors' regulators, no 行政审批局)
DEPARTMENT_OF_A_KIND = re.compile(r"(?:(?:行政)?主管|行政)?部门$")
# (城市管理综合执法部门: the 城管 bureau by its kind, as 城市管理部门 is, h321 F7)
DEPARTMENT_BY_WHAT_IT_DOES = re.compile(r"(?:(?<!行政)审批|登记|发证|受理|认定|(?<!城市管理综合)执法|实施)$")
# the laws' names of two kinds whose bureaus are named otherwise: 水行政主管部门 (水法: the 水利局), 价格主管部门 (价格法: the
# 发展改革委's); untyped had been read (a fortieth-session finding)
KIND_BY_ITS_BUREAU = {"水": "水利", "价格": "发展改革"}


def _a_kind_of_department(name: str) -> bool:
    """生态环境主管部门, 金融监管部门: a department named by its bureau's kind alone (not 县级以上人民政府及其民政部门)."""
    tail = DEPARTMENT_OF_A_KIND.search(name)
    typed = _match_type(name[: tail.start()] + "局") if tail is not None else None
    return typed is not None and typed[1] == name[: tail.start()] + "局"


def _department_of_its_kind(name: str) -> tuple[str, UnitType] | None:
    tail = DEPARTMENT_OF_A_KIND.search(name)
    if tail is None or DEPARTMENT_BY_WHAT_IT_DOES.search(name, 0, tail.start()):
        return None
    kind = name[: tail.start()]
    legal = next((word for word in KIND_BY_ITS_BUREAU if re.search(rf"(?:^|[府级省市县区州盟旗]|级以上){word}$", kind)
                  and tail.group().startswith(("行政", "主管"))), None)  # (not 供水主管部门: a city's utility regulator)
    typed = _match_type(kind.removesuffix(legal) + KIND_BY_ITS_BUREAU[legal] + "局" if legal else kind + "局")
    return (name, typed[0]) if typed is not None and len(typed[1]) >= 3 else None


# 省法院, 市法院, 县法院: a place's court by its level (高级 of a province, 中级 of a city); 省检察院: 人民检察院 (a blind test:
# 陕西省法院, 陕西省检察院 had been their full names)
COURT_AT_LEVEL = {"provincial": "高级人民法院", "municipal": "中级人民法院", "county": "人民法院"}
SHORT_COURTS = {"法院": COURT_AT_LEVEL, "人民法院": {"provincial": "高级人民法院", "municipal": "中级人民法院"},
                "检察院": dict.fromkeys(COURT_AT_LEVEL, "人民检察院")}


def _court_by_level(full: str, level: str | None) -> str:
    return SHORT_COURTS.get(full, {}).get(level, full)


# 港口镇人民政府, 鼎湖镇 in a county's text: a town of it named like a district far away (a blind test: 港口区镇人民政府)
TOWN_AFTER = re.compile(r"镇|乡|街道")


def _region_short(name: str, ctx: DocContext) -> bool:
    """区 for 自治区: an autonomous region's organ by its short name, in its own documents (区人社厅, 区党委,
    团区委) or anywhere in it for an organ only a province has (区财政厅: a district has no 厅)."""
    if ctx.province is None or not ctx.province.name.endswith("自治区") or not name.startswith(("区", "团区委")):
        return False
    if name.startswith(NOT_A_PREFIX) or len(name) < 3 or name[1] in "县市旗（(〔、" and not name.startswith("区市场"):
        return False  # 区县人民政府: the districts' (区市场监管局 is the region's: a blind test read 各区市场监督管理局)
    return ctx.level == "provincial" or name.endswith("厅")


def _place_for_level(level: str, ctx: DocContext) -> Place | None:
    if level == "provincial":
        return ctx.province
    if ctx.place and ctx.place.level == level:
        return ctx.place
    if level == "municipal" and ctx.place and ctx.place.kind == "province" and ctx.place.name.endswith("市"):
        return ctx.place  # 市人社局 in a 上海市 or 重庆市 document: the municipality's own bureau
    if level == "municipal" and ctx.place and ctx.place.kind == "county":
        return _city_of_county(ctx.place)
    return None


def _level_at(place: Place | None, level: str) -> str:
    """A 市 unit of a county-level city (义乌市财政局, 团市委) is a county-level body, of a municipality under the State
    Council (上海市人社局) a provincial one (a new user: 天津市's bureaus had been typed 市级)."""
    return place.level if place is not None and place.kind in ("county", "province") else level


def _city_of_county(place: Place) -> Place | None:
    """Whose 市人社局 a county-level document names: a county-level city's own (义乌市: 义乌市财政局,
    one organisation per city, not one 市财政局 shared by every such city); a county's or a
    district's, its city's (固始县: 信阳市…; 浦东新区: 上海市…)."""
    if place.name.endswith("市"):
        return place
    city = _city_above(place)
    return city if city is not None and (city.kind == "city" or city.name.endswith("市")) else None


def _city_above(place: Place) -> Place | None:
    """What a county or district lies in: its parent (a city, or a province it lies in directly),
    else the municipality it lies in."""
    gaz = gazetteer()
    city = gaz.by_code.get(place.parent or "")
    if city is not None and city.kind != "county":
        return city
    province = gaz.province_of(place)
    return province if province.name.endswith("市") else None


TORTOISE_AS_ROUND = str.maketrans("〔〕", "（）")


@lru_cache(maxsize=8192)  # a document names its units again and again; the answer depends on nothing else
def resolve_unit(name: str, ctx: DocContext) -> tuple[str, str | None, str | None, str | None]:
    """(canonical name, unit type id, level, jurisdiction name) for a unit as written.

    市人社局 in a 平凉 document → 平凉市人力资源和社会保障局, type hrss, municipal, 平凉市.
    """
    resolved = _resolved(name.translate(TORTOISE_AS_ROUND), ctx)  # 各地〔市〕行署〔人民政府〕 as 各地（市）行署（人民政府） (h283 F7)
    if resolved[1] == "power-supply":
        return _grid_company_placed(name, resolved, ctx)
    if resolved[1] == "central-bank-branch":
        return _bank_branch_placed(name, resolved, ctx)
    return resolved


ZONE_COMMITTEE_ALONE = re.compile(r"^[^政府]*(?:园区|开发区|新区|功能区|片区|园)(?:管委会|管理委员会)$")


def _bank_branch_placed(name: str, resolved: tuple, ctx: DocContext) -> tuple:
    """人民银行长沙中心支行 in a 云南 document is 湖南's (a blind test: placed in 云南), as 长沙海关 is 长沙's: a central bank
    branch named after another city is its province's (a province's central branch sits in its capital)."""
    own = {p.name for p in (ctx.place, ctx.province) if p is not None}
    if resolved[3] not in own:
        return resolved  # (placed by a full place name in it already)
    cities = [p for p in _all_cities() if p.short in name and p.name not in own]
    if len(cities) != 1 or cities[0].province is None:
        return resolved
    other = gazetteer().lookup(cities[0].province)  # (人民银行长春中心支行 in a 松原 document: 吉林's, not 松原's)
    return (resolved[0], resolved[1], other.level, other.name) if other is not None else resolved


@lru_cache(maxsize=1)
def _all_cities() -> tuple[Place, ...]:
    return tuple(p for p in gazetteer().by_code.values() if p.kind == "city" and len(p.short) >= 2)


# 广西电网柳州供电局, 国网沈阳供电公司, 国网陕西省电力有限公司西安供电公司: a grid company's office is the city's it names
# (a blind test: 广西壮族自治区电网柳州供电局, placed in the region), its name as written
GRID_COMPANY = re.compile(r"电网|国网|电力(?:有限|股份)?(?:责任)?公司")


def _grid_company_placed(name: str, resolved: tuple, ctx: DocContext) -> tuple:
    province = ctx.province if ctx.province is not None else ctx.place
    if province is None:
        return resolved
    cities = [p for p in _cities_of(province) if p.short in name or p.name in name]
    if not GRID_COMPANY.search(name):  # 南宁供电局: the grid's office by its city's short name, as written (no 南宁市供电局 is one)
        short = len(cities) == 1 and name.startswith(cities[0].short) and not name.startswith(cities[0].name)
        return (name, resolved[1], "municipal", cities[0].name) if short else resolved
    canonical = name if province.short and name.startswith(province.short) and not name.startswith(province.name) else resolved[0]
    if len(cities) == 1:
        return canonical, resolved[1], "municipal", cities[0].name
    return canonical, *resolved[1:]


@lru_cache(maxsize=64)
def _cities_of(province: Place) -> tuple[Place, ...]:
    # (not 天津市's own 天津市: a municipality's company is its own)
    return tuple(p for p in _all_cities() if inside(p, province) and p.short != province.short)


# 县（区）民政局, 县（市、区）民政局: each county's (and district's) bureau, as 各县（区）民政局 (h246: two organisations)
LEVELS_LISTED = re.compile(r"[州市县区旗]（[州市县区旗、]{1,5}）(?:[\u4e00-\u9fff]|$)")
LISTED_LEVELS_PREFIX = re.compile(r"^[州市县区旗]{1,3}（[州市县区旗、]{1,5}）(?:[县区旗](?![域级]))?")  # 区县（市）人社局会同同级财政局 (the seventh review)
# (区（市）县科技主管部门会同同级…: 成都's districts, cities and counties, the 县 after the bracket theirs too: h305 F7)
RANKED_CITIES_PREFIX = re.compile(r"^(?:设区的?市|地级以上市|地级市|省辖市)")
RANKED_CITIES_OPEN = re.compile(r"(?:设区的?市|地级以上市|地级市|省辖市)(?:[\u4e00-\u9fff]{2,}|、(?=[县区市旗]))")  # (设区市、县（市、区）民政部门: h278 F13, the province's)


STRUCK_PLACES = re.compile(r"^(?:灾区|受灾|事发地)(?=[县区市州旗乡镇])")


def _resolved(name: str, ctx: DocContext) -> tuple[str, str | None, str | None, str | None]:
    if name.startswith("中共") and gazetteer().match_prefix(name[2:]):
        # 中共东莞市委组织部 (an issuer) is the 东莞市委组织部 its clauses' 市委组织部 names: one organisation, named as
        # a place's party organs are named in running text (h306 F8: two nodes)
        return resolve_unit(name[2:], ctx)
    if name.startswith("中共中央"):  # 中共中央组织部 = 中央组织部, a national body in a county's text too
        central = resolve_unit(name[2:], ctx)  # (the name kept where no organ's kind is read: 中共中央办公厅)
        return central if central[2] == "national" and central[1] else (name, central[1], "national", "中国")
    located = LOCATED.match(name)
    if located and body_where_it_is(name):
        # 项目所在地街道办事处, 所在地县级住房城乡建设部门: the body of its kind wherever the case is, as named without the
        # words of where (h286 F5: a division of the issuing 厅, 山东省住房和城乡建设厅项目所在地街道办事处, and a provincial one)
        return resolve_unit(name[located.end() :], ctx)
    if struck := STRUCK_PLACES.match(name):
        # 灾区县（区）人民政府: the governments (or bodies) of the counties a disaster struck, of the level and kind 各县（区）… names,
        # its words kept (h295 F6: no unit)
        full, unit_type, level, place = resolve_unit("各" + name[struck.end() :], ctx)
        return full.replace("各", struck.group(), 1), unit_type, level, place
    if LEVELS_LISTED.match(name) or RANKED_CITIES_OPEN.match(name):
        return resolve_unit("各" + name, ctx)  # (设区市交通运输局: the cities' bureaus, as 各设区市… names them: h260 F6)
    if _region_short(name, ctx):  # 区财政厅, 团区委 in 广西: the autonomous region's, not a district's
        return resolve_unit("自治区" + name[1:] if name.startswith("区") else "团省委", ctx)
    alternative = KIND_ALTERNATIVE_NAMED.match(name)
    if alternative and not FIRST_PLACE_WORD.match(alternative["alternative"]):  # 各市水利（水务）局: known by its first word, 水利局
        return resolve_unit(alternative["head"] + alternative["end"], ctx)
    alias = ALIAS_BRACKETED.match(name) or OTHER_ENDING.match(name)
    if alias:  # 市市场监管局〔市知识产权局〕: one organ under two names, known by the first (交通运输局（委）: either)
        return resolve_unit(alias["name"], ctx)
    regulator = REGULATOR_OFFICE.match(name)
    if regulator:  # 国家金融监督管理总局滁州监管分局 is 滁州金融监管分局, one organisation under both names
        return resolve_unit(regulator["place"] + REGULATOR_SHORT[regulator["body"]] + regulator["kind"], ctx)
    if name in NATIONAL_SHORT_NAMES:  # 市场监管总局: the national administration, not a place's bureau
        return resolve_unit(NATIONAL_SHORT_NAMES[name], ctx)
    if name in NATIONAL_UNITS:  # 公安部, 海关总署 in any document: the national body
        full, unit_type = expand(name)
        return full, unit_type.id if unit_type else None, "national", "中国"
    own_zone = _own_zone_unit(name, ctx) or _issuing_zone_unit(name, ctx)
    if own_zone is not None:
        return own_zone
    police = _police_branch(name, ctx)
    if police is not None:
        return police
    office = _regulator_province_office(name)
    if office is not None:
        level = "municipal" if office.kind != "province" else "provincial"  # 深圳金融监管局: a separately planned city's
        return "国家金融监督管理总局" + office.short + "监管局", "banking-regulator", level, office.name
    if TOWNSHIPS_BY_KIND.fullmatch(name):  # 乡镇人民政府负责…: every township's, the node 各乡镇人民政府 is (h276 F7: the 州's own level)
        return resolve_unit("各乡镇人民政府", ctx)
    # 乡镇财政所 (h306 F11), 乡镇（街道）应当… (h309 F7): each township's (and street's), the node 各乡镇财政所, 各乡镇（街道） is
    # (镇（街道）便民服务中心: each township's office, the node 各镇（街道）便民服务中心 is: h318 F5)
    if TOWNSHIP_STATIONS_BY_KIND.fullmatch(name) or TOWNSHIPS_AND_STREETS_BY_KIND.fullmatch(name) or _township_office(name):
        return resolve_unit("各" + name, ctx)
    if STREET_OFFICES_BY_KIND.fullmatch(name):  # 街道办事处应当…: every street's office, the node 各街道办事处 is (h278 F7: a
        return resolve_unit("各街道办事处", ctx)  # division of the issuing 民政局, or untyped)
    if AREA_OFFICES.fullmatch(name) and ctx.province is not None and ctx.province.name == "北京市":
        # 各街道办事处、地区办事处负责…: 北京's township-level offices of its districts, beside the streets' (h278 F6: a 北京市办事处)
        full, _, level, place = resolve_unit("各街道办事处", ctx)
        return full.removesuffix("各街道办事处") + "各地区办事处", LOWER_GOVERNMENTS, level, place
    gaz = gazetteer()
    owner = ctx.place or ctx.province
    # (有关园区管委会 stays a zone's committee, a review; 有关县（市、区）, 有关乡镇 are the places' governments, another)
    if (DISTRIBUTIVE.match(name) and not (name.startswith(("有关", "相关")) and ZONE_COMMITTEE_ALONE.search(name))
            or LISTED_PLACES.match(name)):  # each lower government, one unit: 各市〔州〕、县〔市、区〕人民政府
        # 各县（市、区） and 各县市区 are one unit; 各镇人民政府、街道办事处 keeps the 、 between its two kinds of body (one unit,
        # its name not run together: h309 F11, 各镇人民政府街道办事处)
        written = re.sub(r"(?<=政府|事处|委会|行署|公署)、", "\0", re.sub(TAKES_IN + "$", "", name))
        # (各街道、园区, 各区、开发区: the places and the zones beside them, two kinds, kept apart as written: h313 F8, 各街道园区)
        written = ZONE_BESIDE_PLACES.sub("\0", written)
        written = re.sub(r"[（）〔〕〈〉、]", "", written).replace("\0", "、")
        written = re.sub(r"(?<!人民)政府$", "人民政府", written)
        places = CITIES.sub("市", written)  # 各设区市: the cities that have districts
        level = ("provincial" if re.search(r"省|自治区|直辖市", places) else "county" if re.search(r"[县区旗街乡镇]", places)
                 else "municipal" if re.search(r"[市州盟]", places) else ctx.level)
        if owner is not None and LISTED_PLACES.match(name) and (own := OWN_LEVEL_FIRST.match(name)) and owner.name.endswith(own["level"]):
            # 市、区县人民政府 in 淄博市's text: the city's and its districts' and counties' (h148: 淄博市市区县人民政府)
            return owner.name + "及所辖" + written[len(own["level"]):], LOWER_GOVERNMENTS, ctx.level, owner.name
        return (owner.name if owner else "") + written, LOWER_GOVERNMENTS, level, owner.name if owner else None
    if owner is not None and (both := OWN_AND_LOWER_DEPARTMENT.match(name)) and owner.name.endswith(both["level"]):
        # 市、区发展改革部门 in 宝鸡市's text: the city's department and its districts', as 市、区人民政府 are named (h301 F15: a
        # 宝鸡市、区发展改革部门); 省、市…部门 in a province's
        full, unit_type = expand(both["kind"])
        below = re.sub(r"[（）〔〕()、]", "", both["below"])
        return owner.name + "及所辖" + below + full, unit_type.id if unit_type else None, ctx.level, owner.name
    if ctx.department and DEPARTMENT_OWN.match(name):  # 各业务处室 in 福州市市场监督管理局's plan: its own, not the city's
        return _departments_own(re.sub(r"^[厅局委](?=办公室|机关)", "", DEPARTMENT_BEFORE_DIVISION.sub("", name)), ctx)
    if owner is not None and _generic_body(name):  # 财政部门负责… in a 湖南 text: the finance departments there, at any level
        # (审批部门: the one approving, whichever it is, no 行政审批局: h270 F11)
        kind = _department_kind(name) if not DEPARTMENT_BY_WHAT_IT_DOES.search(name, 0, len(name) - 2) else None
        return owner.name + name, kind.id if kind else None, ctx.level, owner.name
    collective = COLLECTIVE.match(name)
    if collective:
        head = CITIES.sub("市", name[:6]).replace("地区", "")  # 各设区市: the cities that have districts; 各地区: places in general
        # (各镇（街道）便民服务中心, 各乡镇财政所: the townships' offices, at the lowest level, as 各乡镇人民政府 is: h318 F5, municipal)
        level = ("provincial" if head.startswith("各省") else "county" if any(c in head for c in "县区") or EVERY_TOWNSHIPS_OFFICE.match(name)
                 else "municipal" if "市" in head else None if EVERY_PLACE_UNSAID.match(name) else ctx.level)
        # (各地发展改革部门 in 河南省's text: the places' below, at a level the name does not say, as 湖南省各地财政局; h301 F15: provincial)
        owner = ctx.place or ctx.province
        full, unit_type = expand(re.sub(r"[（）、]", "", name))
        return ((owner.name if owner else "") + full, unit_type.id if unit_type else None, level, owner.name if owner else None)

    league = LEAGUE_COMMITTEE.fullmatch(name)
    if league:  # 团市委: the Communist Youth League's committee of the document's city (团 before the level)
        level = dict(LEVEL_PREFIXES)[league["level"]]
        place = _place_for_level(level, ctx)
        level = _level_at(place, level)
        return ("共青团" + (place.name if place else league["level"]) + "委员会", "youth-league", level,
                place.name if place else None)
    corps = CORPS.match(name)
    if corps:  # 兵团第三师人社局: the Xinjiang Production and Construction Corps's, no place's
        full, unit_type = expand(name[corps.end() :])
        return (CORPS_NAME + (corps["division"] or "") + full, unit_type.id if unit_type else None,
                "municipal" if corps["division"] else "provincial", None)
    own_level = OWN_LEVEL_DEPARTMENT.match(name) if ctx.department else None
    if own_level and _the_departments_organ(own_level.group(), ctx.department) and (own_level["level"] is None and ctx.level == "national"  # 总局登记注册局 in the 总局's own text
                      or own_level["level"] and dict(LEVEL_PREFIXES)[own_level["level"]] == ctx.level):  # 省局登记注册局
        return _departments_own(name[own_level.end() :], ctx)
    for prefix, level in LEVEL_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1 and not name.startswith(NOT_A_PREFIX):
            full, unit_type = expand(name[len(prefix) :])
            type_id = unit_type.id if unit_type else None
            if level == "national":
                inside = gaz.find_all(name) or _own_place_named_short(name, ctx) or _provinces_named_short(name[len(prefix) :])
                # 国家税务总局三亚市税务局, 国家金融监督管理总局江西监管局: the national body's local office (a national
                # body's short name, 国家发展改革委, is NATIONAL_SHORT_NAMES': its local bureaus' forms do not fit it)
                if inside and type_id is None:  # 国家外汇管理局深圳市分局: a branch of the national body's type
                    type_id = _type_before_place(name, inside[-1])
                return (name, type_id, inside[-1].level, inside[-1].name) if inside else (name, type_id, level, "中国")
            place = _place_for_level(level, ctx)
            if place is None:
                court = _court_by_level(full, level)
                if owner is not None and _is_below(level, ctx.level):  # 市人社局 in a provincial document: the cities' units, collectively
                    return owner.name + "各" + prefix + court, type_id, level, owner.name
                return prefix + court, type_id, level, None  # the document's own place is unknown: keep the name as written
            level = _level_at(place, level)
            full = _court_by_level(full, level)
            if full.endswith("中级人民法院"):  # 市中院 of 天津: an intermediate court is a city-level body (a review)
                level = "municipal"
            return _placed(place, full), type_id, level, place.name

    hit = _match_place(name, ctx)
    if hit and ctx.department and DIVISION.match(name) and not _in_the_documents_place(hit[0], ctx):
        hit = None  # 资源配置与管理处 in a department's plan: its division, not one of 资源县 far away
    if hit:  # 平凉银保监分局, 辽宁省财政厅
        place, written = hit
        # a short name shared by several places (甘孜: the prefecture and its county) is the document's own
        place = next((p for p in (ctx.place, ctx.province) if p and written in (p.name, p.short)), place)
        lower = gaz.match_prefix(name[len(written) :]) if written == place.name else None
        if lower and _lies_in(lower[0], place) and lower[1] == lower[0].name:
            # 四川省绵阳市市场监督管理局, 重庆市渝北区市场监督管理局: the lower place's body, named with its province (h251: a
            # provincial body of its own)
            return resolve_unit(name[len(written) :], ctx)
        if (_far_short_name(place, written, ctx) and (OTHER_AREA.match(name[len(written):]) or COMMITTEE_END.search(name))
                or _short_name(place, written) and _kind_spans_place(name, written)
                or _short_name(place, written) and TOWN_AFTER.match(name, len(written))  # (港口镇: a town, no 港口区's)
                or _short_name(place, written) and FEATURE_NAMED.match(name, len(written)) and COMMITTEE_END.search(name)):
            # 江北新区 in 南京, no 江北区 of 重庆; 松山湖管委会 in 东莞 (a zone by its own name), no committee of 赤峰's
            # 松山区; 公安局, 公安厅 (a known kind taking in the short name), no bureau of 公安县, even in 湖北; 长白山管委会 in
            # 吉林 (a mountain's zone, h304 F1), no committee of 长白县 however near
            full, unit_type = expand(name)
            return _own_unit(full, unit_type, ctx)
        rest = name[len(written) :]
        rest = (rest[1:] if rest[:1] in ("市", "省", "县", "区") and not written.endswith(("市", "省", "县", "区"))
                and not rest.startswith(NOT_A_PREFIX) else rest)  # 宁夏市场监管厅: 市场, no 市
        if place.name.endswith("自治区") and not written.endswith("自治区"):  # 宁夏自治区市场监管厅: 宁夏回族自治区's
            rest = re.sub(r"^(?:回族|维吾尔|壮族)?自治区", "", rest)
        full, unit_type = expand(rest)
        full = _court_by_level(full, place.level)
        return _placed(place, full, name[: len(name) - len(rest)]), unit_type.id if unit_type else None, place.level, place.name
    full, unit_type = expand(name)
    inside = gaz.find_all(name)  # 中国人民银行松原分行, 国家统计局辽宁调查总队
    if inside:
        type_id = unit_type.id if unit_type else _type_before_place(name, inside[0])  # 中国人民银行松原分行's type
        return full, type_id, inside[0].level, inside[0].name
    if ctx.department and unit_type is None and (DIVISION.match(name) or INTERNAL_BUREAU.fullmatch(name) or NAMED_OFFICE.fullmatch(name)
                                                 or ctx.level == "national" and MINISTRY_DIVISION.fullmatch(name)):
        # 政策法规处 in 吉林省科学技术厅's plan, 法规司 in 市场监管总局's: the department's own division, not every
        # department's of the place
        return _departments_own(DEPARTMENT_BEFORE_DIVISION.sub("", name), ctx)  # 厅法规处: the department named again
    if ctx.department and unit_type is not None and unit_type.id == "maritime" and _department_type(ctx.department) == "transport":
        # 海事局 among a 交通运输厅's 公路局, 运输局: its own 地方海事局, no office of the national one
        own, _, level, place = _departments_own(name, ctx)
        return own, unit_type.id, level, place
    return _own_unit(full, unit_type, ctx)


def _department_type(department: str) -> str | None:
    typed = _match_type(department)
    return typed[0].id if typed else None


def _the_departments_organ(written: str, department: str) -> bool:
    """省局 in a 局's text, 省厅 in a 厅's: the department itself; 省委 in a 财政厅's is the party committee (省委人才发展局:
    h238, it had become 海南省财政厅人才发展局)."""
    organ = re.sub("委员会$", "委", department)[-1:]
    return written == "总局" or written[-1] == organ


def _departments_own(own: str, ctx: DocContext) -> tuple[str, None, str | None, str | None]:
    """A body of the issuing department (a division, its office, its collectives), under the department's name."""
    owner = ctx.place or ctx.province
    return ctx.department + own, None, ctx.level, owner.name if owner else "中国" if ctx.level == "national" else None


def _in_the_documents_place(place: Place, ctx: DocContext) -> bool:
    home = ctx.place or ctx.province
    return home is None or place.adcode == home.adcode or inside(place, home) or inside(home, place)


FEATURE_AFTER_PLACE = re.compile(r"湾|岛|港(?![口务航区])")  # (厦门港口管理局, 舟山港务局: the city's own, the review)


def _match_place(name: str, ctx: DocContext) -> tuple[Place, str] | None:
    """The place a unit's name opens with: of the document's city or province when one of the places
    so named lies there (鼓楼区人民政府 in a 福州 document is 福州's 鼓楼区, not 南京's), else the
    table's first of that name."""
    hit = gazetteer().match_prefix(name)
    if hit is None or hit[1] != hit[0].name and FEATURE_AFTER_PLACE.match(name, len(hit[1])):
        return None  # 通州湾示范区, 崖州湾科技城, 杭州湾新区: a bay or port named after a place, not the place (h217)
    for outer in (ctx.place, ctx.province):
        if outer is None or outer.kind not in ("city", "province"):
            continue
        if hit[0] == outer or inside(hit[0], outer):
            return _county_named_after(name, hit)  # the document's own place or one in it (甘孜 in a 甘孜州 document)
        own = gazetteer().match_prefix_within(name, outer)
        if own is not None and len(own[1]) >= len(hit[1]):
            return _county_named_after(name, own)
    return _county_named_after(name, hit)


def _county_named_after(name: str, hit: tuple[Place, str]) -> tuple[Place, str]:
    """南昌市青山湖区财政局: a city's county or district named in full after it is the place (one unit with 青山湖区财政局 and a
    青山湖区 text's 区财政局; a blind test: the city's, a city-level body)."""
    place, written = hit
    if place.kind != "city":
        return hit
    county = gazetteer().match_prefix_within(name[len(written) :], place)
    if county is None or county[0].kind != "county" or county[1] != county[0].name:
        return hit
    return county[0], written + county[1]


ZONE_SELF = re.compile(r"^(?:园区|新区|开发区|高新区|经开区|保税区|试验区|自贸区|师市)")


ZONE_ISSUER = re.compile(r"^(?P<zone>[\u4e00-\u9fff]{2,20}?(?:新区|开发区|高新区|经开区|园区|示范区|合作区|片区|试验区|自贸区|保税区|综保区))"
                         r"(?:管委会|管委|管理委员会|党工委|工委)")


def issuing_zone(issuers: list[str], place: Place | None) -> str | None:
    """The zone whose committee (or its office) issues a document placed in a city or province, when the
    zone is no place of the table itself (青岛西海岸新区管委办公室; not 滨海新区, a district)."""
    m = ZONE_ISSUER.match(issuers[0]) if issuers else None
    if m is None or place is None or gazetteer().lookup(m["zone"]) is not None:
        return None
    return m["zone"]


def _issuing_zone_unit(name: str, ctx: DocContext) -> tuple[str, str | None, str | None, str | None] | None:
    """区行政审批局 in a text its zone's committee issues: the zone's own bureau (it had been every district
    of the city: 青岛市各区行政审批局)."""
    if ctx.zone is None or ctx.place is None:
        return None
    prefix = "区" if name.startswith("区") and not name.startswith(NOT_A_PREFIX) else next(
        (w for w in ("新区", "开发区", "高新区", "经开区", "园区") if name.startswith(w) and ctx.zone.endswith(w)), None)
    if prefix is None or len(name) <= len(prefix) + 1:
        return None
    full, unit_type = expand(name[len(prefix) :])
    if unit_type is None and (not ORG_END.search(full) or full.startswith("直")):  # 区政务服务和数字经济局: the zone's own,
        return None  # of no known type (not 区直有关部门: the district's departments, a collective)
    return ctx.zone + full, unit_type.id if unit_type else None, "county", ctx.place.name


def _own_zone_unit(name: str, ctx: DocContext) -> tuple[str, str | None, str | None, str | None] | None:
    """园区科技局 in a 苏州工业园区 document: the zone names itself by its kind as a city by 市 (the zone's
    own 科学技术局, not 苏州工业园区园区科学技术局); 园区税务局 is the national administration's office there.
    So does a corps division and its city (师市发展改革委 in a 第八师石河子市 text)."""
    place = ctx.place
    zone = ZONE_SELF.match(name)
    if place is None or zone is None or len(name) <= zone.end() + 1:
        return None
    if not place.name.endswith(zone.group()) and zone.group() != "师市":
        return None
    full, unit_type = expand(name[zone.end() :])
    if unit_type is None:
        return None
    return _placed(place, full), unit_type.id, place.level, place.name


def _type_before_place(name: str, place: Place) -> str | None:
    """The type of the body named before ``place`` in ``name`` (国家外汇管理局 in 国家外汇管理局深圳市分局)."""
    at = min((i for i in (name.find(place.name), name.find(place.short)) if i > 0), default=0)
    unit_type = expand(name[:at])[1] if at else None
    return unit_type.id if unit_type else None


POLICE_BRANCH = re.compile(r"^公安(?P<district>[\u4e00-\u9fff]{2,6}?)分局$|^区公安分局$")


def _police_branch(name: str, ctx: DocContext):
    """公安雁塔分局: the city police bureau's branch in a district of the document's city (it had been a
    bureau of 公安县, whose name opens it), as 西安市公安局雁塔分局 is written in full."""
    m = POLICE_BRANCH.match(name)
    owner = ctx.place or ctx.province
    if not m or owner is None:
        return None
    if m["district"] is None:  # 区公安分局 in a district's own document: the city bureau's branch there
        city = gazetteer().by_code.get(owner.parent) if owner.kind == "county" and owner.name.endswith("区") else None
        if city is None or city.kind != "city":
            return None
        return f"{city.name}公安局{_district_short(owner)}分局", "public-security", city.level, city.name
    gaz = gazetteer()
    city = gaz.by_code.get(owner.parent) if owner.kind == "county" and owner.parent else owner
    hit = gaz.match_prefix_within(m["district"], city) if city is not None and city.kind == "city" else None
    if hit is None or hit[1] not in (m["district"], m["district"] + "区", m["district"] + "县"):
        return None
    return f"{city.name}公安局{m['district']}分局", "public-security", city.level, city.name  # as 市公安局雁塔分局 resolves


def _district_short(district: Place) -> str:
    """普陀 of 舟山市普陀区, a district under its city's name: its branch of the city's bureau is named so (h285 F9: 舟山市公安局
    舟山市普陀区分局, the table's name of a district another city's shares); 滨海新区 whole (区 is of its name)."""
    plain = district.plain or district.name
    return district.short if len(district.short) >= 2 and not plain.endswith(COMPOUND_AREAS) else plain


def _regulator_province_office(name: str) -> Place | None:
    """The province whose office of the national financial regulator ``name`` is, if it is one."""
    m = REGULATOR_PROVINCE_OFFICE.match(name)
    short = m and (m["full"] or m["short"])
    if short in SEPARATELY_PLANNED_CITIES:  # they have offices of their own, as provinces do
        return gazetteer().lookup(short + "市")
    return next((p for p in _provinces() if p.short == short), None) if short else None


SEPARATELY_PLANNED_CITIES = ("深圳", "大连", "宁波", "厦门", "青岛")  # 计划单列市


def _own_place_named_short(name: str, ctx: DocContext) -> list[Place]:
    """The document's own city named short in a national body's local office (国家电网杭州供电公司,
    国家统计局深圳调查队 in a 杭州 or 深圳 document)."""
    place = ctx.place
    return [place] if place is not None and place.kind == "city" and len(place.short) >= 2 and place.short in name else []


def _provinces_named_short(text: str) -> list[Place]:
    """The province a national body's office is named after by its short name (…江西监管局,
    …辽宁调查总队), if one is."""
    return [p for p in _provinces() if p.short in text and len(p.short) >= 2][:1]


@lru_cache(maxsize=1)
def _provinces() -> tuple[Place, ...]:
    return tuple(p for p in gazetteer().by_code.values() if p.kind == "province")


def _placed(place: Place, name: str, written: str | None = None) -> str:
    """A unit's name after its place: 平凉市人力资源和社会保障局; a national system's office by the
    place's short name however written (上海海关, 市海关 → 上海海关); an enterprise with the place
    as written (天津港集团, 平凉市供电公司; 市供电公司 → 平凉市供电公司)."""
    if SHORT_PLACE_NAMED.search(name):
        return gazetteer().short_name(place) + name
    if name == "税务局":  # a tax bureau is the national administration's office: 市税务局 → 国家税务总局绵阳市税务局
        return "国家税务总局" + _full_place_name(place) + name
    if ENTERPRISE.search(name) and written:
        return written + name
    return place.name + name


def _full_place_name(place: Place) -> str:
    """A city's district under its city (成都市武侯区, 上海市浦东新区), as a national system names its
    office there; a county or a county-level city by its own name (长沙县, 昆山市)."""
    if place.kind != "county" or not place.name.endswith("区"):
        return place.name
    city = _city_above(place)  # a city's, or a municipality's district
    if city is not None and place.name.startswith(city.name):  # already named with its city (福州市鼓楼区)
        return place.name
    return (city.name if city is not None else "") + place.name


# A national system's office, named with the short place name whether written with 市/省 or not
# (上海海关, 天津海事局, 上海证监局, 哈密银保监分局)
SHORT_PLACE_NAMED = re.compile(r"^(?:海关|海事局|海事处|证监局|银保监局|银保监分局|金融监管局|金融监管分局|海事法院)$")  # (宁波金融监管分局)
ENTERPRISE = re.compile(r"(?:集团|公司|机场)$")
OTHER_AREA = re.compile(r"(?:新区|开发区|经开区|高新区|园区|片区|新城|自贸区|示范区)")  # an area named after the word
COMMITTEE_END = re.compile(r"(?:管委会|管理委员会)$")
FEATURE_NAMED = re.compile(r"[山湖岛湾](?!区|县|市)")  # 长白山, 松山湖: a mountain or lake after a place's short name, a zone's own name


def _kind_spans_place(name: str, written: str) -> bool:
    """The words of a kind of unit take in what reads as a place (公安局: 公安 is 公安县's short name)."""
    typed = _match_type(name)
    return typed is not None and len(typed[1]) > len(name) - len(written)


def _short_name(place: Place, written: str) -> bool:
    """A city's or county's short name (江北, not 江北区; 公安, not 公安县; 长白 of 长白朝鲜族自治县, h304 F1)."""
    return (written == place.short != place.name or written in _autonomous_short_names(place.name)[:1]) and place.kind != "province"


def _far_short_name(place: Place, written: str, ctx: DocContext) -> bool:
    """A city's or county's short name for a place outside the document's province: a word of the
    unit's own name rather than that place."""
    return _short_name(place, written) and ctx.province is not None and not inside(place, ctx.province)


PARTY_DEPARTMENTS = {"publicity", "organisation", "united-front"}  # 宣传部 alone is the document's own party committee's


def _names_place_inside(full: str, place: Place) -> bool:
    return any(name and len(name) >= 2 and name in full for name in (place.name, place.short))


# the kinds of department every province calls a 厅 (not 市场监督管理局, 林业和草原局, 医疗保障局, 统计局: a 局 in many
# provinces, a 厅 in some: the sixth review)
PROVINCES_HALLS = frozenset({"finance", "education", "civil-affairs", "hrss", "housing", "transport", "agriculture", "water-resources",
                             "commerce", "culture-tourism", "natural-resources", "ecology-environment", "public-security", "justice",
                             "science-tech", "emergency-management", "industry-it", "veterans-affairs", "audit"})


def _own_unit(full: str, unit_type: UnitType | None, ctx: DocContext) -> tuple[str, str | None, str | None, str | None]:
    """A department named without a place (人社局, 财政厅) is the document's own place's: 人社局 in
    a 通辽 document is 通辽市人力资源和社会保障局, one organisation with 通辽's 市人社局. A 部 may be a
    ministry or a party department (宣传部), a 中国…/国家… name is a national body's, and an unknown
    name (法规处) may be anyone's section: those keep the name as written, still placed in the
    document's jurisdiction. So does a company (电力公司, 国网成都供电公司): no department of the place."""
    owner = ctx.place or ctx.province
    if unit_type is not None and full.endswith("部") and unit_type.id not in PARTY_DEPARTMENTS and len(full) <= 12:
        return full, unit_type.id, "national", "中国"  # 财政部, 人力资源社会保障部: a ministry of the State Council
    if (unit_type is not None and unit_type.id in PROVINCES_HALLS and owner is not None and owner.kind == "province"
            and not owner.name.endswith("市") and full.endswith("局") and full in unit_type.forms.values()):  # (a bare organ alone)
        # 各市州住房和城乡建设局要会同财政局… in a province's text: the province's organ is a 厅, so a bare 局 is the places'
        # below it, at a level the name does not say (h259 F5, h261 F5: a 湖南省财政局 that does not exist)
        return owner.name + "各地" + full, unit_type.id, None, owner.name
    if unit_type is not None and not full.endswith(("部", "公司")) and not full.startswith(("中国", "国家")):
        place = ctx.province if full.endswith("厅") else owner
        if place is not None and _names_place_inside(full, place):  # 国网珠海供电局: placed already, after its system
            return full, unit_type.id, place.level, place.name
        if place is not None:  # (as _placed names it: 海关 in a 宁波 text is 宁波海关, by the short name, as 市海关 is; 税务局
            # the national administration's office there)
            return _placed(place, full), unit_type.id, place.level, place.name
    if owner is None and ctx.level == "national":
        return full, unit_type.id if unit_type else None, ctx.level, "中国"  # 财政部 in a ministries' joint notice
    return full, unit_type.id if unit_type else None, ctx.level, owner.name if owner else None


BREAKS = re.compile(r"\n|#+\s*Page\s*\d+\s*[:：]?|[ \t\u3000]+")


def _line_starts(text: str, where: list[int]) -> frozenset[int]:
    """Offsets in the text without breaks of the characters that open a line of ``text``
    (``where`` is increasing: each line's first kept character is found by bisection)."""
    starts = set()
    for line_start in (0, *(m.end() for m in NEWLINE.finditer(text))):
        i = bisect_left(where, line_start)
        if i < len(where) and where[i] == line_start:
            starts.add(i)
    return frozenset(starts)


NEWLINE = re.compile("\n")


def _without_breaks(text: str) -> tuple[str, list[int]]:
    """The text without line breaks, page markers, spaces and short names given in brackets, and
    where each kept character was."""
    clean, where = cut_out(BREAKS, text)
    if "称" in clean:
        clean, kept = cut_out(SHORT_NAME_ASIDE, clean)
        where = [where[i] for i in kept]
    return clean, where


# 由市人力资源社会保障局（以下简称市人社局）牵头: the name's short form, which the unit tables know already
SHORT_NAME_ASIDE = re.compile(r"[（(](?:以下简称|简称|以下统称|统称|以下称)[^（）()，。；]{1,20}[）)]")


RULE_HINT = re.compile(r"第\s*一|首\s*位")  # every FIRST_IS_LEAD holds one, line breaks or not


def read_document_rules(text: str, state: ResponsibilityState, span_of=None, units_for_all_only: bool = False) -> None:
    """Rules stated outside the items, in the preamble or in a clause's own words (a section's
    lead-in: 下列任务表中，责任单位列第一位者为牵头单位): 排名第一位的为牵头单位; with ``span_of``
    (the preamble), also units named for every item below (以下各项任务均需各区（市）县政府落实，
    不再一一列出), which a clause states in its responsibility bracket instead."""
    if span_of is None and not RULE_HINT.search(text):
        return  # most clauses state no rule: not worth taking their line breaks out
    clean, where = _without_breaks(text)
    if FIRST_IS_LEAD.search(clean):
        state.first_is_lead = True
    if span_of is None:
        return
    for stmt, base in _statements(clean):
        # (…制定本方案。各县、区人民政府均为各项任务的责任单位，以下不再一一列出。: the form a bracket uses, a blind test)
        m = INHERIT_BELOW.match(stmt) if stmt.startswith(("以下", "下列")) else PREAMBLE_INHERIT.match(stmt)
        if m and units_for_all_only and not (m.re is PREAMBLE_INHERIT and m["units"]):
            continue  # a closing note: only X均为各项任务的责任单位 (not …由X负责解释，不再一一列出: the review)
        names = _unit_names(m.group("units") or m.group("duty_units")) if m else []
        if names and all(_looks_like_unit(n) or DISTRIBUTIVE.match(n) for n, _ in names):  # not 措施要切实抓好
            rule_span = span_of(where[base], where[base + len(stmt) - 1] + 1)
            held = {n for n, _ in state.inherited}  # (two such statements: both hold)
            state.inherited = state.inherited + [(n, rule_span) for n, _ in names if n not in held]


ITEMS_ABOVE = re.compile(r"(?:本部分|本节|本条)(?:各项)?(?:措施|任务|工作)?(?=[^，,。；;]{0,4}(?:单位|部门)[：:])"  # (本部分责任单位：…: z330)
                         r"|以上(?:各项|第?[（(]?[\d一二两三四五六七八九十]+[）)]?\s*(?:[—－\-~至到]\s*第?[（(]?[\d一二两三四五六七八九十]+[）)]?)?\s*(?:项|条))?"
                         r"(?:政策)?(?:措施|任务|事项|政策|工作|条款|补贴|资金|奖励|内容|人员)?(?<!以上)(?:均|都)?"
                         r"(?:由(?=[^，,。；;]{2,40}?(?:负责|牵头)))?")  # (not 以上单位: what is listed above, no items)


# X负责…，Y负责协助做好… / 负责配合: a duty to help (not 负责协助企业申报: the firms are helped, no unit)
HELPS_ANOTHER_UNIT = re.compile(r"(?:协助|配合)(?:做好|抓好|开展|落实|推进|完成|[市省县区各]|(?:有关|相关|牵头|主管|上级|其他)(?:部门|单位))")
COLON_THEN_HELPS = re.compile(r"[：:]\s*(?:积极|主动)?" + HELPS_ANOTHER_UNIT.pattern)


def _duty_after_the_lead(clean: str, led_until: int, start: int, content: str) -> bool:
    """A unit's 负责… in the sentence whose 牵头 named its lead, after it (only 牵头 says lead: the gold rules)."""
    return 0 <= led_until <= start and "负责" in content and not SENTENCE_STOP.search(clean, led_until, start)


SENTENCE_STOP = re.compile(r"[。；;！？]")
LEADS_OR_DUTY = re.compile(rf"牵头|负责|主责|{LABELS}")
ASSISTS = re.compile(r"配合|协助")  # the helpers' own words (not 按照职责做好…, 抓好落实: their shares of the duty)


def extract_units(text: str, span_of, state: ResponsibilityState, ctx: DocContext) -> list[UnitMention]:
    """Units responsible for one clause (written and inherited), resolved to organisations.

    ``span_of(start, end)`` maps offsets in ``text`` to a source ``Span``. Every responsibility
    group of the clause counts (an item may have one per sub-item).
    """
    ruled = {n for n, _ in state.inherited}
    inherited_before = list(state.inherited) + [c for c in state.carried if c[0] not in ruled]
    same_before = list(state.same_below)
    clean, where = _without_breaks(text)
    if "【" in clean:  # one character for one: the offsets stay
        clean = BRACKETED_LABEL.sub(lambda m: f"；{m['label']}：", clean)
    if "负责、" in clean:  # X负责、Y配合 in running text too: read as after a comma (one character for one)
        clean = DUTY_THEN_LISTED.sub("，", clean)
    if "支持" in clean:  # …，Y要按照职责分工给予支持。: Y helps, as …积极配合 says (one character for one; h220: Y lost)
        clean = SUPPORT_CLOSING.sub("积极配合", clean)
    if "联合" in clean:  # 由X联合Y对…进行…: X given the task with Y's help, as 会同 reads (one character for one; corpus-dev 宁夏_05)
        clean = JOINTLY_WITH.sub("会同", clean)
    if "统筹、" in clean or "统筹协调、" in clean:  # 由X统筹、Y具体负责: the same
        clean = COORDINATES_THEN_LISTED.sub("，", clean)
    if "职责" in clean and "工作" in clean:  # (one character for one)
        clean = LIST_OVER_A_COMMA.sub(lambda m: m["names"] + "、" if ORG_END.search(m["names"]) and _names_only(m["names"]) else m.group(), clean)
    if "。" in clean and (heading := UNITS_AS_HEADING.match(clean)) and _names_units_whole(heading["units"]):
        # （二）县住房和城乡建设局。负责…: a 职责分工 item headed by its units, read as X：负责… is (one character for one; h315 F1)
        clean = clean[: heading.end("units")] + "：" + clean[heading.end("units") + 1 :]
    if state.issuer and "我" in clean:  # 我局, 我厅: the issuer itself (a blind test: no unit, its helpers lost too)
        clean = SELF_AS_ME.sub(ADDRESSEE_STAND_IN, clean)
    if state.parties and "方" in clean:  # 甲方负责…: the party the agreement named (h308 F3), as a stand-in the tables take
        clean = PARTY_WRITTEN.sub(lambda m: _party_stand_in(m, clean, state), clean)
    if state.addressee and "你" in clean:  # 你局 read as 市局 (one character for one), then named and resolved as the addressee
        clean = ADDRESSED_AS_YOU.sub(ADDRESSEE_STAND_IN, clean)
        if state.addressee[1] == "local-government":  # 你区, 你市: the government addressed (a blind test: no unit)
            clean = GOVERNMENT_AS_YOU.sub(GOVERNMENT_STAND_IN, clean)
    line_starts = _line_starts(text, where)
    if "为" in clean or "是" in clean:
        clean, where = _role_statements_as_labels(clean, where)

    def clean_span(s: int, e: int) -> Span:
        return span_of(where[s], where[e - 1] + 1) if e > s else span_of(where[s], where[s])

    mentions: list[UnitMention] = []
    by_duty: list[UnitMention] = []  # 由X负责…: X leads only when no other unit is named
    if "简称" in text or "以下称" in text:  # (the short names given before their first use here)
        read_short_names(text, state, ctx)
    if "成立" in text and "领导小组" in text:
        read_groups_set_up(text, state, ctx)
    led_until = -1  # the end of the last group that named its lead by 牵头
    duty_from, duty_end = 0, -1  # the last duty's units (from this index of by_duty) and where its group ends
    duty_with = False  # whether that group names units after 会同 (they help the one before it)
    helping_by_duty: list[UnitMention] = []  # units whose duty is to help (负责协助…): co beside another unit, else the only one
    named: list[tuple[int, int, bool]] = []  # the groups naming other units (a label's, a bracket's, X牵头…), whether in the text
    subjects: set[int] = set()  # where those that name a sentence's subject alone start (X要…, X于…前完成…)
    # for each of by_duty's units: where its group starts (-1: it carries out the item's task) and whether it works with
    # others it names (X会同Y)
    duty_groups: list[tuple[int, bool]] = []
    names_helpers_only = True  # every group names units to help (（Y配合）, （配合单位：Y）): a 下同's units still lead
    previous: tuple[int, list] = (-1, [])  # the last group's end and its names (X负责…，会同同级Y: X's places are Y's)
    for start, end in responsibility_groups(clean, line_starts, frozenset(short for short, (_, kind, _, _) in state.short_names.items() if kind)):
        if scope := ITEMS_ABOVE.match(clean, start, end):
            start = scope.end()  # （以上措施责任单位：…）, （以上3项均由X负责）: the items the units are for, no unit
        content = clean[start:end]

        def content_span(s: int, e: int, start: int = start) -> Span:
            return clean_span(start + s, start + e)

        written = [(_place_then_its_kind(name) or name, role, offset)
                   for name, role, offset in parse_responsibility(content, state, content_span) if not NOT_A_NAME.search(name)]
        written = [piece for entry in written for piece in _kinds_apart(entry)]
        if PRIMARY_DUTY_END.search(content):  # (承办单位负主体责任: a part played, no body, as 用人单位要… reads: the review)
            written = [(name, role, offset) for name, role, offset in written if not _plays_a_part(name)]
        if "会同县" in content:
            written = [_with_the_verb_not_the_county(entry, ctx) for entry in written]
        if "牵头" in content:
            led_until = end
        elif _duty_after_the_lead(clean, led_until, start, content):  # X牵头，Y参与，Z负责组织实施: Z does its part, X leads
            written = [(name, "co", offset) for name, _, offset in written]
        endings = {**_shared_distributive(content, written), **_shared_endings(content, written), **_kinds_sharing_a_department(content, written),
                   **_same_level_as_the_phrase_before(clean, start, content, written, previous), **_the_office_of_the_group_set_up(clean, start, written)}
        previous = (end, written)
        if (oversees := GROUP_OVERSEES.match(clean, start)) and oversees.end() == end:
            read_group_named(content, state, ctx)  # (…，领导小组办公室设在…: that group's office, h325 F6)
        found = [_mention(name, role, content_span(offset, offset + len(name)), ctx, endings.get(offset), state.short_names)
                 for name, role, offset in written]
        if state.addressee:
            found = [_in_the_addressees_place(_as_the_addressee(m, state.addressee), state.addressee, ctx) for m in found]
        if state.issuer:
            found = [_as_the_issuer(m, state.issuer) for m in found]
        if state.parties:
            found = [_as_the_party(m, state.parties, ctx) for m in found]
        # 由X负责… or X负责… in the text (not a bracket's （X负责）): X leads only when no other unit is named
        in_text = clean[end : end + 1] not in "）)〕】"
        if in_text and _shares_with_others_called_on(clean, end):  # (各乡镇（街道）、各有关部门要…: a task shared, none leads it: h315 F5)
            found = [replace(m, role="co") for m in found]
        if in_text and COLON_THEN_HELPS.match(clean, end):  # 县交通运输局：配合做好…: a 单位：职责 line whose duty is to help (h303 F7)
            found = [replace(m, role="co") for m in found]
        if in_text and content.endswith("负责") and HELPS_ANOTHER_UNIT.match(clean, end):
            helping_by_duty += found  # …，乡镇（街道）负责协助做好初审: its duty is to help
        helping = _helps_a_duty(content, bool(by_duty or mentions)) or content.startswith("会同")  # …，Y抓好落实 / （Y配合） / …，会同Y
        names_helpers_only = names_helpers_only and (helping or _labels_helpers_only(content) or not found
                                                     or ASSISTS.search(content) and not LEADS_OR_DUTY.search(content))  # (（Y配合，…前完成）)
        if ((clean[start - 1 : start] == "由" or (content.endswith(("负责", "配合", "具体承办", "负总责")) or PRIMARY_DUTY_END.search(content)) and in_text or helping
             or in_text and "会同" in content and not LABEL_ANYWHERE.search(content))  # X会同Y制定… beside a label: the label's roles
                and "牵头" not in content):  # (…，Y配合做好…: the helpers of such a duty)
            if by_duty and (SHARE_OF_DUTY.search(content) or helping):  # 由X负责政策解读，Y按职责分工负责: Y does its share of X's task
                found = [replace(m, role="co") for m in found]
                if helping and ASSISTS.search(content) and not SENTENCE_STOP.search(clean, duty_end, start) and not duty_with:
                    by_duty[duty_from:] = [replace(m, role="lead") for m in by_duty[duty_from:]]  # X、Y负责…，Z配合: X and Y lead
                    # (not X会同Y制定…，Z配合: Y works with X, who leads)
            elif found and not SHARE_OF_DUTY.search(content):  # (not X、Y按职责分工负责: their shares)
                duty_from, duty_end = len(by_duty), end  # the units a duty is given to, before any helpers
                duty_with = "会同" in content
            by_duty += found
            # (Z负责落实: Z carries out the item's task, no task of its own: the reviewer's finding)
            carries_out = bool(CARRIES_OUT_A_DUTY.search(content) or CARRIES_OUT_AFTER.match(clean, end))
            duty_groups += [(-1 if carries_out else start, WITH_IN_TEXT.search(content) is not None)] * len(found)
        else:
            mentions += found
            if _states_rules_only(content):
                pass  # (由X负责。（Y均为责任单位，以下不再列出）: a rule for every item, X still leads: h325 F2)
            elif not _labels_helpers_only(content):  # (…由X负责…。（配合单位：Y）: Y helps X's duty, X still leads)
                named.append((start, end, in_text and not LABEL_ANYWHERE.match(clean, start)))
                if in_text and not RESPONSIBILITY_CUE.search(content):
                    subjects.add(start)  # X自收到申请之日起…完成初审, X要…: the subject of its own task, nobody's lead
            elif found and duty_end >= 0 and not duty_with:  # X、Y负责…。（配合单位：Z）: X and Y lead what Z helps with (h217)
                by_duty[duty_from:] = [replace(m, role="lead") for m in by_duty[duty_from:]]
    # X牵头，Y配合，…。Z负责…: Z leads the task its own sentence gives it (z263, z226, z240); after
    # X牵头负责A；Y负责B (no unit named to help: a division of the work X leads, z181, z208) and within a sentence naming
    # others, Z helps
    if mentions:
        helped = any(m.role == "co" for m in mentions)  # (others are named to help: a task of their own)
        # X会同Y… beside a closing bracket that names no lead (（责任单位：X、Y、Z）): X leads still (z288)
        unled = not any(m.role == "lead" for m in mentions)
        # (…，县商务局汇总后报市商务局，市商务局负责复核: the step passed on to the duty's unit, the subject's before it its own:
        # the review)
        by_duty = [m if m.role == "lead" and (_sentence_of_its_own(clean, named, at, helped, subjects if with_y or _passed_on_to(clean, m.name, at) else set(), subjects)
                                              or unled and with_y) else replace(m, role="co")
                   for m, (at, with_y) in zip(by_duty, duty_groups)]
    mentions += by_duty
    unique: dict[str, UnitMention] = {}
    for m in mentions:  # a unit named twice (in two groups, or in a 下同 rule) counts once, lead first
        if m.canonical not in unique or (m.role == "lead" and unique[m.canonical].role != "lead"):
            unique[m.canonical] = m
    helpers = {m.canonical for m in helping_by_duty if any(m is kept for kept in unique.values())}  # (not one that leads elsewhere)
    if set(unique) - helpers:
        unique.update({name: replace(unique[name], role="co") for name in helpers})
    mentions = list(unique.values())
    written = set(unique)
    present = {m.canonical for m in mentions}
    # (下同: where no unit is written, or only helpers: （X负责，下同） / 2.…（Y配合）: X leads what Y helps with)
    for name, rule_span in inherited_before + (same_before if names_helpers_only else []):
        mention = _mention(name, "inherited", rule_span, ctx)
        if mention.canonical not in present:
            mentions.append(mention)
            present.add(mention.canonical)
    return mentions


# 牵头单位为X，Y、Z为责任单位 / 牵头单位是X，配合单位是Y: the roles stated in prose, each a label's (h275 F2: no unit, and the
# item had then taken the next item's 牵头单位：… line as its own, h275 F1)
PROSE_ROLE_LABELS = "牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|协办部门|主办单位|主责单位|主责部门"
PIECE_OPENS = r"(?:(?<=[。；;，,！])|^)"
PIECE_ENDS = r"(?=[，,。；;！]|$)(?![，,](?:下同|以下不再))"  # (X为牵头单位，下同: a rule, read as one)
LABEL_IS_NAMES = re.compile(rf"{PIECE_OPENS}(?P<label>{PROSE_ROLE_LABELS})(?P<is>[为是])(?!指)(?P<names>[^，,。；;！？]{{2,60}}?){PIECE_ENDS}")
NAMES_ARE_LABEL = re.compile(rf"{PIECE_OPENS}(?P<names>[^，,。；;！？]{{2,60}}?)(?<![作均都也即])(?P<is>[为是])(?P<label>{PROSE_ROLE_LABELS}){PIECE_ENDS}")


def _role_statements_as_labels(clean: str, where: list[int]) -> tuple[str, list[int]]:
    """牵头单位为X / X为责任单位 (names alone) rewritten 牵头单位：X / 责任单位：X, each character kept with where it was
    (the names are moved after their label, 为 read as the colon)."""
    chars, spots = list(clean), list(where)
    for pattern in (LABEL_IS_NAMES, NAMES_ARE_LABEL):
        for m in pattern.finditer(clean):
            if "的" in m["names"] or re.search(PROSE_ROLE_LABELS, m["names"]) or not _names_only(m["names"]):
                continue  # (排在第一位的责任单位为牵头单位: a rule, no names)
            order = [*range(m.start("label"), m.end("label")), m.start("is"), *range(m.start("names"), m.end("names"))]
            chars[m.start() : m.end()] = [clean[i] if i != m.start("is") else "：" for i in order]
            spots[m.start() : m.end()] = [where[i] for i in order]
    return "".join(chars), spots


def _labels_in(content: str) -> set[str]:
    """The labels a group names (责任单位, 配合单位, …), without their prefixes."""
    return {LABEL_PREFIX.sub("", m.group("label")) for m in LABEL_ANYWHERE.finditer(content)}


def _labels_helpers_only(content: str) -> bool:
    """A group whose every label names helpers (（配合单位：Y；完成时限：…）): it names no unit responsible beside a duty's."""
    labels = _labels_in(content)
    return bool(labels) and labels <= HELPER_LABELS


def _sentence_of_its_own(text: str, named: list[tuple[int, int, bool]], start: int, helped: bool, subjects: set[int] = frozenset(),
                         later_subjects: set[int] = frozenset()) -> bool:
    """A sentence stop between a duty's units and every group of other units named: before it, when those name a unit to
    help (…，Y配合，于…公布。Z负责统筹解决。) or, where the duty names its own helpers, a subject doing a task of its own
    (X自收到申请之日起…完成初审并报Z；Z会同Y…完成认定。: h273 F6, Z had been co; not 县级以上人民政府应当加强领导。X部门负责…: the
    government over the department's work); after it, in the text (Z负责…。X牵头建立…: z273), not a closing bracket or label, which
    gives the item's roles (…由Z负责协调推进。（责任部门：A、Z））."""
    # (X应在…内完成初审，Z会同Y在…内完成审核: a phrase of its own after the subject's, h279 F7: Z had been co)
    # (由X组织申报，Y审核后汇总上报: after the duty, a subject of its own later step beyond a comma, h286 F4: X had been co)
    return start >= 0 and all(SENTENCE_STOP.search(text, end, start) is not None and helped
                              or group_start in subjects and PHRASE_STOP.search(text, end, start) is not None if end <= start
               else in_text and (SENTENCE_STOP.search(text, start, group_start) is not None
                                 or group_start in later_subjects and PHRASE_STOP.search(text, start, group_start) is not None)
               for group_start, end, in_text in named)


PASSED_ON = r"(?:后|并)?(?:报|报送|上报|报请|移交|移送|转交|提交|转)(?:至|给)?"


def _passed_on_to(text: str, name: str, at: int) -> bool:
    """…汇总后报市商务局，市商务局负责复核: the phrase before the duty hands its work on to the duty's own unit."""
    return at > 0 and re.search(PASSED_ON + re.escape(name) + r"[，,。；;]\s*$", text[max(0, at - 40) : at]) is not None


# (县财政局（县金融办）会同Y: the organ's second plate in brackets before 会同, h292 F4: it had been co)
WITH_IN_TEXT = re.compile(r"(?:(?<=[局委办厅室心府会组])|(?<=[局委办厅室心府会组][）)]))会同")
CARRIES_OUT_AFTER = re.compile(r"(?:具体)?(?:落实|抓好落实|贯彻落实)(?=[。；;，,]|$)")  # (not 负责落实…政策: a task named)
# Y负责落实 after 由X负责统筹协调: Y carries out the duty X was given
CARRIES_OUT_A_DUTY = re.compile(r"(?:负责|具体)落实$")


def _helps_a_duty(content: str, after_a_duty: bool) -> bool:
    """A group of units that only help (…，Y抓好落实 / …，各区人民政府落实 / （Y配合） / Y、Z按职责分工做好相关工作),
    or, after a unit's duty, carry it out (…，Y负责落实)."""
    if not HELPING_WORD.search(content):
        return False  # (most groups: a label's list, X牵头, X负责)
    parts = split_top_level(content, "，,")
    return all(_helps(p) for p in parts) or after_a_duty and len(parts) == 1 and bool(CARRIES_OUT_A_DUTY.search(content))


HELPING_WORD = re.compile(r"配合|协助|协办|协同|参与|参加|落实|做好|抓好|指导")  # one of them in every part that helps


# another field of a list entry (…；责任单位：县人社局；咨询电话：0830-7225678): a label or a phone number, no name
NOT_A_NAME = re.compile(r"[：:]|\d{3,4}[-－]\d{7,8}|\d{7,}|指定的"  # (市12345热线办公室 is a name); 市人民政府指定的部门: which, unsaid
                        # 新建住宅物业的建设单位, X确定的养护单位: a party described by what it does, no body (h280 F5, F9)
                        r"|的[\u4e00-\u9fff]{0,6}(?:单位|企业|公司)$"
                        r"|^[\d.]+\s*(?:个月|个工作日|年|月|日|天|周|小时|人|户|元|万元|%|％)")  # 在3年（36个月，下同）内: a quantity (h263)


def _mention(name: str, role: str, span: Span, ctx: DocContext, resolve_as: str | None = None,
             short_names: dict | None = None) -> UnitMention:
    given = short_names.get(name) if short_names and not resolve_as else None  # 市社保中心 as the document named it
    canonical, type_id, level, jurisdiction = given or resolve_unit(resolve_as or name, ctx)
    return UnitMention(span, name, role, canonical, type_id, level, jurisdiction)


# X（以下简称Y） / X（设在Z，以下简称Y）: the short name Y the document gives the unit X
SHORT_NAME_GIVEN = re.compile(r"[（(](?:[^（）()]{1,24}[，,])?(?:以下简称|简称|以下称)[：:]?[“\"]?(?P<short>[^（）()《》“”\"，,。；：:]{2,16})[”\"]?[）)]")  # (以下称登记机关: h163)
SEVERAL = re.compile(r"^[两三四五六七八九十双多各诸]|等")  # 两部门, 各地: a short name for several units, none of them alone
LONGEST_NAME = 30  # characters before the bracket searched for the unit it names
# no name runs over them (not 自由贸易试验区, 人力资源和社会保障局); 和 apart, for a name that holds it (h321 F2)
NAME_BOUNDARY_BUT_AND = re.compile(r"[，,。；;：:、！？）)]|的|(?<!自)由|与|及|会同|指导")
NAME_BOUNDARY = re.compile(NAME_BOUNDARY_BUT_AND.pattern + r"|(?<![人社])和(?!社会)")


def read_short_names(text: str, state: ResponsibilityState, ctx: DocContext) -> None:
    """Record the short names ``text`` gives units: the longest run of characters right before the bracket that reads as a
    unit's whole name (宜宾市社会保险事业服务中心（以下简称市社保中心）: 市社保中心 is that centre wherever it is named after)."""
    clean, _ = cut_out(BREAKS, text)
    for m in SHORT_NAME_GIVEN.finditer(clean):
        window = clean[max(0, m.start() - LONGEST_NAME) : m.start()]
        # one name with 和 in it first (区城市管理和综合执法局, 市自然资源和规划局: h321 F2, its last part had been taken), not two
        # names joined (市发展改革委和市财政局)
        whole = NAME_BOUNDARY_BUT_AND.split(window)[-1]
        full = next((whole[i:] for i in range(len(whole) - 1) if "和" in whole[i:] and _looks_like_unit(whole[i:])
                     and ORG_END.search(whole[i:]) and [n for n, _ in _unit_names(whole[i:])] == [whole[i:]]), None)
        before = whole if full else NAME_BOUNDARY.split(window)[-1]
        full = full or next((before[i:] for i in range(len(before) - 1) if _looks_like_unit(before[i:]) and ORG_END.search(before[i:])), None)
        if (full and m["short"] != full and not before.endswith("设在" + full)  # (…办公室设在市发展改革委（以下简称市营商办）: the office's)
                and not SEVERAL.search(m["short"]) and [n for n, _ in _unit_names(full)] == [full]):
            state.short_names.setdefault(m["short"], resolve_unit(full, ctx))


# 成立市城镇老旧小区改造工作领导小组，领导小组办公室设在…: the group set up, which the text then calls 领导小组 and its office
# 领导小组办公室 (h286 F8, h290 F12: 株洲市领导小组办公室, one node for every group's office of the city)
# (成立由县政府分管副县长任组长的X领导小组: who chairs it before its name, h296 F7: 沂南县领导小组办公室 had been read)
GROUP_SET_UP = re.compile(r"成立(?:以[^，,。；;]{1,30}?为组长的|由[^，,。；;]{1,40}?(?:组成|参加|担?任组长)的)?"
                          r"(?P<group>(?!工作领导小组|相应|相关|同级|由|各)(?:(?!组长的)[^，,。；;：:、（）()“”《》]){2,40}?领导小组)(?!办公室|成员)")
GROUP_BY_ITS_KIND = ("领导小组", "领导小组办公室")


# 成立就业工作领导小组，办公室设在县人社局: the bare 办公室 right after the group set up is that group's office (h296 F7: read
# as a nameless 办公室, the issuer's own)
OFFICE_OF_THE_GROUP_BEFORE = re.compile(GROUP_SET_UP.pattern + r"[，,](?:其|下设)?$")


# …牵头，会同县民政、市场监管部门…: the verb 会同, then the county's departments, not 会同县 (a county of 湖南's 怀化) far from the
# document (h301 F5: 会同县民政部门 of 会同县 read in a 陕西 county's notice; the review: in 长沙's too); in the county's own texts
# and its city's (怀化) the county may be meant
HUITONG_COUNTY = "会同县"
HUITONGS_OWN = ("会同县", "怀化市")


def _with_the_verb_not_the_county(entry: tuple[str, str, int], ctx: DocContext) -> tuple[str, str, int]:
    name, role, offset = entry
    if not name.startswith(HUITONG_COUNTY) or len(name) <= len(HUITONG_COUNTY) or ctx.place is not None and ctx.place.name in HUITONGS_OWN:
        return entry
    return name[2:], role, offset + 2


def _the_office_of_the_group_set_up(clean: str, start: int, written: list[tuple[str, str, int]]) -> dict[int, str]:
    """The bare 办公室 (content offset) written right after 成立X领导小组， as X领导小组办公室."""
    out = {}
    for name, _, offset in written:
        if name == "办公室" and (m := OFFICE_OF_THE_GROUP_BEFORE.search(clean, max(0, start + offset - 80), start + offset)):
            out[offset] = m["group"] + "办公室"
    return out


def read_groups_set_up(text: str, state: ResponsibilityState, ctx: DocContext) -> None:
    """Record the leading group ``text`` sets up as what 领导小组 and 领导小组办公室 name from here on (the first one set up; not
    各乡镇成立…领导小组, each lower place's own: the review)."""
    clean, _ = cut_out(BREAKS, text)
    for m in GROUP_SET_UP.finditer(clean):
        if re.search(r"各[^，,。；;]{0,8}(?:要|应)?$", clean[max(0, m.start() - 10) : m.start()]):
            continue
        read_group_named(m["group"], state, ctx)


def read_group_named(group: str, state: ResponsibilityState, ctx: DocContext) -> None:
    """The named group (one set up, 成立X领导小组; or one overseeing, X领导小组统筹推进…) what 领导小组 and 领导小组办公室 name
    from here on (the first named holds)."""
    for short in GROUP_BY_ITS_KIND:
        state.short_names.setdefault(short, resolve_unit(group + short.removeprefix("领导小组"), ctx))


# 市行政审批局：, the one unit a 批复 or a letter is addressed to, which its text calls 你局 (由你局负责…, 请你局会同…)
ONE_ADDRESSEE = re.compile(r"^(?P<name>[^，,、。；;：:\s]{3,30})[：:]$")
ADDRESSED_AS_YOU = re.compile(r"你(?=局|委|厅|办(?!理)|院|中心)")
ADDRESSEE_STAND_IN = "市"  # 你局 read as 市局, a name the unit tables take: one character for one, the offsets stay
# 你区, 你市, 你县 in a 批复 to a government (请你区…, 由你区负责…): read as 政府, two characters for two
GOVERNMENT_AS_YOU = re.compile(r"你[区市县州旗盟镇乡](?!局|委|厅|办|院|中心|政府|人民政府)")
GOVERNMENT_STAND_IN = "政府"
SELF_AS_ME = re.compile(r"我(?=局|委|厅|办(?!理)|院|中心)")  # 我局, 我厅 (not 我市, 我省: a place)


# 甲方负责…, 乙方财政部门: an agreement's party, by the name its head gave it (甲方：株洲市人民政府; h308 F3: no unit). Read as
# 政府 (a body of its own: two characters for two), or as 本级 before a kind of department (甲方财政部门: that party's place's)
PARTY_WRITTEN = re.compile(r"[甲乙丙丁]方")
PARTY_STAND_IN, PARTY_LEVEL_STAND_IN = "政府", "本级"
DEPARTMENT_AFTER = re.compile(r"(?:(?!负责|牵头|配合|会同|督促|组织|[向对和与及、，,。；;])[\u4e00-\u9fff]){2,8}?部门")


def read_party(party: str, name: str, state: ResponsibilityState, ctx: DocContext) -> None:
    """甲方：株洲市人民政府: the body the agreement calls 甲方 from here on (the first naming holds)."""
    state.parties.setdefault(party, resolve_unit(name, ctx))


def _party_stand_in(m: re.Match, clean: str, state: ResponsibilityState) -> str:
    if m.group() not in state.parties:
        return m.group()
    return PARTY_LEVEL_STAND_IN if DEPARTMENT_AFTER.match(clean, m.end()) else PARTY_STAND_IN


def _as_the_party(mention: UnitMention, parties: dict, ctx: DocContext) -> UnitMention:
    """A mention written 甲方 (read as its stand-in): that party; 甲方财政部门: the department of the party's place."""
    written = re.sub(r"\s+", "", mention.span.text)
    unit = parties.get(written[:2])
    if unit is None:
        return mention
    if written[2:]:
        if unit[3] is None:
            return mention
        unit = resolve_unit(unit[3] + written[2:], ctx)
    canonical, type_id, level, jurisdiction = unit
    return replace(mention, name=written, canonical=canonical, unit_type=type_id, level=level, jurisdiction=jurisdiction)


def read_addressee(text: str, state: ResponsibilityState, ctx: DocContext) -> None:
    """The unit the document is addressed to, when it is one (市行政审批局：, not 各区人民政府、市直各部门： nor 各县（区）人民政府：)."""
    m = ONE_ADDRESSEE.match(text)
    if (state.addressee is None and m and not m["name"].startswith(("各", "有关", "相关")) and _looks_like_unit(m["name"])
            and [n for n, _ in _unit_names(m["name"])] == [m["name"]]):
        state.addressee = resolve_unit(m["name"], ctx)


def _as_the_addressee(mention: UnitMention, addressee: tuple) -> UnitMention:
    """A mention written 你局 (read as its stand-in 市局) or 你区: named as written, the addressee (not a 市局 or 市委 written so)."""
    return _as_the_unit_meant(mention, addressee, lambda written: ADDRESSED_AS_YOU.match(written) or GOVERNMENT_AS_YOU.fullmatch(written))


def _in_the_addressees_place(mention: UnitMention, addressee: tuple, ctx: DocContext) -> UnitMention:
    """市财政局 in a province's reply to one city's unit (上饶市人力资源和社会保障局：): that city's bureau, as 你局 is its
    unit, not every city's of the province (h290 F4); a unit named by the addressee's level only."""
    _, _, level, place_name = addressee
    owner = ctx.place or ctx.province
    if (owner is None or level is None or place_name is None or mention.level != level or not _is_below(level, ctx.level)
            or not (mention.canonical or "").startswith(owner.name + "各")
            or not any(mention.name.startswith(prefix) and prefix_level == level for prefix, prefix_level in LEVEL_PREFIXES)):
        return mention
    place = gazetteer().lookup(place_name)
    if place is None or not inside(place, owner):
        return mention
    canonical, type_id, level, jurisdiction = resolve_unit(mention.name, DocContext(place, ctx.province, level))
    return replace(mention, canonical=canonical, unit_type=type_id, level=level, jurisdiction=jurisdiction)


def _as_the_issuer(mention: UnitMention, issuer: tuple) -> UnitMention:
    """A mention written 我局 (read as 市局): named as written, the issuing unit."""
    return _as_the_unit_meant(mention, issuer, SELF_AS_ME.match)


def _as_the_unit_meant(mention: UnitMention, unit: tuple, written_so) -> UnitMention:
    """The mention as written, resolved to ``unit`` where ``written_so(its text)`` says it stands for it (你局, 我厅)."""
    written = re.sub(r"\s+", "", mention.span.text)
    if not written_so(written):
        return mention
    canonical, type_id, level, jurisdiction = unit
    return replace(mention, name=written, canonical=canonical, unit_type=type_id, level=level, jurisdiction=jurisdiction)


GOVERNMENT_END = re.compile(r"(?:人民政府|政府)$")
TOWN_ALONE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")  # a town or street by its name alone (not in the gazetteer)
TOWN_ORGAN = re.compile(r"(?:(?<=[镇乡])(?:人民政府|政府)|(?<=街道)办事处)$")


def _town_kind(name: str) -> str:
    """A town's government and a street's office differ: 镇 and 乡 share one, 街道 the other."""
    return "street" if name.endswith("街道") else "town"



def _shared_endings(content: str, written: list[tuple[str, str, int]]) -> dict[int, str]:
    """福州市、厦门市、泉州市人民政府: places listed bare before a place with an organ share its
    organ, and zones listed bare before a zone's committee share it (offset of each bare place or
    zone -> the name it stands for)."""
    out: dict[int, str] = {}
    run: list[tuple[str, int, Place]] = []
    zones: list[tuple[str, int]] = []  # 四川天府新区、成都高新区、成都东部新区管委会: the zones share the committee
    towns: list[tuple[str, int]] = []  # 鼎湖镇、长埠镇人民政府: the towns share the government (a blind test)
    for name, _, offset in written:
        organ = TOWN_ORGAN.search(name)
        if organ and towns and content[towns[-1][1] + len(towns[-1][0]) : offset] == "、" \
                and TOWN_ALONE.fullmatch(name[: organ.start()]):
            out.update({o: n + organ.group() for n, o in towns if _town_kind(n) == _town_kind(name[: organ.start()])})
        towns = [*towns, (name, offset)] if TOWN_ALONE.fullmatch(name) else []
        # (示范区、经开区、东城区管委会: a run of zones closed by an area's committee shares it too, a blind test)
        committee = ZONE_COMMITTEE.search(name) or (AREA_COMMITTEE.search(name) if zones else None)
        if committee and zones and content[zones[-1][1] + len(zones[-1][0]) : offset] == "、":
            out.update({o: n + committee["organ"] for n, o in zones})
        zones = [*zones, (name, offset)] if BARE_ZONE.search(BRACKET_AFTER_NAME.sub("", name)) and not committee else []  # (东津新区（经开区）)
        hit = gazetteer().match_prefix(name)
        if hit and hit[1] == name:  # a place alone, by its name or its short name (杭州、宁波市政府)
            run.append((name, offset, hit[0]))
            continue
        between = content[run[-1][1] + len(run[-1][0]) : offset] if run else ""
        government = GOVERNMENT_END.search(name) if between == "等" and DISTRIBUTIVE.match(name) else None
        if government:  # 城关区、堆龙德庆区等各县（区）人民政府: the examples' own governments, then all of them
            out.update({o: (place.plain or place.name) + government.group() for _, o, place in run})
        elif run and hit and len(name) > len(hit[1]) and between == "、":
            if {place.kind for _, _, place in run} == {hit[0].kind}:
                # a district whose name others share (和平区 of 天津 and 沈阳) by its name as written, which the
                # unit's resolution places where the document is
                out.update({o: (place.plain or place.name) + name[len(hit[1]):] for _, o, place in run})
        out.update(_governments_of_their_kind(content, run))
        run = []
    out.update(_governments_of_their_kind(content, run))
    return out


def _kinds_apart(entry: tuple[str, str, int]) -> list[tuple[str, str, int]]:
    """市发展改革、财政部门 read as one name: its kinds apart (市发展改革 / 财政部门), each a unit _kinds_sharing_a_department
    names (市发展改革部门, 市财政部门: the review, h280 F3); not 各县（市、区）科技、财政部门, the places' list (z265)."""
    name, role, offset = entry
    if name.startswith("各") or "、" not in name or not name.endswith("部门") or re.search(r"[（(〔]", name):
        return [entry]
    items = name[: -len("部门")].split("、")
    if len(items) < 2 or not _a_departments_kind_at_a_level(items[0]) or not all(_a_departments_kind(k) for k in items[1:]):
        return [entry]
    out, at = [], offset
    role = "co" if role == "lead" else role  # (several units, A、B: co, unless 牵头 says who leads)
    for n, item in enumerate(items):
        written = item + ("部门" if n == len(items) - 1 else "")
        out.append((written, role, at))
        at += len(item) + 1
    return out


def _a_departments_kind_at_a_level(name: str) -> bool:
    """发展改革, or 市发展改革, 县级农业农村: a kind of department, after a level or a place's level word."""
    return _a_departments_kind(name) or bool(_kind_level(name))


def _kind_level(name: str) -> str:
    """The level a kind of department is named after (市 of 市发展改革, 县级 of 县级农业农村), or "" where none is or the rest
    names no kind."""
    level = KIND_LEVEL.match(name)
    return level.group() if level and _a_departments_kind(name[level.end() :]) else ""


def _kinds_sharing_a_department(content: str, written: list[tuple[str, str, int]]) -> dict[int, str]:
    """市场监督管理、税务、住房和城乡建设等有关部门, 发展改革、自然资源和规划等部门: kinds of department listed bare before the
    last, which names 部门 once for all (h196: a regulation's duty bearers lost)."""
    out: dict[int, str] = {}
    for n, (name, _, offset) in enumerate(written):
        last = SHARED_DEPARTMENT.fullmatch(name)
        if not last or n == 0:
            continue
        run = []
        for before, _, at in reversed(written[:n]):
            end = (run[-1][1] if run else offset)
            if content[at + len(before) : end] != "、" or not _a_departments_kind_at_a_level(before):
                break  # (市发展改革、财政部门: the first kind after its level, the review: the units had been lost)
            run.append((before, at))
        if run and _a_departments_kind(last["kind"]):
            # (市城市管理、住房城乡建设、水务等部门, 县级以上地方各级人民政府发展改革、财政等有关部门: the first one's level or
            # place is every one's, h280 F3: the province's own read for a city's)
            level = _kind_level(run[-1][0])
            out.update({at: (level if k < len(run) - 1 else "") + before + "部门" for k, (before, at) in enumerate(run)})
            out[offset] = level + last["kind"] + "部门"
            if not level and (places := _places_of_the_one_worked_with(content, written[: n - len(run)], run[-1][1])) is not None:
                # (县市区发展改革部门会同教育、财政部门: each county's, h297 F5: the city's own, and 株洲市同级教育部门 of 会同同级…)
                out.update({at: places + before.removeprefix("同级") + "部门" for before, at in run})
                out[offset] = places + last["kind"] + "部门"
    return out


def _places_of_the_one_worked_with(content: str, before: list[tuple[str, str, int]], first: int) -> str | None:
    """X会同教育、财政部门, X会同同级教育、财政部门: the places or level X is named by (县市区…, 各县（市、区）…: each of theirs;
    市…: the text's own, after 同级 too), None where X is named by neither or 会同 does not join them."""
    if not before:
        return None
    lead, _, at = before[-1]
    if content[at + len(lead) : first] not in SHARED_PLACES_JOIN or "会同" not in content[at + len(lead) : first]:
        return None
    each = (EACH_PLACES_PREFIX.match(lead) or RANKED_CITIES_PREFIX.match(lead) or LISTED_LEVELS_PREFIX.match(lead)
            or LEVEL_PREFIX.match(lead))
    if each and (_an_organ_by_kind(lead[each.end() :]) or DEPARTMENT_END.search(lead, each.end())):
        return each.group()
    own = OWN_LEVEL_NAMED.match(lead)  # (市发展改革委会同同级教育、财政部门: the text's own, 市教育部门)
    return own.group() if own and content.startswith("同级", first) and (DEPARTMENT_END.search(lead) or re.search(FEDERATION + "$", lead)) else None


# the level before the first of several kinds of department sharing one 部门 (市城市管理、住房城乡建设等部门)
KIND_LEVEL = re.compile(r"(?:县级以上)?(?:地方)?(?:各级)?(?:人民政府)|县级以上|县级|市级|省级|乡级|[省市县区州旗盟](?![（(、级])")


SHARED_DEPARTMENT = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,10}?)(?:等(?:有关|相关)?)?部门")


def _bare_kinds_then_department(names: str) -> bool:
    """市场监督管理、税务、住房和城乡建设等有关部门: kinds of department listed bare, the last naming 部门 for all."""
    items = [item for item, _ in list_items(names)]
    last = SHARED_DEPARTMENT.fullmatch(items[-1]) if len(items) > 1 else None
    return last is not None and all(_a_departments_kind(kind) for kind in [*items[:-1], last["kind"]])


def _a_departments_kind(word: str) -> bool:
    """税务, 市场监督管理: what a department does, named bare (not 各区, 各相关, a place: 各区、各相关部门, the corpus)."""
    hit = gazetteer().match_prefix(word)
    return (len(word) >= 2 and not word.startswith(("各", "有关", "相关", "其他", "其它", "本", "该")) and not ORG_END.search(word)
            and not (hit and hit[1] == word and word not in KINDS_NAMED_AS_PLACES) and _an_organ_by_kind(word + "部门"))


KINDS_NAMED_AS_PLACES = ("公安",)  # (公安、交通运输…等部门: the police's, not 公安县's: the review)


# 各区 / 各县（市、区） opening a distributive unit's name (各区人力资源社会保障部门): the places it names, each their own organ
# (各设区市、县〔市、区〕, 各地级以上市: a blind test, the second organ had been the province's)
# (各设区市民政局、财政局: 民政局 no 市民's, so the places' prefix is whole and 财政局 each place's: h289 F8, 各地财政局 had been read)
EACH_PLACES_PREFIX = re.compile(r"^各(?:设区的?市|省辖市|地级(?:以上)?市|地区?|[县区市州旗盟]|、[县区市州旗盟]|[（(〔][\u4e00-\u9fff、]{1,8}[）)〕])+(?![场域级方]|民(?!政))")  # (not 各市场…, 各市民…; 各地（市）: a blind test)


# 县级农业农村部门、财政部门, 县（区）农业农村局会同财政局: the level's own, each of them (h194: the province's 财政部门)
LEVEL_PREFIX = re.compile(r"^(?:(?:县级|市级|省级)(?:及)?以[上下](?:地方)?(?:人民政府)?|县级|市级|乡级|县（区）|县（市、区）|县（市）|区（县）|市（州）|县\(区\)"
                          r"|区县|县区|县市区"  # (区县经济信息部门会同同级财政部门: 重庆's districts and counties, h277 F4)
                          r"|市州|州市|盟市)"  # (市州商务主管部门会同财政部门、邮政管理部门: the cities' own, h303 F8; it had been the province's)
                          r"(?=[\u4e00-\u9fff])")  # (县级以上农业农村部门、财政部门: 县级以上's, the review)


def _shared_distributive(content: str, written: list[tuple[str, str, int]]) -> dict[int, str]:
    """各区人力资源社会保障部门、财政部门: an organ named bare after a distributive one is each of the same places' (各区财政部门;
    a blind test: the city's own 财政部门), as 省人社厅、财政厅 gives the province's (offset of each bare organ -> the name it
    stands for)."""
    out: dict[int, str] = {}
    prefix, by_level = "", False
    same_level, same_end = "", -1  # the places of the last organ named by them, of any kind (同级 names their level)
    for name, _, offset in written:
        each = (EACH_PLACES_PREFIX.match(name) or RANKED_CITIES_PREFIX.match(name) or LISTED_LEVELS_PREFIX.match(name)
                or LEVEL_PREFIX.match(name) or (DISTRICT_KIND.match(name) if name.endswith("部门") else None))
        # (县级残联会同同级卫生健康部门: a federation's level named by 同级 as a bureau's is, h309 F11: 县级同级卫生健康部门)
        if (named_at := each or OWN_LEVEL_NAMED.match(name)) and (DEPARTMENT_END.search(name, named_at.end()) or re.search(FEDERATION + "$", name)):
            same_level, same_end = named_at.group(), offset + len(name)  # (市畜牧兽医局会同同级财政部门: the text's own 市财政部门)
        if each and _an_organ_by_kind(name[each.end() :]):
            prefix, end, by_level = each.group(), offset + len(name), not EACH_PLACES_PREFIX.match(name)
            continue
        # 设区市交通运输局会同同级财政局: each place's (the sixth review: the province's); after an organ of a kind no table
        # knows too (各县（市、区）畜牧兽医局要会同同级财政部门: h293 F10, the city's own 绥化市同级财政部门)
        if (same_level and name.startswith("同级") and content[same_end:offset] in ("、", *SHARED_PLACES_JOIN)
                and _an_organ_by_kind(name[2:])):
            out[offset] = same_level + name[2:]
            end = same_end = offset + len(name)
            # (县残联会同同级财政部门、民政部门: the kinds listed after it at that level too, h309 F5: the text's place's)
            prefix, by_level = prefix or same_level, True
            continue
        # 县民政局和残联, 市民政局会同残联: a bare federation beside a bureau named by its level is that level's, one beside each
        # bureau as the bureau is its place's (h309 F6: the document's own place's, the province's)
        if (same_level and not prefix and re.fullmatch(FEDERATION, name) and content[same_end:offset] in ("、", *SHARED_PLACES_JOIN)):
            out[offset] = same_level + name
            end = same_end = offset + len(name)
            continue
        joined = content[end:offset] if prefix else ""
        # (a level's: a department only, none called on as all nor a court: 县级农业农村部门、有关部门, 市级…、人民法院: the review)
        if by_level and (not (DEPARTMENT_END.search(name) or re.fullmatch(FEDERATION, name)) or name.startswith(("有关", "相关", "其他", "其它"))):
            prefix = ""
            continue
        # (各市民政局要会同残联…: the cities' federation, each beside its bureau, h309 F6: the province's)
        if (prefix and (joined == "、" or joined in SHARED_PLACES_JOIN and (DEPARTMENT_END.search(name) or re.fullmatch(FEDERATION, name)))
                and len(name) <= ELLIPTIC_ORGAN_CHARS and _an_organ_by_kind(name)
                and LOCAL_DEPARTMENT_END.search(name) and not name.startswith(NOT_EACH_PLACES) and not gazetteer().find_all(name)
                and not ZONE_IN_NAME.search(name)):  # (杨凌示范区人社局: a zone's own, a blind test)
            out[offset] = prefix + name
            end = offset + len(name)
            continue
        prefix = ""
    return out


# 区卫生健康部门、公安部门: a district's (a county's) department by its kind, the bare ones after it the same place's (h320 F3:
# the city's own 公安部门)
DISTRICT_KIND = re.compile(r"^[区县](?![域级])(?=[\u4e00-\u9fff]{2})")
OWN_LEVEL_NAMED = re.compile(r"^(?:省|市(?!场)|县|区(?!域))(?=[\u4e00-\u9fff]{2})")  # 市畜牧兽医局 (not 市场监管局)


# X负责…，会同同级Y / X在…内完成审核，并会同同级Y…: the subject's phrase, then Y named in the same sentence after a comma
WITH_SAME_LEVEL_AFTER_A_PHRASE = re.compile(r"[^。；;！？]*[，,]\s*(?:并|同时)?")


def _same_level_as_the_phrase_before(text: str, start: int, content: str, written: list[tuple[str, str, int]],
                                     previous: tuple[int, list[tuple[str, str, int]]]) -> dict[int, str]:
    """各市交通运输局负责…，会同同级财政部门…: 同级 is the places' the unit of the phrase before names (h291 F6: the province's
    山东省同级财政部门, where 各市交通运输局会同同级财政部门 gave each city's), as _shared_distributive reads it in one group."""
    end, before = previous
    # (由X会同同级Y按项目进度拨付: the units worked with a group of their own right after the lead's, h309 F5)
    if not before or not (WITH_SAME_LEVEL_AFTER_A_PHRASE.fullmatch(text, end, start) or end == start and content.startswith("会同")):
        return _same_level_as_an_organ_before(text, start, written) if text[start - 1 : start] == "由" else {}
    subject = before[-1][0]
    each = (EACH_PLACES_PREFIX.match(subject) or RANKED_CITIES_PREFIX.match(subject) or LISTED_LEVELS_PREFIX.match(subject)
            or LEVEL_PREFIX.match(subject))
    if not each or not (_an_organ_by_kind(subject[each.end() :]) or DEPARTMENT_END.search(subject, each.end())):
        return {}  # (an organ of a kind no table knows too, 各县（市、区）畜牧兽医局: h293 F10)
    if not content.startswith("会同"):
        # 各县市区人力资源和社会保障局负责…，财政局负责…: a department named bare by its kind, the next phrase's subject,
        # is each of the same places' as the one before (h302 F9: the city's own 财政局)
        return {offset: each.group() + name for name, _, offset in written[:1]
                if offset == 0 and len(written) == 1 and BARE_SUBJECT_DUTY.match(content, len(name)) and _an_organ_by_kind(name)
                and not name.startswith(NOT_EACH_PLACES) and not gazetteer().find_all(name)}
    # (…，并会同同级财政、民政部门…: the kinds listed after 同级, 部门 named once for all, each the same places' too, h309 F5)
    out: dict[int, str] = {}
    for n, (name, _, offset) in enumerate(written):
        if n == 0 and not (name.startswith("同级") and content[:offset] == "会同") or n and content[written[n - 1][2] + len(written[n - 1][0]) : offset] != "、":
            break
        kind = name.removeprefix("同级") if n == 0 else name
        if _an_organ_by_kind(kind) and not kind.startswith(NOT_EACH_PLACES) and not gazetteer().find_all(kind):
            out[offset] = each.group() + kind
        elif n + 1 < len(written) and _a_departments_kind(kind):
            out[offset] = each.group() + kind + "部门"
        else:
            break
    return out


BARE_SUBJECT_DUTY = re.compile(r"负责")  # …，财政局负责…: the bare department's own duty
# a level's or places' department named in the text, not as a unit responsible (向所在地县市区人力资源和社会保障局提出申请)
NAMED_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:局|委|部门)")
SENTENCE_STOPS = "。；;！？!?\n"


def _same_level_as_an_organ_before(text: str, start: int, written: list[tuple[str, str, int]]) -> dict[int, str]:
    """…向所在地县市区人力资源和社会保障局提出申请，经审核后由同级财政局拨付…: 同级 is the level of the last department its
    sentence names by a level or by places before it (h302 F9: 株洲市同级财政局, a name no body has), whether that one is
    responsible or not."""
    if not any(name.startswith("同级") for name, _, _ in written):
        return {}
    sentence = max(text.rfind(c, 0, start) for c in SENTENCE_STOPS) + 1
    level, p = None, sentence
    while p < start:
        piece = text[p:start]
        each = (EACH_PLACES_PREFIX.match(piece) or RANKED_CITIES_PREFIX.match(piece) or LISTED_LEVELS_PREFIX.match(piece)
                or LEVEL_PREFIX.match(piece) or OWN_LEVEL_NAMED.match(piece))
        organ = NAMED_DEPARTMENT.match(piece, each.end()) if each else None
        if organ and _an_organ_by_kind(organ.group()):
            level, p = each.group(), p + organ.end()
            continue
        p += 1
    if level is None:
        return {}
    return {offset: level + name[len("同级") :] for name, _, offset in written
            if name.startswith("同级") and offset == 0 and _an_organ_by_kind(name[len("同级") :])}


# 各省辖市科技局会同财政局: each place's department too (h181); not a body of the city's own after 会同 (住房公积金管理中心: the review)
SHARED_PLACES_JOIN = ("和", "及", "会同", "联合", "并会同", "要会同", "应会同", "应当会同", "须会同")  # (…局要会同财政局: h259 F5)
DEPARTMENT_END = re.compile(r"(?:局|委|部门)$")
# a zone named with its place (杨凌示范区人社局; not 新区人社局, each place's new area's: a review)
ZONE_IN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:示范区|新区|开发区|高新区|经开区|实验区|试验区|合作区|园区|保税区|自贸区)")
# a local department's ending (not 国网平凉供电公司, a company: a review); names of bodies no district has one of each
LOCAL_DEPARTMENT_END = re.compile(r"(?:局|委|办|部门|中心|法院|检察院|残联|工会|妇联)$")  # (courts too: a second review)
NOT_EACH_PLACES = ("各", "市", "省", "区", "县", "人民银行", "人行", "中国", "国家", "国网")


def _an_organ_by_kind(name: str) -> bool:
    """人社局, 财政部门, 人力资源社会保障部门: a department named by its kind alone (a known type, or a kind of department;
    not a government nor a zone's committee, bodies of their own beside the departments: 各区人民政府、特定地区管委会)."""
    unit_type = expand(name)[1]
    if unit_type is not None:
        return unit_type.id not in GOVERNMENT_TYPES
    return name.endswith("部门") and 2 < len(name) <= 12


GOVERNMENT_TYPES = {"local-government", LOWER_GOVERNMENTS, "zone-administration"}


def _governments_of_their_kind(content: str, run: list[tuple[str, int, Place]]) -> dict[int, str]:
    """富民县、晋宁区等县（市、区）人民政府: the places' own governments, where the kind they are of follows them."""
    kind = GOVERNMENTS_OF_KIND.match(content, run[-1][1] + len(run[-1][0]) + 1) if run else None
    if not kind or content[kind.start() - 1] != "等":
        return {}
    return {o: (place.plain or place.name) + kind["organ"] for _, o, place in run}


# A needle of each pattern tried at many offsets of a clause, one of which every match holds at or after its start
# (needles.py; a test checks them against generated text): 负责 of a duty, 牵头 of a lead, 会同 of units working
# with others (in WORKS_WITH's lookahead), the colon of a label or of units then their duty.
NEEDLES = {
    LEAD_SENTENCE: ("牵头",), HELPERS_IN_GROUPS: ("牵头",), WORKS_WITH: ("会同",),
    DUTY_SENTENCE: ("负责", "负总责", "统筹", "主体责任"), SHARED_DUTY_LIST: ("负责",), BY_UNITS: ("负责", "统筹"), DUTY_GIVEN: ("负责", "承办", "负总责", "主体责任"),
    COLON_DUTY: ("：", ":"), COLON_DUTY_OF_AN_ITEM: ("：", ":"), LABEL_ANYWHERE: ("：", ":"),
}
