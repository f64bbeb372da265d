"""Event: what happened, where and when (stub)."""

from __future__ import annotations

from factsheet.event.layout import Layout
from factsheet.model import Event, Participant, Quote, Timex
from factsheet.text import Document


def extract_event(
    doc: Document,
    layout: Layout,
    dates: tuple[Timex, ...],
    participants: tuple[Participant, ...],
    quotes: tuple[Quote, ...],
) -> Event:
    """The main event of the article, from the other sections' results."""
    return Event(headline=layout.headline, dateline=layout.dateline)
