"""Properties of the structure parser and the unit extractor over arbitrary text: no crash, spans
that point into the source, clause paths unique and in document order."""
import datetime as dt
from collections import Counter
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from policykg.ingest import amounts, metadata, periods, units
from policykg.ingest.model import Span
from policykg.ingest.normalize import (
    LIST_LOOK_AHEAD,
    SPACE_RUN,
    _is_page_mark,
    _times_written,
    _without_row_numbers,
    split_paragraphs,
)
from policykg.ingest.pipeline import parse_file
from policykg.ingest.places import gazetteer
from policykg.ingest.reading import CONTROL_BYTES, _looks_binary
from policykg.ingest.structure import join_paragraphs, parse_structure, path_key
from policykg.ingest.units import (
    ASSIGNMENT_NEEDLES,
    CLOSING,
    OPENING,
    DocContext,
    ResponsibilityState,
    _depths,
    _lead_sentences,
    _line_starts,
    _without_breaks,
    extract_units,
    split_top_level,
)

# Pieces of real documents, so that generated text is full of numbering and responsibility forms.
PIECES = [
    "一、", "二、", "十一、", "一百零五、", "（一）", "（二十一）", "(三)", "1.", "2．", "3﹒", "4、", "45.", "（1）", "(2)", "①", "②",
    "第一章", "第二十条", "第三节", "附件", "附件1：", "# Page 980:", "\n", "\n\n", "。", "；", "，", "：", "、",
    "（责任单位：", "（责\n任单位：", "牵头单位：", "配合单位：", "）", "〔", "〕", "（", "市人社局", "省发展改革委",
    "各市〔州〕、县〔市、区、特区〕人民政府", "牵头", "按职责分工负责", "负责", "排名第一位的为牵头单位", "以下均需各县区政府落实，不再列出",
    "加强就业服务", "按每人每月1500元给予补贴", "（2023年6月20日）", "本意见自印发之日起施行。", "某某市人民政府", "2023年5月26日",
]
MARKERS = [p for p in PIECES[:20]] + [""] * 5
LINE = st.tuples(st.sampled_from(MARKERS), st.lists(st.sampled_from(PIECES[20:]) | st.text(max_size=6), max_size=6).map("".join))
DOCUMENTISH = st.lists(LINE.map("".join), max_size=40).map("\n".join)
ANY_TEXT = st.text(max_size=400)
CTX = DocContext(gazetteer().lookup("平凉市"), gazetteer().lookup("甘肃省"), "municipal")


def check_structure(source: str) -> None:
    structure = parse_structure(split_paragraphs(source))
    paths = [n.path for n in structure.nodes]
    assert len(set(paths)) == len(paths)
    assert sorted(paths, key=path_key) == paths
    for node in structure.nodes:
        joined = join_paragraphs(node.paragraphs)
        span = joined.span(source)
        assert 0 <= span.start <= span.end <= len(source) and source[span.start : span.end] == span.text
        assert joined.text.startswith(node.marker.printed)


def check_units(text: str) -> None:
    state = ResponsibilityState()
    for _ in range(2):  # a second clause sees the rules the first one stated
        for m in extract_units(text, lambda s, e: Span(s, e, text[s:e]), state, CTX):
            assert 0 <= m.span.start <= m.span.end <= len(text)
            assert m.role in {"lead", "co", "inherited"} and m.name and m.canonical


@settings(max_examples=300, deadline=None)
@given(DOCUMENTISH)
@example("①\n# Page 980:")  # ① isdigit(), which int() refuses: had crashed the splitter's look for a folio
def test_structure_of_document_like_text(source):
    check_structure(source)


DATE_FORMS = ["{y}年{m}月{d}日前完成", "每月{d}日前报送", "每年{m}月{d}日前报送", "每季度首月{d}日前", "每半年末月{d}日前",
              "{y}年{m}月底前", "{y}年第一季度", "自{y}年{m}月{d}日起施行，有效期至{y}年{m}月{d}日", "{y}年{m}月{d}日至{y}年{m}月{d}日",
              "有效期{d}年", "{y}年至{y}年", "{y}年上半年", "截至{y}年{m}月", "{y}年{m}月上旬前", "每年{m}月底前", "（{y}年{m}月{d}日）"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DATE_FORMS), st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99),
       st.none() | st.dates(), st.booleans())
@example("每月{d}日前报送", 2023, 1, 0, dt.date(2023, 5, 1), False)  # had crashed: no day 0
@example("每季度首月{d}日前", 2023, 1, 30, dt.date(9999, 12, 1), False)  # had crashed: past year 9999
def test_periods_and_dates_of_any_numbers_never_crash(form, year, month, day, issued, padded):
    """Dates as extraction leaves them (a digit lost or doubled, 0月, 2月30日, 0000年, a document dated 9999年): read or
    left, never an error that fails the file."""
    text = "各单位" + form.format(y=f"{year:04d}" if padded else year, m=month, d=day) + "。"
    for p in periods.extract_periods(text, lambda s, e: Span(s, e, text[s:e]), issued):
        assert 0 <= p.span.start <= p.span.end <= len(text)
    metadata.parse_date(text)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_structure_of_any_text(source):
    check_structure(source)


@settings(max_examples=300, deadline=None)
@given(DOCUMENTISH)
def test_units_of_document_like_text(text):
    check_units(text)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_units_of_any_text(text):
    check_units(text)


SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("00*.txt"))


@st.composite
def mutated_seed(draw):
    """A real document as a worse PDF extraction might give it: lines broken, dropped, page markers."""
    lines = draw(st.sampled_from(SEEDS)).read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(0, 12))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["break", "marker", "drop", "space"]))
        line = lines[i]
        cut = draw(st.integers(0, len(line)))
        if action == "break":
            lines[i : i + 1] = [line[:cut], line[cut:]]
        elif action == "marker":
            lines.insert(i, f"# Page {draw(st.integers(1, 2000))}:")
        elif action == "drop" and len(lines) > 5:
            del lines[i]
        else:
            lines[i] = line[:cut] + " " + line[cut:]
    return "\n".join(lines)


@settings(max_examples=25, deadline=None)
@given(mutated_seed())
def test_mutated_real_documents(source):
    check_structure(source)
    for line in source.splitlines():
        check_units(line)


def _row_numbers_by_every_pair(lines: list[str], marks: list[int]) -> list[int]:
    numbers = {i: int(lines[i].strip()) for i in marks if lines[i].strip().isdigit()}
    rows = {i for i in numbers for j in numbers if 0 < abs(j - i) <= LIST_LOOK_AHEAD and numbers[j] - numbers[i] == (1 if j > i else -1)}
    return [i for i in marks if i not in rows]


@given(st.lists(st.sampled_from(["1", "2", "3", "4", "12", "13", "文字", "", "- 3 -"]), max_size=80))
def test_row_numbers_are_those_of_a_comparison_of_every_pair(lines):
    """The page-mark filter looks only a few lines ahead (it had compared every pair: quadratic)."""
    marks = [i for i, line in enumerate(lines) if _is_page_mark(line)]
    assert _without_row_numbers(lines, marks) == _row_numbers_by_every_pair(lines, marks)


def _depths_by_every_character(text: str) -> list[int]:
    out, depth = [0], 0
    for ch in text:
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING and depth:
            depth -= 1
        out.append(depth)
    return out


@given(st.lists(st.sampled_from([*OPENING, *CLOSING, "市", "局", "，"]) | st.text(max_size=3), max_size=60).map("".join))
def test_bracket_depths_are_those_of_a_walk_over_every_character(text):
    assert _depths(text) == _depths_by_every_character(text)


def _split_by_every_character(text: str, separators: str) -> list[str]:
    parts, depth, current, quoted = [], 0, [], False
    for ch in text:
        if ch == '"':  # straight quotes open and close alike: no separator inside them
            quoted = not quoted
        elif ch in OPENING:
            depth += 1
        elif ch in CLOSING and depth:
            depth -= 1
        if ch in separators and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


BRACKETED_LISTS = st.lists(st.sampled_from([*OPENING, *CLOSING, "、", "，", ",", "；", "。", " ", "市", "局", '"']) | st.text(max_size=3),
                           max_size=60).map("".join)


@given(BRACKETED_LISTS, st.sampled_from(["、，,", "。；;", "，,；;。", "；—－"]))
@example('"、', "、，,")
def test_top_level_split_is_that_of_a_walk_over_every_character(text, separators):
    """The split visits only brackets and separators (it had walked every character)."""
    assert split_top_level(text, separators) == _split_by_every_character(text, separators)


@given(st.lists(st.sampled_from(["\n", " ", "\u3000", "# Page 3:", "市", "局", "，"]) | st.text(max_size=3), max_size=40).map("".join))
def test_line_starts_are_those_of_a_walk_over_every_character(text):
    """Where a line opens in the text without breaks, found by bisection per line break."""
    clean, where = _without_breaks(text)
    assert _line_starts(text, where) == frozenset(i for i, o in enumerate(where) if o == 0 or text[o - 1] == "\n")


DATE_PIECES = ["2023", "年", "12", "月", "31", "日", "底", "末", "前", "以前", "起", "开始", "至", "—", "自本通知印发之日起", "上半年", "本通知", "有效期", "执行期限", "施行", "实施",
               "第三季度", "次年", "3", "个月", "工作日", "周", "天", "半", "以内", "，", "。", "完成", " "]


MONEY_PIECES = ["1", "500", "2.5", "三", "万", "千", "元", "%", "-", "—", "至", "/", "3", "分之", "百分之", "千分之", "十", "，", " "]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(DATE_PIECES + MONEY_PIECES) | st.text(max_size=2), max_size=30).map("".join))
@example("三分之二、百分之五、千分之五、万分之三、1/3、2023年12月31日前、自2024年起、2024年3月开始、自本通知印发之日起、自发布之日起施行、上半年前完成、3个工作日内、1000—3000元、5%-10%")
def test_every_value_pattern_match_holds_one_of_its_needles(text):
    """A value pattern is not tried on a clause without its needles (needles.py): sound only if
    every match holds one."""
    for pattern, needles in {**periods.NEEDLES, **amounts.NEEDLES, **metadata.NEEDLES}.items():
        for m in pattern.finditer(text):
            assert any(needle in m.group() for needle in needles), (pattern.pattern, m.group())


LINE_PIECES = st.sampled_from(["", " ", "\u3000", "\t", "某某市公报", "某某 市公报", "第3期", "- 3 -", "\n"])


@given(st.lists(st.lists(LINE_PIECES, max_size=4).map("".join), max_size=30), st.sets(st.lists(LINE_PIECES, max_size=3).map("".join).map(lambda t: SPACE_RUN.sub("", t))))
def test_times_written_are_those_of_counting_every_line(lines, texts):
    """Running heads' counts compare only lines that may hold one (they had counted every line)."""
    every = Counter(SPACE_RUN.sub("", line) for line in lines)
    assert _times_written(lines, texts) == {text: every[text] for text in texts}


@given(st.binary(max_size=300))
def test_control_bytes_are_those_of_a_walk_over_every_byte(raw):
    """A file's control bytes counted by ``bytes.translate`` (they had been counted in Python)."""
    control = sum(1 for b in raw if b < 9 or 13 < b < 32)
    assert len(raw) - len(raw.translate(None, CONTROL_BYTES)) == control
    assert _looks_binary(raw) == (b"\x00" in raw or control > len(raw) * 0.01)


ORGAN_PIECES = ["市", "人社局", "财政", "局", "委", "办", "人民银行", "分行", "支行", "海关", "机关", "兵团", "第十二师", "团", "（", "）", "(", ")",
                "省", "市场监管局", "政府", "各", "区", "、", "县", "公司", "中心", "行", "关", "师", "区属国有企业", "国企"]


@given(st.lists(st.sampled_from(ORGAN_PIECES) | st.text(max_size=2), max_size=12).map("".join))
@example("人社局\n市")  # a line break after a name: ORGAN_END_RE's $ had matched before it (CI, 2026-12-06)
def test_an_organs_name_ends_only_at_one_of_the_characters_looked_at(text):
    """Cells are cut only where a name may end (tables.ORGAN_LAST_CHARS): sound only if no name ends elsewhere."""
    from policykg.ingest.tables import ORGAN_LAST_CHARS, _name_ends_before

    for i in range(len(text)):
        if _name_ends_before(text, i):
            assert text[i] in ORGAN_LAST_CHARS, (text, i)


# small files of corpus/ whose clauses hold sentences that assign units (X牵头，Y配合; X负责…)
ASSIGNING = [Path(__file__).resolve().parent.parent / "corpus" / name for name in
             ("上海_02.txt", "北京_03.txt", "宁夏_02.txt", "山西_07.txt", "海南_02.txt", "河北_03.txt")]
ASSIGNMENT_PIECES = ["市人社局", "市财政局", "各区人民政府", "省", "局", "、", "，", "。", "；", "由", "配合", "协助", "参与", "落实",
                     "做好", "抓好", "指导", "按", "分工", "具体", "实施", "等部门", "各地", "请", "（一）", "1.", "【", "】", "（", "）",
                     "2024年6月底前，", "的，", "会议明确，", "一是", "答", "①", "办理", "工作", "要求", "任务",
                     # the needles themselves, taken out of the text by the test (what the mutation of a needle list leaves)
                     *ASSIGNMENT_NEEDLES, "按职责分工", "按照职责做好相关工作", "做好相关工作"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(ASSIGNMENT_PIECES) | st.text(max_size=2), max_size=30).map("".join),
       st.sets(st.integers(0, 60)))
@example("市人社局牵头，市财政局配合。市人社局负责审核。市人民政府负总责。市人社局会同市财政局制定办法。由市人社局统筹，各区人民政府具体实施。"
         "市财政局、市税务局按职责分工做好相关工作。市人社局：做好就业工作。市财政局:做好资金保障。", {0})
def test_no_assignment_is_read_from_a_text_without_its_needles(text, line_starts):
    """``responsibility_groups`` skips ``_lead_sentences`` on a clause holding none of ASSIGNMENT_NEEDLES: sound only if
    the function finds nothing there."""
    assert _lead_sentences(_without_needles(text), frozenset(line_starts)) == []


def test_no_assignment_is_read_from_real_clauses_with_their_needles_taken_out():
    """The same on real clauses, some of which hold assignments before their needles go."""
    texts = [c.text for f in ASSIGNING for d in parse_file(f) for c in d.clauses]
    assert sum(bool(_lead_sentences(t, frozenset({0}))) for t in texts) > 0  # the function reads assignments there
    for text in texts:
        assert _lead_sentences(_without_needles(text), frozenset({0})) == [], text


def _without_needles(text: str) -> str:
    """``text`` with every needle taken out, again until none is left (taking 职责 out of 牵职责头 makes a 牵头)."""
    while any(needle in text for needle in ASSIGNMENT_NEEDLES):
        for needle in ASSIGNMENT_NEEDLES:
            text = text.replace(needle, "")
    return text


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*ASSIGNMENT_PIECES, "牵头单位", "责任单位：", "配合单位", "分工负责", "负总责", "为牵头单位"])
                | st.text(max_size=2), max_size=30).map("".join))
# one form a text, so that each needle is the only one the text holds
@example("市人社局牵头，市财政局配合。")
@example("由市人社局负责。")
@example("市人民政府负总责。")
@example("市人社局会同市财政局制定办法。")
@example("由市人社局统筹，各区具体实施。")
@example("市人社局：做好就业工作。")
@example("市财政局:做好资金保障。")
@example("牵头单位：市人社局")
@example("牵头单位:市人社局")
@example("各县（市、区）人民政府，市各有关部门按职责分工负责。")
def test_every_assignment_pattern_match_has_a_needle_after_its_start(text):
    """An assignment pattern is tried at an offset only where one of its needles follows (units.NEEDLES, match_at):
    sound only if every match has one at or after its start (WORKS_WITH's 会同 is in its lookahead)."""
    for pattern, needles in units.NEEDLES.items():
        for at in range(len(text)):
            m = pattern.match(text, at)
            assert not m or any(needle in text[at:] for needle in needles), (pattern.pattern[:80], text[at:])


@given(st.text(alphabet="二〇○一三九十年月日前于至2O3 ，", max_size=40))
@example("于二〇二三年十月一日至十二月三十一日前")
def test_a_rewritten_texts_characters_each_point_into_the_original_in_order(text):
    """offsets.rewrite (Chinese-numeral dates read in digits): one index per character of the result, in order, each
    inside the text; a character kept, and each 年 / 月 / 日 written, points at itself, so a span found in the result
    is the same span of the original, its last character included."""
    from policykg.ingest.offsets import rewrite
    result, where = rewrite(periods.CN_DATE, text, periods._in_digits)
    assert len(where) == len(result)
    assert where == sorted(where) and all(0 <= w < len(text) for w in where)
    assert all(result[k] == text[w] for k, w in enumerate(where) if not result[k].isdigit())
