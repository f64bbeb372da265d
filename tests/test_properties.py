"""Property tests: on any text, extraction never raises, every offset reproduces its text,
the output is valid JSON that validates against the schema, and the same input gives the same
output."""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factsheet.pipeline import extract
from factsheet.render.jsonout import json_line

SCHEMA = json.loads(files("factsheet").joinpath("schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
REFERENCE = date(2025, 5, 21)

# Pieces of news language, so that random texts reach the extractors' interesting paths
# (quotes with cues, titled names, dates, datelines) and not only their early exits.
NEWS_PIECES = (
    '"', "“", "”", "‘", "’", "'", "«", "»", " said", " says", " told reporters", ", he said",
    " according to", "Mr.", "Dr.", "President", " Minister", "Smith", "Maria", "Kim Jong",
    "United Nations", "U.S.", "Inc.", " on Monday", " last week", " May 21", ", 2025", "1996",
    "10:30 a.m.", "20 years", "LONDON", " (Reuters) -", " -- ", "—", "By ", "Published:",
    "\n", "\n\n", "\r\n", "\r", "\t", " ", ".", ",", "(", ")", "[", "]", "?", "!", ":",
    "\x00", "\x1b[31m", "\u200b", "\u202e", "\ufeff", "İ", "ß", "ﬁ", "日本", "كتب", "😀",
)

arbitrary_text = st.text(st.characters(codec="utf-8"), max_size=400)
news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=8)), max_size=120
).map("".join)
quote_and_capital_text = st.lists(
    st.sampled_from(('"', "“", "”", "'", "A", "B", "Z", "Mr", " ", "said", ".", "\n")),
    max_size=300,
).map("".join)
long_line = st.builds(lambda unit, n: unit * n, st.sampled_from((*NEWS_PIECES, "ab")),
                      st.integers(min_value=100, max_value=3000))
any_text = st.one_of(arbitrary_text, news_text, quote_and_capital_text, long_line)
maybe_reference = st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31)))

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])


def spans_of(obj: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every span object of a fact sheet's JSON with text, start and end, and where it is."""
    found: list[tuple[str, dict[str, Any]]] = [("dates", d) for d in obj["dates"]]
    for p in obj["participants"]:
        found += [("participants.mentions", m) for m in p["mentions"]]
    for q in obj["quotes"]:
        found.append(("quotes", q))
        found += [(f"quotes.{key}", q[key]) for key in ("speaker_mention", "cue_span") if q[key]]
    event = obj["event"]
    for name, offsets in event["spans"].items():
        if offsets is None:
            continue
        text = event.get(name) if name != "date" else None
        found.append((f"event.{name}", {**offsets, "text": text}))
    return found


def offset_problems(text: str, obj: dict[str, Any]) -> list[str]:
    problems = []
    for where, span in spans_of(obj):
        start, end = span["start"], span["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{where}: bad offsets {start}..{end} (text length {len(text)})")
        elif span["text"] is not None and text[start:end] != span["text"]:
            problems.append(f"{where}: {text[start:end]!r} != {span['text']!r}")
    return problems


def check_fact_sheet(text: str, reference: date | None) -> None:
    line = json_line(extract(text, reference, id="prop"))
    obj = json.loads(line)  # valid JSON, and one line
    assert line.count("\n") == 1
    VALIDATOR.validate(obj)
    assert offset_problems(text, obj) == []
    assert json_line(extract(text, reference, id="prop")) == line  # deterministic


@PROPERTY_SETTINGS
@given(any_text, maybe_reference)
def test_any_text_gives_a_valid_fact_sheet(text: str, reference: date | None) -> None:
    check_fact_sheet(text, reference)


@PROPERTY_SETTINGS
@given(news_text)
def test_news_like_text_gives_a_valid_fact_sheet(text: str) -> None:
    check_fact_sheet(text, REFERENCE)


@settings(max_examples=40, deadline=None)
@given(news_text, st.sampled_from(("\r\n", "\r", "\n\n", "\u2028", "\x85")))
def test_line_ends_never_shift_offsets(text: str, line_end: str) -> None:
    check_fact_sheet(text.replace("\n", line_end), REFERENCE)


SAMPLES = [
    'LONDON, May 20 (Reuters) - "We will not stop," said Foreign Minister Maria Lopez.',
    'Mr. Smith said: "It is over." He added, “We won.”\r\nShe said he said she said.',
    "“Unclosed quote by Dr. Adams, 2025.\n\n" + "“" * 50,
    "President Kim\u202e said \x1b[2J on Monday that [bold]ten[/bold] people came.",
]


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("reference", [REFERENCE, None])
def test_hand_written_samples(text: str, reference: date | None) -> None:
    check_fact_sheet(text, reference)


@pytest.mark.parametrize(
    ("obj", "problem"),
    [
        ({"dates": [{"text": "May", "start": 0, "end": 3}]}, "'Mar' != 'May'"),
        ({"dates": [{"text": "", "start": 2, "end": 2}]}, "bad offsets 2..2"),
        ({"dates": [{"text": "x", "start": 90, "end": 91}]}, "bad offsets 90..91"),
        ({"quotes": [{"text": "Mar", "start": 0, "end": 3, "speaker_mention": None,
                      "cue_span": {"text": "ch", "start": 4, "end": 6}}]}, "'h ' != 'ch'"),
    ],
)
def test_the_offset_check_catches_bad_spans(obj: dict[str, Any], problem: str) -> None:
    # The checker must be able to fail, or the properties above prove nothing.
    full = {"dates": [], "participants": [], "quotes": [],
            "event": {"spans": {}}, **obj}
    assert any(problem in p for p in offset_problems("March 1", full))
