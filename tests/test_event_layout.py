"""The top of the page in other outlets' formats: captions, page furniture, agency datelines.

Every article below is invented for these tests (invented people, papers and stories).
"""

from __future__ import annotations

import time

import pytest

from factsheet.event.datelines import match_opening_dateline, match_reporter_line
from factsheet.event.layout import Layout, find_layout
from factsheet.text import Document

HEADLINE = "Harbour board backs plan to rebuild storm-hit pier"
LEAD = (
    "Members of the harbour board in the small fishing town voted on Monday to rebuild the "
    "old pier that a winter storm wrecked, ending a long quarrel over who should pay for it."
)
BODY = LEAD + "\n\nThe work is due to start in the autumn and to last for two years.\n"


def layout_of(text: str) -> Layout:
    return find_layout(Document(text))


def place_of(layout: Layout) -> str | None:
    return layout.dateline_place.text if layout.dateline_place else None


# ---------------------------------------------------------------- captions above the lead
@pytest.mark.parametrize(
    "caption",
    [
        "FILE - Gulls sit on the broken rail of the old pier in Portwick, Maine, on a grey "
        "morning last winter, March 3, 2024. (AP Photo/Ines Marlow, File)",
        "FILE — The harbour master walks along the pier in Portwick, Maine, on a windy day "
        "in March, after the storm had torn away the end of it. (AP Photo/Ines Marlow)",
        "The harbour master of Portwick speaks to fishermen on the quay after the storm, "
        "which tore away the end of the old pier, on Monday. (AP Photo/Ines Marlow)",
        "Fishermen mend their nets on the quay beside the broken pier in Portwick, Maine, on "
        "Monday, after the vote of the harbour board. (Ines Marlow/Portwick Courier via AP)",
        "Waves break over the end of the old pier in Portwick, Maine, during the winter "
        "storm that wrecked it, on March 3, 2024. REUTERS/Ines Marlow/File Photo",
        "Waves break over the end of the old pier in Portwick, Maine, during the winter "
        "storm that wrecked it last year. (Photo by Ines Marlow/Getty Images)",
    ],
)
def test_a_caption_above_the_lead_does_not_hide_the_dateline(caption: str) -> None:
    text = f"{HEADLINE}\n\n{caption}\n\nPORTWICK, Maine (AP) — {BODY}"
    layout = layout_of(text)
    assert layout.headline is not None and layout.headline.text == HEADLINE
    assert layout.dateline is not None and layout.dateline.text == "PORTWICK, Maine (AP) —"
    assert place_of(layout) == "PORTWICK, Maine"
    assert text[layout.body_start:].startswith("Members of the harbour board")


@pytest.mark.parametrize("label", ["FILE", "PHOTO", "VIDEO", "AUDIO", "WATCH"])
def test_a_page_label_before_a_dash_is_no_place(label: str) -> None:
    text = f"{HEADLINE}\n\n{label} - {BODY}"
    assert layout_of(text).dateline_place is None


def test_a_caption_opening_the_text_is_no_headline() -> None:
    text = ("FILE - Gulls sit on the broken pier in Portwick, Maine, last winter. "
            "(AP Photo/Ines Marlow, File)\n\nPORTWICK, Maine (AP) — " + BODY)
    assert layout_of(text).headline is None


@pytest.mark.parametrize(
    "headline",
    ["Photo agency Getty Images buys a rival in Oslo", "Reuters/Ipsos poll shows a tight race"],
)
def test_a_headline_naming_a_picture_agency_stays_a_headline(headline: str) -> None:
    layout = layout_of(f"{headline}\n\nPORTWICK, Maine (AP) — {BODY}")
    assert layout.headline is not None and layout.headline.text == headline


def test_a_long_paragraph_without_a_credit_still_ends_the_search() -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\nPORTWICK, Maine (AP) — {BODY}"
    assert layout_of(text).dateline is None


# ---------------------------------------------------------------- furniture above the headline
@pytest.mark.parametrize(
    "furniture",
    [
        "POLITICS\n\n",
        "EXCLUSIVE\n\n",
        "World News\n\n",
        "Arts & Culture\n\n",
        "Home / News / Local\n\n",
        "News > Local\n\n",
        "Home › Business › Markets\n\n",
        "Share on Facebook\n\nShare on Twitter\n\nEmail\n\n",
        "Share\n\nSave\n\n",
        "Advertisement\n\n",
        "FOR IMMEDIATE RELEASE\n\nWorld News\n\n",
    ],
)
@pytest.mark.parametrize(
    "below",
    ["By Ines Marlow\n\nMay 4, 2025\n\n" + BODY, "PORTWICK, Maine (AP) — " + BODY,
     "Updated 3:14 PM EDT, May 4, 2025\n\n" + BODY],
)
def test_the_headline_is_the_first_line_under_the_page_furniture(
    furniture: str, below: str
) -> None:
    text = f"{furniture}{HEADLINE}\n\n{below}"
    layout = layout_of(text)
    assert layout.headline is not None and layout.headline.text == HEADLINE
    assert text[layout.headline.start:layout.headline.end] == HEADLINE
    assert text[layout.body_start:].lstrip().startswith("Members of the harbour board")


@pytest.mark.parametrize(
    "first_line",
    [
        "Opinion | Why the pier must be rebuilt",  # a label and a title: the title line
        "Harbour board backs pier plan | Portwick Courier",  # a site name after the title
        "Harbour board backs pier plan - Portwick Courier",
        "WATCH: Harbour board backs pier plan",
        "LIVE: Harbour board votes on the pier",
        "Rain / Snow / Wind: a winter of storms on the coast",
    ],
)
def test_a_title_with_a_label_or_a_site_name_stays_the_first_line(first_line: str) -> None:
    layout = layout_of(f"{first_line}\n\nMay 4, 2025\n\n{BODY}")
    assert layout.headline is not None and layout.headline.text == first_line


@pytest.mark.parametrize(
    "text",
    [
        "World News\n\n" + BODY,  # a kicker above the story itself: no headline
        "Share\n\nSave\n\nPORTWICK, Maine (AP) — " + BODY,
        "POLITICS\n\nBy Ines Marlow\n\nMay 4, 2025\n\n" + BODY,
        "By Jan van der Berg\n\n" + BODY,  # a byline with lower-case particles
        "By Ana de la Cruz and Ola Berg\n\n" + BODY,
        "Updated May 4, 2025 3:14 PM\n\n" + BODY,  # a stamp above the story
    ],
)
def test_no_headline_under_the_furniture(text: str) -> None:
    assert layout_of(text).headline is None


def test_an_updated_stamp_above_the_headline() -> None:
    text = f"Updated May 4, 2025 3:14 PM\n\n{HEADLINE}\n\n{BODY}"
    layout = layout_of(text)
    assert layout.headline is not None and layout.headline.text == HEADLINE
    assert layout.dateline is not None and layout.dateline.text == "Updated May 4, 2025 3:14 PM"
    assert text[layout.body_start:].lstrip().startswith("Members of the harbour board")


def test_a_stamp_above_a_short_story_line_is_no_headline() -> None:
    text = ("Published May 4, 2025\n\nThe harbour board met on Monday, officials said.\n\n"
            "The board voted to rebuild the pier.\n")
    assert layout_of(text).headline is None


# ---------------------------------------------------------------- agency datelines
@pytest.mark.parametrize(
    ("opening", "dateline", "place", "month_day"),
    [
        ("Kozhikode, May 4 (PTI) ", "Kozhikode, May 4 (PTI)", "Kozhikode", (5, 4)),
        ("New Delhi [India], May 4 (ANI): ", "New Delhi [India], May 4 (ANI):", "New Delhi",
         (5, 4)),
        ("PORTWICK, Maine (WPTK/WPTX) — ", "PORTWICK, Maine (WPTK/WPTX) —", "PORTWICK, Maine",
         None),
        ("Rio de Janeiro (AFP) - ", "Rio de Janeiro (AFP) -", "Rio de Janeiro", None),
        ("Dar es Salaam (AFP) - ", "Dar es Salaam (AFP) -", "Dar es Salaam", None),
        ("Porto do Sul, Brazil (Reuters) - ", "Porto do Sul, Brazil (Reuters) -",
         "Porto do Sul, Brazil", None),
        ("HALDEN, Ostfold, Norway (Reuters) - ", "HALDEN, Ostfold, Norway (Reuters) -",
         "HALDEN, Ostfold, Norway", None),
        ("PORTWICK, Maine, (AP) — ", "PORTWICK, Maine, (AP) —", "PORTWICK, Maine", None),
    ],
)
def test_agency_datelines_of_other_outlets(
    opening: str, dateline: str, place: str, month_day: tuple[int, int] | None
) -> None:
    text = f"{HEADLINE}\n\n{opening}{BODY}"
    layout = layout_of(text)
    assert layout.dateline is not None and layout.dateline.text == dateline
    assert place_of(layout) == place
    found = layout.dateline_date
    assert ((found.month, found.day) if found else None) == month_day
    assert text[layout.body_start:].startswith("Members of the harbour board")


@pytest.mark.parametrize(
    "line",
    [
        "Portwick Harbour (PHB) The board met.",  # no date: a name and its initials
        "Portwick, May 4 The board met.",  # no agency, no dash
        "Harbour board (AP) The board met.",  # not a place
        "Rio de janeiro (AFP) - Floods.",  # a particle needs a capitalised word after it
    ],
)
def test_no_agency_dateline_without_its_parts(line: str) -> None:
    assert match_opening_dateline(line, 0, len(line)) is None


# ---------------------------------------------------------------- reporter lines, page lines
def test_a_reporting_from_line_gives_the_place() -> None:
    text = (f"{HEADLINE}\n\nBy Ines Marlow\n\nReporting from Portwick, Maine\n\nMay 4, 2025\n\n"
            + BODY)
    layout = layout_of(text)
    assert layout.dateline is not None and layout.dateline.text == "May 4, 2025"
    assert place_of(layout) == "Portwick, Maine"
    assert text[layout.body_start:].lstrip().startswith("Members of the harbour board")


def test_a_reporting_from_line_below_the_date_and_alone() -> None:
    below = f"{HEADLINE}\n\nMay 4, 2025\n\nReporting from Portwick\n\n{BODY}"
    layout = layout_of(below)
    assert place_of(layout) == "Portwick"
    assert below[layout.body_start:].lstrip().startswith("Members of the harbour board")
    alone = f"{HEADLINE}\n\nReporting from Porto do Sul, Brazil\n\n{BODY}"
    layout = layout_of(alone)
    assert layout.headline is not None and layout.headline.text == HEADLINE
    assert place_of(layout) == "Porto do Sul, Brazil"


def test_a_place_dateline_wins_over_a_reporting_from_line() -> None:
    text = f"{HEADLINE}\n\nReporting from Portwick\n\nHALDEN, Norway (AP) — {BODY}"
    assert place_of(layout_of(text)) == "HALDEN, Norway"


@pytest.mark.parametrize(
    "line",
    ["Reporting from Portwick and Halden", "Reporting from the harbour",
     "Reporting from Portwick, where the pier fell into the sea last winter."],
)
def test_not_a_reporter_line(line: str) -> None:
    assert match_reporter_line(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("line", "when"),
    [("Ines Marlow · May 4, 2025 · 3 min read", "2025-05-04"),
     ("Ines Marlow • 4 May 2025", "2025-05-04"),
     ("By Ines Marlow | Sunday 4 May 2025", "2025-05-04")],
)
def test_a_byline_and_date_on_one_line(line: str, when: str) -> None:
    layout = layout_of(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert layout.dateline is not None and layout.dateline.text == line
    assert layout.dateline_date is not None and layout.dateline_date.isoformat() == when


# ---------------------------------------------------------------- speed
@pytest.mark.parametrize(
    "chunk",
    ["(AP Photo/" * 50, "FILE - " * 100, "Home / News / " * 60, "Share on Facebook " * 40,
     "Rio de Janeiro de " * 40, "Reporting from Porto do " * 40, "New Delhi [India], " * 40,
     "Ines Marlow · " * 60, "By Jan van der " * 60, "Kozhikode, May 4 (PTI) " * 30,
     "REUTERS/" * 100, "World News " * 80, "HALDEN, Ostfold, Norway, (AP) " * 30],
)
def test_layout_is_linear_on_hostile_text(chunk: str) -> None:
    text = (chunk * (1_000_000 // len(chunk)))[:1_000_000]
    for variant in (text, text.replace(" ", "\n"), text.replace(" ", "\n\n")):
        doc = Document(variant)
        _ = doc.paragraphs  # shared work, timed by the text module's own tests
        t0 = time.perf_counter()
        find_layout(doc)
        assert time.perf_counter() - t0 < 0.5  # the layout only reads the top of the text
