"""One participant per person, not per mention: surname-only mentions ("Mr. Roe", "Roe")
joined to the full name they stand for, and name variants joined to each other.

News style names a person in full once, then by surname, often with an honorific that
tells the gender ("Mr. Roe", "Mrs. Roe"). While the article is read, a surname shared by
two people is ambiguous and each such mention starts a cluster of its own; this pass,
run once all names are known, settles them:
- "Jane Q. Roe" and "Jane Roe" (same given name and surname, one the other's words in
  order) are one person when one form is the fullest;
- a surname mention goes to the one full-named person of that surname whose gender fits;
- when the text does not settle it, all equal mentions (same word, same gender) become
  ONE participant; the gendered ones are shown with their honorific ("Mr. Roe") when
  several such participants share the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factsheet.participants import lexicon as lx
from factsheet.participants.clusters import Cluster, PersonIndex
from factsheet.text import words_in_order

# The honorific written right before a mention ("Mrs. Roe").
_ADDRESS_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mme)\.?[ \t]+$")
_ADDRESS_WINDOW = 6


def merge_persons(index: PersonIndex) -> dict[int, Cluster]:
    """Merge person clusters in place; returns id(merged-away cluster) -> its target."""
    target: dict[int, Cluster] = {}
    for bearers in index.shared_surnames():
        _merge_variants(bearers, target)
    unsettled: dict[tuple[str, str | None], Cluster] = {}
    bearers_of: dict[str, list[Cluster]] = {}  # one look-up per surname, not per mention
    for s in index.clusters:
        if s.full_name or not s.names:
            continue
        word = _word(s)
        if word not in bearers_of:
            bearers_of[word] = index.surname_bearers(word)
        holders = _live(bearers_of[word], target)
        fitting = [f for f in holders if _fits(f, s.gender)]
        # "Ali" after "Ali Farouk" and "Omar Ali": a given name too, so never settled.
        if len(fitting) == 1 and not index.is_given(word):
            _absorb(fitting[0], s, target)
            continue
        group = unsettled.setdefault((word, s.gender), s)
        if group is not s:
            _absorb(group, s, target)
    for into in {id(c): c for c in target.values()}.values():
        into.names.sort()  # once per merged cluster, not once per merge
    return target


def _fits(bearer: Cluster, gender: str | None) -> bool:
    """Can a surname mention of this gender (None: no honorific) mean the bearer? "Roe"
    alone never means John of "John and Mary Roe": only "Mr. Roe" tells him apart."""
    if gender is None:
        return bearer.shared_name is None
    return _gender(bearer) in (None, gender)


def _gender(c: Cluster) -> str | None:
    """A person's known gender, else the one its given name tells ("Senator Maria Roe",
    found by her title, carries none yet), so that "Mr. Roe" is not taken for her."""
    if c.gender is not None or c.east_asian or not c.full_name or not c.names:
        return c.gender
    return lx.given_name_gender(c.canonical().split()[0])


def surname_owners(
    index: PersonIndex, words: Iterable[str], target: dict[int, Cluster]
) -> dict[str, Cluster]:
    """Word -> the one full-named person whose surname it is (not also a given name), after
    the merges in target."""
    out: dict[str, Cluster] = {}
    for word in words:
        bearers = [c for c in _live(index.surname_bearers(word), target) if c.shared_name is None]
        if len(bearers) == 1 and not index.is_given(word):
            out[word] = bearers[0]
    return out


def _live(clusters: list[Cluster], target: dict[int, Cluster]) -> list[Cluster]:
    """The clusters still standing, each once (a merged-away one stands for its target)."""
    out: dict[int, Cluster] = {}
    for c in clusters:
        c = target.get(id(c), c)
        out[id(c)] = c
    return list(out.values())


def _merge_variants(group: list[Cluster], target: dict[int, Cluster]) -> None:
    """"Hillary Rodham Roe" and "Hillary Roe": one person when one form holds all others."""
    by_first: dict[str, list[tuple[list[str], Cluster]]] = {}
    for c in _live(group, target):
        words = c.canonical().split()
        by_first.setdefault(words[0], []).append((words, c))
    for members in by_first.values():
        if len(members) < 2:
            continue
        fullest = [w for w, _ in members if not any(
            len(o) > len(w) and words_in_order(w, o) for o, _ in members
        )]
        if len(fullest) != 1:
            continue  # "George H. Roe" and "George W. Roe": two people, left apart
        top = next(c for w, c in members if w is fullest[0])
        for _, c in members:
            if c is not top:
                _absorb(top, c, target)


def _word(c: Cluster) -> str:
    """The one word a single-word cluster is named by, as written in running text."""
    for _, _, name in c.names:
        if not name.isupper():
            return name
    return c.names[0][2]


def _absorb(into: Cluster, other: Cluster, target: dict[int, Cluster]) -> None:
    into.names.extend(other.names)  # sorted once all merges are done
    into.others.extend(other.others)
    into.title = into.title or other.title
    into.gender = into.gender or other.gender
    into.east_asian = into.east_asian or other.east_asian
    into.full_name = into.full_name or other.full_name
    other.names = []
    other.others = []
    target[id(other)] = into


def display_names(text: str, named: list[tuple[Cluster, str]]) -> dict[int, str]:
    """Names for the persons that would share one: a gendered surname-only participant is
    shown with its honorific ("Mr. Roe", "Mrs. Roe") next to another "Roe"."""
    by_name: dict[str, list[Cluster]] = {}
    for c, name in named:
        by_name.setdefault(name, []).append(c)
    out: dict[int, str] = {}
    for name, same in by_name.items():
        if len(same) < 2:
            continue
        for c in same:
            if c.full_name or c.gender is None:
                continue
            address = _address(text, c)
            if address:
                out[id(c)] = f"{address} {name}"
    return out


def _address(text: str, c: Cluster) -> str | None:
    for start, _, _ in c.names:
        m = _ADDRESS_BEFORE.search(text, max(0, start - _ADDRESS_WINDOW), start)
        if m is not None:
            return m.group(0).strip()
    return None
