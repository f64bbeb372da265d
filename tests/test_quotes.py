"""Quotes: marks, attribution, speaker resolution. Every sentence here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet.model import Participant, Quote, Span
from factsheet.quotes import extract_quotes
from factsheet.quotes.marks import scan_quotes
from factsheet.text import Document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "un-north-korea-human-rights-meeting.txt"


def quotes_of(text: str, participants: tuple[Participant, ...] = ()) -> tuple[Quote, ...]:
    return extract_quotes(Document(text), participants)


def person(text: str, name: str, *words: str, kind: str = "person") -> Participant:
    """A participant whose mentions are every occurrence of ``words`` in ``text``."""
    spans: list[Span] = []
    for word in words:
        pos = text.find(word)
        while pos != -1:
            spans.append(Span(word, pos, pos + len(word)))
            pos = text.find(word, pos + len(word))
    spans.sort(key=lambda s: s.start)
    return Participant(name, kind, None, tuple(spans))  # type: ignore[arg-type]


# --- the scanner ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” he said.", ["We will win,"]),
        ('"We will win," he said.', ["We will win,"]),
        ("''We will win,'' he said.", ["We will win,"]),
        ("``We will win,'' he said.", ["We will win,"]),
        ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
        ("“We will win,” she said, “and soon.”", ["We will win,", "and soon."]),
        ("He called it “the ‘best’ plan” today.", ["the ‘best’ plan"]),
        ("The players’ union said it’s the ’90s again.", []),
        ("They played rock ’n’ roll and don’t care.", []),
        ('She said "it works" and "it is cheap".', ["it works", "it is cheap"]),
        ('He put up a sign: "Closed', ["Closed"]),
        ('<a href="http://x.example">link</a> said', []),
        ("“”", []),
    ],
)
def test_scanner_finds_the_words_inside_the_marks(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in scan_quotes(Document(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor: ‘We are ready’\nThe mayor spoke on Monday.", ["We are ready"]),
        ("Title\nHe said ‘no’ and “yes” today.", ["yes"]),
        ("Title\nHe said ‘no’ to the ’80s and 'never' again.", ["no", "never"]),
    ],
)
def test_single_marks_quote_only_in_headlines_or_single_quote_articles(
    text: str, expected: list[str]
) -> None:
    assert [text[q.start : q.end] for q in scan_quotes(Document(text))] == expected


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "He said “this never ends.\nThe next paragraph has no marks.\nNor this one."
    assert [text[q.start : q.end] for q in scan_quotes(Document(text))] == ["this never ends."]


def test_multi_paragraph_quote_is_one_quote_per_paragraph() -> None:
    text = "Lee said: “First part of it.\n“Second part of it.\n“Last part,” she added."
    spans = scan_quotes(Document(text))
    assert [text[q.start : q.end] for q in spans] == [
        "First part of it.", "Second part of it.", "Last part,",
    ]
    assert [(q.continues, q.continued) for q in spans] == [
        (True, False), (True, True), (False, True),
    ]
