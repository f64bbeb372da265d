"""Groups: a nationality or a capitalised adjective, up to three modifiers, and a plural
group noun ("North Korean defectors", "International human rights groups")."""

from __future__ import annotations

import re

from factsheet.participants import lexicon as lx
from factsheet.participants.words import Word

_MAX_MODIFIERS = 3
_LOOK_BACK = 60  # characters before the noun where the group's first word may be
# Capitalised adjectives that may open a group at the start of a sentence.
_GROUP_LEADS = lx.word_set("International Foreign Local Global Western Opposition Rebel")
_NOT_MODIFIERS = lx.word_set(
    """the a an of and or to in on at for by with from as is are was were be been that this
    these those their its his her our your my some many most all other such more no not
    """
)
# The words right before the noun, separated by single spaces only (no punctuation).
_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Za-z][\w’'-]* ){1,6}$")
_SENTENCE_OPENERS = tuple(".!?\n\"“:")


def find_groups(words: list[Word], text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each group phrase."""
    out: list[tuple[int, int]] = []
    nouns = lx.GROUP_NOUNS
    for w in [w for w in words if w.text in nouns and not w.cap]:
        start = _group_start(text, w.start)
        if start is not None:
            out.append((start, w.end))
    return out


def _group_start(text: str, noun_start: int) -> int | None:
    """Offset of the group's first word, walking back over modifiers to a demonym."""
    window_start = max(0, noun_start - _LOOK_BACK)
    if text[window_start:noun_start].islower():
        return None  # no capital letter: no demonym or lead adjective to open a group
    m = _WORDS_BEFORE.search(text, window_start, noun_start)
    if m is None:
        return None
    before = m.group().split(" ")[:-1]
    offsets = _word_offsets(m.start(), before)
    for modifiers, k in enumerate(range(len(before) - 1, -1, -1)):
        word = before[k]
        if word[0].isupper():
            return _demonym_lead(text, before, offsets, k)
        if word in _NOT_MODIFIERS or modifiers >= _MAX_MODIFIERS or not word.isalpha():
            return None
    return None


def _word_offsets(start: int, words: list[str]) -> list[int]:
    out: list[int] = []
    pos = start
    for word in words:
        out.append(pos)
        pos += len(word) + 1
    return out


def _demonym_lead(text: str, words: list[str], offsets: list[int], k: int) -> int | None:
    """The start of a demonym ending at words[k] ("North Korean"), or a sentence-initial
    lead adjective ("International")."""
    word = words[k]
    if word in _GROUP_LEADS and _at_sentence_start(text, offsets[k]):
        return offsets[k]
    if word not in lx.DEMONYMS:
        return None
    if k > 0 and f"{words[k - 1]} {word}" in lx.DEMONYMS:
        return offsets[k - 1]
    return offsets[k]


def _at_sentence_start(text: str, pos: int) -> bool:
    head = text[max(0, pos - 3) : pos].rstrip(" ")
    return not head or head.endswith(_SENTENCE_OPENERS)
