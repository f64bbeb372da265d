"""What a rule may look at around a match: neighbouring words, tense, the reference date."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from factsheet.dates.normalise import Direction
from factsheet.dates.patterns import AM_PM, CLOCK_TO_DAY
from factsheet.dates.tense import clause_direction
from factsheet.model import TimexType
from factsheet.text import Document

# The last word before a point, searched in a slice that ends there. Its first letter
# comes first in the pattern so that the engine skips to letters at C speed, and a letter
# after a letter is no start (the leftmost match never starts inside a word of the slice),
# so each word is read once rather than once per letter.
_PREV_WORD = re.compile(r"([A-Za-z](?<![A-Za-z].)[A-Za-z'’.]*)[^\w\n]{0,3}$")
_NEXT_WORD = re.compile(r"[^\w\n]{0,3}?([A-Za-z][A-Za-z'’]*)")
_LOOK = 40  # characters read for a neighbouring word
_NEAR_LOOK = 16  # characters read first for the word before a point: most words are short
# The characters _PREV_WORD lets a word hold: letters, apostrophes and dots.
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WORD_INNER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’.")
# Leads that put a date ahead: "as early as Tuesday", "no later than March 1". "until"
# too, for a weekday (a deadline days away), not for a month ("served until March").
# A clock time may stand between the lead and the day: "until 2pm GMT on Saturday".
_CLOCK_ON = rf"(?:\d\d?(?:[:.]\d\d)?(?:\s?{AM_PM})?(?:\s[A-Z]{{3,4}})?{CLOCK_TO_DAY})?"
_AHEAD_LEAD = re.compile(rf"(?i:as\s+(?:early|soon)\s+as|no\s+later\s+than)\s+{_CLOCK_ON}$")
_DEADLINE_LEAD = re.compile(rf"(?i:until|till)\s+{_CLOCK_ON}$")
# What every match of _DEADLINE_LEAD holds (in lower case); one of _AHEAD_LEAD holds
# "early", "soon" or "later".
_DEADLINE_WORD = "til"
_LEAD_LOOK = 48  # characters read before an expression for its lead
_HAD = re.compile(r"\b[Hh]ad\b")
_HAD_LOOK = 200  # characters read on each side of a date for its sentence's "had"


class Candidate(NamedTuple):
    """A temporal expression found by one rule, before overlaps are resolved."""

    start: int
    end: int
    type: TimexType
    value: str
    # "a year ago" next to quarterly results means that quarter a year before: when a
    # quarter is in focus, the value becomes the focused quarter moved back this many years.
    focus_years_back: int | None = None
    # "the 1988 period" next to quarterly results is the focused quarter of that year.
    focus_year: int | None = None
    # "the next day", "that year": relative to the date last mentioned (unit, steps, time
    # suffix such as "TMO"); ``value`` is the fallback against the reference date.
    anchor: tuple[str, int, str] | None = None


class Context:
    """The article and its reference date, as seen by the rules."""

    def __init__(self, doc: Document, ref: date | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.ref = ref
        # The last word looked up before a point: a handler and its helpers often ask twice.
        self._prev_at = -1
        self._prev = ""
        # How the article orders a slash date's fields ("dmy", "mdy", "mixed"; "" until
        # its first slash date asks: see ``numeric``).
        self.numeric_order = ""

    def prev_word(self, start: int) -> str:
        """The word just before ``start`` (punctuation skipped), lower-cased, or ""."""
        return self.prev_word_raw(start).lower()

    def prev_word_raw(self, start: int) -> str:
        """The word just before ``start``, as written."""
        if start != self._prev_at:
            self._prev_at, self._prev = start, self._read_prev_word(start)
        return self._prev

    def _read_prev_word(self, start: int) -> str:
        """The last word before ``start``, read first in a short slice: the word found
        there is the one the full look finds when no word character (nor an apostrophe or
        a dot, which a word may hold) stands right before it, as no word reaching further
        back can then cross it."""
        text = self.text
        if text[start - 1 : start] == " ":
            # Most often a word of letters and one space: the letters are stripped off
            # the end at C speed, and the word stands alone when no word character (nor an
            # apostrophe or a dot) precedes it.
            lead = max(0, start - _NEAR_LOOK - 1)
            rest = text[lead : start - 1].rstrip(_ASCII_LETTERS)
            first = lead + len(rest)
            if rest and first < start - 1 and rest[-1] not in _WORD_INNER:
                return text[first : start - 1]
        near = max(0, start - _NEAR_LOOK)
        m = _PREV_WORD.search(text[near:start])
        if m is not None and m.start() > 0 and text[near + m.start() - 1] not in _WORD_INNER:
            return m.group(1)
        if near == 0:
            return m.group(1) if m else ""
        m = _PREV_WORD.search(text[max(0, start - _LOOK) : start])
        return m.group(1) if m else ""

    def next_word(self, end: int) -> str:
        """The word just after ``end``, as written, or ""."""
        m = _NEXT_WORD.match(self.text, end, min(len(self.text), end + _LOOK))
        return m.group(1) if m else ""

    def direction(self, start: int, end: int, strict: bool = False) -> Direction:
        """The tense of the clause around ``text[start:end]``."""
        sentence = self.doc.sentence_at(start)
        lo, hi = (sentence.start, sentence.end) if sentence else (start, end)
        if self._led_ahead(start, lo, hi, strict):
            return 1
        return clause_direction(self.text, start, end, lo, hi, strict)

    def _led_ahead(self, start: int, lo: int, hi: int, strict: bool) -> bool:
        """"as early as Tuesday"; "until Tuesday" unless the sentence is in the past
        perfect ("Until Tuesday, they had not named him"); a clock time may come between
        ("until 2pm on Tuesday")."""
        lead = max(lo, start - _LEAD_LOOK)
        # A search tries every position of the stretch: in ASCII text, the words every
        # match holds are looked for first, at C speed (a case-insensitive pattern may
        # fold a letter outside ASCII to an ASCII one: other text is always searched).
        words = self.text[lead:start]
        low = words.lower() if words.isascii() else ""
        if (not low or "early" in low or "soon" in low or "later" in low) and _AHEAD_LEAD.search(
            self.text, lead, start
        ):
            return True
        return (
            strict
            and (not low or _DEADLINE_WORD in low)
            and _DEADLINE_LEAD.search(self.text, lead, start) is not None
            # (read near the date only: a run-on sentence would cost a scan per date)
            and _HAD.search(self.text, max(lo, start - _HAD_LOOK), min(hi, start + _HAD_LOOK))
            is None
        )
