"""Event: what happened, where and when, from the layout and the other sections' results.

- headline and dateline: from the layout;
- summary: the lead of the story (see ``summary``);
- name: a named event of the lead ("... Plenary Meeting on North Korean Human Rights"),
  else the headline, else the lead's first clause: a short "who did what";
- location: a place of the event's sentence ("in New York"), else the dateline place;
- date: the resolved day of the event's sentence, from the dates extractor.
"""

from __future__ import annotations

import re

from factsheet.event.layout import Layout, is_title_case
from factsheet.event.lexicon import STOPWORDS
from factsheet.event.phrases import find_named_event, find_place, tokens_between
from factsheet.event.summary import body_sentences, choose_summary
from factsheet.event.when import event_date
from factsheet.model import Event, Participant, Quote, Span, Timex
from factsheet.text import Document, Segment

# The named event and the place are looked for in the first sentences of the body only.
LEAD_SENTENCES = 3
# A "who did what" name is cut to this many words.
NAME_MAX_WORDS = 16
NAME_MIN_WORDS = 4

_SLUG = re.compile(r"[A-Z0-9][A-Z0-9&/.' ]{1,40}\s?-\s+")
# Where the main clause of a lead ends: punctuation, or a subordinate clause.
_CLAUSE_END = re.compile(
    r",\s|;\s|\s[—–]\s|\s--\s|:\s|\s\((?=\w)"
    r"|\s(?=(?:after|when|while|because|as|since|despite|although|which|who|amid)\s)"
)
_WORD = re.compile(r"\S+")
_PLACE_WORD = re.compile(r"[^\W_]+")


def extract_event(
    doc: Document,
    layout: Layout,
    dates: tuple[Timex, ...],
    participants: tuple[Participant, ...],
    quotes: tuple[Quote, ...],
) -> Event:
    """The main event of the article, from the other sections' results."""
    sentences = body_sentences(doc, layout)
    summary = choose_summary(doc, layout, sentences)
    lead = _lead_sentences(doc, sentences, summary)
    named, named_sentence = _named_event(doc, lead[:1], layout.headline)
    event_sentence = named_sentence or (lead[0] if lead else None)
    location = _location(doc, layout, lead, event_sentence, participants)
    return Event(
        headline=layout.headline,
        summary=summary,
        name=named or _fallback_name(doc, layout, summary),
        location=location,
        date=_event_day(doc, dates, event_sentence, named or location),
        dateline=layout.dateline,
    )


def _event_day(
    doc: Document, dates: tuple[Timex, ...], sentence: Segment | None, anchor: Span | None
) -> Timex | None:
    """The day of the event's sentence; the date nearest the event's name or place wins."""
    if sentence is None:
        return None
    if anchor is not None and not sentence.start <= anchor.start < sentence.end:
        anchor = None
    return event_date(doc.text, dates, sentence, (anchor.start, anchor.end) if anchor else None)


def _lead_sentences(
    doc: Document, sentences: list[Segment], summary: Span | None
) -> list[Segment]:
    """The sentences of the summary (whole: "On Friday, " dates the event), then the next
    ones of the lead paragraph."""
    if summary is None:
        return []
    out = [s for s in sentences if s.end > summary.start and s.start < summary.end]
    # Further sentences of the lead paragraph only: a later paragraph may be a caption.
    paragraph = doc.paragraph_at(summary.start)
    rest = [s for s in sentences[:LEAD_SENTENCES] if s.start >= summary.end
            and paragraph is not None and s.end <= paragraph.end]
    return out + rest


def _named_event(
    doc: Document, lead: list[Segment], headline: Span | None
) -> tuple[Span | None, Segment | None]:
    """A named event of the lead sentence, else of a sentence-case headline.

    Later sentences name events of the background ("... before the World Cup"), so they
    are not read.
    """
    for sent in lead:
        toks = tokens_between(doc, sent.start, sent.end)
        found = find_named_event(doc.text, toks, sent.start)
        if found is not None:
            return Span(doc.text[found[0]:found[1]], *found), sent
    # In capitals or in Title Case every word of a headline is capitalised: no evidence.
    if headline is not None and not headline.text.isupper() and not is_title_case(headline.text):
        toks = tokens_between(doc, headline.start, headline.end)
        found = find_named_event(doc.text, toks, headline.start)
        if found is not None:
            return Span(doc.text[found[0]:found[1]], *found), None
    return None, None


def _location(
    doc: Document,
    layout: Layout,
    lead: list[Segment],
    event_sentence: Segment | None,
    participants: tuple[Participant, ...],
) -> Span | None:
    """A place of the event's sentence, else of the lead, else the dateline place.

    A dateline names where the story was filed, which for most wire stories is where it
    happened; a place of the text that is elsewhere is as likely a side detail, so with a
    dateline the text place is kept only when it names the dateline city.
    """
    excluded = _people_and_organisations(participants)
    order = ([event_sentence] if event_sentence else []) + [s for s in lead if s != event_sentence]
    for sent in order:
        found = find_place(doc.text, tokens_between(doc, sent.start, sent.end), excluded)
        if found is None:
            continue
        place = Span(doc.text[found[0]:found[1]], *found)
        if layout.dateline_place is None or _names_city(place.text, layout.dateline_place.text):
            return place
        break
    return layout.dateline_place


def _names_city(place: str, dateline_place: str) -> bool:
    """ "Constitution Hall in Washington D.C." names the city of "WASHINGTON"."""
    city = _place_words(dateline_place.split(",")[0])
    return bool(city) and f" {city} " in f" {_place_words(place)} "


def _place_words(text: str) -> str:
    return " ".join(_PLACE_WORD.findall(text.lower().replace(".", "")))


def _people_and_organisations(participants: tuple[Participant, ...]) -> list[tuple[int, int]]:
    """Mentions that are not places (unless they name a venue): people and organisations."""
    return [(m.start, m.end) for p in participants if p.kind in ("person", "organization")
            for m in p.mentions]


def _fallback_name(doc: Document, layout: Layout, summary: Span | None) -> Span | None:
    """The headline (without its topic slug), else the first clause of the lead."""
    if layout.headline is not None:
        head = layout.headline
        start = head.start
        m = _SLUG.match(head.text)
        if m and m.end() < len(head.text):
            start += m.end()
        end = _drop_final_stop(doc.text, start, head.end)
        return Span(doc.text[start:end], start, end) if end > start else None
    if summary is None:
        return None
    return _first_clause(doc.text, summary)


def _drop_final_stop(text: str, start: int, end: int) -> int:
    """Leave out the headline's full stop, not an abbreviation's ("... in U.S.")."""
    while end > start and text[end - 1] in " ;:,":
        end -= 1
    last_word = text[start:end].rsplit(" ", 1)[-1]
    if last_word.endswith(".") and "." not in last_word[:-1] and len(last_word) > 2:
        end -= 1
    return end


def _first_clause(text: str, summary: Span) -> Span | None:
    """ "Fishermen rescued 700 asylum seekers" out of a long lead sentence."""
    words = list(_WORD.finditer(text, summary.start, summary.end))
    if len(words) < NAME_MIN_WORDS:
        return None
    limit = words[min(len(words), NAME_MAX_WORDS) - 1].end()
    floor = words[NAME_MIN_WORDS - 1].end()
    cut = _CLAUSE_END.search(text, floor, limit)
    end = cut.start() if cut else limit
    kept = [w for w in words if w.end() <= end]
    # A cut phrase does not end on "a", "the", "of"...: "inspired a global" -> "inspired".
    while len(kept) > NAME_MIN_WORDS and kept[-1].group().lower() in STOPWORDS:
        kept.pop()
    end = kept[-1].end()
    while end > summary.start and text[end - 1] in ".,;: ":
        end -= 1
    return Span(text[summary.start:end], summary.start, end)
