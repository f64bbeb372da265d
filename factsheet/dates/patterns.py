"""Regex building blocks, assembled from the lexicon.

Calendar names are matched case-sensitively (capitalised or all capitals) so that "may",
"march" or "sat" never start a date; other words are matched case-insensitively in
scoped ``(?i:...)`` groups. No block has nested quantifiers: every pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factsheet.dates.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    ONES,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TENS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)


def any_of(words: Iterable[str]) -> str:
    """A case-insensitive alternation, longest words first so that prefixes lose. A
    look-ahead for the words' first letters comes first: the engine tries each branch of a
    case-insensitive alternation in turn, while a class test rejects most positions at once
    (the same class under the same flag, so it matches exactly what the branches start with)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    firsts = "".join(sorted({re.escape(w[0]) for w in ordered}))
    return (
        f"(?=(?i:[{firsts}]))(?i:"
        + "|".join(w.replace(".", r"\.").replace(" ", r"\s+") for w in ordered)
        + ")"
    )


def capitalised(words: Iterable[str]) -> str:
    """Capitalised or upper-case forms only: "May", "MAY", never "may"."""
    forms: set[str] = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(ordered) + ")"


MONTH_FULL = capitalised(MONTHS)
MONTH_ABBR = capitalised(MONTH_ABBREVIATIONS) + r"\.?"
MONTH_ANY = f"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = capitalised(WEEKDAYS)
SEASON = any_of(SEASONS)
PART_OF_DAY = any_of(PARTS_OF_DAY)
ORDINAL_WORD = any_of(ORDINALS)

_ONES_1_9 = any_of(w for w, n in ONES.items() if 1 <= n <= 9)
NUMBER_WORD = (
    f"(?:{any_of(TENS)}(?:[\\s-]{_ONES_1_9})?|{any_of(ONES)})"
    r"(?:\s+(?i:hundred|thousand))?|(?i:a\s+(?:hundred|thousand))"
)
# Not right after a word, a currency sign or number punctuation. CPython compiles a
# character class that mixes Latin-1 characters with others (here "€") into a 64K-entry
# map, about 0.2 ms per class in every process, so "€" gets a look-behind of its own.
NOT_AFTER_NUMBER_CHAR = r"(?<![\w$£¥#.,:/-])(?<!€)"
# A written number not glued to money, decimals, codes or percentages.
DIGITS = rf"{NOT_AFTER_NUMBER_CHAR}\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?![\w%]|[.,:/]\d)"
VAGUE_WORDS = ("several", "a few", "few", "many", "a couple of", "some", "a couple")
VAGUE = any_of(VAGUE_WORDS)
# "2 1/2 years", "two and a half years"
HALVES = rf"{NOT_AFTER_NUMBER_CHAR}\d{{1,3}}\s+1/2(?![\w/])"
# (the figures behind one look-ahead for a digit: a word fails it at once)
QUANTITY = f"(?:(?=\\d)(?:{HALVES}|{DIGITS})|{NUMBER_WORD}|{VAGUE}|(?i:an|a))"
# The word a QUANTITY in words ends with (lower case); one in figures ends with a digit.
# Keep in step with QUANTITY: a rule may skip a unit word that no quantity precedes.
QUANTITY_LAST_WORDS = frozenset(
    {*ONES, *TENS, "hundred", "thousand", "a", "an", *(w.split()[-1] for w in VAGUE_WORDS)}
)

UNIT_SINGULAR = "(?:" + "|".join(sorted(UNITS, key=len, reverse=True)) + ")"
UNIT_ANY = (
    "(?:" + "|".join(sorted(UNIT_PLURALS, key=len, reverse=True)) + "|"
    + UNIT_SINGULAR + "s?)"
)

# Approximators kept inside the extent ("nearly forty years", "at least 20 years"), as
# TimeBank mostly does; "about", "almost", "over", "only" mostly stay outside there.
APPROX = any_of((
    "around", "approximately", "nearly", "roughly", "at least", "more than", "less than",
    "fewer than", "up to", "no more than", "no less than",
))
# "early", "mid-", "the end of" ... kept inside the expression as TimeML does. (The
# look-ahead for the first letters: see any_of; so in the hand-written alternations of rules.)
POSITION = (
    r"(?=(?i:[tlem]))(?:(?i:the\s+(?:very\s+)?(?:end|beginning|start|middle|close|rest|remainder|turn)\s+of)\s+"
    r"|(?i:early|late|mid|earlier|later)(?:\s+|-)|(?i:mid)(?=[A-Z\d]))"
)
# The words POSITION ends with, before a space or a hyphen (or "mid" glued to what
# follows). Keep in step with POSITION: lead tests read them.
POSITION_LAST_WORDS = ("of", "early", "late", "mid", "earlier", "later")
YEAR4 = r"(?:1[0-9]|20)\d\d"
# A year read aloud, as broadcast transcripts write it: "nineteen ninety-four",
# "twenty oh five", "nineteen hundred".
SPELLED_YEAR = (
    rf"(?i:nineteen|twenty)[\s-]+(?:{any_of(TENS)}(?:[\s-]+{_ONES_1_9})?"
    rf"|(?i:oh)[\s-]+{_ONES_1_9}|(?i:hundred))(?![\w-])"
)
DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def month_then_day(day: str = DAY_NUMBER) -> str:
    """"May 21" (groups ``mon``, ``day``); ``day`` may widen to words ("May first"). The
    rules and ``numeric`` wrap it in their own context."""
    return rf"(?P<mon>{MONTH_ANY})\s+(?P<day>{day})"


def day_then_month(of: str = "") -> str:
    """"21 May" (groups ``day``, ``mon``); ``of`` may let "the 21st of May" in."""
    return rf"(?P<day>{DAY_NUMBER}){of}\s+(?P<mon>{MONTH_ANY})"


# "FY26", "FY 2026": a fiscal year in its short code (group ``fy``).
FISCAL_YEAR_CODE = rf"FY\s?(?P<fy>{YEAR4}|\d\d)"


# Clock-time pieces shared by the clock rule, the leads that may hold a clock time ("until
# 2pm on Saturday") and the pass that ties a clock time to its day.
AM_PM = r"(?i:a\.m\.?|p\.m\.?|am|pm)"
# Between a clock time (with its zone) and the day it falls on: "3pm on Friday", "9.30am
# local time on Thursday".
CLOCK_TO_DAY = r"(?:\s+(?i:local\s+time))?\s+(?i:on)\s+"
