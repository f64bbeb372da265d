"""Event: what happened, where and when, from the layout and the other sections' results.

- headline and dateline: from the layout;
- summary: the one sentence that carries the news, cut to about 40 words (``summary``,
  ``trim``);
- name: a named event of the lead sentence ("... Plenary Meeting on North Korean Human
  Rights"), else of a sentence-case headline, else of the next lead sentences when the
  headline speaks of it, else the headline, else the lead's first clause;
- location: a place of the event's sentence or of the rest of the lead paragraph ("in New
  York", "off the coast of Aceh"), else a known place naming the event ("the Ohio
  primary"), else the dateline place, else the place of a sentence-case headline;
- date: the resolved day (else week) of the event's sentence, else a day named relative to
  the story's date in the rest of the lead paragraph; never the date of a report (``when``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from factsheet.event.datelines import match_place_dash
from factsheet.event.layout import Layout
from factsheet.event.lexicon import EVENT_HEADS, STOPWORDS
from factsheet.event.phrases import (
    find_named_event,
    find_place,
    find_place_of_event_noun,
    may_hold_event_noun,
    may_name_event,
    tokens_between,
)
from factsheet.event.summary import body_sentences, choose_summary
from factsheet.event.trim import main_clause_start
from factsheet.event.when import event_date, follow_up_day
from factsheet.model import Event, Participant, Quote, Span, Timex

# Country, region and city names of the participants section (general knowledge).
from factsheet.participants.lexicon import PLACES
from factsheet.text import SPACED_WORD, Document, LazyPattern, Segment, is_title_case

# Event heads that also name broadcasts ("The Jane Roe Show").
PROGRAMME_HEADS = frozenset({"show", "series"})
# The named event and the place are looked for in the first sentences of the body only.
LEAD_SENTENCES = 3
# A "who did what" name is cut to this many words.
NAME_MAX_WORDS = 16
NAME_MIN_WORDS = 4

_SLUG = LazyPattern(r"[A-Z0-9][A-Z0-9&/.' ]{1,40}\s?-\s+")
# Where the main clause of a lead ends: punctuation, or a subordinate clause.
_CLAUSE_END = LazyPattern(
    r",\s|;\s|\s[—–]\s|\s--\s|:\s|\s\((?=\w)"
    r"|\s(?=(?:after|when|while|because|as|since|despite|although|which|who|amid)\s)"
)
_PLACE_WORD = re.compile(r"[^\W_]+")


def extract_event(
    doc: Document,
    layout: Layout,
    dates: tuple[Timex, ...],
    participants: tuple[Participant, ...],
    quotes: tuple[Quote, ...],
    reference_date: date | None = None,
) -> Event:
    """The main event of the article, from the other sections' results.

    ``reference_date`` is the date relative expressions were resolved against (given, or
    the dateline's); it tells a past event's date from a coming one."""
    sentences = body_sentences(doc, layout)
    summary, news = choose_summary(doc, layout, sentences, participants, quotes)
    lead = _lead_sentences(doc, sentences, news)
    named, named_sentence = _named_event(doc, lead, layout.headline)
    if named is not None and _is_programme(named, participants):
        named, named_sentence = None, None
    event_sentence = named_sentence or (lead[0] if lead else None)
    location = _location(doc, layout, lead, event_sentence, participants)
    when = _event_day(doc, dates, event_sentence, lead, named or location, reference_date)
    return Event(
        headline=layout.headline,
        summary=summary,
        name=named or _fallback_name(doc, layout, summary),
        location=location,
        date=when,
        dateline=layout.dateline,
    )


def _event_day(
    doc: Document,
    dates: tuple[Timex, ...],
    sentence: Segment | None,
    lead: list[Segment],
    anchor: Span | None,
    reference: date | None,
) -> Timex | None:
    """The day of the event's sentence (the date nearest the event's name or place wins),
    else a day named relative to the story's date in the rest of the lead paragraph."""
    if sentence is None:
        return None
    if anchor is not None and not sentence.start <= anchor.start < sentence.end:
        anchor = None
    span = (anchor.start, anchor.end) if anchor else None
    found = event_date(doc.text, dates, sentence, span, reference)
    if found is not None:
        return found
    paragraph = doc.paragraph_at(sentence.start)
    rest = [s for s in lead if s.start > sentence.start
            and paragraph is not None and s.end <= paragraph.end]
    return follow_up_day(doc.text, dates, rest, reference)


def _lead_sentences(
    doc: Document, sentences: list[Segment], news: Segment | None
) -> list[Segment]:
    """The news sentence (whole: "On Friday, " dates the event), then the others of the
    lead paragraph among the first sentences."""
    if news is None:
        return []
    out = [s for s in sentences if s.end > news.start and s.start < news.end]
    # Further sentences of the lead paragraph only: a later paragraph may be a caption.
    paragraph = doc.paragraph_at(news.start)
    rest = [s for s in sentences[:LEAD_SENTENCES] if s not in out
            and paragraph is not None and paragraph.start <= s.start and s.end <= paragraph.end]
    return out + rest


def _named_event(
    doc: Document, lead: list[Segment], headline: Span | None
) -> tuple[Span | None, Segment | None]:
    """A named event of the lead sentence, else of a sentence-case headline, else of the
    next lead sentences when the headline speaks of it.

    Later sentences also name events of the background ("... before the World Cup"), so
    there a name is only taken when the headline speaks of the same event ("a high-level
    meeting" for the "... Plenary Meeting on ...").
    """
    for sent in lead[:1]:
        found = _find_named(doc, sent.start, sent.end)
        if found is not None:
            return found, sent
    if headline is None:
        return None, None
    # In capitals or in Title Case every word of a headline is capitalised: no evidence.
    if not headline.text.isupper() and not is_title_case(headline.text):
        found = _find_named(doc, headline.start, headline.end)
        if found is not None:
            return found, None
    for sent in lead[1:]:
        found = _find_named(doc, sent.start, sent.end)
        if found is not None and _headline_speaks_of(headline.text, found.text):
            return found, sent
    return None, None


def _is_programme(name: Span, participants: tuple[Participant, ...]) -> bool:
    """ "The Jane Roe Show", "the Sam Tully Hour series": a broadcast named after its host
    (a person of the participants named in it), not an event like "the Oslo Air Show"."""
    last = _PLACE_WORD.findall(name.text)[-1:]
    if not last or last[0].lower() not in PROGRAMME_HEADS:
        return False
    words = f" {' '.join(_PLACE_WORD.findall(name.text))} "
    return any(f" {' '.join(_PLACE_WORD.findall(p.name))} " in words
               for p in participants if p.kind == "person")


def _find_named(doc: Document, start: int, end: int) -> Span | None:
    if not may_name_event(doc.text, start, end):
        return None
    found = find_named_event(doc.text, tokens_between(doc, start, end), start)
    return Span(doc.text[found[0]:found[1]], *found) if found is not None else None


def _headline_speaks_of(headline: str, name: str) -> bool:
    """The headline holds the name's head noun ("meeting") or two of its other words."""
    head_words = {_singular(w) for w in _PLACE_WORD.findall(headline.lower())}
    words = [_singular(w) for w in _PLACE_WORD.findall(name.lower()) if w not in STOPWORDS]
    heads = [w for w in words if w in EVENT_HEADS or f"{w}s" in EVENT_HEADS]
    if any(h in head_words for h in heads):
        return True
    return len({w for w in words if w in head_words}) >= 2


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


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
    excluded = _NamedMentions(participants)
    dateline_place = layout.dateline_place or _late_dateline_place(doc, lead)
    order = ([event_sentence] if event_sentence else []) + [s for s in lead if s != event_sentence]
    place = _first_place(doc, order, excluded)
    if place is not None and (dateline_place is None
                              or _names_city(place.text, dateline_place.text)):
        return place
    return dateline_place or _headline_place(doc, layout.headline, excluded)


def _first_place(doc: Document, order: list[Segment], excluded: Iterable[tuple[int, int]]
                 ) -> Span | None:
    """The first place after "in"/"at" in the sentences, else a known place naming the
    event in the first one ("the Hong Kong legislative election")."""
    for sent in order:
        found = find_place(doc.text, tokens_between(doc, sent.start, sent.end), excluded)
        if found is not None:
            return Span(doc.text[found[0]:found[1]], *found)
    # Only the event's own sentence: later ones name other contests ("before the Iowa
    # caucus").
    for sent in order[:1]:
        if not may_hold_event_noun(doc.text, sent.start, sent.end):
            continue
        toks = tokens_between(doc, sent.start, sent.end)
        found = find_place_of_event_noun(doc.text, toks, PLACES)
        if found is not None:
            return Span(doc.text[found[0]:found[1]], *found)
    return None


def _late_dateline_place(doc: Document, lead: list[Segment]) -> Span | None:
    """ "Evansville, Indiana - The ...": a place and a dash opening the lead sentence
    (below the pictures of a web page, so the layout did not see it as the dateline)."""
    if not lead:
        return None
    found = match_place_dash(doc.text, lead[0].start, lead[0].end)
    if found is None or found.place is None:
        return None
    start, end = found.place
    return Span(doc.text[start:end], start, end)


def _headline_place(doc: Document, headline: Span | None,
                    excluded: Iterable[tuple[int, int]]) -> Span | None:
    """ "Ferry sinks in a storm off Lofoten": the place of a sentence-case headline, when
    the lead names none. Title Case and capitals hide where a name ends."""
    if headline is None or headline.text.isupper() or is_title_case(headline.text):
        return None
    found = find_place(doc.text, tokens_between(doc, headline.start, headline.end), excluded)
    return Span(doc.text[found[0]:found[1]], *found) if found is not None else None


def _names_city(place: str, dateline_place: str) -> bool:
    """ "Constitution Hall in Washington D.C." names the city of "WASHINGTON"."""
    city = _place_words(dateline_place.split(",")[0])
    return bool(city) and f" {city} " in f" {_place_words(place)} "


def _place_words(text: str) -> str:
    return " ".join(_PLACE_WORD.findall(text.lower().replace(".", "")))


class _NamedMentions:
    """Mentions that are not places (unless they name a venue): people and organisations.
    Gathered on first use: most leads hold no place candidate that needs them, and the
    mentions of a long article are many."""

    def __init__(self, participants: tuple[Participant, ...]) -> None:
        self._participants = participants
        self._spans: list[tuple[int, int]] | None = None

    def __iter__(self) -> Iterator[tuple[int, int]]:
        if self._spans is None:
            self._spans = [(m.start, m.end) for p in self._participants
                           if p.kind in ("person", "organization") for m in p.mentions]
        return iter(self._spans)


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
    """ "Fishermen rescued 700 asylum seekers" out of a long lead sentence (without its
    opening clause: "On Friday, ", "According to the police, ")."""
    first = main_clause_start(text, summary.start, summary.end)
    summary = Span(text[first:summary.end], first, summary.end)
    words = list(SPACED_WORD.finditer(text, summary.start, summary.end))
    if len(words) < NAME_MIN_WORDS:
        return None
    limit = words[min(len(words), NAME_MAX_WORDS) - 1].end()
    floor = words[NAME_MIN_WORDS - 1].end()
    cut = _CLAUSE_END.search(text, floor, limit)
    end = cut.start() if cut else limit
    # A word that the cut's comma ends ("district,") is kept, without the comma.
    kept = [w for w in words if w.start() < end]
    # A cut phrase does not end on "a", "the", "of"...: "inspired a global" -> "inspired".
    while len(kept) > NAME_MIN_WORDS and kept[-1].group().lower() in STOPWORDS:
        kept.pop()
    end = min(kept[-1].end(), end)
    while end > summary.start and text[end - 1] in ".,;: ":
        end -= 1
    return Span(text[summary.start:end], summary.start, end)
