"""Trigger words: every match of a rule contains one of its trigger words.

Running each rule's pattern over the whole text costs a regex attempt at every character;
instead one cheap word scan finds the trigger words, and each rule runs only in windows
around its own triggers. Calendar names trigger only when capitalised ("May", not "may").
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from itertools import compress

from factsheet.dates.lexicon import (
    FIXED_HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from factsheet.dates.rule import LeadTest, TriggerTest
from factsheet.text import LazyPattern

DIGITS = "#"  # the trigger of rules built on a year: "1999", "1990s", "'90s", "5/20/2025"

_SINGULAR_UNITS = frozenset({*UNITS, "weekend"})
_PLURAL_UNITS = frozenset({*(u + "s" for u in _SINGULAR_UNITS), *UNIT_PLURALS})
_UNIT_WORDS = _SINGULAR_UNITS | _PLURAL_UNITS
_MONTH_WORDS = frozenset({*MONTHS, *MONTH_ABBREVIATIONS})
_WEEKDAY_WORDS = frozenset({*WEEKDAYS, *(d + "s" for d in WEEKDAYS)})
_HOLIDAY_WORDS = frozenset(
    w for name in (*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, "easter")
    for w in re.findall(r"[a-z]+", name) if len(w) > 1
)

# Rule name -> trigger words (lower-case; DIGITS for any number).
RULE_TRIGGERS: dict[str, frozenset[str]] = {
    "month_day": _MONTH_WORDS,
    "day_month": _MONTH_WORDS,
    "second_day": _MONTH_WORDS,
    "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "iso_date": frozenset({DIGITS}),
    "us_date": frozenset({DIGITS}),
    "dotted_date": frozenset({DIGITS}),
    "year_period": frozenset({DIGITS}),
    "year": frozenset({DIGITS}),
    "decade": frozenset(
        {DIGITS, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
         "nineties"}
    ),
    "century": frozenset({"century"}),
    "quarter": frozenset({"quarter"}),
    "q_quarter": frozenset({"q", "h"}),
    "half": frozenset({"half"}),
    "season": frozenset(SEASONS),
    "holiday": _HOLIDAY_WORDS | {"good"},  # "Good Friday"; "Easter Sunday" has "easter"
    "day_word": frozenset({"today", "yesterday", "tomorrow", "tonight"}),
    "two_days": frozenset({"day"}),
    "part_of_day": frozenset(PARTS_OF_DAY),
    "part_of_day_of": frozenset(PARTS_OF_DAY),
    "weekday": _WEEKDAY_WORDS,
    "relative_unit": _SINGULAR_UNITS | {"morning", "night", "period"},
    "the_unit": _SINGULAR_UNITS,
    "ago": _UNIT_WORDS,
    "year_ago": frozenset({"year"}),
    "that_unit": frozenset({"day", "week", "month", "year", "morning", "night"}),
    "year_end": frozenset({"year", "yearend", "midyear"}),
    "duration": _UNIT_WORDS,
    "vague_duration": _PLURAL_UNITS,
    "age": frozenset({"age"}),
    "every": frozenset({"every", "each"}),
    "adverb_set": frozenset(
        {"daily", "weekly", "monthly", "yearly", "hourly", "nightly", "biweekly", "semiannually"}
    ),
    "frequency": frozenset({"once", "twice", "thrice", "times"}),
    "reference_word": frozenset(
        {"now", "currently", "presently", "nowadays", "days", "recently", "lately", "future",
         "past", "term", "date"}
    ),
    # "a.m." splits into "a" and "m"; a 24-hour clock needs its zone ("14:30 GMT")
    "clock": frozenset(
        {"m", "am", "pm", "noon", "midnight", "gmt", "utc", "local", "bst", "cet", "cest", "est",
         "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "hours", "hour", "hrs"}
    ),
    "current": frozenset({"current"}),
    "soon": frozenset({"soon"}),
    "fiscal": frozenset({"fiscal", "fy"}),
    "spelled_year": frozenset({"nineteen", "twenty", "year"}),
}
# Rules whose trigger words count only capitalised: holiday names are ("Christmas Day").
CAPITALISED_ONLY_RULES = frozenset({"holiday"})
# Words that trigger only when capitalised: calendar and holiday names, "Q3", "FY2024".
NAME_WORDS = frozenset({*_MONTH_WORDS, *_WEEKDAY_WORDS, *_HOLIDAY_WORDS, "q", "h", "fy"}) - {
    "day", "eve", "year", "years", "s"
}

# How far (characters) a rule's match may reach before and after its trigger word, from
# the longest modifiers its pattern allows ("no more than the past twenty four hours").
RULE_REACH: dict[str, tuple[int, int]] = {
    "month_day": (32, 24), "day_month": (32, 24), "month_year": (40, 40), "month": (40, 16),
    "second_day": (8, 48), "iso_date": (8, 12), "year_period": (8, 16), "us_date": (12, 8),
    "dotted_date": (12, 8),
    "year": (40, 16), "decade": (40, 8),
    "century": (48, 8), "quarter": (48, 40), "q_quarter": (8, 8), "half": (24, 40),
    "season": (40, 40), "holiday": (24, 16), "day_word": (32, 16), "two_days": (16, 24),
    "part_of_day": (24, 4), "part_of_day_of": (16, 16), "weekday": (40, 24),
    "relative_unit": (48, 4), "the_unit": (48, 4), "ago": (64, 24), "that_unit": (24, 4),
    "year_ago": (24, 32), "year_end": (16, 8), "duration": (64, 24), "vague_duration": (32, 4),
    "age": (16, 32), "every": (8, 48), "adverb_set": (4, 4),
    "frequency": (32, 24), "reference_word": (32, 12), "clock": (40, 40), "current": (8, 4),
    "soon": (8, 16),
    "fiscal": (16, 12),
    "spelled_year": (32, 48),
}


# What must follow the trigger word for a rule to be worth running there: a unit word
# wakes "ago" only before "ago", "later"...; "times" wakes "frequency" only before "a".
RULE_CONFIRM: dict[str, str] = {
    "ago": r"\s+(?:(?i:or\s+so)\s+)?(?i:ago|earlier|later|before|after|from\s+now|hence|back)\b",
    "frequency": r"\s+(?i:a|an|per|each|every)\s",
}

_MIN_AFTER = 16  # so that a look-ahead past the match never sees a window's false end

# A rule's reach before and after its trigger word, what must follow the trigger, and the
# rule's own tests of the words around it (see ``Rule``).
Reach = tuple[int, int, "re.Pattern[str] | None", TriggerTest | None, LeadTest | None]


def rule_reaches(
    rules: Iterable[tuple[str, TriggerTest | None, LeadTest | None]],
) -> tuple[Reach, ...]:
    """The reach of each rule, given as (name, trigger test, lead test)."""
    return tuple(
        (
            RULE_REACH[name][0],
            max(_MIN_AFTER, RULE_REACH[name][1]),
            re.compile(RULE_CONFIRM[name]) if name in RULE_CONFIRM else None,
            test,
            lead,
        )
        for name, test, lead in rules
    )


def trigger_index(
    rule_names: Iterable[str],
) -> tuple[dict[bytes, tuple[int, ...]], tuple[int, ...]]:
    """Word as written (ASCII bytes) -> indices of the rules it triggers, and the number
    rules' indices. Each word is entered as written in lower case, capitalised and in
    capitals, so the scan needs no case folding; calendar names are entered capitalised only."""
    index: dict[bytes, list[int]] = {}
    numbers: list[int] = []
    for i, name in enumerate(rule_names):
        for word in RULE_TRIGGERS[name]:
            if word == DIGITS:
                numbers.append(i)
                continue
            forms = {word.capitalize(), word.upper()}
            if word not in NAME_WORDS and name not in CAPITALISED_ONLY_RULES:
                forms.add(word)
            for form in forms:
                index.setdefault(form.encode("ascii"), []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}, tuple(numbers)


def rule_windows(
    text: str,
    index: dict[bytes, tuple[int, ...]],
    numbers: tuple[int, ...],
    reaches: tuple[Reach, ...],
) -> list[list[tuple[int, int]]]:
    """For each rule, the merged windows of text around its trigger words."""
    windows: list[list[tuple[int, int]]] = [[] for _ in reaches]
    # The window each rule has open (none while its end is -1): a new one starts only past
    # its end. Plain comparisons rather than calls to min and max: this loop runs for every
    # trigger of every rule.
    open_lo = [0] * len(reaches)
    open_hi = [-1] * len(reaches)
    length = len(text)
    for start, end, ids in _trigger_hits(text, index, numbers):
        for i in ids:
            before, after, confirm, test, lead = reaches[i]
            hi = end + after
            if hi <= open_hi[i] and start - before >= open_lo[i]:
                continue  # its full reach is inside the open window: no test can widen that
            if confirm is not None and confirm.match(text, end) is None:
                continue
            if test is not None and not test(text, start):
                continue
            lo = start if lead is not None and not lead(text, start) else start - before
            if open_hi[i] < 0 or lo > open_hi[i]:
                if open_hi[i] >= 0:  # (only the last window can pass the end of the text)
                    windows[i].append((max(0, open_lo[i]), open_hi[i]))
                open_lo[i], open_hi[i] = lo, hi
                continue
            if hi > open_hi[i]:
                open_hi[i] = hi
            if lo < open_lo[i]:  # a full reach behind a shortened one: may join closed ones
                open_lo[i] = _join_closed(windows[i], lo)
    for i, hi in enumerate(open_hi):
        if hi >= 0:
            windows[i].append((max(0, open_lo[i]), min(length, hi)))
    return windows


def _join_closed(closed: list[tuple[int, int]], lo: int) -> int:
    """The start of the open window once it reaches back to ``lo``: the closed windows it
    now overlaps are taken into it (and off the list)."""
    while closed and lo <= closed[-1][1]:
        lo = min(lo, closed.pop()[0])
    return lo


def _trigger_hits(
    text: str, index: dict[bytes, tuple[int, ...]], numbers: tuple[int, ...]
) -> list[tuple[int, int, tuple[int, ...]]]:
    """(start, end, rule indices) of every trigger word, in text order. Both scans read
    the text as ASCII bytes, one per character (any other character becomes "?"), so that
    ``bytes.translate`` can blank out at C speed what a scan does not look for, and every
    offset is still the text's."""
    ascii_text = text.encode("ascii", "replace")
    hits = _word_hits(text, ascii_text, index)
    if numbers:
        hits.extend((start, end, numbers) for start, end in _year_like(text, ascii_text))
    hits.sort()
    return hits


# Every byte but an ASCII letter becomes a space.
_LETTER_BYTES = bytes(c if chr(c) in string.ascii_letters else 32 for c in range(256))
# Every digit becomes "0", "s" stays, every other byte becomes a space.
_DIGIT_BYTES = bytes(48 if c in b"0123456789" else c if c == ord("s") else 32 for c in range(256))
# In those bytes: two digits that start a run of digits ("00" not after a "0"), then two
# more that end it ("1999"), or an "s" ("90s"). The literal "00" lets the engine jump
# from one pair of digits to the next; a run of any other length is no year.
_YEAR_LIKE = re.compile(rb"00(?<!000)(?:00(?!0)|(?=s))")


def _year_like(text: str, ascii_text: bytes) -> Iterator[tuple[int, int]]:
    """A four-digit number, or the two digits of a decade ("'90s"), not after a digit. The
    bytes show only ASCII digits; a digit of another script before one ("²1999") is told
    by ``str.isdigit`` on the few numbers found."""
    for m in _YEAR_LIKE.finditer(ascii_text.translate(_DIGIT_BYTES)):
        start = m.start()
        if start == 0 or text[start - 1] < "\x80" or not text[start - 1].isdigit():
            yield start, m.end()


def _word_hits(
    text: str, ascii_text: bytes, index: dict[bytes, tuple[int, ...]]
) -> list[tuple[int, int, tuple[int, ...]]]:
    """The trigger words, each a whole run of ASCII letters. In the text's ASCII bytes
    every character but a letter becomes a space: ``bytes.split`` lists its words at C
    speed, a C-level filter keeps the trigger words, in text order, and each is then
    found by ``bytes.find`` between two spaces from where the one before it ended (a regex
    would make a match object for every word of the text)."""
    letters = b" " + ascii_text.translate(_LETTER_BYTES) + b" "
    words = letters.split()
    hits: list[tuple[int, int, tuple[int, ...]]] = []
    overridden: set[bytes] = set()
    find, at = letters.find, 0
    for form in compress(words, map(index.__contains__, words)):
        if form in _FORM_OVERRIDES:
            overridden.add(form)
            continue
        # The space before the word sits at the word's offset in the text (the leading
        # space shifts the bytes by one).
        at = find(b" " + form + b" ", at)
        end = at + len(form)
        hits.append((at, end, index[form]))
        at = end
    for form in overridden:
        hits.extend(
            (m.start() - 1, m.end(), index[form])
            for m in _FORM_OVERRIDES[form].finditer(text)
            if m.start() == 1 or text[m.start() - 2] not in _ASCII_LETTERS
        )
    return hits


# The "m" of "a.m." alone would hit every word ending in m ("from", "them"). Each pattern
# finds the ".m" and then looks behind for its letter (the hit starts there): a pattern
# that starts with a literal is searched for at C speed, while one that starts with "a" or
# "p" (or with a look-behind) is tried at every such letter of the text.
_FORM_OVERRIDES = {
    b"m": LazyPattern(r"\.m(?<=[ap]\.m)(?![A-Za-z])"),
    b"M": LazyPattern(r"\.M(?<=[AP]\.M)(?![A-Za-z])"),
}


_ASCII_LETTERS = frozenset(string.ascii_letters)


def window_matches(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` inside the windows; one cut short by a window's end is
    matched again against the whole text."""
    for lo, hi in windows:
        for m in pattern.finditer(text, lo, hi):
            if m.end() == hi and hi < len(text):
                # cut short by the window's end: only the match against the whole text counts
                full = pattern.match(text, m.start())
                if full is not None:
                    yield full
                continue
            yield m
