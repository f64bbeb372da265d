"""One pipeline that runs the section extractors in order, each reading the same Document."""

from __future__ import annotations

from datetime import date

from factsheet.dates import extract_dates
from factsheet.event import extract_event
from factsheet.event.layout import find_layout
from factsheet.model import FactSheet, RefDateSource
from factsheet.participants import extract_participants
from factsheet.quotes import extract_quotes
from factsheet.speakers import count_quotes, link_speakers
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
        participants=count_quotes(participants, quotes),
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
