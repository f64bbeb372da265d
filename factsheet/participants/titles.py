"""A person's title or role: written before the name ("Afghan Ambassador to the United
States Hamdullah Mohib", "Surrey captain Chris Lewis") or in an apposition after it
("Kim Eun Joo, a human rights activist and author of ..., condemned")."""

from __future__ import annotations

import re

from factsheet.participants import lexicon as lx
from factsheet.participants.words import Word

_MAX_TITLE_WORDS = 12
_TITLE_LINKS = lx.word_set("of to for the and at")
# Lower-case words that may sit inside a title before a role noun.
_ROLE_MODIFIERS = lx.word_set(
    """former deputy vice acting senior chief top assistant associate general executive
    managing foreign prime interim junior veteran team club county state national
    regional human rights opposition party security defence defense finance trade
    justice interior health education energy environment
    """
)
_DETERMINERS = ("a ", "an ", "the ")
_APPOSITION_STOP = re.compile(r"[,;:()“”\"]| who | which | that ")
_RELATIVE_ROLE = re.compile(r",\s*who\s+(?:is|was|has been|had been)\s+(?:a|an|the)\s+")
_MAX_APPOSITION_WORDS = 14


def is_role_word(w: Word) -> bool:
    """A role noun ("spokesman") or a title word ("Ambassador")."""
    return w.text.lower() in lx.ROLE_NOUNS or (w.cap and w.text in lx.HONORIFICS)


def title_before(words: list[Word], first: int) -> tuple[int, int] | None:
    """Word index range [lo, hi) of the title written right before words[first]."""
    if first > 0 and words[first - 1].possessive:
        return None  # "the President’s meeting": an owner, not a title
    j = first
    collected: list[int] = []
    while j > 0 and words[j].joined and len(collected) < _MAX_TITLE_WORDS:
        prev = words[j - 1]
        if not _title_part(prev):
            break
        collected.append(j - 1)
        j -= 1
    collected.reverse()
    while collected and not _title_edge(words[collected[0]]):
        collected.pop(0)
    if not collected or not any(is_role_word(words[k]) for k in collected):
        return None
    last = words[collected[-1]]
    if not (is_role_word(last) or last.cap):
        return None
    return collected[0], collected[-1] + 1


def _title_part(w: Word) -> bool:
    low = w.text.lower()
    if w.cap:
        return not (w.sentence_start and w.text in lx.COMMON_CAPS and w.text not in lx.HONORIFICS)
    return low in lx.ROLE_NOUNS or low in _ROLE_MODIFIERS or low in _TITLE_LINKS


def _title_edge(w: Word) -> bool:
    """A title starts with a capitalised word, a role noun or a modifier, not a link word."""
    return w.text.lower() not in _TITLE_LINKS


def apposition_after(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """Offsets of the role in ", a human rights activist," right after a name ending at end."""
    pos = _skip_spaces(text, end, limit)
    if pos >= limit or text[pos] != ",":
        return None
    relative = _RELATIVE_ROLE.match(text, pos, limit)
    start = relative.end() if relative else _skip_spaces(text, pos + 1, limit)
    stop = _APPOSITION_STOP.search(text, start, limit)
    stop_at = stop.start() if stop else limit
    if stop is not None and text[stop_at] not in ",;" and not relative:
        return None
    phrase = text[start:stop_at].rstrip(" .")
    if not relative:
        lowered = phrase.lower()
        for det in _DETERMINERS:
            if lowered.startswith(det):
                start += len(det)
                phrase = phrase[len(det) :]
                break
        else:
            if not phrase[:1].isupper():
                return None
    if not _role_phrase(phrase):
        return None
    return start, start + len(phrase)


def _role_phrase(phrase: str) -> bool:
    tokens = phrase.replace("’s", "").replace("'s", "").split()
    if not tokens or len(tokens) > _MAX_APPOSITION_WORDS or tokens[0][0].isdigit():
        return False
    if any(t.lower() in lx.REPORTING_VERBS for t in tokens):
        return False
    return any(t.lower() in lx.ROLE_NOUNS or t in lx.HONORIFICS for t in tokens)


def _skip_spaces(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos] == " ":
        pos += 1
    return pos
