"""Link each quote's speaker to a participant, so that `speaker` is a participant's name.

The quotes extractor names a speaker from the words of its attribution ("Actor Sam
Tully said"), which may be longer or shorter than the participant's canonical name
("Sam Tully", "Ann B. Kerr"). A speaker is renamed only when one participant is
clearly the same person or body; otherwise the quote keeps the name its attribution gives.
"""

from __future__ import annotations

import dataclasses

from factsheet.model import Participant, Quote
from factsheet.text import ABBREVIATIONS, words_in_order

_Words = tuple[str, ...]
_COORDINATORS = frozenset({"and", "&", "or"})
# "City Hall-era", "Main Street-style": a compound modifier, never a speaker's name
# ("Co-chair Roe" and "Roe-smith" are names).
_MODIFIER_SUFFIXES = frozenset(
    {"era", "style", "based", "born", "led", "backed", "run", "made", "type", "like", "owned"}
)


def link_speakers(
    participants: tuple[Participant, ...], quotes: tuple[Quote, ...]
) -> tuple[Quote, ...]:
    """The quotes, each credited speaker written as the participant it is, when one fits."""
    names = {p.name for p in participants}
    if all(q.speaker is None or q.speaker in names for q in quotes):
        return quotes
    linker = _Linker(participants)
    return tuple(
        q if q.speaker is None or q.speaker in names else linker.link(q, q.speaker)
        for q in quotes
    )


def count_quotes(
    participants: tuple[Participant, ...], quotes: tuple[Quote, ...]
) -> tuple[Participant, ...]:
    """Each participant with the number of quotes credited to it.

    A quote names its speaker by name; when two participants share a name, the speaker's
    mention tells them apart, and a quote that neither settles counts for nobody.
    """
    owner_of_mention = _mention_owners(participants)
    indices_by_name: dict[str, list[int]] = {}
    for i, p in enumerate(participants):
        indices_by_name.setdefault(p.name, []).append(i)
    counts: dict[int, int] = {}
    for q in quotes:
        speaker = _speaker_index(q, owner_of_mention, indices_by_name, participants)
        if speaker is not None:
            counts[speaker] = counts.get(speaker, 0) + 1
    return tuple(
        dataclasses.replace(p, quote_count=counts[i]) if i in counts else p
        for i, p in enumerate(participants)
    )


def _speaker_index(
    quote: Quote,
    owner_of_mention: dict[tuple[int, int], int],
    indices_by_name: dict[str, list[int]],
    participants: tuple[Participant, ...],
) -> int | None:
    """The index of the participant a quote is credited to, or None."""
    if quote.speaker is None:
        return None
    mention = quote.speaker_mention
    if mention is not None:
        owner = owner_of_mention.get((mention.start, mention.end))
        if owner is not None and participants[owner].name == quote.speaker:
            return owner
    same_name = indices_by_name.get(quote.speaker, [])
    return same_name[0] if len(same_name) == 1 else None


def _mention_owners(participants: tuple[Participant, ...]) -> dict[tuple[int, int], int]:
    """(start, end) of each mention -> the index of the participant it belongs to."""
    return {(m.start, m.end): i for i, p in enumerate(participants) for m in p.mentions}


class _Linker:
    """The participants indexed by mention and by the last word of their name, so that
    each quote costs a look-up, not a pass over every participant."""

    def __init__(self, participants: tuple[Participant, ...]) -> None:
        self.participants = participants
        self.owner_of_mention = _mention_owners(participants)
        self.by_last_word: dict[str, list[tuple[Participant, _Words]]] = {}
        for p in participants:
            words = _words(p.name)
            if words:
                self.by_last_word.setdefault(words[-1], []).append((p, words))

    def link(self, quote: Quote, speaker: str) -> Quote:
        participant = self.participant_for(quote, _words(speaker))
        if participant is not None:
            return dataclasses.replace(
                quote, speaker=participant.name, speaker_kind=participant.kind
            )
        return quote if _reads_as_a_name(speaker) else _unnamed(quote)

    def participant_for(self, quote: Quote, said: _Words) -> Participant | None:
        if not said or _COORDINATORS.intersection(said):
            return None  # "Patti Roe and Stevie Doe": both spoke; neither alone is the speaker
        mention = quote.speaker_mention
        if mention is not None:
            i = self.owner_of_mention.get((mention.start, mention.end))
            # The mention is one of a participant's own: that participant, if names agree.
            if i is not None and _same_surname(said, _words(self.participants[i].name)):
                return self.participants[i]
        # "Actor Sam Tully" -> "Sam Tully"; "Ann Kerr" -> "Ann B. Kerr".
        fits = [p for p, name in self.by_last_word.get(said[-1], ()) if _fits(said, name)]
        return fits[0] if len(fits) == 1 else None


def _unnamed(quote: Quote) -> Quote:
    """The quote with no speaker credited; the mention still points at the words."""
    return dataclasses.replace(quote, speaker=None, speaker_kind=None)


def _reads_as_a_name(speaker: str) -> bool:
    """A speaker no participant accounts for is kept only if it can be a name: not two
    sentences run together ("J. Roe. Many voters") and not a modifier ("City Hall-era",
    "Main Street-style"), which no attribution uses as its speaker."""
    words = speaker.split()
    if any(_closes_a_sentence(w) for w in words[:-1]):
        return False
    return not any("-" in w and w.rsplit("-", 1)[1] in _MODIFIER_SUFFIXES for w in words)


def _closes_a_sentence(word: str) -> bool:
    """ "Trump." does; "J.", "Sen." and "Jr." do not (initials and abbreviations)."""
    stem = word[:-1]
    return word.endswith(".") and len(stem) > 2 and stem.isalpha() and (
        stem.casefold() not in ABBREVIATIONS
    )


def _fits(said: _Words, name: _Words) -> bool:
    """The participant's name ends the speaker's words (a title or noise before it), or
    the speaker's words are the name with a middle part left out; two words at least, so
    that a bare surname shared by two people never decides."""
    if len(name) < 2 or len(said) < 2:
        return False
    if said[-len(name):] == name:
        return True
    return said[0] == name[0] and said[-1] == name[-1] and words_in_order(said, name)


def _same_surname(said: _Words, name: _Words) -> bool:
    return bool(said) and bool(name) and said[-1] == name[-1]


def _words(name: str) -> _Words:
    return tuple(w.casefold() for w in name.replace("’s", "").replace("'s", "").split())
