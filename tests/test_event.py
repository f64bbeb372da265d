"""Event section: layout (headline, dateline), summary, named event, place and date.

Every article below is invented for these tests.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from factsheet.event import extract_event
from factsheet.event.datelines import (
    match_line_dateline,
    match_opening_dateline,
    match_place_dash,
)
from factsheet.event.layout import Layout, find_layout
from factsheet.event.phrases import (
    find_named_event,
    may_hold_event_noun,
    may_name_event,
    tokens_between,
)
from factsheet.model import Event, Participant, Span, Timex
from factsheet.text import Document

BODY = (
    "The city council approved a new budget for the harbour district on Tuesday after a "
    "debate that lasted well into the night, with seven members voting in favour.\n"
    "The plan sets aside money for new ferries and for repairs to the old sea wall.\n"
)


def layout_of(text: str) -> Layout:
    return find_layout(Document(text))


# ---------------------------------------------------------------- datelines
@pytest.mark.parametrize(
    ("top", "dateline", "when", "year_stated", "place"),
    [
        ("Harbour budget passes\n\nWednesday, March 4, 2020\n\n",
         "Wednesday, March 4, 2020", "2020-03-04", True, None),
        ("Harbour budget passes.\nOSLO 2001-11-02\n",
         "OSLO 2001-11-02", "2001-11-02", True, "OSLO"),
        ("Harbour budget passes.\nKari Nordmann\nBERGEN, Norway 2001-11-02\n",
         "BERGEN, Norway 2001-11-02", "2001-11-02", True, "BERGEN, Norway"),
        ("Harbour budget passes.\nSOUTH HAVEN, Mich.\n2001-11-02\n",
         "SOUTH HAVEN, Mich.\n2001-11-02", "2001-11-02", True, "SOUTH HAVEN, Mich."),
        ("Harbour budget passes\nPublished: 4 March 2020 17:45 GMT\n",
         "Published: 4 March 2020 17:45 GMT", "2020-03-04", True, None),
        ("Harbour budget passes\nMARCH 4, 2020 / 5:45 PM / UPDATED 3 HOURS AGO\n",
         "MARCH 4, 2020 / 5:45 PM / UPDATED 3 HOURS AGO", "2020-03-04", True, None),
        ("Harbour budget passes\nBy Ola Berg | Wednesday 4 March 2020\n",
         "By Ola Berg | Wednesday 4 March 2020", "2020-03-04", True, None),
        ("Harbour budget passes\nUpdated: Mar. 4, 2020 at 09:30\n",
         "Updated: Mar. 4, 2020 at 09:30", "2020-03-04", True, None),
        ("Harbour budget passes\nPosted on March 4, 2020 by Ola Berg\n",
         "Posted on March 4, 2020 by Ola Berg", "2020-03-04", True, None),
        ("Harbour budget passes\nUpdated 5:45 PM EST, Wed March 4, 2020\n",
         "Updated 5:45 PM EST, Wed March 4, 2020", "2020-03-04", True, None),
        ("Harbour budget passes\nPublished 2020-03-04T17:45:00Z\n",
         "Published 2020-03-04T17:45:00Z", "2020-03-04", True, None),
    ],
)
def test_dateline_on_its_own_line(
    top: str, dateline: str, when: str, year_stated: bool, place: str | None
) -> None:
    layout = layout_of(top + BODY)
    assert layout.dateline is not None and layout.dateline.text == dateline
    assert layout.dateline_date == date.fromisoformat(when)
    assert layout.year_stated is year_stated
    assert (layout.dateline_place.text if layout.dateline_place else None) == place


@pytest.mark.parametrize(
    ("opening", "month_day", "year_stated", "place"),
    [
        ("OSLO, Nov. 2 (Reuters) - ", (11, 2), False, "OSLO"),
        ("OSLO, Nov 2 (dpa) -- ", (11, 2), False, "OSLO"),
        ("NEW HAVEN, Conn., Feb. 29 (AP) — ", (2, 29), False, "NEW HAVEN, Conn."),
        ("BERGEN, Nov. 2, 2001 (AFP) - ", (11, 2), True, "BERGEN"),
        ("Sunday, March 8, 2020 ", (3, 8), True, None),
        # press releases: a wire tag between slashes, or in brackets between double dashes
        ("OSLO, Nov. 2, 2001 /PRNewswire/ -- ", (11, 2), True, "OSLO"),
        ("HAMAR, Norway, Nov. 2, 2001 /CNW/ - ", (11, 2), True, "HAMAR, Norway"),
        ("SOUTH HAVEN, Mich., Nov. 2, 2001 (GLOBE NEWSWIRE) -- ", (11, 2), True,
         "SOUTH HAVEN, Mich."),
    ],
)
def test_dateline_opening_the_first_paragraph(
    opening: str, month_day: tuple[int, int], year_stated: bool, place: str | None
) -> None:
    text = "Harbour budget passes\n" + opening + BODY
    layout = layout_of(text)
    assert layout.dateline_date is not None
    assert (layout.dateline_date.month, layout.dateline_date.day) == month_day
    assert layout.year_stated is year_stated
    assert (layout.dateline_place.text if layout.dateline_place else None) == place
    assert text[layout.body_start:].startswith("The city council")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WASHINGTON (AP) — " + BODY, "WASHINGTON"),
        ("OSLO — " + BODY, "OSLO"),
        ("KYIV, Ukraine — " + BODY, "KYIV, Ukraine"),
        ("Harbour vote\nTromsø, Norway — " + BODY, "Tromsø, Norway"),
        ("Oslo — " + BODY, None),  # opening the text, a place must be in capitals
        ("Harbour vote\nGroup B — Oslo 2 Bergen 1\n" + BODY, None),  # a short line: a result
        # a dated line, then a place opening the story
        ("Harbour vote\n\nMonday, May 4, 2020\n\nTromsø, Norway — " + BODY, "Tromsø, Norway"),
    ],
)
def test_dateline_place_without_a_date(text: str, place: str | None) -> None:
    layout = layout_of(text)
    assert layout.dateline_date is None or "Monday" in text
    assert (layout.dateline_place.text if layout.dateline_place else None) == place


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        # Business Wire glues the story to the closing dashes
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--" + BODY, "SAN JOSE, Calif.--(BUSINESS WIRE)--",
         "SAN JOSE, Calif."),
        ("(CNN) — " + BODY, "(CNN) —", None),  # the outlet's credit alone
        ("(AP) -- " + BODY, "(AP) --", None),
        ("NEW DELHI: " + BODY, "NEW DELHI:", "NEW DELHI"),  # a known city and a colon
        ("Harbour vote\nKARACHI: " + BODY, "KARACHI:", "KARACHI"),
    ],
)
def test_datelines_of_other_outlets(text: str, dateline: str, place: str | None) -> None:
    layout = layout_of(text)
    assert layout.dateline is not None and layout.dateline.text == dateline
    assert (layout.dateline_place.text if layout.dateline_place else None) == place
    assert text[layout.body_start:].startswith("The city council")


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: " + BODY,  # a label, not a place
        "UPDATE: " + BODY,
        "(a) — " + BODY,  # a list item, not an outlet
        "Oslo: " + BODY,  # not in capitals
    ],
)
def test_a_label_before_a_colon_or_a_bracket_is_no_dateline(text: str) -> None:
    assert layout_of(text).dateline is None


@pytest.mark.parametrize(
    "labels",
    ["FOR IMMEDIATE RELEASE\n", "PRESS RELEASE\nFor Immediate Release\n",
     "EMBARGOED UNTIL 00:01 GMT, MARCH 4, 2020\n\n"],
)
def test_release_labels_are_not_the_headline(labels: str) -> None:
    text = labels + "Harbour Ferries Opens New Terminal in Oslo\n\n" + BODY
    layout = layout_of(text)
    assert layout.headline is not None
    assert layout.headline.text == "Harbour Ferries Opens New Terminal in Oslo"


def test_a_release_label_alone_is_no_headline() -> None:
    assert layout_of("FOR IMMEDIATE RELEASE\n\n" + BODY).headline is None


def test_no_dateline_in_a_plain_story() -> None:
    layout = layout_of(BODY)
    assert (layout.dateline, layout.dateline_date) == (None, None)


# ---------------------------------------------------------------- headlines
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a title without a final stop, above a Wikinews dateline
        ("Council backs harbour plan\n\nTuesday, May 5, 2020\n\n" + BODY,
         "Council backs harbour plan"),
        # a Reuters slug in capitals, with a final stop
        ("SAILING - LOCAL CREW WINS HARBOUR REGATTA.\nOSLO 2001-11-02\n" + BODY,
         "SAILING - LOCAL CREW WINS HARBOUR REGATTA."),
        # a one-sentence line with a full stop, above a dateline
        ("Harbour plan wins the vote.\nOSLO 2001-11-02\n" + BODY, "Harbour plan wins the vote."),
        # Title Case with a full stop, then a deck shorter than the story
        ("Harbour Board Approves Ferry Plan After Long Debate.\n\nA deck line that sums up "
         "the story in a few more words.\n\n" + BODY,
         "Harbour Board Approves Ferry Plan After Long Debate."),
        # "By" opening a title is not a byline
        ("By the numbers: a harbour in decline\n" + BODY, "By the numbers: a harbour in decline"),
        # a headline with single-quoted words
        ("Mayor hails 'historic' harbour deal\n" + BODY, "Mayor hails 'historic' harbour deal"),
        # a one-sentence title with a full stop, then a longer paragraph
        ("The city council held its first vote on the harbour for ten years.\n"
         "On Friday the council met in the town hall and voted to rebuild the old harbour, "
         "a project that has been debated since the storm that damaged it two winters ago, "
         "and it set aside money for the work.\n",
         "The city council held its first vote on the harbour for ten years."),
    ],
)
def test_headline_is_the_title_line(text: str, headline: str) -> None:
    layout = layout_of(text)
    assert layout.headline is not None and layout.headline.text == headline
    assert text[layout.headline.start:layout.headline.end] == headline


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday, May 5, 2020\n\n" + BODY,  # starts with the dateline
        "OSLO 2001-11-02\n" + BODY,
        "Kari Nordmann\nOSLO 2001-11-02\n" + BODY,  # a bare byline name, then the dateline
        "Ola McBride\nOSLO 2001-11-02\n" + BODY,
        "By Kari Nordmann\n" + BODY,
        "BY KARI NORDMANN\n" + BODY,
        "By Kari Nordmann and Ola Berg, Reuters\n" + BODY,
        "By Kari Nordmann | Tuesday 5 May 2020\n" + BODY,
        "Published: 5 May 2020 10:00 BST\n" + BODY,
        "OSLO, May 5 (Reuters) - " + BODY,
        "OSLO (AP) _\n\n" + BODY,  # an AP dateline alone on its line, "_" for the dash
        "BERGEN, Norway (AP)--\n" + BODY,
        "OSLO _\n" + BODY,
        "POLITICS\nBy Kari Nordmann\nMarch 4, 2020\n" + BODY,  # a section label
        "BYLINE: Kari Nordmann.\n" + BODY,
        # a lead-in ending with a colon
        "The Harbour Gazette said in an editorial on Monday, May 4:\n" + BODY,
        # a long first sentence with commas and figures reads like a lead
        "Harbour Ferries Inc., the Oslo operator, said its profit rose 12% in the third "
        "quarter.\n" + BODY + BODY,
        BODY,  # starts straight with the story
        # a one-sentence-per-line story: the first line is a report, not a title
        "Police arrested two men after a break-in at the harbour office, officials said.\n"
        "The men were held overnight and questioned about the theft of three laptops.\n",
    ],
)
def test_no_headline_when_the_text_starts_with_dateline_byline_or_story(text: str) -> None:
    assert layout_of(text).headline is None


# ---------------------------------------------------------------- event fields
def event_of(text: str, dates: tuple[Timex, ...] = (),
             participants: tuple[Participant, ...] = ()) -> Event:
    doc = Document(text)
    layout = find_layout(doc)
    # as the pipeline does when no reference date is given: the dateline's date
    reference = layout.dateline_date if layout.year_stated else None
    return extract_event(doc, layout, dates, participants, (), reference)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Delegates from forty countries attended the 12th Northern Ports Summit on Monday.",
         "12th Northern Ports Summit"),
        ("The government took part in the Regional Ministerial Meeting on Coastal Safety, "
         "held in Tromsø on Monday.",
         "Regional Ministerial Meeting on Coastal Safety"),
        ("A team of students won gold at the Nordic Junior Robot Olympics on Saturday.",
         "Nordic Junior Robot Olympics"),
        ("Thousands came to the Harbour Light Festival 2019 despite the rain.",
         "Harbour Light Festival 2019"),
        ("Saturday's Coastal Cup final drew a record crowd in the port.", "Coastal Cup"),
        # a capitalised word opening the sentence, or before "and", is not part of the name
        ("As the Northern Ports Summit opened, the mayor spoke of the harbour.",
         "Northern Ports Summit"),
        ("Results of Coastal Cup matches were posted on the harbour wall.", "Coastal Cup"),
        ("The mayor thanked Ola Berg and the Harbour Light Festival for the money.",
         "Harbour Light Festival"),
    ],
)
def test_named_event_in_the_lead(lead: str, name: str) -> None:
    event = event_of("Port news\n\n" + lead + "\nMore details followed later in the day.\n")
    assert event.name is not None and event.name.text == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a generic headline speaking of the event named by the next lead sentence
        ("Ports meet for the first time to talk about safety\n\nDelegates from forty "
         "countries met in Tromsø on Monday. They attended the first Northern Ports Safety "
         "Meeting at the town hall.\n", "Northern Ports Safety Meeting"),
        ("Harbour ministers hold a meeting on ferry safety\n\nDelegates from forty countries "
         "came to Tromsø on Monday. The Ministerial Meeting on Coastal Ferries opened at "
         "noon.\n", "Ministerial Meeting on Coastal Ferries"),
        # an event of the background the headline does not speak of
        ("Ferry company cuts prices\n\nThe ferry company cut its prices by a fifth on "
         "Monday. Last year the company sponsored the Harbour Light Festival.\n",
         "Ferry company cuts prices"),
    ],
)
def test_named_event_after_the_lead_sentence(text: str, name: str) -> None:
    event = event_of(text)
    assert event.name is not None and event.name.text == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no named event: the headline is the "who did what"
        ("Council backs harbour plan\n" + BODY, "Council backs harbour plan"),
        # the Reuters slug and the final stop are left out
        ("SAILING - LOCAL CREW WINS REGATTA.\nOSLO 2001-11-02\n" + BODY,
         "LOCAL CREW WINS REGATTA"),
        # a Title Case headline is no evidence of a named event: the whole headline
        ("Harbour Board Backs Plan For Summer Festival Week\n" + BODY,
         "Harbour Board Backs Plan For Summer Festival Week"),
        # a sentence-case headline may hold one
        ("Crowds flock to the Harbour Light Festival\n" + BODY, "Harbour Light Festival"),
        # a final semicolon goes too
        ("Ferry fares rise again;\n" + BODY, "Ferry fares rise again"),
        # an abbreviation keeps its stop
        ("Ferry orders rise in U.S.\n" + BODY, "Ferry orders rise in U.S."),
        # no headline, no clause boundary: cut at 16 words, not on a function word
        ("OSLO 2001-11-02\nNews of the storm damage to the old harbour wall in the north "
         "last week has led to a new public campaign for repairs.\n",
         "News of the storm damage to the old harbour wall in the north last week"),
        # no headline: the first clause of the lead, without its time phrase
        ("OSLO 2001-11-02\nOn Friday, the city council approved a new budget for the "
         "harbour district, with seven members voting in favour.\n",
         "the city council approved a new budget for the harbour district"),
        ("OSLO 2001-11-02\nAccording to the harbour police, the two ferries collided in the "
         "fog near the quay early on Sunday morning.\n",
         "the two ferries collided in the fog near the quay early on Sunday morning"),
        # a comma inside a place name is no end of an opening clause
        ("OSLO 2001-11-02\nAccording to the harbour police two ferries collided near Bergen, "
         "Norway.\n",
         "According to the harbour police two ferries collided near Bergen"),
        # no headline: the first clause of the lead
        ("OSLO 2001-11-02\n" + BODY,
         "The city council approved a new budget for the harbour district on Tuesday"),
    ],
)
def test_name_falls_back_to_headline_then_lead_clause(text: str, name: str) -> None:
    event = event_of(text)
    assert event.name is not None and event.name.text == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Meeting the press on Monday, the mayor defended the budget.",  # a verb, not a name
        "The annual meeting of the harbour board was short this year.",  # lower-case head
        "Fans celebrated at home after the Week began quietly.",  # a weak head alone
        "Summit Road was closed after the storm.",  # the head word starts the sentence
        # organisations named after what they run
        "The Harbour Board of Elections counted the votes again.",
        "Officials of the Northern Ports Summit Commission met the mayor.",
        "The mayor wrote to Ola Berg and the Organisation of Ports Conference.",
    ],
)
def test_no_named_event(sentence: str) -> None:
    doc = Document(sentence)
    toks = tokens_between(doc, 0, len(sentence))
    found = find_named_event(sentence, toks, 0)
    assert found is None


@pytest.mark.parametrize(
    ("sentence", "capitalised_head", "lower_case_head"),
    [
        ("Delegates met at the Northern Ports Summit.", True, False),
        ("RESULTS OF THE HARBOUR CUP.", True, False),
        ("The Ohio primary was close.", False, True),
        ("Voters went to the polls in the state election.", False, True),
        # a head inside a longer word is none
        ("The opened road embraced the fairground.", False, False),
        ("The Summitville quarry reopened.", False, False),
    ],
)
def test_event_head_pre_checks(sentence: str, capitalised_head: bool,
                               lower_case_head: bool) -> None:
    assert may_name_event(sentence, 0, len(sentence)) == capitalised_head
    assert may_hold_event_noun(sentence, 0, len(sentence)) == lower_case_head


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("A ferry sank off Vik. The crew swam ashore.", 0, 21),
        ("A ferry sank off Vik. The crew swam ashore.", 22, 43),
        ("A ferry sank off Vik. The crew swam ashore.", 2, 14),
        ("A ferry sank off Vik. The crew swam ashore.", 3, 12),  # cuts inside two words
        ("Ferry", 0, 5),
        ("", 0, 0),
    ],
)
def test_tokens_between_keeps_whole_tokens_inside(sentence: str, start: int, end: int) -> None:
    doc = Document(sentence)
    expected = [t for t in doc.tokens if start <= t.start and t.end <= end]
    assert tokens_between(doc, start, end) == expected


@pytest.mark.parametrize(
    ("lead", "location"),
    [
        ("The talks were held in Geneva on Monday.", "Geneva"),
        ("The award was handed out at the Grand Harbour Hall in Bergen, Norway, on Friday.",
         "Grand Harbour Hall in Bergen, Norway"),
        ("Fishermen found the boat near Lofoten after a storm.", "Lofoten"),
        ("Scores were posted at the Oslo Convention Centre this weekend.",
         "Oslo Convention Centre"),
        ("Police in Springfield, Ohio, said the road was closed.", "Springfield, Ohio"),
        # a place noun before "of": the name after it
        ("Fishermen rescued the crew off the coast of Lofoten, Norway, on Sunday.",
         "Lofoten, Norway"),
        ("The boat sank near the small northern town of Vik on Sunday.", "Vik"),
        ("The ferry ran aground off Lofoten in the storm.", "Lofoten"),
        ("Walkers found the wreck along the Harbour Road after the storm.", "Harbour Road"),
        # a known place naming the event
        ("The Ohio state primary drew a record turnout on Tuesday.", "Ohio"),
        ("Voters queued for hours before the Norway referendum closed.", "Norway"),
        # an event held in a city: the city
        ("The mayor spoke at the Northern Ports Summit in Tromsø on Monday.", "Tromsø"),
    ],
)
def test_location_from_the_lead(lead: str, location: str) -> None:
    event = event_of("Port news\n\n" + lead + "\n")
    assert event.location is not None and event.location.text == location


@pytest.mark.parametrize(
    "lead",
    [
        "The minister spoke in English to the crowd.",  # a language
        "The match was played in March before a small crowd.",  # a month
        "Our reporter worked in Norwegian newspapers for years.",  # a modifier
        "She won gold in the Nordic Robot Olympics on Saturday.",  # an event, not a place
        "The files are in Congress now.",
        # a known place before a noun that is no event
        "The Ohio State football team won again on Saturday.",
        "Norway President Ola Berg opened the new harbour.",
        # a place inside a quotation is the speaker's
        'The mayor said the town needs "a real harbour in Vik" before the summer.',
        "The mayor said the town needs “a real harbour in Vik” before the summer.",
    ],
)
def test_not_a_location(lead: str) -> None:
    assert event_of("Port news\n\n" + lead + "\n").location is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a place and a dash opening the lead below a picture caption: a late dateline
        ("Port news\n\nMonday, May 4, 2020\n\nThe ferry at the quay. Image: Ola Berg.\n\n"
         "Tromsø, Norway - The ferry sank in the storm on Sunday with forty people on "
         "board.\n", "Tromsø, Norway"),
        # no place in the lead: the place of a sentence-case headline ...
        ("Ferry sinks in a storm off Lofoten\n\nThe old car ferry sank on Sunday with forty "
         "people on board.\n", "Lofoten"),
        # ... not of a Title Case one, where a name's end cannot be seen
        ("Ferry Sinks Off Lofoten In Storm\n\nThe old car ferry sank on Sunday with forty "
         "people on board.\n", None),
    ],
)
def test_location_outside_the_lead_sentences(text: str, location: str | None) -> None:
    event = event_of(text)
    assert (event.location.text if event.location else None) == location


def test_location_skips_a_person_mention() -> None:
    text = "Port news\n\nThe prize went to the crew in Jordan Hale's boat.\n"
    start = text.index("Jordan Hale")
    person = Participant("Jordan Hale", "person", None, (Span("Jordan Hale", start, start + 11),))
    assert event_of(text, participants=(person,)).location is None


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the dateline place wins over a place elsewhere in the lead ...
        ("Harbour news.\nOSLO 2001-11-02\nThe ministry said ferries in Bergen will be late.\n",
         "OSLO"),
        # ... unless the lead's place names the dateline city
        ("Harbour news.\nBERGEN 2001-11-02\nThe vote took place at the Town Hall in Bergen "
         "on Friday.\n", "Town Hall in Bergen"),
        # no place in the lead: the dateline place
        ("OSLO, Nov. 2 (Reuters) - The council voted for the plan on Friday.\n", "OSLO"),
    ],
)
def test_location_and_dateline(text: str, location: str) -> None:
    event = event_of(text)
    assert event.location is not None and event.location.text == location


def timex(text: str, phrase: str, value: str, kind: str = "DATE") -> Timex:
    start = text.index(phrase)
    return Timex(phrase, start, start + len(phrase), kind, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lead", "timexes", "expected"),
    [
        # the report's date is left out; the event's date is kept
        ("On Thursday, the ministry reported that it had joined the Harbour Safety Summit, "
         "held in Oslo on March 3.",
         [("Thursday", "2020-03-05"), ("March 3", "2020-03-03")], "2020-03-03"),
        ("The ferry sank on Sunday, the coast guard said on Monday.",
         [("Sunday", "2020-03-01"), ("Monday", "2020-03-02")], "2020-03-01"),
        # only a report date: never the event's date
        ("The coast guard said on Monday that the ferry had sunk.",
         [("Monday", "2020-03-02")], None),
        ("On Monday, the coast guard reported that the ferry sank in the night.",
         [("Monday", "2020-03-02")], None),
        ("The old ferry will be sold, the company said in a statement on Monday.",
         [("Monday", "2020-03-02")], None),
        # an announcement that is itself the news dates it ...
        ("The ferry company announced on Monday that it will sell its two oldest boats.",
         [("Monday", "2020-03-02")], "2020-03-02"),
        # ... unless it announces what happened before it
        ("The ferry company announced on Monday that its oldest boat had sunk.",
         [("Monday", "2020-03-02")], None),
        # without a day, a week will do; a day comes first
        ("The ferry sank off the coast last week in a storm.",
         [("last week", "2020-W09")], "2020-W09"),
        ("The ferry that sank last week was found on Sunday.",
         [("last week", "2020-W09"), ("Sunday", "2020-03-01")], "2020-03-01"),
        # a time of the day keeps its day
        ("Crowds filled the square on Saturday night for the opening.",
         [("Saturday night", "2020-02-29TNI")], "2020-02-29TNI"),
        # a month or a year alone is not the day of the event
        ("The ferry service started in March 2020 with two boats.",
         [("March 2020", "2020-03")], None),
        ("The ferry sank on a day nobody can name.", [], None),
    ],
)
def test_event_date(lead: str, timexes: list[tuple[str, str]], expected: str | None) -> None:
    text = "Port news\n\n" + lead + "\n"
    dates = tuple(timex(text, phrase, value) for phrase, value in timexes)
    event = event_of(text, dates=dates)
    assert (event.date.value if event.date else None) == expected


@pytest.mark.parametrize(
    ("body", "timexes", "expected"),
    [
        # another paragraph: its dates are not the event's
        ("The ferry sank.\nA new ferry arrived yesterday.", [("yesterday", "2020-03-01")],
         None),
        # the same paragraph: a day named relative to the story's date is the news ...
        ("The old ferry has been found on the rocks. It sank yesterday in a storm.",
         [("yesterday", "2020-03-01")], "2020-03-01"),
        # ... an absolute date there is more often background
        ("The old ferry has been found on the rocks. It was built on May 4, 1990.",
         [("May 4, 1990", "1990-05-04")], None),
        # ... unless a clause opening the sentence sets it in the background
        ("The senator is hoping for a win in the next vote. After a defeat on Tuesday, she "
         "has changed her campaign.", [("Tuesday", "2020-02-25")], None),
        # ... and a report's date never is
        ("The old ferry has been found on the rocks. The coast guard said so on Sunday.",
         [("Sunday", "2020-03-01")], None),
    ],
)
def test_event_date_from_the_rest_of_the_lead(
    body: str, timexes: list[tuple[str, str]], expected: str | None
) -> None:
    text = "Port news\n\nMonday, March 2, 2020\n\n" + body + "\n"
    dates = tuple(timex(text, phrase, value) for phrase, value in timexes)
    event = event_of(text, dates=dates)
    assert (event.date.value if event.date else None) == expected


@pytest.mark.parametrize(
    ("lead", "timexes", "expected"),
    [
        # a past event resolved after the story's date (Monday, March 2) is a mistake
        ("The ferry festival took place at the harbour this weekend.",
         [("this weekend", "2020-W10-WE")], None),
        ("The ferry sank on Friday.", [("Friday", "2020-03-06")], None),
        # a relative day resolved far from the story's date is a mistake
        ("The ferry sank 24 hours ago.", [("24 hours ago", "2020-02-08")], None),
        ("The ferry sank on Friday.", [("Friday", "2019-02-28")], None),
        ("The ferry sank 24 hours ago.", [("24 hours ago", "2020-03-01")], "2020-03-01"),
        # a sentence about the future may have a later date
        ("The new ferry will arrive on Friday.", [("Friday", "2020-03-06")], "2020-03-06"),
        ("The ferry sank on Friday.", [("Friday", "2020-02-28")], "2020-02-28"),
        # ... and a sentence about the future has no past event
        ("The harbour will reopen after the holiday that began on Friday.",
         [("Friday", "2020-02-28")], None),
    ],
)
def test_event_date_after_the_story_date(
    lead: str, timexes: list[tuple[str, str]], expected: str | None
) -> None:
    text = "Port news\n\nMonday, March 2, 2020\n\n" + lead + "\n"
    dates = tuple(timex(text, phrase, value) for phrase, value in timexes)
    event = event_of(text, dates=dates)
    assert (event.date.value if event.date else None) == expected


# ---------------------------------------------------------------- summary
LONG_LEAD = (
    "An old car ferry on its way to the northern islands sank off the coast early on Sunday "
    "morning in a strong wind"
)


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # a picture caption between the dateline and the lead is skipped
        ("Ferry sinks off the coast\n\nMonday, May 4, 2020\n\n"
         "the old ferry in 2015. Image: Port Authority.\n\n"
         "A ferry sank off the coast on Sunday, and all forty passengers were rescued.\n",
         "A ferry sank off the coast on Sunday, and all forty passengers were rescued."),
        # a lower-case caption, and a caption without a stop
        ("Ferry sinks\n\nMonday, May 4, 2020\n\nthe ferry at sea.\n\nThe ferry at the quay\n\n"
         "A ferry sank off the coast, and all forty passengers were rescued.\n",
         "A ferry sank off the coast, and all forty passengers were rescued."),
        # hard-wrapped lines of one sentence are one sentence
        ("FERRY - RESULTS OF THE HARBOUR RACES.\nOSLO, May 4 (Reuters) - Results of the "
         "harbour\nraces held on Sunday in a strong wind.\nFerry A 1 Ferry B 2\n",
         "Results of the harbour\nraces held on Sunday in a strong wind."),
        # a wrapped line breaking off after a function word, or before a bracket
        ("RACES - HARBOUR CUP RESULT.\nOSLO 2001-11-02\nThe Oslo crew drew 2-2 with\n"
         "Bergen in the harbour cup final on Friday.\nOslo 2 Bergen 2\n",
         "The Oslo crew drew 2-2 with\nBergen in the harbour cup final on Friday."),
        ("RACES - HARBOUR CUP RESULT.\nOSLO 2001-11-02\nOslo beat Bergen 2-1\n"
         "(halftime 1-0) in the harbour cup final on Friday:\nOslo 2 Bergen 1\n",
         "Oslo beat Bergen 2-1\n(halftime 1-0) in the harbour cup final on Friday:"),
        # a heading is no wrapped line
        ("Harbour vote\n\nMonday, May 4, 2020\n\nVote Results\n\nSeven council members voted "
         "for the new harbour plan on Sunday.\n",
         "Seven council members voted for the new harbour plan on Sunday."),
        # the dateline opening the paragraph is left out; the time phrase stays
        ("OSLO, May 4 (Reuters) -- On Sunday, a ferry sank off the coast with forty people "
         "on board.\n",
         "On Sunday, a ferry sank off the coast with forty people on board."),
        # the outlet speaking of itself is left out
        ("Ferry sinks\n\nThe Harbour Gazette has learned that a ferry sank off the coast on "
         "Sunday with forty people on board.\n",
         "a ferry sank off the coast on Sunday with forty people on board."),
        # one sentence only, even when the next one repeats the headline
        ("Ferry sinks, forty passengers rescued by fishermen\n" + LONG_LEAD + ". Fishermen "
         "rescued all forty passengers.\nThe cause is not known.\n", LONG_LEAD + "."),
        # a teaser, a quotation, a question and a sentence pointing back cannot stand alone
        ("Ferry sinks off the coast\nIt was a quiet night. The weather had been calm the day "
         "before the old ferry sank.\n",
         "The weather had been calm the day before the old ferry sank."),
        ("Ferry sinks off the coast\n\"We saw it go down in minutes,\" one fisherman said. "
         + LONG_LEAD + ".\n", LONG_LEAD + "."),
        ("Ferry sinks off the coast\nWhat happens when an old ferry meets a winter storm? "
         + LONG_LEAD + ".\n", LONG_LEAD + "."),
        ("Ferry sinks off the coast\nBut nobody on the quay had expected the storm that night. "
         + LONG_LEAD + ".\n", LONG_LEAD + "."),
        # a later sentence of the lead paragraph that names the headline's people wins ...
        ("Fisherman Ola Berg saves forty ferry passengers\nA winter storm hit the coast with "
         "little warning on Sunday night. Ola Berg, a local fisherman, pulled forty ferry "
         "passengers from the water.\n",
         "Ola Berg, a local fisherman, pulled forty ferry passengers from the water."),
        # a scene-setting lead that names none of the headline's names gives way to the
        # next sentence opening with them and naming them all; not to one naming only
        # some of them, nor to one naming them in passing
        ("Harbour pilot Kari Lund honoured for ferry rescue\nWord of a daring ferry rescue "
         "off the coast last month has moved people across the country. Kari Lund had "
         "guided a small vessel to safety in the storm.\n",
         "Kari Lund had guided a small vessel to safety in the storm."),
        ("Harbour pilot Kari Lund honoured for ferry rescue\nWord of a daring ferry rescue "
         "off the coast last month has moved people across the country. Lund had guided "
         "a small vessel to safety in the storm.\n",
         "Word of a daring ferry rescue off the coast last month has moved people across "
         "the country."),
        ("Harbour pilot Kari Lund honoured for ferry rescue\nWord of a daring ferry rescue "
         "off the coast last month has moved people across the country. Few knew how "
         "Kari Lund had guided a small vessel to safety.\n",
         "Word of a daring ferry rescue off the coast last month has moved people across "
         "the country."),
        # ... but a sentence of a later paragraph does not: it tells background
        ("Fisherman Ola Berg saves forty ferry passengers\nA winter storm hit the coast with "
         "little warning on Sunday night.\nOla Berg, a local fisherman, pulled forty ferry "
         "passengers from the water.\n",
         "A winter storm hit the coast with little warning on Sunday night."),
    ],
)
def test_summary_is_one_news_sentence(text: str, summary: str) -> None:
    event = event_of(text)
    assert event.summary is not None and event.summary.text == summary
    assert text[event.summary.start:event.summary.end] == summary


# Sentences of more than 44 words, and the summary they are cut to (about 40 at most).
PORT = "The port authority of Vik, a small fishing town in the far north with two islands,"


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        # a relative clause at the end goes
        (f"{PORT} approved a new ferry terminal with room for three large boats on Monday "
         "night, which will replace the old wooden quay that was damaged by the winter storms "
         "of the last two years.",
         f"{PORT} approved a new ferry terminal with room for three large boats on Monday "
         "night"),
        # a participial clause, when the attribution after it is not enough
        (f"{PORT} closed the harbour to all traffic for two days after a cargo ship ran "
         "aground near the entrance, blocking the only channel for the whole fishing fleet "
         "of the town, the coast guard said in a statement on Tuesday.",
         f"{PORT} closed the harbour to all traffic for two days after a cargo ship ran "
         "aground near the entrance"),
        # a reduced clause ("held in ...") with the parenthesis closing the sentence
        (f"{PORT} took part in the first Nordic Ferry Safety Conference for small operators "
         "and their crews and the harbour masters of the coast, held in Bergen on May 20 "
         "(local time).",
         f"{PORT} took part in the first Nordic Ferry Safety Conference for small operators "
         "and their crews and the harbour masters of the coast"),
        # a clause after a dash
        (f"{PORT} has raised the fares for the island ferries by a fifth for the coming "
         "summer season — a rise that local shops and the tourist office say will keep many "
         "day visitors away.",
         f"{PORT} has raised the fares for the island ferries by a fifth for the coming "
         "summer season"),
        # no clause boundary: a time or place adjunct goes, after a content word
        (f"{PORT} opened the long awaited new fish market and the covered car park next to "
         "the old customs house on the western pier in the presence of the mayor and most of "
         "the town council.",
         f"{PORT} opened the long awaited new fish market and the covered car park next to "
         "the old customs house on the western pier"),
        # a clause after ", but" goes, even with a list after it
        (f"{PORT} has raised the ferry fares by a fifth for the summer, but the island shops, "
         "the hotels, cafes and the tourist office fear that many day visitors will stay "
         "away this year as a result.",
         f"{PORT} has raised the ferry fares by a fifth for the summer"),
        # a clause cut that keeps too little gives way to a phrase cut that keeps more
        ("The old ferry crew from the small island of Vik won the first prize on Sunday as "
         "hundreds of fishermen and their families from the whole northern coast crowded "
         "onto the quay near the old harbour office in the town to watch the boats race in "
         "the cold wind of the fjord.",
         "The old ferry crew from the small island of Vik won the first prize on Sunday as "
         "hundreds of fishermen and their families from the whole northern coast crowded "
         "onto the quay near the old harbour office in the town"),
        # ... also before a place made of a lower-case word and a name ("near downtown X")
        ("The old ferry crew of Vik won the first prize on Sunday as hundreds of fishermen "
         "and their families from the whole coast crowded onto the quay of the Old Harbour "
         "Office near downtown Vik to watch the boats race and cheer the crews under a grey "
         "sky and a cold wind from the dark fjord.",
         "The old ferry crew of Vik won the first prize on Sunday as hundreds of fishermen "
         "and their families from the whole coast crowded onto the quay of the Old Harbour "
         "Office"),
        # an opening clause goes when the rest fits
        ("With the old terminal closed for repairs since the storms of last winter and no "
         f"money left in the budget, {PORT} has asked the government for an emergency loan "
         "of two million crowns.",
         f"{PORT} has asked the government for an emergency loan of two million crowns."),
    ],
)
def test_long_sentence_is_cut_at_a_clause_boundary(sentence: str, summary: str) -> None:
    text = "Harbour news\n\n" + sentence + "\n"
    event = event_of(text)
    assert event.summary is not None and event.summary.text == summary
    assert text[event.summary.start:event.summary.end] == summary
    assert len(summary.split()) <= 40


TERMINAL = ("approved a new ferry terminal with room for three large boats and a covered hall "
            "for the passengers, which will replace the old wooden quay")


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        # an opening time phrase and an attribution tail go before any content
        (f"On Tuesday, {PORT} {TERMINAL}, the mayor said.", f"{PORT} {TERMINAL}"),
        (f"According to the mayor and the harbour master, {PORT} {TERMINAL}.",
         f"{PORT} {TERMINAL}."),
        (f"{PORT} {TERMINAL}, the harbour master told reporters on Monday.",
         f"{PORT} {TERMINAL}"),
        (f"{PORT} closed the harbour to all traffic for two days after a cargo ship ran "
         "aground near the entrance, blocking the only channel for the fishing fleet, the "
         "coast guard said in a statement on Tuesday.",
         f"{PORT} closed the harbour to all traffic for two days after a cargo ship ran "
         "aground near the entrance, blocking the only channel for the fishing fleet"),
        # a tail that goes on after the attribution is content: the usual cut instead
        (f"On Tuesday, {PORT} {TERMINAL}, the mayor said, before the vote.",
         f"On Tuesday, {PORT} approved a new ferry terminal with room for three large boats "
         "and a covered hall for the passengers"),
    ],
)
def test_frame_goes_before_content(sentence: str, summary: str) -> None:
    text = "Harbour news\n\n" + sentence + "\n"
    event = event_of(text)
    assert len(sentence.split()) > 44
    assert event.summary is not None and event.summary.text == summary
    assert len(summary.split()) <= 44


@pytest.mark.parametrize(
    "sentence",
    [
        # the comma clause is an insertion: the main verb comes after it
        f"{PORT} and the three largest shipping companies of the region, which have argued "
        "about the plan for almost ten years without any result at all, finally signed the "
        "agreement for a new terminal on Monday.",
        # a parenthesis inside a phrase is no boundary
        f"{PORT} and the Northern Ferry Operators Association (NFOA) members agreed to pool "
        "their money for a new terminal and two new boats and a repair yard that the town "
        "has wanted for many years now.",
        # the "on" phrase is the object of a noun before it ("impact ... on"), no adjunct
        f"{PORT} has studied the likely impact of the new terminal and larger cargo ships "
        "over the coming decades on the fish stocks and the seabirds and seals of the whole "
        "northern fjord.",
        # a long opening clause that never closes: nowhere safe to cut
        "During the long and stormy night that followed the first heavy snowfall of the "
        "winter and the strongest winds in more than ten years along the whole northern "
        "coast and the islands the old car ferry lost power and drifted onto the rocks near "
        "the harbour.",
    ],
)
def test_long_sentence_without_a_safe_cut_is_kept_whole(sentence: str) -> None:
    event = event_of("Harbour news\n\n" + sentence + "\n")
    assert event.summary is not None and event.summary.text == sentence


IODINE_STUDY = (
    "A national study of school meals has found that many pupils in coastal towns are "
    "short of iodine and of the fish and salt that carry it."
)


@pytest.mark.parametrize(
    ("lead", "summary"),
    [
        # a finding with its source, but no event: the sentence telling the study wins
        ("Half of the pupils in the coastal towns are short of iodine in their diet, "
         "researchers say.", IODINE_STUDY),
        ("Half of the pupils in the coastal towns are short of iodine in their diet, "
         "according to researchers.", IODINE_STUDY),
        # a lead that tells what happened stays, and so does one without a source
        ("Half of the pupils in the coastal towns were found short of iodine in their diet, "
         "researchers say.",
         "Half of the pupils in the coastal towns were found short of iodine in their diet, "
         "researchers say."),
        ("Half of the pupils in the coastal towns are short of iodine in their diet.",
         "Half of the pupils in the coastal towns are short of iodine in their diet."),
    ],
)
def test_a_finding_lead_gives_way_to_the_event(lead: str, summary: str) -> None:
    text = f"Pupils in coastal towns short of iodine\n\n{lead} {IODINE_STUDY}\n"
    event = event_of(text)
    assert event.summary is not None and event.summary.text == summary


def test_a_finding_lead_stays_without_a_headline() -> None:
    lead = "Half of the pupils in the coastal towns are short of iodine, researchers say."
    text = f"OSLO, May 4 (Reuters) - {lead} {IODINE_STUDY}\n"
    event = event_of(text)
    assert event.summary is not None and event.summary.text == lead


def test_the_outlet_lead_in_takes_its_source_along() -> None:
    text = ("Ferry to stop\n\nThe Harbour Gazette has learned that according to a notice "
            "posted on Sunday, the old island ferry will stop running in May.\n")
    event = event_of(text)
    assert event.summary is not None
    assert event.summary.text == "the old island ferry will stop running in May."


ARREST_LEAD = ("A deckhand was arrested in Vik on Sunday after a fire destroyed the old "
               "harbour office.")
ARREST_NAMED = "Ola Berg, 34, a deckhand on the night ferry, was arrested at his home."


def person_named(text: str, *names: str) -> Participant:
    """A person with a mention at every place one of ``names`` stands in ``text``."""
    spans: list[Span] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            if not any(s.start <= start < s.end for s in spans):
                spans.append(Span(name, start, start + len(name)))
            start = text.find(name, start + len(name))
    spans.sort(key=lambda span: span.start)
    return Participant(names[0], "person", None, tuple(spans))


@pytest.mark.parametrize(
    ("lead", "named", "summary"),
    [
        # the lead leaves the person the story is about unnamed; the next sentence names
        # them first thing and tells the same news
        (ARREST_LEAD, ARREST_NAMED, ARREST_NAMED),
        # ... but not when the lead names them, or when the next sentence is about
        # something else or does not open with the name
        ("Ola Berg, a deckhand, was arrested in Vik on Sunday after a fire destroyed the old "
         "harbour office.", ARREST_NAMED, None),
        (ARREST_LEAD, "Ola Berg, 34, has worked on the night ferry for ten years.", None),
        (ARREST_LEAD, "The police said Ola Berg, 34, was arrested at his home.", None),
    ],
)
def test_a_delayed_identification_lead(lead: str, named: str, summary: str | None) -> None:
    rest = "Berg denies it. Berg had worked there for years. Berg has a lawyer. Berg is 34."
    text = f"Deckhand arrested after harbour fire\n\n{lead}\n\n{named} {rest}\n"
    people = (person_named(text, "Ola Berg", "Berg"),)
    event = event_of(text, participants=people)
    assert event.summary is not None and event.summary.text == (summary or lead)
    # the event's place and date still come from the lead
    assert event.location is not None and event.location.text == "Vik"


def test_summary_of_an_empty_article() -> None:
    event = event_of("")
    assert (event.summary, event.name, event.headline, event.location) == (None,) * 4


# ---------------------------------------------------------------- the seed article
SEED = Path(__file__).resolve().parents[1] / "seeds" / "un-north-korea-human-rights-meeting.txt"


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    event = event_of(text)
    assert event.headline is not None and event.headline.text.startswith(
        "The United Nations General Assembly held a high-level meeting")
    assert event.name is not None and event.name.text.endswith(
        "Plenary Meeting on North Korean Human Rights")
    assert event.name.text.startswith("79th UN General Assembly")
    assert event.location is not None and event.location.text == "New York"
    lead = event.summary
    assert lead is not None and "Ministry of Foreign Affairs" in lead.text


# ------------------------------------------------- cheap tests before the long patterns
@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("OSLO, May 4 - The ferry left.", "OSLO"),  # a month, no agency
        ("OSLO (NTB) - The ferry left.", "OSLO"),  # an agency, no month
        ("BERGEN, Norway, SEPT. 3 (Reuters) -- The ferry left.", "BERGEN, Norway"),
    ],
)
def test_agency_dateline_with_a_month_or_a_bracket(line: str, place: str) -> None:
    found = match_opening_dateline(line, 0, len(line))
    assert found is not None and found.place is not None
    assert line[found.place[0]:found.place[1]] == place


@pytest.mark.parametrize(
    "line",
    ["A high-level meeting - the first in years", "Mayor Ola Berg - a profile",
     "OSLO - harbour fees rise"],
)
def test_no_agency_dateline_without_month_or_bracket(line: str) -> None:
    assert match_opening_dateline(line, 0, len(line)) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday, July 21, 2017", "2017-07-21"),
        ("Updated 10:14 AM EDT, Fri May 21, 2021", "2021-05-21"),
        ("BERGEN 2019-08-30", "2019-08-30"),
        ("NAIROBI, Kenya --  ", None),  # a lone place line (trailing spaces) has no date
        ("Harbour fees rise in the spring", "no dateline"),
        ("Harbour fees rise - again", "no dateline"),
    ],
)
def test_line_datelines_behind_their_cheap_tests(line: str, expected: str | None) -> None:
    found = match_line_dateline(line, 0, len(line))
    if expected == "no dateline":
        assert found is None
    else:
        assert found is not None
        assert (found.date.isoformat() if found.date else None) == expected


@pytest.mark.parametrize(
    ("line", "found"),
    [("Taipei, Taiwan — The festival opened.", True), ("Taipei, Taiwan—The festival.", False),
     ("Taipei, Taiwan: The festival opened.", False)],
)
def test_place_dash_needs_a_space_before_the_dash(line: str, found: bool) -> None:
    assert (match_place_dash(line, 0, len(line)) is not None) == found


# ---------------------------------------------------------------- speed
@pytest.mark.parametrize(
    "chunk",
    ['"' * 1000, "ABC DEF GHI " * 100, "1996-08-30 " * 100, "said he said " * 100,
     "In Xx Yy, Zz " * 100, "OSLO, Nov. 2 (Reuters) - " * 40, "By " * 300,
     "The Ohio The Oslo state election, which " * 30, "off the coast of " * 60,
     "OSLO, Nov. 2, 2001 /PR Wire/ -- " * 30, "(CNN) — " * 100, "NEW DELHI: " * 80],
)
def test_layout_and_event_are_linear(chunk: str) -> None:
    text = (chunk * (1_000_000 // len(chunk)))[:1_000_000]
    for variant in (text, text.replace(" ", "\n")):
        doc = Document(variant)
        _ = (doc.sentences, doc.tokens)  # shared work, timed by the text module's own tests
        t0 = time.perf_counter()
        extract_event(doc, find_layout(doc), (), (), ())
        assert time.perf_counter() - t0 < 1.0  # the section runs at well over 1 MB/s
