"""Name finder: runs of capitalised words, cut into segments (title, name, place, org...).

A *run* is a stretch of capitalised words on one line with no punctuation between them,
allowing name particles ("van", "bin") and, after an organisation word, "of"/"for"/"and"
("Ministry of Trade and Industry"). A possessive ends a run ("Hwang’s").
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from factsheet.participants import lexicon as lx
from factsheet.participants.titles import role_noun
from factsheet.participants.words import Word

Kind = str  # "person", "organization", "place", "demonym", "event", "abbreviation", "unknown"


class Segment:
    """A stretch of one run, with what the finder knows of it. A plain slotted class (no
    dataclass): cheaper to import and to build, one per name found."""

    __slots__ = ("end", "evidence", "honorific", "key", "kind", "start", "words")

    def __init__(
        self,
        words: tuple[Word, ...],
        kind: Kind,
        honorific: str | None = None,  # "Mr", "President": the title word right before a name
        evidence: list[str] | None = None,
    ) -> None:
        self.words = words
        self.kind = kind
        self.honorific = honorific
        self.evidence: list[str] = evidence if evidence is not None else []
        self.start = words[0].start
        self.end = words[-1].end
        # possessives already dropped; most segments are one word
        self.key = words[0].text if len(words) == 1 else " ".join([w.text for w in words])

    def __repr__(self) -> str:
        return f"Segment({self.key!r}, {self.kind!r}, {self.start})"


def _phrase_index(phrases: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """First word -> phrases (as word tuples) starting with it, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        parts = tuple(phrase.split())
        index.setdefault(parts[0], []).append(parts)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


_PLACE_INDEX = _phrase_index(lx.PLACES)
_ORG_INDEX = _phrase_index(lx.KNOWN_ORGS)
_DEMONYM_INDEX = _phrase_index(lx.DEMONYMS)


def build_runs(words: list[Word]) -> list[list[Word]]:
    """Maximal runs of capitalised words (shouted lines are left to a later lookup)."""
    runs: list[list[Word]] = []
    cur: list[Word] = []
    n_words = len(words)
    for i, w in enumerate(words):
        if w.shouted:
            if cur:
                _flush(cur, runs)
            continue
        if w.cap:
            if cur and (not w.joined or len(cur) >= _MAX_RUN_WORDS):
                _flush(cur, runs)  # a longer run is no name: cut it, keeping work linear
            cur.append(w)
            if w.possessive:
                _flush(cur, runs)
            continue
        # A lower-case word: it may link two capitalised words, or open a name ("de Silva").
        if cur:
            nxt = words[i + 1] if i + 1 < n_words else None
            if w.joined and _connector_ok(cur, w, nxt):
                cur.append(w)
                continue
            _flush(cur, runs)
        if w.text in _START_PARTICLES:
            nxt = words[i + 1] if i + 1 < n_words else None
            if _particle_start(w, nxt):
                cur.append(w)
    if cur:
        _flush(cur, runs)
    return runs


_MAX_RUN_WORDS = 16
_COMPANY_SUFFIXES = lx.word_set(
    "Inc Inc. Corp Corp. Co Co. Ltd Ltd. plc Plc PLC LLC LLP AG SA S.A. NV N.V. GmbH SpA BV Bhd Pty"
)
_PARTICLES = lx.word_set(
    "van von der den de del della dos das du bin ibn al ter ten la le da di"
)
_START_PARTICLES = lx.word_set("van von der den de del della dos das du bin ibn al ter ten")


def _leading_particle(words: list[Word]) -> bool:
    """"de Silva": a name particle opening a name."""
    return len(words) > 1 and words[0].text in _START_PARTICLES and words[1].cap


def _particle_start(w: Word, nxt: Word | None) -> bool:
    return (
        w.text in _START_PARTICLES
        and nxt is not None
        and nxt.cap
        and nxt.joined
        and not nxt.shouted
        and not w.sentence_start
    )


_LONE_ORDINARY = (
    lx.COMMON_CAPS - lx.FIRST_NAMES - frozenset(lx.HONORIFICS) - lx.ORG_HEADS - lx.KNOWN_ORGS
    - lx.PLACES - lx.EAST_ASIAN_SURNAMES
)


def _flush(cur: list[Word], runs: list[list[Word]]) -> None:
    if len(cur) == 1:  # the commonest run: the steps below, for one word
        w = cur[0]
        if w.cap and w.text not in _LONE_ORDINARY:
            runs.append([w])
        cur.clear()
        return
    while cur and not cur[-1].cap:
        cur.pop()  # a run ends with a capitalised word
    while len(cur) > 1 and cur[-1].text.rstrip(".") in lx.POST_NOMINALS:
        cur.pop()  # "Jane Roe KC", "John Roe MP": the letters after a name are no part of it
    if cur and not (len(cur) == 1 and cur[0].text in _LONE_ORDINARY):
        runs.append(cur.copy())  # "The", "But", "I" alone: the commonest runs, never a name
    cur.clear()


def _connector_ok(cur: list[Word], w: Word, nxt: Word | None) -> bool:
    """May this lower-case word join the run? Only between capitalised words."""
    if nxt is None or not nxt.joined or nxt.shouted or cur[-1].possessive:
        return False
    low = w.text.lower()
    after_name = cur[-1].cap or cur[-1].text in _PARTICLES
    if low in _PARTICLES and after_name and (nxt.cap or nxt.text in _PARTICLES):
        return True  # "van der Westhuizen": particles may follow each other
    if low == "the":
        return not cur[-1].cap and cur[-1].text.lower() in {"of", "for", "on"} and nxt.cap
    if low not in lx.ORG_CONNECTORS or not nxt.cap:
        return False
    head = cur[-1].text
    if low == "&":
        return cur[-1].cap  # "Procter & Gamble", "Douglas & Lomason Co"
    if low == "in":
        # "Organisation for Security and Cooperation in Europe"
        return any(x.text in lx.ORG_HEADS for x in cur) and nxt.text in lx.PLACES
    if head in _COMPANY_SUFFIXES:
        return False  # "Acme Inc and Beta Corp", "Acme Inc of Ohio": the name has ended
    if low == "and":
        return head not in lx.ORG_HEADS and any(x.text in lx.ORG_HEADS for x in cur)
    return head in lx.ORG_HEADS or head in lx.HONORIFICS or head in lx.EVENT_HEADS


def segment_run(run: list[Word], lower_vocab: frozenset[str]) -> list[Segment]:
    """Cut a run into segments: titles peeled off, places and demonyms split out."""
    if len(run) == 1:
        return _segment_lone(run[0], lower_vocab)
    words = _drop_ordinary_start(run, lower_vocab)
    if lx.CALENDAR_WORDS.isdisjoint([w.text for w in words]):
        return _segment_part(_strip_connectors(words)) if words else []
    out: list[Segment] = []
    for part in _split_on(words, _calendar_word):
        out.extend(_segment_part(part))
    return out


def _segment_lone(w: Word, lower_vocab: frozenset[str]) -> list[Segment]:
    """The commonest run, one word, classified by its text alone (the same answer as the
    general path, without its steps: no title, no split, no connector)."""
    if not w.cap or _ordinary_initial(w, lower_vocab, w.text in lx.ORG_HEADS):
        return []
    if _calendar_word(w):
        return []
    kind = _LONE_KINDS.get(w.text)
    if kind is None:
        kind = _LONE_KINDS[w.text] = _lone_kind(w.text)
    if kind == "known":
        return [Segment((w,), "organization", evidence=["known"])]
    return [Segment((w,), kind)]


# Word -> the kind of a one-word run made of it; bounded so a long-lived process stays small.
_LONE_KINDS: dict[str, Kind] = {}
_MAX_LONE_KINDS = 50_000


def _lone_kind(text: str) -> Kind:
    if len(_LONE_KINDS) >= _MAX_LONE_KINDS:
        _LONE_KINDS.clear()
    if text in lx.KNOWN_ORGS:
        return "known"
    if text.rstrip(".") in lx.NOT_PARTICIPANTS:
        return "abbreviation"  # "GMT", "A&E.": no participant
    if text in lx.PLACES:
        return "place"
    if text in lx.EVENT_HEADS and text not in lx.FIRST_NAMES:
        return "event"
    if text in lx.DEMONYMS:
        return "demonym"
    return "unknown"


def _calendar_word(w: Word) -> bool:
    """"Friday", "August": never part of a name ("Jan Kroslak" and "April Smith" are)."""
    return w.text in lx.CALENDAR_WORDS and w.text not in lx.FIRST_NAMES


def _drop_ordinary_start(run: list[Word], lower_vocab: frozenset[str]) -> list[Word]:
    words = list(run)
    org_tail = words[-1].text in lx.ORG_HEADS
    if words[0].sentence_start and _capital_particle_start(words):
        return words  # "Van der Berg said": a surname opening the sentence
    while words and (
        not (words[0].cap or _leading_particle(words))
        or _ordinary_initial(words[0], lower_vocab, org_tail)
    ):
        words.pop(0)
    return words


def _capital_particle_start(words: list[Word]) -> bool:
    """"Van der Berg", "De la Cruz": a particle capitalised at a sentence start, then
    another particle or the rest of the surname."""
    if len(words) < 2 or not words[0].sentence_start:
        return False
    first, nxt = words[0].text, words[1]
    if first.lower() not in _START_PARTICLES or first.lower() == first:
        return False
    return nxt.text in _PARTICLES or (nxt.cap and len(words) == 2)


def _ordinary_initial(w: Word, lower_vocab: frozenset[str], ends_with_org_head: bool) -> bool:
    """A sentence-initial word that is an ordinary word, not a name ("The", "But")."""
    if not w.sentence_start:
        return False
    t = w.text
    if t in lx.HONORIFICS or t in lx.ORG_HEADS or t in lx.FIRST_NAMES or t in _ORG_INDEX:
        return False
    if t in lx.TITLE_MODIFIERS and ends_with_org_head:
        return False  # "Federal Open Market Committee", "National Assembly"
    if t in _PLACE_INDEX or t in _DEMONYM_INDEX or t in lx.EAST_ASIAN_SURNAMES:
        return False
    if t in lx.PLACE_FIRST_WORDS:
        return False  # "Port Vale", "San Marino"
    return t in lx.COMMON_CAPS or t.lower() in lower_vocab


def _split_on(words: list[Word], cut: Callable[[Word], bool]) -> list[list[Word]]:
    parts: list[list[Word]] = [[]]
    for w in words:
        if cut(w):
            parts.append([])
        else:
            parts[-1].append(w)
    return [_strip_connectors(p) for p in parts if _strip_connectors(p)]


def _strip_connectors(words: list[Word]) -> list[Word]:
    lo, hi = 0, len(words)
    while lo < hi and not (words[lo].cap or _leading_particle(words[lo:hi])):
        lo += 1
    while hi > lo and not words[hi - 1].cap:
        hi -= 1
    return words[lo:hi]


def _segment_part(words: list[Word]) -> list[Segment]:
    while len(words) > 1 and words[-1].text in lx.HONORIFICS and words[-1].possessive:
        words = words[:-1]  # "UN General Assembly President’s": an office, no name
    split = _honorific_split(words)
    if split is None:
        return _classify_plain(words)
    title_start, name_start = split
    out = _classify_plain(words[:title_start]) if title_start > 0 else []
    name = tuple(words[name_start:])
    honorific = words[title_start].text if title_start < name_start else None
    out.append(Segment(name, "person", honorific=honorific, evidence=["honorific"]))
    return out


def _honorific_split(words: list[Word]) -> tuple[int, int] | None:
    """(start of the title words, start of the name) when a title word precedes a name."""
    for j in range(len(words) - 2, -1, -1):
        if not _honorific(words[j]) or words[j].possessive:
            continue
        name_at = _name_after_title(words, j)
        if name_at is None:
            continue
        k = j
        while k > 0 and _title_word(words[k - 1]):
            k -= 1
        return k, name_at
    return None


def _honorific(w: Word) -> bool:
    """A title word; a capitalised role noun ("Fullback") or "Ex-Yankee" counts too."""
    t = w.text
    if t in lx.HONORIFICS:
        return True
    if t in lx.FIRST_NAMES or not w.cap:
        return False
    return role_noun(t) or t.startswith("Ex-")


def _name_after_title(words: list[Word], j: int) -> int | None:
    """Where the name starts after the title word j: right after it ("President Bill
    Clinton") or after its complement ("Secretary of State Jane Roe")."""
    if _name_like(words[j + 1 :]):
        return j + 1
    if j + 2 >= len(words) or words[j + 1].cap:
        return None
    for k in range(j + 2, len(words) - 1):
        if words[k - 1].cap and _name_like(words[k:]) and len(words) - k >= 2:
            return k
    return None


def _title_word(w: Word) -> bool:
    t = w.text
    return _honorific(w) or t in lx.TITLE_MODIFIERS or t in lx.DEMONYMS or not w.cap


def _name_like(words: list[Word]) -> bool:
    """Could these words be a person's name (no org word, not a place, not a title)?"""
    if not words or not words[0].cap or len(words) > 4:
        return False
    first = words[0].text
    if first in lx.TITLE_MODIFIERS or first in lx.HONORIFICS:
        return False
    if any(_head_word(w.text) and w.text not in lx.FIRST_NAMES for w in words):
        return False
    key = " ".join([w.text for w in words])
    return key not in lx.PLACES and key not in lx.KNOWN_ORGS and key not in lx.COMMON_CAPS


def _head_word(text: str) -> bool:
    return text in lx.ORG_HEADS or text in lx.EVENT_HEADS


def _classify_plain(words: list[Word]) -> list[Segment]:
    """A part with no title word: an organisation, an event, or places/demonyms/names."""
    if not words:
        return []
    key = " ".join([w.text for w in words])
    if len(words) >= 3 and _glued_abbreviation(words[:3]):
        return _classify_plain(words[3:])  # "A&E": a hospital department, no firm
    if key in lx.KNOWN_ORGS or ("&" in key and "&" in key.split()):
        # "Procter & Gamble", "Douglas & Lomason": partners' names joined make a firm
        return [Segment(tuple(words), "organization", evidence=["known"])]
    if key in lx.PLACES or _city_of_place(words):
        return [Segment(tuple(words), "place")]
    if _event_like(words):
        return [Segment(tuple(words), "event")]
    office = _office_of(words) if len(words) > 2 else 0
    if office:
        return _classify_plain(words[office:])  # "Chairman of Acme Corp": the firm alone
    if _has_org_head(words):
        return _demonym_institution(words) or [
            Segment(tuple(words), "organization", evidence=["head"])
        ]
    if len(words) > 1 and _place_like(words):
        return [Segment(tuple(words), "place")]
    return _split_known(words)


_PLACE_KINDS = lx.word_set("City Town County State Province Region District")


def _glued_abbreviation(words: list[Word]) -> bool:
    """"A&E" written without spaces and listed as no participant."""
    first, amp, last = words
    if amp.text != "&" or amp.start != first.end or last.start != amp.end:
        return False
    return f"{first.text}&{last.text.rstrip('.')}" in lx.NOT_PARTICIPANTS


def _office_of(words: list[Word]) -> int:
    """Where the body starts after an office and "of" ("CEO of Acme Corp"), else 0."""
    office = False
    for k, w in enumerate(words[:3]):
        t = w.text
        if t == "of":
            return k + 1 if office and k + 1 < len(words) else 0
        if t in lx.ORG_HEADS or t in lx.FIRST_NAMES:
            return 0  # "Bank of Canada", "Council of Churches": the body itself
        if t in lx.HONORIFICS or role_noun(t):
            office = True
        elif t not in lx.TITLE_MODIFIERS:
            return 0
    return 0


def _city_of_place(words: list[Word]) -> bool:
    """"New York City", "Mexico State": a place word after a place."""
    if len(words) < 2 or words[-1].text not in _PLACE_KINDS:
        return False
    return " ".join([w.text for w in words[:-1]]) in lx.PLACES


def _event_like(words: list[Word]) -> bool:
    last_head = words[-1].text in lx.EVENT_HEADS and words[0].text not in lx.FIRST_NAMES
    return last_head or _head_before_link(words, lx.EVENT_HEADS) or _storm(words)


def _storm(words: list[Word]) -> bool:
    """"Storm Ivy", "Tropical Storm Ana": a storm's name, not a person's."""
    return not lx.STORM_WORDS.isdisjoint([w.text for w in words[:-1]])


def _place_like(words: list[Word]) -> bool:
    """"San Diego", "Grace Road", "Faroe Islands": a place by its first or last word."""
    if any(w.text in lx.FIRST_NAMES or w.text in lx.DEMONYMS for w in words[:-1]):
        return False  # "Michael Green", "Australian Anthony Hill"
    return words[0].text in lx.PLACE_FIRST_WORDS or words[-1].text in lx.PLACE_LAST_WORDS


def _demonym_institution(words: list[Word]) -> list[Segment]:
    """"German Foreign Ministry": the nationality stays out of the body's name."""
    rest = words[1:]
    if words[0].text not in lx.DEMONYMS or len(rest) < 2 or rest[-1].text not in lx.ORG_HEADS:
        return []
    if not all(w.text in lx.TITLE_MODIFIERS for w in rest[:-1]):
        return []
    return [Segment((words[0],), "demonym"), Segment(tuple(rest), "organization")]


def _has_org_head(words: list[Word]) -> bool:
    """An org word at the end ("Security Council") or before "of" ("Bank of ...")."""
    if len(words) == 1:
        return False
    return words[-1].text in lx.ORG_HEADS or _head_before_link(words, lx.ORG_HEADS)


def _head_before_link(words: list[Word], heads: frozenset[str]) -> bool:
    """A head word followed by "of"/"for"/"on" ("Bank of England", "Meeting on ...")."""
    return any(
        w.text in heads and nxt.text in {"of", "for", "on"}
        for w, nxt in pairwise(words)
    )


def _split_known(words: list[Word]) -> list[Segment]:
    """Split out known places, organisations and demonyms; the gaps are unknown names."""
    out: list[Segment] = []
    gap: list[Word] = []
    i = 0
    while i < len(words):
        match = _known_at(words, i, gap)
        if match is None:
            gap.append(words[i])
            i += 1
            continue
        length, kind = match
        _close_gap(gap, out)
        out.append(Segment(tuple(words[i : i + length]), kind))
        i += length
    _close_gap(gap, out)
    return out


def _close_gap(gap: list[Word], out: list[Segment]) -> None:
    trimmed = _strip_connectors(gap)
    if trimmed:
        out.append(Segment(tuple(trimmed), "unknown"))
    gap.clear()


def _known_at(words: list[Word], i: int, gap: list[Word]) -> tuple[int, Kind] | None:
    """The longest known place/org/demonym phrase starting at word i, if any."""
    text = words[i].text
    after_first_name = bool(gap) and gap[-1].text in lx.FIRST_NAMES
    for index, kind in ((_ORG_INDEX, "organization"), (_PLACE_INDEX, "place"),
                        (_DEMONYM_INDEX, "demonym")):
        for phrase in index.get(text, ()):
            n = len(phrase)
            if tuple([w.text for w in words[i : i + n]]) != phrase:
                continue
            if n == 1 and (after_first_name or _first_name_before_surname(words, i)):
                continue  # "George Washington", "Victoria Beckham"
            if n == 1 and i == len(words) - 1 and _unknown_name_words(gap):
                continue  # "Valeska Paris", "Dynamo Moscow": the place word ends a name
            if any(w.possessive for w in words[i : i + n - 1]):
                continue
            return n, kind
    return None


def _unknown_name_words(gap: list[Word]) -> bool:
    """Capitalised words that no list knows (a given name or a club name, say)."""
    return bool(gap) and all(
        w.cap
        and w.text.isalpha()
        and not w.text.isupper()
        and w.text not in lx.COMMON_CAPS
        and w.text not in _PLACE_INDEX
        and w.text not in _DEMONYM_INDEX
        and w.text not in lx.TITLE_MODIFIERS
        for w in gap
    )


def _first_name_before_surname(words: list[Word], i: int) -> bool:
    return words[i].text in lx.FIRST_NAMES and i + 1 < len(words) and words[i + 1].cap
