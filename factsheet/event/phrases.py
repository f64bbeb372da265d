"""Capitalised phrases over the shared tokens: named events and places.

A named event is a run of capitalised words headed by an event noun ("FIRST Global
Challenge Robot Olympics", "Plenary Meeting on North Korean Human Rights"). A place is a
capitalised run after "in"/"at" that is not a date, an event, a person or a modifier.
Both walk the tokens of one sentence once, so the cost is linear in its length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import partial

from factsheet.event.lexicon import (
    EVENT_EXTENSION_PREPS,
    EVENT_HEADS,
    MONTHS,
    NAME_CONNECTORS,
    NON_PLACE_WORDS,
    ORGANISATION_WORDS,
    PLACE_FOLLOWERS,
    PLACE_NOUNS,
    PLACE_PREPS,
    RUN_OPENERS,
    STOPWORDS,
    VENUE_HEADS,
    WEAK_EVENT_HEADS,
    WEEKDAYS,
    is_event_verb,
)
from factsheet.text import Document, LazyPattern, Token

# Token((text, start, end)) at C speed: a NamedTuple's own constructor is a Python function.
_token: Callable[[tuple[str, int, int]], Token] = partial(tuple.__new__, Token)
# Runs of word characters, and those opening with an ASCII capital (every event head is an
# ASCII word): a token's word, without the dots the tokens may carry, is one of these runs.
_WORD_RUN = re.compile(r"\w+")
_CAPITALISED_RUN = re.compile(r"(?<!\w)[A-Z]\w*")
_ORDINAL_OR_YEAR = re.compile(r"\d+(?:st|nd|rd|th)|(?:1[89]|20)\d\d")
_DEMONYM = LazyPattern(r"\w+(?:ish|ese|ian)$")
_DETERMINERS = frozenset({"The", "A", "An", "THE"})
# Place runs may chain "Constitution Hall in Washington D.C." or "Aceh, Indonesia".
_PLACE_CHAIN = frozenset({",", "in"})
# "Police in Oslo arrested ...", "Crews in Bergen are ...": the verb after a place that ends
# its subject. A participle that forms a compound modifier ("Oslo based firms") is none.
# Besides the verbs that tell an event (lexicon.is_event_verb), "is" and "are" do.
_PRESENT_BE = frozenset({"is", "are"})
# ... only when "in" is in the subject, among the first words of the sentence ("A judge in
# Ohio ruled"); deeper in, a participle after a place opens a reduced clause ("the divide in
# Oslo highlighted by ...").
SUBJECT_PREPOSITION_INDEX = 4
_MODIFIER_PARTICIPLES = frozenset({"based", "owned", "backed", "listed", "registered"})
MAX_PLACE_TOKENS = 12
# A known place name has at most so many words ("United States of America" is one).
MAX_PLACE_NAME_TOKENS = 5
# "the northern Italian city of ...": so many words before the place noun.
MAX_PLACE_NOUN_MODIFIERS = 3


def tokens_between(doc: Document, start: int, end: int) -> list[Token]:
    """The shared tokens inside ``[start, end)`` (binary search on the token offsets, no
    re-scan; a Token is built only for the tokens returned)."""
    toks = doc.tokens
    starts, ends = toks.starts, toks.ends
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end, lo)
    while hi > lo and ends[hi - 1] > end:  # the last token may run past ``end``
        hi -= 1
    text = doc.text
    return [_token((text[a:b], a, b))
            for a, b in zip(starts[lo:hi], ends[lo:hi], strict=True)]


def may_name_event(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a capitalised event head ("Summit", "OPEN"): without
    one there is no named event, and its tokens need not be read (a C-speed pre-check)."""
    return not EVENT_HEADS.isdisjoint(w.lower() for w in _CAPITALISED_RUN.findall(text, start, end))


def may_hold_event_noun(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a lower-case event noun ("election", "primary")."""
    return not EVENT_HEADS.isdisjoint(_WORD_RUN.findall(text, start, end))


def find_named_event(text: str, toks: list[Token], sentence_start: int) -> tuple[int, int] | None:
    """The first named event among the tokens of one sentence, as offsets."""
    i = 0
    while i < len(toks):
        if not _is_capitalised(toks[i].text):
            i += 1
            continue
        last = _run_end(text, toks, i)
        found = _event_in_run(text, toks, i, last, sentence_start)
        if found is not None:
            return found
        i = last + 1
    return None


def find_place(
    text: str, toks: list[Token], excluded: Iterable[tuple[int, int]]
) -> tuple[int, int] | None:
    """The first place after "in"/"at" among the tokens of one sentence, as offsets.

    ``excluded`` holds person and organisation mentions: not places, unless the run ends
    with a venue word ("at the University of Leeds", "at the Harbour Hall").
    """
    quotes = _QuoteTracker()
    for k, tok in enumerate(toks[:-1]):
        word = tok.text
        if word in _QUOTE_TOKENS:
            quotes.read(word)  # a mark is no preposition: only the tracker reads it
            continue
        # A place inside a quotation is the speaker's ("... a conservative in the White
        # House"), not where the event happens.
        if word.lower() not in PLACE_PREPS or quotes.is_open():
            continue
        first = k + 1
        if toks[first].text in _DETERMINERS or toks[first].text == "the":
            first += 1
        first = _after_place_noun(toks, first)
        if first >= len(toks) or not _starts_upper(toks[first].text):
            continue
        last = _place_end(text, toks, first)
        if _is_place(text, toks, first, last, excluded, k <= SUBJECT_PREPOSITION_INDEX):
            first = _after_event_name(toks, first, last)
            return toks[first].start, _without_stop(toks[last])
    return None


def find_place_of_event_noun(
    text: str, toks: list[Token], places: frozenset[str]
) -> tuple[int, int] | None:
    """A known place naming an event: "the Hong Kong legislative election", "the Ohio
    primary" (up to two lower-case words between the place and the event noun)."""
    for k, tok in enumerate(toks):
        if tok.text in _DETERMINERS or not _starts_upper(tok.text):
            continue
        if k > 0 and _starts_upper(toks[k - 1].text) and toks[k - 1].text not in _DETERMINERS:
            continue  # inside a longer name
        last = _short_name_end(text, toks, k)
        if last is None or text[tok.start:toks[last].end] not in places:
            continue
        if _event_noun_follows(toks, last):
            return tok.start, toks[last].end
    return None


def _short_name_end(text: str, toks: list[Token], k: int) -> int | None:
    """The last token of a capitalised run of at most MAX_PLACE_NAME_TOKENS words."""
    last = k
    while last + 1 < len(toks) and _adjacent(text, toks[last], toks[last + 1]) \
            and _starts_upper(toks[last + 1].text):
        last += 1
        if last - k >= MAX_PLACE_NAME_TOKENS:
            return None
    return last


def _event_noun_follows(toks: list[Token], last: int) -> bool:
    for j in range(last + 1, min(last + 4, len(toks))):
        word = toks[j].text
        if _bare(word) in EVENT_HEADS and word.islower():
            return True
        # Only modifiers in between ("state", "legislative"), not "out of elections".
        if not (word.isalpha() and word.islower()) or word in STOPWORDS \
                or word in PLACE_FOLLOWERS:
            return False
    return False


# The tokens that open or close a quotation for _QuoteTracker (other tokens leave it as
# it is, so the tracker need not read them).
_QUOTE_TOKENS = frozenset({'"', "“", "”"})


class _QuoteTracker:
    """Whether the tokens read so far leave a quotation open."""

    def __init__(self) -> None:
        self.straight = False
        self.curly = 0

    def read(self, token: str) -> bool:
        if token == '"':
            self.straight = not self.straight
        elif token == "“":
            self.curly += 1
        elif token == "”":
            self.curly = max(0, self.curly - 1)
        return self.is_open()

    def is_open(self) -> bool:
        return self.straight or self.curly > 0


def _after_event_name(toks: list[Token], first: int, last: int) -> int:
    """ "the National Convention in Philadelphia": the place is the city, not the event."""
    for k in range(first + 1, last):
        if toks[k].text == "in" and _bare(toks[k - 1].text) in EVENT_HEADS:
            return k + 1
    return first


def _after_place_noun(toks: list[Token], first: int) -> int:
    """ "the coast of Aceh", "the South Korean town of Yeoncheon": the name after "of"."""
    for k in range(first, min(first + MAX_PLACE_NOUN_MODIFIERS + 1, len(toks) - 2)):
        word = toks[k].text
        if word.lower() in PLACE_NOUNS:
            if toks[k + 1].text == "of" and _starts_upper(toks[k + 2].text):
                return k + 2
            return first
        if not word.isalpha():
            return first
    return first


def _bare(word: str) -> str:
    """A token without the sentence's full stop ("Open." -> "open"), lower case."""
    return word.rstrip(".").lower()


def _without_stop(tok: Token) -> int:
    """The end of a name's last token, leaving out a full stop that ends the sentence
    ("U.S. Open." -> "U.S. Open") but not an abbreviation's own ("Washington D.C.")."""
    word = tok.text
    if word.endswith(".") and "." not in word[:-1] and len(word) > 2:
        return tok.end - 1
    return tok.end


def _is_capitalised(word: str) -> bool:
    return _starts_upper(word) or bool(_ORDINAL_OR_YEAR.fullmatch(word))


def _starts_upper(word: str) -> bool:
    return word[:1].isupper()


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Two tokens of one name: a single space between them, nothing else."""
    return b.start - a.end == 1 and text[a.end] == " "


def _run_end(text: str, toks: list[Token], i: int) -> int:
    """The last capitalised token of the run starting at ``i`` (connectors inside)."""
    last = j = i
    while j + 1 < len(toks) and _adjacent(text, toks[j], toks[j + 1]):
        word = toks[j + 1].text
        if _is_capitalised(word):
            last = j + 1
        elif word not in NAME_CONNECTORS:
            break
        j += 1
    return last


def _event_in_run(
    text: str, toks: list[Token], i: int, last: int, sentence_start: int
) -> tuple[int, int] | None:
    heads = [k for k in range(i, last + 1) if _bare(toks[k].text) in EVENT_HEADS
             and _starts_upper(toks[k].text)]
    if not heads:
        return None
    # "Board of Elections", "Organisation of the Islamic Conference", "Federal Elections
    # Commission": an organisation named after what it runs.
    if any(_bare(toks[k].text) in ORGANISATION_WORDS for k in range(i, last + 1)):
        return None
    head = heads[-1]
    i = _name_start(toks, i, head, sentence_start)
    # A capital at the start of a sentence says nothing: do not count it.
    caps = sum(1 for k in range(i, head + 1) if _is_capitalised(toks[k].text)
               and toks[k].start != sentence_start)
    needed = 3 if _bare(toks[head].text) in WEAK_EVENT_HEADS else 2
    if caps < needed:
        return None
    end = _extend_event(text, toks, head, last)
    return toks[i].start, _without_stop(toks[end])


def _name_start(toks: list[Token], i: int, head: int, sentence_start: int) -> int:
    """The first word of an event's name in a capitalised run ending with its head."""
    i = _skip_openers(toks, i, head)
    # "Suharto and the Organisation of ... Conference": after "and", another name.
    for k in range(i, head):
        if toks[k].text in ("and", "&"):
            i = _skip_openers(toks, k + 1, head)
    # "Results of German Cup": a capital opening the sentence says nothing, and with a
    # connector after it, the word is a common noun before the name.
    if toks[i].start == sentence_start and i + 2 <= head and toks[i + 1].text in NAME_CONNECTORS:
        i = _skip_openers(toks, i + 2, head)
    return i


def _skip_openers(toks: list[Token], i: int, head: int) -> int:
    """ "The ...", "Saturday's ...", "As the ...": words before the name."""
    while i < head:
        word = toks[i].text
        if not (word in _DETERMINERS or word == "the" or word.lower() in RUN_OPENERS
                or _calendar_word(_possessor(word))):
            break
        i += 1
    return i


def _extend_event(text: str, toks: list[Token], head: int, last: int) -> int:
    """After the head: a year ("World Cup 2018") or "on/of/for" + a capitalised run."""
    end = head
    if end + 1 <= last and _ORDINAL_OR_YEAR.fullmatch(toks[end + 1].text):
        end += 1
    nxt = end + 1
    if (nxt + 1 < len(toks) and toks[nxt].text in EVENT_EXTENSION_PREPS
            and _adjacent(text, toks[end], toks[nxt]) and _adjacent(text, toks[nxt], toks[nxt + 1])
            and _starts_upper(toks[nxt + 1].text) and not _calendar_word(toks[nxt + 1].text)):
        end = _run_end(text, toks, nxt + 1)
    return end


def _place_end(text: str, toks: list[Token], first: int) -> int:
    """The end of a place run, chaining "Hall in Washington D.C." and "Aceh, Indonesia"."""
    last = _run_end(text, toks, first)
    while last + 2 < len(toks) and last - first < MAX_PLACE_TOKENS:
        link, nxt = toks[last + 1], toks[last + 2]
        if link.text not in _PLACE_CHAIN or not _starts_upper(nxt.text):
            break
        if _calendar_word(nxt.text) or _bare(nxt.text) in NON_PLACE_WORDS:
            break
        last = _run_end(text, toks, last + 2)
    return last


def _is_place(
    text: str, toks: list[Token], first: int, last: int, excluded: Iterable[tuple[int, int]],
    in_subject: bool = False,
) -> bool:
    """A place run, not an event, a date, a demonym, a person or an organisation. In the
    subject ("Police in Oslo arrested ...") the clause's verb may follow it."""
    run = toks[first:last + 1]
    words = [t.text for t in run]
    # "in the FIRST Global Robot Olympics" is an event; "at the Convention Centre" a place.
    if _bare(words[-1]) in EVENT_HEADS or any(_calendar_word(w) for w in words):
        return False
    if _bare(words[0]) in NON_PLACE_WORDS:
        return False
    if len(run) == 1 and _DEMONYM.fullmatch(_bare(words[0])):
        return False
    start, end = run[0].start, run[-1].end
    is_venue = any(_bare(w) in VENUE_HEADS for w in words)
    if not is_venue and any(a < end and start < b for a, b in excluded):
        return False
    return _good_follower(toks, last, in_subject)


def _good_follower(toks: list[Token], last: int, in_subject: bool = False) -> bool:
    """After a place: punctuation, the end, a function word or the verb of the clause;
    never a noun it modifies."""
    if last + 1 >= len(toks):
        return True
    word = toks[last + 1].text
    if not word[:1].isalnum():
        return word not in {"'", "’", "-"}
    return word in PLACE_FOLLOWERS or (in_subject and _is_verb_after_place(word))


def _is_verb_after_place(word: str) -> bool:
    # A token with a hyphen or a digit ("co-owned") is no verb of the clause.
    return word in _PRESENT_BE or (word.isalpha() and is_event_verb(word, _MODIFIER_PARTICIPLES))


def _possessor(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _calendar_word(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in MONTHS or w in WEEKDAYS
