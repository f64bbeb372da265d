"""Tense of the clause around an expression, without a POS tagger.

"in August" in a past-tense clause is last August; with "will" it is next August. The cue
nearest to the expression wins: auxiliaries and modals, common irregular past forms, and
regular -ed verbs. Only a bounded window of the sentence is read, so a run-on sentence of
any length costs the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factsheet.dates.lexicon import (
    FUTURE_CUES,
    NOT_PAST_ED,
    PAST_CUES,
    PRESENT_CUES,
    STRONG_FUTURE_CUES,
)
from factsheet.dates.normalise import Direction
from factsheet.text import ENGLISH_WORD

_WORD = ENGLISH_WORD
_WINDOW = 90  # characters read on each side of the expression
# A comma right after the expression closes its clause, unless the expression opens the
# sentence ("In March, the board approved"): at most this many words before it.
_FRONTED_MAX = 3
_COMMA_AFTER = re.compile(r"\s*[,;:]")
# A weekday looks back unless a future cue stands fewer than this many words before it
# ("will meet on Friday", "is expected to vote Friday").
_STRICT_FUTURE_REACH = 9
# An attribution set off by commas belongs to no clause of the date: "In August, officials
# said, the plant reopens".
_PARENTHETICAL = re.compile(
    r",\s(?:[\w.'’-]+\s){0,4}?(?:said|says|told|added|noted|stated|argued|warned|insisted)\s?,"
)


def clause_direction(
    text: str, start: int, end: int, lo: int, hi: int, strict: bool = False
) -> Direction:
    """-1 past, +1 future, 0 undecided, for the expression ``text[start:end]`` inside
    the sentence ``text[lo:hi]``. ``strict`` counts only unmistakable future cues."""
    future = STRONG_FUTURE_CUES if strict else FUTURE_CUES
    before = _WORD.findall(text, max(lo, start - _WINDOW), start)
    after_end = min(hi, end + _WINDOW)
    if len(before) >= _FRONTED_MAX and _COMMA_AFTER.match(text, end, after_end):
        after_end = end  # "reopens in August, officials said": "said" is another clause
    after = _WORD.findall(_PARENTHETICAL.sub(" ", text[end:after_end]))
    # nearest word first, before the expression then after it; cues read on demand
    cues = _CUES[future]
    if len(cues) > _CUES_MAX:
        cues.clear()  # (a bound on what a long batch of articles leaves remembered)
    fallback: Direction | None = None
    n_before, n_after = len(before), len(after)
    for i in range(max(n_before, n_after)):
        j = n_before - 1 - i
        # Where _cue_in_context may find a cue: a cue word, "due", or a word after "to"
        # or a subject pronoun. Most words are none, and this test (written out: it runs
        # for most words of the clause) spares them its call.
        if i < n_before and (
            cues[before[j]] is not None
            or before[j] == "due"
            or (j > 0 and before[j - 1].lower() in _VERB_FORM_LEADS)
        ):
            cue = _cue_in_context(before, j, future)
            if cue == 1 and strict and i >= _STRICT_FUTURE_REACH:
                cue = None  # "will vote ... because of the slaying on Friday": too far
            if cue is not None:
                return cue
        if i < n_after and (
            cues[after[i]] is not None
            or after[i] == "due"
            or (i > 0 and after[i - 1].lower() in _VERB_FORM_LEADS)
        ):
            cue = _cue_in_context(after, i, future)
            if cue is not None and i >= _ED_AFTER_REACH and _is_ed_guess(after[i]):
                fallback = cue if fallback is None else fallback
            elif cue is not None:
                return cue
    return fallback or 0


class _Cues(dict[str, "int | None"]):
    """Word as written -> ``_cue`` of it, for one set of future cues: a dictionary look-up
    where most words of a clause are read (a cached call costs several)."""

    def __init__(self, future: frozenset[str]) -> None:
        super().__init__()
        self.future = future

    def __missing__(self, word: str) -> int | None:
        cue = self[word] = _cue(word, self.future)
        return cue


_CUES_MAX = 50_000  # words remembered per set of future cues


# A guessed -ed verb this many words after the expression may be a participle of another
# phrase ("will double flights by August in search of markets untouched by the crisis"):
# it counts only when nothing else is found.
_ED_AFTER_REACH = 4


def _is_ed_guess(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") and low not in PAST_CUES


def _cue_in_context(words: list[str], i: int, future: frozenset[str]) -> int | None:
    """A participle after "be" ("will be paid") is passive, not past; a plan already past
    ("had been scheduled", "as previously planned") is past; a word after a determiner is
    a noun or an adjective ("the plan", "a still unspecified date")."""
    word = words[i]
    if word == "due":  # "due on Monday" looks ahead; "due to" is left to its infinitive
        return 1 if i + 1 >= len(words) or words[i + 1] != "to" else None
    cue = _cue(word, future)
    before = words[i - 1].lower() if i > 0 else ""
    if cue is None:
        if before != "to" and before not in _SUBJECT_PRONOUNS:
            return None  # (what _verb_form_cue reads first, tested without a call)
        return _verb_form_cue(words, i, future is STRONG_FUTURE_CUES)
    if before in _DETERMINERS:
        return None
    if cue == 0 and word.lower() in _PRESENT_ADVERBS:
        return _adverb_cue(words, i, before)
    if cue == -1:
        return None if before in _PASSIVE_AUXILIARIES else -1
    low = word.lower()
    if cue == 1 and low.endswith("ed") and before in _PAST_AUXILIARIES:
        return -1
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if cue == 1 and low in _NEEDS_TO and after not in ("to", "for"):
        return None  # "the record high set on Aug. 6": a participle, not a plan
    return cue


def _adverb_cue(words: list[str], i: int, before: str) -> int:
    """"now" inside a verb group takes the group's tense: a modal or a plan before it
    wins ("will now meet", "is now to meet", "is now set to meet"); alone it is present."""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if before in _MODALS:
        return 1
    if before in ("is", "are") and after in _PLAN_AFTER_NOW:
        return 1
    return 0


def _verb_form_cue(words: list[str], i: int, strict: bool) -> int | None:
    """A word that is no cue by itself, read by its form: an infinitive after a plan, or
    (for a weekday) a present after "he", "she", "it"."""
    word = words[i]
    before = words[i - 1].lower() if i > 0 else ""
    if before == "to" and i > 1 and words[i - 2].lower() in _PLAN_VERBS:
        if word.lower() in _DETERMINERS:
            return None  # "due to the strike": a cause, not a plan
        # "agreed to buy it in February" looks ahead, "had been due to expire" back
        return -1 if i > 2 and words[i - 3].lower() in _PAST_PERFECT else 1
    if strict and before in _SUBJECT_PRONOUNS and _looks_present(word):
        return 1  # "He leaves Rome on Monday": the present of a scheduled event
    return None


# Adverbs that are a present cue on their own, but not inside a future verb group.
_PRESENT_ADVERBS = frozenset({"now", "currently"})
_MODALS = frozenset({"will", "'ll", "’ll", "shall", "would", "won't", "won’t"})
# What follows "is now" in a plan: "is now to meet", "is now set to", "is now due".
_PLAN_AFTER_NOW = frozenset({"to", "set", "due", "expected", "scheduled", "slated"})
_PASSIVE_AUXILIARIES = frozenset({"be", "being", "is", "are", "am"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it"})
# The words before a verb that _verb_form_cue reads ("agreed to buy", "he leaves").
_VERB_FORM_LEADS = _SUBJECT_PRONOUNS | {"to"}
_CUES = {future: _Cues(future) for future in (FUTURE_CUES, STRONG_FUTURE_CUES)}


def _looks_present(word: str) -> bool:
    """A third-person present verb of action: "leaves", "opens" (not "has", "believes")."""
    low = word.lower()
    if low in _STATIVE_PRESENT or low.endswith(("ss", "us", "is", "has")):
        return False
    return len(low) > 3 and low.endswith("s")


# Verbs of saying and thinking: their present says nothing of when the date falls.
_STATIVE_PRESENT = frozenset({
    "says", "believes", "thinks", "estimates", "argues", "notes", "claims", "reports",
    "recalls", "admits", "insists", "knows", "feels", "hopes", "fears", "remains", "seems",
    "wants", "needs", "does", "plans", "expects",
})
_PAST_AUXILIARIES = frozenset({"had", "been", "was", "were", "previously", "originally",
                               "became"})
_PAST_PERFECT = frozenset({"had", "been", "previously", "originally"})
_DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "that", "these",
    "those", "still", "very", "as-yet",
})
# Future cues that look ahead only before "to" or "for" ("set to resume", "set for May").
_NEEDS_TO = frozenset({"set"})
# Verbs whose infinitive complement lies ahead of them: "agreed to sell", "is to resume".
_PLAN_VERBS = frozenset({
    "agreed", "agrees", "plan", "plans", "planned", "planning", "set", "is", "are", "was",
    "were", "expected", "expects", "scheduled", "due", "hopes", "hoped", "wants", "wanted",
    "intends", "intended", "aims", "aimed", "ready", "prepared", "likely", "promised",
    "pledged", "vowed", "going", "seeks", "sought",
})


@lru_cache(maxsize=8192)
def _cue(word: str, future: frozenset[str]) -> int | None:
    """The direction a word signals, or None when it says nothing about tense (read once
    per word as written: clauses share their words)."""
    low = word.lower()
    if low in future:
        return 1
    if low in PAST_CUES:
        return -1
    if low in PRESENT_CUES:
        return 0
    if len(low) > 4 and low.endswith("ed") and low not in NOT_PAST_ED and word[0].islower():
        return -1
    return None
