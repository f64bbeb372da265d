"""Groups: a nationality or a capitalised adjective, up to three modifiers, and a plural
group noun ("North Korean defectors", "International human rights groups")."""

from __future__ import annotations

from factsheet.participants import lexicon as lx
from factsheet.participants.words import Word

_MAX_MODIFIERS = 3
# Capitalised adjectives that may open a group at the start of a sentence.
_GROUP_LEADS = lx.word_set("International Foreign Local Global Western Opposition Rebel")
_NOT_MODIFIERS = lx.word_set(
    """the a an of and or to in on at for by with from as is are was were be been that this
    these those their its his her our your my some many most all other such more no not
    """
)


def find_groups(words: list[Word]) -> list[tuple[int, int]]:
    """(start word index, end word index exclusive) of each group phrase."""
    out: list[tuple[int, int]] = []
    for i, w in enumerate(words):
        if w.cap or w.text not in lx.GROUP_NOUNS:
            continue
        lead = _lead_index(words, i)
        if lead is not None:
            out.append((lead, i + 1))
    return out


def _lead_index(words: list[Word], noun: int) -> int | None:
    """Index of the group's first word, walking back over modifiers to a demonym."""
    j = noun
    modifiers = 0
    while j > 0 and words[j].joined:
        prev = words[j - 1]
        if prev.cap:
            return _demonym_start(words, j - 1)
        if prev.text in _NOT_MODIFIERS or modifiers >= _MAX_MODIFIERS or not prev.text.isalpha():
            return None
        modifiers += 1
        j -= 1
    return None


def _demonym_start(words: list[Word], k: int) -> int | None:
    """The start of a demonym ending at word k ("North Korean"), or a sentence-initial lead."""
    w = words[k]
    if w.text in _GROUP_LEADS and w.sentence_start:
        return k
    if w.text not in lx.DEMONYMS:
        return None
    if k > 0 and words[k].joined and f"{words[k - 1].text} {w.text}" in lx.DEMONYMS:
        return k - 1
    return k
