"""Cutting a long lead sentence down to a summary's length, at clause boundaries only.

A summary an editor can paste is one sentence of about 40 words. A long news sentence
tells its core first (who did what, where, when) and adds detail at the end: a relative or
participial clause (", which ...", ", killing ..."), an attribution (", police said"), a
parenthesis, a clause after a dash or a semicolon. Such a tail is dropped: the latest cut
that brings the sentence within the limit, so that as little as possible is lost. A
background clause before the main one ("With the budget agreed, ...") may go as well. A
phrase boundary before a preposition is the last resort, and a sentence with no boundary
at all is kept whole rather than cut mid-phrase. The kept text is always one contiguous
stretch of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import NamedTuple

from factsheet.event.lexicon import (
    AS_BOUND_WORDS,
    ATTRIBUTION_VERBS,
    BOUND_BEFORE_PREPOSITION,
    CLAUSE_STARTERS,
    CUT_PREPOSITIONS,
    DANGLING_WORDS,
    IRREGULAR_PARTICIPLES,
    LEADING_CLAUSE_OPENERS,
    NOUN_PHRASE_OPENERS,
    NOUNS_WITH_ON,
    PARTICIPLE_PREPOSITIONS,
    QUANTITY_WORDS,
    STOPWORDS,
    SUBORDINATORS,
    TAIL_CLAUSE_OPENERS,
    TIME_OPENER_WORDS,
)

SUMMARY_MAX_WORDS = 40
# A cut that keeps this many words is good enough; a shorter one gives way to a later
# choice that keeps more ("a bright start as hundreds of ..." cut after "start").
FULL_ENOUGH_WORDS = 24
# "About 40 words": a sentence up to this long is kept whole rather than cut.
SUMMARY_TOLERANCE_WORDS = 44
# A cut never leaves fewer words than this: a stub is no summary.
MIN_KEPT_WORDS = 12
# An attribution tail (", the ministry said in a statement") is at most this long.
ATTRIBUTION_TAIL_WORDS = 10
# How far back a noun may stand from the "on" phrase that is its object.
ON_OBJECT_WINDOW = 16
# A main clause has at least so many words.
MIN_MAIN_WORDS = 6
# An opening clause ("With the budget agreed, ") ends within this many words.
LEADING_CLAUSE_WORDS = 25

_TOKEN = re.compile(r"\S+")
# A letter or a digit (the same characters as str.isalnum).
_ALNUM = re.compile(r"[^\W_]")
# Only the em dash and a double hyphen mark a clause: a spaced hyphen or en dash also
# joins compounds and scores in some texts ("six - member", "1 – 0").
_DASHES = frozenset({"—", "--"})
_TRAILING = " \t\n,;:—–-"
# Tier of a cut: a clause boundary is always preferred to a phrase boundary.
CLAUSE, PHRASE = 0, 1


class _Word(NamedTuple):
    text: str
    start: int
    end: int
    counts: bool  # a word of the length count (not a lone dash or bracket)

    @property
    def bare(self) -> str:
        return self.text.strip("\"'“”‘’()[],;:.!?").lower()


# _Word((...)) at C speed: a NamedTuple's own constructor is a Python function.
_new_word: Callable[[tuple[str, int, int, bool]], _Word] = partial(tuple.__new__, _Word)


def fit_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` cut to about SUMMARY_MAX_WORDS words at a clause boundary."""
    # Most sentences are short: their count of blank-separated pieces (an upper bound of
    # the words) tells so without building the words.
    if len(text[start:end].split()) <= SUMMARY_TOLERANCE_WORDS:
        return start, end
    words = _words(text, start, end)
    if _count(words) <= SUMMARY_TOLERANCE_WORDS:
        return start, end
    # An opening time phrase or source ("On Tuesday, ", "According to police, ") and an
    # attribution tail (", officials said.") carry no news: they go before any content.
    plain = _without_frame(text, words)
    if plain is not None:
        return plain
    main = _main_clause_start(words)
    if main is None:  # a long opening clause that never closes: nowhere safe to cut
        return start, end
    best: tuple[int, int] | None = None
    best_kept = 0
    for first, cut in _cuts(text, words, main):
        kept = _count([w for w in words[first:] if w.end <= cut])
        # The first cut in order of preference that keeps most of the limit; else the
        # one that keeps the most.
        if kept >= FULL_ENOUGH_WORDS:
            return words[first].start, cut
        if kept > best_kept:
            best, best_kept = (words[first].start, cut), kept
    return best if best is not None else (start, end)


def _without_frame(text: str, words: list[_Word]) -> tuple[int, int] | None:
    """The sentence without its opening time phrase or source and its attribution tail,
    when that brings it within the limit (None otherwise, or when it has neither)."""
    main = _main_clause_start(words) or 0
    opener = words[:main]
    if main and not (all(w.bare in TIME_OPENER_WORDS for w in opener)
                     or opener[0].bare == "according"):
        main = 0
    tail = _attribution_tail_start(words)
    if (main == 0 and tail is None) or (tail is not None and tail <= main):
        return None
    kept = words[main:tail]
    if _count(kept) < MIN_KEPT_WORDS or _count(kept) > SUMMARY_TOLERANCE_WORDS:
        return None
    return kept[0].start, _end_before(text, kept, len(kept)) if tail else kept[-1].end


def _attribution_tail_start(words: list[_Word]) -> int | None:
    """Where an attribution tail (", the ministry said on Monday.") begins, if one ends
    the sentence."""
    # From the end: the shortest tail (", which ..., the mayor said" keeps the clause).
    for i in range(len(words) - 1, max(0, len(words) - 1 - ATTRIBUTION_TAIL_WORDS), -1):
        if words[i - 1].text.endswith(","):
            return i if _is_attribution_tail(words, i) else None
    return None


def _cuts(text: str, words: list[_Word], main: int) -> Iterator[tuple[int, int]]:
    """Candidate (first word, end offset) pairs, in order of preference: a clause cut; the
    main clause alone or cut at a clause; then the same at a phrase boundary."""
    rest_ok = main > 0 and _count(words[main:]) >= MIN_KEPT_WORDS
    for tier in (CLAUSE, PHRASE):
        cut = _best_cut(text, words, tier, main)
        if cut is not None:
            yield 0, cut
        if not rest_ok:
            continue
        rest = words[main:]
        if tier == CLAUSE and _count(rest) <= SUMMARY_TOLERANCE_WORDS:
            yield main, rest[-1].end
            continue
        cut = _best_cut(text, rest, tier, 0)
        if cut is not None:
            yield main, cut


def main_clause_start(text: str, start: int, end: int) -> int:
    """Where the main clause of ``[start, end)`` begins, after an opening clause ("On
    Friday, ", "According to the police, "); ``start`` when there is none or it is unclear."""
    words = _words(text, start, end)
    if not words:
        return start
    main = _main_clause_start(words)
    # "According to the ministry over 300 died near Mecca, Saudi Arabia.": a comma in a
    # place name; the main clause is longer than what opens it.
    if not main or _count(words[main:]) < max(MIN_MAIN_WORDS, _count(words[:main])):
        return start
    return words[main].start


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [_new_word((word, m.start(), m.end(), _ALNUM.search(word) is not None))
            for m in _TOKEN.finditer(text, start, end) for word in (m.group(),)]


def _count(words: list[_Word]) -> int:
    return sum(1 for w in words if w.counts)


def _best_cut(text: str, words: list[_Word], tier: int, main: int) -> int | None:
    """The end offset of the longest prefix within the limit that ends at a boundary of
    the given tier, after the start of the main clause (``words[main]``)."""
    best = None
    kept = 0
    balance = _Balance()
    for i in range(1, len(words)):
        prev = words[i - 1]
        kept += prev.counts
        balance.read(prev.text)
        if kept > SUMMARY_MAX_WORDS:
            break
        if i <= main or kept < MIN_KEPT_WORDS or not balance.closed():
            continue
        if prev.bare in DANGLING_WORDS or _boundary(text, words, i) != tier:
            continue
        # ", but the ..." coordinates a main clause: it is never an insertion.
        if words[i].text == "but" or not _is_inserted(words, i):
            best = i
    return _end_before(text, words, best) if best is not None else None


class _Balance:
    """Quotation marks and brackets opened and not yet closed in the kept words."""

    def __init__(self) -> None:
        self.straight = 0
        self.curly = 0
        self.brackets = 0

    def read(self, word: str) -> None:
        self.straight += word.count('"')
        self.curly += word.count("“") - word.count("”")
        self.brackets += word.count("(") - word.count(")")

    def closed(self) -> bool:
        return self.straight % 2 == 0 and self.curly <= 0 and self.brackets <= 0


def _end_before(text: str, words: list[_Word], i: int) -> int:
    """The end of the kept words, without the comma or dash that led to the cut."""
    end = words[i - 1].end
    start = words[0].start
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _boundary(text: str, words: list[_Word], i: int) -> int | None:
    """The tier of a cut before ``words[i]``, or None when the cut would split a phrase."""
    prev, word = words[i - 1], words[i]
    if prev.text.endswith(";") or word.text in _DASHES:
        return CLAUSE
    if prev.text.endswith(","):
        return CLAUSE if _tail_after_comma(words, i) else None
    if prev.text.endswith((":", "-", "—", "–")):
        return None
    if word.text.startswith("("):
        return CLAUSE if _parenthesis_closes_clause(words, i) else None
    if word.text in SUBORDINATORS and _open_text(prev):
        return CLAUSE
    if word.text == "as" and _as_opens_clause(words, i):
        return CLAUSE
    if word.text in CUT_PREPOSITIONS and _adjunct_follows(words, i):
        return PHRASE
    if word.text == "to" and _purpose_follows(words, i):
        return PHRASE
    return None


def _purpose_follows(words: list[_Word], i: int) -> bool:
    """ "... flip the switch to light ...": an infinitive after a noun phrase ("the
    switch"), not after a verb that needs it ("plans to", "wants to")."""
    nxt = words[i + 1].text if i + 1 < len(words) else ""
    if not (nxt.isalpha() and nxt.islower()) or nxt in NOUN_PHRASE_OPENERS:
        return False
    prev = words[i - 1]
    if not (_open_text(prev) and prev.text.islower()) or prev.bare in STOPWORDS:
        return False
    if _is_participle(prev.bare) or prev.bare in BOUND_BEFORE_PREPOSITION:
        return False
    return any(w.bare in NOUN_PHRASE_OPENERS for w in words[max(0, i - 3):i - 1])


def _as_opens_clause(words: list[_Word], i: int) -> bool:
    """ "... a bright start as hundreds of people crowded ...", not "as well as",
    "such as", "known as a" (a preposition)."""
    prev = words[i - 1]
    nxt = words[i + 1].text if i + 1 < len(words) else ""
    if not _open_text(prev) or prev.bare in AS_BOUND_WORDS or _is_participle(prev.bare):
        return False
    return (nxt in CLAUSE_STARTERS and nxt not in ("a", "an")) or nxt in QUANTITY_WORDS


def _open_text(word: _Word) -> bool:
    """A plain word with nothing after it: no closing mark, no stop."""
    return word.text[-1:].isalnum()


def _tail_after_comma(words: list[_Word], i: int) -> bool:
    """ ", which ...", ", killing ...", ", held in ...", ", police said.", ", but the ..."."""
    word = words[i].text
    nxt = words[i + 1].bare if i + 1 < len(words) else ""
    # ", but the ..." opens a clause; ", and the ..." may as well join two subjects.
    if word == "but":
        return nxt in CLAUSE_STARTERS
    if _is_attribution_tail(words, i):
        return True
    return _opens_reduced_clause(word, nxt) or word in TAIL_CLAUSE_OPENERS


def _opens_reduced_clause(word: str, nxt: str) -> bool:
    """ "killing ...", "held in ...", "owned by ..." (not "adopted a plan": a verb)."""
    return _is_present_participle(word) or (
        _is_participle(word) and nxt in PARTICIPLE_PREPOSITIONS
    )


def _is_present_participle(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) > 4 and word.endswith("ing")


def _is_participle(word: str) -> bool:
    """ "killing", "held", "owned": a word that may open a reduced clause."""
    if not word.isalpha() or not word.islower():
        return False
    return (word.endswith(("ing", "ed")) and len(word) > 4) or word in IRREGULAR_PARTICIPLES


def _is_inserted(words: list[_Word], i: int) -> bool:
    """ "The team, which won last year, was ...", "Smith, the man who ran it in 2010,
    held ...": the cut falls inside an insertion after which the main clause goes on with
    its verb, so the kept text would be a subject without its verb."""
    for k in range(i, len(words) - 1):
        text = words[k].text.rstrip("\"'”’)")
        if text.endswith((";", ".", ":", "?", "!")) or words[k + 1].text in _DASHES:
            return False
        if text.endswith(","):
            nxt = words[k + 1].text.strip("\"“‘'(")
            after = words[k + 2].bare if k + 2 < len(words) else ""
            if not (nxt.isalpha() and nxt.islower()) or nxt in ("and", "but", "or"):
                return False
            # A verb goes on ("..., signed"); not a clause of its own ("..., the police
            # said", "..., which", "..., killing").
            return not (nxt in CLAUSE_STARTERS or nxt in TAIL_CLAUSE_OPENERS
                        or _opens_reduced_clause(nxt, after))
    return False


def _is_attribution_tail(words: list[_Word], i: int) -> bool:
    """ ", the ministry said on Monday." up to the end of the sentence."""
    tail = words[i:]
    return len(tail) <= ATTRIBUTION_TAIL_WORDS and any(
        w.bare in ATTRIBUTION_VERBS for w in tail
    )


def _parenthesis_closes_clause(words: list[_Word], i: int) -> bool:
    """A parenthesis that ends the sentence or a clause ("(local time).", "(KCNA), ..."),
    not one inside a phrase ("Explorer 9 (IE9) browser")."""
    for k in range(i, len(words)):
        word = words[k].text
        if ")" in word:
            after = word[word.rindex(")") + 1:]
            if not after:
                return k + 1 == len(words)
            return after[0] in ",;.!?"
    return False


def _adjunct_follows(words: list[_Word], i: int) -> bool:
    """Before "in the ...", "on Monday": a time or place adjunct after a content word.

    The word before must not be a verb or a noun that needs the preposition
    ("participated in", "took part in"), nor a function word, nor part of a name.
    """
    prev = words[i - 1]
    nxt = words[i + 1].text if i + 1 < len(words) else ""
    if not _open_text(prev) or not nxt:
        return False
    bare = prev.bare
    if bare in STOPWORDS or bare in CUT_PREPOSITIONS or bare in BOUND_BEFORE_PREPOSITION:
        return False
    if _is_participle(bare) or bare.endswith("ing"):
        return False
    if prev.text[:1].isupper() and nxt[:1].isupper():
        return False
    if words[i].text == "on" and _noun_with_on_before(words, i):
        return False
    if nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in NOUN_PHRASE_OPENERS:
        return True
    # "near downtown Taipei", "in northern Syria", "in late March": a place or a time
    after = words[i + 2].text if i + 2 < len(words) else ""
    return nxt.isalpha() and nxt.islower() and after[:1].isupper()


def _noun_with_on_before(words: list[_Word], i: int) -> bool:
    """ "the effects of warming over 2000 - 2050 on crops": a noun of the last words of
    the same phrase (no comma between) takes the "on" phrase as its object."""
    for k in range(i - 1, max(-1, i - 1 - ON_OBJECT_WINDOW), -1):
        if words[k].bare in NOUNS_WITH_ON:
            return True
        if words[k].text.rstrip("\"'”’)")[-1:] in ",;:.!?":
            return False
    return False


def _main_clause_start(words: list[_Word]) -> int | None:
    """Where the main clause begins: 0, or after an opening clause ("On Friday, ",
    "With the budget agreed, ", "According to the police, "); None when the opening
    clause does not clearly close within LEADING_CLAUSE_WORDS words."""
    first = words[0].bare
    opens = first in LEADING_CLAUSE_OPENERS or (
        first.endswith("ing") and words[0].text.strip("\"“‘'(")[:1].isupper()
    )
    if not opens:
        return 0
    for k in range(min(len(words) - 1, LEADING_CLAUSE_WORDS)):
        if not words[k].text.rstrip("\"'”’").endswith(","):
            continue
        if all(w.bare in TIME_OPENER_WORDS for w in words[:k + 1]):
            return k + 1  # "On Friday, fishermen rescued ...": a time phrase
        nxt = words[k + 1].text.strip("\"“‘'(")
        # A subject opens the main clause: a name, a figure, "the ...", "officials ...".
        # ", while ...", ", quoting ...", ", money and ...": the opening clause goes on.
        if nxt[:1].isupper() or nxt[:1].isdigit() or nxt in CLAUSE_STARTERS:
            return k + 1
    return None
