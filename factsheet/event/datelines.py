"""Dateline formats of news articles, one paragraph at a time.

Each pattern is anchored at the start of a paragraph and built from bounded pieces, so it
runs in time linear in the paragraph; the line-level patterns only see short lines.
Formats (all real):

- ``Friday, July 21, 2017`` on its own line, or opening the first paragraph (Wikinews);
- ``LONDON 1996-08-30`` / ``TAVILDARA, Tajikistan 1996-08-30`` (Reuters), the place
  possibly alone on the line above the date;
- ``SEOUL, May 21 (Yonhap) --`` / ``WASHINGTON (AP) —`` opening the first paragraph (also
  ``Rio de Janeiro (AFP) -``, ``SHIMLA, Himachal Pradesh, India (Reuters) -``,
  ``DAYTON, Ohio, (AP) —``, ``DAYTON, Ohio (WKEF/WRGT) —``, the Indian agencies'
  ``Kochi, May 21 (PTI) The ...`` without a dash and ``New Delhi [India], May 21 (ANI):``),
  and the press-release forms ``DOVER, Del., Oct. 14, 2025 /PRNewswire/ --`` and
  ``SAN JOSE, Calif.--(BUSINESS WIRE)--``;
- ``(CNN) —``: an outlet's credit alone (no place, no date);
- ``NEW DELHI:``: a known city in capitals and a colon (South Asian outlets);
- ``Published: 21 May 2025 09:14 BST``, ``August 30, 1996 / 3:04 PM / Updated 2 hours ago``,
  ``By Jane Doe | Friday 30 August 1996``, ``Jane Doe · May 21, 2025 · 3 min read``;
- ``Reporting from Dayton, Ohio``: a reporter's place on its own line (no date);
- ``Taipei, Taiwan — The festival ...``: a place and a dash opening the story (no date).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factsheet.event.lexicon import (
    DATE_LINE_KEYWORDS,
    MONTHS,
    NOT_PLACES,
    PLACE_ONLY_PARTICLES,
    WEEKDAYS,
)
from factsheet.participants.lexicon import NAME_PARTICLES, PLACES
from factsheet.text import LazyPattern

# Lines longer than this are never a stand-alone dateline (keeps the lazy patterns cheap).
MAX_DATELINE_LINE = 120
# A dateline opening a paragraph is within its first characters.
MAX_OPENING_CHARS = 160
# A year-less dateline ("Aug. 30 (Reuters)") still needs a real date: a leap year keeps
# Feb. 29 valid, and the pipeline only reports the month and the day.
PLACEHOLDER_YEAR = 2000


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alternation(list(MONTHS))
_MONTH_TITLE = _alternation([m.capitalize() for m in MONTHS])
_WEEKDAY = _alternation(WEEKDAYS)
_KEYWORD = _alternation(DATE_LINE_KEYWORDS)

_MDY = rf"(?P<m1>{_MONTH})\.?\s(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y1>\d{{4}})"
_DMY = rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<m2>{_MONTH})\.?,?\s(?P<y2>\d{{4}})"
_ISO = r"(?P<y3>(?:1[89]|20)\d\d)-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])"
# "10:14 AM EDT, ": a time before the date ("Updated 10:14 AM EDT, Fri May 21, 2025").
_CLOCK = r"(?:\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?)?\s?(?:[A-Z]{2,4})?,?\s)"
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY})\.?,?\s)"

# The long patterns below are compiled on first use, and only for a paragraph that passes
# a cheap test for what every match must contain (a year, a dash, a month name): compiling
# them all costs several milliseconds, a large share of the start-up of a one-file run.
# Every date pattern (ISO, page line, weekday opening) ends in a four-digit year.
_FOUR_DIGITS = re.compile(r"\d{4}")

# "LONDON 1996-08-30", "TAVILDARA, Tajikistan 1996-08-30", or the date alone.
ISO_LINE = LazyPattern(rf"(?:(?P<place>\S[^\n]*?)\s+)?{_ISO}\s*$")

# "Published: 21 May 2025 09:14 BST", "By Jane Doe | Friday 30 August 1996",
# "Jane Doe · May 21, 2025 · 3 min read",
# "August 30, 1996 / 3:04 PM / Updated 2 hours ago", "Friday, July 21, 2017".
PAGE_LINE = LazyPattern(
    rf"(?:[^|·•\n]{{1,60}}[|·•]\s*|(?:{_KEYWORD})(?:\son)?\s?:?\s*{_CLOCK}?)?"
    rf"{_WEEKDAY_PREFIX}?(?:{_MDY}|{_DMY}|{_ISO})(?P<tail>[^\n]*)",
    re.IGNORECASE,
)

# What may follow the date on a page line: a time, a separator, "Updated ...".
PAGE_TAIL = LazyPattern(
    r"\s*(?:$|[,/|·•–—(-]|at\b|by\b|\d{1,2}[:.]\d\d|updated\b|T\d\d:\d\d)", re.IGNORECASE
)

# "Thursday, May 7, 2015 On Tuesday, ...": a weekday date opening the first paragraph.
WEEKDAY_OPENING = LazyPattern(rf"{_WEEKDAY_PREFIX}(?:{_MDY}|{_DMY})\b\s*", re.IGNORECASE)

# A capitalised word, accented letters included ("Tromsø", "ÖREBRO", "N'DJAMENA").
_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP_WORD = rf"[{_UPPER}](?:[^\W_]|['’.\-])*"
_CAP_WORDS = rf"{_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}}"
# "Rio de Janeiro", "Dar es Salaam": lower-case particles inside a place name, those of
# persons' names and a few of places only. A particle is lower case and a place word
# capitalised, so the two never compete for the same characters.
_PARTICLE = f"(?:{_alternation(sorted(NAME_PARTICLES | PLACE_ONLY_PARTICLES))})"
_PLACE_NAME = rf"{_CAP_WORD}(?:\s(?:{_PARTICLE}\s)?{_CAP_WORD}){{0,3}}"
# Dashes after a dateline; AP wire copy uses "_" for the em dash.
_DASH = r"(?:--|—|–|-|_)"
# "(Reuters)", "(AP)", "(dpa)": an agency tag, German "dpa" being lower case.
# "(WKEF/WRGT)": two stations sharing a newsroom.
_AGENCY = r"[A-Za-z][\w.&/\-]{0,15}(?:\s[A-Z][\w.&/\-]{0,15}){0,3}"

# A wire service's tag between slashes: "/PRNewswire/", "/CNW/".
_WIRE = r"[A-Za-z][\w.&\-]{0,20}(?:\s[A-Za-z][\w.&\-]{0,20}){0,2}"

# "SEOUL, May 21 (Yonhap) --", "FARMINGTON HILLS, Mich., Aug 30 (Reuters) -",
# "WASHINGTON (AP) —", "LONDON, Aug. 30, 1996 (Reuters) -", "DOVER, Del., Oct. 14, 2025
# /PRNewswire/ --", "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme ..." (no space after it),
# "SHIMLA, Himachal Pradesh, India (Reuters) -" (two regions), "DAYTON, Ohio, (AP) —" (a
# comma before the tag), "New Delhi [India], May 21 (ANI): ..." (the country in square
# brackets) and "Kochi, May 21 (PTI) The ..." (no dash: checked by _is_agency_dateline).
AGENCY_OPENING = LazyPattern(
    rf"(?P<place>{_PLACE_NAME})(?:\s\[{_CAP_WORDS}\])?"
    rf"(?:,\s(?P<region>{_CAP_WORDS}(?:,\s{_CAP_WORDS})?))?"
    rf"(?:,?\s(?P<mon>{_MONTH_TITLE}|{_MONTH.upper()})\.?\s(?P<day>\d{{1,2}}))?"
    r"(?:,\s(?P<year>\d{4}))?"
    rf"(?:,?\s?(?:--)?\(\s?(?P<agency>{_AGENCY})\s?\)|\s/(?P<wire>{_WIRE})/)?"
    rf"(?:(?P<sep>\s?(?:{_DASH}|:))(?:\s+|$|(?<=\)--)(?=[A-Z0-9\"“]))"
    rf"|(?<=\))\s+(?=[{_UPPER}\"“]))"
)

# "(CNN) —", "(AP) -- ": an outlet's credit opening the story, with no place.
# The outlet's name is capitalised here: a bracket opening a story is rarely anything else.
_OUTLET = r"[A-Z][\w.&\-]{0,15}(?:\s[A-Z][\w.&\-]{0,15}){0,3}"
CREDIT_OPENING = LazyPattern(rf"\(\s?{_OUTLET}\s?\)\s?{_DASH}\s+")

# An agency dateline needs an agency tag in brackets or a month name, as written in the
# pattern (whole word, capitalised or in capitals).
_AGENCY_MONTHS = frozenset({*(m.capitalize() for m in MONTHS), *(m.upper() for m in MONTHS)})
_ASCII_WORD = re.compile(r"[A-Za-z]+")
# Every such month word holds its first three letters ("Jan", "SEPT"): one C-speed search
# for them spares listing the words of the many openings that name no month.
_AGENCY_MONTH_PREFIX = re.compile(_alternation(sorted({w[:3] for w in _AGENCY_MONTHS})))

# "WASHINGTON _" or "NAIROBI, Kenya --" alone on its line, the story below.
LONE_PLACE_LINE = LazyPattern(rf"(?P<place>{_CAP_WORDS}(?:,\s{_CAP_WORDS})?)\s?{_DASH}\s*$")

_DASH_CHARS = "-—–_"

# "Taipei, Taiwan — The festival ...": a place and a dash opening the story.
PLACE_DASH_OPENING = LazyPattern(
    rf"(?P<place>{_CAP_WORDS}(?:,\s{_CAP_WORDS}){{0,2}})\s(?:—|–|--|-)\s+(?=[A-Z\"“‘'])"
)

# The space and dash every place-dash opening has.
_SPACE_DASH = re.compile(r"\s[—–-]")

# "Reporting from Dayton, Ohio": where the reporter was, on a line of its own.
REPORTER_CUE = "Reporting from "
REPORTER_LINE = LazyPattern(
    rf"{REPORTER_CUE}(?P<place>{_PLACE_NAME}(?:,\s{_CAP_WORDS}){{0,2}})\s*$"
)
# Reporter lines are short.
MAX_REPORTER_LINE = 80

# A word of a line that only names a place ("FARMINGTON HILLS, Mich.").
_PLACE_LINE = LazyPattern(rf"[{_UPPER}][{_UPPER}'’.\-]+(?:[\s,]+{_CAP_WORD}){{0,4}}\s*$")


class DatelineMatch(NamedTuple):
    """A dateline found in a paragraph: offsets of the dateline, its date and place."""

    start: int
    end: int
    body_start: int
    date: date | None = None
    year_stated: bool = True
    place: tuple[int, int] | None = None


def match_line_dateline(text: str, start: int, end: int) -> DatelineMatch | None:
    """A paragraph that is a dateline on its own (ISO or web-page date line)."""
    if end - start > MAX_DATELINE_LINE:
        return None
    dated = _FOUR_DIGITS.search(text, start, end) is not None
    m = ISO_LINE.match(text, start, end) if dated else None
    if m:
        place = (m.start("place"), m.end("place")) if m.group("place") else None
        when = _make_date(m.group("y3"), m.group("m3"), m.group("d3"))
        return DatelineMatch(start, _rstrip(text, start, end), end, when, True, place)
    m = PAGE_LINE.match(text, start, end) if dated else None
    if m and PAGE_TAIL.match(m.group("tail")):
        return DatelineMatch(start, _rstrip(text, start, end), end, _page_date(m), True)
    ends_in_dash = text[start:end].rstrip()[-1:] in _DASH_CHARS
    m = LONE_PLACE_LINE.match(text, start, end) if ends_in_dash else None
    if m and _city_in_capitals(m.group("place")) and _may_be_place(m.group("place")):
        return DatelineMatch(start, _rstrip(text, start, end), end, None, True,
                             (m.start("place"), m.end("place")))
    return None


def _city_in_capitals(place: str) -> bool:
    city = place.split(",")[0]
    return len(city) > 1 and city.isupper()


def match_opening_dateline(text: str, start: int, end: int) -> DatelineMatch | None:
    """A dateline that opens a paragraph of the story ("SEOUL, May 21 (Yonhap) -- ...")."""
    end = min(end, start + MAX_OPENING_CHARS)
    m = WEEKDAY_OPENING.match(text, start, end) if _FOUR_DIGITS.search(text, start, end) else None
    if m:
        return DatelineMatch(start, _rstrip(text, start, m.end()), m.end(), _page_date(m), True)
    m = AGENCY_OPENING.match(text, start, end) if _may_be_agency(text, start, end) else None
    if m and _is_agency_dateline(m):
        when, stated = _agency_date(m)
        place_end = m.end("region") if m.group("region") else m.end("place")
        # "Calif.--(BUSINESS WIRE)": a capitalised word may end in the dashes after it.
        place = (m.start("place"), _rstrip(text, m.start("place"), place_end, "-"))
        return DatelineMatch(start, _rstrip(text, start, m.end()), m.end(), when, stated, place)
    m = CREDIT_OPENING.match(text, start, end) if text.startswith("(", start) else None
    if m:
        return DatelineMatch(start, _rstrip(text, start, m.end()), m.end())
    return None


def match_place_dash(text: str, start: int, end: int) -> DatelineMatch | None:
    """ "Taipei, Taiwan — The ...": a place without a date opening the story."""
    end = min(end, start + MAX_OPENING_CHARS)
    if not _SPACE_DASH.search(text, start, end):
        return None
    m = PLACE_DASH_OPENING.match(text, start, end)
    if not m or not _may_be_place(m.group("place")):
        return None
    return DatelineMatch(start, _rstrip(text, start, m.end()), m.end(), None, True,
                         (m.start("place"), m.end("place")))


def is_place_line(line: str) -> bool:
    """A short line that only names a place in capitals ("FARMINGTON HILLS, Mich.")."""
    return (len(line) <= 40 and " - " not in line and bool(_PLACE_LINE.match(line))
            and _may_be_place(line))


def match_reporter_line(text: str, start: int, end: int) -> DatelineMatch | None:
    """ "Reporting from Dayton, Ohio": a line naming where the story was reported."""
    if end - start > MAX_REPORTER_LINE or not text.startswith(REPORTER_CUE, start):
        return None
    m = REPORTER_LINE.match(text, start, end)
    if not m or not _may_be_place(m.group("place")):
        return None
    return DatelineMatch(start, _rstrip(text, start, end), end, None, True,
                         (m.start("place"), m.end("place")))


def _may_be_place(words: str) -> bool:
    """Neither a date ("MAY 21 -") nor a page label ("FILE -", "WATCH —")."""
    first = words.split(None, 1)[0].strip(".,:").lower() if words.strip() else ""
    return first not in NOT_PLACES and not _has_calendar_word(words)


def _may_be_agency(text: str, start: int, end: int) -> bool:
    """The cheap test before the agency pattern: a bracket, a slash, a colon or a month
    name in reach."""
    head = text[start:end]
    if "(" in head or "/" in head or ":" in head:  # ":" for "NEW DELHI: ..."
        return True
    if _AGENCY_MONTH_PREFIX.search(head) is None:
        return False
    return not _AGENCY_MONTHS.isdisjoint(_ASCII_WORD.findall(head))


def _is_agency_dateline(m: re.Match[str]) -> bool:
    """An agency tag or a month-day is needed: "CRICKET - ..." is a headline slug. A known
    city in capitals before a colon will do too: "NEW DELHI: ...", not "BREAKING: ..."."""
    if not (m.group("agency") or m.group("wire") or m.group("mon") or _is_city_colon(m)):
        return False
    # Without a dash, only an agency's full dateline: "Kochi, May 21 (PTI) The ...".
    if m.group("sep") is None and not (m.group("agency") and m.group("mon")):
        return False
    if not _may_be_place(m.group("place")):
        return False
    region = m.group("region")
    return not (region and _has_calendar_word(region))


def _is_city_colon(m: re.Match[str]) -> bool:
    place = m.group("place")
    return (m.group().rstrip().endswith(":") and not m.group("region")
            and place.isupper() and place.title() in PLACES)


def _has_calendar_word(words: str) -> bool:
    return any(w.strip(".,").lower() in MONTHS or w.strip(".,").lower() in WEEKDAYS
               for w in words.split())


def _agency_date(m: re.Match[str]) -> tuple[date | None, bool]:
    if not m.group("mon"):
        return None, True
    year = m.group("year")
    when = _make_date(year or str(PLACEHOLDER_YEAR), m.group("mon"), m.group("day"))
    return when, year is not None


def _page_date(m: re.Match[str]) -> date | None:
    for y, mo, d in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
        if y in m.re.groupindex and m.group(y):
            return _make_date(m.group(y), m.group(mo), m.group(d))
    return None


def _make_date(year: str, month: str, day: str) -> date | None:
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    if month_number is None:
        return None
    try:
        return date(int(year), month_number, int(day))
    except ValueError:
        return None


def _rstrip(text: str, start: int, end: int, chars: str = "") -> int:
    """``end`` moved back over white space (and ``chars``)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return end
