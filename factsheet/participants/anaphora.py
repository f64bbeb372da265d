"""Pronouns ("he", "her") and role nominals ("the ambassador", "the ministry") resolved
to a participant named earlier, only when the text leaves no doubt."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

from factsheet.participants import lexicon as lx
from factsheet.participants.clusters import Cluster, OrgIndex
from factsheet.participants.titles import role_noun
from factsheet.text import Document

# Each pattern opens with a character class (the engine then skips ahead at C speed) and
# checks the word boundary before it with a look-behind: "\bhe" written for speed.
_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?:e|im|is|ers?)|(?<=[Ss])he)\b")
_NOMINAL = re.compile(
    r"[Tt](?<!\w.)he\s+(?:(?:former|deputy|vice|top|chief|senior|new)\s+)?([a-z][a-z\-]{2,})\b"
)
# A role nominal followed by these starts a new description ("the ambassador to France").
_NEW_ENTITY_AFTER = re.compile(r"\s+(?:of|to|for|from|in|at|who|and)\b")
_QUOTE_PAIRS = {"“": "”", "«": "»"}
_LOOKBACK_SENTENCES = 2
# Sort keys read at C speed (no Python call per item).
_START = attrgetter("start")
_FIRST_ITEM = itemgetter(0)
_FIRST_MENTION = attrgetter("first")
_THEY = re.compile(r"[Tt](?<!\w.)hey\b")
# "the company said": the one company (Inc, Corp, Ltd...) named before.
_COMPANY_NOUNS = frozenset(("company", "firm"))
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
# Binding: "Roe told him" -- a plain object pronoun never means the subject of its own
# clause. These words open another clause (or an infinitive) between the two, after which
# the subject may be meant again ("Roe said police had arrested him"). Not quotes' list of
# clause openers: a subject pronoun or an infinitive's "to" opens a clause here too.
_CLAUSE_OPENERS = lx.word_set(
    """that who whom whose which when where while after before because if unless until as
    since though although to but or so he she they i we you it there"""
)
_CLAUSE_WORD = re.compile(r"\w+")
_BINDING_WINDOW = 40  # "Roe had also told him": a few words only
_MAX_VERB_WORDS = 3
_MAX_TITLE_CHARS = 60
_POSSESSIVE_ENDS = ("’s", "'s", "’ ", "' ")
# "with her", "beside him": an adjunct's pronoun may mean the subject ("she kept it by her").
# Not quotes' list of prepositions: "of" and "in" are left out ("Roe spoke of him", "believed
# in him" never mean Roe).
_PREPOSITIONS = lx.word_set(
    """with without beside behind before after for against at to from by near past about
    around on upon under over into onto toward towards among between like than"""
)
# "told her the": after these "her" is an object, not a possessive ("told her client").
_AFTER_OBJECT_HER = lx.word_set(
    """a an the that to for with in on at about of from by as and or but he she they it i
    we you was is this these those his their its our my your what how why if not into over
    after before up down out off back again there when while until because"""
)


class PersonMention:
    """A name mention of a person (or of an unexplained name that blocks pronouns)."""

    __slots__ = ("cluster", "end", "start")

    def __init__(self, start: int, end: int, cluster: Cluster) -> None:
        self.start = start
        self.end = end
        self.cluster = cluster


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Stretches inside quotation marks (curly pairs, or straight quotes toggled)."""
    out: list[tuple[int, int]] = []
    open_at = -1
    closer = ""
    for m in re.finditer(r"[“”«»\"]", text):
        c = m.group()
        if (open_at < 0 and c in _QUOTE_PAIRS) or (open_at < 0 and c == '"'):
            open_at, closer = m.end(), _QUOTE_PAIRS.get(c, '"')
        elif open_at >= 0 and c == closer:
            out.append((open_at, m.start()))
            open_at = -1
    return out


def _inside(regions: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and regions[i][0] <= pos < regions[i][1]


def resolve_pronouns(doc: Document, mentions: list[PersonMention]) -> None:
    """Attach he/she/him/his/her to the one compatible person in reach (same sentence
    before the pronoun, else the last sentences that mention a person)."""
    text = doc.text
    regions = quote_regions(text)
    region_starts = [r[0] for r in regions]
    timeline = sorted(mentions, key=_START)
    sentence_of: dict[int, dict[int, Cluster]] = {}  # distinct persons, in order
    # sentence -> (start, end, person) of the names and he/she in it
    named_in: dict[int, list[tuple[int, int, Cluster]]] = {}
    subject_of: dict[int, Cluster] = {}  # sentence -> the person that opens it
    sent_starts = [s.start for s in doc.sentences]
    sent_ends = [s.end for s in doc.sentences]
    # Names inside quotation marks are the speaker's words, not antecedents in the story.
    events: list[tuple[int, int, str | None, Cluster | None]] = [
        (m.start, m.end, None, m.cluster)
        for m in timeline
        if not _inside(regions, region_starts, m.start)
    ]
    # Pronouns come in text order, as the regions do: one pointer walks both (the test
    # of _inside, with no search and no call per pronoun).
    ri, n_regions = 0, len(regions)
    for m in _PRONOUN.finditer(text):
        start = m.start()
        while ri < n_regions and regions[ri][1] <= start:
            ri += 1  # regions are in order and do not overlap
        if ri < n_regions and regions[ri][0] <= start:
            continue  # inside quotation marks
        events.append((start, m.end(), m.group().lower(), None))
    events.sort(key=_FIRST_ITEM)
    for start, end, pronoun, cluster in events:
        si = bisect_right(sent_starts, start) - 1
        if si < 0 or start >= sent_ends[si]:
            continue  # between sentences
        opens = start == sent_starts[si]
        if cluster is None:
            assert pronoun is not None
            gender = "m" if pronoun in lx.MALE_PRONOUNS else "f"
            subject = opens and pronoun in _SUBJECT_PRONOUNS
            bound = _object_pronoun(text, pronoun, end)
            named = named_in.get(si, [])
            excluded = _clause_subject(text, named, sent_starts[si], start) if bound else set()
            cluster = _antecedent(sentence_of, subject_of, si, gender, subject, excluded)
            if cluster is None:
                continue
            cluster.others.append((start, end))
            if not excluded:  # found further back: too unsure to spread a gender
                cluster.gender = cluster.gender or gender
        sentence_of.setdefault(si, {})[id(cluster)] = cluster
        if pronoun is None or pronoun in _SUBJECT_PRONOUNS:  # who may be a clause's subject
            named_in.setdefault(si, []).append((start, end, cluster))
        if opens:
            subject_of[si] = cluster


def _object_pronoun(text: str, pronoun: str, end: int) -> bool:
    """"him", or "her" followed by what cannot be the noun it would own ("told her the")."""
    if pronoun == "him":
        return True
    if pronoun != "her":
        return False
    nxt = _CLAUSE_WORD.search(text, end, end + 40)
    if nxt is None or not text[end : nxt.start()].isspace():
        return True  # punctuation or the end follows: "thanked her."
    return nxt.group().lower() in _AFTER_OBJECT_HER


def _clause_subject(
    text: str, named: list[tuple[int, int, Cluster]], sent_start: int, pos: int
) -> set[int]:
    """The person who opens the sentence and is followed by "<verb> him" ("Roe told him",
    "Judge Roe then fined him"): the subject, which the object pronoun at pos cannot mean.
    A name later in the sentence may be an object itself ("asked Roe and told him")."""
    if len(named) != 1:
        return set()
    start, end, cluster = named[0]
    if not _opens_sentence(text, sent_start, start) or pos - end > _BINDING_WINDOW:
        return set()
    if text.startswith(_POSSESSIVE_ENDS, end):
        return set()  # "Roe's lawyer told him": the owner is not the subject
    words = text[end:pos].split()
    if not 1 <= len(words) <= _MAX_VERB_WORDS or not all(_verb_phrase_word(w) for w in words):
        return set()
    return set() if words[-1] in _PREPOSITIONS else {id(cluster)}


def _opens_sentence(text: str, sent_start: int, start: int) -> bool:
    """Only title words before the name: "Defence barrister Jane Roe", "Judge Roe"."""
    if start - sent_start > _MAX_TITLE_CHARS:
        return False
    return all(
        w[:1].isupper() or role_noun(w) or w.capitalize() in lx.TITLE_MODIFIERS
        for w in text[sent_start:start].split()
    )


def _verb_phrase_word(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _CLAUSE_OPENERS


def _antecedent(
    sentence_of: dict[int, dict[int, Cluster]],
    subject_of: dict[int, Cluster],
    si: int,
    gender: str,
    subject: bool,
    excluded: set[int],
) -> Cluster | None:
    """The person a pronoun in sentence si means, never one in excluded. A sentence-initial
    "He"/"She" facing several people in the sentence before takes that sentence's subject,
    when the subject opens it and is a named person known to be of the pronoun's gender."""
    for back in range(_LOOKBACK_SENTENCES + 1):
        seen = sentence_of.get(si - back)
        if not seen:
            continue
        candidates = [c for c in seen.values() if id(c) not in excluded]
        if not candidates:
            continue  # only the clause's own subject here: look further back
        found = _pick(candidates, gender)
        if found is None and subject and back > 0:
            opener = subject_of.get(si - back)
            if opener is not None and opener.kind == "person" and opener.gender == gender:
                return opener
        return found
    return None


def _pick(distinct: list[Cluster], gender: str) -> Cluster | None:
    """The one compatible person; with several, the one whose gender is known to match."""
    compatible = [c for c in distinct if c.gender in (None, gender)]
    if len(compatible) > 1 and any(c.kind == "blocker" for c in compatible):
        return None  # an unexplained name might be the one meant
    if len(compatible) == 1:
        return compatible[0]
    known = [c for c in compatible if c.gender == gender]
    return known[0] if len(known) == 1 else None


def resolve_nominals(
    doc: Document, persons: list[Cluster], orgs: OrgIndex
) -> None:
    """"the ambassador" -> the one person titled ambassador named before it;
    "the ministry" -> the one organisation named before it with "Ministry" in its name."""
    text = doc.text
    titled = _titled_persons(persons)
    # The heads that may refer to someone, gathered once: most "the ..." phrases are
    # passed over with one set lookup.
    wanted = orgs.heads().union(titled, _COMPANY_NOUNS)
    for m in _NOMINAL.finditer(text):
        head = m.group(1)
        if head not in wanted:
            continue  # nobody to refer to
        if _NEW_ENTITY_AFTER.match(text, m.end()):
            continue
        target = _nominal_target(head, m.start(), titled, orgs)
        if target is not None:
            target.others.append((m.start(), m.end()))


def _titled_persons(persons: list[Cluster]) -> dict[str, tuple[list[int], list[Cluster]]]:
    """Title word -> the persons with it in their title, sorted by first mention."""
    by_word: dict[str, list[Cluster]] = {}
    for c in persons:
        for word in set((c.title or "").lower().split()):
            by_word.setdefault(word, []).append(c)
    out: dict[str, tuple[list[int], list[Cluster]]] = {}
    for word, clusters in by_word.items():
        clusters.sort(key=_FIRST_MENTION)
        out[word] = ([c.first for c in clusters], clusters)
    return out


def _nominal_target(
    head: str, pos: int, titled: dict[str, tuple[list[int], list[Cluster]]], orgs: OrgIndex
) -> Cluster | None:
    if head in lx.ROLE_NOUNS:
        firsts, clusters = titled.get(head, ([], []))
        named_before = bisect_left(firsts, pos)
        return clusters[0] if named_before == 1 else None
    if head in _COMPANY_NOUNS:
        target = orgs.company()
        return target if target is not None and target.first < pos else None
    if head.capitalize() in lx.ORG_HEADS:
        target = orgs.by_head(head)
        if target is not None and target.first < pos:
            return target
    return None


def resolve_they(doc: Document, groups: list[Cluster]) -> None:
    """"North Korean defectors said they ...": a subject "they" after the only group
    named earlier in the same sentence (outside quotations)."""
    if not groups:
        return
    text = doc.text
    regions = quote_regions(text)
    region_starts = [r[0] for r in regions]
    events: list[tuple[int, int, Cluster | None]] = [
        (start, end, g) for g in groups for start, end, _ in g.names
    ]
    events.extend(
        (m.start(), m.end(), None)
        for m in _THEY.finditer(text)
        if not _inside(regions, region_starts, m.start())
    )
    events.sort(key=lambda e: (e[0], e[2] is None))
    seen: dict[int, Cluster] = {}
    current = None
    for start, end, group in events:
        sent = doc.sentence_at(start)
        if sent is None:
            continue
        if sent.start != current:
            current, seen = sent.start, {}
        if group is not None:
            seen[id(group)] = group
        elif len(seen) == 1:
            next(iter(seen.values())).others.append((start, end))
