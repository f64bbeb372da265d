"""Event place: a place in the subject of the lead, before its verb.

Every sentence below is invented for these tests.
"""

from __future__ import annotations

import pytest

from factsheet.event import extract_event
from factsheet.event.layout import find_layout
from factsheet.pipeline import extract
from factsheet.text import Document


def location_of(lead: str) -> str | None:
    doc = Document(lead)
    event = extract_event(doc, find_layout(doc), (), (), ())
    return event.location.text if event.location else None


@pytest.mark.parametrize(
    ("lead", "location"),
    [
        ("Police in Bergen arrested a man on Tuesday after a break-in at the harbour.",
         "Bergen"),
        ("Officials in Tromsø are warning residents that heavy rain will flood the roads.",
         "Tromsø"),
        ("A judge in Ohio ruled on Friday that the ballots must be counted again.", "Ohio"),
        ("Thousands of people in Oslo have marched against the new harbour fees.", "Oslo"),
        ("Crews in Lofoten rescued four fishermen from a sinking boat on Sunday.", "Lofoten"),
    ],
)
def test_a_place_in_the_subject_before_the_verb(lead: str, location: str) -> None:
    assert location_of(lead) == location


@pytest.mark.parametrize(
    "lead",
    [
        # deeper in the sentence, a participle after the place opens a reduced clause
        "The mayor spoke about the deep divide between the parties in Oslo highlighted by the "
        "long strike last year.",
        # a compound modifier, not a verb
        "Investors in Oslo based firms lost money on the harbour deal this week.",
        # a noun after the place: the place modifies it
        "Police in Bergen harbour found a boat drifting without a crew.",
    ],
)
def test_no_place_before_a_participle_outside_the_subject(lead: str) -> None:
    assert location_of(lead) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a broadcast named after a person of the story is no event
        ("Roe speaks out\n\nJane Roe told viewers of The Jane Roe Show on Monday that the "
         "council had lied about the harbour budget.\n", "Roe speaks out"),
        # a show named after a place is one
        ("Record crowd\n\nMore than 70,000 people attended the Oslo Air Show on Saturday, "
         "organisers said.\n", "Oslo Air Show"),
        ("Record crowd\n\nMore than 9,000 people watched the Harbour Boat Show on Saturday, "
         "said Jane Roe, who runs it.\n", "Harbour Boat Show"),
    ],
)
def test_a_show_named_after_its_host_is_no_event(text: str, name: str) -> None:
    event = extract(text).event
    assert event.name is not None and event.name.text == name


def test_the_summary_keeps_nothing_of_an_article_after_it() -> None:
    from factsheet.event import summary

    extract("Harbour vote\n\nThe council approved the harbour budget on Tuesday after a long "
            "debate about the ferries and the old sea wall.\n\nIt passed by seven votes.\n")
    assert summary._STEMS_SEEN == {}  # a batch of millions must not keep the last text alive
