"""The article's layout: headline and dateline (stub)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factsheet.model import Span
from factsheet.text import Document


@dataclass(frozen=True, slots=True)
class Layout:
    headline: Span | None = None
    dateline: Span | None = None
    dateline_date: date | None = None
    dateline_place: Span | None = None
    year_stated: bool = True


def find_layout(doc: Document) -> Layout:
    """Headline and dateline of the article, when it has them."""
    return Layout()
