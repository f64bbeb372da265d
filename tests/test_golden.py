"""The seed's whole fact sheet, checked by hand once and kept as golden files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from factsheet import extract
from factsheet.render.markdown import markdown
from tests.support import ROOT, SEED

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize(
    ("name", "reference"),
    [("seed.json", date(2025, 5, 21)), ("seed-no-reference-date.json", None)],
)
def test_seed_fact_sheet_matches_golden(seed_text: str, name: str, reference: date | None) -> None:
    expected = json.loads((GOLDEN / name).read_text(encoding="utf-8"))
    actual = extract(seed_text, reference, id=SEED.name).to_dict()
    for section in ("event", "dates", "participants", "quotes"):
        assert actual[section] == expected[section], section
    assert actual == expected


def test_seed_markdown_matches_golden(seed_text: str) -> None:
    sheet = extract(seed_text, date(2025, 5, 21), id=SEED.name)
    assert markdown(sheet) == (GOLDEN / "seed.md").read_text(encoding="utf-8")


def test_golden_offsets_reproduce_the_seed(seed_text: str) -> None:
    sheet = json.loads((GOLDEN / "seed.json").read_text(encoding="utf-8"))
    for timex in sheet["dates"]:
        assert seed_text[timex["start"]:timex["end"]] == timex["text"]
    for quote in sheet["quotes"]:
        assert seed_text[quote["start"]:quote["end"]] == quote["text"]
    for participant in sheet["participants"]:
        for mention in participant["mentions"]:
            assert seed_text[mention["start"]:mention["end"]] == mention["text"]
