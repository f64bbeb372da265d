"""Dates: temporal expressions normalised as TimeML TIMEX3.

Layout: ``lexicon`` (word lists) -> ``patterns`` (regex blocks) -> rules in
``calendar_rules``, ``relative_rules``, ``span_rules`` (a pattern for the extent, a
handler for type and value) -> ``normalise`` (calendar arithmetic) and ``tense``
(direction of a bare month or weekday, read in the date's own clause); ``triggers`` runs
each rule only around its trigger words, and a rule skips the windows that lack what
every match of it contains (its ``needs``), so a pattern is compiled only when an article
may use it; ``games`` tells a match's quarter from a business one; ``numeric`` the order
an article writes a numeric date in ("03/06/2025"); ``reading`` gives human readings.

Every rule proposes candidates; the longest wins where candidates overlap, as TimeML
extents are maximal ("last December", not "December"). Passes in text order then resolve
what depends on context: "a year ago" next to the reported quarter, a clock time against
the day named after it ("3pm on Friday") or before it, anaphora ("the next day", "the
following month", "that year") against the date last mentioned, and, in
``compose``, expressions built around a date ("the day before May 3", "Easter week").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from factsheet.dates.calendar_rules import CALENDAR_RULES
from factsheet.dates.compose import with_leads
from factsheet.dates.context import Candidate, Context
from factsheet.dates.normalise import shift, value_at
from factsheet.dates.patterns import CLOCK_TO_DAY
from factsheet.dates.relative_rules import RELATIVE_RULES
from factsheet.dates.rule import Rule, forget_word_before
from factsheet.dates.span_rules import SPAN_RULES
from factsheet.dates.triggers import rule_reaches, rule_windows, trigger_index, window_matches
from factsheet.model import Timex
from factsheet.text import Document

RULES: tuple[Rule, ...] = CALENDAR_RULES + RELATIVE_RULES + SPAN_RULES
_TRIGGERS, _NUMBER_RULES = trigger_index(r.name for r in RULES)
_REACHES = rule_reaches((r.name, r.trigger_test, r.lead_test) for r in RULES)


def extract_dates(doc: Document, reference_date: date | None) -> tuple[Timex, ...]:
    """Every temporal expression of the article, in text order."""
    ctx = Context(doc, reference_date)
    candidates: list[tuple[int, int, Candidate]] = []
    windows = rule_windows(doc.text, _TRIGGERS, _NUMBER_RULES, _REACHES)
    for rank, r in enumerate(RULES):
        if not windows[rank]:
            continue  # no trigger word: the pattern need not even be compiled
        wins = r.windows_with_needs(doc.text, windows[rank])
        if not wins:
            continue  # nothing every match needs: nor here
        for m in window_matches(r.pattern, doc.text, wins):
            cand = r.handler(m, ctx)
            if cand is not None and cand.end > cand.start:
                candidates.append((rank, len(candidates), cand))
    forget_word_before()
    chosen = sorted(_without_overlaps(candidates, len(doc.text)), key=_start)
    # Most articles have nothing that looks to a quarter in focus or to a date before: the
    # passes that resolve those would only copy the list (the test runs at C speed).
    if not _FOCUS_FREE.issuperset(map(_FOCUS_FIELDS, chosen)):
        chosen = _with_quarter_focus(chosen, reference_date)
    if any(map(_ANCHOR, chosen)):
        chosen = _with_anchors(_with_clock_days(chosen, doc.text))
    chosen = with_leads(chosen, doc.text)
    text = doc.text
    return tuple(Timex(text[c.start : c.end], c.start, c.end, c.type, c.value) for c in chosen)


_FOCUS_FIELDS = attrgetter("focus_years_back", "focus_year")
_FOCUS_FREE = frozenset({(None, None)})
_ANCHOR = attrgetter("anchor")
_CLOCK_REACH = 250  # characters over which a named day carries to a bare clock time
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_YEAR_VALUE = re.compile(r"(\d{4})(?!\d)")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?!\d)")


# What stands between a clock time and the day it falls on ("15:00 CET on 2 May").
_CLOCK_TO_DAY = re.compile(CLOCK_TO_DAY)
# Between two clock times of one stretch: "from 9am to 5pm on Friday".
_CLOCK_TO_CLOCK = re.compile(r"\s*(?:[-–]|(?i:to|and|or|until|till))\s*")
# A bracketed aside before the day, as wire copy gives the time elsewhere: "at 10:35 a.m.
# (0735 GMT) Friday" (a clock time inside the brackets is passed over).
_CLOCK_ASIDE = re.compile(r"\s*\([^()\n]{1,24}\)\s*,?\s*")
_GAP_REACH = 24  # characters: longer gaps are no such link
_ASIDE_REACH = 32  # characters: the aside's 24 and its brackets and spaces
# (gap, reach, whether only a clock time may stand after it)
_TIES = (
    (_CLOCK_TO_DAY, _GAP_REACH, False),
    (_CLOCK_TO_CLOCK, _GAP_REACH, True),
    (_CLOCK_ASIDE, _ASIDE_REACH, False),
)
_CLOCK_SUFFIX = re.compile(r"T(\d\d):(\d\d)")


def _with_clock_days(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A clock time takes the day named right after it in its clause ("at 3pm on Friday",
    "at 10:35 a.m. (0735 GMT) Friday"), and so does a clock time that opens a stretch
    ending there ("from 9am to 5pm on Friday"), rather than the day mentioned before it.
    Read from the end back."""
    out = list(chosen)
    # start -> (day, type) of each candidate after the one being read that gives a day
    days_at: dict[int, tuple[str, str]] = {}
    for i in range(len(out) - 1, -1, -1):
        cand = out[i]
        if cand.anchor is not None and days_at and (day := _tied_day(cand, text, days_at)):
            cand = out[i] = cand._replace(value=day + cand.anchor[2], anchor=None)
        # (a clock time tied so gives its day in turn to one before it: "9am to 5pm")
        if cand.anchor is None and _value_parts(cand.value).day is not None:
            days_at[cand.start] = (cand.value[:10], cand.type)
    return out


def _tied_day(cand: Candidate, text: str, days_at: dict[int, tuple[str, str]]) -> str:
    """The day of the candidate a clock time leaning on the day before it is tied to
    instead: a day ("3pm on Friday") or a clock time ("9am to 5pm", the later one already
    tied) right after it; "" when there is none."""
    if cand.anchor is None or not cand.anchor[2][1:2].isdigit():
        return ""
    for gap, reach, clock_only in _TIES:
        m = gap.match(text, cand.end, cand.end + reach)
        tied = days_at.get(m.end()) if m is not None else None
        if tied is not None and (tied[1] == "TIME" or not clock_only):
            return tied[0]
    return ""


def _with_anchors(chosen: list[Candidate]) -> list[Candidate]:
    """Resolve "the next day", "that year" against the date last mentioned before them;
    an anaphoric expression with nothing to lean on keeps its reference-date value, or is
    dropped when it has none ("that day" alone)."""
    out: list[Candidate] = []
    last_day: date | None = None
    last_day_end = -_CLOCK_REACH
    last_year: int | None = None
    last_month: date | None = None  # the first day of the month last mentioned
    last_clock = -1  # minutes into the day of the clock time that last set the day, if any
    for cand in chosen:
        if cand.anchor is not None:
            day = last_day
            day_open = False  # the text leaves the clock time's day open
            if cand.anchor[2][1:2].isdigit():
                if cand.start - last_day_end > _CLOCK_REACH:
                    day = None  # a clock time leans only on a day named close before it
                elif day is not None and last_clock >= 0:
                    day = _across_midnight(day, last_clock, _minutes(cand.anchor[2]))
                    day_open = day is None
            if cand.anchor[0] == "month":
                day, day_open = last_month, False  # "In March, ... The following month": April
            if day_open:
                value = "XXXX-XX-XX" + cand.anchor[2]
            else:
                value = _anchored_value(cand.anchor, day, last_year) or cand.value
            if not value:
                continue
            cand = cand._replace(value=value)
        parts = _value_parts(cand.value)
        if parts.has_month and cand.type in ("DATE", "TIME"):
            last_month = parts.month
        if parts.has_day:
            last_day = parts.day
            last_day_end = cand.end
            last_clock = _minutes(cand.value[10:])
        if parts.year is not None and cand.type in ("DATE", "TIME"):
            last_year = parts.year
        out.append(cand)
    return out


_NIGHT = 6 * 60  # minutes: a later clock time this close past midnight is the next day's
_BACK_OVER_MIDNIGHT = 2 * 60  # minutes: an earlier-told one this close after it is in doubt
_END_OF_DAY = 24 * 60  # "midnight" is T24:00, the end of the day it closes


def _across_midnight(day: date, before: int, now: int) -> date | None:
    """The day of a clock time told after another one of ``day``: "at 23:40 ... at 00:15"
    runs on into the next day. The reverse ("at 00:15 ... at 23:40": a live report read
    newest first, or a story told backwards) leaves the day open: None."""
    if now < before and now + _END_OF_DAY - before <= _NIGHT:
        return day + timedelta(days=1)
    if before < now < _END_OF_DAY and before + _END_OF_DAY - now <= _BACK_OVER_MIDNIGHT:
        return None
    return day


def _minutes(suffix: str) -> int:
    """Minutes into the day of a "T23:58" value suffix; -1 for anything else."""
    m = _CLOCK_SUFFIX.match(suffix)
    return int(m.group(1)) * 60 + int(m.group(2)) if m else -1


class _ValueParts(NamedTuple):
    """What a value says of the month, day and year it falls in ("2025-05-21": May 2025,
    that day, 2025). A month or day that is written but impossible is found but None."""

    has_month: bool
    month: date | None  # its first day
    has_day: bool
    day: date | None
    year: int | None


@lru_cache(maxsize=4096)
def _value_parts(value: str) -> _ValueParts:
    """Parsed once per distinct value: an article repeats its dates."""
    month_m = _MONTH_VALUE.match(value)
    day_m = _DAY_VALUE.match(value)
    year_m = _YEAR_VALUE.match(value)
    return _ValueParts(
        month_m is not None,
        _safe_date(int(month_m.group(1)), int(month_m.group(2)), 1) if month_m else None,
        day_m is not None,
        _safe_date(int(day_m.group(1)), int(day_m.group(2)), int(day_m.group(3)))
        if day_m
        else None,
        int(year_m.group(1)) if year_m else None,
    )


def _anchored_value(anchor: tuple[str, int, str], day: date | None, year: int | None) -> str:
    unit, step, suffix = anchor
    if unit == "year":
        return f"{year + step:04d}" if year is not None else ""
    if day is None:
        return ""
    return value_at(shift(day, unit, step), unit) + suffix


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _start(cand: Candidate) -> int:
    return cand.start


_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
# "the nine months", "the first half": a period of several months now in focus
_MONTHS_PERIOD = re.compile(r"P(?:[2-9]|1[01])M")
_FOCUS_REACH = 1500  # characters over which a mentioned quarter stays in focus


def _with_quarter_focus(chosen: list[Candidate], ref: date | None) -> list[Candidate]:
    """Earnings reports compare a quarter with "a year ago": the same quarter a year back.
    Once the report moves on to a longer period ("for the nine months"), "a year ago"
    compares that period and keeps its plain year value."""
    out: list[Candidate] = []
    focus: tuple[int, int, int] | None = None  # (year, quarter, offset)
    for cand in chosen:
        back = cand.focus_years_back
        in_focus = focus is not None and cand.start - focus[2] <= _FOCUS_REACH
        if back is not None and focus and in_focus:
            year, q, _ = focus
            cand = cand._replace(value=f"{year - back:04d}-Q{q}")
        elif cand.focus_year is not None:
            if focus and in_focus:
                cand = cand._replace(value=f"{cand.focus_year:04d}-Q{focus[1]}")
        elif "-Q" in cand.value and (m := _QUARTER.fullmatch(cand.value)) and back is None:
            year, q = int(m.group(1)), int(m.group(2))
            later = focus is None or not in_focus or (year, q) >= focus[:2]
            if later and _reportable(year, q, ref):
                focus = (year, q, cand.end)  # "after a flat second quarter" looks back
        elif _is_months_period(cand.value):
            focus = None
        out.append(cand)
    return out


def _is_months_period(value: str) -> bool:
    # the cheap tests first: most values are no period at all
    return (value[:1] == "P" and _MONTHS_PERIOD.fullmatch(value) is not None) or value.endswith(
        "-H1"
    )


def _reportable(year: int, q: int, ref: date | None) -> bool:
    """A quarter whose results can be out by the reference date: one already begun
    ("into the fourth quarter" of next year is a forecast, not the reported quarter)."""
    return ref is None or (year, q) < (ref.year, (ref.month - 1) // 3 + 1)


def _without_overlaps(
    candidates: list[tuple[int, int, Candidate]], length: int
) -> list[Candidate]:
    """Keep the longest candidates first; a candidate overlapping a kept one is dropped."""
    taken = bytearray(length)
    kept: list[Candidate] = []
    ordered = sorted(candidates, key=lambda t: (t[2].start - t[2].end, t[0], t[2].start))
    for _, _, cand in ordered:
        if taken.find(1, cand.start, cand.end) >= 0:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    return kept
