"""One pipeline that runs the section extractors in order, each reading the same Document."""

from __future__ import annotations

import dataclasses
from datetime import date

from factsheet.dates import extract_dates
from factsheet.event import extract_event
from factsheet.event.layout import find_layout
from factsheet.model import FactSheet, Participant, Quote, RefDateSource
from factsheet.participants import extract_participants
from factsheet.quotes import extract_quotes
from factsheet.speakers import link_speakers
from factsheet.text import Document


def extract(
    text: str,
    reference_date: date | None = None,
    *,
    id: str | None = None,
) -> FactSheet:
    """The fact sheet of one article.

    ``reference_date`` is the publication date used to resolve relative dates; when it is
    None the article's own dateline supplies it, if it has one.
    """
    doc = Document(text)
    layout = find_layout(doc)
    ref, ref_text, source = _reference_date(
        reference_date, layout.dateline_date, layout.year_stated
    )
    dates = extract_dates(doc, ref)
    participants = extract_participants(doc)
    quotes = link_speakers(participants, extract_quotes(doc, participants))
    event = extract_event(doc, layout, dates, participants, quotes, ref)
    return FactSheet(
        id=id,
        reference_date=ref_text,
        reference_date_source=source,
        event=event,
        dates=dates,
        participants=_count_quotes(participants, quotes),
        quotes=quotes,
    )


def _reference_date(
    given: date | None, dateline: date | None, year_stated: bool
) -> tuple[date | None, str | None, RefDateSource]:
    """The date to resolve against, its JSON form, and where it came from."""
    if given is not None:
        return given, given.isoformat(), "given"
    if dateline is None:
        return None, None, "none"
    if not year_stated:
        # "SEOUL, May 21 (Yonhap) --": month and day are known, the year is not; never guess it.
        return None, f"XXXX-{dateline.month:02d}-{dateline.day:02d}", "dateline"
    return dateline, dateline.isoformat(), "dateline"


def _count_quotes(
    participants: tuple[Participant, ...], quotes: tuple[Quote, ...]
) -> tuple[Participant, ...]:
    """Each participant with the number of quotes credited to it.

    A quote names its speaker by name; when two participants share a name, the speaker's
    mention tells them apart, and a quote that neither settles counts for nobody.
    """
    owner_of_mention = {
        (m.start, m.end): i for i, p in enumerate(participants) for m in p.mentions
    }
    indices_by_name: dict[str, list[int]] = {}
    for i, p in enumerate(participants):
        indices_by_name.setdefault(p.name, []).append(i)
    counts: dict[int, int] = {}
    for q in quotes:
        speaker = _speaker_index(q, owner_of_mention, indices_by_name, participants)
        if speaker is not None:
            counts[speaker] = counts.get(speaker, 0) + 1
    return tuple(
        dataclasses.replace(p, quote_count=counts[i]) if i in counts else p
        for i, p in enumerate(participants)
    )


def _speaker_index(
    quote: Quote,
    owner_of_mention: dict[tuple[int, int], int],
    indices_by_name: dict[str, list[int]],
    participants: tuple[Participant, ...],
) -> int | None:
    """The index of the participant a quote is credited to, or None."""
    if quote.speaker is None:
        return None
    mention = quote.speaker_mention
    if mention is not None:
        owner = owner_of_mention.get((mention.start, mention.end))
        if owner is not None and participants[owner].name == quote.speaker:
            return owner
    same_name = indices_by_name.get(quote.speaker, [])
    return same_name[0] if len(same_name) == 1 else None
