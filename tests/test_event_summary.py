"""Event summary: the news sentence when web-page clutter sits above the lead.

Captions, credit lines, share buttons and promotions are skipped without using up the
lead window; a caption beside a credit line is skipped too; a quotation lead that tells
the news after its attribution may be the summary. Every text below is invented.
"""

from __future__ import annotations

import re
import time

import pytest

from factsheet.event import extract_event
from factsheet.event.layout import Layout
from factsheet.event.lexicon import is_event_verb
from factsheet.event.summary import (
    LEAD_PARAGRAPHS,
    MAX_SKIPPED_LINES,
    _ends_with_stop,
    _is_credit,
    _stem,
    _stems,
    body_sentences,
)
from factsheet.model import Span
from factsheet.quotes import extract_quotes
from factsheet.text import Document, Segment

HEADLINE = "Vik council approves new ferry terminal"
LEAD = ("The council of Vik approved a new ferry terminal on Tuesday, ending two years of "
        "argument over who should pay for the harbour works.")
SECOND = ("The vote was seven to two after a long evening of debate in which dozens of "
          "fishermen and ferry passengers spoke, most of them in favour of the plan.")
SHORT_SECOND = "The works start in June."


def summary_of(lines: list[str], headline: str | None = HEADLINE) -> str | None:
    """The summary of an article made of a headline line and ``lines`` as paragraphs."""
    top = f"{headline}\n\n" if headline else ""
    text = top + "\n\n".join(lines) + "\n"
    layout = Layout(headline=Span(headline, 0, len(headline)) if headline else None,
                    body_start=len(top))
    doc = Document(text)
    event = extract_event(doc, layout, (), (), extract_quotes(doc, ()))
    if event.summary is None:
        return None
    assert text[event.summary.start:event.summary.end] == event.summary.text
    return event.summary.text


# ---------------------------------------------------------------- skipped lines
CLUTTER = ["Share", "Save", "Ola Berg", "Harbour News, Vik", "Image source, Harbour Photos",
           "Image caption, The old ferry terminal at the quay in 2015",
           "Listen to this article", "Advertisement"]


def test_skipped_lines_do_not_use_up_the_lead_window() -> None:
    assert len(CLUTTER) >= LEAD_PARAGRAPHS
    assert summary_of([*CLUTTER, LEAD, SECOND]) == LEAD


def test_the_lines_read_above_the_lead_are_bounded() -> None:
    clutter = ["Share"] * (LEAD_PARAGRAPHS + MAX_SKIPPED_LINES)
    assert summary_of([*clutter, LEAD, SECOND]) is None


def test_labelled_caption_with_a_stop_is_skipped() -> None:
    caption = "Image caption, The old ferry terminal was closed after the storm in March."
    assert summary_of([caption, LEAD, SECOND]) == LEAD


# ---------------------------------------------------------------- promotions
@pytest.mark.parametrize(
    "promo",
    [
        "Sign up for our free evening newsletter to get the harbour news in your inbox.",
        "Subscribe to the Harbour Gazette for full access to every story on the coast.",
        "Follow us on social media for live updates from the coast and the islands.",
        "Click here to read all of our coverage of the winter storms on the coast.",
        "Download our app to get breaking news alerts about the ferries on your phone.",
        "Listen to this article: four minutes, read by a member of our newsroom.",
        "Read more: Ferry operator fined for late sailings during the summer season.",
        "Advertisement.",
        "  Sign up for our free evening newsletter: the harbour news in your inbox.",
        "Get the day's harbour news in your inbox every morning with our free alerts.",
        "Don’t miss a story: our morning briefing brings the coast to your door.",
    ],
)
def test_promotion_lines_are_skipped(promo: str) -> None:
    assert summary_of([promo, LEAD, SECOND]) == LEAD


@pytest.mark.parametrize(
    "lead",
    [
        # promotion words in a story sentence: no reader addressed, or no promotion opener
        "Subscribers to the harbour ferry pass will pay twice as much from Monday, the "
        "ferry company said on Friday.",
        "A newsletter sent to ferry passengers on Friday warned that the crossing would "
        "close for a week in June.",
        "Advertising on the old ferries will be banned from next year under a plan "
        "approved by the council on Tuesday.",
    ],
)
def test_story_sentences_with_promotion_words_stay(lead: str) -> None:
    assert summary_of([lead, SECOND]) == lead


# ---------------------------------------------------------------- credit lines
@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Ola Berg / The Harbour Gazette", True),
        ("Ola Berg/AFP", True),
        ("AP Photo/Ola Berg", True),
        ("Photo: Kari Lund", True),
        ("Photo by Kari Lund", True),
        ("Photograph: Kari Lund/Harbour Photos", True),
        ("Image source, Harbour Photos", True),
        ("Courtesy of the Vik fire service", True),
        ("(Getty Images)", True),
        ("(AP Photo)", True),
        # no credit: a name, a place, a station tag, a heading, a sentence, a date
        ("Ola Berg", False),
        ("Harbour News, Vik", False),
        ("VIK/BERGEN", False),
        ("Pictures from the harbour", False),
        ("Photos show the harbour after the storm.", False),
        ("(Updated)", False),
        ("on the 9/11 anniversary", False),
        ("Estimated price range N / A", False),
        ("Ola Berg / The Harbour Gazette / with reporting by Kari Lund in the harbour town",
         False),
    ],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert _is_credit(line, 0, len(line)) == credit


CAPTION = "Mayor Kari Lund speaks to reporters at the quay after the vote."


@pytest.mark.parametrize(
    "lines",
    [
        # the caption above its credit line, the lead below it
        [CAPTION, "Ola Berg / The Harbour Gazette", LEAD, SECOND],
        [CAPTION, "Photo: Ola Berg", LEAD, SECOND],
        [CAPTION, "(Getty Images)", LEAD, SECOND],
        # the credit first, its caption below it, then the longer lead
        ["Ola Berg/Harbour Gazette", "The old terminal has been closed since the storms.",
         LEAD, SECOND],
        ["Photo by Ola Berg", CAPTION, LEAD, SECOND],
    ],
)
def test_a_caption_beside_a_credit_line_is_skipped(lines: list[str]) -> None:
    assert summary_of(lines) == LEAD


SHORT_LEAD = "The council of Vik approved a new ferry terminal on Tuesday."


@pytest.mark.parametrize(
    ("lines", "summary"),
    [
        # a credit line below a lead of over 20 words: the lead is no caption
        ([LEAD, "Ola Berg / The Harbour Gazette", SECOND], LEAD),
        # a credit above a short lead that a shorter paragraph follows: the lead stays
        (["Photo: Ola Berg", SHORT_LEAD, SHORT_SECOND], SHORT_LEAD),
        # a byline name is no credit: the short lead below it stays
        (["Ola Berg", SHORT_LEAD, SECOND], SHORT_LEAD),
        # a short lead above a bare credit line tells more of the headline than the
        # paragraph below: no caption
        ([SHORT_LEAD, "Photo: Ola Berg", SECOND], SHORT_LEAD),
        (["Photo: Ola Berg", SHORT_LEAD, SECOND], SHORT_LEAD),
    ],
)
def test_a_lead_beside_a_credit_line_stays(lines: list[str], summary: str) -> None:
    assert summary_of(lines) == summary


# ---------------------------------------------------------------- quotation leads
QUOTE_LEAD = ('"This is the best deal we could get," Mayor Kari Lund said on Tuesday after '
              "the council approved a new ferry terminal for the harbour of Vik.")


@pytest.mark.parametrize(
    ("lines", "headline", "summary"),
    [
        # the news told after the attribution, and more of the headline than paragraph 2
        ([QUOTE_LEAD, SECOND], HEADLINE, QUOTE_LEAD),
        ([QUOTE_LEAD.replace('"', "“", 1).replace('," ', ',” ', 1), SECOND], HEADLINE,
         QUOTE_LEAD.replace('"', "“", 1).replace('," ', ',” ', 1)),
        # without a headline there is no evidence: the next paragraph stays
        ([QUOTE_LEAD, SECOND], None, SECOND),
        # only an attribution after the quotation
        (['"This is the best deal we could get for the harbour of Vik," Mayor Kari Lund '
          "told reporters at the quay on Tuesday evening.", SECOND], HEADLINE, SECOND),
        # a second quotation after the attribution: a sentence of quotes
        (['"This is the best deal," Mayor Kari Lund said after the council approved the '
          'ferry terminal, "and Vik will be proud."', SECOND], HEADLINE, SECOND),
        # a sentence of the lead paragraph that stands alone wins, as before
        (['"We waited years," one fisherman said. ' + LEAD, SECOND], HEADLINE, LEAD),
    ],
)
def test_a_quotation_lead_that_tells_the_news(
    lines: list[str], headline: str | None, summary: str
) -> None:
    assert summary_of(lines, headline) == summary


# ---------------------------------------------------------------- named events
@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("More than 9,000 people came to the Vik Harbour Boat Show on Saturday.",
         "Vik Harbour Boat Show"),
        ("The Northern Ports Song Contest was held in Tromsø on Saturday evening.",
         "Northern Ports Song Contest"),
        ("Fans crowded the quay as the Coastal Ferry Series reached its final race.",
         "Coastal Ferry Series"),
        ("The Grand Fjord Tour set off from the harbour of Vik on Saturday morning.",
         "Grand Fjord Tour"),
    ],
)
def test_named_events_with_new_heads(lead: str, name: str) -> None:
    text = f"Port news\n\n{lead}\nMore details followed later in the day.\n"
    layout = Layout(headline=Span("Port news", 0, 9), body_start=11)
    doc = Document(text)
    event = extract_event(doc, layout, (), (), extract_quotes(doc, ()))
    assert event.name is not None and event.name.text == name


@pytest.mark.parametrize(
    "lead",
    [
        "A new TV series about the ferry crews of Vik was filmed on the quay on Saturday.",
        "Visitors were given a tour of the harbour works on Saturday by the mayor.",
        "The ferry company will show the plans for the new terminal on Saturday.",
    ],
)
def test_lower_case_heads_are_no_named_event(lead: str) -> None:
    text = f"Port news\n\n{lead}\nMore details followed later in the day.\n"
    layout = Layout(headline=Span("Port news", 0, 9), body_start=11)
    doc = Document(text)
    event = extract_event(doc, layout, (), (), extract_quotes(doc, ()))
    assert event.name is not None and event.name.text == "Port news"


# ---------------------------------------------------------------- speed
@pytest.mark.parametrize(
    "chunk",
    ["Share\n", "Photo: A\n", "A / B\n", "(Getty Images)\n", "Sign up for your newsletter.\n",
     '"a," said b after c approved d e f g h i. ', '"' * 999 + "\n", "Photo by A/B C. ",
     "Advertisement.\n\n", "Image caption, A\nA / B\nC d e.\n"],
)
def test_summary_is_linear(chunk: str) -> None:
    text = "Port news\n\n" + (chunk * (1_000_000 // len(chunk)))[:1_000_000]
    doc = Document(text)
    _ = (doc.sentences, doc.tokens)  # shared work, timed by the text module's own tests
    layout = Layout(headline=Span("Port news", 0, 9), body_start=11)
    t0 = time.perf_counter()
    extract_event(doc, layout, (), (), ())
    assert time.perf_counter() - t0 < 1.0


# The plain pattern the end-read test stands for: a stop, then closing marks.
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*$")


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("The ferry left at noon.", True),
        ("Results on Saturday:", True),
        ('"We will build it," she said!"', True),
        ("He asked why.\u201d)", True),
        ("A line with a stop inside. then more", False),
        ("Photo: Ola Berg", False),
        ("The last word.\n", True),
        ("The last word.\n\n", False),
        ("The last word. ", False),
        ("...", True),
        ('")', False),
        ("", False),
    ],
)
def test_ends_with_stop_reads_as_the_pattern(line: str, ends: bool) -> None:
    """The stop test read from the end says what the sentence-end pattern says."""
    assert _ends_with_stop(line) is ends
    assert (_SENTENCE_END.search(line) is not None) is ends



@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ferries sailed north", "Bridges opened today"),
        ("Vik builds a harbour", "Oslo sells its ferry"),
    ],
)
def test_stems_kept_for_one_article_only(first: str, second: str) -> None:
    """Stems kept by offsets are never taken for another article's sentence there."""
    span = Segment(0, len(first))
    assert len(first) == len(second)
    assert _stems(first, span) == {_stem(w.lower()) for w in first.split()}
    assert _stems(second, span) == {_stem(w.lower()) for w in second.split()}
    assert _stems(first, span) == {_stem(w.lower()) for w in first.split()}


@pytest.mark.parametrize(
    ("word", "exceptions", "tells"),
    [
        ("arrested", frozenset(), True),
        ("took", frozenset(), True),
        ("will", frozenset(), True),
        ("owed", frozenset(), False),  # too short to be told from a noun in "-ed"
        ("Arrested", frozenset(), False),
        ("runs", frozenset(), False),
        ("reported", frozenset({"reported"}), False),
        ("based", frozenset({"based"}), False),
    ],
)
def test_is_event_verb(word: str, exceptions: frozenset[str], tells: bool) -> None:
    assert is_event_verb(word, exceptions) == tells


def test_a_credit_line_has_one_caption() -> None:
    # The short line above the credit is its caption; the short line below it, before a
    # longer paragraph, stays in the story (a credit line does not take two captions).
    lines = ["A crowd watched the first ferry arrive.", "Photo: Kari Lund",
             "Vik builds a new ferry terminal.", LEAD, SECOND, SHORT_SECOND, SECOND]
    top = f"{HEADLINE}\n\n"
    text = top + "\n\n".join(lines) + "\n"
    layout = Layout(headline=Span(HEADLINE, 0, len(HEADLINE)), body_start=len(top))
    kept = [text[s.start:s.end] for s in body_sentences(Document(text), layout)]
    assert kept == lines[2:LEAD_PARAGRAPHS + 2]
