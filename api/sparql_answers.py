"""Answers of ``/sparql`` kept for the store state they were computed on.

The same request on the same store state gets the same bytes, so an answer is kept and sent
again without a worker: a client re-running a query (YASGUI, a notebook cell, a dashboard) costs
the endpoint what a bare route costs (`scripts/bench_sparql.py`). A GET is known by its query
string and Accept header as received (``SparqlFastPath``, before anything is parsed); a POST by
its query, result type and dataset once read (``_run``).
Like every cache here it is a projection of the store: it holds one state's answers, and the
first request after a new state (``SparqlEngine.follow``) starts it empty. Only successful
answers of queries that give the same result every time are kept (``QueryPlan.repeatable``:
no NOW(), RAND(), UUID(), STRUUID(), SERVICE), within a bound in bytes, least recently used
first out.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from fastapi.responses import Response

# status, headers, body: plain tuples and bytes, which the garbage collector stops visiting
# (Response objects kept by the thousand made every request's collections slower)
Answer = tuple[int, tuple[tuple[bytes, bytes], ...], bytes]


class SparqlAnswers:
    """A bounded map from a request's key to its answer, for one store generation."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_bytes // 8  # one large result must not push out every small one
        self.generation = 0
        self.size = 0
        self._answers: OrderedDict[tuple, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, generation: int, key: tuple) -> Answer | None:
        with self._lock:
            if generation != self.generation:
                return None
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, generation: int, key: tuple, response: Response) -> None:
        """Keep ``response`` if it was computed on the generation kept now and is not too large."""
        size = _size(key, response.body)
        with self._lock:
            if generation != self.generation or size > self.max_entry_bytes or key in self._answers:
                return
            self._answers[key] = (response.status_code, tuple(response.raw_headers), response.body)
            self.size += size
            while self.size > self.max_bytes:
                old_key, (_, _, old_body) = self._answers.popitem(last=False)
                self.size -= _size(old_key, old_body)

    def start(self, generation: int) -> None:
        """Drop every answer: from now on answers are of ``generation``."""
        with self._lock:
            self._answers.clear()
            self.size = 0
            self.generation = generation


# what an entry holds beside its body and key: the tuples, the headers, the map's node (tracemalloc: ~440 bytes for an
# ASK answer; counted, the bound is on the memory the answers take, not on their bodies alone: a review found 13x)
ENTRY_OVERHEAD = 640


def _size(key: tuple, body: bytes) -> int:
    return ENTRY_OVERHEAD + len(body) + sum(_part_size(part) for part in key)


def _part_size(part) -> int:
    return sum(len(p) for p in part) if isinstance(part, tuple) else len(part)  # (a dataset's graphs are a tuple)


async def send_answer(answer: Answer, send) -> None:
    status, headers, body = answer
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def as_response(answer: Answer) -> Response:
    status, headers, body = answer
    response = Response(body, status_code=status)
    response.raw_headers = list(headers)
    return response
