"""Running the pipeline over a stream of inputs, in one process or several, in input order."""

from __future__ import annotations

import dataclasses
import gc
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

from factsheet.inputs import Article, InputError, Item
from factsheet.model import FactSheet
from factsheet.pipeline import extract

if TYPE_CHECKING:
    from concurrent.futures import Future

Outcome = FactSheet | InputError


def summarize_item(item: Item, ref_date: date | None = None) -> Outcome:
    """One input's fact sheet, or its error; never raises for a bad article."""
    if isinstance(item, InputError):
        return item
    try:
        with collector_paused():
            sheet = extract(item.text, item.date or ref_date, id=item.id)
    except RecursionError:
        return InputError(item.id, "internal error: input too deeply nested")
    except Exception as exc:  # a bug must cost one article, not the batch
        return InputError(item.id, f"internal error: {exc.__class__.__name__}: {exc}")
    warnings = item.warnings + _content_warnings(item)
    if warnings:
        sheet = dataclasses.replace(sheet, warnings=sheet.warnings + warnings)
    return sheet


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one article.

    An extraction builds many small objects and hardly any reference cycles. With the
    collector on, its full collections rescan all of them again and again, so a 4 MB
    article cost 2.3x a 2 MB one; paused, time grows linearly. Reference counting still
    frees nearly everything at once, and the few cycles are collected after the article.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _content_warnings(article: Article) -> tuple[str, ...]:
    return ("empty article",) if not article.text.strip() else ()


def summarize_all(items: Iterable[Item], ref_date: date | None, jobs: int = 1) -> Iterator[Outcome]:
    """Fact sheets in input order; with ``jobs > 1`` spread over processes, streaming."""
    if jobs <= 1:
        for item in items:
            yield summarize_item(item, ref_date)
        return
    yield from _summarize_parallel(items, ref_date, jobs)


def _summarize_parallel(
    items: Iterable[Item], ref_date: date | None, jobs: int
) -> Iterator[Outcome]:
    from concurrent.futures import ProcessPoolExecutor

    # Chunks amortise the inter-process cost; a bounded window of pending chunks keeps
    # memory flat on a huge input stream.
    window = jobs * 4
    pending: deque[Future[list[Outcome]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk in _chunks(items, CHUNK_SIZE):
            pending.append(pool.submit(_summarize_chunk, chunk, ref_date))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


CHUNK_SIZE = 16


def _summarize_chunk(chunk: list[Item], ref_date: date | None) -> list[Outcome]:
    return [summarize_item(item, ref_date) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
