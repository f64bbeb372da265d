"""A rule: a compiled pattern for the extent and a handler that decides type and value."""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from factsheet.dates.context import Candidate, Context
from factsheet.model import TimexType

Handler = Callable[[re.Match[str], Context], Candidate | None]
# (text, start of a trigger word) -> may a match of the rule hold that word? A cheap look
# at the words next to it that every match has there (read off the rule's pattern).
TriggerTest = Callable[[str, int], bool]
# (text, start of a trigger word) -> may a match holding that word start before it? When
# not, the rule reads the text from the word on, not from its full reach before it.
LeadTest = Callable[[str, int], bool]

# Words that may stand capitalised before a calendar name without making it part of a
# proper name: "On Friday", "Since May", "Last December". Any other capitalised word
# before it suggests a name ("Good Friday", "Theresa May", "USA Today").
FUNCTION_WORDS = frozenset(
    (
        "on", "in", "at", "by", "since", "until", "till", "through", "from", "to", "for", "of",
        "during", "before", "after", "and", "or", "but", "the", "a", "this", "that", "last", "next",
        "early", "late", "mid", "each", "every", "as", "then", "when", "while", "until", "than",
        "said", "says", "say", "told", "tells", "reported", "announced", "added", "between",
        "around", "about", "within", "throughout", "despite", "amid", "into", "over", "under",
        "circa", "because", "if", "unless", "also", "even", "only", "just", "still", "not",
        "both", "either", "all", "since", "its", "his", "her", "their", "our", "by"
    )
)


class Rule:
    """A named pattern and its handler. The pattern is compiled on first use: compiling
    every rule costs tens of milliseconds, and an article only wakes the rules whose
    trigger words it contains, so start-up stays cheap.

    ``needs``, when given, is a small pattern that every match of the rule contains (read
    off the rule's pattern: keep the two in step). A window of text without it cannot hold
    a match, so the rule skips it, and a rule left without windows is never compiled.
    ``trigger_test``, when given, tells a trigger word that no match can hold (a unit word
    that no number precedes), so that no window is opened around it at all; ``lead_test``
    one before which no match can start (a weekday after "on"), so that its window starts
    at the word. Both are read off the pattern: keep them in step with it."""

    __slots__ = (
        "_compiled", "_needs_compiled", "handler", "lead_test", "name", "needs", "source",
        "trigger_test",
    )

    def __init__(
        self,
        name: str,
        source: str,
        handler: Handler,
        needs: str | None,
        trigger_test: TriggerTest | None = None,
        lead_test: LeadTest | None = None,
    ) -> None:
        self.name = name
        self.source = source
        self.handler = handler
        self.needs = needs
        self.trigger_test = trigger_test
        self.lead_test = lead_test
        self._compiled: re.Pattern[str] | None = None
        self._needs_compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def windows_with_needs(
        self, text: str, windows: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The windows that contain what every match needs (all of them without ``needs``)."""
        if self.needs is None or not windows:
            return windows
        if self._needs_compiled is None:
            self._needs_compiled = re.compile(self.needs)
        search = self._needs_compiled.search
        return [(lo, hi) for lo, hi in windows if search(text, lo, hi)]


def rule(
    name: str,
    pattern: str,
    needs: str | None = None,
    trigger_test: TriggerTest | None = None,
    lead_test: LeadTest | None = None,
) -> Callable[[Handler], Rule]:
    """Decorator: bind ``pattern`` (compiled on first use) to the handler; ``needs`` is
    what every match contains, ``trigger_test`` what every match has around its trigger
    word, ``lead_test`` what stands before a match that starts before it (see ``Rule``)."""

    def wrap(handler: Handler) -> Rule:
        return Rule(name, pattern, handler, needs, trigger_test, lead_test)

    return wrap


def found(m: re.Match[str], kind: TimexType, value: str) -> Candidate:
    return Candidate(m.start(), m.end(), kind, value)


def found_span(start: int, end: int, kind: TimexType, value: str) -> Candidate:
    return Candidate(start, end, kind, value)


def inside_name(ctx: Context, start: int) -> bool:
    """A capitalised non-function word right before (one space, no punctuation): the match
    is part of a proper name ("Theresa May", "Arab Spring")."""
    if start < 2 or ctx.text[start - 1] != " " or not ctx.text[start - 2].isalpha():
        return False
    prev = ctx.prev_word_raw(start)
    if prev.endswith(("'s", "’s")):
        return False  # "Mixte's 1989 profit": a possessive ends the name
    return bool(prev) and prev[0].isupper() and prev.lower() not in FUNCTION_WORDS


def next_is_name(ctx: Context, end: int) -> bool:
    """A capitalised word right after ("Sunday Times", "Spring Festival")."""
    nxt = ctx.next_word(end)
    gap = ctx.text[end : end + 2]
    return bool(nxt) and nxt[0].isupper() and gap[:1] == " " and gap[1:2].isupper()


_ASCII_LETTERS = frozenset(string.ascii_letters)


# The last point asked about, with its answers without and with a hyphen: the trigger tests
# of several rules ask about the same trigger word in a row. One tuple, read and replaced
# whole, so that no thread sees another's half-written answer.
_last_word_before: tuple[str, int, str | None, str | None] = ("", -1, None, None)


def word_before(text: str, start: int, hyphen: bool = False) -> str | None:
    """``read_word_before``, remembered for the last point asked about."""
    global _last_word_before
    last = _last_word_before
    if last[1] == start and last[0] is text:
        return last[3] if hyphen else last[2]
    plain = read_word_before(text, start)
    # a hyphen changes the answer only when one stands right before the point
    dashed = read_word_before(text, start, True) if text[start - 1 : start] == "-" else plain
    _last_word_before = (text, start, plain, dashed)
    return dashed if hyphen else plain


def forget_word_before() -> None:
    """Drop the remembered point, so that the article's text is not kept alive after it."""
    global _last_word_before
    _last_word_before = ("", -1, None, None)


def read_word_before(text: str, start: int, hyphen: bool = False) -> str | None:
    """For trigger tests: what stands before ``text[start:]`` across the spaces there (or,
    with ``hyphen``, across one hyphen): the ASCII word in lower case, or the one other
    character ("5" of a figure, "," ...); "" when no space (nor hyphen) or nothing stands
    there. None when a character outside ASCII stands in or right before that word: a
    case-insensitive pattern may fold it to an ASCII letter, so no test may rule it out.
    Each space run and word is read for the one trigger word after it: linear."""
    j = start - 1
    if j >= 0 and hyphen and text[j] == "-":
        j -= 1
    elif j >= 0 and text[j].isspace():
        while j >= 0 and text[j].isspace():
            j -= 1
    else:
        return ""
    if j < 0:
        return ""
    if text[j] not in _ASCII_LETTERS:
        return None if text[j] >= "\x80" else text[j]
    first = j
    while first > 0 and text[first - 1] in _ASCII_LETTERS:
        first -= 1
    if first > 0 and text[first - 1] >= "\x80":
        return None
    return text[first : j + 1].lower()


def lead_word_before(
    text: str, start: int, lead_words: tuple[str, ...], hyphen: bool = False
) -> bool:
    """For lead tests: does a word ending with one of ``lead_words`` stand before
    ``text[start:]`` across spaces (or one hyphen, with ``hyphen``), or something a test
    cannot rule out (see ``word_before``)? The word's end only: a lead may be glued to a
    word before it."""
    word = word_before(text, start, hyphen)
    return word is None or word.endswith(lead_words)
