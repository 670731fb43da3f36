"""Document identity: a key per document that never collides, and a hash of its text.

A key is built from what identifies a policy document, never from the name of the file it came
in (``山西_01.txt`` and ``陕西_01.txt`` have one pinyin; two ``notice.txt`` in two folders
have one name):

- with a 文号: the 文号 in pinyin, qualified by the jurisdiction that issued it (its adcode,
  ``cn`` for national bodies) or, when the place is unknown, by a hash of the issuer's name:
  平凉市's 平政发〔2019〕1号 → ``pingzhengfa-2019-1-620800``. The same 文号 from two cities is
  two keys, because two cities number their documents independently.
- without a 文号: ``doc-`` and the start of the content hash, so the same text is the same key.

``assign_keys`` then resolves what one batch and the store hold together: the same text twice is
one document (the second is marked a duplicate), two different texts under one key are both
kept (the second key gets a short hash suffix) with a warning.

Also the loose keys other names are matched or minted by: ``title_key`` (a cited title against a
stored one) and ``unit_key`` (an organisation's IRI).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from .model import Document
from .places import gazetteer

NATIONAL = "中国"
WHITESPACE = re.compile(r"\s+")
NOT_SLUG = re.compile(r"[^0-9a-z]+")
HASH_KEY_CHARS = 12  # hex digits of the content hash in a key: 48 bits
KEY_CLASH = "is held by a different text; kept both"
SUFFIX_CHARS = 6  # hex digits added to a key already held by another text


def content_hash(text: str) -> str:
    """SHA-256 of ``text`` in a canonical form: NFKC, no whitespace.

    Line breaks, indentation and full-width/half-width forms do not change it, so one document
    extracted twice with different line breaks has one hash.
    """
    canonical = WHITESPACE.sub("", nfkc(text))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


NOT_IDEOGRAPHS = re.compile(r"[^\u4e00-\u9fff]+")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, normalising only what lies between runs of CJK
    ideographs (2-3× faster on a Chinese text): an ideograph of U+4E00–U+9FFF is its own NFKC
    form, a starter, and never the second of a composed pair, so normalisation never crosses it."""
    return NOT_IDEOGRAPHS.sub(lambda m: m.group() if m.group().isascii() else unicodedata.normalize("NFKC", m.group()), text)


@lru_cache(maxsize=4096)  # a key's issuer: a few hundred abbreviations (国办发, 人社部发 …) over a corpus
def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-`` (Chinese in toneless pinyin)."""
    # imported on first use: pypinyin's phrase tables take ~56 MB, which a server that only
    # reads (and never mints a key) need not hold
    from pypinyin import lazy_pinyin

    return NOT_SLUG.sub("-", "".join(lazy_pinyin(text)).lower()).strip("-")


def document_key(doc: Document) -> str:
    """The key of ``doc`` before collisions with other documents are looked at."""
    number = doc.doc_number
    if number is None:
        if not doc.content_sha256:
            raise ValueError(f"{doc.source_path}: a document without a 文号 needs its content_sha256 for a key")
        return f"doc-{doc.content_sha256[:HASH_KEY_CHARS]}"
    base = "-".join(str(part) for part in (slug(number.issuer_abbr), number.year, number.number) if part)
    qualifier = jurisdiction_code(doc)
    return f"{base}-{qualifier}" if qualifier else base


# A 文号: 沪商自贸〔2023〕132号, with [] () （） 【】 brackets, spaces and 第 (its abbreviation's characters, year, number)
# (possessive: no ideograph can follow the issuer's abbreviation, so giving some back never helps;
# trying it at every ideograph of a clause had been most of the time spent finding references)
DOC_NUMBER_RE = re.compile(
    r"(?P<abbr>[\u4e00-\u9fff]{1,14}+)\s*[〔\[［（(【]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]］）)】]\s*第?\s*(?P<num>\d{1,4})\s*号"
)



# Characters that cannot be inside an issuer abbreviation: the abbreviation starts after them.
# (经 as in 经…同意, not the 经 of 经信, 经开, 经济: 川经信规, 市经信委; 中 as in 文件中, not the 中 of 中级法院, 中发: 昆中法发)
# (…的通知 云政办发〔2019〕15号, a table's row: a title's end, h191)
# (文 only in 文件: 赣文发, 湘文旅发, 湘文物发 are the culture departments', h294 F1: cut to 发, 文旅发, 物发)
ABBR_STOP = re.compile(r".*(?:[的和及与照据行实彻按在对于为是见即以将由自年号件》]|文件|文(?![发旅物化广])|中(?![法级发办])|经(?![信开济贸])|通知|意见|办法|方案|措施|细则|批复)")
# Abbreviations that open with a character that otherwise stops one (中 in 文件中, 自 in 自…起, 文 in 文件)
STOP_OPENS_ABBR = ("中发", "中办发", "中组发", "中宣发", "中编办", "中国银保监", "中国人民银行", "中国证监", "中央", "自然资", "文旅",
                   "文化和旅游")


# 省政府办公厅闽政办〔2023〕6号文件, 国务院办公厅国办发〔2022〕30号, 市委、市政府南委发〔2023〕2号: the issuer's name written
# before its number's abbreviation, the abbreviation after it (h314 F2: one with the name); the abbreviation opens with its
# place's character (闽, 国, 南), not 办发 or 政 (市委办发 is one abbreviation)
ISSUER_BEFORE_ABBR = re.compile(r"(?:[^、]*、)?(?:(?:省|市|县|区|州|盟|国务院|国家|中共)[\u4e00-\u9fff]{0,10}?"
                                r"(?:办公厅|办公室|人民政府|政府|厅|局|委员会|委)){1,3}(?=[\u4e00-\u9fff]{2})(?![办发政字函委])")


BARE_COMMITTEE_LAST = re.compile(r"(?:^|、|办公厅|办公室|政府|厅|局|委员会|委)[省市县区州盟]委$")


def abbreviation_cut(abbr: str) -> int:
    """Where an issuer's abbreviation starts in the run of ideographs before a 文号's year."""
    stop = ABBR_STOP.match(abbr)
    cut = stop.end() if stop else 0
    if cut and abbr.startswith(STOP_OPENS_ABBR, cut - 1):  # 贯彻中发〔2022〕14号: 中发, not 发
        cut -= 1
    named = ISSUER_BEFORE_ABBR.match(abbr, cut)
    # (区委组发, 县委宣发, 市委农办发: a bare 区委 / 县委 opens the committee's own abbreviation, no name before it: the review,
    # 市委农办发〔2023〕3号 cut to the ministry's 农办发〔2023〕3号)
    if named is None or BARE_COMMITTEE_LAST.search(abbr[cut : named.end()]):
        return cut
    return named.end()


def abbreviation_start(m: re.Match) -> int:
    abbr = m.group("abbr")
    cut = abbreviation_cut(abbr)
    cut = cut if cut < len(abbr) else 0
    cut = max(cut, len(abbr) - 8)
    return m.start("abbr") + cut


# 关于转发《…》的通知, 湖北省人民政府办公厅转发省发展改革委等部门关于…的通知, 海关总署转发…: a notice passing on the text its
# title names (转发 before any cited title)
FORWARDING_TITLE = re.compile(r"^[^《〈]*转发")


def forwards_by_title(title: str) -> bool:
    """Whether a title is a forwarding notice's, whose title key is the forwarded text's (title_key drops 转发)."""
    return bool(FORWARDING_TITLE.match(re.sub(r"\s", "", title)))


# …的通知（节选）: how a compilation prints a part of the text; the title it names, and is cited by, is the whole one's (h323 F9)
EXCERPT_NOTE = re.compile(r"\s*[（(]\s*(?:节选|摘录|摘编)\s*[）)]\s*$")


def title_key(title: str) -> str:
    """A loose key for matching titles: no issuer prefix, no 的, no punctuation or spaces (a title inside a cited title
    is written 〈…〉: 《…关于修改〈…条例〉的决定》 is the decision titled …关于修改《…条例》的决定; an excerpt's note dropped)."""
    t = re.sub(r"[\s《》〈〉“”\"'（）()、，,·]", "", EXCERPT_NOTE.sub("", title))
    if "关于" in t:
        t = t[t.index("关于") + 2 :]
    t = re.sub(r"^(?:印发|转发)", "", t)
    t = re.sub(r"的(?:通知|函)$", "", t)
    return t.replace("的", "")


def unit_key(canonical: str) -> str:
    """A stable short id for an organisation, from its canonical name."""
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:12]


def jurisdiction_code(doc: Document) -> str | None:
    """``cn`` for national bodies, the place's adcode, else ``i`` + a hash of the issuer's name."""
    if doc.level == "national" or doc.jurisdiction == NATIONAL:
        return "cn"
    if doc.jurisdiction:
        place = gazetteer().lookup(doc.jurisdiction)
        if place is not None:
            return place.adcode
    if doc.issuer:
        return "i" + hashlib.sha256(doc.issuer.encode("utf-8")).hexdigest()[:SUFFIX_CHARS]
    return None


def assign_keys(documents: list[Document], taken: dict[str, str], previous: dict[int, str] | None = None) -> list[str]:
    """Give each document a key no other text holds; returns one warning line per event.

    ``taken`` maps key -> content_sha256 of the documents already stored; the documents of this
    batch are added to it as they get their key (so it is mutated). Each ``doc.key`` and
    ``doc.duplicate_of`` is set afresh, so keys can be assigned again to the same documents. A
    document whose text is already held is marked ``doc.duplicate_of`` (the key holding it) and
    keeps that key; the caller stores it once.

    ``previous`` maps ``id(doc)`` -> the key the document's earlier version holds (a file stored
    again, edited or re-parsed): the document keeps it when it is still its key or a suffixed form
    of it and no other text holds it, whatever the order of the batch. Otherwise two documents
    with one 文号 would trade keys when their files are stored again in another order.
    """
    for doc in documents:
        if not doc.content_sha256:
            raise ValueError(f"{doc.source_path}: document has no content_sha256; cannot give it a key")
    warnings: list[str] = []
    holder_of = {sha: key for key, sha in taken.items()}
    kept = _kept_keys(documents, taken, holder_of, previous or {})
    for doc in documents:
        key = document_key(doc)
        doc.duplicate_of = None
        doc.warnings[:] = [w for w in doc.warnings if KEY_CLASH not in w]  # from an earlier assignment
        if id(doc) in kept:
            doc.key = kept[id(doc)]
            continue
        held_by = holder_of.get(doc.content_sha256)
        if held_by is not None:
            doc.key, doc.duplicate_of = held_by, held_by
            warnings.append(f"{_where(doc)}: same text as document {held_by}; stored once")
            continue
        if key in taken:
            wanted, key = key, _free_key(key, doc.content_sha256, taken)
            number = doc.doc_number.text if doc.doc_number else "no 文号"
            line = f"{_where(doc)}: key {wanted} ({number}) {KEY_CLASH}, this one as {key}"
            doc.warnings.append(line)
            warnings.append(line)
        doc.key = key
        taken[key] = doc.content_sha256
        holder_of[doc.content_sha256] = key
    return warnings


def _kept_keys(documents: list[Document], taken: dict[str, str], holder_of: dict[str, str], previous: dict[int, str]) -> dict[int, str]:
    """id(doc) -> its earlier key, for documents that keep it; reserved in ``taken`` and ``holder_of``."""
    kept: dict[int, str] = {}
    for doc in documents:
        old = previous.get(id(doc))
        if old is None or old in taken or doc.content_sha256 in holder_of:
            continue
        key = document_key(doc)
        if old == key or old.startswith(f"{key}-"):
            kept[id(doc)] = old
            taken[old] = doc.content_sha256
            holder_of[doc.content_sha256] = old
    return kept


def _free_key(key: str, sha: str, taken: dict[str, str]) -> str:
    """``key`` with a suffix from the text's hash, lengthened until no other text holds it."""
    for length in range(SUFFIX_CHARS, len(sha) + 1):
        candidate = f"{key}-{sha[:length]}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"no free key for {key}: the same content hash is held under every suffix")


def _where(doc: Document) -> str:
    title = f" 《{doc.title}》" if doc.title else ""
    return f"{doc.source_path}{title}"
