"""The ingest result: plain dataclasses, independent of RDF.

Every extracted value carries a ``Span``: the text exactly as written in the source file and its
character offsets in the decoded source text (``source_text[start:end] == text``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class DocNumber:
    """A 文号 such as 国办发〔2020〕27号, parsed; or an order's number (四川省人民政府令第362号), counted on without years."""

    text: str  # canonical form, with 〔〕 brackets
    issuer_abbr: str  # 国办发
    year: int | None  # None for an order's number, which has none (四川省人民政府令第362号)
    number: int


@dataclass
class Reference:
    """A citation of another document by 《title》 and/or 文号."""

    span: Span
    title: str | None
    doc_number: DocNumber | None
    relation: str  # "cites" | "applies" (贯彻落实) | "based_on" (根据) | "repeals" (…同时废止) | "amends" (…修改为…) | "forwards"


@dataclass
class UnitMention:
    span: Span
    name: str  # as written, normalised (全角 brackets, no spaces)
    role: str  # "lead" | "co" | "inherited"
    canonical: str = ""  # full name in its jurisdiction, e.g. 平凉市人力资源和社会保障局
    unit_type: str | None = None  # functional type id, e.g. "hrss"
    level: str | None = None  # national | provincial | municipal | county
    jurisdiction: str | None = None  # place name the unit belongs to
    # an inherited unit's role where it was written (（一）市场准入（X牵头） over items 1. 2.: X leads them): lead or co;
    # None for a document rule's (…下同, 以下不再列出)
    inherited_as: str | None = None


@dataclass
class ConceptMention:
    span: Span
    concept: str  # vocabulary id


@dataclass
class Amount:
    span: Span
    value: float  # in its currency: yuan unless ``currency`` says otherwise
    bound: str  # "exact" | "max" | "min"
    payment_unit: str | None  # per-person-month, one-off, ...
    instrument: str | None = None
    group: str | None = None
    threshold: bool = False  # a condition or target (营业收入2000万元以上的企业), not a payment
    superseded: bool = False  # the standard a change replaces (由每人每月1000元提高至1500元: 1000元)
    currency: str = "CNY"  # ISO 4217: CNY for 元, USD for 美元 (实际使用外资1000万美元以上)


@dataclass
class Rate:
    span: Span
    percent: float
    bound: str
    instrument: str | None = None
    threshold: bool = False  # a condition or target (裁员率不高于5.5%), not a payment rate
    superseded: bool = False  # the rate a change replaces (比例由现行25%增加到50%: 25%)
    unit: str = "percent"  # or "percentage-point": a change or gap (利率下降0.5个百分点; 150BP is 1.5)


@dataclass
class Period:
    span: Span
    kind: str  # "interval" | "from" | "deadline" | "duration" | "ongoing" | "recurring" (duration: how often)
    begin: dt.date | None = None
    end: dt.date | None = None
    duration: str | None = None  # xsd:duration, e.g. P12M
    working_days: bool = False
    bound: str = "exact"  # for durations: max / min / exact
    superseded: bool = False  # the time a change replaces (由45个工作日压缩至20个工作日: 45个工作日)


@dataclass
class Clause:
    path: str  # "3.6": position in the numbering tree, unique in the document
    number: str  # as printed: （六）
    heading: str  # first sentence, or the heading line
    text: str  # full normalised text
    span: Span
    parent_path: str | None = None
    units: list[UnitMention] = field(default_factory=list)
    beneficiaries: list[ConceptMention] = field(default_factory=list)
    instruments: list[ConceptMention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    rates: list[Rate] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)


@dataclass
class Section:
    path: str
    number: str
    heading: str
    span: Span
    parent_path: str | None = None


@dataclass
class Segment:
    """Text that is not a clause: preamble, closing, notice body."""

    kind: str  # "preamble" | "closing"
    text: str
    span: Span
    periods: list[Period] = field(default_factory=list)  # what a notice's preamble sets due (请于…前报送), not its term


@dataclass
class Document:
    key: str  # stable id, unique in the corpus: slug of the 文号, else of the file name
    source_path: str
    source_sha256: str
    title: str
    title_span: Span | None
    doc_number: DocNumber | None = None
    issuer: str | None = None
    date: dt.date | None = None
    jurisdiction: str | None = None  # 平凉市 / 辽宁省 / 中国
    province: str | None = None
    level: str | None = None  # national | provincial | municipal | county
    alternative_title: str | None = None
    sections: list[Section] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)  # document-level (preamble)
    forwards: list[str] = field(default_factory=list)  # keys of the documents this notice forwards (转发), in print order
    inferred: dict[str, str] = field(default_factory=dict)  # field -> how it was inferred
    issuers: list[str] = field(default_factory=list)  # joint issuers, in the order written (issuer is the first)
    # each issuer as an organisation, resolved as a unit in the text is (省发展改革委 → 湖北省发展和改革委员会), so that its
    # node is the one its clauses' units name: (as written, canonical, unit type, level, jurisdiction)
    issuer_units: list[tuple[str, str, str | None, str | None, str | None]] = field(default_factory=list)
    effective_date: dt.date | None = None  # 自印发之日起施行, 自X起施行
    expiry_date: dt.date | None = None  # 有效期至…, 有效期N年
    source_range: tuple[int, int] | None = None  # its characters in the source file (a compilation holds many)
    content_sha256: str = ""  # hash of its own normalised text: identity when there is no 文号
    warnings: list[str] = field(default_factory=list)  # numbering gaps, duplicate 文号, inferred parts
    duplicate_of: str | None = None  # key of the document holding the same text (set by identity.assign_keys)
