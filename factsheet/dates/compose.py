"""Expressions built around a date already found: "the day before May 3", "the week of
March 6", "Easter week". The date's candidate grows to take in the words around it."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from factsheet.dates.context import Candidate
from factsheet.dates.lexicon import WEEKDAYS
from factsheet.dates.normalise import week_value

_LEAD = re.compile(r"(?i:the\s+(?:day\s+(?P<dir>before|after)|(?P<week>week)\s+of))\s+$")
_LEAD_LOOK = 24  # characters read before a date for its lead
_WEEK_AFTER = re.compile(r" week(?![\w-])")
_FULL_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def with_leads(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Each dated day with a lead ("the day after") or a trailing "week" after a holiday
    name becomes the composed expression. ``chosen`` is in text order."""
    out: list[Candidate] = []
    floor = 0  # a lead never reaches into the expression before
    for cand in chosen:
        day = _day_of(cand)
        if day is not None:
            cand = _with_lead(cand, day, text, floor) or _holiday_week(cand, day, text) or cand
        out.append(cand)
        floor = cand.end
    return out


def _day_of(cand: Candidate) -> date | None:
    return _full_day(cand.value) if cand.type == "DATE" else None


@lru_cache(maxsize=4096)
def _full_day(value: str) -> date | None:
    """The day a value names ("2025-05-21"), parsed once per distinct value."""
    m = _FULL_DAY.fullmatch(value)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _with_lead(cand: Candidate, day: date, text: str, floor: int) -> Candidate | None:
    lead = _LEAD.search(text, max(floor, cand.start - _LEAD_LOOK), cand.start)
    if lead is None:
        return None
    if lead.group("week"):
        value = week_value(day)
    else:
        step = -1 if lead.group("dir").lower() == "before" else 1
        value = (day + timedelta(days=step)).isoformat()
    return cand._replace(start=lead.start(), value=value, anchor=None)


def _holiday_week(cand: Candidate, day: date, text: str) -> Candidate | None:
    """"Easter week", "Christmas week": a named day (no digits, not a weekday) + week."""
    if _WEEK_AFTER.match(text, cand.end) is None:
        return None  # the test that fails for nearly every date, first
    words = text[cand.start : cand.end]
    if any(c.isdigit() for c in words) or not words[:1].isupper():
        return None
    if words.lower() in WEEKDAYS:
        return None
    end = cand.end + len(" week")
    return cand._replace(end=end, value=week_value(day), anchor=None)
