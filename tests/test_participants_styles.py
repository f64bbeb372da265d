"""Participants in court, sports and UK news styles: object pronouns, things that are not
people, names split in two, titles and post-nominals. Every sentence and name here was
invented for these tests; none comes from an evaluation corpus."""

from __future__ import annotations

import time

import pytest

from factsheet.model import Participant
from factsheet.participants import extract_participants
from factsheet.text import Document


def _run(text: str) -> tuple[Participant, ...]:
    return extract_participants(Document(text))


def _by_name(text: str) -> dict[str, Participant]:
    return {p.name: p for p in _run(text)}


def _mentions(text: str, name: str) -> list[str]:
    found = _by_name(text)
    assert name in found, sorted(found)
    return [m.text for m in found[name].mentions]


# -- object pronouns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "other", "pronoun"),
    [
        (
            "Judge Wendy Okafor sentenced Peter Lisle on Monday. Okafor told him he was lucky.",
            "Wendy Okafor",
            "Peter Lisle",
            "him",
        ),
        (
            "Coach Ivan Brask dropped striker Tomas Vell. Brask later called him to apologise.",
            "Ivan Brask",
            "Tomas Vell",
            "him",
        ),
        (
            "Judge Peter Lisle fined Wendy Okafor. Lisle warned her that she faced prison.",
            "Peter Lisle",
            "Wendy Okafor",
            "her",
        ),
    ],
)
def test_object_pronoun_never_means_its_own_subject(
    text: str, subject: str, other: str, pronoun: str
) -> None:
    assert pronoun not in _mentions(text, subject)
    assert pronoun in _mentions(text, other)


@pytest.mark.parametrize(
    ("text", "name", "pronoun"),
    [
        # Another clause: the subject may be meant again.
        ("Arno Pettit said police had arrested him on Friday.", "Arno Pettit", "him"),
        # An adjunct, not an object: "beside her" may mean the subject.
        ("Dana Whitlow kept the letter beside her all night.", "Dana Whitlow", "her"),
        # A possessive "her" is no object.
        ("Dana Whitlow thanked her lawyer on Friday.", "Dana Whitlow", "her"),
    ],
)
def test_pronoun_outside_the_binding_rule_still_resolves(
    text: str, name: str, pronoun: str
) -> None:
    assert pronoun in _mentions(text, name)


def test_neutral_title_takes_the_given_names_gender() -> None:
    text = "Judge Wendy Okafor spoke first. Later he left the court."
    assert "he" not in _mentions(text, "Wendy Okafor")


# -- linear time -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Judge Roe told him " * 30_000,
        "Roe told her the " * 30_000,
        "him her " * 60_000,
    ],
)
def test_hostile_inputs_stay_fast(text: str) -> None:
    start = time.perf_counter()
    _run(text)
    assert time.perf_counter() - start < 5.0
