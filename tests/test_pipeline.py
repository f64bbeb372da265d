"""The pipeline's own logic: the reference date it picks and the quote counts it adds."""

from __future__ import annotations

from datetime import date

import pytest

from factsheet import extract
from factsheet.model import Participant, Quote, Span
from factsheet.pipeline import _reference_date
from factsheet.speakers import count_quotes


def _person(name: str, *mentions: tuple[int, int]) -> Participant:
    spans = tuple(Span(name, start, end) for start, end in mentions)
    return Participant(name=name, kind="person", title=None, mentions=spans)


def _quote(speaker: str | None, mention: tuple[int, int] | None) -> Quote:
    span = Span(speaker or "", *mention) if mention else None
    return Quote("words", 0, 5, speaker, span, None, "full")


TWO_SMITHS = (_person("Smith", (10, 15)), _person("Smith", (40, 45)), _person("Jones", (70, 75)))


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        ((), [0, 0, 0]),
        ((_quote("Jones", (70, 75)),), [0, 0, 1]),
        # A unique name counts even when the speaker's mention is not one of its mentions.
        ((_quote("Jones", (90, 95)), _quote("Jones", None)), [0, 0, 2]),
        # Two participants share a name: the mention decides which one spoke.
        ((_quote("Smith", (40, 45)),), [0, 1, 0]),
        ((_quote("Smith", (10, 15)), _quote("Smith", (40, 45))), [1, 1, 0]),
        # A shared name with no mention of either settles nothing: nobody is credited.
        ((_quote("Smith", None),), [0, 0, 0]),
        ((_quote(None, (10, 15)),), [0, 0, 0]),
    ],
)
def test_quote_counts_follow_the_speaker(quotes: tuple[Quote, ...], expected: list[int]) -> None:
    counted = count_quotes(TWO_SMITHS, quotes)
    assert [p.quote_count for p in counted] == expected


@pytest.mark.parametrize(
    ("given", "dateline", "year_stated", "expected"),
    [
        (date(2025, 5, 21), date(2020, 1, 1), True, (date(2025, 5, 21), "2025-05-21", "given")),
        (None, date(2020, 1, 2), True, (date(2020, 1, 2), "2020-01-02", "dateline")),
        (None, date(2020, 1, 2), False, (None, "XXXX-01-02", "dateline")),
        (None, None, False, (None, None, "none")),
    ],
)
def test_reference_date_precedence(
    given: date | None, dateline: date | None, year_stated: bool, expected: object
) -> None:
    assert _reference_date(given, dateline, year_stated) == expected


def test_quote_counts_in_a_real_sheet_add_up() -> None:
    text = (
        "Mayor Ana Ruiz opened the bridge on Monday.\n\n"
        '"It took ten years," Ruiz said. "We are proud of it," she added.\n'
    )
    sheet = extract(text, date(2024, 3, 6))
    credited = sum(1 for q in sheet.quotes if q.speaker is not None)
    assert credited == 2
    assert sum(p.quote_count for p in sheet.participants) == credited
