"""Payment tables flattened a cell per line, their figures bare under a header naming 元 (figures.py)."""
from conftest import parse_text
from policykg.ingest.normalize import split_paragraphs

GRADES = ("（一）取得相应等级证书的，按以下标准给予补贴：\n职业（工种）\n等级\n补贴标准（元/人）\n电工\n五级/初级工\n1000\n电工\n"
          "四级/中级工\n1500\n12\n# Page 13:\n职业（工种）\n等级\n补贴标准（元/人）\n焊工\n五级/初级工\n2 000\n"
          "（二）取得专项职业能力证书的，按每人500元给予补贴。\n")


def test_each_row_of_a_payment_table_reads_as_a_sum_paid():
    """z228, z243: the figures had named no money (the 元 is the header's), so none was an amount; each row now reads
    电工，五级/初级工：1000元/人, the header repeated atop the next page and the page's number left out."""
    assert [p.text for p in split_paragraphs(GRADES)] == [
        "（一）取得相应等级证书的，按以下标准给予补贴：", "职业（工种）等级补贴标准（元/人）",
        "电工，五级/初级工：1000元/人", "电工，四级/中级工：1500元/人", "焊工，五级/初级工：2 000元/人",
        "（二）取得专项职业能力证书的，按每人500元给予补贴。"]


def test_the_sums_of_a_payment_table_and_their_offsets(tmp_path):
    """The clause holds each row's sum, per person as the header says; each sum's span is its figure as printed."""
    text = "关于做好技能提升补贴工作的通知\n" + GRADES
    clause = parse_text(tmp_path, text).clauses[0]
    assert [(a.value, a.bound, a.payment_unit) for a in clause.amounts] == [
        (1000.0, "exact", "per-person"), (1500.0, "exact", "per-person"), (2000.0, "exact", "per-person")]
    assert [text[a.span.start : a.span.end] for a in clause.amounts] == ["1000", "1500", "2 000"]


def test_a_table_of_counts_or_prose_is_no_payment_table():
    """A header whose last cell names no money (名额（个）), or a single row, is left as it was."""
    counts = "区域\n类别\n名额（个）\n东城区\n初级\n3\n西城区\n初级\n5\n"
    assert not any("：" in p.text for p in split_paragraphs(counts))
    single = "职业\n补贴标准（元）\n电工\n1000\n（二）其他人员不予补贴。\n"
    assert not any(p.text.endswith("元") for p in split_paragraphs(single))
