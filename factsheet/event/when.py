"""The date of the main event: a resolved day-level timex of the event's sentence.

The dates come from the dates extractor; nothing is re-parsed here. A date attached to a
reporting verb ("said on Friday", "On Wednesday, the ministry reported that ...") dates the
report, not the event, and is only used when the sentence has no other date.
"""

from __future__ import annotations

import re

from factsheet.event.lexicon import REPORTING_VERBS
from factsheet.model import Timex
from factsheet.text import Segment

# A resolved calendar day, with or without a time: "2025-05-20", "2025-05-20T14:00",
# "2007-03-03TNI" (Saturday night).
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T[\dA-Z:.]+)?")
_WORD = re.compile(r"[A-Za-z]+")
_REPORT_THAT = re.compile(r"\b(?:said|says|reported|announced|stated|confirmed)\s+that\b")
# How close (in characters) a reporting verb must be to date the report.
REPORT_WINDOW = 12
# "On Wednesday, X reported that ...": the verb may come a few words after the date.
REPORT_CLAUSE_WINDOW = 80


def event_date(
    text: str, dates: tuple[Timex, ...], sentence: Segment, anchor: tuple[int, int] | None
) -> Timex | None:
    """The day of the event told in ``sentence``, nearest to the anchor (name or place)."""
    days = [
        t for t in dates
        if sentence.start <= t.start and t.end <= sentence.end
        and t.type in ("DATE", "TIME") and _DAY_VALUE.fullmatch(t.value)
    ]
    if not days:
        return None
    events = [t for t in days if not _dates_the_report(text, t, sentence)] or days
    if anchor is None:
        return events[0]
    middle = (anchor[0] + anchor[1]) // 2
    return min(events, key=lambda t: abs((t.start + t.end) // 2 - middle))


def _dates_the_report(text: str, timex: Timex, sentence: Segment) -> bool:
    """ "said on Friday", "Friday's statement said", "On Friday, officials reported that"."""
    before = text[max(sentence.start, timex.start - REPORT_WINDOW):timex.start]
    after = text[timex.end:min(sentence.end, timex.end + REPORT_WINDOW)]
    if _has_reporting_verb(before) or _has_reporting_verb(after):
        return True
    opens_sentence = not _WORD.search(text, sentence.start, timex.start) or (
        text[sentence.start:timex.start].strip().lower() in {"on", "late on", "early on"}
    )
    if not opens_sentence:
        return False
    clause = text[timex.end:min(sentence.end, timex.end + REPORT_CLAUSE_WINDOW)]
    return bool(_REPORT_THAT.search(clause))


def _has_reporting_verb(snippet: str) -> bool:
    return any(w.lower() in REPORTING_VERBS for w in _WORD.findall(snippet))
