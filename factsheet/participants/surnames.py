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

from factsheet.participants.clusters import Cluster

# The honorific written right before a mention ("Mrs. Roe").
_ADDRESS_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mme)\.?[ \t]+$")
_ADDRESS_WINDOW = 6


def merge_persons(persons: list[Cluster]) -> dict[int, Cluster]:
    """Merge person clusters in place; returns id(merged-away cluster) -> its target."""
    target: dict[int, Cluster] = {}
    fulls = [c for c in persons if c.full_name]
    singles = [c for c in persons if not c.full_name and c.names]
    if not singles and len(fulls) < 2:
        return target
    _merge_variants(fulls, target)
    fulls = [c for c in fulls if id(c) not in target]
    by_surname: dict[str, list[Cluster]] = {}
    for c in fulls:
        by_surname.setdefault(_surname(c), []).append(c)
    # "Ali" after "Ali Farouk" and "Omar Ali": a given name too, so no surname is settled.
    given = _given_names(fulls)
    unsettled: dict[tuple[str, str | None], Cluster] = {}
    for s in singles:
        word = _word(s)
        holders = by_surname.get(word, [])
        fitting = [f for f in holders if s.gender is None or f.gender in (None, s.gender)]
        if len(fitting) == 1 and word not in given:
            _absorb(fitting[0], s, target)
            continue
        group = unsettled.setdefault((word, s.gender), s)
        if group is not s:
            _absorb(group, s, target)
    return target


def surname_owners(persons: list[Cluster]) -> dict[str, Cluster]:
    """Surname -> the one full-named person who bears it (not also somebody's given name)."""
    by_surname: dict[str, list[Cluster]] = {}
    for c in persons:
        if c.full_name:
            by_surname.setdefault(_surname(c), []).append(c)
    given = _given_names(persons)
    return {
        word: bearers[0]
        for word, bearers in by_surname.items()
        if len(bearers) == 1 and word not in given
    }


def _given_names(persons: list[Cluster]) -> set[str]:
    return {c.canonical().split()[0] for c in persons if c.full_name and not c.east_asian}


def _merge_variants(fulls: list[Cluster], target: dict[int, Cluster]) -> None:
    """"Hillary Rodham Roe" and "Hillary Roe": one person when one form holds all others."""
    groups: dict[tuple[str, str], list[tuple[list[str], Cluster]]] = {}
    for c in fulls:
        words = c.canonical().split()
        groups.setdefault((words[0], words[-1]), []).append((words, c))
    for members in groups.values():
        if len(members) < 2:
            continue
        fullest = [w for w, _ in members if not any(
            len(o) > len(w) and _subsequence(w, o) for o, _ in members
        )]
        if len(fullest) != 1:
            continue  # "George H. Roe" and "George W. Roe": two people, left apart
        top = next(c for w, c in members if w is fullest[0])
        for _, c in members:
            if c is not top:
                _absorb(top, c, target)


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _surname(c: Cluster) -> str:
    words = c.canonical().split()
    return words[0] if c.east_asian else words[-1]


def _word(c: Cluster) -> str:
    """The one word a single-word cluster is named by, as written in running text."""
    for _, _, name in c.names:
        if not name.isupper():
            return name
    return c.names[0][2]


def _absorb(into: Cluster, other: Cluster, target: dict[int, Cluster]) -> None:
    into.names.extend(other.names)
    into.names.sort()
    into.others.extend(other.others)
    into.title = into.title or other.title
    into.gender = into.gender or other.gender
    into.east_asian = into.east_asian or other.east_asian
    into.full_name = into.full_name or other.full_name
    other.names = []
    other.others = []
    target[id(other)] = into


def display_names(text: str, persons: Iterable[Cluster]) -> dict[int, str]:
    """Names for the participants that would share one: a gendered surname-only participant
    is shown with its honorific ("Mr. Roe", "Mrs. Roe") next to another "Roe"."""
    by_name: dict[str, list[Cluster]] = {}
    for c in persons:
        if c.names:
            by_name.setdefault(c.canonical(), []).append(c)
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
