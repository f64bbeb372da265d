"""Dates: temporal expressions normalised as TimeML TIMEX3 (stub until the dates issue)."""

from __future__ import annotations

from datetime import date

from factsheet.model import Timex
from factsheet.text import Document


def extract_dates(doc: Document, reference_date: date | None) -> tuple[Timex, ...]:
    """Every temporal expression of the article, in text order."""
    return ()
