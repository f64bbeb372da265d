"""The seed article's fact sheet: what the spine issue requires, asserted fact by fact.

The whole expected sheet is also kept as a golden file (tests/golden/); this test states the
requirements one by one so that a failure says which fact went wrong.
"""

from __future__ import annotations

import pytest

from factsheet import extract
from factsheet.model import FactSheet, Participant
from tests.support import SEED_REF


@pytest.fixture(scope="module")
def sheet(seed_text: str) -> FactSheet:
    return extract(seed_text, SEED_REF, id="seed")


@pytest.fixture(scope="module")
def bare(seed_text: str) -> FactSheet:
    return extract(seed_text, None, id="seed")


def participant(sheet: FactSheet, name: str) -> Participant:
    matches = [p for p in sheet.participants if p.name == name]
    assert len(matches) == 1, [p.name for p in sheet.participants]
    return matches[0]


def test_event(sheet: FactSheet) -> None:
    event = sheet.event
    assert event.headline is not None
    assert event.headline.text == (
        "The United Nations General Assembly held a high-level meeting on North Korean human "
        "rights issues for the first time."
    )
    assert event.name is not None
    assert event.name.text == (
        "79th UN General Assembly President’s High-Level Plenary Meeting on North Korean "
        "Human Rights"
    )
    assert event.location is not None and event.location.text == "New York"
    assert event.date is not None and event.date.value == "2025-05-20"


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("Wednesday", "DATE", "2025-05-21"),
        ("May 20", "DATE", "2025-05-20"),
        ("last December", "DATE", "2024-12"),
        ("2023", "DATE", "2023"),
        ("20 years", "DURATION", "P20Y"),
    ],
)
def test_dates_resolved(sheet: FactSheet, text: str, type_: str, value: str) -> None:
    assert (text, type_, value) in {(d.text, d.type, d.value) for d in sheet.dates}


def test_dates_without_reference_are_underspecified(bare: FactSheet) -> None:
    values = {d.text: d.value for d in bare.dates}
    assert values["May 20"] == "XXXX-05-20"
    assert values["2023"] == "2023"
    assert all(not v.startswith(("2024", "2025", "2026")) for v in values.values())


def test_no_false_dates(sheet: FactSheet) -> None:
    texts = " | ".join(d.text for d in sheet.dates)
    assert "11-Year-Old" not in texts
    assert "79th" not in texts
    assert "10-meter" not in texts


def test_hwang(sheet: FactSheet, seed_text: str) -> None:
    hwang = participant(sheet, "Hwang Junkook")
    assert hwang.kind == "person"
    assert hwang.title == "South Korea’s Ambassador to the UN"
    he = [m for m in hwang.mentions if m.text == "He"]
    assert len(he) == 2


def test_kim(sheet: FactSheet) -> None:
    kim = participant(sheet, "Kim Eun Joo")
    assert kim.kind == "person"
    assert kim.title == "human rights activist and author of The Will of an 11-Year-Old"


def test_kang(sheet: FactSheet) -> None:
    kang = participant(sheet, "Kang Gyu Ri")
    assert kang.kind == "person"
    pronouns = {m.text for m in kang.mentions}
    assert {"She", "her"} <= pronouns


def test_ministry(sheet: FactSheet) -> None:
    ministry = participant(sheet, "South Korea’s Ministry of Foreign Affairs")
    assert ministry.kind == "organization"
    names = [m for m in ministry.mentions if m.text == ministry.name]
    assert len(names) == 2


def test_general_assembly_mentions_merged(sheet: FactSheet) -> None:
    assemblies = [p for p in sheet.participants if "General Assembly" in p.name]
    assert len(assemblies) == 1
    texts = {m.text for m in assemblies[0].mentions}
    assert "Assembly" in " ".join(texts)
    assert assemblies[0].kind == "organization"


@pytest.mark.parametrize(
    "not_a_person",
    ["The Will of an 11-Year-Old", "New York", "Ukraine", "Russia", "Pyongyang", "North Korean"],
)
def test_not_persons(sheet: FactSheet, not_a_person: str) -> None:
    persons = [p for p in sheet.participants if p.kind == "person"]
    assert all(not_a_person not in {m.text for m in p.mentions} for p in persons)


def test_three_quotes_attributed(sheet: FactSheet) -> None:
    quotes = sheet.quotes
    assert len(quotes) == 3
    first, second, third = quotes
    assert first.text.startswith("The North Korean human rights crisis")
    assert first.text.endswith("non-proliferation regime.")
    assert first.speaker == "Hwang Junkook"
    assert first.speaker_mention is not None and first.speaker_mention.text == "He"
    assert first.cue is not None and first.cue.text == "stated"
    assert second.text == "modern-day slaves"
    assert second.speaker == "Kim Eun Joo"
    assert second.kind == "partial"
    assert third.text.startswith("This session is significant")
    assert third.text.endswith("crisis.")
    assert third.speaker == "South Korea’s Ministry of Foreign Affairs"
