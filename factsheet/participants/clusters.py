"""Merging name mentions into participants: full names, surnames, abbreviations,
shortened organisation names ("the Assembly" after "UN General Assembly")."""

from __future__ import annotations

import re

from factsheet.participants import lexicon as lx

_COMPANY_ENDINGS = lx.word_set(
    "Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. plc PLC Plc Holdings AG SA S.A. "
    "NV N.V. GmbH LLC SpA"
)
_NICKNAME = re.compile(r"[ \t]*[\"“][^\"“”\n]{0,40}[\"”]")
_MAX_SUFFIX_WORDS = 6
_SKIP_IN_ACRONYM = lx.word_set("of for and the on in & de")


class Cluster:
    """One participant under construction (a plain slotted class: compared by identity)."""

    __slots__ = (
        "east_asian", "full_name", "gender", "keys", "kind", "names", "others", "shared_name",
        "title",
    )

    def __init__(self, kind: str, gender: str | None = None) -> None:
        self.kind = kind  # "person", "organization", "group", "blocker"
        self.names: list[tuple[int, int, str]] = []  # name mentions
        self.others: list[tuple[int, int]] = []  # nominal/pronoun mentions
        self.title: str | None = None
        self.gender = gender  # "m", "f", None when unknown
        self.keys: set[str] = set()  # surname / alias keys
        self.east_asian = False
        self.full_name = False  # some mention has two words or more
        self.shared_name: str | None = None  # "John and Mary Roe": John's name, never written

    @property
    def first(self) -> int:
        return self.names[0][0] if self.names else 1 << 62

    def add_name(self, start: int, end: int, text: str) -> None:
        self.names.append((start, end, text))
        self.full_name = self.full_name or " " in text

    def canonical(self) -> str:
        """The fullest name form: most words, then earliest."""
        best = max(self.names, key=lambda n: (len(n[2].split()), len(n[2]), -n[0]))
        if self.shared_name and len(best[2].split()) < len(self.shared_name.split()):
            return self.shared_name
        return _NICKNAME.sub("", best[2])  # `Roberto "Hands of Stone" Duran` -> Roberto Duran


class PersonIndex:
    """Persons of the article, found by full name or by surname (when unambiguous)."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._by_full: dict[str, Cluster] = {}
        # word -> the persons it may name, keyed by identity (insertion-ordered, O(1) adds)
        self._by_part: dict[str, dict[int, Cluster]] = {}
        self._by_first: dict[str, dict[int, Cluster]] = {}  # listed given names only
        self._by_given: dict[str, dict[int, Cluster]] = {}  # any first word of a full name

    def add_full(self, name: str, east_asian: bool, gender: str | None) -> Cluster:
        """The cluster for a multi-word name, created when new."""
        found = self._by_full.get(name)
        if found is not None:
            return found
        parts = name.split()
        single = self._single_word_cluster(parts, east_asian)
        cluster = single if single is not None else Cluster("person")
        if single is None:
            self.clusters.append(cluster)
        cluster.east_asian = cluster.east_asian or east_asian
        cluster.gender = cluster.gender or gender
        self._by_full[name] = cluster
        if not east_asian and parts[0] in lx.FIRST_NAMES:
            self._by_first.setdefault(parts[0], {})[id(cluster)] = cluster
        if not east_asian and parts[0][:1].isupper() and not parts[0].endswith("."):
            self._by_given.setdefault(parts[0], {})[id(cluster)] = cluster
        for key in _person_keys(parts, east_asian):
            self._by_part.setdefault(key, {})[id(cluster)] = cluster
        return cluster

    def _single_word_cluster(self, parts: list[str], east_asian: bool) -> Cluster | None:
        """A cluster so far known by one word ("President Clinton") that this name completes."""
        for key in _person_keys(parts, east_asian):
            only = _only(self._by_part.get(key))
            if only is not None and _single_word(only):
                return only
        return None

    def add_single(self, word: str, gender: str | None) -> Cluster:
        """A one-word name given with a title ("Mr Hwang"): join the one match, or start one."""
        match = self.by_part(word)
        if match is not None and (gender is None or match.gender in (None, gender)):
            match.gender = match.gender or gender
            return match
        # "Mrs. Roe" after "John Roe" (or none yet): another person, settled at the end
        cluster = Cluster("person", gender=gender)
        self.clusters.append(cluster)
        self._by_part.setdefault(word, {})[id(cluster)] = cluster
        return cluster

    def by_part(self, word: str) -> Cluster | None:
        """The one person this surname (or full name) can mean, else None (also when it
        is somebody else's first name: "Ali" after "Ali Farouk" and "Omar Ali")."""
        full = self._by_full.get(word)
        if full is not None:
            return full
        only = _only(self._by_part.get(word))
        if only is None:
            return None
        firsts = self._by_first.get(word, {})
        if firsts and (len(firsts) > 1 or id(only) not in firsts):
            return None
        return only

    def by_first_name(self, word: str, gender: str | None) -> Cluster | None:
        """"Alan" alone: the one person named Alan in full, else a person of its own;
        None when the word is also somebody's surname (then it is ambiguous)."""
        if word in self._by_part:
            return None
        only = _only(self._by_first.get(word))
        return only if only is not None else self.add_single(word, gender)

    def by_given(self, word: str) -> Cluster | None:
        """The one person whose full name starts with this word ("Jansher" after "Jansher
        Khan"), when it is nobody's surname."""
        if word in self._by_part:
            return None
        return _only(self._by_given.get(word))

    def by_full(self, name: str) -> Cluster | None:
        return self._by_full.get(name)

    def surname_bearers(self, word: str) -> list[Cluster]:
        """The persons named in full with this surname (family name)."""
        return [c for c in self._by_part.get(word, {}).values() if c.full_name]

    def shared_surnames(self) -> list[list[Cluster]]:
        """Groups of two or more persons named in full with one surname."""
        groups = ([c for c in cands.values() if c.full_name] for cands in self._by_part.values())
        return [g for g in groups if len(g) > 1]

    def is_given(self, word: str) -> bool:
        """Is this word the first word of someone's full name?"""
        return word in self._by_given


def _single_word(cluster: Cluster) -> bool:
    return not cluster.full_name


def _person_keys(parts: list[str], east_asian: bool) -> list[str]:
    """Words by which the person may later be called: the surname (family name)."""
    keys = [parts[-1]]
    if east_asian:
        keys = [parts[0]]
    return [k for k in keys if len(k) > 1 and not k.endswith(".")]


class OrgIndex:
    """Organisations, keyed by a normalised name (abbreviations expanded), with indexes
    for the shortened references (a suffix, a first word, a head word, "the company"),
    so that every look-up costs the same however many organisations the article names."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._by_key: dict[str, Cluster] = {}
        self._by_suffix: dict[str, dict[int, Cluster]] = {}
        self._by_first: dict[str, dict[int, Cluster]] = {}
        self._by_word: dict[str, dict[int, Cluster]] = {}
        self._companies: dict[int, Cluster] = {}

    def add(self, name: str) -> Cluster:
        key = org_key(name)
        found = self._by_key.get(key)
        if found is None:
            found = self._by_acronym(name)
        if found is None:
            found = Cluster("organization")
            self.clusters.append(found)
        self._register(found, name)
        return found

    def alias(self, cluster: Cluster, name: str) -> None:
        """Record another name of the same organisation ("(UN)" after "United Nations")."""
        self._register(cluster, name)

    def _register(self, cluster: Cluster, name: str) -> None:
        key = org_key(name)
        self._index(cluster, key)
        acro = acronym(name)
        if acro:
            self._index(cluster, acro)

    def _index(self, cluster: Cluster, key: str) -> None:
        if key in cluster.keys:
            return
        self._by_key.setdefault(key, cluster)
        cluster.keys.add(key)
        words = key.split()
        ident = id(cluster)
        for n in range(1, min(len(words), _MAX_SUFFIX_WORDS + 1)):
            self._by_suffix.setdefault(" ".join(words[-n:]), {})[ident] = cluster
        if len(words) > 1:
            self._by_first.setdefault(words[0], {})[ident] = cluster
            if words[-1] in _COMPANY_ENDINGS:
                self._companies[ident] = cluster
        for w in words[:_MAX_SUFFIX_WORDS]:
            self._by_word.setdefault(w.lower(), {})[ident] = cluster

    def _by_acronym(self, name: str) -> Cluster | None:
        bare = name.replace(".", "")
        if bare.isupper() and bare.isalpha():
            return self._by_key.get(bare)
        return None

    def find(self, name: str) -> Cluster | None:
        key = org_key(name)
        return self._by_key.get(key) or self._by_acronym(name)

    def by_suffix(self, words: list[str]) -> Cluster | None:
        """The one organisation whose name ends with these words ("Assembly", "General
        Assembly" after "UN General Assembly"); None when none or several do."""
        return _only(self._by_suffix.get(" ".join(words)))

    def by_first_word(self, word: str) -> Cluster | None:
        """The one organisation whose longer name starts with this word ("Pirelli" after
        "Pirelli Cables"); common, place and title words never qualify."""
        if word in lx.COMMON_CAPS or word in lx.PLACES or word in lx.DEMONYMS:
            return None
        if word in lx.ORG_HEADS or word in lx.HONORIFICS or word in lx.TITLE_MODIFIERS:
            return None
        return _only(self._by_first.get(word))

    def company(self) -> Cluster | None:
        """The one organisation whose name ends like a company's ("Acme Widgets Corp")."""
        return _only(self._companies)

    def heads(self) -> set[str]:
        """The (lower-cased) words of all organisation names."""
        return set(self._by_word)

    def by_head(self, head: str) -> Cluster | None:
        """The one organisation with this word in its name ("the ministry")."""
        return _only(self._by_word.get(head))


def _only(cands: dict[int, Cluster] | None) -> Cluster | None:
    if not cands or len(cands) != 1:
        return None
    return next(iter(cands.values()))


def org_key(name: str) -> str:
    """Normalised organisation name: leading "The" dropped, abbreviations expanded."""
    key = _ORG_KEYS.get(name)
    if key is None:
        if len(_ORG_KEYS) >= _MAX_ORG_KEYS:
            _ORG_KEYS.clear()  # bounded: a long-lived process stays small
        key = _ORG_KEYS[name] = _org_key(name)
    return key


# Name -> org_key(name), shared by all articles (the same names come back).
_ORG_KEYS: dict[str, str] = {}
_MAX_ORG_KEYS = 50_000


def _org_key(name: str) -> str:
    words = name.split()
    if words and words[0] in {"The", "the"}:
        words = words[1:]
    out: list[str] = []
    for i, w in enumerate(words):
        full = lx.ORG_ABBREVIATIONS.get(w)
        out.append(full if full is not None and (i == 0 or len(words) == 1) else w)
    return " ".join(out)


def acronym(name: str) -> str | None:
    """"Human Rights Council" -> "HRC" (three letters or more), else None."""
    words = [w for w in org_key(name).split() if w.lower() not in _SKIP_IN_ACRONYM]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    letters = "".join(w[0] for w in words)
    return letters if len(letters) >= 2 else None
