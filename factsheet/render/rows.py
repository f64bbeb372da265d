"""What the human-readable renderers (table, Markdown) show, computed once for both."""

from __future__ import annotations

from factsheet.dates.reading import human_reading
from factsheet.model import Event


def event_rows(event: Event) -> list[tuple[str, str | None]]:
    """The Event section as (label, text or None) rows, in display order."""
    when = f"{event.date.value} ({human_reading(event.date)})" if event.date else None
    return [
        ("Headline", event.headline.text if event.headline else None),
        ("Event", event.name.text if event.name else None),
        ("Where", event.location.text if event.location else None),
        ("When", when),
        ("Summary", event.summary.text if event.summary else None),
    ]
