"""The fact-sheet model: frozen dataclasses, and their JSON form (schema version 1).

Every fact that points into the article carries ``start``/``end`` offsets: Python ``str``
indices (code points, end exclusive) into the text exactly as given, so that
``text[start:end] == fact.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = "1"

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
ParticipantKind = Literal["person", "organization", "group", "unnamed"]
QuoteKind = Literal["full", "partial"]
RefDateSource = Literal["given", "dateline", "none"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: its words and where they are."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression normalised as a TimeML TIMEX3."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }


@dataclass(frozen=True, slots=True)
class Participant:
    """A person, organisation or group, with every mention of it merged."""

    name: str
    kind: ParticipantKind
    title: str | None
    mentions: tuple[Span, ...]
    quote_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "title": self.title,
            "mentions": [m.to_dict() for m in self.mentions],
            "quote_count": self.quote_count,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: the words inside the marks, and who said them (None when unsure)."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: Span | None
    cue: Span | None
    kind: QuoteKind
    # "person", "organization", "group" for a resolved speaker; "unnamed" for "a senior
    # official said" (kept as such, never turned into a name); None when unknown.
    speaker_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.text if self.cue else None,
            "cue_span": self.cue.to_dict() if self.cue else None,
            "kind": self.kind,
            "speaker_kind": self.speaker_kind,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """What happened, where and when. Any field may be None."""

    headline: Span | None = None
    summary: Span | None = None
    name: Span | None = None
    location: Span | None = None
    date: Timex | None = None
    dateline: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": _text(self.headline),
            "summary": _text(self.summary),
            "name": _text(self.name),
            "location": _text(self.location),
            "date": self.date.value if self.date else None,
            "spans": {
                "headline": _span(self.headline),
                "summary": _span(self.summary),
                "name": _span(self.name),
                "location": _span(self.location),
                "date": _span(self.date),
                "dateline": _span(self.dateline),
            },
        }


@dataclass(frozen=True, slots=True)
class FactSheet:
    """The whole fact sheet of one article."""

    id: str | None
    reference_date: str | None
    reference_date_source: RefDateSource
    event: Event = field(default_factory=Event)
    dates: tuple[Timex, ...] = ()
    participants: tuple[Participant, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the contract (schema version 1), key order stable."""
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "reference_date": self.reference_date,
            "reference_date_source": self.reference_date_source,
            "event": self.event.to_dict(),
            "dates": [d.to_dict() for d in self.dates],
            "participants": [p.to_dict() for p in self.participants],
            "quotes": [q.to_dict() for q in self.quotes],
            "warnings": list(self.warnings),
        }


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def _span(span: Span | Timex | None) -> dict[str, int] | None:
    return {"start": span.start, "end": span.end} if span is not None else None
