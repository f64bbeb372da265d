"""Quotes: quotations and their speakers (stub)."""

from __future__ import annotations

from factsheet.model import Participant, Quote
from factsheet.text import Document


def extract_quotes(doc: Document, participants: tuple[Participant, ...]) -> tuple[Quote, ...]:
    """Every quotation in text order; speaker None when the text does not settle it."""
    return ()
