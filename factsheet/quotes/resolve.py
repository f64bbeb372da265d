"""The speaker resolver: from an in-text mention to a participant's canonical name.

A name mention resolves on its head ("Clinton campaign manager Jane Roe" is Roe) and takes
the participant covering that head if the participant's name fits it (no headline verbs
glued on, no organisation named after the person). A nominal resolves on its head noun
("a spokesman for Roe" is not Roe); a pronoun takes a covering participant of its gender.
Otherwise:
- a pronoun goes to the one person of compatible gender named in the nearest sentence
  (back to the previous paragraph) that names any; names inside quotes do not count;
- a capitalised name stands for itself when it clearly is a name (two words or more, a
  title, an organisation word), expanded to its fullest earlier form ("Smith" -> "Jane Smith");
- an indefinite nominal ("a senior official") is an unnamed source: never a name.
Gender comes from a clear given name, else from honorifics and linked pronouns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from operator import itemgetter
from typing import NamedTuple

from factsheet.model import Participant, Span
from factsheet.participants.lexicon import FEMALE_NAMES, MALE_NAMES  # shared word lists
from factsheet.quotes import lexicon as lx
from factsheet.quotes.phrases import VERB_FORMS, Phrase, Tokens
from factsheet.text import Document

_WORD = re.compile(r"[^\W\d_][\w’'.\-]*")
_NAME_PREFIXES = lx.HONORIFICS | lx.PERSON_TITLES | {"the"}
# How many words a name may grow by when expanded from an earlier, fuller mention.
_MAX_EXPANSION = 3
# Each distinct surname costs one scan of the text; past this many, stop expanding.
_MAX_SURNAMES = 200
_MAX_SENTENCES_BACK = 12
_PRONOUN_GENDER = {"he": "male", "she": "female"}
_NEAR = 60  # characters around a mention where a place modifier may stand
_MODIFIER_MENTIONS = 50  # earlier mentions of the person searched for such a modifier
_START = itemgetter(0)
_START_END = itemgetter(0, 1)
_SMALL = frozenset({"of", "the", "and", "for", "on", "&"})


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    kind: str | None


class _Entry(NamedTuple):
    start: int
    end: int
    participant: Participant


# _Entry((start, end, participant)) at C speed: a NamedTuple's own constructor is a Python
# function, and every mention of every participant gets an entry.
_entry: Callable[[tuple[int, int, Participant]], _Entry] = partial(tuple.__new__, _Entry)


class SpeakerResolver:
    """Resolves speaker mentions against the participants, then by local rules."""

    def __init__(
        self,
        doc: Document,
        tokens: Tokens,
        participants: tuple[Participant, ...],
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.doc = doc
        self.tokens = tokens
        entries = [_entry((m.start, m.end, p)) for p in participants for m in p.mentions]
        entries.sort(key=_START_END)  # stable: mentions of one place keep participant order
        self.entries = entries
        self.entry_starts = [e.start for e in entries]
        self._by_name = {p.name: p for p in participants}  # the last of a name, as before
        self._genders: dict[str, str | None] = {}
        self._by_gender: dict[str, tuple[list[int], list[str], list[int]]] = {}
        self._longest = max(map(_length, entries), default=0)
        self.paragraph_starts = list(map(_START, doc.paragraphs))
        self.sentence_starts = list(map(_START, doc.sentences))
        # quoted words name people the speaker talks about, never the speaker
        self.quoted = quoted or []
        self.quoted_starts = [start for start, _ in self.quoted]
        self.fuller: dict[str, tuple[int, list[str]] | None] = {}
        self._titled_people: dict[frozenset[str], tuple[list[int], list[str], int]] = {}
        self._persons_named: list[tuple[int, int, str]] | None = None
        self._named_starts: list[int] = []
        self._spans_by_name: dict[str, list[tuple[int, int]]] | None = None

    def resolve(
        self, mention: Phrase, antecedent: Phrase | None, opened_in: int | None = None
    ) -> Speaker:
        """The speaker a mention stands for. ``opened_in`` is the paragraph where the
        quotation began, when it ran over several: a pronoun may then look back to the
        paragraph before that one (the quotation's own paragraphs name nobody who speaks)."""
        start, end = self.tokens.span(mention)
        # "his personal physician": the head noun, not the owner, must be covered
        if mention.kind == "name":
            return self._named(mention, end)
        head, head_end = start, end
        if mention.kind == "nominal":  # the head noun alone, never a name inside the phrase
            head_token = self.tokens.toks[self._nominal_head(mention)]
            head, head_end = head_token.start, head_token.end
        covering = self._participant_over(head, head_end)
        if covering is not None and self._agrees(covering, mention):
            return Speaker(covering.name, covering.kind)
        if mention.kind == "pronoun":
            if antecedent is not None:
                return self.resolve(antecedent, None)
            return self._pronoun(self.tokens.word(mention.first), start, opened_in)
        if mention.kind == "name" or self._is_proper_nominal(mention):
            return self._name(start, end)
        if self._is_indefinite(mention):
            return Speaker(None, "unnamed")
        if mention.kind == "nominal":
            return self._titled(mention, start)
        return Speaker(None, None)

    def _titled(self, mention: Phrase, start: int) -> Speaker:
        """"the senator said": the one person the article has named with that title
        before ("Sen. Jane Roe", "Governor Roe"); with two such people, nobody."""
        if self.tokens.word(mention.first) not in lx.DEFINITE_DETERMINERS:
            return Speaker(None, None)
        head = self._nominal_head(mention)
        titles = lx.TITLES_OF_ROLE.get(self.tokens.word(head))
        if titles is None:
            return Speaker(None, None)
        name = self._one_titled_before(titles, start)
        if name is None or self._last_person_named(start) != name:
            return Speaker(None, None)  # none, two, or another person named since: unclear
        if not self._modifiers_fit(mention, head, name):
            return Speaker(None, None)
        return Speaker(name, "person")

    def _modifiers_fit(self, mention: Phrase, head: int, name: str) -> bool:
        """"the Florida senator": each capitalised word before the head must stand near a
        mention of the person ("Sen. Roe of Florida", "Roe (R-Florida)")."""
        tokens = self.tokens
        words = [
            tokens.toks[k].text
            for k in range(mention.first + 1, head)
            if tokens.toks[k].text[:1].isupper()
        ]
        if not words:
            return True
        text = self.doc.text
        start = tokens.toks[mention.first].start  # the nominal itself does not count
        spans = self._mentions_of(name)
        k = bisect_left(spans, (start,))
        before = spans[max(0, k - _MODIFIER_MENTIONS) : k]  # the nearest: bounded work
        near = [text[max(0, s - _NEAR) : min(e + _NEAR, start)] for s, e in before]
        return all(any(word in window for window in near) for word in words)

    # Each of the three look-ups below is built once per article, on first use, so that a
    # long article with many "the senator" mentions stays linear.

    def _one_titled_before(self, titles: frozenset[str], start: int) -> str | None:
        """The one person named with one of ``titles`` before ``start``; None if nobody
        or two different people are."""
        titled = self._titled_people.get(titles)
        if titled is None:
            text = self.doc.text
            found = [
                (e.start, e.participant.name)
                for e in self.entries
                if e.participant.kind == "person"
                and _titled_as(text[e.start : e.end], e.participant.title, titles)
            ]
            names = [n for _, n in found]
            second = next((i for i, n in enumerate(names) if n != names[0]), len(names))
            titled = self._titled_people[titles] = ([s for s, _ in found], names, second)
        starts, names, second = titled
        before = bisect_left(starts, start)
        if before == 0 or second < before:
            return None
        return names[0]

    def _last_person_named(self, hi: int) -> str | None:
        """The person whose name was mentioned last before ``hi`` (quoted names aside)."""
        if self._persons_named is None:
            self._persons_named = [
                (e.start, e.end, e.participant.name)
                for e in self.entries
                if e.participant.kind == "person"
                and _is_name_mention(self.doc, e)
                and not self._is_quoted(e.start)
            ]
            self._named_starts = [start for start, _, _ in self._persons_named]
        k = bisect_right(self._named_starts, hi) - 1
        named = self._persons_named
        while k >= 0 and named[k][1] > hi:  # a mention running past ``hi``
            k -= 1
        return named[k][2] if k >= 0 else None

    def _mentions_of(self, name: str) -> list[tuple[int, int]]:
        if self._spans_by_name is None:
            self._spans_by_name = {}
            for e in self.entries:
                self._spans_by_name.setdefault(e.participant.name, []).append((e.start, e.end))
        return self._spans_by_name.get(name, [])

    def gender_of(self, name: str) -> str | None:
        """The gender of the participant of that name, worked out on first use: most
        participants are never asked about."""
        if name in self._genders:
            return self._genders[name]
        participant = self._by_name.get(name)
        found = self._genders[name] = _gender_of(participant) if participant else None
        return found

    def _agrees(self, participant: Participant, mention: Phrase) -> bool:
        """"she" is never a participant known to be male, nor "he" a female one."""
        if mention.kind != "pronoun":
            return True
        wanted = _PRONOUN_GENDER.get(self.tokens.word(mention.first))
        return wanted is None or self.gender_of(participant.name) in (wanted, None)

    def _named(self, mention: Phrase, end: int) -> Speaker:
        """A name, on its head: "Clinton campaign manager Jane Roe" is Roe. A participant
        counts only if its own name ends with a word of the mention, which guards against
        names glued to other words ("Roe Blasts Plan")."""
        head = self.tokens.toks[self._name_head(mention)].start
        covering = self._participant_over(head, end)
        mention_text = self.doc.text[head:end]
        if covering is not None and _name_fits(covering.name, covering.kind, mention_text):
            return Speaker(covering.name, covering.kind)
        return self._name(head, end)

    def _name_head(self, mention: Phrase) -> int:
        """The first token after the last lower-case descriptor word or owner of a name
        mention: "campaign manager Jane Roe", "the Post's Jane Roe" are Roe."""
        tokens = self.tokens
        for k in range(mention.last, mention.first, -1):
            word = tokens.word(k - 1)
            text = tokens.toks[k - 1].text
            if text[:1].islower() and word not in lx.NAME_CONNECTORS and word != "the":
                return k
            if word.endswith("'s"):
                return k
        return mention.first

    def _nominal_head(self, mention: Phrase) -> int:
        """The head noun of a nominal: its last word before a preposition ("an agent for
        President Roe" is an agent, not Roe)."""
        tokens = self.tokens
        for k in range(mention.first + 1, mention.last + 1):
            if tokens.word(k) in lx.NP_PREPOSITIONS:
                return k - 1
        return mention.last

    def _participant_over(self, start: int, end: int) -> Participant | None:
        k = bisect_left(self.entry_starts, end)
        best: _Entry | None = None
        for entry in reversed(self.entries[max(0, k - 8) : k]):
            if entry.end > start and (best is None or _length(entry) > _length(best)):
                best = entry
        return best.participant if best is not None else None

    # --- pronouns -----------------------------------------------------------------------

    def _pronoun(self, word: str, offset: int, opened_in: int | None = None) -> Speaker:
        """The person "he"/"she" most plausibly stands for: the nearest sentence (this one
        before the pronoun, then earlier ones back to the previous paragraph) that names
        any person of a compatible gender must name exactly one."""
        if word not in ("he", "she"):
            return Speaker(None, None)
        paragraphs = self.doc.paragraphs
        index = bisect_right(self.paragraph_starts, offset) - 1
        if index < 0:
            return Speaker(None, None)
        first = index if opened_in is None else min(index, opened_in)
        floor = paragraphs[first - 1].start if first else paragraphs[first].start
        wanted = "male" if word == "he" else "female"
        windows = self._sentence_starts_back(offset, floor)
        # the nearest sentences one by one; the last window alone may span the whole
        # quotation (a pronoun in each of its paragraphs), so it is counted, not listed
        near = windows[-2] if len(windows) > 1 else windows[-1]
        people = [
            (start, name)
            for start, name in self._persons_between(near, offset)
            if self.gender_of(name) in (wanted, None)
        ]
        hi = offset
        for lo in windows[:-1]:
            compatible = {name for start, name in people if lo <= start < hi}
            if len(compatible) == 1:
                (name,) = compatible
                return Speaker(name, "person")
            if compatible:
                return Speaker(None, None)  # two candidates in the nearest sentence
            hi = lo
        names = self._names_between(windows[-1], hi, offset, wanted)
        if len(names) == 1:
            (name,) = names
            return Speaker(name, "person")
        return Speaker(None, None)

    def _names_between(self, lo: int, hi: int, offset: int, wanted: str) -> set[str]:
        """The person names of a compatible gender starting between ``lo`` and ``hi``
        (ending before ``offset``), two at most: far from ``offset`` read from a list
        made once per gender, near it (a mention may run past ``offset``) one by one."""
        starts, names, next_other = self._compatible(wanted)
        names_found: set[str] = set()
        cut = max(lo, min(hi, offset - self._longest))
        a, b = bisect_left(starts, lo), bisect_left(starts, cut)
        if a < b:
            names_found.add(names[a])
            if next_other[a] < b:
                names_found.add(names[next_other[a]])
        for start, name in self._persons_between(cut, offset):
            if start < hi and self.gender_of(name) in (wanted, None) and len(names_found) < 2:
                names_found.add(name)
        return names_found

    def _compatible(self, wanted: str) -> tuple[list[int], list[str], list[int]]:
        """Starts and names of the person names outside quotes that may be "he"/"she",
        and for each the index of the next one of another name (a range holds one name
        exactly when that index falls past it)."""
        found = self._by_gender.get(wanted)
        if found is None:
            listed = [
                (start, name)
                for start, name in self._persons_between(0, len(self.doc.text))
                if self.gender_of(name) in (wanted, None)
            ]
            next_other = [len(listed)] * len(listed)
            for k in range(len(listed) - 2, -1, -1):
                same = listed[k][1] == listed[k + 1][1]
                next_other[k] = next_other[k + 1] if same else k + 1
            found = ([s for s, _ in listed], [n for _, n in listed], next_other)
            self._by_gender[wanted] = found
        return found

    def _sentence_starts_back(self, offset: int, floor: int) -> list[int]:
        """Starts of the sentence holding ``offset`` and of the earlier ones, down to
        ``floor``, nearest first (a few sentences: two paragraphs at most)."""
        k = bisect_right(self.sentence_starts, offset) - 1
        out: list[int] = []
        while k >= 0 and self.sentence_starts[k] >= floor and len(out) < _MAX_SENTENCES_BACK:
            out.append(self.sentence_starts[k])
            k -= 1
        if not out or out[-1] > floor:
            out.append(floor)
        return out

    def _persons_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Where and who: the person names mentioned between ``lo`` and ``hi``."""
        a, b = bisect_left(self.entry_starts, lo), bisect_right(self.entry_starts, hi)
        return [
            (e.start, e.participant.name)
            for e in self.entries[a:b]
            if e.participant.kind == "person"
            and e.end <= hi
            and _is_name_mention(self.doc, e)
            and not self._is_quoted(e.start)
        ]

    def _is_quoted(self, offset: int) -> bool:
        k = bisect_right(self.quoted_starts, offset) - 1
        return k >= 0 and offset < self.quoted[k][1]

    # --- names --------------------------------------------------------------------------

    def _name(self, start: int, end: int) -> Speaker:
        words = _WORD.findall(self.doc.text[start:end])
        titled = False
        while words and _bare(words[0]) in _NAME_PREFIXES:
            titled = titled or _bare(words[0]) != "the"
            words = words[1:]
        if not words:
            return Speaker(None, None)
        if len(words) == 1 and _bare(words[0]) in lx.GROUP_WORDS:
            return Speaker(words[0], "group")  # "Democrats said"
        fuller = self._fuller_form(words, start)
        if any(_bare(w) in lx.ORGANIZATION_WORDS for w in fuller):
            return Speaker(" ".join(words), "organization")
        if len(fuller) >= 2 or titled:
            return Speaker(" ".join(fuller), "person")
        return Speaker(None, None)

    def _fuller_form(self, words: list[str], before: int) -> list[str]:
        """The first earlier "Jane Smith" for a later "Smith"; else the words as given."""
        if len(words) != 1:
            return words
        surname = words[0]
        if surname not in self.fuller:
            self.fuller[surname] = self._first_fuller(surname)
        found = self.fuller[surname]
        if found is None or found[0] >= before:
            return words
        return [*found[1], surname]

    def _first_fuller(self, surname: str) -> tuple[int, list[str]] | None:
        """Searched once per surname, and only for a bounded number of surnames."""
        if len(self.fuller) > _MAX_SURNAMES:
            return None
        text = self.doc.text
        pos = text.find(surname)
        while pos != -1:
            prefix = _capitalised_words_before(text, pos)
            after = pos + len(surname)
            if prefix and (after >= len(text) or not text[after].isalnum()):
                return pos, prefix[-_MAX_EXPANSION:]
            pos = text.find(surname, after)
        return None

    def _is_proper_nominal(self, mention: Phrase) -> bool:
        """"the Budget Office": "the" and capitalised words only."""
        toks = self.tokens.toks
        if self.tokens.word(mention.first) != "the" or mention.last == mention.first:
            return False
        return all(toks[k].text[:1].isupper() for k in range(mention.first + 1, mention.last + 1))

    def _is_indefinite(self, mention: Phrase) -> bool:
        first = self.tokens.word(mention.first)
        return first in lx.INDEFINITE_DETERMINERS or first not in lx.DETERMINERS


def _capitalised_words_before(text: str, pos: int) -> list[str]:
    """Capitalised words right before ``pos`` on the same line, honorifics dropped."""
    words: list[str] = []
    cursor = pos
    while len(words) < _MAX_EXPANSION:
        end = cursor
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if end == cursor or end == 0:
            break
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in ".-’'"):
            start -= 1
        word = text[start:end]
        if not word[:1].isupper() or _bare(word) in lx.NON_NAME_CAPITALS | {"the", "a"}:
            break
        if _bare(word) in lx.HONORIFICS | lx.PERSON_TITLES:
            break
        words.insert(0, word)
        cursor = start
    return words


@lru_cache(maxsize=4096)
def _name_fits(name: str, kind: str, mention: str) -> bool:
    """``_names_the_mention`` of a participant's name and kind, worked out once: the same
    speakers are named again and again."""
    return _names_the_mention(name, kind, mention)


def _names_the_mention(name: str, kind: str, mention: str) -> bool:
    """Whether a participant's name fits a name mention it covers: it ends with a word of
    the mention ("Jane Roe" for "Ms. Roe"), the mention is its acronym ("FBI"), or a
    person's name starts with the mention's last word ("Gao Lin" for "Ms. Gao"). A name
    glued to a headline verb ("Roe Slams Plan") or an organisation named after a person
    ("Roe Foundation" for "Roe") does not fit."""
    name_words = [_bare(w) for w in _WORD.findall(name)]
    said = [_bare(w).removesuffix("'s").removesuffix("’s") for w in _WORD.findall(mention)]
    said = [w for w in said if w != "the"]
    if not name_words or not said or len(name_words[-1]) < 2 or name_words[0] == "former":
        return False  # "Robert S.", "Former Security": names cut short or run on
    if any(w in VERB_FORMS and w not in lx.ORGANIZATION_WORDS for w in name_words[1:]):
        return False
    if name_words[-1] in said:
        return True
    if len(said) == 1 and said[0] == "".join(w[0] for w in name_words if w not in _SMALL):
        return True  # "FBI", "CNN": the initials of the name
    is_org = any(w in lx.ORGANIZATION_WORDS for w in name_words)
    return kind == "person" and not is_org and name_words[0] == said[-1]


def _titled_as(mention: str, title: str | None, titles: frozenset[str]) -> bool:
    """A mention that opens with one of ``titles`` ("Sen. Roe"), or a participant title
    that holds one ("Senator from Ohio")."""
    first = _bare(mention.split(" ", 1)[0]) if mention else ""
    if first in titles and " " in mention:
        return True
    return title is not None and any(_bare(w) in titles for w in title.split())


def _length(entry: _Entry) -> int:
    return entry.end - entry.start


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _is_name_mention(doc: Document, entry: _Entry) -> bool:
    return doc.text[entry.start : entry.start + 1].isupper()


def _gender_of(participant: Participant) -> str | None:
    """From a common given name that is only male or only female, else from honorifics
    and pronouns already resolved to the participant."""
    given = participant.name.split(" ", 1)[0] if participant.kind == "person" else ""
    if given in MALE_NAMES and given not in FEMALE_NAMES:
        return "male"  # a given name outweighs pronouns someone else linked to the person
    if given in FEMALE_NAMES and given not in MALE_NAMES:
        return "female"
    male = female = 0
    for mention in participant.mentions:
        first = _bare(mention.text.split(" ", 1)[0]) if mention.text else ""
        if first in lx.MALE_PRONOUNS or first in lx.MALE_HONORIFICS:
            male += 1
        elif first in lx.FEMALE_PRONOUNS or first in lx.FEMALE_HONORIFICS:
            female += 1
    if male and not female:
        return "male"
    if female and not male:
        return "female"
    return None


def to_span(doc: Document, tokens: Tokens, phrase: Phrase) -> Span:
    start, end = tokens.span(phrase)
    return Span(doc.text[start:end], start, end)
