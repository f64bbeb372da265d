"""Quote speakers written as the participant they are (factsheet.speakers)."""

from __future__ import annotations

import pytest

from factsheet.model import Participant, ParticipantKind, Quote, Span
from factsheet.speakers import link_speakers


def _participant(name: str, kind: ParticipantKind = "person", *mentions: Span) -> Participant:
    return Participant(name=name, kind=kind, title=None, mentions=mentions)


def _quote(speaker: str | None, mention: Span | None = None) -> Quote:
    return Quote("words", 0, 5, speaker, mention, None, "full", "person" if speaker else None)


PEOPLE = (
    _participant("Sam Tully"),
    _participant("Ann B. Kerr"),
    _participant("Jon Park"),
    _participant("Bill T. Park"),
    _participant("Acme Corp", "organization", Span("the company", 50, 61)),
    _participant("Lee Marsh"),
)


@pytest.mark.parametrize(
    ("speaker", "mention", "expected"),
    [
        ("Sam Tully", None, "Sam Tully"),  # already a participant
        ("Actor Sam Tully", None, "Sam Tully"),  # a title glued before the name
        ("Ann Kerr", None, "Ann B. Kerr"),  # the middle initial left out
        ("Park", None, "Park"),  # a bare surname of two people settles nothing
        ("Former Governor Park", None, "Former Governor Park"),
        ("Jane Roe", None, "Jane Roe"),  # no participant fits: the attribution's name stays
        # A mention that is one of a participant's own, with the same last word.
        ("the Acme Corp", Span("the company", 50, 61), "Acme Corp"),
        ("Roe", Span("the company", 50, 61), "Roe"),  # names disagree: unchanged
        # A coordinated pair spoke together: neither alone is the speaker.
        ("Kim Ford and Lee Marsh", None, "Kim Ford and Lee Marsh"),
        (None, None, None),
    ],
)
def test_speaker_is_linked_only_when_one_participant_fits(
    speaker: str | None, mention: Span | None, expected: str | None
) -> None:
    (linked,) = link_speakers(PEOPLE, (_quote(speaker, mention),))
    assert linked.speaker == expected


@pytest.mark.parametrize(
    ("speaker", "kept"),
    [
        ("Jane Roe", True),
        ("Sen. Jane Roe", True),  # an abbreviation is no sentence end
        ("J. R. Roe Jr.", True),
        ("Secretary-Treasurer Jane Roe", True),
        ("al-Assad", True),
        ("Co-chair Jane Roe", True),  # a hyphen inside a title, not a modifier
        ("Jane Roe-smith", True),
        ("Tokyo-based Acme", False),
        ("J. Roe. Many voters", False),  # two sentences run together
        ("City Hall-era", False),  # a modifier, not a name
        ("Main Street-style", False),
    ],
)
def test_a_speaker_no_participant_accounts_for_is_kept_only_if_it_reads_as_a_name(
    speaker: str, kept: bool
) -> None:
    mention = Span("Roe", 80, 83)
    (linked,) = link_speakers(PEOPLE, (_quote(speaker, mention),))
    assert linked.speaker == (speaker if kept else None)
    assert linked.speaker_mention == mention  # the words in the text stay pointed at
    assert (linked.speaker_kind is None) == (not kept)


def test_linked_speaker_takes_the_participant_kind() -> None:
    (linked,) = link_speakers(PEOPLE, (_quote("the Acme Corp", Span("the company", 50, 61)),))
    assert linked.speaker_kind == "organization"


def test_quotes_are_returned_as_they_are_when_all_speakers_are_participants() -> None:
    quotes = (_quote("Jon Park"), _quote(None))
    assert link_speakers(PEOPLE, quotes) is quotes


def test_each_quote_looks_only_at_participants_of_its_last_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import factsheet.speakers as speakers

    calls = 0
    real_fits = speakers._fits

    def counting_fits(said: tuple[str, ...], name: tuple[str, ...]) -> bool:
        nonlocal calls
        calls += 1
        return real_fits(said, name)

    monkeypatch.setattr(speakers, "_fits", counting_fits)
    people = tuple(_participant(f"Jane Roe{n}") for n in range(500))
    quotes = tuple(_quote(f"Actor Jane Roe{n}") for n in range(500))
    linked = link_speakers(people, quotes)
    assert [q.speaker for q in linked] == [f"Jane Roe{n}" for n in range(500)]
    assert calls == 500  # one candidate each: linear, not quotes x participants
