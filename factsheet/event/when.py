"""The date of the main event: a resolved day (or week) of the event's sentence.

The dates come from the dates extractor; nothing is re-parsed here. Rules:

- a resolved day of the event's sentence ("on Tuesday" in a Friday-dated story) is the
  event's date; the one nearest the event's name or place wins;
- a date attached to a reporting verb ("said on Friday", "On Wednesday, the ministry
  reported that ...") dates the report, not the event, and is never taken; only an
  announcement that is itself the news ("announced on Friday that it will ...") may be,
  when the sentence has no other date;
- without a day, a resolved week ("last week", "this weekend") will do;
- without any, a deictic day ("yesterday", "on Tuesday") of the next sentences of the lead
  paragraph: a day so close to the story's date is the news, unless an opening clause
  sets it in the background ("After a defeat on Tuesday, ...");
- a date after the story's date is only taken when the sentence speaks of the future
  ("will", "next"), and a date before it only when the sentence does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from factsheet.event.lexicon import (
    ANNOUNCING_VERBS,
    BACKGROUND_OPENERS,
    DEICTIC_DAY_WORDS,
    FUTURE_MARKERS,
    NEAR_DAY_WORDS,
    REPORT_THAT_BASES,
    REPORTING_VERBS,
)
from factsheet.lexicon import finite_forms
from factsheet.model import Timex
from factsheet.text import ENGLISH_WORD, LazyPattern, Segment

# A resolved calendar day, with or without a time: "2025-05-20", "2025-05-20T14:00",
# "2007-03-03TNI" (Saturday night).
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T[\dA-Z:.]+)?")
# A resolved week or weekend: "2025-W21", "2025-W21-WE".
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
# How far from the story's date "yesterday" / "24 hours ago" and "on Tuesday" may lie.
NEAR_DAYS = 2
WEEKDAY_DAYS = 14
_REPORT_THAT_WORDS = "|".join(sorted(finite_forms(REPORT_THAT_BASES), key=len, reverse=True))
_REPORT_THAT = LazyPattern(rf"\b(?:{_REPORT_THAT_WORDS})\s+that\b")
# How close a reporting verb must be to date the report: "said so on Friday" (three words
# before), "Friday's statement said" (three after), within so many characters.
REPORT_WORDS_BEFORE = 3
REPORT_WORDS_AFTER = 3
REPORT_WINDOW = 30
# "On Wednesday, X reported that ...": the verb may come a few words after the date.
REPORT_CLAUSE_WINDOW = 80
# What an announcement says happened before it ("had sunk") is not dated by it.
# ("had" + a participle, not "had a meeting": possession).
_PAST_PERFECT = LazyPattern(
    r"\bhad\s+(?!(?:a|an|the|no|to|its|his|her|their|our|some|any|many|much|more|one|two)\b)"
    r"[a-z]{2,}"
)


def event_date(
    text: str,
    dates: tuple[Timex, ...],
    sentence: Segment,
    anchor: tuple[int, int] | None,
    reference: date | None = None,
) -> Timex | None:
    """The day (else the week) of the event told in ``sentence``, nearest to the anchor."""
    inside = [t for t in dates if sentence.start <= t.start and t.end <= sentence.end
              and t.type in ("DATE", "TIME")]
    future = _speaks_of_future(text, sentence)
    for periods in (_days(inside), _weeks(inside)):
        kept = [t for t in periods if _fits_tense(t, reference, future)
                and _close_enough(t, reference)]
        events = [t for t in kept if _report_verb(text, t, sentence) is None]
        if not events:
            events = [t for t in kept if _is_announcement(text, t, sentence)]
        if events:
            return _nearest(events, anchor)
    return None


def follow_up_day(
    text: str, dates: tuple[Timex, ...], sentences: Iterable[Segment], reference: date | None
) -> Timex | None:
    """A deictic day ("yesterday", "on Tuesday") in one of the next lead sentences:
    "The report comes after the two armies exchanged fire yesterday." Absolute dates
    ("on May 4, 1990") there are more often background, and are left alone."""
    for sent in sentences:
        days = [t for t in _days(t for t in dates if sent.start <= t.start and t.end <= sent.end)
                if _is_deictic(t.text) and _report_verb(text, t, sent) is None
                and not _in_opening_clause(text, t, sent)]
        future = _speaks_of_future(text, sent)
        days = [t for t in days
                if _fits_tense(t, reference, future) and _close_enough(t, reference)]
        if days:
            return days[0]
    return None


def _days(timexes: Iterable[Timex]) -> list[Timex]:
    return [t for t in timexes if t.type in ("DATE", "TIME") and _DAY_VALUE.fullmatch(t.value)]


def _weeks(timexes: Iterable[Timex]) -> list[Timex]:
    return [t for t in timexes if t.type == "DATE" and _WEEK_VALUE.fullmatch(t.value)]


def _nearest(timexes: list[Timex], anchor: tuple[int, int] | None) -> Timex:
    if anchor is None:
        return timexes[0]
    middle = (anchor[0] + anchor[1]) // 2
    return min(timexes, key=lambda t: abs((t.start + t.end) // 2 - middle))


def _first_day(value: str) -> date | None:
    """The first calendar day of a day or week value."""
    m = _DAY_VALUE.match(value)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        w = _WEEK_VALUE.fullmatch(value)
        if w:
            monday = date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
            return monday + timedelta(days=5) if w.group(3) else monday
    except ValueError:
        return None
    return None


def _fits_tense(timex: Timex, reference: date | None, future: bool) -> bool:
    """A sentence about the past has its event on or before the story's date; one about
    the future ("will", "is expected") has it on or after: a past date there is
    background ("when the market reopens after the Friday holiday")."""
    first = _first_day(timex.value)
    if reference is None or first is None:
        return True
    return first >= reference if future else first <= reference


def _close_enough(timex: Timex, reference: date | None) -> bool:
    """A day named relative to the story's date lies near it: "yesterday", "24 hours ago"
    within two days, "on Tuesday" within two weeks. Anything else was resolved wrongly."""
    first = _first_day(timex.value)
    if reference is None or first is None:
        return True
    words = {w.lower() for w in ENGLISH_WORD.findall(timex.text)}
    if words & NEAR_DAY_WORDS:
        return abs((first - reference).days) <= NEAR_DAYS
    if words & DEICTIC_DAY_WORDS:
        return abs((first - reference).days) <= WEEKDAY_DAYS
    return True


def _speaks_of_future(text: str, sentence: Segment) -> bool:
    words = ENGLISH_WORD.findall(text, sentence.start, sentence.end)
    return not FUTURE_MARKERS.isdisjoint(map(str.lower, words))


def _in_opening_clause(text: str, timex: Timex, sentence: Segment) -> bool:
    """ "After a defeat on Tuesday, the senator ...": a clause opening the sentence with
    "after", "since", "despite"... sets the background of the main one."""
    first = ENGLISH_WORD.search(text, sentence.start, sentence.end)
    if first is None or first.group(0).lower() not in BACKGROUND_OPENERS:
        return False
    return "," not in text[first.end():timex.start]


def _is_deictic(phrase: str) -> bool:
    return any(w.lower() in DEICTIC_DAY_WORDS for w in ENGLISH_WORD.findall(phrase))


def _report_verb(text: str, timex: Timex, sentence: Segment) -> str | None:
    """The reporting verb a date is attached to: "said on Friday", "Friday's statement
    said", "On Friday, officials reported that ..."."""
    lo = max(sentence.start, timex.start - REPORT_WINDOW)
    before = [m.group(0) for m in ENGLISH_WORD.finditer(text, lo, timex.start)
              if m.start() > lo or lo == sentence.start or not text[lo - 1].isalpha()]
    # "Friday's statement said", not "late on Friday, the radio reported": a comma ends it.
    hi = min(sentence.end, timex.end + REPORT_WINDOW)
    comma = text.find(",", timex.end, hi)
    after = ENGLISH_WORD.findall(text, timex.end, comma if comma >= 0 else hi)
    verb = _reporting_verb(before[-REPORT_WORDS_BEFORE:] + after[:REPORT_WORDS_AFTER])
    if verb is not None:
        return verb
    opens_sentence = not ENGLISH_WORD.search(text, sentence.start, timex.start) or (
        text[sentence.start:timex.start].strip().lower() in {"on", "late on", "early on"}
    )
    if not opens_sentence:
        return None
    clause = text[timex.end:min(sentence.end, timex.end + REPORT_CLAUSE_WINDOW)]
    m = _REPORT_THAT.search(clause)
    return str(m.group(0)).split()[0].lower() if m else None


def _reporting_verb(words: list[str]) -> str | None:
    for word in words:
        if word.lower() in REPORTING_VERBS:
            return str(word).lower()
    return None


def _is_announcement(text: str, timex: Timex, sentence: Segment) -> bool:
    """ "announced on Friday that it will ...": the announcement is the news, unless what
    it announces happened before it ("... that the ferry had sunk")."""
    verb = _report_verb(text, timex, sentence)
    if verb not in ANNOUNCING_VERBS:
        return False
    return not _PAST_PERFECT.search(text, sentence.start, sentence.end)
