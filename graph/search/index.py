"""Hybrid clause search over the search projection (see ``projection.py`` for how it is built).

An opened index is an immutable snapshot: searches share it without a lock, and the query is
encoded before any index data is touched. Ranking: BM25 (bm25s over rjieba tokens of the
passage: clause text with its document title, place and headings), BM25 of the clause's best
sentence (with the same title and headings: a long clause whose one sentence answers is not lost
among shorter ones) and dense cosine (e5) are each cut to their top candidates among the records
that pass the filters, fused by weighted reciprocal rank, boosted by the units and years the
query names, and diversified so that one document cannot fill the top k.
"""
from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson
from policykg.ingest.identity import DOC_NUMBER_RE
from policykg.ingest.vocab import concepts_near

from ..errors import IndexUnavailable
from ..reads import clause_label
from .ann import ANN_FILE, ann_search, open_ann
from .columns import Columns
from .columns import opened as opened_columns
from .facets import SearchFilters, enclosing_city, short_place
from .postings import PostingIndex
from .records import RecordFile
from .spans import answer_span, figure_asked, snippet  # noqa: F401 - snippet is part of this module's API
from .tokenize import ChineseTokenizer
from .understand import Understood, content_words, document_asked_for, find_everyday_words, simplified, understand
from .vectors import score as vector_score
from .vectors import scores as vector_scores

log = logging.getLogger(__name__)
DOC_NUMBER_TERM = re.compile(r"[\u4e00-\u9fff]{1,14}〔\d{4}〕\d{1,4}号")  # tokenize.doc_numbers' terms
# of the files in the index folder; another format is rebuilt, never misread (7: a 文号 is one term too; 8: each
# document's own term, for in_force_on; 9: the numbers above each clause, for its citation)
FORMAT = 9
SENTENCE_BM25 = "bm25_sentences"  # folder of the BM25 index over single sentences
MODES = ("hybrid", "bm25", "dense")
# Share of the records a filter may keep for dense scoring to take only their rows (a copy,
# about 0.2 µs a row) instead of every row (about 0.03 µs a row): measured at 1M clauses, a
# province (5%) 10 ms instead of 33 ms.
SCORE_ROWS_BELOW = 0.1


@dataclass
class Ranking:
    """How candidates are ranked and fused; the defaults were chosen on the tune questions."""

    candidates: int = 100  # per ranker, before fusion
    rrf_k: int = 60
    bm25_weight: float = 1.0
    sentence_weight: float = 0.5  # BM25 of a clause's best sentence: finds the one sentence of a long clause that answers
    dense_weight: float = 1.0
    place_mode: str = "exclude"  # exclude (documents of other places) | filter (only the place's) | boost | off
    place_boost: float = 0.5
    # a city's own documents over its province's, where the query names the city (a blind test: 哈密's clause second to
    # the near-identical clause of 新疆's plan). 0.1 -> 0.2 (h319 F1: 陇南市企业开办全流程办理时限压减到多久 had 甘肃's 全省…
    # clause first in hybrid and dense, 陇南's second and out of the top 5; the tune split and the seed set the same at
    # 0.1, 0.2 and 0.3, the testers' hybrid recall@1 two questions higher at 0.2 and 0.3)
    own_place_boost: float = 0.2
    # the words of the place a query names, in its BM25 score at this weight: at full weight a passage of the place that
    # holds none of the topic's words had come first (金山区企业开办时间: relevance 0.12), left out the place's own
    # documents no longer came first (a reviewer's 66 place-naming queries: own hits in the top 3 198 -> 163 of 198; 183
    # at 0.2); the tune and held-out splits the same at 0, 0.2 and 1
    place_words_weight: float = 0.2
    unit_boost: float = 0.05
    # a 文号 the query names, in a clause (哪些文件落实国办发〔2022〕30号): its clauses ranked higher, as the dense part knows
    # no 文号 (a blind tester: hybrid had 3 of the 5 implementers in the top 10, BM25 alone 4)
    doc_number_boost: float = 0.5
    year_boost: float = 0.1
    per_document: int = 2  # at most this many hits of one document in the top k (0: no cap)
    # ... unless the query names its place and the others are far worse: a hit over the cap goes before hits
    # ranked this many places below it (a probe's answer, third of its document, had fallen to 7th behind
    # other documents' 17th-20th; a comparison across cities keeps its spread)
    per_document_gap: int = 8
    # with the dense model (hybrid, dense), the top k ordered by their fused score blended with their relevance at this
    # weight (0: fused score alone). Chosen on the tune split (hybrid recall@1 .83 -> .85, recall@5 .96 -> .98; dense
    # .74 -> .85); BM25 alone keeps its order: there relevance is the words' share only, and held-out sets lost by it
    relevance_order: float = 0.5
    # ... over this many first hits, whatever k a caller asks for: the first hits do not change with k (a blind tester's
    # dense first hit changed in 10 of 30 questions between k=1 and k=10); the rest keep the fused order
    relevance_window: int = 10
    # the documents' words for words people write otherwise (房租: 租金) searched too, their BM25 scores at this
    # weight (0: not searched): at full weight a rare official word outweighed the rest of the query
    everyday_weight: float = 0.5
    dense_floor: float = 0.85  # cosine at which the dense part of the relevance signal starts (e5 cosines sit in 0.8-0.96)
    dense_span: float = 0.10
    no_match_below: float = 0.40  # relevance under which a hit is "no good match" (tune split)


@dataclass
class Hit:
    clause: str  # IRI
    document: str  # IRI
    title: str
    doc_number: str | None
    path: str
    number: str
    heading: str
    text: str
    snippet: str
    score: float
    relevance: float  # 0..1, comparable across queries: see Ranking.no_match_below
    good_match: bool
    bm25: float | None
    bm25_rank: int | None
    dense: float | None
    dense_rank: int | None
    start: int  # of the clause in the source file
    end: int
    answer_start: int  # best-matching sentence(s), in the clause text
    answer_end: int
    answer_text: str
    answer_source_start: int | None  # the same in the source file (None if it could not be aligned)
    answer_source_end: int | None
    source_file: str  # as stored (relative path given at ingest)
    city: str | None
    province: str | None
    level: str | None
    date: str | None
    issuer: str | None = None  # every issuer of a joint document, joined by 、
    headings: list[str] = field(default_factory=list)
    units: list[dict] = field(default_factory=list)
    kind: str = "clause"  # or preamble / closing: text of the document outside its clauses
    # the sections and clauses above it ({path, number}, outermost first), and its number after theirs (第二章 第七条 （一）):
    # its number alone repeats within a document
    parents: list[dict] = field(default_factory=list)
    label: str = ""


@dataclass
class DocumentGroup:
    document: str
    title: str
    doc_number: str | None
    city: str | None
    province: str | None
    date: str | None
    best_score: float
    hits: list[Hit]


@dataclass
class SearchResult:
    hits: list[Hit]
    understood: Understood
    groups: list[DocumentGroup] | None = None
    good_match: bool = False  # the best hit is a good match
    dense: bool = False  # dense vectors took part in the ranking


def _query_vectors(embedder, query: str, topic: str) -> tuple[np.ndarray, np.ndarray]:
    """The query's vector, and its topic's (the same array where the query names no place apart)."""
    if topic == query:
        q = embedder.encode_queries([query])[0]
        return q, q
    q, q_topic = embedder.encode_queries([query, topic])
    return q, q_topic


DUTIES_ASKED = re.compile(r"(?:负责|牵头|承担)了?(?:哪些|什么|啥)")
NOT_THE_SUBJECT_BEFORE = re.compile(r"(?:向|对|给|到|找|问|经|由于|从|在|受|自|被)$")  # (企业从市人社局领取…: the seventh review)  # 企业向市人社局申请…: where it goes, no subject


def _duties_asked_of(query: str, units: Sequence[str]) -> list[str]:
    """市人社局负责哪些…, 市人社局、市财政局分别负责哪些…, 市人社局在稳就业工作中负责哪些…: the units named in the phrase
    whose duties the query asks for (not 企业向市人社局申请…承担哪些责任: the 企业's duties, the unit only where the
    application goes: the fifth and sixth reviews)."""
    asked = DUTIES_ASKED.search(query)
    if asked is None:
        return []
    phrase = re.split(r"[，,。？?；;！!]", query[: asked.start()])[-1]
    return [u for u in units if (at := phrase.find(u)) >= 0 and not NOT_THE_SUBJECT_BEFORE.search(phrase, 0, at)]


def _topic(query: str, apart: list[str]) -> str:
    """The query without the places it names (平凉的就业见习补贴标准 -> 的就业见习补贴标准), whose vector measures relevance: the
    place is applied to the candidates, and in the vector it made any passage of that place look close (``_topic_words``)."""
    topic = query
    for place in apart:
        topic = topic.replace(place, "")
    return topic if topic.strip("的在，,。？?！! ") else query


def _places_apart(understood: Understood) -> list[str]:
    """The places the query names as written, not those inside a unit's name it says (忻州市行政审批局)."""
    return [p["as_written"] for p in understood.places if not any(p["as_written"] in unit for unit in understood.units)]


def _named_places(understood: Understood, apart: list[str]) -> list[tuple[str, str]]:
    """(short name, its province's short name) of each place the query names apart from a unit's name (``apart``)."""
    return [(short_place(p["name"]), short_place(p["province"])) for p in understood.places if p["as_written"] in apart]


def _weights_of(weights: dict[str, float], tokens: list[str], extra: list[str]) -> dict[str, float]:
    """The weights of the words asked of a passage (its place's name left out where it is of that place)."""
    return {t: weights[t] for t in dict.fromkeys(tokens + extra)}


def _topic_words(tokens: list[str], apart: list[str]) -> list[str]:
    """The query's words without the places it names, which the search applies as places (平凉的政府采购价格扣除比例: 平凉
    ranks and filters; counted as a word found it had made a clause naming 平凉工业园区 relevant, a good match, and its unit
    list the answer: a new user's finding); all of them where nothing else is asked, and a place that is part of a unit's
    name the query says (忻州市行政审批局: the unit's words)."""
    topic = [t for t in tokens if not any(t in place for place in apart)]
    return topic or tokens


def _top(scores: np.ndarray, mask: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices and scores of the ``n`` best records among ``mask``, best first."""
    candidates = np.flatnonzero(mask)
    return _best_of(candidates, scores[candidates], n)


def _best_of(candidates: np.ndarray, values: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``n`` best of ``candidates`` by ``values`` (aligned), best first."""
    if candidates.size == 0:
        return candidates, values
    if candidates.size > n:
        part = np.argpartition(-values, n - 1)[:n]
        candidates, values = candidates[part], values[part]
    order = np.argsort(-values, kind="stable")
    return candidates[order], values[order]


class SearchIndex:
    """Records, their BM25 index and vectors, opened read-only from an index folder."""

    def __init__(self, directory: Path, records: Sequence[dict], bm25, vectors: np.ndarray | None, meta: dict, embedder=None,
                 ranking: Ranking | None = None, sentence_bm25=None, tokenizer: ChineseTokenizer | None = None,
                 columns: Columns | None = None):
        self.directory = directory
        self.records = records  # a RecordFile when opened from a folder: records[i] parses one
        self.meta = meta
        self.embedder = embedder
        self.ranking = ranking or Ranking()
        self._bm25 = bm25
        self._sentence_bm25 = sentence_bm25
        self.vectors = vectors if vectors is not None and vectors.size else None
        self.ann = open_ann(directory / ANN_FILE) if self.vectors is not None else None
        try:
            if columns is None or len(columns.sentence_counts) != len(records):
                columns = opened_columns(directory, records)
        except (ValueError, KeyError, TypeError) as exc:  # a damaged line of records.jsonl
            raise IndexUnavailable(f"search index in {directory} has a damaged record ({exc}): run `policykg reindex`") from exc
        self.facets, self._clauses, counts = columns.facets, columns.clauses, columns.sentence_counts
        if sentence_bm25 is not None and sentence_bm25.num_docs != counts.sum():
            raise IndexUnavailable(f"search index in {directory} has {sentence_bm25.num_docs} sentences indexed for "
                                   f"{counts.sum()} in its records: run `policykg reindex`")
        # the record of each row of the sentence index (ascending: a record's sentences are one run)
        self._sentence_owner = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
        self.tokenizer = tokenizer or ChineseTokenizer(meta.get("dictionary", []))
        self._idf = self._idf_table(bm25, len(records))
        # a query word no passage holds is as telling as a word can be (df 0), not a common one: weighed 1.0, the
        # words of an off-topic question found nowhere had left its few common ones to make a "good match"
        self._unseen_idf = float(np.log(1 + (len(records) + 0.5) / 0.5))
        self.unit_names = list(self.facets.values["unit"])
        if self.vectors is not None and (embedder is None or embedder.model_id != meta.get("model")):
            if embedder is not None:
                log.warning("index vectors are from %s, not %s: dense search off until reindexed", meta.get("model"), embedder.model_id)
            self.vectors = None
            self.ann = None

    # --- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, directory, embedder=None, ranking: Ranking | None = None, tokenizer: ChineseTokenizer | None = None,
             columns: Columns | None = None) -> "SearchIndex":
        """Open an index folder; never writes, never embeds. Raises ``IndexUnavailable``.
        ``tokenizer`` and ``columns``: the index's, when the caller has them in hand (the build
        that wrote the folder, holding the index lock: a tokenizer costs ~60 ms, loading and
        checking the columns ~0.1 s a 1,000 files)."""
        directory = Path(directory)
        try:
            meta = orjson.loads((directory / "meta.json").read_bytes())
        except (OSError, ValueError) as exc:
            raise IndexUnavailable(f"no readable search index in {directory} ({exc}): run `policykg reindex`") from exc
        if meta.get("format") != FORMAT:
            raise IndexUnavailable(f"search index in {directory} has format {meta.get('format')}, expected {FORMAT}: run `policykg reindex`")
        try:
            records = RecordFile(directory / "records.jsonl")
            # a query reads the columns of its own words (short ones with pread: mapped, they stayed resident)
            bm25 = PostingIndex(directory / "bm25") if len(records) else None
            sentence_bm25 = PostingIndex(directory / SENTENCE_BM25) if len(records) else None
            vectors_file = directory / "vectors.npy"
            vectors = np.load(vectors_file) if vectors_file.exists() else None
        except (OSError, ValueError, EOFError) as exc:  # EOFError: numpy's reading of an empty .npy
            raise IndexUnavailable(f"search index in {directory} is unreadable ({exc}): run `policykg reindex`") from exc
        if len(records) != meta.get("count") or (vectors is not None and vectors.size and len(vectors) != len(records)):
            raise IndexUnavailable(f"search index in {directory} is incomplete: run `policykg reindex`")
        return cls(directory, records, bm25, vectors, meta, embedder, ranking, sentence_bm25, tokenizer, columns)

    @staticmethod
    def _idf_table(bm25, n: int) -> dict[str, float]:
        """Token -> BM25 idf, from the document frequencies bm25s keeps (column lengths)."""
        if bm25 is None:
            return {}
        df = np.diff(bm25.indptr)
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
        return {token: float(idf[i]) for token, i in bm25.vocab_dict.items() if i < len(idf)}

    @property
    def stamp(self) -> str | None:
        return self.meta.get("stamp")

    @property
    def model_name(self) -> str | None:
        return self.meta.get("model")

    @property
    def dense(self) -> bool:
        return self.vectors is not None

    def __len__(self) -> int:
        """The number of clauses indexed (text outside clauses is indexed too: ``passages``)."""
        return self._clauses

    @property
    def passages(self) -> int:
        return len(self.records)

    # --- search ----------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: SearchFilters | None = None, mode: str = "hybrid") -> list[Hit]:
        """``mode``: hybrid, bm25 or dense. Filters restrict the candidates before ranking."""
        return self.search_response(query, k, filters, mode).hits

    def search_response(self, query: str, k: int = 10, filters: SearchFilters | None = None, mode: str = "hybrid",
                        group_by_document: bool = False, per_document: int | None = None,
                        understand_query: bool = True) -> SearchResult:
        """Hits with what the query was understood to name, optionally grouped by document."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        filters = filters or SearchFilters()
        query = simplified(query)
        use_dense = mode in ("hybrid", "dense") and self.vectors is not None and self.embedder is not None
        number = document_asked_for(query, self._doc_number_holders) if understand_query and not filters.document else None
        if number:  # 京政办发〔2023〕5号讲了什么: that document's clauses, ranked against its title (its 文号 is on none)
            filters, query = dataclasses.replace(filters, document=number), self._title_of(number)
        understood = understand(query, self.unit_names) if understand_query and not number else Understood()
        if number:  # (the title's places and units say nothing more: the document is chosen)
            understood.applied.append(f"{number} is 《{query}》: its clauses, ranked against its title")
        apart = _places_apart(understood)
        topic = _topic(query, apart)  # (the vector that ranks keeps the place; the one that says how relevant does not)
        q, q_topic = _query_vectors(self.embedder, query, topic) if use_dense else (None, None)
        tokens = self._numbers_known(self.tokenizer.tokens(query))
        topic_tokens = _topic_words(tokens, apart)
        alternatives = self._alternatives(query, tokens, understood)
        extra = list(dict.fromkeys(t for _, official in alternatives for t in official if t not in tokens))
        mask, boost, own = self._restrictions(filters, understood, tokens, duties_asked=_duties_asked_of(query, understood.units))
        rankings = {}
        if mode in ("hybrid", "bm25") and self._bm25 is not None and (tokens or extra):
            place_words = [t for t in tokens if t not in topic_tokens] if self.ranking.place_words_weight else []
            scores = self._scores(self._bm25, topic_tokens, extra, place_words)
            idx, vals = _top(scores, mask & (scores > 0), self.ranking.candidates)
            rankings["bm25"] = (idx, vals, self.ranking.bm25_weight)
            if self._sentence_bm25 is not None and self.ranking.sentence_weight > 0:
                rankings["sentence"] = (*self._best_sentences(topic_tokens, extra, mask, place_words), self.ranking.sentence_weight)
        if q is not None:
            rankings["dense"] = (*self._dense_top(q, mask), self.ranking.dense_weight)
        fused, parts = self._fuse(rankings, boost)
        cap = self.ranking.per_document if per_document is None else per_document
        window = self.ranking.relevance_window if q is not None else 0
        chosen = self._diversify(fused, max(k, window), cap, focused=bool(understood.places))
        weights = {t: self._idf.get(t, self._unseen_idf) for t in dict.fromkeys(tokens + extra)}
        named = _named_places(understood, apart)
        in_place = {i for i in chosen if self._of_named_place(i, named)} if named else set()

        # what a passage answering it holds: not the words it asks with (多长时间), nor the place it names where the passage is
        # of that place
        held, topic_held = content_words(query, tokens), content_words(query, topic_tokens)
        for number in (t for t in held if DOC_NUMBER_TERM.fullmatch(t)):  # a 文号 weighs what its pieces weighed with it
            weights[number] += sum(weights[t] for t in dict.fromkeys(tokens) if t not in held and t in number)

        def asked(i: int) -> tuple[list[str], object]:  # a passage of the place the query names: asked without the place
            return (topic_held, q_topic) if i in in_place else (held, q)

        ranked = [Ranked(i, round(fused[i], 6), self._relevance(i, parts[i], *asked(i), weights, q, alternatives),
                         own is not None and bool(own[i])) for i in chosen]
        kept = (self._by_relevance_too(ranked[:window]) + ranked[window:])[:k]  # (a hit built only for those kept)
        wants_figure = figure_asked(query)
        # (elsewhere: 深圳的就业见习补贴标准 answered by 平凉's clause is no good match for 深圳, however close the words)
        hits = [self._hit(c.i, c.score, c.relevance, parts[c.i], tokens, _weights_of(weights, asked(c.i)[0], extra), wants_figure,
                          elsewhere=bool(named) and c.i not in in_place) for c in kept]
        result = SearchResult(hits=hits, understood=understood, good_match=bool(hits and hits[0].good_match), dense=q is not None)
        if group_by_document:
            result.groups = group_hits(hits)
        return result

    @functools.cached_property
    def _doc_number_holders(self) -> dict[tuple[int, int], list[tuple[str, str]]]:
        """(year, number) -> [(abbreviation, 文号)] of the indexed documents, for a query asking for one by its 文号."""
        holders: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for d in self.facets.documents:
            m = DOC_NUMBER_RE.fullmatch(d.get("doc_number") or "")
            if m and (m["abbr"], d["doc_number"]) not in holders.get((int(m["year"]), int(m["num"])), []):
                holders.setdefault((int(m["year"]), int(m["num"])), []).append((m["abbr"], d["doc_number"]))
        return holders

    def _numbers_known(self, tokens: list[str]) -> list[str]:
        """Each 文号 term of a query as the index knows it, where the words written before it ran into its abbreviation
        (按辽人社发〔2019〕10号执行: 辽人社发〔2019〕10号; only the verbs a sentence puts there are taken off by the tokenizer):
        the longest end of its abbreviation that makes a term of the index."""
        out = []
        for t in tokens:
            m = DOC_NUMBER_RE.fullmatch(t) if t not in self._idf and DOC_NUMBER_TERM.fullmatch(t) else None
            if m:
                abbr, number = m["abbr"], t[len(m["abbr"]) :]
                t = next((abbr[i:] + number for i in range(1, len(abbr) - 1) if abbr[i:] + number in self._idf), t)
            out.append(t)
        return out

    def _title_of(self, number: str) -> str:
        return next((d["title"] for d in self.facets.documents if d.get("doc_number") == number and d.get("title")), number)

    def _alternatives(self, query: str, tokens: list[str], understood: Understood) -> list[tuple[list[str], list[str]]]:
        """(tokens of an everyday word in the query, tokens of the documents' words for it): 大学生 searches
        高校毕业生 too. Said in ``understood.applied``."""
        if not self.ranking.everyday_weight:
            return []
        out = []
        for word, official in find_everyday_words(query):
            out.append((self.tokenizer.tokens(word), [t for w in official for t in self.tokenizer.tokens(w)]))
            understood.applied.append(f"{word} also searched as {'、'.join(official)}")
        return out

    def _scores(self, bm25, tokens: list[str], extra: list[str], place_words: Sequence[str] = ()) -> np.ndarray:
        """BM25 scores of the query's tokens, plus those of the documents' words for its everyday ones and of the place
        it names, weighed down."""
        scores = bm25.get_scores(tokens) if tokens else np.zeros(bm25.num_docs, dtype=np.float32)
        if extra:
            scores = scores + np.float32(self.ranking.everyday_weight) * bm25.get_scores(extra)
        if place_words:
            scores = scores + np.float32(self.ranking.place_words_weight) * bm25.get_scores(list(place_words))
        return scores

    def _best_sentences(self, tokens: list[str], extra: list[str], mask: np.ndarray,
                        place_words: Sequence[str] = ()) -> tuple[np.ndarray, np.ndarray]:
        """Records ranked by the BM25 score of their best sentence (a sentence is scored with its
        passage's head, so it keeps the title and headings it was written under)."""
        per_sentence = self._scores(self._sentence_bm25, tokens, extra, place_words)
        matched = np.flatnonzero(per_sentence > 0)  # only these: a full-length pass cost 15 ms at 1M clauses
        best = np.zeros(self.facets.size, dtype=np.float32)
        if matched.size:
            owners = self._sentence_owner[matched]
            first = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])  # each record's first matched sentence
            best[owners[first]] = np.maximum.reduceat(per_sentence[matched], first)
        return _top(best, mask & (best > 0), self.ranking.candidates)

    def _dense_top(self, q: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """HNSW when the index has one and the filter leaves enough in its reach; else exact: one
        matrix-vector product over all rows, or over the filter's rows when it keeps few."""
        if self.ann is not None:
            found = ann_search(self.ann, q, mask, self.ranking.candidates)
            if found is not None:
                return found
        rows = np.flatnonzero(mask)
        if rows.size <= len(mask) * SCORE_ROWS_BELOW:  # a tight filter: copying its rows costs less than scoring all
            return _best_of(rows, vector_scores(np.take(self.vectors, rows, axis=0), q), self.ranking.candidates)
        return _best_of(rows, vector_scores(self.vectors, q)[rows], self.ranking.candidates)

    def _restrictions(self, filters: SearchFilters, understood: Understood, tokens: Sequence[str] = (),
                      duties_asked: Sequence[str] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """The filter mask, a per-record score multiplier from what the query names, and the records of the very place it
        names (``Ranking.own_place_boost``; None where none is preferred)."""
        mask = self.facets.mask(filters)
        own_place = None
        if not mask.any():
            understood.applied += self._empty_filters(filters)
        boost = np.ones(self.facets.size, dtype=np.float64)
        r = self.ranking
        if understood.places and not (filters.city or filters.province) and r.place_mode != "off":
            named, other = self._place_masks(understood.places)
            names = "、".join(p["as_written"] for p in understood.places)
            if not named.any():  # (广州 asked, none indexed: say so, a blind tester saw nothing applied)
                understood.applied.append(f"no indexed document is of {names} or its province")
            if r.place_mode == "filter" and (named & mask).any():
                mask = mask & named
                understood.applied.append(f"only documents of {names}")
            elif r.place_mode == "exclude" and (mask & ~other).any():
                mask = mask & ~other
                understood.applied.append(f"documents of places other than {names} left out")
                own = self._own_place_mask(understood.places)
                if r.own_place_boost and own.any() and (own != named).any():  # a city named: its own above its province's
                    boost[own] *= 1 + r.own_place_boost
                    own_place = own
            elif r.place_mode == "boost":
                boost[named] *= 1 + r.place_boost
                understood.applied.append(f"documents of {names} ranked higher")
        cited = [t for t in tokens if DOC_NUMBER_TERM.fullmatch(t)] if self._bm25 is not None and r.doc_number_boost else []
        if cited:
            boost[self._bm25.get_scores(cited) > 0] *= 1 + r.doc_number_boost
            written = "、".join(dict.fromkeys(cited))
            understood.applied.append(f"clauses naming {written} ranked higher")
        if understood.units:
            responsible = np.zeros(len(mask), dtype=bool)
            for name in understood.units:
                rows = self.facets.values["unit"].get(name)
                if rows is not None:
                    boost[rows] *= 1 + r.unit_boost
                    responsible[rows] = True
            answering = self._responsible_under_any_name(duties_asked)
            if duties_asked and (mask & answering).any():
                # 湖北省人社厅负责哪些条款: the unit's duties asked for, only the clauses it answers for under any of its names
                # (h253: a clause where it only receives reports had come first, the three it leads after it; the fifth
                # review: 平凉市人力资源和社会保障局 written out is 市人社局 too)
                mask = mask & answering
                understood.applied.append(f"only clauses with {'、'.join(duties_asked)} responsible")
            else:
                understood.applied.append(f"clauses with {'、'.join(understood.units)} responsible ranked higher")
        if understood.years and not filters.year:
            dated = np.zeros(len(self.facets.documents), dtype=bool)
            for year in understood.years:
                dated |= np.char.startswith(self.facets.date, str(year))
            if dated.any():
                boost[dated[self.facets.doc_of]] *= 1 + r.year_boost
                understood.applied.append(f"documents of {'、'.join(map(str, understood.years))} ranked higher")
        return mask, boost, own_place

    def _responsible_under_any_name(self, units: Sequence[str]) -> np.ndarray:
        """The clauses any of ``units`` answers for, each by every name the unit filter knows it by."""
        answering = np.zeros(self.facets.size, dtype=bool)
        for unit in units:
            for name in self.facets.unit_names(unit):
                rows = self.facets.values["unit"].get(name)
                if rows is not None:
                    answering[rows] = True
        return answering

    def _empty_filters(self, filters: SearchFilters) -> list[str]:
        """Which filters match nothing in the index on their own (a city not indexed, a misspelt
        unit): a client told "no hits" can say why."""
        notes = []
        for name in ("city", "province", "level", "document", "unit", "group", "instrument", "in_force_on", "year"):
            value = getattr(filters, name)
            if value is not None and value != "" and not self.facets.mask(SearchFilters(**{name: value})).any():
                near = concepts_near(f"{name}s", str(value)) if name in ("group", "instrument") else []
                notes.append(f"no indexed clause has {name} {value}" + (f" (did you mean {'、'.join(near)}?)" if near else ""))
        return notes

    def _own_place_mask(self, places: list[dict]) -> np.ndarray:
        """Records of documents of the named places themselves: a named city's or county's (a district's of a city too),
        not their province's; a named province's or municipality's own, not its cities' or districts' (北京市一业一证改革:
        the city's plan, not 顺义区's, a blind test)."""
        cities = [p for p in places if p["kind"] != "province"]
        # (a county named with its city, 陇南市武都区…: the county's, not the city's too, as a city's province below: review 43b
        # F13; 陇南、武都区 … written apart are two places, but the query cannot tell; the county is the narrower answer)
        wanted = {short_place(p["name"]) for p in cities} - {short_place(enclosing_city(p["name"]) or "") for p in cities} - {""}
        # (a province named with a city of its own, 辽宁省鞍山市…: the city's, not the province's too: a review)
        provinces = {short_place(p["name"]) for p in places if p["kind"] == "province"} - {short_place(p["province"]) for p in cities}
        own = np.array([bool(names & wanted) or place in provinces for names, place in zip(self.facets.places, self.facets.place)],
                       dtype=bool)
        return own[self.facets.doc_of]

    def _place_masks(self, places: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        """Records of documents of the named places (or of their provinces: a provincial
        document applies in its cities), and records of documents known to be of other places.
        A document whose place is unknown is in neither; a national one is never "other"."""
        named_places = {short_place(p["name"]) for p in places}
        above = {short_place(p["province"]) for p in places} | {short_place(enclosing_city(p["name"])) for p in places} - {""}
        named = np.array([bool(names & (named_places | above)) for names in self.facets.places], dtype=bool)
        # another city of the named place's province is another place (金昌's {金昌, 甘肃} for a query naming 陇南: a blind
        # test); the province's own documents, a named district's city's and national ones are not
        other = np.array([bool(names) and not names & named_places and not names <= above | {"全国"} for names in self.facets.places],
                         dtype=bool)
        return named[self.facets.doc_of], other[self.facets.doc_of]

    def _fuse(self, rankings: dict, boost: np.ndarray) -> tuple[dict[int, float], dict[int, dict]]:
        fused: dict[int, float] = {}
        parts: dict[int, dict] = {}
        for name, (idx, scores, weight) in rankings.items():
            for rank, (i, s) in enumerate(zip(idx.tolist(), scores.tolist()), start=1):
                fused[i] = fused.get(i, 0.0) + weight / (self.ranking.rrf_k + rank)
                parts.setdefault(i, {})[name] = (float(s), rank)
        return {i: s * float(boost[i]) for i, s in fused.items()}, parts

    def _by_relevance_too(self, hits: list):
        """The top k in the order of their fused score (as a share of the best) blended with their relevance
        (``Ranking.relevance_order``): with the dense model, relevance adds how much of the question a passage
        holds to the fused ranks, which weigh a rank's neighbours alike however far apart their scores are."""
        w = self.ranking.relevance_order
        if not w or len(hits) < 2:
            return hits
        best = max(h.score for h in hits) or 1.0
        # (the place's own passages keep their boost in the relevance too: 陇南 named, the near-identical clause of 甘肃's plan,
        # closer in words, had come first again, its figure not 陇南's: h307 F1; on the dev set 哈密's over 新疆's)
        own = 1 + self.ranking.own_place_boost
        return sorted(hits, key=lambda h: -((1 - w) * h.score / best + w * h.relevance * (own if h.own_place else 1)))

    def _diversify(self, fused: dict[int, float], k: int, cap: int, focused: bool = False) -> list[int]:
        """The top k by score, at most ``cap`` per document while other documents remain; for a query
        naming its place (``focused``: one city's answer is asked for, not a comparison), only while they
        are not far worse (``Ranking.per_document_gap``)."""
        ranked = sorted(fused, key=lambda i: -fused[i])
        if cap <= 0:
            return ranked[:k]
        chosen, held, per_doc = [], [], {}
        gap = self.ranking.per_document_gap if focused else len(ranked)
        for position, i in enumerate(ranked):
            d = self.facets.doc_of[i]
            if per_doc.get(d, 0) >= cap:
                held.append((position, i))
                continue
            while held and position - held[0][0] > gap and len(chosen) < k:  # far better than what is left
                chosen.append(held.pop(0)[1])
            if len(chosen) < k:
                per_doc[d] = per_doc.get(d, 0) + 1
                chosen.append(i)
            if len(chosen) == k:
                return chosen
        return chosen + [i for _, i in held[: k - len(chosen)]]

    def relevance(self, coverage: float, cosine: float | None) -> float:
        """0..1: idf-weighted share of the query's words in the passage, with the dense cosine."""
        if cosine is None:
            return round(coverage, 4)
        r = self.ranking
        dense_part = min(1.0, max(0.0, (cosine - r.dense_floor) / r.dense_span))
        return round(0.5 * coverage + 0.5 * dense_part, 4)

    def _of_named_place(self, i: int, named: list[tuple[str, str]]) -> bool:
        """The passage's document is of a place the query names (平凉's), or a provincial or national one over it (甘肃's)."""
        d = self.facets.doc_of[i]
        places, level = self.facets.places[d], self.facets.level[d]
        return any(place in places or level == "national" or level == "provincial" and province in places for place, province in named)

    def _relevance(self, i: int, parts: dict, tokens: list[str], q_asked, weights: dict[str, float], q,
                   alternatives: list[tuple[list[str], list[str]]] = ()) -> float:
        """The passage's relevance to the query (``relevance``): the share of the query's words it holds, with its cosine."""
        r = self.records[i]
        passage_words = {t for t in weights if t in r["text"] or t in r["title"] or any(t in h for h in r["headings"])}
        for everyday, official in alternatives:  # 房租 counts as found where the passage says 租金
            if passage_words.intersection(official):
                passage_words.update(everyday)
        asked = {t: weights[t] for t in dict.fromkeys(tokens)}  # the query's own words: the documents' words only stand in
        total = sum(asked.values())
        coverage = sum(w for t, w in asked.items() if t in passage_words) / total if total else 0.0
        dense = parts.get("dense")
        if q_asked is not None and q_asked is not q:  # the query named the passage's place: how close it is to the rest
            cosine = vector_score(self.vectors[i], q_asked)
        else:
            cosine = dense[0] if dense else (vector_score(self.vectors[i], q) if q is not None else None)
        return self.relevance(coverage, cosine)

    def _hit(self, i: int, score: float, relevance: float, parts: dict, tokens: list[str], weights: dict[str, float],
             wants_figure: re.Pattern | None = None, elsewhere: bool = False) -> Hit:
        """``elsewhere``: the passage is of no place the query names (nor a province or the nation over it): no good match."""
        r = self.records[i]
        bm25, dense = parts.get("bm25"), parts.get("dense")
        span = answer_span(r["text"], weights, [(x[0], x[1]) for x in r["sentences"]], wants_figure=wants_figure)
        first = next(x for x in r["sentences"] if x[0] == span.start)
        last = next(x for x in r["sentences"] if x[1] == span.end)
        return Hit(
            clause=r["clause"], document=r["document"], title=r["title"], doc_number=r["doc_number"], path=r["path"],
            number=r["number"], heading=r["heading"], text=r["text"], snippet=snippet(r["text"], tokens), score=score,
            relevance=relevance, good_match=relevance >= self.ranking.no_match_below and not elsewhere,
            bm25=round(bm25[0], 4) if bm25 else None, bm25_rank=bm25[1] if bm25 else None,
            dense=round(dense[0], 4) if dense else None, dense_rank=dense[1] if dense else None,
            start=r["start"], end=r["end"], answer_start=span.start, answer_end=span.end, answer_text=span.text,
            answer_source_start=first[2], answer_source_end=last[3],
            source_file=r["source_file"], city=r["city"], province=r["province"], level=r["level"], date=r["date"],
            issuer=r.get("issuer"), headings=r["headings"], kind=r["kind"], parents=r["parents"],
            label=clause_label([p["number"] for p in r["parents"]] + [r["number"]]),
            units=[{"name": u["canonical"], "as_written": u["name"], "role": u["role"]} for u in r["units"]],
        )


@dataclass
class Ranked:
    """A passage chosen for the top k, before its hit is built: its index, fused score (rounded as a hit shows it) and
    relevance (what ``SearchIndex._by_relevance_too`` orders by)."""

    i: int
    score: float
    relevance: float
    own_place: bool = False  # of the very place the query names (its city's, not its province's): ranked higher


def group_hits(hits: list[Hit]) -> list[DocumentGroup]:
    """Hits grouped by document, documents in the order of their best hit."""
    groups: dict[str, DocumentGroup] = {}
    for h in hits:
        g = groups.get(h.document)
        if g is None:
            g = groups[h.document] = DocumentGroup(h.document, h.title, h.doc_number, h.city, h.province, h.date, h.score, [])
        g.hits.append(h)
    return list(groups.values())


__all__ = ["SearchIndex", "SearchFilters", "SearchResult", "Hit", "DocumentGroup", "Ranking", "FORMAT"]
