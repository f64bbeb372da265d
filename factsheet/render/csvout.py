"""CSV: one row per fact, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterator

from factsheet.inputs import InputError
from factsheet.model import FactSheet
from factsheet.render import SECTIONS

HEADER = ("id", "section", "field", "text", "value", "detail", "start", "end")
Row = tuple[str, str, str, str, str, str, str, str]


def csv_header() -> str:
    return _format((HEADER,))


def csv_rows(outcome: FactSheet | InputError, sections: Collection[str] = SECTIONS) -> str:
    """The article's rows as CSV text (RFC 4180 quoting, CRLF line ends)."""
    return _format(_rows(outcome, sections))


def _format(rows: Collection[tuple[str, ...]] | Iterator[tuple[str, ...]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def _rows(outcome: FactSheet | InputError, sections: Collection[str]) -> Iterator[Row]:
    if isinstance(outcome, InputError):
        yield (outcome.id, "error", "", outcome.message, "", "", "", "")
        return
    sheet = outcome
    ident = sheet.id or ""
    if "event" in sections:
        e = sheet.event
        for field, span in (
            ("headline", e.headline),
            ("name", e.name),
            ("location", e.location),
            ("summary", e.summary),
        ):
            if span is not None:
                yield (ident, "event", field, span.text, "", "", str(span.start), str(span.end))
        if e.date is not None:
            yield (
                ident,
                "event",
                "date",
                e.date.text,
                e.date.value,
                e.date.type,
                str(e.date.start),
                str(e.date.end),
            )
    if "dates" in sections:
        for d in sheet.dates:
            yield (ident, "dates", "timex", d.text, d.value, d.type, str(d.start), str(d.end))
    if "participants" in sections:
        for p in sheet.participants:
            for m in p.mentions:
                yield (
                    ident,
                    "participants",
                    p.kind,
                    m.text,
                    p.name,
                    p.title or "",
                    str(m.start),
                    str(m.end),
                )
    if "quotes" in sections:
        for q in sheet.quotes:
            yield (
                ident,
                "quotes",
                q.kind,
                q.text,
                q.speaker or "",
                q.cue.text if q.cue else "",
                str(q.start),
                str(q.end),
            )
