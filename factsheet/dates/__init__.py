"""Dates: temporal expressions normalised as TimeML TIMEX3.

Each rule (a compiled pattern and a handler) proposes candidates over the whole text; the
longest candidate wins where candidates overlap, as TimeML extents are maximal
("last December", not "December"). Values are resolved against the reference date, with
the clause's tense deciding the direction of a bare month or weekday.
"""

from __future__ import annotations

from datetime import date

from factsheet.dates.calendar_rules import CALENDAR_RULES
from factsheet.dates.context import Candidate, Context
from factsheet.dates.relative_rules import RELATIVE_RULES
from factsheet.dates.rule import Rule
from factsheet.dates.span_rules import SPAN_RULES
from factsheet.model import Timex
from factsheet.text import Document

RULES: tuple[Rule, ...] = CALENDAR_RULES + RELATIVE_RULES + SPAN_RULES


def extract_dates(doc: Document, reference_date: date | None) -> tuple[Timex, ...]:
    """Every temporal expression of the article, in text order."""
    ctx = Context(doc, reference_date)
    candidates: list[tuple[int, int, Candidate]] = []
    for rank, r in enumerate(RULES):
        for m in r.pattern.finditer(doc.text):
            cand = r.handler(m, ctx)
            if cand is not None and cand.end > cand.start:
                candidates.append((rank, len(candidates), cand))
    chosen = _without_overlaps(candidates, len(doc.text))
    text = doc.text
    return tuple(
        Timex(text[c.start : c.end], c.start, c.end, c.type, c.value)
        for c in sorted(chosen, key=lambda c: c.start)
    )


def _without_overlaps(
    candidates: list[tuple[int, int, Candidate]], length: int
) -> list[Candidate]:
    """Keep the longest candidates first; a candidate overlapping a kept one is dropped."""
    taken = bytearray(length)
    kept: list[Candidate] = []
    ordered = sorted(candidates, key=lambda t: (t[2].start - t[2].end, t[0], t[2].start))
    for _, _, cand in ordered:
        if any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    return kept
